import { deepFreeze } from '../_lib/deep-freeze.js';
import { criterionVerdict } from './evaluate-criterion.js';
import { evaluateIndicator, S_MISSING, S_NA, S_NOT_MET, S_UNKNOWN, type IndicatorContext } from './evaluate-indicator.js';
import { VERDICTS_KEPT, type View } from './indicator-view.js';
import type { CriterionResult, IndicatorResult } from './result.js';

/** The codes an evaluation lists beside its criteria (each `undefined` while empty). @internal */
export interface Listed {
  notMet: string[] | undefined;
  /** The unknown-target codes, once they differ from the view's last list (until then, `unknownSame` of them are that list's first). */
  unknownTargets: string[] | undefined;
  unknownSame: number;
  missing: string[] | undefined;
  metCount: number;
  applicableCount: number;
}

/**
 * Evaluates every criterion of a set in one pass over its compiled view: each indicator from
 * its cell and the unit's value, each criterion's verdict from the pattern of its indicators'
 * statuses (a criterion's reason depends on nothing else: made once per pattern, shared and
 * frozen), and a criterion of a few flags by its flags (its indicator results are shared
 * ones, so it is too). Fills `listed` with the codes not met, of unknown target, and without
 * data.
 * @internal
 */
export function evaluateCriteria(view: View, ctx: IndicatorContext, listed: Listed): CriterionResult[] {
  const cells = view.cells;
  const values = ctx.input.values;
  const views = view.criteria;
  // Most units of a view have the view's last list of unknown targets: compared code by code
  // as they come, a list is only made when this unit's differs.
  const lastUnknown = view.unknownTargets;
  // Without invalid values or overrides, a flag's result depends on the flag alone.
  const byFlags = ctx.input.invalid.size === 0 && ctx.input.overrides.size === 0;
  const criteria: CriterionResult[] = new Array(views.length);
  for (let c = 0; c < views.length; c++) {
    const cv = views[c]!;
    const n = cv.count;
    const indicators: IndicatorResult[] = new Array(n);
    let pattern = 0;
    let digit = 1;
    let flags = 0;
    let trit = 1;
    for (let i = 0; i < n; i++) {
      const cell = cells[cv.start + i]!;
      const stored = values[cell.position];
      const r = evaluateIndicator(cell, stored, ctx);
      indicators[i] = r;
      const s = ctx.status;
      if (s === S_NOT_MET) (listed.notMet ??= []).push(cell.code);
      else if (s === S_UNKNOWN || s === S_MISSING) {
        if (s === S_UNKNOWN) {
          const k = listed.unknownSame;
          if (listed.unknownTargets !== undefined) listed.unknownTargets.push(cell.code);
          else if (lastUnknown !== undefined && k < lastUnknown.length && lastUnknown[k] === cell.code) listed.unknownSame = k + 1;
          else listed.unknownTargets = lastUnknown === undefined || k === 0 ? [cell.code] : [...lastUnknown.slice(0, k), cell.code];
        }
        if (stored === undefined) (listed.missing ??= []).push(cell.code);
      }
      // One base-4 digit per indicator: met, not met, undecided, not applicable.
      pattern += (s <= S_NOT_MET ? s : s === S_NA ? 3 : 2) * digit;
      digit *= 4;
      flags += (stored === true ? 0 : stored === false ? 1 : 2) * trit;
      trit *= 3;
    }
    const shared = byFlags ? cv.byFlags : undefined;
    if (shared !== undefined) {
      const known = shared[flags];
      if (known !== undefined) {
        if (known.status === 'met') listed.metCount++;
        if (known.status !== 'not-applicable') listed.applicableCount++;
        criteria[c] = known;
        continue;
      }
    }
    const criterion = cv.criterion;
    let verdict = cv.verdicts?.get(pattern);
    if (verdict === undefined) {
      verdict = criterionVerdict(criterion, indicators);
      if (cv.verdicts !== undefined && cv.verdicts.size < VERDICTS_KEPT) cv.verdicts.set(pattern, (verdict = deepFreeze(verdict)));
    }
    if (verdict.status === 'met') listed.metCount++;
    if (verdict.status !== 'not-applicable') listed.applicableCount++;
    const made: CriterionResult = {
      id: criterion.id,
      number: criterion.number,
      name: criterion.name,
      status: verdict.status,
      reason: verdict.reason,
      indicators,
    };
    // Kept only with a shared (frozen) verdict: a shared result must not reach a mutable reason.
    if (shared !== undefined && Object.isFrozen(verdict.reason)) {
      Object.freeze(indicators);
      shared[flags] = Object.freeze(made);
    }
    criteria[c] = made;
  }
  return criteria;
}
