import type { CriteriaSet } from '../model/criteria-set.js';
import type { Criterion } from '../model/criterion.js';
import type { Indicator } from '../model/indicator.js';
import type { Condition } from '../model/condition.js';
import { isDeepFrozen } from '../_lib/deep-freeze.js';
import { targetsOf } from '../model/cell.js';
import type { Level } from '../model/level.js';
import { LEVELS } from '../model/level.js';
import type { LocalizedText } from '../model/text.js';
import { VERIFICATION_LABELS, type VerificationStatus } from '../model/verification.js';
import type { ConditionResult, CriterionResult, EvaluationResult, IndicatorResult, ReasonCode, Verdict } from '../evaluate/result.js';
import { indicatorGap } from './indicator-gap.js';
import { planMessage } from './messages.js';
import { countedVerdict, countsOf, descendantsOf, outcomesOf, standingsOf, unitResultOf } from './unit-results.js';
import type { UnitOutcome } from '../evaluate/aggregate.js';
import { unitShareGap } from './unit-share.js';
import type { ConditionGap, CriterionGap, DataNeed, GapPlan, GapPlanOptions, IndicatorGap, TargetNeed, UnitPlan } from './types.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const NONE: readonly never[] = Object.freeze([]);
/** The objects of a list: the list itself when it holds only objects (the usual case, no copy), or a filtered copy. */
function list<T>(value: unknown): readonly T[] {
  if (!Array.isArray(value)) return NONE;
  for (const item of value) if (!isObject(item)) return (value as T[]).filter(isObject);
  return value as T[];
}
const text = (value: unknown): LocalizedText =>
  isObject(value) && typeof value.vi === 'string' && typeof value.en === 'string' ? { vi: value.vi, en: value.en } : { vi: '', en: '' };
const verdictOf = (value: unknown): Verdict => (value === 'met' || value === 'not-met' ? value : 'incomplete');
const levelOf = (value: unknown): Level => (LEVELS.includes(value as Level) ? (value as Level) : 'commune');

/** What the plan knows of one set, indexed once. */
interface SetIndex {
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly criteria: ReadonlyMap<string, Criterion>;
  readonly conditions: ReadonlyMap<string, Condition>;
  /** The set's own names of its facts and reference values, for the sentences. */
  readonly names: ReadonlyMap<string, LocalizedText>;
}

/** What one `gapPlan` call shares while it walks a result and its sub-units. */
interface Walk {
  readonly sets: ReadonlyMap<string, CriteriaSet>;
  readonly indexes: Map<string, SetIndex | null>;
  /** The top aggregate's flat list of units, where a sub-unit's own units are found. */
  readonly outcomes: readonly UnitOutcome[];
}

/**
 * What a unit lacks, and by how much: the step from a verdict to a work plan.
 *
 * For each indicator not met, the shortfall in its own terms, computed exactly: for a share
 * given as counts, the smallest whole number by which the numerator must rise (or, for a
 * ceiling, fall) with the denominator kept; for a percent without counts, percentage points;
 * for an amount, the amount in its unit; for a count, how many to add or remove; for a flag,
 * that it must be achieved; for a relative target, the value it is relative to. Per criterion,
 * the indicators standing between it and `met`; criteria ordered by how close they are (fewest
 * indicators to close, then fewest open items, then the smallest relative shortfall). Missing
 * data and unknown targets are listed apart (`dataToCollect`, `targetsToObtain`), never as gaps
 * of a known size.
 *
 * On an aggregate result (a district, a province), each unit-share condition says how many
 * units pass, the fewest that must change, the units that block it and the candidates closest
 * to passing; every sub-unit gets its own plan in `units` when the aggregate kept its result
 * (evaluate the aggregate with `{ keep: 'results' }` for a full plan: docs/gap-plan.md).
 *
 * Pure and total: it reads the result (never changes it) and returns a plan for anything,
 * a malformed result included. Pass the sets the result was judged under (`options.sets`) for
 * the indicators' wording, `at-least` criterion rules and the shares of unit-share conditions.
 * @example
 * const result = evaluate(commune1980, {
 *   province: 'vinh-phuc', year: 2020,
 *   values: { '17.1a': { numerator: 1940, denominator: 2000 }, '10': 46.4 },
 * });
 * const plan = gapPlan(result, { sets: [commune1980] });
 * const water = plan.criteria.flatMap((c) => c.gaps).find((g) => g.code === '17.1a');
 * water?.shortfall;                    // 20 (households, of 2,000)
 * formatMessage(water!.message, 'vi'); // 'Cần thêm 20 hộ …: 1.940/2.000 → 1.960/2.000 = 98% (yêu cầu ≥ 98%)'
 * plan.dataToCollect.length;           // 35: every indicator without data, apart from the gaps
 *
 * // A district: evaluate it keeping its communes' results, then plan it.
 * const district = evaluateAggregate(district558, districtInput, { keep: 'results' });
 * const share = gapPlan(district, { sets: listCriteriaSets() }).conditions.find((c) => c.kind === 'unit-share');
 * share?.more; // 6: communes that must still come to meet the commune set
 */
export function gapPlan<Code extends string, CriterionId extends string>(
  result: EvaluationResult<Code, CriterionId>,
  options?: GapPlanOptions,
): GapPlan<Code, CriterionId>;
export function gapPlan(result: EvaluationResult, options: GapPlanOptions = {}): GapPlan {
  const sets = new Map<string, CriteriaSet>();
  for (const set of list<CriteriaSet>(isObject(options) ? options.sets : undefined)) {
    if (typeof set.id === 'string' && !sets.has(set.id)) sets.set(set.id, set);
  }
  const given = isObject(options) && isObject(options.unit) ? options.unit : undefined;
  const unit =
    given && typeof given.id === 'string' ? { id: given.id, ...(typeof given.name === 'string' ? { name: given.name } : {}) } : undefined;
  const top = isObject(result) ? result : ({} as EvaluationResult);
  return planOf(top, unit, { sets, indexes: new Map(), outcomes: outcomesOf(top) });
}

// Why: a report plans thousands of units against one set. A deep-frozen set (every registered
// set) cannot change, so its index is made once; the WeakMap holds it only while the set lives.
const FROZEN_INDEXES = new WeakMap<CriteriaSet, SetIndex>();

function indexOf(walk: Walk, setId: string): SetIndex | null {
  if (walk.indexes.has(setId)) return walk.indexes.get(setId)!;
  const set = walk.sets.get(setId);
  const index = set ? (FROZEN_INDEXES.get(set) ?? indexSet(set)) : null;
  walk.indexes.set(setId, index);
  return index;
}

function indexSet(set: CriteriaSet): SetIndex {
  const indicators = new Map<string, Indicator>();
  const criteria = new Map<string, Criterion>();
  for (const c of list<Criterion>(set.criteria)) {
    criteria.set(c.id, c);
    for (const i of list<Indicator>(c.indicators)) indicators.set(i.code, i);
  }
  const conditions = new Map(list<Condition>(set.conditions).map((c) => [c.id, c] as const));
  const names = new Map<string, LocalizedText>();
  for (const named of [set.facts, set.references]) {
    if (!isObject(named)) continue;
    for (const [name, def] of Object.entries(named)) if (isObject(def) && isObject(def.text)) names.set(name, text(def.text));
  }
  const index = { indicators, criteria, conditions, names };
  if (isDeepFrozen(set)) FROZEN_INDEXES.set(set, index);
  return index;
}

function planOf(result: EvaluationResult, unit: { readonly id: string; readonly name?: string } | undefined, walk: Walk): GapPlan {
  const setId = typeof result.setId === 'string' ? result.setId : '';
  const index = indexOf(walk, setId);
  const dataToCollect: DataNeed[] = [];
  const targetsToObtain: TargetNeed[] = [];
  const criteria: CriterionGap[] = [];

  for (const c of list<CriterionResult>(result.criteria)) {
    const gap = criterionGap(c, index, dataToCollect, targetsToObtain);
    if (gap) criteria.push(gap);
  }
  criteria.sort(closer);

  const units = unitPlansOf(result, unit?.id, walk);
  const conditions: ConditionGap[] = [];
  for (const c of list<ConditionResult>(result.conditions)) {
    const gap = conditionGap(c, index, result, criteria, units, dataToCollect, targetsToObtain);
    if (gap) conditions.push(gap);
  }

  const unitId = unit?.id ?? null;
  const unitName = unit?.name;
  const metCount = typeof result.metCount === 'number' ? result.metCount : 0;
  const total = typeof result.total === 'number' ? result.total : 0;
  const status = verdictOf(result.status);
  const recognition = verdictOf(result.recognition);
  const gapCount = criteria.reduce((sum, c) => sum + c.required, 0);
  const nothingLeft = criteria.length === 0 && conditions.length === 0 && dataToCollect.length === 0 && targetsToObtain.length === 0;
  const label = unitName ?? unitId ?? '';
  return {
    unitId,
    ...(unitName !== undefined ? { unitName } : {}),
    setId,
    version: typeof result.version === 'string' ? result.version : '',
    level: levelOf(result.level),
    status,
    recognition,
    metCount,
    total,
    criteria,
    conditions,
    dataToCollect,
    targetsToObtain,
    units,
    message: nothingLeft
      ? planMessage('plan.unit-met', { unit: label, met: String(metCount), total: String(total) })
      : planMessage('plan.unit-summary', {
          unit: label,
          met: String(metCount),
          total: String(total),
          criteria: String(criteria.length),
          gaps: String(gapCount),
          conditions: String(conditions.length),
          data: String(dataToCollect.length),
          targets: String(targetsToObtain.length),
        }),
  };
}

/** A criterion not met or not decidable, with its gaps; `null` when nothing stands in its way. */
function criterionGap(
  c: CriterionResult,
  index: SetIndex | null,
  dataToCollect: DataNeed[],
  targetsToObtain: TargetNeed[],
): CriterionGap | null {
  if (c.status === 'met' || c.status === 'not-applicable') return null;
  const id = String(c.id);
  const criterion = index?.criteria.get(id);
  const name = text(c.name);
  const gaps: IndicatorGap[] = [];
  const open: string[] = [];
  let met = 0;
  for (const r of list<IndicatorResult>(c.indicators)) {
    const code = String(r.code);
    if (r.status === 'met') met++;
    else if (r.status === 'not-met') {
      const gap = indicatorGap(r, index?.indicators.get(code));
      if (gap) gaps.push(gap);
      else {
        open.push(code);
        dataToCollect.push(dataNeed(r, id, index));
      }
    } else if (r.status === 'missing') {
      open.push(code);
      dataToCollect.push(dataNeed(r, id, index, index?.indicators.get(code)));
    } else if (r.status === 'unknown-target') {
      open.push(code);
      targetsToObtain.push(targetNeed(r, id));
    }
  }
  if (criterion?.incompleteIndicators) {
    targetsToObtain.push({
      kind: 'criterion-rows',
      criterionId: id,
      message: planMessage('plan.obtain-rows', {
        criterion: id,
        nameVi: name.vi,
        nameEn: name.en,
        whyVi: criterion.incompleteIndicators.vi,
        whyEn: criterion.incompleteIndicators.en,
      }),
    });
  }
  gaps.sort((a, b) => a.relativeSize - b.relativeSize);
  const rule = criterion?.rule;
  const required = rule?.kind === 'at-least' ? Math.min(gaps.length, Math.max(0, rule.count - met)) : gaps.length;
  const params = {
    criterion: id,
    nameVi: name.vi,
    nameEn: name.en,
    required: String(required),
    codes: gaps.map((g) => g.code).join(', '),
    open: open.join(', '),
  };
  return {
    id,
    number: typeof c.number === 'number' ? c.number : null,
    name,
    status: verdictOf(c.status),
    required,
    gaps,
    open,
    message: planMessage(required > 0 ? 'plan.criterion-gaps' : 'plan.criterion-open', params),
  };
}

/**
 * Closest first: criteria with gaps of a known size before those only not decidable yet (how
 * close those are is not known); then fewest indicators to close, fewest open items, and the
 * smallest relative shortfalls.
 */
function closer(a: CriterionGap, b: CriterionGap): number {
  const known = (c: CriterionGap) => (c.required > 0 ? 0 : 1);
  if (known(a) !== known(b)) return known(a) - known(b);
  if (a.required !== b.required) return a.required - b.required;
  if (a.open.length !== b.open.length) return a.open.length - b.open.length;
  return size(a) - size(b);
}

/** The relative shortfalls of the gaps a criterion must close, summed (smallest ones under `at-least`). */
function size(c: CriterionGap): number {
  let sum = 0;
  for (let i = 0; i < c.required; i++) sum += c.gaps[i]!.relativeSize;
  return sum;
}

/** The set's name of a fact or reference value as message params (`labelVi`, `labelEn`). */
function labelOf(index: SetIndex | null, name: string | undefined): { labelVi?: string; labelEn?: string } {
  const label = name === undefined ? undefined : index?.names.get(name);
  return label?.vi && label.en ? { labelVi: label.vi, labelEn: label.en } : {};
}

function dataNeed(r: IndicatorResult, criterionId: string, index: SetIndex | null, indicator?: Indicator): DataNeed {
  const code = String(r.code);
  const given = isObject(r.reason) ? r.reason : undefined;
  const reasonCode =
    given && typeof given.code === 'string' && given.code.startsWith('indicator.') ? given.code : 'indicator.missing-value';
  const params: Record<string, unknown> = given && isObject(given.params) ? given.params : {};
  const reason = reasonCode as ReasonCode;
  // Plain literals, not spreads: a province's plan makes one of these per indicator per commune.
  switch (reason) {
    case 'indicator.missing-fact': {
      const name = typeof params.fact === 'string' ? params.fact : factOf(indicator);
      const message = planMessage('plan.collect-fact', name ? { code, name, ...labelOf(index, name) } : { code });
      return name ? { kind: 'fact', code, criterionId, reason, name, message } : { kind: 'fact', code, criterionId, reason, message };
    }
    case 'indicator.missing-reference': {
      const name =
        typeof params.reference === 'string'
          ? params.reference
          : r.relative && typeof r.relative.reference === 'string'
            ? r.relative.reference
            : '';
      const message = planMessage('plan.collect-reference', { code, name, ...labelOf(index, name) });
      return name
        ? { kind: 'reference', code, criterionId, reason, name, message }
        : { kind: 'reference', code, criterionId, reason, message };
    }
    case 'indicator.missing-column':
      return { kind: 'column', code, criterionId, reason, message: planMessage('plan.collect-column', { code }) };
    case 'indicator.missing-year':
      return { kind: 'year', code, criterionId, reason, message: planMessage('plan.collect-year', { code }) };
    default:
      return { kind: 'value', code, criterionId, reason, message: planMessage('plan.collect-value', { code, reason }) };
  }
}

/** The fact an indicator's applicability or target cases read (the first one), when the set is known. */
function factOf(indicator: Indicator | undefined): string | undefined {
  if (!indicator) return undefined;
  if (indicator.appliesWhen) return indicator.appliesWhen.fact;
  for (const t of targetsOf(indicator)) if (t.when) return t.when.fact;
  return undefined;
}

function targetNeed(r: IndicatorResult, criterionId: string): TargetNeed {
  const code = String(r.code);
  const status = r.targetStatus;
  const label =
    status && status !== 'override' && status in VERIFICATION_LABELS ? VERIFICATION_LABELS[status as VerificationStatus] : undefined;
  const candidates = list<NonNullable<IndicatorResult['candidates']>[number]>(r.candidates);
  return {
    kind: 'indicator',
    code,
    criterionId,
    ...(typeof status === 'string' ? { targetStatus: status } : {}),
    ...(candidates.length ? { candidates: [...candidates] } : {}),
    message: planMessage('plan.obtain-target', {
      code,
      ...(label ? { statusVi: label.vi, statusEn: label.en } : {}),
      candidates: candidates.map((c) => `${String(c.value)}${c.province ? ` (${c.province})` : ''}`).join(', '),
    }),
  };
}

function conditionGap(
  c: ConditionResult,
  index: SetIndex | null,
  result: EvaluationResult,
  criteria: readonly CriterionGap[],
  units: readonly UnitPlan[],
  dataToCollect: DataNeed[],
  targetsToObtain: TargetNeed[],
): ConditionGap | null {
  if (c.status === 'met' || (c.purpose !== 'criteria' && c.purpose !== 'recognition')) return null;
  const id = String(c.id);
  const condition = index?.conditions.get(id);
  const check = condition?.check;
  const t = text(c.text);
  const base = { id, purpose: c.purpose, text: t };
  const textParams = { conditionId: id, textVi: t.vi, textEn: t.en };
  if (c.status === 'unknown-target' || check?.kind === 'not-checkable') {
    targetsToObtain.push({ kind: 'condition', conditionId: id, message: planMessage('plan.assess-condition', textParams) });
    return null;
  }
  const status = verdictOf(c.status);
  // An aggregate, or a sub-unit of one whose own units the walk found in the aggregate's list.
  const aggregate = Array.isArray((result as { units?: unknown }).units) || units.length > 0;
  if (check?.kind === 'unit-share' || (!check && aggregate && (c.failingUnits !== undefined || c.undecidedUnits !== undefined))) {
    return unitShareGap(c, check?.kind === 'unit-share' ? check : undefined, aggregate, units);
  }
  if (check?.kind === 'criteria-met') {
    return {
      ...base,
      kind: 'criteria-met',
      status,
      criteriaLeft: criteria.length,
      message: planMessage('plan.condition-criteria', { ...textParams, left: String(criteria.length) }),
    };
  }
  if (check?.kind === 'fact') {
    if (status === 'incomplete') {
      dataToCollect.push({
        kind: 'fact',
        conditionId: id,
        name: check.fact,
        message: planMessage('plan.collect-fact', { ...textParams, name: check.fact, ...labelOf(index, check.fact) }),
      });
      return null;
    }
    const value = check.value ?? undefined;
    return {
      ...base,
      kind: 'fact',
      status,
      fact: check.fact,
      op: check.op,
      ...(value !== undefined ? { value } : {}),
      message: planMessage('plan.condition-fact', {
        ...textParams,
        fact: check.fact,
        op: check.op,
        value: String(value),
        ...labelOf(index, check.fact),
      }),
    };
  }
  return {
    ...base,
    kind: 'condition',
    status,
    message: planMessage(status === 'not-met' ? 'plan.condition-fact' : 'plan.condition-open', textParams),
  };
}

/** Each sub-unit's plan at each level it was counted for (an aggregate's units). */
function unitPlansOf(result: EvaluationResult, unitId: string | undefined, walk: Walk): UnitPlan[] {
  const plans: UnitPlan[] = [];
  const own = outcomesOf(result);
  const outcomes = own.length > 0 || unitId === undefined ? own : descendantsOf(walk.outcomes, unitId);
  for (const outcome of outcomes) {
    for (const standing of standingsOf(outcome)) {
      const unitResult = unitResultOf(standing);
      const name = typeof outcome.name === 'string' ? outcome.name : undefined;
      plans.push({
        unitId: outcome.id,
        ...(name !== undefined ? { name } : {}),
        kind: outcome.kind ?? 'commune',
        ...(typeof outcome.parent === 'string' ? { parent: outcome.parent } : {}),
        level: levelOf(standing.level),
        verdict: countedVerdict(standing, 'meets-set'),
        recognition: countedVerdict(standing, 'recognised'),
        ...countsOf(standing),
        basis: typeof standing.basis === 'string' ? standing.basis : 'no-data',
        ...(unitResult ? { plan: planOf(unitResult, { id: outcome.id, ...(name !== undefined ? { name } : {}) }, walk) } : {}),
      });
    }
  }
  return plans;
}
