// Golden cases of 1980/QĐ-TTg indicator 10 (income), a value stated "đến năm 2020" (by 2020):
// the year before and the year the value applies, in every region (issue 13, OpenFisca style).
import { describe, expect, it } from 'vitest';
import { commune1980, evaluate, findIndicator, REGION_IDS, safeEvaluate } from '../../src/index.js';

const INCOME_2020 = {
  'northern-midlands-mountains': 36,
  'red-river-delta': 50,
  'north-central': 36,
  'south-central-coast': 41,
  'central-highlands': 41,
  southeast: 59,
  'mekong-delta': 50,
} as const;

const income = (region: (typeof REGION_IDS)[number], year: number, value: number) =>
  findIndicator(evaluate(commune1980, { region, year, values: { '10': value } }), '10')!;

describe('1980/QĐ-TTg income (10) is bound to 2020, the year its source states', () => {
  it('a commune recognised in 2017 or 2018 with an income below the 2020 value is not judged not-met on income', () => {
    for (const year of [2017, 2018]) {
      const r = income('red-river-delta', year, 45);
      expect(r.status).toBe('unknown-target');
      expect(r.candidates).toEqual([expect.objectContaining({ value: 50 })]);
    }
  });

  it.each(REGION_IDS.map((region) => [region, INCOME_2020[region]] as const))(
    '%s: 2019 unknown (candidate %d), 2020 and 2021 the 2020 value',
    (region, value) => {
      expect(income(region, 2019, value - 1)).toMatchObject({ status: 'unknown-target', candidates: [expect.objectContaining({ value })] });
      expect(income(region, 2020, value - 1)).toMatchObject({ status: 'not-met', target: value });
      expect(income(region, 2020, value)).toMatchObject({ status: 'met', target: value });
      expect(income(region, 2021, value)).toMatchObject({ status: 'met', target: value });
    },
  );

  it('a province may supply the threshold of an earlier year as an override (no verified value is replaced)', () => {
    const r = safeEvaluate(commune1980, {
      region: 'red-river-delta',
      year: 2017,
      values: { '10': 45 },
      overrides: { '10': { value: 38, by: "Test data: a province's 2017 roadmap value" } },
    });
    expect(r.issues).toEqual([]);
    expect(findIndicator(r.result, '10')).toMatchObject({ status: 'met', target: 38 });
  });
});
