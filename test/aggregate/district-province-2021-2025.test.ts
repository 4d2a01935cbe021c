import { describe, expect, it } from 'vitest';
import {
  district320,
  evaluate,
  evaluateAggregate,
  province321,
  type AggregateUnit,
  type EvaluationResult,
  formatMessage,
} from '../../src/index.js';
import { ALL_TEST_UNIT_SETS, failing, passing, testCommune, testCommuneAdvanced } from '../fixtures/unit-sets.js';

const condition = (r: EvaluationResult, id: string) => r.conditions.find((c) => c.id === id)!;

const FACTS = { civilisedTownshipShare: 100, satisfactionRate: 92, minCommuneSatisfactionRate: 85 };
const BASE = { year: 2023, province: 'vinh-phuc' as const, facts: FACTS, unitSets: ALL_TEST_UNIT_SETS };

/** Communes as data; the one-flag test sets make a passing commune both NTM and advanced. */
const communes = (n: number, failingIds: readonly string[] = []): AggregateUnit[] =>
  Array.from({ length: n }, (_, i) => `c${i + 1}`).map((id) => ({ id, input: failingIds.includes(id) ? failing : passing }));

/** Communes as ready results: all NTM, the first `advanced` of them advanced. */
const ready = (n: number, advanced: number): AggregateUnit[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${i + 1}`,
    results: {
      commune: evaluate(testCommune, passing),
      'commune-advanced': evaluate(testCommuneAdvanced, i < advanced ? passing : failing),
    },
  }));

describe('320/QĐ-TTg district: shares of communes and facts', () => {
  it('100% of communes NTM: met when all meet, not met naming the failing ones', () => {
    const ok = evaluateAggregate(district320, { ...BASE, units: communes(10) });
    expect(condition(ok, 'q320.allCommunesNTM').status).toBe('met');
    const bad = evaluateAggregate(district320, { ...BASE, units: communes(10, ['c3', 'c7']) });
    expect(condition(bad, 'q320.allCommunesNTM')).toMatchObject({ status: 'not-met', failingUnits: ['c3', 'c7'] });
    expect(bad.status).toBe('not-met');
  });

  it('at least 10% advanced: 1 of 10 is enough, 1 of 11 is not', () => {
    const ten = evaluateAggregate(district320, { ...BASE, units: ready(10, 1) });
    expect(condition(ten, 'q320.advancedShare').status).toBe('met');
    expect(formatMessage(condition(ten, 'q320.advancedShare').reason, 'en')).toBe(
      '1/10 units meet the "Advanced NTM commune" set in force (needs ≥ 10%).',
    );
    const eleven = evaluateAggregate(district320, { ...BASE, units: ready(11, 1) });
    expect(condition(eleven, 'q320.advancedShare').status).toBe('not-met');
    expect(condition(eleven, 'q320.advancedShare').failingUnits).toHaveLength(10);
    expect(eleven.units[0]!.standings.map((s) => [s.level, s.basis, s.verdict])).toEqual([
      ['commune', 'given', 'met'],
      ['commune-advanced', 'given', 'met'],
    ]);
  });

  it('towns civilised and residents satisfied are facts of the district', () => {
    const ok = evaluateAggregate(district320, { ...BASE, units: communes(2) });
    expect(condition(ok, 'q320.townsCivilised').status).toBe('met');
    expect(condition(ok, 'q320.satisfaction').status).toBe('met');
    expect(condition(ok, 'q320.satisfaction.communes').status).toBe('met');
    const bad = evaluateAggregate(district320, {
      ...BASE,
      facts: { civilisedTownshipShare: 50, satisfactionRate: 89.9, minCommuneSatisfactionRate: 79 },
      units: communes(2),
    });
    expect(condition(bad, 'q320.townsCivilised').status).toBe('not-met');
    expect(condition(bad, 'q320.satisfaction').status).toBe('not-met');
    expect(condition(bad, 'q320.satisfaction.communes').status).toBe('not-met');
    expect(bad.status).toBe('not-met');
  });
});

describe('321/QĐ-TTg province: shares of districts, towns and (nested) communes', () => {
  const district = (id: string, inputs: readonly (typeof passing | typeof failing)[]): AggregateUnit => ({
    id,
    kind: 'district',
    input: passing,
    units: inputs.map((input, i) => ({ id: `${id}-c${i + 1}`, input })),
  });

  it('re-evaluates each district from its own communes, and counts nested communes for the commune share', () => {
    const r = evaluateAggregate(
      province321,
      {
        year: 2024,
        facts: { provincialSchemeApproved: true },
        units: [district('d1', [passing, passing]), district('d2', [passing, failing]), { id: 't1', kind: 'town', input: passing }],
        unitSets: ALL_TEST_UNIT_SETS,
      },
      { keep: 'failing' },
    );
    // d2 fails "100% of its communes", so it does not meet the district set.
    expect(condition(r, 'T.1')).toMatchObject({ status: 'not-met', failingUnits: ['d2'] });
    const d2 = r.units.find((u) => u.id === 'd2')!.standings.find((s) => s.level === 'district')!;
    expect(d2.result!.conditions.find((c) => c.id === 'communes')).toMatchObject({ status: 'not-met', failingUnits: ['d2-c2'] });
    expect(condition(r, 'T.2').status).toBe('met');
    // The 4 nested communes: 3 pass the (one-flag) advanced set, 75% ≥ 40%.
    expect(condition(r, 'T.4').status).toBe('met');
    expect(formatMessage(condition(r, 'T.4').reason, 'en')).toBe('3/4 units meet the "Advanced NTM commune" set in force (needs ≥ 40%).');
    expect(r.units.find((u) => u.id === 'd2-c2')!.parent).toBe('d2');
    expect(condition(r, 'T.5').status).toBe('met');
  });

  it('advanced districts: at least 20% (1 of 5 is enough)', () => {
    const units: AggregateUnit[] = ['d1', 'd2', 'd3', 'd4', 'd5'].map((id) => ({
      id,
      kind: 'district',
      input: id === 'd5' ? passing : failing,
    }));
    const r = evaluateAggregate(province321, { year: 2024, units, unitSets: ALL_TEST_UNIT_SETS });
    expect(condition(r, 'T.3').status).toBe('met');
    expect(condition(r, 'T.1')).toMatchObject({ status: 'not-met', failingUnits: ['d1', 'd2', 'd3', 'd4'] });
  });
});
