// Issue 14: a less-strict override on a relative target (a model commune's income: a factor of
// a reference value) must never turn a fail into met. It is compared with the threshold the
// relative target computes; without the reference it cannot be shown strict enough.
import { describe, expect, it } from 'vitest';
import { communeModel319, communeModel691, safeEvaluate, type CriteriaSet } from '../../src/index.js';

const cases: [string, CriteriaSet, string, string][] = [
  ['319 KM.2 (1.1 × the advanced-commune income)', communeModel319, 'KM.2', 'advancedCommuneIncomeTarget'],
  ['691 1.2 (1.5 × the income at recognition)', communeModel691, '1.2', 'incomeAtRecognition'],
];

describe.each(cases)('a less-strict override of a relative target is refused: %s', (_name, set, code, reference) => {
  const evaluateWith = (references: Record<string, number>, value: number) => {
    const outcome = safeEvaluate(set, {
      region: 'red-river-delta',
      ...(set.years ? { year: set.years.from } : {}),
      values: { [code]: 115 },
      references,
      overrides: { [code]: { value, by: 'UBND tỉnh' } },
    });
    const indicator = outcome.result.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;
    return { codes: outcome.issues.map((i) => i.code), indicator };
  };

  it('an override below the computed threshold is refused and the relative target judges (fail stays fail)', () => {
    const { codes, indicator } = evaluateWith({ [reference]: 110 }, 2);
    expect(codes).toContain('override-less-strict');
    expect(indicator.status).toBe('not-met'); // 115 < factor × 110
    expect(indicator.override).toBeUndefined();
  });

  it('without the reference value the override cannot be shown strict enough: refused, the indicator missing', () => {
    const { codes, indicator } = evaluateWith({}, 200);
    expect(codes).toContain('override-less-strict');
    expect(indicator.status).toBe('missing');
  });

  it('an override at or above the computed threshold is applied', () => {
    const { codes, indicator } = evaluateWith({ [reference]: 10 }, 120);
    expect(codes).toEqual([]);
    expect(indicator).toMatchObject({ status: 'not-met', target: 120 });
  });
});
