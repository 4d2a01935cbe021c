import type { CriteriaSet, CriterionId, FactName, IndicatorCode, ReferenceName } from '../model/criteria-set.js';
import { allCriteriaVerdict, evaluateConditions, type UnitTally } from './evaluate-conditions.js';
import { evaluateCriteria, type Listed } from './evaluate-criteria.js';
import type { IndicatorContext } from './evaluate-indicator.js';
import { viewOf, type View } from './indicator-view.js';
import { columnFor, columnIssue } from './column-for.js';
import { EvaluationError } from './error.js';
import type { EvaluationInput } from './input.js';
import type { InputIssue } from './issue.js';
import type { AppliedOverride, EvaluationResult, Verdict } from './result.js';
import { validateInput } from './validate-input.js';
import { issue } from './make-issue.js';

/**
 * The outcome of `safeEvaluate`: the result (always), and every input issue. `Code` and
 * `CriterionId` are those of the set, as in `EvaluationResult`.
 * @example
 * const outcome: SafeEvaluation = safeEvaluate(commune318, input);
 * if (!outcome.success) outcome.issues.forEach((i) => console.log(i.path.join('.'), formatMessage(i, 'en')));
 */
export type SafeEvaluation<Code extends string = string, CriterionId extends string = string> =
  | { readonly success: true; readonly result: EvaluationResult<Code, CriterionId>; readonly issues: readonly [] }
  | { readonly success: false; readonly result: EvaluationResult<Code, CriterionId>; readonly issues: readonly InputIssue[] };

/**
 * Evaluates a unit's data against a set without throwing, whatever the input: every problem
 * is returned as an issue (code, path, expected, received, vi/en message), and every valid
 * value is still evaluated. Use it on data from spreadsheets and forms.
 * @example
 * const { success, result, issues } = safeEvaluate(commune318, JSON.parse(inputJson));
 * if (!success) for (const i of issues) console.log(formatMessage(i, 'vi'));
 */
export function safeEvaluate<const S extends CriteriaSet>(set: S, input: unknown): SafeEvaluation<IndicatorCode<S>, CriterionId<S>> {
  const result = evaluateWith(set, input) as EvaluationResult<IndicatorCode<S>, CriterionId<S>>;
  return result.issues.length === 0 ? { success: true, result, issues: [] } : { success: false, result, issues: result.issues };
}

/**
 * Evaluates a unit's data against a set: per indicator, per criterion, per set, with the
 * reason of each verdict as data (`{ code, params }`; text through `formatMessage`). Throws one `EvaluationError` listing
 * every input issue; use `safeEvaluate` to get them as values instead.
 * @example
 * const result = evaluate(commune318, { region: 'red-river-delta', year: 2024, values: { '1.1': true } });
 * result.status;   // 'met' | 'not-met' | 'incomplete'
 * result.metCount; // 0: criteria met, of result.total
 */
export function evaluate<const S extends CriteriaSet>(
  set: S,
  input: EvaluationInput<IndicatorCode<S>, FactName<S>, ReferenceName<S>>,
): EvaluationResult<IndicatorCode<S>, CriterionId<S>> {
  const result = evaluateWith(set, input) as EvaluationResult<IndicatorCode<S>, CriterionId<S>>;
  if (result.issues.length > 0) throw new EvaluationError(result.issues, result);
  return result;
}

/** Evaluation with unit tallies for unit-share conditions (used by aggregates). @internal */
export function evaluateWith(set: CriteriaSet, input: unknown, tallies?: ReadonlyMap<string, UnitTally>): EvaluationResult {
  const { clean, issues } = validated(set, input);
  const column = columnFor(set, {
    region: clean.region,
    group: clean.group,
    province: clean.province,
    communeCategories: clean.categories,
    year: clean.year,
  });
  // Not for an input that is no record at all: its one issue says so.
  const columnProblem = isObject(input) && !issues.some((i) => i.code === 'invalid-input') ? columnIssue(set, column) : undefined;
  if (columnProblem) issues.push(columnProblem);
  const view = viewOf(set, column.column, clean.year);
  const ctx: IndicatorContext = {
    document: view.document,
    annex: view.annex,
    column: column.column,
    input: clean,
    issues,
    status: 0,
    overrides: undefined,
  };
  const listed: Listed = {
    notMet: undefined,
    unknownTargets: undefined,
    unknownSame: 0,
    missing: undefined,
    metCount: 0,
    applicableCount: 0,
  };
  const criteria = evaluateCriteria(view, ctx, listed);
  const conditions = evaluateConditions(set.conditions, criteria, clean.facts, tallies, set.facts);
  const missing = listed.missing === undefined ? NO_CODES : listed.missing.slice();
  const unknownTargets = unknownList(view, listed);
  const notMet = listed.notMet === undefined ? NO_CODES : listed.notMet.slice();
  const overrides = ctx.overrides ?? NO_OVERRIDES;
  const metCount = listed.metCount;
  const applicableCount = listed.applicableCount;
  // The criteria verdict with the conditions that belong to meeting the set; then recognition.
  let status = allCriteriaVerdict(criteria);
  for (const c of conditions) if (c.purpose === 'criteria') status = worse(status, asVerdict(c.status));
  let recognition = status;
  for (const c of conditions) if (c.purpose === 'recognition') recognition = worse(recognition, asVerdict(c.status));

  return {
    setId: set.id,
    family: set.family,
    version: set.version,
    level: set.level,
    column,
    year: clean.year,
    status,
    metCount,
    total: applicableCount,
    criteria,
    missing,
    unknownTargets,
    notMet,
    overrides,
    conditions,
    meetsAllCriteria: status === 'met',
    recognition,
    recognisable: recognition === 'met',
    issues: issues.length === 0 ? NO_ISSUES : issues,
  };
}

/**
 * The unknown-target codes: the view's last list when they are the same (they depend on the
 * column and year, rarely on the unit), so one frozen array serves most results of a view.
 */
function unknownList(view: View, listed: Listed): readonly string[] {
  const last = view.unknownTargets;
  if (listed.unknownTargets === undefined) {
    if (listed.unknownSame === 0) return NO_CODES;
    if (listed.unknownSame === last!.length) return last!;
    return (view.unknownTargets = Object.freeze(last!.slice(0, listed.unknownSame)));
  }
  return (view.unknownTargets = Object.freeze(listed.unknownTargets));
}

// Shared by every result with nothing to list; frozen, so no result can change another's.
const NO_CODES: readonly string[] = Object.freeze([]);
const NO_OVERRIDES: readonly AppliedOverride[] = Object.freeze([]);
const NO_ISSUES: readonly InputIssue[] = Object.freeze([]);

/**
 * The validated input, whatever it is. Why the `try`: a getter or a Proxy trap that throws
 * must not escape `safeEvaluate`; such an input is reported and read as empty. (Stopgap until
 * the validator reads every record through `src/_lib/read-own.ts` and keeps the valid parts.)
 */
function validated(set: CriteriaSet, input: unknown): ReturnType<typeof validateInput> {
  try {
    return validateInput(set, input);
  } catch {
    const empty = validateInput(set, { values: {} });
    empty.issues.push(issue('unreadable', [], 'readable-value', 'a throwing getter or Proxy'));
    return empty;
  }
}

function isObject(value: unknown): boolean {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return true; // a revoked Proxy: an object that cannot be read (reported as unreadable)
  }
}

function asVerdict(status: Verdict | 'unknown-target'): Verdict {
  return status === 'unknown-target' ? 'incomplete' : status;
}

/** Not met if either is not met; else incomplete if either is incomplete; else met. */
function worse(a: Verdict, b: Verdict): Verdict {
  return a === 'not-met' || b === 'not-met' ? 'not-met' : a === 'incomplete' || b === 'incomplete' ? 'incomplete' : 'met';
}
