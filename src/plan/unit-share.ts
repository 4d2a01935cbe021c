// A unit-share condition of an aggregate (100% of communes meet the commune set, ≥ 10% are
// advanced…): how many units pass, how many must, the fewest that must change, and which
// units are closest to passing. Counted exactly, as the engine counts the share. @internal
import { fractionOf } from '../_lib/exact.js';
import type { ConditionCheck } from '../model/condition.js';
import type { ConditionResult } from '../evaluate/result.js';
import { planMessage } from './messages.js';
import type { UnitCandidate, UnitPlan, UnitShareGap } from './types.js';

type ShareCheck = Extract<ConditionCheck, { kind: 'unit-share' }>;

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The gap of one unit-share condition. `check` comes from the set (a result does not carry the
 * share asked for); without it the blocking units are still listed, the counts are not.
 */
export function unitShareGap(
  c: ConditionResult,
  check: ShareCheck | undefined,
  aggregate: boolean,
  units: readonly UnitPlan[],
): UnitShareGap {
  const id = String(c.id);
  const text = { vi: String(c.text?.vi ?? ''), en: String(c.text?.en ?? '') };
  const textParams = { conditionId: id, textVi: text.vi, textEn: text.en };
  const status: UnitShareGap['status'] = c.status === 'not-met' || c.status === 'unknown-target' ? c.status : 'incomplete';
  const blocking = ids(c.failingUnits);
  const undecided = ids(c.undecidedUnits);
  const level = check?.unitLevel ?? null;
  const members = level ? units.filter((u) => u.level === level) : [];
  const standard = check?.standard ?? 'meets-set';
  const passes = (u: UnitPlan) => (standard === 'meets-set' ? u.verdict : u.recognition) === 'met';
  const passing = level ? members.filter(passes).length : null;
  const total = level ? members.length : null;
  const base = {
    kind: 'unit-share' as const,
    id,
    purpose: c.purpose === 'recognition' ? ('recognition' as const) : ('criteria' as const),
    text,
    status,
    unitLevel: level,
    standard: check?.standard ?? null,
    op: check?.op ?? null,
    percent: check?.percent ?? null,
    passing,
    total,
    blocking,
    undecided,
  };

  // Candidates: every member not passing (or, without the set, the units the condition names).
  const outside = level
    ? members.filter((u) => !passes(u))
    : [...blocking, ...undecided].flatMap((unitId) => {
        const found = units.find((u) => u.unitId === unitId && u.verdict !== 'met');
        return found ? [found] : [];
      });
  const candidates = outside.map((u) => candidateOf(u, standard)).sort(closer);

  if (!aggregate) {
    return {
      ...base,
      required: null,
      more: null,
      direction: 'raise',
      candidates,
      closest: [],
      message: planMessage('plan.share-needs-results', textParams),
    };
  }
  if (!check || check.percent === null || passing === null || total === null) {
    return {
      ...base,
      required: null,
      more: null,
      direction: 'raise',
      candidates,
      closest: [],
      message: planMessage('plan.share-needs-set', { ...textParams, passing: String(passing ?? 0), total: String(total ?? 0) }),
    };
  }
  // passing / total ≥ p / 100  ⇔  passing ≥ p × total / 100: the fewest passing is its ceiling.
  const share = fractionOf(check.percent);
  const numerator = share.n * BigInt(total);
  const denominator = share.d * 100n;
  const exact = numerator % denominator === 0n;
  const required = Number(numerator / denominator + (exact ? 0n : 1n));
  const counts = { ...textParams, passing: String(passing), total: String(total), percent: String(check.percent), op: check.op };
  if (check.op === '=' && !exact) {
    return {
      ...base,
      required: null,
      more: null,
      direction: 'raise',
      candidates,
      closest: [],
      message: planMessage('plan.share-unreachable', counts),
    };
  }
  if (check.op === '=' && passing > required) {
    const more = passing - required;
    return {
      ...base,
      required,
      more,
      direction: 'lower',
      candidates,
      closest: [],
      message: planMessage('plan.share-fewer', { ...counts, required: String(required), more: String(more) }),
    };
  }
  const more = Math.max(0, required - passing);
  const closest = candidates.slice(0, more).map((u) => u.unitId);
  const names = candidates
    .slice(0, more)
    .map((u) => u.name ?? u.unitId)
    .join(', ');
  return {
    ...base,
    required,
    more,
    direction: 'raise',
    candidates,
    closest,
    message:
      more > 0
        ? planMessage('plan.share-more', { ...counts, required: String(required), more: String(more), closest: names })
        : planMessage('plan.share-undecided', { ...counts, undecided: String(undecided.length) }),
  };
}

function candidateOf(u: UnitPlan, standard: 'meets-set' | 'recognised'): UnitCandidate {
  const plan = u.plan;
  return {
    unitId: u.unitId,
    ...(u.name !== undefined ? { name: u.name } : {}),
    kind: u.kind,
    verdict: standard === 'recognised' ? u.recognition : u.verdict,
    criteriaLeft: plan ? plan.criteria.length : u.metCount !== null && u.total !== null ? Math.max(0, u.total - u.metCount) : null,
    indicatorsLeft: plan ? plan.criteria.reduce((sum, c) => sum + c.required, 0) + plan.conditions.length : null,
    openItems: plan ? plan.dataToCollect.length + plan.targetsToObtain.length : null,
    distance: plan ? plan.criteria.reduce((sum, c) => sum + c.gaps.slice(0, c.required).reduce((s, g) => s + g.relativeSize, 0), 0) : null,
    basis: u.basis,
    level: u.level,
  };
}

/**
 * Closest to passing first: fewest criteria left, then fewest indicators and conditions, then
 * fewest open items, then the smallest relative shortfalls; what is not known sorts last.
 */
function closer(a: UnitCandidate, b: UnitCandidate): number {
  for (const key of ['criteriaLeft', 'indicatorsLeft', 'openItems', 'distance'] as const) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x - y;
  }
  return 0;
}
