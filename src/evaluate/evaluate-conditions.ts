import { deepFreeze } from '../_lib/deep-freeze.js';
import { fractionOf } from '../_lib/exact.js';
import type { ConditionReasonCode, MessageItem } from '../locale/messages.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { Condition } from '../model/condition.js';
import { testFact } from './resolve-target.js';
import type { ConditionResult, CriterionResult, Verdict } from './result.js';

/**
 * Counts of sub-units for a unit-share condition, from an aggregate evaluation.
 * @example
 * const tally: UnitTally = { passing: 0, total: 6, failing: ['a', 'b', 'c', 'd', 'e', 'f'], undecided: [] };
 */
export interface UnitTally {
  /** Units that pass the condition's standard. */
  readonly passing: number;
  readonly total: number;
  /** Ids of units that do not pass. */
  readonly failing: readonly string[];
  /** Ids of units whose verdict is not decidable (incomplete). */
  readonly undecided: readonly string[];
}

/**
 * The reason of a set-level condition's verdict, as data: `formatMessage(condition.reason, 'vi')`.
 * @example
 * const reason: ConditionReason = { code: 'condition.fact-met', params: { fact: 'outstandingConstructionDebt', op: '<=', value: 0, actual: 0 } };
 */
export type ConditionReason = MessageItem<ConditionReasonCode>;

/** Verdict of "every criterion is met" from the criteria results. @internal */
export function allCriteriaVerdict(criteria: readonly CriterionResult[]): Verdict {
  let open = false;
  for (const c of criteria) {
    if (c.status === 'not-met') return 'not-met';
    if (c.status === 'incomplete') open = true;
  }
  return open ? 'incomplete' : 'met';
}

/**
 * Evaluates a set's conditions. Unit-share conditions read `tallies` (keyed by condition id),
 * which only an aggregate evaluation has; without them they are `incomplete`.
 * @internal
 */
export function evaluateConditions(
  conditions: readonly Condition[],
  criteria: readonly CriterionResult[],
  facts: ReadonlyMap<string, number | boolean>,
  tallies?: ReadonlyMap<string, UnitTally>,
  names?: CriteriaSet['facts'],
): ConditionResult[] {
  const results: ConditionResult[] = new Array(conditions.length);
  for (let i = 0; i < conditions.length; i++) {
    const condition = conditions[i]!;
    const key = sharedKey(condition, criteria, facts, tallies);
    if (key === undefined) {
      results[i] = conditionResult(condition, criteria, facts, tallies, names);
      continue;
    }
    // A verdict that depends only on the set (its condition and fact names) and a small key is
    // made once, shared and frozen.
    let kept = shared.get(condition);
    if (!kept || kept.names !== names) shared.set(condition, (kept = { names, byKey: new Map() }));
    let known = kept.byKey.get(key);
    if (!known) {
      known = deepFreeze(conditionResult(condition, criteria, facts, tallies, names));
      if (kept.byKey.size < SHARED_KEPT) kept.byKey.set(key, known);
    }
    results[i] = known;
  }
  return results;
}

const shared = new WeakMap<
  Condition,
  { readonly names: CriteriaSet['facts']; readonly byKey: Map<number | boolean | string, ConditionResult> }
>();
/** Most shared verdicts per condition (a numeric fact's values come from callers: bounded). */
const SHARED_KEPT = 64;

/**
 * What a condition's result depends on besides the set, when that is small (`undefined`: a
 * unit-share with tallies, or a fact that is neither a flag nor a small whole number).
 */
function sharedKey(
  condition: Condition,
  criteria: readonly CriterionResult[],
  facts: ReadonlyMap<string, number | boolean>,
  tallies?: ReadonlyMap<string, UnitTally>,
): number | boolean | string | undefined {
  const check = condition.check;
  if (condition.status !== 'verified' || check.kind === 'not-checkable') return 'fixed';
  switch (check.kind) {
    case 'criteria-met': {
      // The result states how many criteria there are: sets that share a condition (an amended
      // set and its base) may not have the same number, so the count is part of the key.
      if (criteria.length >= 1000) return undefined;
      let met = 0;
      for (const c of criteria) if (c.status === 'met') met++;
      const verdict = allCriteriaVerdict(criteria);
      return ((verdict === 'met' ? 0 : verdict === 'not-met' ? 1 : 2) * 1000 + criteria.length) * 1000 + met;
    }
    case 'fact': {
      if (check.value === null) return 'fixed';
      const actual = facts.get(check.fact);
      if (actual === undefined) return 'absent';
      return typeof actual === 'boolean' || (Number.isInteger(actual) && actual >= 0 && actual <= 1000) ? actual : undefined;
    }
    case 'unit-share':
      return check.percent === null || !tallies?.get(condition.id) ? 'fixed' : undefined;
  }
}

function conditionResult(
  condition: Condition,
  criteria: readonly CriterionResult[],
  facts: ReadonlyMap<string, number | boolean>,
  tallies: ReadonlyMap<string, UnitTally> | undefined,
  names: CriteriaSet['facts'] | undefined,
): ConditionResult {
  const { status, reason, failingUnits, undecidedUnits } = judge(condition, criteria, facts, tallies, names);
  const result: { -readonly [K in keyof ConditionResult]: ConditionResult[K] } = {
    id: condition.id,
    purpose: condition.purpose,
    status,
    text: condition.text,
    reason,
    verification: condition.status,
  };
  if (failingUnits) result.failingUnits = failingUnits;
  if (undecidedUnits) result.undecidedUnits = undecidedUnits;
  return result;
}

function judge(
  condition: Condition,
  criteria: readonly CriterionResult[],
  facts: ReadonlyMap<string, number | boolean>,
  tallies?: ReadonlyMap<string, UnitTally>,
  names?: CriteriaSet['facts'],
): {
  status: ConditionResult['status'];
  reason: ConditionReason;
  failingUnits?: readonly string[];
  undecidedUnits?: readonly string[];
} {
  const check = condition.check;
  if (condition.status !== 'verified' || check.kind === 'not-checkable') {
    return { status: 'unknown-target', reason: { code: 'condition.not-checkable', params: {} } };
  }
  switch (check.kind) {
    case 'criteria-met': {
      const verdict = allCriteriaVerdict(criteria);
      const met = criteria.filter((c) => c.status === 'met').length;
      return { status: verdict, reason: { code: 'condition.criteria', params: { met, total: criteria.length } } };
    }
    case 'fact': {
      if (check.value === null)
        return { status: 'unknown-target', reason: { code: 'condition.threshold-unknown', params: { fact: check.fact } } };
      const passes = testFact({ fact: check.fact, op: check.op, value: check.value }, facts);
      // The set's own name of the fact, so that a message never shows its id alone.
      const text = names?.[check.fact]?.text;
      const rule = { fact: check.fact, op: check.op, value: check.value, ...(text ? { factText: text } : {}) };
      if (passes === undefined) return { status: 'incomplete', reason: { code: 'condition.fact-missing', params: rule } };
      const actual = facts.get(check.fact)!;
      return {
        status: passes ? 'met' : 'not-met',
        reason: { code: passes ? 'condition.fact-met' : 'condition.fact-not-met', params: { ...rule, actual } },
      };
    }
    case 'unit-share': {
      if (check.percent === null) return { status: 'unknown-target', reason: { code: 'condition.share-unknown', params: {} } };
      const tally = tallies?.get(condition.id);
      if (!tally) return { status: 'incomplete', reason: { code: 'condition.needs-units', params: { level: check.unitLevel } } };
      // passing / total ≥ percent / 100, compared as exact fractions (a percent such as 66.67
      // is read as the decimal it prints as): passing × 100 × d ≥ n × total.
      const share = fractionOf(check.percent);
      const lhs = BigInt(tally.passing) * 100n * share.d;
      const rhs = share.n * BigInt(tally.total);
      const best = BigInt(tally.passing + tally.undecided.length) * 100n * share.d;
      const passes = check.op === '>=' ? lhs >= rhs : lhs === rhs;
      const couldPass = check.op === '>=' ? best >= rhs : best >= rhs && lhs <= rhs;
      const status: Verdict =
        tally.total === 0 ? 'incomplete' : passes ? 'met' : couldPass && tally.undecided.length > 0 ? 'incomplete' : 'not-met';
      const params = { passing: tally.passing, total: tally.total, level: check.unitLevel, op: check.op, percent: check.percent };
      return {
        status,
        reason: { code: check.standard === 'recognised' ? 'condition.units-recognised' : 'condition.units-meet-set', params },
        ...(status !== 'met' ? { failingUnits: tally.failing } : {}),
        ...(status !== 'met' && tally.undecided.length > 0 ? { undecidedUnits: tally.undecided } : {}),
      };
    }
  }
}
