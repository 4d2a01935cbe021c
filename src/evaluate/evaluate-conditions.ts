import { fractionOf } from '../_lib/exact.js';
import { formatComparison } from '../locale/format.js';
import type { Condition } from '../model/condition.js';
import { LEVEL_NAMES } from '../model/level.js';
import type { LocalizedText } from '../model/text.js';
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
): ConditionResult[] {
  return conditions.map((condition) => {
    const { status, reason, failingUnits, undecidedUnits } = judge(condition, criteria, facts, tallies);
    return {
      id: condition.id,
      purpose: condition.purpose,
      status,
      text: condition.text,
      reason,
      verification: condition.status,
      ...(failingUnits ? { failingUnits } : {}),
      ...(undecidedUnits ? { undecidedUnits } : {}),
    };
  });
}

function judge(
  condition: Condition,
  criteria: readonly CriterionResult[],
  facts: ReadonlyMap<string, number | boolean>,
  tallies?: ReadonlyMap<string, UnitTally>,
): {
  status: ConditionResult['status'];
  reason: LocalizedText;
  failingUnits?: readonly string[];
  undecidedUnits?: readonly string[];
} {
  const check = condition.check;
  if (condition.status !== 'verified' || check.kind === 'not-checkable') {
    return {
      status: 'unknown-target',
      reason: {
        vi: 'Điều kiện chưa được kiểm chứng hoặc chưa kiểm tra tự động được; cần cán bộ xem xét.',
        en: 'The condition is not verified or not machine-checkable; an official must assess it.',
      },
    };
  }
  switch (check.kind) {
    case 'criteria-met': {
      const verdict = allCriteriaVerdict(criteria);
      const met = criteria.filter((c) => c.status === 'met').length;
      return {
        status: verdict,
        reason: {
          vi: `Đạt ${met}/${criteria.length} tiêu chí.`,
          en: `${met} of ${criteria.length} criteria met.`,
        },
      };
    }
    case 'fact': {
      if (check.value === null) {
        return {
          status: 'unknown-target',
          reason: { vi: `Chưa biết mức yêu cầu của "${check.fact}".`, en: `The required level of "${check.fact}" is not yet known.` },
        };
      }
      const passes = testFact({ fact: check.fact, op: check.op, value: check.value }, facts);
      const rule = `${check.fact} ${formatComparison(check.op)} ${String(check.value)}`;
      if (passes === undefined) {
        return { status: 'incomplete', reason: { vi: `Thiếu thông tin "${check.fact}" (cần ${rule}).`, en: `The fact "${check.fact}" is missing (needs ${rule}).` } };
      }
      const actual = String(facts.get(check.fact));
      return {
        status: passes ? 'met' : 'not-met',
        reason: passes
          ? { vi: `Đạt: ${check.fact} = ${actual} (${rule}).`, en: `Met: ${check.fact} = ${actual} (${rule}).` }
          : { vi: `Không đạt: ${check.fact} = ${actual}, cần ${rule}.`, en: `Not met: ${check.fact} = ${actual}, needs ${rule}.` },
      };
    }
    case 'unit-share': {
      const unit = LEVEL_NAMES[check.unitLevel];
      if (check.percent === null) {
        return { status: 'unknown-target', reason: { vi: 'Chưa biết tỷ lệ yêu cầu.', en: 'The required share is not yet known.' } };
      }
      const tally = tallies?.get(condition.id);
      if (!tally) {
        return {
          status: 'incomplete',
          reason: {
            vi: `Cần kết quả đánh giá các đơn vị (${unit.vi}) để kiểm tra; dùng evaluateAggregate.`,
            en: `Needs the results of the units (${unit.en}); use evaluateAggregate.`,
          },
        };
      }
      // passing / total ≥ percent / 100, compared as exact fractions (a percent such as 66.67
      // is read as the decimal it prints as): passing × 100 × d ≥ n × total.
      const share = fractionOf(check.percent);
      const lhs = BigInt(tally.passing) * 100n * share.d;
      const rhs = share.n * BigInt(tally.total);
      const best = BigInt(tally.passing + tally.undecided.length) * 100n * share.d;
      const need = `${formatComparison(check.op)} ${check.percent}%`;
      const counts = `${tally.passing}/${tally.total}`;
      const passes = check.op === '>=' ? lhs >= rhs : lhs === rhs;
      const couldPass = check.op === '>=' ? best >= rhs : best >= rhs && lhs <= rhs;
      const status: Verdict = tally.total === 0 ? 'incomplete' : passes ? 'met' : couldPass && tally.undecided.length > 0 ? 'incomplete' : 'not-met';
      return {
        status,
        reason:
          check.standard === 'recognised'
            ? {
                vi: `${counts} đơn vị được công nhận "${unit.vi}" (cần ${need}).`,
                en: `${counts} units recognised as "${unit.en}" (needs ${need}).`,
              }
            : {
                vi: `${counts} đơn vị đạt chuẩn "${unit.vi}" theo bộ tiêu chí hiện hành (cần ${need}).`,
                en: `${counts} units meet the "${unit.en}" set in force (needs ${need}).`,
              },
        ...(status !== 'met' ? { failingUnits: tally.failing } : {}),
        ...(status !== 'met' && tally.undecided.length > 0 ? { undecidedUnits: tally.undecided } : {}),
      };
    }
  }
}
