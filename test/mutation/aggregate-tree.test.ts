// The aggregate's entry points and the unit tree (src/evaluate/aggregate.ts, lines 1–645): the
// error an aggregate throws, how the units, `unitSets` and `unitOverrides` are read, and what each
// problem with them is reported as (code, path, expectation, received value), seen through
// `safeEvaluateAggregate` and `evaluateAggregate`. The sets are the package's or the TEST-ONLY
// one-flag sets of test/fixtures/unit-sets.ts (fixtures, not law); each test makes its own input.
import { describe, expect, it } from 'vitest';
import {
  AggregateEvaluationError,
  type AggregateUnit,
  commune1980,
  commune51,
  type CriteriaSet,
  district320,
  district558,
  evaluateAggregate,
  MAX_UNIT_DEPTH,
  province321,
  province51,
  safeEvaluateAggregate,
} from '../../src/index.js';
import { testSetHeader } from './test-set-header.js';
import { DISTRICT_558_OWN } from '../fixtures/district-558-own.js';
import { ALL_TEST_UNIT_SETS, failing, passing } from '../fixtures/unit-sets.js';

const BASE = { year: 2023, province: 'vinh-phuc' as const, unitSets: ALL_TEST_UNIT_SETS };
/** Each issue as [code, path, expected, received, suggestion]. */
const shapes = (o: {
  issues: readonly { code: string; path: readonly (string | number)[]; expected: string; received: string; suggestion?: string }[];
}) => o.issues.map((i) => [i.code, i.path.join('.'), i.expected, i.received, i.suggestion]);
const district = (units: unknown, extra: object = {}) =>
  safeEvaluateAggregate(district320, { ...BASE, units: units as AggregateUnit[], ...extra });

describe('the units: each problem is reported with its path and expectation', () => {
  it('units that are not an array', () => {
    expect(shapes(district('x'))).toEqual([['invalid-type', 'units', 'an array of units', '"x"', undefined]]);
  });

  it('a unit with a name, kind, inputs and results of the wrong type', () => {
    const outcome = district([{ id: 'a', kind: 5, name: 7, inputs: { comune: passing }, results: 'r' }]);
    expect(shapes(outcome)).toEqual([
      ['invalid-type', 'units.0.name', 'a unit name (text)', '7', undefined],
      ['unknown-unit-kind', 'units.0.kind', 'commune, township, district, town, village', '5', undefined],
      [
        'unknown-key',
        'units.0.inputs.comune',
        'commune, commune-advanced, commune-model, district, district-advanced, town, province, village-model',
        'comune',
        'commune',
      ],
      ['invalid-type', 'units.0.results', 'an object of ready results by level', '"r"', undefined],
    ]);
    // A name that is not text is not shown: the outcome has none.
    expect(outcome.result.units[0]).not.toHaveProperty('name');
  });
});

describe('the unit tree is read in order, each unit once', () => {
  const province = (units: unknown) =>
    safeEvaluateAggregate(province321, { year: 2024, units: units as AggregateUnit[], unitSets: ALL_TEST_UNIT_SETS });

  it('a unit nested in its own sub-unit is one issue, at the repeated place, and is read once', () => {
    const self: { id: string; kind: 'district'; input: typeof passing; units?: unknown[] } = { id: 's', kind: 'district', input: passing };
    self.units = [{ id: 'c', units: [self] }];
    const outcome = province([self]);
    expect(shapes(outcome)).toEqual([
      ['unit-cycle', 'units.0.units.0.units.0', 'a unit that does not contain itself', '"units.0.units.0.units.0"', undefined],
    ]);
    expect(outcome.result.units.map((u) => [u.id, u.kind, u.parent])).toEqual([
      ['s', 'district', undefined],
      ['c', 'commune', 's'],
    ]);
  });

  it('an unreadable unit, an empty id and a repeated id: issues, and the unreadable unit stays, undecided, under its parent', () => {
    const outcome = province([
      {
        id: 'd',
        kind: 'district',
        input: passing,
        units: [new Date(0), { id: '', input: passing }, { id: 'x', input: passing }, { id: 'x', input: failing }],
      },
    ]);
    expect(shapes(outcome)).toEqual([
      ['unreadable', 'units.0.units.0', 'a unit { id, kind?, input?, inputs?, results?, units? }', 'a Date', undefined],
      ['invalid-type', 'units.0.units.1.id', 'a unit id (text)', '""', undefined],
      ['duplicate-unit', 'units.0.units.3', 'a unit id used once', 'x', undefined],
    ]);
    expect(outcome.result.units.map((u) => [u.id, u.kind, u.parent, u.standings.map((s) => s.verdict)])).toEqual([
      ['d', 'district', undefined, ['incomplete', 'met']],
      ['units.0.units.0', 'unknown', 'd', []],
      ['units.0.units.1', 'commune', 'd', ['met', 'met']],
      ['x', 'commune', 'd', ['met', 'met']],
    ]);
    expect(outcome.result.conditions.find((c) => c.id === 'T.1')).toMatchObject({
      status: 'incomplete',
      failingUnits: [],
      undecidedUnits: ['d', 'units.0.units.0'],
    });
  });

  it('a misspelt kind with a suggestion, inputs that cannot be read, results of an unknown level', () => {
    const outcome = district([{ id: 'a', kind: 'commne', inputs: new Map(), results: { comune: 1 } }]);
    expect(shapes(outcome)).toEqual([
      ['unknown-unit-kind', 'units.0.kind', 'commune, township, district, town, village', '"commne"', 'commune'],
      ['unreadable', 'units.0.inputs', 'an object of unit data by level', 'a Map', undefined],
      [
        'unknown-key',
        'units.0.results.comune',
        'commune, commune-advanced, commune-model, district, district-advanced, town, province, village-model',
        'comune',
        'commune',
      ],
    ]);
  });

  it('no unit at all: a success, with the frozen shape of one', () => {
    const outcome = province([]);
    expect(outcome).toMatchObject({ success: true, issues: [] });
    expect(outcome.result.units).toEqual([]);
  });
});

describe(`units nest at most ${MAX_UNIT_DEPTH} levels deep`, () => {
  /** A chain of `n` districts around one commune: `n + 1` levels of units. */
  const chain = (n: number): AggregateUnit => {
    let unit: AggregateUnit = { id: 'leaf' };
    for (let i = 0; i < n; i++) unit = { id: `d${i}`, kind: 'district', units: [unit] };
    return unit;
  };
  const province = (unit: AggregateUnit) => safeEvaluateAggregate(province321, { year: 2024, units: [unit], unitSets: ALL_TEST_UNIT_SETS });

  it(`${MAX_UNIT_DEPTH} levels are read whole, without an issue`, () => {
    const outcome = province(chain(MAX_UNIT_DEPTH - 1));
    expect(outcome.issues).toEqual([]);
    expect(outcome.result.units).toHaveLength(MAX_UNIT_DEPTH);
  });

  it(`the units of level ${MAX_UNIT_DEPTH + 1} are one issue, at the list that holds them, and are not read`, () => {
    const outcome = province(chain(MAX_UNIT_DEPTH));
    const at = [...Array.from({ length: MAX_UNIT_DEPTH }, () => ['units', 0]).flat(), 'units'];
    expect(outcome.issues).toEqual([
      {
        code: 'unit-too-deep',
        path: at,
        expected: `1–${MAX_UNIT_DEPTH}`,
        received: String(MAX_UNIT_DEPTH + 1),
        params: {
          path: `${at.join('.').slice(0, 60)}…`,
          expects: { range: { from: 1, to: MAX_UNIT_DEPTH } },
          received: String(MAX_UNIT_DEPTH + 1),
        },
      },
    ]);
    expect(outcome.result.units.map((u) => u.id)).not.toContain('leaf');
  });

  it('an empty list of units that deep is no issue', () => {
    let unit: AggregateUnit = { id: 'leaf', kind: 'district', units: [] };
    for (let i = 0; i < MAX_UNIT_DEPTH - 1; i++) unit = { id: `d${i}`, kind: 'district', units: [unit] };
    expect(province(unit).issues).toEqual([]);
  });
});

describe('the aggregate input itself', () => {
  it('text is an invalid input, with no units and no tables', () => {
    const outcome = safeEvaluateAggregate(district320, 'junk' as never);
    expect(shapes(outcome)).toEqual([['invalid-input', '', 'an object { values, region?, year?, … }', '"junk"', undefined]]);
    expect(outcome.result.units).toEqual([]);
    expect(outcome.result.tables).toEqual([]);
  });

  it('a Map is an invalid input, read as an empty one (its values missing)', () => {
    const outcome = safeEvaluateAggregate(district320, new Map() as never);
    expect(shapes(outcome)).toEqual([
      ['invalid-type', 'values', 'an object of indicator values keyed by code', 'undefined', undefined],
      ['invalid-input', '', 'an object { values, region?, year?, … }', 'a Map', undefined],
    ]);
  });

  it('an array is an invalid input', () => {
    expect(shapes(safeEvaluateAggregate(district320, [] as never))).toEqual([
      ['invalid-input', '', 'an object { values, region?, year?, … }', 'an array', undefined],
    ]);
  });
});

describe('unitSets and unitOverrides', () => {
  it('unitSets that are not a record', () => {
    expect(shapes(district([], { unitSets: 'x' }))).toEqual([
      ['invalid-type', 'unitSets', 'an object of criteria sets by level', '"x"', undefined],
    ]);
  });

  it('a set under an unknown level is an issue, with the level meant', () => {
    expect(shapes(district([], { unitSets: { comune: ALL_TEST_UNIT_SETS.commune } }))).toEqual([
      [
        'unknown-key',
        'unitSets.comune',
        'commune, commune-advanced, commune-model, district, district-advanced, town, province, village-model',
        'comune',
        'commune',
      ],
    ]);
  });

  it('a level given as undefined is passed over; a set of another level is refused', () => {
    const outcome = district([], { unitSets: { commune: undefined, 'commune-advanced': ALL_TEST_UNIT_SETS.commune } });
    expect(shapes(outcome)).toEqual([['invalid-criteria-set', 'unitSets.commune-advanced', 'commune-advanced', 'commune', undefined]]);
  });

  it('unitOverrides that cannot be read, and a level whose overrides are not a record', () => {
    expect(shapes(district([], { unitOverrides: new Map() }))).toEqual([
      ['unreadable', 'unitOverrides', 'an object of unit data by level', 'a Map', undefined],
    ]);
    expect(shapes(district([], { unitOverrides: { commune: undefined, town: new Date(0) } }))).toEqual([
      ['unreadable', 'unitOverrides.town', 'an object keyed by indicator code', 'a Date', undefined],
    ]);
  });
});

describe('a unit inherits the column and year keys of the unit above it', () => {
  it("a district's year is its communes' year, over the aggregate's", () => {
    const r = safeEvaluateAggregate(
      province321,
      {
        year: 2024,
        units: [{ id: 'd', kind: 'district', input: { ...passing, year: 2022 }, units: [{ id: 'c', input: failing }] }],
        unitSets: ALL_TEST_UNIT_SETS,
      },
      { keep: 'results' },
    ).result;
    expect(r.units.map((u) => [u.id, u.parent, u.standings.map((s) => [s.level, s.result?.year])])).toEqual([
      [
        'd',
        undefined,
        [
          ['district', 2022],
          ['district-advanced', 2022],
        ],
      ],
      [
        'c',
        'd',
        [
          ['commune', 2022],
          ['commune-advanced', 2022],
        ],
      ],
    ]);
  });
});

describe('a unit given data per level passes its keys on too', () => {
  it("a district's year in its inputs is its communes' year", () => {
    const r = safeEvaluateAggregate(
      province321,
      {
        year: 2024,
        units: [{ id: 'd', kind: 'district', inputs: { district: { ...passing, year: 2022 } }, units: [{ id: 'c', input: passing }] }],
        unitSets: ALL_TEST_UNIT_SETS,
      },
      { keep: 'results' },
    ).result;
    expect(r.units.find((u) => u.id === 'c')!.standings.map((s) => s.result?.year)).toEqual([2022, 2022]);
  });

  it('a level given as undefined in its inputs is passed over: the next one gives the keys', () => {
    const r = safeEvaluateAggregate(
      province321,
      {
        year: 2024,
        units: [
          {
            id: 'd',
            kind: 'district',
            inputs: { district: undefined, 'district-advanced': { ...passing, year: 2022 } },
            units: [{ id: 'c', input: passing }],
          },
        ],
        unitSets: ALL_TEST_UNIT_SETS,
      },
      { keep: 'results' },
    ).result;
    expect(r.units.find((u) => u.id === 'c')!.standings.map((s) => s.result?.year)).toEqual([2022]); // its advanced standing (the district's commune share is not judged without district data)
  });
});

describe('each of region, province and group is inherited', () => {
  const { province: _province, ...own558 } = DISTRICT_558_OWN;
  const columnOf = (outcome: ReturnType<typeof safeEvaluateAggregate>) => outcome.result.units[0]!.standings[0]!.result!.column.column;
  const in558 = (extra: object) =>
    safeEvaluateAggregate(
      district558,
      { ...own558, ...extra, units: [{ id: 'c', inputs: { commune: { values: { '10': 52 } } } }], unitSets: { commune: commune1980 } },
      { keep: 'results' },
    );
  const in51 = (extra: object) =>
    safeEvaluateAggregate(
      province51,
      {
        province: 'ha-noi',
        year: 2026,
        ...extra,
        units: [{ id: 'c', inputs: { commune: { values: {} } } }],
        unitSets: { commune: commune51 },
      },
      { keep: 'results' },
    );

  it("the aggregate's province gives its communes their region's column", () => {
    expect(columnOf(in558({ province: 'vinh-phuc' }))).toBe('red-river-delta');
  });

  it("the aggregate's region is its communes' region", () => {
    expect(columnOf(in558({ region: 'northern-midlands-mountains' }))).toBe('northern-midlands-mountains');
  });

  it('with neither, the commune has no column', () => {
    const outcome = in558({});
    expect(columnOf(outcome)).toBeNull();
    expect(shapes(outcome).map(([code, path]) => [code, path])).toEqual([['missing-column', 'units.0.inputs.commune.region']]);
  });

  it("the aggregate's group is its communes' group", () => {
    expect(columnOf(in51({ group: 'group-1' }))).toBe('group-1');
    expect(columnOf(in51({ group: 'group-2' }))).toBe('group-2');
  });
});

describe('a set whose evaluation throws (a relative target whose factor is a flag: nonsense no schema refuses)', () => {
  /** TEST-ONLY (fixture, not law): a set of `level` whose one target is twice… `true` times a reference. */
  const nonsense = (level: string, conditions: readonly object[] = []) =>
    ({
      ...testSetHeader(`test-nonsense-${level}`),
      level,
      columns: 'single',
      criteria: [
        {
          id: '1',
          number: 1,
          name: { vi: 'Tiêu chí 1', en: 'Criterion 1' },
          status: 'verified',
          sources: [],
          indicators: [
            {
              code: 'rel',
              text: { vi: 'Chỉ tiêu tương đối', en: 'Relative indicator' },
              textStatus: 'verified',
              measure: 'amount',
              targets: { all: { status: 'verified', sources: [], value: true, op: '<=', relativeTo: 'base' } },
            },
          ],
        },
      ],
      conditions,
      references: { base: { kind: 'number', text: { vi: 'Mức cơ sở', en: 'Base value' } } },
      sources: {},
    }) as unknown as CriteriaSet;
  const relData = { values: { rel: 5 }, references: { base: 10 } };

  it("the aggregate's own data: one unreadable issue at the input, the data read as empty", () => {
    const outcome = safeEvaluateAggregate(nonsense('district'), { year: 2024, ...relData, units: [] });
    expect(shapes(outcome)).toEqual([['unreadable', '', 'a plain value that can be read', 'a throwing getter or Proxy', undefined]]);
  });

  it('a unit with sub-units judged under such a set without shares: the issue names the unit and the set', () => {
    const notCheckable = {
      id: 'nc',
      text: { vi: 'Khác', en: 'Other' },
      purpose: 'recognition',
      status: 'not-found',
      sources: [],
      check: { kind: 'not-checkable' },
    };
    const outcome = safeEvaluateAggregate(province321, {
      year: 2024,
      units: [
        {
          id: 'd',
          kind: 'district',
          inputs: { district: passing, 'district-advanced': relData },
          units: [{ id: 'c', input: passing }],
        },
      ],
      unitSets: { ...ALL_TEST_UNIT_SETS, 'district-advanced': nonsense('district-advanced', [notCheckable]) },
    });
    expect(outcome.issues).toMatchObject([
      {
        code: 'unreadable',
        path: ['units', 0, 'inputs', 'district-advanced'],
        params: { within: { unit: 'd', set: 'test-nonsense-district-advanced' } },
      },
    ]);
  });
});

describe('evaluateAggregate throws every problem at once', () => {
  const thrown = (input: object): AggregateEvaluationError => {
    try {
      evaluateAggregate(district320, { ...BASE, units: [], ...input } as never);
    } catch (e) {
      return e as AggregateEvaluationError;
    }
    throw new Error('did not throw');
  };

  it('returns the result when there is none', () => {
    expect(evaluateAggregate(district320, { ...BASE, units: [{ id: 'a', input: passing }] }).units).toHaveLength(1);
  });

  it("a table's problem alone: one issue, in the message", () => {
    const e = thrown({ tables: 'x' });
    expect(e).toBeInstanceOf(AggregateEvaluationError);
    expect(e.name).toBe('EvaluationError');
    expect(e.issues).toEqual([]);
    expect(e.tableIssues).toHaveLength(1);
    expect(e.message).toBe(
      'Invalid evaluation input (1 issue):\n- invalid-table at tables: expected an array of criteria tables, received "x"',
    );
  });

  it("the tables' problems first, then the input's, one a line", () => {
    const e = thrown({ tables: 'x', units: 'y' });
    expect(e.message).toBe(
      'Invalid evaluation input (2 issues):\n' +
        '- invalid-table at tables: expected an array of criteria tables, received "x"\n' +
        '- invalid-type at units: expected an array of units, received "y"',
    );
    expect(e.result.units).toEqual([]);
    expect(e.result.tables).toEqual([]);
  });

  it('an issue about the whole input is said to be at "(input)"', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(thrown({ tables: 'x', values: proxy }).message).toBe(
      'Invalid evaluation input (2 issues):\n' +
        '- invalid-table at tables: expected an array of criteria tables, received "x"\n' +
        '- unreadable at (input): expected a plain value that can be read, received a throwing getter or Proxy',
    );
  });

  it("without a table's problem, the message is the evaluation's", () => {
    expect(thrown({ units: 'y' }).message).toBe(
      'Invalid evaluation input (1 issue):\n- invalid-type at units: expected an array of units, received "y"',
    );
  });
});
