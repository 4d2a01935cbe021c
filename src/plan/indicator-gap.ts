// The shortfall of one indicator not met, in its own terms, computed exactly from what the
// result records (value or counts, comparison, target, relative target). @internal
import { percentOfRatio, type Fraction } from '../_lib/exact.js';
import type { IndicatorResult } from '../evaluate/result.js';
import type { Indicator } from '../model/indicator.js';
import type { LocalizedText } from '../model/text.js';
import type { Comparison } from '../model/target.js';
import { add, ceil, decimalText, div, exactOf, floor, isNegative, isZero, mul, numberOf, numberText, sub, whole } from './decimal.js';
import { planMessage } from './messages.js';
import type { IndicatorGap, PlanMessageCode, PlanMessageParams, ShortfallKind } from './types.js';

const HUNDRED: Fraction = { n: 100n, d: 1n };
const POINTS: LocalizedText = { vi: 'điểm phần trăm', en: 'percentage points' };
const REQUIREMENT: LocalizedText = { vi: 'yêu cầu', en: 'requirement' };
const NUMERATOR: LocalizedText = { vi: 'đơn vị (tử số)', en: 'units (numerator)' };
const ITEMS: LocalizedText = { vi: 'đơn vị', en: 'units' };

/**
 * What a share counts, read from the indicator's wording ("Tỷ lệ hộ sử dụng nước sạch" →
 * "hộ sử dụng nước sạch"), so a shortfall reads "20 more households…"; a generic word when
 * the wording does not start that way or the set was not given.
 */
function countedUnit(indicator: Indicator | undefined): LocalizedText {
  if (!indicator) return NUMERATOR;
  // Read once per indicator whose wording cannot change (a frozen one, as in every registered set).
  const known = COUNTED.get(indicator);
  if (known) return known;
  const unit = readCountedUnit(indicator);
  if (Object.isFrozen(indicator) && Object.isFrozen(indicator.text)) COUNTED.set(indicator, unit);
  return unit;
}
const COUNTED = new WeakMap<Indicator, LocalizedText>();

function readCountedUnit(indicator: Indicator): LocalizedText {
  const cut = (s: string) => s.split(/\s*[(:;]|\s[-–]\s/)[0]!.trim();
  const vi = /^Tỷ lệ\s+(.+)$/u.exec(indicator.text.vi)?.[1];
  const en = /^(?:Share|Proportion|Percentage|Rate) of\s+(.+)$/iu.exec(indicator.text.en)?.[1];
  return { vi: vi ? cut(vi) || NUMERATOR.vi : NUMERATOR.vi, en: en ? cut(en) || NUMERATOR.en : NUMERATOR.en };
}

/** The fields every gap starts with. */
interface Common {
  code: string;
  criterionId: string;
  comparison: Comparison;
  overrideBy?: string;
}

/** A ratio's counts, when they are usable numbers. */
function countsOf(r: IndicatorResult): { n: Fraction; d: Fraction; numerator: number; denominator: number } | null {
  const ratio = r.ratio as { numerator?: unknown; denominator?: unknown } | undefined;
  if (!ratio || typeof ratio !== 'object') return null;
  const n = exactOf(ratio.numerator);
  const d = exactOf(ratio.denominator);
  if (!n || !d || d.n <= 0n || isNegative(n)) return null;
  return { n, d, numerator: ratio.numerator as number, denominator: ratio.denominator as number };
}

/** The exact target: a relative one recomputed as factor × reference (the result keeps only a rounded number). */
function goalOf(r: IndicatorResult): Fraction | null {
  const rel = r.relative;
  if (rel && !r.override && typeof rel.factor === 'number' && typeof rel.referenceValue === 'number') {
    const f = exactOf(rel.factor);
    const v = exactOf(rel.referenceValue);
    if (f && v) return mul(f, v);
  }
  return exactOf(r.target);
}

/**
 * The gap of one indicator result whose status is `not-met`; `null` when the result lacks what
 * a shortfall needs (then the plan lists it as data to collect, never as a gap of a known size).
 */
export function indicatorGap(r: IndicatorResult, indicator: Indicator | undefined): IndicatorGap | null {
  const op: Comparison = r.comparison === '<=' || r.comparison === '=' ? r.comparison : '>=';
  // Plain assignments, not spreads: a plan of 10,000 communes makes tens of thousands of these.
  const gapCode = String(r.code);
  const overrideBy = r.override && typeof r.override.by === 'string' ? r.override.by : undefined;
  const common: Common = { code: gapCode, criterionId: String(r.criterionId), comparison: op };
  if (overrideBy !== undefined) common.overrideBy = overrideBy;
  const params = (extra: PlanMessageParams): PlanMessageParams => {
    const all: Record<string, PlanMessageParams[string]> = { code: gapCode, op };
    if (overrideBy !== undefined) all.overrideBy = overrideBy;
    if (indicator) {
      all.textVi = indicator.text.vi;
      all.textEn = indicator.text.en;
    }
    return Object.assign(all, extra);
  };

  if (r.measure === 'flag' || typeof r.target === 'boolean') {
    if (typeof r.target !== 'boolean') return null;
    const actual = typeof r.actual === 'boolean' ? r.actual : !r.target;
    return withOptional(common, undefined, {
      code: common.code,
      criterionId: common.criterionId,
      comparison: common.comparison,
      kind: 'flag',
      direction: 'achieve',
      shortfall: 1,
      shortfallText: '1',
      unit: REQUIREMENT,
      actual,
      target: r.target,
      after: r.target,
      relativeSize: 1,
      message: planMessage('plan.achieve-flag', params({ target: String(r.target) })),
    });
  }

  const goal = goalOf(r);
  if (!goal) return null;
  const rel =
    r.relative && !r.override && typeof r.relative.referenceValue === 'number'
      ? { factor: r.relative.factor, reference: String(r.relative.reference), referenceValue: r.relative.referenceValue }
      : undefined;
  const relParams: PlanMessageParams = rel
    ? { factor: String(rel.factor), reference: rel.reference, referenceValue: String(rel.referenceValue) }
    : {};
  const targetText = rel || typeof r.target !== 'number' ? decimalText(goal, 6) : numberText(r.target);

  const counts = r.measure === 'percent' ? countsOf(r) : null;
  if (counts) return ratioGap(r, counts, goal, op, indicator, common, targetText, params, relParams, rel);

  const actual = exactOf(r.actual);
  if (!actual) return null;
  const kind: ShortfallKind = r.measure === 'percent' ? 'percentage-points' : r.measure === 'count' ? 'count' : 'amount';
  const raise = op === '>=' || (op === '=' && isNegative(sub(actual, goal)));
  // Counts are whole: to reach "≥ 2.5" a unit needs 3; to get under "≤ 2.5", 2.
  const reach = kind === 'count' ? whole(raise ? ceil(goal) : floor(goal)) : goal;
  const diff = raise ? sub(reach, actual) : sub(actual, reach);
  if (isNegative(diff) || isZero(diff)) return null; // not a shortfall: the result is inconsistent
  const shortfallText = decimalText(diff, 6);
  const unit = kind === 'percentage-points' ? POINTS : (r.unit ?? indicator?.unit ?? ITEMS);
  const code: PlanMessageCode =
    kind === 'percentage-points'
      ? raise
        ? 'plan.raise-points'
        : 'plan.lower-points'
      : kind === 'count'
        ? raise
          ? 'plan.raise-count'
          : 'plan.lower-count'
        : raise
          ? 'plan.raise-amount'
          : 'plan.lower-amount';
  const afterText = decimalText(reach, 6);
  return withOptional(common, rel, {
    code: common.code,
    criterionId: common.criterionId,
    comparison: common.comparison,
    kind,
    direction: raise ? 'raise' : 'lower',
    shortfall: numberOf(shortfallText),
    shortfallText,
    unit,
    actual: r.actual as number,
    target: numberOf(targetText),
    after: numberOf(afterText),
    relativeSize: relativeSize(diff, goal),
    message: planMessage(
      code,
      params({
        shortfall: shortfallText,
        actual: numberText(r.actual as number),
        target: targetText,
        after: afterText,
        unitVi: unit.vi,
        unitEn: unit.en,
        ...relParams,
      }),
    ),
  });
}

/**
 * A share given as counts: the smallest whole number of items by which the numerator must rise
 * (≥) or fall (≤), the denominator kept. Only where a whole number would overshoot the whole
 * or zero (a numerator with decimals, e.g. 9.5 km of 10) is the exact rest given instead.
 */
function ratioGap(
  r: IndicatorResult,
  counts: { n: Fraction; d: Fraction; numerator: number; denominator: number },
  goal: Fraction,
  op: Comparison,
  indicator: Indicator | undefined,
  common: Common,
  targetText: string,
  params: (extra: PlanMessageParams) => PlanMessageParams,
  relParams: PlanMessageParams,
  rel: IndicatorGap['relative'],
): IndicatorGap | null {
  const { n, d } = counts;
  const needed = div(mul(goal, d), HUNDRED); // the numerator that gives exactly the target
  let change: Fraction;
  let raise: boolean;
  let code: PlanMessageCode;
  if (op === '=') {
    raise = isNegative(sub(n, needed));
    change = raise ? sub(needed, n) : sub(n, needed);
    code = 'plan.set-ratio';
  } else if (op === '>=') {
    raise = true;
    change = whole(ceil(sub(needed, n)));
    if (isNegative(sub(d, add(n, change)))) change = sub(needed, n); // a whole item would pass the whole: the exact rest
    code = 'plan.raise-ratio';
  } else {
    raise = false;
    change = whole(ceil(sub(n, needed)));
    if (isNegative(sub(n, change))) change = sub(n, needed); // a whole item would go below zero: the exact rest
    code = 'plan.lower-ratio';
  }
  if (isNegative(change) || isZero(change)) return null;
  const after = raise ? add(n, change) : sub(n, change);
  const shortfallText = decimalText(change, 6);
  const neededText = decimalText(after, 6);
  const afterPercent = decimalText(percentOfFraction(after, d), 2);
  const unit = countedUnit(indicator);
  return withOptional(common, rel, {
    code: common.code,
    criterionId: common.criterionId,
    comparison: common.comparison,
    kind: 'ratio',
    direction: raise ? 'raise' : 'lower',
    shortfall: numberOf(shortfallText),
    shortfallText,
    unit,
    actual: typeof r.actual === 'number' ? r.actual : numberOf(decimalText(percentOfRatio(counts.numerator, counts.denominator), 2)),
    target: numberOf(targetText),
    after: numberOf(afterPercent),
    ratio: { numerator: counts.numerator, denominator: counts.denominator, neededNumerator: numberOf(neededText) },
    relativeSize: relativeSize(change, needed),
    message: planMessage(
      code,
      params({
        shortfall: shortfallText,
        numerator: numberText(counts.numerator),
        denominator: numberText(counts.denominator),
        neededNumerator: neededText,
        afterPercent,
        target: targetText,
        unitVi: unit.vi,
        unitEn: unit.en,
        ...relParams,
      }),
    ),
  });
}

/**
 * A gap with the fields only some gaps have, where they have always been (`overrideBy` after
 * `comparison`, `relative` before `relativeSize`). Why: the usual gap, without them, is made as
 * one literal; only the rare one with them is rebuilt.
 */
function withOptional(common: Common, relative: IndicatorGap['relative'], gap: IndicatorGap): IndicatorGap {
  if (common.overrideBy === undefined && relative === undefined) return gap;
  const { code, criterionId, comparison, relativeSize, message, ...rest } = gap;
  return {
    code,
    criterionId,
    comparison,
    ...(common.overrideBy !== undefined ? { overrideBy: common.overrideBy } : {}),
    ...rest,
    ...(relative ? { relative } : {}),
    relativeSize,
    message,
  };
}

function percentOfFraction(part: Fraction, whole: Fraction): Fraction {
  return div(mul(part, HUNDRED), whole);
}

/** `shortfall / target` for ordering (a target of 0: the shortfall itself). */
function relativeSize(shortfall: Fraction, target: Fraction): number {
  const base = isZero(target) ? { n: 1n, d: 1n } : target.n < 0n ? { n: -target.n, d: target.d } : target;
  const f = div(shortfall, base);
  const [n, d] = [Number(f.n), Number(f.d)];
  // For ordering only: a plain division is enough when both fit a double exactly.
  return Number.isSafeInteger(n) && Number.isSafeInteger(d) ? n / d : numberOf(decimalText(f, 6));
}
