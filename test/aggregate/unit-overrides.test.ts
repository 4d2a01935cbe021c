// Overrides given once for every unit of a level (issue 15, point 5). The override values and
// "by" here are TEST DATA (a made-up provincial target), not the law of Vĩnh Phúc or of any province.
import { describe, expect, it } from 'vitest';
import {
  commune1980,
  district558,
  formatMessage,
  province321,
  safeEvaluateAggregate,
  type AggregateUnit,
  type TargetOverride,
} from '../../src/index.js';
import { ALL_TEST_UNIT_SETS, passing } from '../fixtures/unit-sets.js';
import { DISTRICT_558_OWN } from '../fixtures/district-558-own.js';

const OWN = { ...DISTRICT_558_OWN, unitSets: { commune: commune1980 } };
const BY = 'UBND tỉnh (TEST-ONLY, không phải văn bản thật)';
const stricter: TargetOverride = { value: 55, by: BY };
const looser: TargetOverride = { value: 45, by: BY };

/** Communes with income 52 million (the verified Red River Delta target for 2020 is 50). */
const communes = (n: number, overrides?: Record<string, TargetOverride>): AggregateUnit[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${i + 1}`,
    inputs: { commune: { values: { '10': 52 }, ...(overrides ? { overrides } : {}) } },
  }));

const income = (outcome: ReturnType<typeof safeEvaluateAggregate>, unit: number) =>
  outcome.result.units[unit]!.standings[0]!.result!.criteria.flatMap((c) => c.indicators).find((i) => i.code === '10')!;

describe('unitOverrides: overrides given once for every unit of a level', () => {
  it('a stricter target applies to every commune and is recorded in each result', () => {
    const outcome = safeEvaluateAggregate(
      district558,
      { ...OWN, units: communes(3), unitOverrides: { commune: { '10': stricter } } },
      { keep: 'results' },
    );
    expect(outcome.issues).toEqual([]);
    for (const unit of [0, 1, 2]) {
      expect(income(outcome, unit)).toMatchObject({
        status: 'not-met',
        target: 55,
        targetStatus: 'override',
        override: { code: '10', value: 55, by: BY, replaced: 50 },
      });
      expect(outcome.result.units[unit]!.standings[0]!.result!.overrides).toEqual([{ code: '10', value: 55, by: BY, replaced: 50 }]);
    }
  });

  it('gives the same results as the same override repeated in every unit', () => {
    const once = safeEvaluateAggregate(
      district558,
      { ...OWN, units: communes(3), unitOverrides: { commune: { '10': stricter } } },
      { keep: 'results' },
    );
    const each = safeEvaluateAggregate(district558, { ...OWN, units: communes(3, { '10': stricter }) }, { keep: 'results' });
    expect(once.result.units).toEqual(each.result.units);
    expect(once.result.conditions).toEqual(each.result.conditions);
  });

  it('a unit’s own override of the same code wins', () => {
    const units = [
      ...communes(1),
      { id: 'own', inputs: { commune: { values: { '10': 52 }, overrides: { '10': { value: 51, by: 'UBND xã (TEST-ONLY)' } } } } },
    ];
    const outcome = safeEvaluateAggregate(
      district558,
      { ...OWN, units, unitOverrides: { commune: { '10': stricter } } },
      { keep: 'results' },
    );
    expect(outcome.issues).toEqual([]);
    expect(income(outcome, 0)).toMatchObject({ status: 'not-met', target: 55 });
    expect(income(outcome, 1)).toMatchObject({ status: 'met', target: 51, override: { by: 'UBND xã (TEST-ONLY)' } });
  });

  it('a looser override of a verified target is refused once, not once per unit, and the national target stands', () => {
    const once = safeEvaluateAggregate(
      district558,
      { ...OWN, units: communes(3), unitOverrides: { commune: { '10': looser } } },
      { keep: 'results' },
    );
    expect(once.issues).toMatchObject([{ code: 'override-less-strict', path: ['unitOverrides', 'commune', '10'], received: '>= 45' }]);
    expect(formatMessage(once.issues[0]!, 'en')).toBe(
      'The caller-supplied target at unitOverrides.commune.10 (>= 45) is less strict than the verified national target (≥ 50); the national target is kept.',
    );
    for (const unit of [0, 1, 2]) expect(income(once, unit)).toMatchObject({ status: 'met', target: 50, targetStatus: 'verified' });
    expect(once.result.units[0]!.standings[0]!.result!.overrides).toEqual([]);
    // The same override in every unit's own input: one issue per unit, under each unit's path.
    const each = safeEvaluateAggregate(district558, { ...OWN, units: communes(3, { '10': looser }) });
    expect(each.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['override-less-strict', 'units.0.inputs.commune.overrides.10'],
      ['override-less-strict', 'units.1.inputs.commune.overrides.10'],
      ['override-less-strict', 'units.2.inputs.commune.overrides.10'],
    ]);
  });

  it('a malformed or unknown override, and an unknown level, are reported once at unitOverrides', () => {
    const outcome = safeEvaluateAggregate(district558, {
      ...OWN,
      units: communes(3),
      unitOverrides: { commune: { '99': stricter, '17.1a': { value: 99 } as never }, comune: {} } as never,
    });
    expect(outcome.issues.map((i) => [i.code, i.path.join('.')]).sort()).toEqual([
      ['invalid-override', 'unitOverrides.commune.17.1a.by'],
      ['unknown-indicator', 'unitOverrides.commune.99'],
      ['unknown-key', 'unitOverrides.comune'],
    ]);
    expect(outcome.issues.find((i) => i.code === 'unknown-key')).toMatchObject({ suggestion: 'commune' });
    const notRecord = safeEvaluateAggregate(district558, { ...OWN, units: communes(1), unitOverrides: { commune: 'strict' } as never });
    expect(notRecord.issues).toMatchObject([{ code: 'invalid-type', path: ['unitOverrides', 'commune'] }]);
  });
});

describe('unitOverrides in a province: the communes nested in its districts get them too', () => {
  const district = (id: string, n: number): AggregateUnit => ({
    id,
    kind: 'district',
    input: passing,
    units: Array.from({ length: n }, (_, i) => ({ id: `${id}-c${i + 1}`, input: passing })),
  });
  const input = {
    year: 2024,
    facts: { provincialSchemeApproved: true },
    units: [district('d1', 2), district('d2', 2)],
    unitSets: ALL_TEST_UNIT_SETS,
  };

  it('applies to every nested commune, and each records it', () => {
    const r = safeEvaluateAggregate(
      province321,
      { ...input, unitOverrides: { commune: { ok: { value: true, by: BY } } } },
      { keep: 'results' },
    );
    expect(r.issues).toEqual([]);
    const communeResults = r.result.units
      .filter((u) => u.kind === 'commune')
      .map((u) => u.standings.find((s) => s.level === 'commune')!.result!);
    expect(communeResults).toHaveLength(4);
    for (const result of communeResults) expect(result.overrides).toEqual([{ code: 'ok', value: true, by: BY, replaced: true }]);
    // Only the level named: the advanced-commune results have no override.
    const advanced = r.result.units
      .filter((u) => u.kind === 'commune')
      .map((u) => u.standings.find((s) => s.level === 'commune-advanced')!.result!);
    for (const result of advanced) expect(result.overrides).toEqual([]);
  });

  it('a refused override is reported once for the four communes', () => {
    const r = safeEvaluateAggregate(province321, { ...input, unitOverrides: { commune: { ok: { value: true, op: '>=', by: BY } } } });
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['override-comparison-differs', 'unitOverrides.commune.ok.op']]);
  });
});
