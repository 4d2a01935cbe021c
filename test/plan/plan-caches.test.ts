// What the plan remembers between calls (a frozen set's index, a frozen indicator's counted unit,
// numbers' fractions) must never make a plan differ from one made afresh.
import { describe, expect, it } from 'vitest';
import { createRegistry, evaluate, gapPlan, type CriteriaSet } from '../../src/index.js';
import { planTestSet } from './plan-sets.js';

const input = {
  values: { 'p.ge': { numerator: 1940, denominator: 2000 }, 'a.ge': 46.4 },
  references: { incomeAtRecognition: 44.2 },
  facts: { debt: 0 },
};
const waterGap = (set: CriteriaSet) =>
  gapPlan(evaluate(set, input as never), { sets: [set] })
    .criteria.flatMap((c) => c.gaps)
    .find((g) => g.code === 'p.ge');

describe('gapPlan: what it remembers between calls', () => {
  it('plans a set that is not frozen as it is at each call: a changed wording changes the counted unit', () => {
    const set = structuredClone(planTestSet) as CriteriaSet;
    expect(waterGap(set)?.unit.vi).toBe('hộ sử dụng nước sạch');
    const indicator = set.criteria.flatMap((c) => c.indicators).find((i) => i.code === 'p.ge')!;
    (indicator.text as { vi: string }).vi = 'Tỷ lệ trường đạt chuẩn';
    expect(waterGap(set)?.unit.vi).toBe('trường đạt chuẩn');
    // An indicator replaced by another in its criterion: the set's index is not kept either.
    const criterion = set.criteria.find((c) => c.indicators.includes(indicator))!;
    const at = criterion.indicators.indexOf(indicator);
    (criterion.indicators as unknown as unknown[])[at] = { ...indicator, text: { ...indicator.text, vi: 'Tỷ lệ thôn có nhà văn hóa' } };
    expect(waterGap(set)?.unit.vi).toBe('thôn có nhà văn hóa');
  });

  it('plans a registered (deep-frozen) set the same on every call as a copy that is not frozen', () => {
    const frozen = createRegistry([structuredClone(planTestSet) as CriteriaSet]).get('plan-test')!;
    expect(Object.isFrozen(frozen)).toBe(true);
    const fresh = structuredClone(planTestSet) as CriteriaSet;
    const plan = (set: CriteriaSet) => JSON.stringify(gapPlan(evaluate(set, input as never), { sets: [set] }));
    const first = plan(frozen);
    expect(plan(frozen)).toBe(first);
    expect(first).toBe(plan(fresh));
    expect(waterGap(frozen)).toMatchObject({ shortfall: 20, unit: { vi: 'hộ sử dụng nước sạch' } });
  });
});
