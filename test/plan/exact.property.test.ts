// Exactness, for every set the package carries: applying a gap's shortfall to the input turns
// that indicator met, and one unit less (a whole item, or a smaller amount) does not. And the
// plan is complete: every indicator standing in a criterion's way is a gap, data to collect or
// a target to obtain, each exactly once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fractionOf, type Fraction } from '../../src/_lib/exact.js';
import { add, decimalText, sub } from '../../src/plan/decimal.js';
import { gapPlan, listCriteriaSets, safeEvaluate, type CriteriaSet, type IndicatorGap } from '../../src/index.js';
import { inputArb, type GeneratedInput } from '../properties/arbitraries.js';

const sets = listCriteriaSets();

/** A decimal text as an exact fraction. */
function exactText(text: string): Fraction {
  const [int, frac = ''] = text.split('.');
  return { n: BigInt(`${int}${frac}`), d: 10n ** BigInt(frac.length) };
}

/** `a ± b` exactly, as the number a caller would type; `null` if no number prints as it. */
function exactSum(a: number, b: string, sign: 1 | -1): number | null {
  const f = sign === 1 ? add(fractionOf(a), exactText(b)) : sub(fractionOf(a), exactText(b));
  const text = decimalText(f, 20);
  const n = Number(text);
  return String(n) === text ? n : null;
}

/** The input with the gap's indicator moved by `amount` (a decimal text) in the gap's direction. */
function applied(input: GeneratedInput, gap: IndicatorGap, amount: string): GeneratedInput | null {
  const sign = gap.direction === 'lower' ? -1 : 1;
  let value: unknown;
  if (gap.kind === 'flag') value = amount === '0' ? !gap.target : gap.target;
  else if (gap.kind === 'ratio') {
    const numerator = exactSum(gap.ratio!.numerator, amount, sign);
    if (numerator === null) return null;
    value = { numerator, denominator: gap.ratio!.denominator };
  } else {
    const v = exactSum(gap.actual as number, amount, sign);
    if (v === null) return null;
    value = v;
  }
  return { ...input, values: { ...input.values, [gap.code]: value } };
}

/** A smaller change than the shortfall: one item less for a whole shortfall, else a smaller amount. */
function lessThan(gap: IndicatorGap): string {
  const s = gap.shortfallText;
  if (gap.kind === 'flag') return '0';
  const f = exactText(s);
  if (f.d === 1n && f.n >= 1n) return String(f.n - 1n);
  const step: Fraction = f.n * 100n >= f.d * 2n ? { n: 1n, d: 100n } : { n: f.n, d: f.d * 2n }; // 0.01, or half a tiny shortfall
  return decimalText(sub(f, step), 20);
}

function statusOf(set: CriteriaSet, input: GeneratedInput, code: string): string | undefined {
  return safeEvaluate(set, input)
    .result.criteria.flatMap((c) => c.indicators)
    .find((i) => i.code === code)?.status;
}

let checked = 0;
describe('gapPlan is exact on every shipped set', () => {
  for (const set of sets) {
    it(`${set.id}: the shortfall is enough, and one unit less is not`, () => {
      fc.assert(
        fc.property(inputArb(set, { overrides: true }), (input) => {
          const result = safeEvaluate(set, input).result;
          const plan = gapPlan(result, { sets });
          for (const criterion of plan.criteria) {
            for (const gap of criterion.gaps) {
              const enough = applied(input, gap, gap.shortfallText);
              if (enough) expect(statusOf(set, enough, gap.code), `${gap.code} + ${gap.shortfallText}`).toBe('met');
              const less = applied(input, gap, lessThan(gap));
              if (less) expect(statusOf(set, less, gap.code), `${gap.code} + ${lessThan(gap)}`).toBe('not-met');
              checked++;
            }
          }
          // Complete and apart: each open indicator of a criterion in the plan is listed once, in one place.
          const listed = [
            ...plan.criteria.flatMap((c) => c.gaps.map((g) => g.code)),
            ...plan.dataToCollect.flatMap((d) => (d.code ? [d.code] : [])),
            ...plan.targetsToObtain.flatMap((t) => (t.kind === 'indicator' && t.code ? [t.code] : [])),
          ];
          expect(new Set(listed).size).toBe(listed.length);
          for (const c of result.criteria) {
            if (c.status === 'met' || c.status === 'not-applicable') continue;
            for (const i of c.indicators) {
              if (i.status === 'met' || i.status === 'not-applicable') expect(listed).not.toContain(i.code);
              else expect(listed).toContain(i.code);
            }
          }
        }),
        { numRuns: 30 },
      );
    });
  }
  it('checked gaps on the shipped sets (the property is not vacuous)', () => {
    expect(checked).toBeGreaterThan(200);
  });
});
