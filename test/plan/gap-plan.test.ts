import { describe, expect, it } from 'vitest';
import { evaluate, formatMessage, gapPlan, type GapPlan, type IndicatorGap } from '../../src/index.js';
import { planTestSet, unitCommune } from './plan-sets.js';

const sets = [planTestSet];
const plan = (values: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  gapPlan(evaluate(planTestSet, { values, references: { incomeAtRecognition: 44.2 }, facts: { debt: 0 }, ...extra } as never), { sets });
const gaps = (p: GapPlan): IndicatorGap[] => p.criteria.flatMap((c) => c.gaps);
const gap = (values: Record<string, unknown>, code = Object.keys(values)[0]!) => {
  const found = gaps(plan(values)).find((g) => g.code === code);
  if (!found) throw new Error(`no gap for ${code}`);
  return found;
};

describe('gapPlan: a share given as counts needs a whole number of items, denominator kept', () => {
  it("≥ 98%: 1,940 of 2,000 households need 20 more (the issue's example)", () => {
    const g = gap({ 'p.ge': { numerator: 1940, denominator: 2000 } });
    expect(g).toMatchObject({
      kind: 'ratio',
      direction: 'raise',
      shortfall: 20,
      shortfallText: '20',
      unit: { vi: 'hộ sử dụng nước sạch', en: 'households using clean water' },
      ratio: { numerator: 1940, denominator: 2000, neededNumerator: 1960 },
      after: 98,
      target: 98,
    });
    expect(formatMessage(g.message, 'vi')).toBe('Cần thêm 20 hộ sử dụng nước sạch: 1.940/2.000 → 1.960/2.000 = 98% (yêu cầu ≥ 98%)');
    expect(formatMessage(g.message, 'en')).toBe(
      '20 more households using clean water needed: 1,940/2,000 → 1,960/2,000 = 98% (target ≥ 98%)',
    );
    expect(g.message).toMatchObject({ code: 'plan.raise-ratio', params: { shortfall: '20', numerator: '1940', denominator: '2000' } });
  });

  it('rounds up to a whole item: 1,959.5 of 2,000 still needs 1; 1 of 3 against 98% needs 2 (3 of 3)', () => {
    expect(gap({ 'p.ge': { numerator: 1959.5, denominator: 2000 } }).shortfall).toBe(1);
    expect(gap({ 'p.ge': { numerator: 1, denominator: 3 } })).toMatchObject({ shortfall: 2, ratio: { neededNumerator: 3 } });
  });

  it('never asks for more than the whole: 9.5 km of 10 against 98% needs exactly 0.3 more', () => {
    expect(gap({ 'p.ge': { numerator: 9.5, denominator: 10 } })).toMatchObject({
      shortfall: 0.3,
      shortfallText: '0.3',
      ratio: { neededNumerator: 9.8 },
    });
  });

  it('≤ 2%: 47 poor households of 2,000 must fall by 7 (to 40 = 2%)', () => {
    const g = gap({ 'p.le': { numerator: 47, denominator: 2000 } });
    expect(g).toMatchObject({ kind: 'ratio', direction: 'lower', shortfall: 7, ratio: { neededNumerator: 40 } });
    expect(formatMessage(g.message, 'vi')).toBe('Cần giảm 7 hộ nghèo: 47/2.000 → 40/2.000 = 2% (yêu cầu ≤ 2%)');
  });

  it('= 50%: the numerator must reach exactly half, from either side', () => {
    expect(gap({ 'p.eq': { numerator: 3, denominator: 10 } })).toMatchObject({
      direction: 'raise',
      shortfall: 2,
      ratio: { neededNumerator: 5 },
    });
    expect(gap({ 'p.eq': { numerator: 8, denominator: 10 } })).toMatchObject({
      direction: 'lower',
      shortfall: 3,
      ratio: { neededNumerator: 5 },
    });
    expect(gap({ 'p.eq': { numerator: 3, denominator: 7 } })).toMatchObject({ direction: 'raise', shortfallText: '0.5' });
  });
});

describe('gapPlan: a percent without counts is short by percentage points', () => {
  it('≥, ≤ and = exactly, never a float residue', () => {
    expect(gap({ 'p.ge': 95.1 })).toMatchObject({ kind: 'percentage-points', direction: 'raise', shortfall: 2.9, shortfallText: '2.9' });
    expect(gap({ 'p.le': 2.32 })).toMatchObject({ direction: 'lower', shortfall: 0.32, shortfallText: '0.32' });
    expect(gap({ 'p.eq': 70 })).toMatchObject({ direction: 'lower', shortfall: 20 });
    expect(gap({ 'p.eq': 49.99 })).toMatchObject({ direction: 'raise', shortfallText: '0.01' });
    expect(gap({ 'p.ge': 95.1 }).unit).toEqual({ vi: 'điểm phần trăm', en: 'percentage points' });
    expect(formatMessage(gap({ 'p.le': 2.32 }).message, 'vi')).toBe('Cần giảm 0,32 điểm phần trăm: 2,32% → 2% (yêu cầu ≤ 2%)');
  });
});

describe('gapPlan: an amount is short in its unit; a relative target names what it is relative to', () => {
  it('≥ 50 million: 46.4 needs 3.6 more; ≤ 1.5: 2.25 must fall by 0.75; = 10: 12 must fall by 2', () => {
    const income = gap({ 'a.ge': 46.4 });
    expect(income).toMatchObject({
      kind: 'amount',
      direction: 'raise',
      shortfall: 3.6,
      shortfallText: '3.6',
      unit: { en: 'million VND/person/year' },
    });
    expect(formatMessage(income.message, 'vi')).toBe('Cần tăng thêm 3,6 triệu đồng/người/năm: 46,4 → 50 (yêu cầu ≥ 50)');
    expect(gap({ 'a.le': 2.25 })).toMatchObject({ direction: 'lower', shortfall: 0.75 });
    expect(gap({ 'a.eq': 12 })).toMatchObject({ direction: 'lower', shortfall: 2 });
    expect(formatMessage(gap({ 'a.eq': 1234.5 }).message, 'vi')).toContain('1.234,5 → 10');
  });

  it('1.1 × 44.2 = 48.62: an income of 45 needs 3.62 more, relative to incomeAtRecognition', () => {
    const g = gap({ 'a.rel': 45 });
    expect(g).toMatchObject({
      shortfallText: '3.62',
      target: 48.62,
      relative: { factor: 1.1, reference: 'incomeAtRecognition', referenceValue: 44.2 },
    });
    expect(formatMessage(g.message, 'vi')).toBe(
      'Cần tăng thêm 3,62 triệu đồng/người/năm: 45 → 48,62 (yêu cầu ≥ 48,62) (= 1,1 × 44,2, giá trị tham chiếu "incomeAtRecognition")',
    );
  });
});

describe('gapPlan: counts and flags', () => {
  it('≥ 3 models: 1 needs 2 more; ≤ 0 temporary houses: 3 to remove; = 2: 5 must fall by 3', () => {
    expect(gap({ 'c.ge': 1 })).toMatchObject({ kind: 'count', direction: 'raise', shortfall: 2 });
    const houses = gap({ 'c.le': 3 });
    expect(houses).toMatchObject({ direction: 'lower', shortfall: 3, unit: { vi: 'nhà', en: 'houses' } });
    expect(formatMessage(houses.message, 'en')).toBe('3 fewer houses needed: 3 → 0 (target ≤ 0)');
    expect(gap({ 'c.eq': 5 })).toMatchObject({ direction: 'lower', shortfall: 3 });
  });

  it('a flag must be achieved', () => {
    const g = gap({ 'f.true': false });
    expect(g).toMatchObject({ kind: 'flag', direction: 'achieve', shortfall: 1, actual: false, target: true, after: true });
    expect(formatMessage(g.message, 'vi')).toBe('Chỉ tiêu f.true cần ở mức "Đạt": Có quy hoạch');
  });
});

describe('gapPlan: per criterion and per unit', () => {
  it('an at-least-2 criterion with none met needs 2 of its 3 gaps, not all 3', () => {
    const c = plan({ 'l.1': false, 'l.2': false, 'l.3': false }).criteria.find((x) => x.id === '5')!;
    expect(c).toMatchObject({ status: 'not-met', required: 2 });
    expect(c.gaps).toHaveLength(3);
    const met = plan({ 'l.1': true, 'l.2': true, 'l.3': false }).criteria.find((x) => x.id === '5');
    expect(met).toBeUndefined(); // met: the third flag stands in nobody's way
  });

  it('orders criteria closest first: one small gap before several, known gaps before the undecidable', () => {
    const p = plan({ 'p.ge': 97.9, 'a.ge': 10, 'a.le': 9, 'c.ge': 0, 'c.le': 4, 'f.true': true, 'r.1': true, 'l.1': true, 'l.2': true });
    expect(p.criteria.map((c) => [c.id, c.required])).toEqual([
      ['1', 1],
      ['3', 2],
      ['2', 2],
      ['6', 0], // only rows not seen
      ['4', 0], // one target unknown
    ]);
  });

  it('lists missing data and unknown targets apart, never as gaps of a known size', () => {
    const p = gapPlan(evaluate(planTestSet, { values: { 'a.rel': 60 } }), { sets });
    expect(gaps(p)).toEqual([]);
    expect(p.dataToCollect.map((d) => [d.kind, d.code ?? d.name])).toContainEqual(['reference', 'a.rel']);
    expect(p.dataToCollect.map((d) => [d.kind, d.code ?? d.name])).toContainEqual(['value', 'p.ge']);
    expect(p.dataToCollect.map((d) => [d.kind, d.name])).toContainEqual(['fact', 'debt']);
    expect(p.targetsToObtain.map((t) => [t.kind, t.code ?? t.criterionId ?? t.conditionId])).toEqual([
      ['indicator', 'f.unknown'],
      ['criterion-rows', '6'],
      ['condition', 'vote'],
    ]);
    expect(p.targetsToObtain[0]!.candidates).toEqual([{ value: 90, province: 'Vĩnh Phúc', sources: [] }]);
    expect(formatMessage(p.targetsToObtain[0]!.message, 'vi')).toContain('giá trị đã ghi nhận: 90 (Vĩnh Phúc)');
  });

  it('set-level conditions: every criterion, a fact, a condition an official assesses', () => {
    const p = plan({ 'f.true': false }, { facts: { debt: 5 } });
    expect(p.conditions.map((c) => [c.kind, c.id])).toEqual([
      ['criteria-met', 'all'],
      ['fact', 'debt'],
    ]);
    expect(p.conditions[1]).toMatchObject({ fact: 'debt', op: '<=', value: 0, purpose: 'recognition' });
    expect(formatMessage(p.conditions[1]!.message, 'vi')).toBe('Điều kiện "Không có nợ đọng xây dựng cơ bản" chưa đạt: cần Nợ đọng ≤ 0');
  });

  it('a unit that meets everything has nothing left', () => {
    const r = evaluate(unitCommune, { values: { ok: true, share: 90 }, facts: { registered: true } });
    const p = gapPlan(r, { sets: [unitCommune], unit: { id: 'a', name: 'Xã A' } });
    expect(p).toMatchObject({ criteria: [], conditions: [], dataToCollect: [], targetsToObtain: [], units: [] });
    expect(formatMessage(p.message, 'vi')).toBe('Xã A: đạt 1/1 tiêu chí và các điều kiện; không còn việc phải làm');
  });

  it('without the set: shortfalls still exact, wording generic, and at-least rules unknown (all gaps counted)', () => {
    const r = evaluate(planTestSet, {
      values: { 'p.ge': { numerator: 1940, denominator: 2000 }, 'l.1': false, 'l.2': false, 'l.3': false },
    });
    const p = gapPlan(r);
    const water = gaps(p).find((g) => g.code === 'p.ge')!;
    expect(water).toMatchObject({ shortfall: 20, unit: { vi: 'đơn vị (tử số)', en: 'units (numerator)' } });
    expect(p.criteria.find((c) => c.id === '5')!.required).toBe(3);
    expect(p.conditions.find((c) => c.id === 'debt')).toMatchObject({ kind: 'condition' });
  });

  it('is pure: the result is not changed, and the same result gives the same plan', () => {
    const r = evaluate(planTestSet, { values: { 'a.ge': 40 } });
    const before = JSON.stringify(r);
    const a = gapPlan(r, { sets, unit: { id: 'x', name: 'Xã X' } });
    expect(JSON.stringify(r)).toBe(before);
    expect(gapPlan(r, { sets, unit: { id: 'x', name: 'Xã X' } })).toStrictEqual(a);
    expect(a).toMatchObject({ unitId: 'x', unitName: 'Xã X' });
    expect(formatMessage(a.message, 'vi')).toMatch(/^Xã X: đạt 0\/6 tiêu chí/);
  });
});
