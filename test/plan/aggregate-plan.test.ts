import { describe, expect, it } from 'vitest';
import {
  district320,
  evaluate,
  evaluateAggregate,
  formatMessage,
  gapPlan,
  gapTable,
  listCriteriaSets,
  province321,
  type AggregateInput,
  type AggregateResult,
  type AggregateUnit,
  type CriteriaSet,
  type GapPlan,
  type UnitShareGap,
} from '../../src/index.js';
import { district } from '../../examples/tam-dao/scenario.js';
import { shareDistrict, simpleDistrict, simpleDistrictAdvanced, unitAdvanced, unitCommune } from './plan-sets.js';

/** `evaluateAggregate` keeping every unit's full result, which a full plan needs. */
const evaluateKeeping = (set: CriteriaSet, input: AggregateInput): AggregateResult => evaluateAggregate(set, input, { keep: 'results' });

const share = (plan: GapPlan, id: string) => plan.conditions.find((c): c is UnitShareGap => c.kind === 'unit-share' && c.id === id);
const unitSets = { commune: unitCommune, 'commune-advanced': unitAdvanced };
const sets = [shareDistrict, unitCommune, unitAdvanced];

/** A commune of the test sets: its flag, its share of households, whether it is registered. */
const commune = (id: string, ok: boolean, households: number, registered = true): AggregateUnit => ({
  id,
  name: `Xã ${id.toUpperCase()}`,
  input: { values: { ok, share: households }, facts: { registered } },
});

describe('gapPlan on an aggregate: unit-share conditions', () => {
  const units = [commune('a', true, 90), commune('b', true, 90, false), commune('c', false, 90), commune('d', true, 70)];
  const result = evaluateKeeping(shareDistrict, { values: { ok: true, share: 90 }, units, unitSets });
  const plan = gapPlan(result, { sets });

  it('≥ 100% meeting the set: 2 of 4 pass, 2 more needed, the closest first (a 10-point gap before a flag)', () => {
    expect(share(plan, 'meets')).toMatchObject({
      status: 'not-met',
      unitLevel: 'commune',
      standard: 'meets-set',
      percent: 100,
      passing: 2,
      total: 4,
      required: 4,
      more: 2,
      direction: 'raise',
      blocking: ['c', 'd'],
      closest: ['d', 'c'],
    });
    const d = share(plan, 'meets')!.candidates[0]!;
    expect(d).toMatchObject({ unitId: 'd', name: 'Xã D', criteriaLeft: 1, indicatorsLeft: 1, level: 'commune' });
    expect(formatMessage(share(plan, 'meets')!.message, 'vi')).toBe(
      'Tỷ lệ đơn vị meets: 2/4 đơn vị đạt, cần 4; cần thêm ít nhất 2 đơn vị; gần đạt nhất: Xã D, Xã C',
    );
  });

  it('each blocking unit has its own plan: what commune D lacks', () => {
    const d = plan.units.find((u) => u.unitId === 'd' && u.level === 'commune')!;
    expect(d).toMatchObject({ verdict: 'not-met', basis: 'evaluated', kind: 'commune' });
    const gap = d.plan!.criteria[0]!.gaps[0]!;
    expect(gap).toMatchObject({ code: 'share', kind: 'percentage-points', shortfall: 10 });
    expect(formatMessage(gap.message, 'vi')).toBe('Cần tăng thêm 10 điểm phần trăm: 70% → 80% (yêu cầu ≥ 80%)');
  });

  it('≥ 50% recognised: a unit that meets the set but is not registered is the closest', () => {
    expect(share(plan, 'recognised')).toMatchObject({ standard: 'recognised', passing: 1, total: 4, required: 2, more: 1, closest: ['b'] });
    const b = plan.units.find((u) => u.unitId === 'b' && u.level === 'commune')!;
    expect(b.plan!.conditions.map((c) => [c.kind, c.id])).toEqual([['fact', 'registered']]);
  });

  it('≥ 10% advanced communes: met with 2 of 4 (no entry)', () => {
    expect(share(plan, 'advanced')).toBeUndefined();
  });

  it('= 50%: met exactly with 2 of 4; 3 of 4 is one too many; 2 of 3 cannot be exactly half', () => {
    expect(share(plan, 'exact')).toBeUndefined();
    const four = gapPlan(
      evaluateKeeping(shareDistrict, {
        values: {},
        units: [commune('a', true, 90), commune('b', true, 90), commune('e', true, 90), commune('c', false, 90)],
        unitSets,
      }),
      { sets },
    );
    expect(share(four, 'exact')).toMatchObject({ required: 2, more: 1, direction: 'lower', closest: [] });
    const three = gapPlan(evaluateKeeping(shareDistrict, { values: {}, units: units.slice(0, 3), unitSets }), { sets });
    expect(share(three, 'exact')).toMatchObject({ required: null, more: null });
    expect(formatMessage(share(three, 'exact')!.message, 'en')).toBe(
      'Share of units exact: no whole number of the 3 units gives exactly 50%',
    );
  });

  it('a share not yet known is a target to obtain, not a gap', () => {
    expect(share(plan, 'unknown')).toBeUndefined();
    expect(plan.targetsToObtain.map((t) => t.conditionId)).toContain('unknown');
  });

  it('undecided units: the share may still pass once their data is in', () => {
    const r = evaluateKeeping(shareDistrict, {
      values: {},
      units: [commune('a', true, 90), { id: 'x', input: { values: { ok: true } } }],
      unitSets,
    });
    const s = share(gapPlan(r, { sets }), 'meets')!;
    expect(s).toMatchObject({ status: 'incomplete', passing: 1, total: 2, more: 1, undecided: ['x'], closest: ['x'] });
    expect(
      gapPlan(r, { sets })
        .units.find((u) => u.unitId === 'x')!
        .plan!.dataToCollect.map((d) => d.code ?? d.name),
    ).toEqual(['share', 'registered']);
  });

  it('without the sets: the blocking units are listed, the counts are not guessed', () => {
    const bare = share(gapPlan(result), 'meets')!;
    expect(bare).toMatchObject({ unitLevel: null, percent: null, passing: null, required: null, more: null, blocking: ['c', 'd'] });
    expect(bare.candidates.map((c) => c.unitId).sort()).toEqual(['c', 'd']);
    expect(bare.message.code).toBe('plan.share-needs-set');
  });

  it('a district evaluated without its units cannot count them: it needs their results', () => {
    const alone = gapPlan(evaluate(shareDistrict, { values: { ok: true, share: 90 } }), { sets });
    expect(share(alone, 'meets')).toMatchObject({ message: { code: 'plan.share-needs-results' }, more: null });
  });

  it('when the aggregate kept only verdicts and counts, candidates are still ranked by criteria left', () => {
    // The shape of an aggregate that keeps verdicts only: no result, the counts on the standing.
    const verdictsOnly = {
      ...result,
      units: result.units.map((u) => ({
        ...u,
        standings: u.standings.map(({ result: r, ...s }) => ({
          ...s,
          recognition: r!.recognition,
          metCount: r!.metCount,
          total: r!.total,
        })),
      })),
    } as AggregateResult;
    const p = gapPlan(verdictsOnly, { sets });
    expect(p.units.every((u) => u.plan === undefined)).toBe(true);
    expect(share(p, 'meets')).toMatchObject({ more: 2, blocking: ['c', 'd'] });
    expect(share(p, 'meets')!.candidates.map((c) => [c.unitId, c.criteriaLeft, c.indicatorsLeft])).toEqual([
      ['c', 1, null],
      ['d', 1, null],
    ]);
    expect(share(p, 'recognised')).toMatchObject({ passing: 1, more: 1, closest: ['b'] });
  });
});

describe('320/QĐ-TTg: at least 10% advanced communes', () => {
  it('0 of 12 advanced: 2 more needed (ceil 1.2), the two closest named', () => {
    const communes = Array.from({ length: 12 }, (_, i) => commune(`c${i + 1}`, true, 30 + i * 4));
    const r = evaluateKeeping(district320, {
      province: 'vinh-phuc',
      year: 2023,
      facts: { civilisedTownshipShare: 100, satisfactionRate: 92, minCommuneSatisfactionRate: 85 },
      units: communes,
      unitSets,
    });
    const plan = gapPlan(r, { sets: [...listCriteriaSets(), unitCommune, unitAdvanced] });
    // Every commune meets the test commune set at 80%? No: shares 30…74 are all under 80.
    const advanced = share(plan, 'q320.advancedShare')!;
    expect(advanced).toMatchObject({ unitLevel: 'commune-advanced', percent: 10, passing: 0, total: 12, required: 2, more: 2 });
    expect(advanced.closest).toEqual(['c12', 'c11']); // 74% and 70% are the nearest to 80%
    expect(formatMessage(advanced.message, 'vi')).toContain('cần thêm ít nhất 2 đơn vị; gần đạt nhất: Xã C12, Xã C11');
    const all = share(plan, 'q320.allCommunesNTM')!;
    expect(all).toMatchObject({ required: 12, more: 12 });
    expect(all.candidates).toHaveLength(12);
  });
});

describe('321/QĐ-TTg: a province, its districts and their communes', () => {
  it('names the failing district, and within it the failing commune with its gaps', () => {
    const district = (id: string, ok: readonly boolean[]): AggregateUnit => ({
      id,
      kind: 'district',
      input: { values: { ok: true, share: 90 } },
      units: ok.map((pass, i) => commune(`${id}-c${i + 1}`, pass, 90)),
    });
    const r = evaluateKeeping(province321, {
      year: 2023,
      units: [district('d1', [true, true]), district('d2', [true, false])],
      unitSets: { ...unitSets, district: simpleDistrict, 'district-advanced': simpleDistrictAdvanced },
    });
    const plan = gapPlan(r, { sets: [...listCriteriaSets(), ...sets, simpleDistrict, simpleDistrictAdvanced] });
    const t1 = share(plan, 'T.1')!;
    expect(t1).toMatchObject({ unitLevel: 'district', passing: 1, total: 2, more: 1, blocking: ['d2'], closest: ['d2'] });
    const d2 = plan.units.find((u) => u.unitId === 'd2' && u.level === 'district')!.plan!;
    expect(share(d2, 'meets')).toMatchObject({ passing: 1, total: 2, more: 1, blocking: ['d2-c2'] });
    const c2 = d2.units.find((u) => u.unitId === 'd2-c2' && u.level === 'commune')!.plan!;
    expect(c2.criteria[0]!.gaps.map((g) => [g.code, g.kind])).toEqual([['ok', 'flag']]);
    // The table lists every unit once per set, though a commune appears in the province's
    // units and in its district's.
    const rows = gapTable(plan).byUnit.map((u) => `${u.unitId} ${u.setId}`);
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows).toContain('d2-c2 plan-commune');
    const flag = gapTable(plan).byCriterion.find((c) => c.setId === 'plan-commune' && c.criterionId === '1')!;
    expect(flag.units.map((u) => u.unitId)).toEqual(['d2-c2']);
  });
});

describe('Tam Đảo: what each commune lacks, and what the district lacks to be recognised', () => {
  const plan = gapPlan(district, { sets: listCriteriaSets(), unit: { id: 'tam-dao', name: 'Huyện Tam Đảo' } });

  it('the district meets its 9 criteria, but all 6 communes must come to meet 1980/QĐ-TTg', () => {
    expect(plan.criteria).toEqual([]);
    const all = share(plan, 'allCommunesNTM')!;
    expect(all).toMatchObject({ purpose: 'recognition', passing: 0, total: 6, required: 6, more: 6 });
    expect(all.closest).toEqual(['dao-tru', 'yen-duong', 'bo-ly', 'minh-quang', 'ho-son', 'tam-quan']);
  });

  it('each commune: 10 million VND more income, 0.32 points less poverty, 10 and 12 points more water, three roads', () => {
    for (const unit of plan.units) {
      const gaps = Object.fromEntries(unit.plan!.criteria.flatMap((c) => c.gaps).map((g) => [g.code, [g.kind, g.direction, g.shortfall]]));
      expect(gaps).toEqual({
        '10': ['amount', 'raise', 10],
        '11': ['percentage-points', 'lower', 0.32],
        '17.1a': ['percentage-points', 'raise', 10],
        '17.1b': ['percentage-points', 'raise', 12],
        '2.2': ['flag', 'achieve', 1],
        '2.3': ['flag', 'achieve', 1],
        '2.4': ['flag', 'achieve', 1],
      });
    }
  });

  it("the officials' table: by criterion, the six communes short of income by 10 million each", () => {
    const table = gapTable(plan);
    const income = table.byCriterion.find((c) => c.criterionId === '10')!;
    expect(income.units.map((u) => u.unitName)).toEqual(['Đạo Trù', 'Yên Dương', 'Bồ Lý', 'Minh Quang', 'Hồ Sơn', 'Tam Quan']);
    expect(income.units.every((u) => u.tasks.some((t) => t.code === '10' && t.shortfall === 10))).toBe(true);
    expect(table.byCriterion.map((c) => c.number)).toEqual([...table.byCriterion.map((c) => c.number)].sort((a, b) => a! - b!));
    expect(table.byUnit[0]).toMatchObject({ unitId: 'tam-dao', unitName: 'Huyện Tam Đảo', setId: 'district-2016-2020' });
    expect(table.byUnit[0]!.tasks.find((t) => t.conditionId === 'allCommunesNTM')).toMatchObject({ kind: 'condition', shortfall: 6 });
    expect(table.byUnit.slice(1).map((u) => u.unitId)).toEqual(['dao-tru', 'yen-duong', 'bo-ly', 'minh-quang', 'ho-son', 'tam-quan']);
    const task = table.byUnit[1]!.tasks.find((t) => t.code === '10')!;
    expect(formatMessage(task.message, 'vi')).toBe('Cần tăng thêm 10 triệu đồng/người/năm: 40 → 50 (yêu cầu ≥ 50)');
  });
});
