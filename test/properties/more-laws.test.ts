// More laws of the engine, each named after the promise it checks: overrides that tighten,
// the province's column, empty patches, aggregates that improve, report bins, and the
// `at-least` criterion rule. Generated inputs come from the shared arbitraries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amendCriteriaSet,
  columnFor,
  criteriaBands,
  defineCriteriaSet,
  evaluate,
  evaluateAggregate,
  listCriteriaSets,
  PROVINCE_IDS,
  regionOfProvince,
  safeEvaluate,
  summariseResults,
  type CriteriaSet,
  type EvaluationResult,
  type IndicatorResult,
} from '../../src/index.js';
import { failing, passing, testCommune, testDistrict } from '../fixtures/unit-sets.js';
import { inputArb, RANK, RUNS, verdicts } from './arbitraries.js';

const sets = listCriteriaSets();
/** Overrides applied per set by the tightening law, so the law is shown not to be vacuous. */
const exercised = new Map<string, number>();
const indicatorResults = (r: EvaluationResult): readonly IndicatorResult[] => r.criteria.flatMap((c) => c.indicators);

/** A target as strict as (`step` 0) or stricter than (`step` > 0) the one used, or null when none can be. */
function tighter(r: IndicatorResult, step: number): number | null {
  if (typeof r.target !== 'number' || r.relative || r.override || r.targetStatus !== 'verified') return null;
  if (r.comparison === '>=') {
    const value = r.target + step;
    return r.measure === 'percent' && value > 100 ? null : value;
  }
  if (r.comparison === '<=') return r.target - step >= 0 ? r.target - step : null;
  return null;
}

/** Overrides on every verified numeric target the first evaluation used, `step` stricter. */
function overridesFrom(before: EvaluationResult, step: number) {
  const out: Record<string, { value: number; op: '>=' | '<='; by: string }> = {};
  for (const r of indicatorResults(before)) {
    const value = tighter(r, step);
    if (value !== null) out[r.code] = { value, op: r.comparison as '>=' | '<=', by: 'Law test (not a legal value)' };
  }
  return out;
}

for (const set of sets) {
  const numeric = set.criteria.some((c) => c.indicators.some((i) => i.measure !== 'flag'));
  describe.skipIf(!numeric)(`override laws of ${set.id}`, () => {
    it('a stricter override never turns a verdict better (not-met never becomes met)', () => {
      let tightened = 0;
      fc.assert(
        fc.property(inputArb(set), fc.integer({ min: 1, max: 30 }), (input, step) => {
          const before = safeEvaluate(set, input).result;
          const overrides = overridesFrom(before, step);
          const after = safeEvaluate(set, { ...input, overrides: { ...overrides } });
          expect(after.issues.filter((i) => i.code === 'override-less-strict')).toEqual([]);
          tightened += after.result.overrides.length;
          const a = verdicts(before);
          for (const [key, verdict] of verdicts(after.result)) {
            expect(RANK[verdict]!, `${key}: ${a.get(key)} → ${verdict}`).toBeLessThanOrEqual(RANK[a.get(key)!]!);
          }
        }),
        RUNS(800, sets.length),
      );
      exercised.set(set.id, tightened);
    });

    it('an override equal to the national target is accepted and changes no verdict', () => {
      fc.assert(
        fc.property(inputArb(set), (input) => {
          const before = safeEvaluate(set, input).result;
          const overrides = overridesFrom(before, 0);
          const after = safeEvaluate(set, { ...input, overrides });
          expect(after.issues.filter((i) => i.code.startsWith('override') || i.code === 'invalid-override')).toEqual([]);
          expect(after.result.overrides.map((o) => o.code).sort()).toEqual(Object.keys(overrides).sort());
          expect([...verdicts(after.result)]).toEqual([...verdicts(before)]);
        }),
        RUNS(400, sets.length),
      );
    });
  });
}

describe('the override laws were exercised', () => {
  it('tightened targets on most sets that have a numeric verified target', () => {
    const used = [...exercised.values()].filter((n) => n > 0).length;
    expect(used).toBeGreaterThanOrEqual(Math.ceil(exercised.size / 2));
  });
});

describe('the province gives the same column as its explicit region', () => {
  for (const set of sets.filter((s) => s.columns === 'regions')) {
    // Assessed in the year the set took effect, when the 63 provinces of before 2025 were in force.
    const year = set.years?.from ?? Number((set.period.from ?? '2021').slice(0, 4));
    it(`${set.id}: every province's default column is its region's (assessed in ${year})`, () => {
      for (const province of PROVINCE_IDS) {
        const region = regionOfProvince(province);
        expect(columnFor(set, { province, year }).column, province).toBe(columnFor(set, { region, year }).column);
      }
    });
  }
});

describe('an empty patch returns the base', () => {
  for (const base of sets) {
    it(`${base.id}: the same criteria, conditions and sources, and the same verdicts`, () => {
      const amended = amendCriteriaSet(base, {
        id: `${base.id}+empty`,
        version: `${base.version} + empty`,
        amendment: { document: '0/TEST', role: 'amendment', title: { vi: 'Thử', en: 'Test' }, signed: null, inForce: null },
        period: base.period,
      });
      expect(amended.criteria).toEqual(base.criteria);
      expect(amended.conditions).toEqual(base.conditions);
      expect(amended.columnRules).toEqual(base.columnRules);
      expect(amended.sources).toEqual(base.sources);
      fc.assert(
        fc.property(inputArb(base), (input) => {
          const a = safeEvaluate(base, input).result;
          const b = safeEvaluate(amended as CriteriaSet, input).result;
          expect([...verdicts(b)]).toEqual([...verdicts(a)]);
        }),
        { numRuns: 20 },
      );
    });
  }
});

describe('a commune improving never lowers its district verdict', () => {
  it('turning any failing commune into a passing one never makes the district worse', () => {
    const unit = fc.constantFrom<'pass' | 'fail' | 'none'>('pass', 'fail', 'none');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 12 }), fc.nat(), (kinds, pick) => {
        const units = (ks: readonly string[]) =>
          ks.map((k, i) => ({ id: `c${i}`, ...(k === 'none' ? {} : { input: k === 'pass' ? passing : failing }) }));
        const district = (ks: readonly string[]) =>
          evaluateAggregate(testDistrict, { values: { ok: true }, units: units(ks), unitSets: { commune: testCommune } });
        const before = district(kinds);
        const improved = [...kinds];
        const i = pick % kinds.length;
        improved[i] = improved[i] === 'fail' ? (pick % 2 ? 'none' : 'pass') : 'pass';
        const after = district(improved);
        for (const key of ['status', 'recognition'] as const) {
          expect(RANK[after[key]]!, key).toBeGreaterThanOrEqual(RANK[before[key]]!);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the officials' report bins sum to the number of units", () => {
  it('for any rows, every unit falls in exactly one band', () => {
    const row = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      district: fc.constantFrom('A', 'B', 'C'),
      metCount: fc.integer({ min: 0, max: 19 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (rows) => {
        const report = summariseResults(
          rows.map((r, i) => ({
            id: `${r.id}-${i}`,
            district: r.district,
            result: { metCount: r.metCount, total: 19, meetsAllCriteria: r.metCount === 19, recognisable: false },
          })),
          { criteriaCount: 19 },
        );
        expect(report.bins.reduce((sum, b) => sum + b.count, 0)).toBe(rows.length);
        expect(report.units).toBe(rows.length);
        for (const d of report.byDistrict) expect(d.bins.reduce((sum, b) => sum + b.count, 0)).toBe(d.units);
      }),
      { numRuns: 300 },
    );
    expect(criteriaBands(19).map((b) => [b.min, b.max])).toEqual([
      [19, 19],
      [15, 18],
      [10, 14],
      [5, 9],
      [0, 4],
    ]);
  });
});

/** Test data, not law: one criterion met when at least 2 of its 3 flags are achieved. */
const atLeastSet = defineCriteriaSet({
  id: 'test-at-least',
  family: 'test-at-least',
  version: 'test',
  level: 'commune',
  title: { vi: 'Bộ thử quy tắc tối thiểu', en: 'Test set for the at-least rule' },
  period: { from: '2022-01-01', to: '2025-12-31' },
  legalBasis: [{ document: '0/TEST', role: 'base', title: { vi: 'Thử', en: 'Test' }, signed: null, inForce: null }],
  columns: 'single',
  columnRules: [],
  criteria: [
    {
      id: '1',
      number: 1,
      name: { vi: 'Hai trong ba', en: 'Two of three' },
      status: 'verified',
      sources: [],
      rule: { kind: 'at-least', count: 2 },
      indicators: ['a', 'b', 'c'].map((code) => ({
        code,
        text: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` },
        textStatus: 'verified' as const,
        measure: 'flag' as const,
        targets: { all: { status: 'verified' as const, value: true, op: '=' as const, sources: [] } },
      })),
    },
  ],
  conditions: [],
  sources: {},
});

describe('the at-least criterion rule', () => {
  const status = (values: Record<string, boolean>) => evaluate(atLeastSet, { values }).criteria[0]!.status;
  it('is met once the count is met, whatever the others', () => {
    expect(status({ a: true, b: true })).toBe('met');
    expect(status({ a: true, b: true, c: false })).toBe('met');
  });
  it('is not met only when even the undecided indicators could not reach the count', () => {
    expect(status({ a: false, b: false })).toBe('not-met');
    expect(status({ a: true, b: false, c: false })).toBe('not-met');
  });
  it('is incomplete while the undecided indicators could still reach the count', () => {
    expect(status({ a: true, b: false })).toBe('incomplete');
    expect(status({ a: false })).toBe('incomplete');
  });
});
