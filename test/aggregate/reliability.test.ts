// Issue 14: the promises safeEvaluateAggregate keeps whatever the unit tree is. Each test is
// named after the promise; each would fail on the aggregate of before (it threw, dropped or
// double-counted a unit, or raised spurious issues).
import { describe, expect, it } from 'vitest';
import {
  commune318,
  communeAdvanced318,
  district320,
  evaluate,
  formatMessage,
  MAX_UNIT_DEPTH,
  province321,
  safeEvaluateAggregate,
  type AggregateUnit,
  type CriteriaSet,
  type EvaluationInput,
  type EvaluationResult,
} from '../../src/index.js';
import { ALL_TEST_UNIT_SETS, failing, passing, testCommune, testCommuneAdvanced } from '../fixtures/unit-sets.js';

const share = (r: EvaluationResult, id: string) => r.conditions.find((c) => c.id === id)!;
const codes = (o: { issues: readonly { code: string }[] }) => o.issues.map((i) => i.code);
const BASE = { year: 2023, province: 'vinh-phuc' as const, unitSets: ALL_TEST_UNIT_SETS };

/** A well-formed value for every indicator of a set (test data, not a real commune). */
function fullData(set: CriteriaSet, extra: Partial<EvaluationInput> = {}): EvaluationInput {
  const values: Record<string, number | boolean> = {};
  for (const criterion of set.criteria) {
    for (const indicator of criterion.indicators) {
      // Only indicators of the Red River Delta column (5a exists elsewhere only).
      if (indicator.columns && !indicator.columns.some((c) => c === 'all' || c === 'red-river-delta')) continue;
      values[indicator.code] =
        indicator.measure === 'flag' ? true : indicator.measure === 'percent' ? 100 : indicator.measure === 'count' ? 1 : 100;
    }
  }
  return { values, ...extra };
}

describe('sets passed in are checked for structure, never trusted', () => {
  it('a small JSON object that merely looks like a set is an issue, and the units of its level are undecided', () => {
    const fake = JSON.parse('{"id": "x", "level": "commune", "criteria": [{}], "conditions": []}');
    const outcome = safeEvaluateAggregate(district320, { ...BASE, units: [{ id: 'a', input: passing }], unitSets: { commune: fake } });
    expect(codes(outcome)).toContain('invalid-criteria-set');
    expect(outcome.issues.find((i) => i.code === 'invalid-criteria-set')!.path).toEqual(['unitSets', 'commune']);
    expect(share(outcome.result, 'q320.allCommunesNTM')).toMatchObject({ status: 'incomplete', undecidedUnits: ['a'] });
  });

  it('a set given for another level than its own is an issue and not used', () => {
    const outcome = safeEvaluateAggregate(district320, {
      ...BASE,
      units: [{ id: 'a', input: passing }],
      unitSets: { commune: testCommuneAdvanced },
    });
    expect(outcome.issues[0]).toMatchObject({ code: 'invalid-criteria-set', received: 'commune-advanced' });
  });

  it('a set whose fields throw when read is an issue, not a throw', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    const outcome = safeEvaluateAggregate(district320, { ...BASE, units: [], unitSets: { commune: hostile as never } });
    expect(codes(outcome)).toContain('invalid-criteria-set');
  });
});

describe('any unit tree is walked in bounded time and stack', () => {
  it(`a tree thousands of levels deep is an issue past ${MAX_UNIT_DEPTH} levels, not a stack overflow`, () => {
    let unit: AggregateUnit = { id: 'leaf' };
    for (let i = 0; i < 5000; i++) unit = { id: `d${i}`, kind: 'district', units: [unit] };
    const outcome = safeEvaluateAggregate(province321, { year: 2024, units: [unit], unitSets: ALL_TEST_UNIT_SETS });
    expect(codes(outcome)).toContain('unit-too-deep');
    expect(outcome.issues.filter((i) => i.code === 'unit-too-deep')).toHaveLength(1);
  });

  it('a unit that contains itself is an issue, read once', () => {
    const self: { id: string; kind: 'district'; input: typeof passing; units?: unknown[] } = { id: 's', kind: 'district', input: passing };
    self.units = [self];
    const outcome = safeEvaluateAggregate(province321, { year: 2024, units: [self as AggregateUnit], unitSets: ALL_TEST_UNIT_SETS });
    expect(outcome.issues.find((i) => i.code === 'unit-cycle')!.path).toEqual(['units', 0, 'units', 0]);
    expect(outcome.result.units.filter((u) => u.id === 's')).toHaveLength(1);
  });
});

describe('every unit counts exactly once', () => {
  it('a misspelt kind is an issue and the unit undecided, never a vanished unit that lets "100% of communes" pass', () => {
    const outcome = safeEvaluateAggregate(district320, {
      ...BASE,
      units: [
        { id: 'a', input: passing },
        { id: 'b', kind: 'comune' as never, input: failing },
      ],
    });
    const kindIssue = outcome.issues.find((i) => i.code === 'unknown-unit-kind')!;
    expect(kindIssue).toMatchObject({ path: ['units', 1, 'kind'], suggestion: 'commune' });
    expect(share(outcome.result, 'q320.allCommunesNTM')).toMatchObject({ status: 'incomplete', undecidedUnits: ['b'] });
    expect(outcome.result.units.find((u) => u.id === 'b')!.kind).toBe('unknown');
  });

  it('a unit listed twice is an issue and counted once (1 advanced of 10 meets 10%, not 2 of 11)', () => {
    const units: AggregateUnit[] = Array.from({ length: 10 }, (_, i) => ({
      id: `c${i}`,
      inputs: { commune: passing, 'commune-advanced': i === 0 ? passing : failing },
    }));
    units.push(units[0]!);
    const outcome = safeEvaluateAggregate(district320, { ...BASE, units });
    expect(outcome.issues.find((i) => i.code === 'duplicate-unit')).toMatchObject({ path: ['units', 10], received: 'c0' });
    expect(formatMessage(share(outcome.result, 'q320.advancedShare').reason, 'en')).toBe(
      '1/10 units meet the "Advanced NTM commune" set in force (needs ≥ 10%).',
    );
  });

  it('a unit without a readable id is an issue and still counted (undecided), by its path', () => {
    const outcome = safeEvaluateAggregate(district320, { ...BASE, units: [{ input: passing } as never, { id: 'b', input: passing }] });
    expect(codes(outcome)).toContain('invalid-type');
    expect(share(outcome.result, 'q320.allCommunesNTM').status).toBe('met'); // the unit is read, named units.0
    expect(outcome.result.units.map((u) => u.id)).toEqual(['units.0', 'b']);
  });
});

describe('hostile JavaScript values in units are issues, not throws', () => {
  const throwing = () => {
    throw new Error('getter');
  };
  it.each<[string, unknown]>([
    ['a getter that throws on a unit field', Object.defineProperty({ id: 'a' }, 'input', { enumerable: true, get: throwing })],
    ['a proxy unit whose traps throw', new Proxy({ id: 'a' }, { ownKeys: throwing, get: throwing, getOwnPropertyDescriptor: throwing })],
    [
      'a revoked proxy',
      (() => {
        const p = Proxy.revocable({}, {});
        p.revoke();
        return p.proxy;
      })(),
    ],
    ['a Map as a unit', new Map([['id', 'a']])],
    ['a Date as a unit', new Date(0)],
    [
      'a class instance as a unit',
      new (class Unit {
        id = 'a';
      })(),
    ],
    ['a proxy deep in a unit input', { id: 'a', input: { values: new Proxy({}, { ownKeys: throwing }) } }],
    ['a getter inside inputs by level', { id: 'a', inputs: Object.defineProperty({}, 'commune', { enumerable: true, get: throwing }) }],
  ])('%s', (_what, unit) => {
    const outcome = safeEvaluateAggregate(district320, { ...BASE, units: [unit as AggregateUnit] });
    expect(outcome.success).toBe(false);
    expect(outcome.result.status).not.toBe('met');
    for (const i of outcome.issues) expect(formatMessage(i, 'vi').length).toBeGreaterThan(0);
  });

  it('a proxy as the whole aggregate input is an issue, not a throw', () => {
    const outcome = safeEvaluateAggregate(district320, new Proxy({}, { ownKeys: throwing }) as never);
    expect(codes(outcome)).toContain('unreadable');
  });
});

describe('units carry data per level', () => {
  const sets = { commune: commune318, 'commune-advanced': communeAdvanced318 };
  const commune = fullData(commune318);
  const advanced = fullData(communeAdvanced318);

  it('a real 2021–2025 district with commune and advanced data per level runs with zero spurious issues', () => {
    const units: AggregateUnit[] = Array.from({ length: 12 }, (_, i) => ({
      id: `c${i}`,
      inputs: { commune, 'commune-advanced': advanced },
    }));
    const outcome = safeEvaluateAggregate(district320, { year: 2023, province: 'vinh-phuc', units, unitSets: sets });
    expect(outcome.issues).toEqual([]);
    const standings = outcome.result.units[0]!.standings;
    expect(standings.map((s) => [s.level, s.setId, s.basis])).toEqual([
      ['commune', commune318.id, 'evaluated'],
      ['commune-advanced', communeAdvanced318.id, 'evaluated'],
    ]);
  });

  it('the one-record input is used only for the level whose set it fits, so shared codes raise nothing', () => {
    const units: AggregateUnit[] = [{ id: 'c1', input: commune }];
    const outcome = safeEvaluateAggregate(district320, { year: 2023, province: 'vinh-phuc', units, unitSets: sets });
    expect(outcome.issues).toEqual([]);
    expect(outcome.result.units[0]!.standings.map((s) => [s.level, s.basis])).toEqual([
      ['commune', 'evaluated'],
      ['commune-advanced', 'no-data'],
    ]);
  });

  it('a ready advanced result is used even when the unit has an input', () => {
    const ready = evaluate(testCommuneAdvanced, passing);
    const outcome = safeEvaluateAggregate(district320, {
      ...BASE,
      units: [{ id: 'c1', input: passing, results: { 'commune-advanced': ready } }],
    });
    expect(outcome.result.units[0]!.standings.map((s) => [s.level, s.basis])).toEqual([
      ['commune', 'evaluated'],
      ['commune-advanced', 'given'],
    ]);
  });

  it('an input that fits no level is judged at the first level only, so its problems are reported once', () => {
    const outcome = safeEvaluateAggregate(district320, { ...BASE, units: [{ id: 'c1', input: { values: { nope: 1 } } }] });
    expect(outcome.issues.filter((i) => i.code === 'unknown-indicator')).toHaveLength(1);
  });

  it('every unit issue names the unit and the set', () => {
    const outcome = safeEvaluateAggregate(district320, {
      ...BASE,
      units: [{ id: 'c1', name: 'Hồ Sơn', inputs: { commune: { values: { ok: 5 } } } }],
    });
    const found = outcome.result.issues.find((i) => i.code === 'invalid-type')!;
    expect(found.path).toEqual(['units', 0, 'inputs', 'commune', 'values', 'ok']);
    expect(found.params.within).toEqual({ unit: 'Hồ Sơn', set: testCommune.id });
    expect(formatMessage(found, 'vi').startsWith(`Hồ Sơn (${testCommune.id}): `)).toBe(true);
    expect(formatMessage(found, 'en').startsWith(`Hồ Sơn (${testCommune.id}): `)).toBe(true);
  });
});

describe('an aggregate keeps verdicts, and full unit results only on request', () => {
  const units = (n: number): AggregateUnit[] => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, input: i % 2 ? failing : passing }));

  it('by default no unit result is kept, only verdicts and counts', () => {
    const r = safeEvaluateAggregate(district320, { ...BASE, units: units(4) }).result;
    for (const u of r.units)
      for (const s of u.standings) {
        expect(s.result).toBeUndefined();
        expect(typeof s.metCount).toBe('number');
      }
  });

  it("keep: 'failing' keeps the full result of every standing not met (what a gap plan needs)", () => {
    const r = safeEvaluateAggregate(district320, { ...BASE, units: units(4) }, { keep: 'failing' }).result;
    for (const u of r.units) for (const s of u.standings) expect(s.result !== undefined).toBe(s.verdict !== 'met');
  });

  it("keep: 'results' keeps every full result", () => {
    const r = safeEvaluateAggregate(district320, { ...BASE, units: units(4) }, { keep: 'results' }).result;
    for (const u of r.units) for (const s of u.standings) expect(s.result?.setId).toBe(s.setId);
  });

  it("a commune nested in a district is judged once, in its district's column, however many shares count it", () => {
    const district: AggregateUnit = {
      id: 'd1',
      kind: 'district',
      input: { region: 'northern-midlands-mountains', ...passing },
      units: [{ id: 'c1', input: passing }],
    };
    const r = safeEvaluateAggregate(
      province321,
      { year: 2024, region: 'red-river-delta', units: [district], unitSets: ALL_TEST_UNIT_SETS },
      { keep: 'results' },
    ).result;
    const c1 = r.units.find((u) => u.id === 'c1')!;
    expect(c1.standings.find((s) => s.level === 'commune')!.result!.column.column).toBe('all'); // single-column test set
    expect(c1.parent).toBe('d1');
    expect(c1.standings.map((s) => s.level)).toEqual(['commune', 'commune-advanced']);
  });
});
