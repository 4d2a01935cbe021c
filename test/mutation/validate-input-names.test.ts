// The validator's second half (src/evaluate/validate-input.ts, from line 351): the fields of an
// override, the region hint, facts and references, and every top-level field of an input, each
// issue checked whole (code, path, expected, received, suggestion, params). Every set is given
// as a fresh object. The sets built here are TEST-ONLY: fixtures, not law.
import { freshSet as fresh, testSetHeader } from './test-set-header.js';
import { describe, expect, it } from 'vitest';
import { type CriteriaSet, getCriteriaSet, type Indicator, type InputIssue, safeEvaluate } from '../../src/index.js';
import { validateInput } from '../../src/evaluate/validate-input.js';
import { demoSet, passingInput, valuesElsewhere } from '../fixtures/demo-set.js';
import { indicator } from '../evaluate/helpers.js';

const run = (input: unknown, set: CriteriaSet = demoSet) => safeEvaluate(fresh(set), input);
const issuesOf = (input: unknown, set: CriteriaSet = demoSet) => run(input, set).issues;
const demo = (extra: object) => ({ ...passingInput, ...extra });
const groups = getCriteriaSet('commune-2026-2030');
const commune = getCriteriaSet('commune-2021-2025');
const REGION_LIST = [
  'northern-midlands-mountains',
  'red-river-delta',
  'north-central',
  'south-central-coast',
  'central-highlands',
  'southeast',
  'mekong-delta',
];
const GROUP_LIST = ['group-1', 'group-2', 'group-3'];
const OVERRIDE_LIST = ['value', 'op', 'by', 'source', 'note'];
const FIELD_LIST = ['region', 'group', 'province', 'communeCategories', 'year', 'values', 'facts', 'references', 'overrides'];

/** The whole issue the engine makes (`make-issue.ts`), for values and keys shorter than 60 characters. */
function expected(
  code: InputIssue['code'],
  path: (string | number)[],
  words: string,
  expects: unknown,
  received: string,
  suggestion?: string,
): InputIssue {
  const s = suggestion === undefined ? {} : { suggestion };
  return { code, path, expected: words, received, ...s, params: { path: path.join('.'), expects, received, ...s } } as InputIssue;
}

const row = (code: string, measure: Indicator['measure'], rest: Partial<Indicator> = {}): Indicator =>
  ({
    code,
    text: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` },
    textStatus: 'verified',
    measure,
    targets: { all: { status: 'verified', value: measure === 'flag' ? true : 1, op: measure === 'flag' ? '=' : '>=', sources: ['T1'] } },
    ...rest,
  }) as Indicator;

/** TEST-ONLY (fixture, not law): one criterion of the given indicators, a single column, the given facts and references. */
function testSet(id: string, indicators: Indicator[], extra: Record<string, unknown> = {}): CriteriaSet {
  return {
    ...testSetHeader(id),
    columns: 'single',
    criteria: [{ id: '1', number: 1, name: { vi: 'Tiêu chí 1', en: 'Criterion 1' }, status: 'verified', sources: ['T1'], indicators }],
    conditions: [],
    sources: { T1: { what: 'test data' } },
    ...extra,
  } as CriteriaSet;
}

describe('the fields of an override', () => {
  const override = (o: object) => demo({ values: { ...passingInput.values, '1.1': 96 }, overrides: { '1.1': o } });
  /** The override was dropped: the verified target of 95 is kept, and the result lists none. */
  const expectDropped = (input: unknown) => {
    const r = run(input).result;
    expect(indicator(r, '1.1')).toMatchObject({ status: 'met', target: 95, targetStatus: 'verified' });
    expect(r.overrides).toEqual([]);
  };

  it('a field whose getter throws is unreadable, and the override is dropped', () => {
    const o = Object.defineProperty({ value: 98, by: 'UBND tỉnh' }, 'note', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(issuesOf(override(o))).toEqual([
      expected(
        'unreadable',
        ['overrides', '1.1', 'note'],
        'a plain value that can be read',
        'readable-value',
        'a throwing getter or Proxy',
      ),
    ]);
    expectDropped(override(o));
  });

  it('an unknown field gets the closest field name, and the override is dropped', () => {
    const input = override({ value: 98, by: 'UBND tỉnh', nte: 'x' });
    expect(issuesOf(input)).toEqual([
      expected('unknown-key', ['overrides', '1.1', 'nte'], OVERRIDE_LIST.join(', '), { oneOf: OVERRIDE_LIST }, 'nte', 'note'),
    ]);
    expectDropped(input);
  });

  it('a prototype key is unsafe, and the override is dropped', () => {
    const input = override(JSON.parse('{"value": 98, "by": "UBND tỉnh", "prototype": 1}'));
    expect(issuesOf(input)).toEqual([
      expected('unsafe-key', ['overrides', '1.1', 'prototype'], OVERRIDE_LIST.join(', '), { oneOf: OVERRIDE_LIST }, 'prototype'),
    ]);
    expectDropped(input);
  });

  it.each<[string, object, InputIssue]>([
    [
      'a value over 100 for a percent',
      { value: 120, by: 'x' },
      expected(
        'invalid-override',
        ['overrides', '1.1', 'value'],
        'a percent from 0 to 100, or { numerator, denominator }',
        'percent-or-ratio',
        '120',
      ),
    ],
    [
      'no value',
      { by: 'x' },
      expected(
        'invalid-override',
        ['overrides', '1.1', 'value'],
        'a percent from 0 to 100, or { numerator, denominator }',
        'percent-or-ratio',
        'undefined',
      ),
    ],
    [
      'by that is not text',
      { value: 98, by: 5 },
      expected('invalid-override', ['overrides', '1.1', 'by'], 'who set the value (non-empty text)', 'override-by', '5'),
    ],
    [
      'by that is blank',
      { value: 98, by: '   ' },
      expected('invalid-override', ['overrides', '1.1', 'by'], 'who set the value (non-empty text)', 'override-by', '"   "'),
    ],
    [
      'by that is empty',
      { value: 98, by: '' },
      expected('invalid-override', ['overrides', '1.1', 'by'], 'who set the value (non-empty text)', 'override-by', '""'),
    ],
    [
      'no by',
      { value: 98 },
      expected('invalid-override', ['overrides', '1.1', 'by'], 'who set the value (non-empty text)', 'override-by', 'undefined'),
    ],
    [
      'an unknown comparison',
      { value: 98, by: 'x', op: 'gt' },
      expected('invalid-override', ['overrides', '1.1', 'op'], '>=, <=, =', { oneOf: ['>=', '<=', '='] }, '"gt"'),
    ],
    [
      'a source that is not text',
      { value: 98, by: 'x', source: 3 },
      expected('invalid-override', ['overrides', '1.1', 'source'], 'a text', 'text', '3'),
    ],
    [
      'a note that is not text',
      { value: 98, by: 'x', note: true },
      expected('invalid-override', ['overrides', '1.1', 'note'], 'a text', 'text', 'true'),
    ],
  ])('%s: one issue, and the override is dropped', (_what, o, issue) => {
    expect(issuesOf(override(o))).toEqual([issue]);
    expectDropped(override(o));
  });

  it('every problem of one override is reported, in the order of its fields', () => {
    const issues = issuesOf(override({ value: -1, by: null, op: '>', source: 1, note: 2 }));
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'overrides.1.1.value',
      'overrides.1.1.by',
      'overrides.1.1.op',
      'overrides.1.1.source',
      'overrides.1.1.note',
    ]);
  });

  it("the value's expectation is the indicator's measure", () => {
    const flag = issuesOf(demo({ overrides: { '2': { value: 1, by: 'x' } } }));
    expect(flag).toEqual([expected('invalid-override', ['overrides', '2', 'value'], 'true or false', 'flag', '1')]);
    const count = issuesOf(demo({ overrides: { '4.1': { value: -1, by: 'x' } } }));
    expect(count).toEqual([
      expected('invalid-override', ['overrides', '4.1', 'value'], 'a non-negative whole number', 'non-negative-integer', '-1'),
    ]);
    const amount = issuesOf(demo({ overrides: { '3': { value: 'many', by: 'x' } } }));
    expect(amount).toEqual([
      expected('invalid-override', ['overrides', '3', 'value'], 'a non-negative number', 'non-negative-number', '"many"'),
    ]);
  });

  it('an accepted override keeps exactly the fields given: value, by, and op, source and note when present', () => {
    const full = run(override({ value: 98, by: ' UBND tỉnh ', op: '>=', source: 'QĐ 1/2024', note: 'ghi chú' }));
    expect(full.issues).toEqual([]);
    expect(full.result.overrides).toStrictEqual([
      { value: 98, by: ' UBND tỉnh ', op: '>=', source: 'QĐ 1/2024', note: 'ghi chú', code: '1.1', replaced: 95 },
    ]);
    expect(indicator(full.result, '1.1')).toMatchObject({ status: 'not-met', target: 98, targetStatus: 'override' });
    const bare = run(override({ value: 98, by: 'x' }));
    expect(bare.issues).toEqual([]);
    expect(bare.result.overrides).toStrictEqual([{ value: 98, by: 'x', code: '1.1', replaced: 95 }]);
    expect(Object.keys(bare.result.overrides[0]!)).toEqual(['value', 'by', 'code', 'replaced']);
    const withOp = run(override({ value: 98, by: 'x', op: '>=' }));
    expect(Object.keys(withOp.result.overrides[0]!)).toEqual(['value', 'by', 'op', 'code', 'replaced']);
    const withSource = run(override({ value: 98, by: 'x', source: 's' }));
    expect(Object.keys(withSource.result.overrides[0]!)).toEqual(['value', 'by', 'source', 'code', 'replaced']);
    const withNote = run(override({ value: 98, by: 'x', note: 'n' }));
    expect(Object.keys(withNote.result.overrides[0]!)).toEqual(['value', 'by', 'note', 'code', 'replaced']);
  });

  it('an override of a flag target', () => {
    const r = run(demo({ region: 'southeast', values: { '2': true }, overrides: { '2': { value: true, by: 'x' } } }));
    expect(r.issues.filter((i) => i.path[0] === 'overrides')).toEqual([]);
    expect(r.result.overrides).toEqual([{ value: true, by: 'x', code: '2', replaced: true }]);
  });
});

describe('overrides, keyed by indicator code', () => {
  it('an override given as undefined is no override', () => {
    expect(issuesOf(demo({ overrides: { '1.1': undefined } }))).toEqual([]);
  });

  it('an unknown code gets the closest code; a code over 40 characters gets none', () => {
    expect(issuesOf(demo({ overrides: { '1,1': { value: 98, by: 'x' } } }))).toEqual([
      expected('unknown-indicator', ['overrides', '1,1'], 'an indicator code of this set', 'indicator-code-of-set', '1,1', '1.1'),
    ]);
    const at40 = `1.1${' '.repeat(37)}`;
    expect(issuesOf(demo({ overrides: { [at40]: { value: 98, by: 'x' } } }))[0]!.suggestion).toBe('1.1');
    const at41 = `1.1${' '.repeat(38)}`;
    const long = issuesOf(demo({ overrides: { [at41]: { value: 98, by: 'x' } } }));
    expect(long.map((i) => [i.code, i.suggestion])).toEqual([['unknown-indicator', undefined]]);
  });

  it('a prototype key is unsafe', () => {
    expect(issuesOf(demo({ overrides: JSON.parse('{"prototype": {"value": 1, "by": "x"}}') }))).toEqual([
      expected('unsafe-key', ['overrides', 'prototype'], 'an indicator code', 'indicator-code', 'prototype'),
    ]);
  });

  it('overrides that are no record', () => {
    expect(issuesOf(demo({ overrides: 5 }))).toEqual([
      expected('invalid-type', ['overrides'], 'an object keyed by indicator code', 'codes-object', '5'),
    ]);
    expect(issuesOf(demo({ overrides: { '1.1': 'x' } }))).toEqual([
      expected('invalid-override', ['overrides', '1.1'], '{ value, by, op?, source?, note? }', 'override', '"x"'),
    ]);
  });

  it('an unreadable override is skipped, the others applied', () => {
    const overrides = Object.defineProperty({ '1.2': { value: 1, by: 'x' } }, '1.1', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const r = run(demo({ overrides }));
    expect(r.issues).toEqual([
      expected('unreadable', ['overrides', '1.1'], 'a plain value that can be read', 'readable-value', 'a throwing getter or Proxy'),
    ]);
    expect(r.result.overrides.map((o) => o.code)).toEqual(['1.2']);
  });
});

describe('the region, and what a misspelt one probably means', () => {
  const hint = (region: unknown) => {
    const found = issuesOf(demo({ region })).filter((i) => i.code === 'unknown-region');
    expect(found).toHaveLength(1);
    return found[0]!.suggestion;
  };

  it('an unknown region: the whole issue, beside the missing column', () => {
    expect(issuesOf(demo({ region: 5 }))).toEqual([
      expected('unknown-region', ['region'], REGION_LIST.join(', '), { oneOf: REGION_LIST }, '5'),
      expected('missing-column', ['region'], 'region or province', 'region-or-province', 'none'),
    ]);
    expect(issuesOf(demo({ region: 'Dong bang song Hong' }))[0]).toEqual(
      expected('unknown-region', ['region'], REGION_LIST.join(', '), { oneOf: REGION_LIST }, '"Dong bang song Hong"', 'red-river-delta'),
    );
  });

  it('by abbreviation, Vietnamese name or English name, with or without diacritics, case or spaces', () => {
    expect(hint('tdmnpb')).toBe('northern-midlands-mountains');
    expect(hint(' TDMNPB ')).toBe('northern-midlands-mountains');
    expect(hint('Trung du và miền núi phía Bắc')).toBe('northern-midlands-mountains');
    expect(hint('trung du va mien nui phia bac')).toBe('northern-midlands-mountains');
    expect(hint('Northern Midlands and Mountains')).toBe('northern-midlands-mountains');
    expect(hint('northern midlands and mountains')).toBe('northern-midlands-mountains');
    expect(hint('Dong bang song Hong')).toBe('red-river-delta');
    expect(hint('đồng bằng sông hồng')).toBe('red-river-delta');
    expect(hint('DONG NAM BO')).toBe('southeast');
    expect(hint('Duyên hải Nam Trung Bộ')).toBe('south-central-coast');
    expect(hint('Central Highlands')).toBe('central-highlands');
  });

  it('names are compared in lower case: a dotless ı (a Turkish keyboard) is no i', () => {
    expect(hint('Trung du va mien nui phia Bac')).toBe('northern-midlands-mountains');
    expect(hint('Trung du va mıen nuı phıa Bac')).toBeUndefined();
  });

  it('else the closest id; nothing for a text over 40 characters or a non-text', () => {
    expect(hint('mekong-delt')).toBe('mekong-delta');
    expect(hint('nowhere at all')).toBeUndefined();
    expect(hint(`tdmnpb${' '.repeat(34)}`)).toBe('northern-midlands-mountains');
    expect(hint(`tdmnpb${' '.repeat(35)}`)).toBeUndefined();
    expect(hint(`red-river-delta${' '.repeat(26)}`)).toBeUndefined();
    expect(hint(2)).toBeUndefined();
  });

  it('a region given as undefined is no region', () => {
    expect(issuesOf({ ...passingInput, region: undefined, province: 'vinh-phuc' })).toEqual([]);
  });
});

describe('the commune group', () => {
  const hint = (group: unknown, set: CriteriaSet = groups) => issuesOf({ group, values: {} }, set).find((i) => i.code === 'unknown-group');

  it('an unknown group: the whole issue', () => {
    expect(hint('group-9')).toEqual(
      expected('unknown-group', ['group'], GROUP_LIST.join(', '), { oneOf: GROUP_LIST }, '"group-9"', 'group-1'),
    );
    expect(hint(null)).toEqual(expected('unknown-group', ['group'], GROUP_LIST.join(', '), { oneOf: GROUP_LIST }, 'null'));
  });

  it('a number 1 to 3 gets its group id; other numbers and non-text nothing', () => {
    expect(hint(1)!.suggestion).toBe('group-1');
    expect(hint(2)!.suggestion).toBe('group-2');
    expect(hint(3)!.suggestion).toBe('group-3');
    expect(hint(4)!.suggestion).toBeUndefined();
    expect(hint(0)!.suggestion).toBeUndefined();
    expect(hint(true)!.suggestion).toBeUndefined();
  });

  it('a group number given as text is not read, but its group id is the hint', () => {
    expect(hint('2')).toEqual(expected('unknown-group', ['group'], GROUP_LIST.join(', '), { oneOf: GROUP_LIST }, '"2"', 'group-2'));
    for (const [text, id] of [
      [' 1 ', 'group-1'],
      ['Nhóm 2', 'group-2'],
      ['NHÓM 3', 'group-3'],
      ['Nho\u0301m 1', 'group-1'],
      ['nhom-2', 'group-2'],
      ['Group 3', 'group-3'],
      ['group_1', 'group-1'],
    ] as const)
      expect(hint(text)!.suggestion).toBe(id);
    // Up to 40 characters, as every hint.
    expect(hint(`${' '.repeat(39)}2`)!.suggestion).toBe('group-2');
    for (const text of ['4', '0', 'nhóm 4', 'nhóm 2 3', '12', `${' '.repeat(40)}2`])
      expect(hint(text)!.suggestion ?? '').not.toMatch(/^group-[123]$/);
  });

  it('a text gets the closest id up to 40 characters', () => {
    expect(hint('group1')!.suggestion).toBe('group-1');
    expect(hint(`grop-3${' '.repeat(34)}`)!.suggestion).toBe('group-3');
    expect(hint(`grop-3${' '.repeat(35)}`)!.suggestion).toBeUndefined();
  });

  it('a group id is the column', () => {
    const r = run({ group: 'group-2', values: {} }, groups);
    expect(r.issues).toEqual([]);
    expect(r.result.column.column).toBe('group-2');
  });
});

describe('a column of the other kind', () => {
  it('a region on a set of groups is reported and not used', () => {
    const r = run({ group: 'group-2', region: 'red-river-delta', values: {} }, groups);
    expect(r.issues).toEqual([expected('wrong-column-kind', ['region'], 'commune group (group)', 'group', 'region')]);
    expect(r.result.column.column).toBe('group-2');
  });

  it('a group on a set of regions is reported and not used', () => {
    const r = run(demo({ group: 'group-1' }));
    expect(r.issues).toEqual([expected('wrong-column-kind', ['group'], 'region (region or province)', 'region', 'commune group')]);
    expect(r.result.column.column).toBe('red-river-delta');
  });

  it('a region alone on a set of groups leaves no column', () => {
    const r = run({ region: 'red-river-delta', values: {} }, groups);
    expect(r.issues.map((i) => i.code)).toEqual(['wrong-column-kind', 'missing-column']);
    expect(r.result.column.column).toBeNull();
  });

  it('a set of one column takes either without an issue', () => {
    const set = testSet('test-single', [row('a', 'count')]);
    expect(issuesOf({ region: 'red-river-delta', group: 'group-1', values: { a: 1 } }, set)).toEqual([]);
  });
});

describe('the province, resolved in the year of the input', () => {
  it('a province not in force in that year is reported with the unit that took it in', () => {
    const r = run({ province: 'Hà Nam', year: 2026, values: {} }, commune);
    expect(r.issues[0]).toEqual(expected('province-not-in-force', ['province'], '2026', { oneOf: ['2026'] }, 'Hà Nam', 'ninh-binh'));
    expect(r.result.column.column).toBeNull();
  });

  it('in force in the year: the province chooses the column', () => {
    const r = run({ province: 'Hà Nam', year: 2024, values: {} }, commune);
    expect(r.issues.filter((i) => i.path[0] === 'province')).toEqual([]);
    expect(r.result.column).toMatchObject({ column: 'red-river-delta', rule: 'province' });
  });

  it('without a year, the period of the set', () => {
    const r = run({ province: 'Hà Nam', values: {} }, commune);
    expect(r.issues.filter((i) => i.path[0] === 'province')).toEqual([]);
    expect(r.result.column.column).toBe('red-river-delta');
    // A year refused is no year: the period again.
    const refused = run({ province: 'Hà Nam', year: 2030, values: {} }, commune);
    expect(refused.issues.map((i) => i.code)).toEqual(['year-outside-period']);
    expect(refused.result.column.column).toBe('red-river-delta');
  });

  it('an unknown province', () => {
    const r = run({ province: 'Atlantis', values: {} }, commune);
    expect(r.issues[0]).toMatchObject({ code: 'unknown-province', path: ['province'], received: '"Atlantis"' });
  });
});

describe('commune categories', () => {
  const categories = (communeCategories: unknown, set: CriteriaSet = demoSet) =>
    run(demo({ region: undefined, communeCategories, values: valuesElsewhere }), set);

  it('a known category chooses its column; given twice, once', () => {
    for (const list of [['hardship'], ['hardship', 'hardship']]) {
      const r = categories(list);
      expect(r.issues).toEqual([]);
      expect(r.result.column).toMatchObject({ column: 'northern-midlands-mountains', rule: 'test.hardship' });
    }
    expect(validateInput(fresh(demoSet), { values: {}, communeCategories: ['hardship', 'hardship'] }).clean.categories).toEqual([
      'hardship',
    ]);
    expect(validateInput(fresh(demoSet), { values: {} }).clean.categories).toEqual([]);
  });

  it('not an array', () => {
    expect(categories('hardship').issues[0]).toEqual(
      expected('invalid-type', ['communeCategories'], 'an array of category ids', 'category-ids', '"hardship"'),
    );
  });

  it('an array with a getter, or too long to read, is unreadable', () => {
    const getter = Object.defineProperty(['hardship'], 0, { enumerable: true, get: () => 'hardship' });
    expect(categories(getter).issues[0]).toEqual(
      expected('unreadable', ['communeCategories'], 'an array of category ids', 'category-ids', 'a getter'),
    );
    expect(categories(new Array(1001).fill('hardship')).issues[0]).toEqual(
      expected('unreadable', ['communeCategories'], 'an array of category ids', 'category-ids', 'an array too long to read'),
    );
    expect(categories(new Array(1000).fill('hardship')).issues).toEqual([]);
  });

  it('an unknown element: the closest category up to 40 characters, and the known ones kept', () => {
    const r = categories([7, 'hardshp', `hardshp${' '.repeat(33)}`, `hardshp${' '.repeat(34)}`, 'hardship', null]);
    expect(r.issues).toEqual([
      expected('unknown-key', ['communeCategories', 0], 'hardship', { oneOf: ['hardship'] }, '7'),
      expected('unknown-key', ['communeCategories', 1], 'hardship', { oneOf: ['hardship'] }, '"hardshp"', 'hardship'),
      expected(
        'unknown-key',
        ['communeCategories', 2],
        'hardship',
        { oneOf: ['hardship'] },
        JSON.stringify(`hardshp${' '.repeat(33)}`),
        'hardship',
      ),
      expected('unknown-key', ['communeCategories', 3], 'hardship', { oneOf: ['hardship'] }, JSON.stringify(`hardshp${' '.repeat(33)}…`)),
      expected('unknown-key', ['communeCategories', 5], 'hardship', { oneOf: ['hardship'] }, 'null'),
    ]);
    expect(r.result.column.column).toBe('northern-midlands-mountains');
  });

  it('a set without categories expects none', () => {
    const set = testSet('test-no-categories', [row('a', 'count')]);
    expect(issuesOf({ communeCategories: ['x'], values: { a: 1 } }, set)).toEqual([
      expected('unknown-key', ['communeCategories', 0], 'none for this set', 'no-categories', '"x"'),
    ]);
  });
});

describe('the year', () => {
  it('the first and last years of the set are accepted; the years beside them are refused', () => {
    for (const year of [2022, 2025]) {
      const r = run(demo({ year }));
      expect(r.issues).toEqual([]);
      expect(r.result.year).toBe(year);
    }
    for (const year of [2021, 2026]) {
      const r = run(demo({ year }));
      expect(r.issues).toEqual([expected('year-outside-period', ['year'], '2022–2025', { range: { from: 2022, to: 2025 } }, String(year))]);
      expect(r.result.year).toBeNull();
    }
  });

  it('a set without years takes any whole year', () => {
    const { years: _, ...set } = testSet('test-no-years', [row('a', 'count')]);
    const r = run({ year: 1990, values: { a: 1 } }, set);
    expect(r.issues).toEqual([]);
    expect(r.result.year).toBe(1990);
  });

  it('not a whole number', () => {
    expect(issuesOf(demo({ year: 2024.5 }))).toEqual([expected('invalid-type', ['year'], 'a whole year such as 2024', 'year', '2024.5')]);
    expect(issuesOf(demo({ year: true }))).toEqual([expected('invalid-type', ['year'], 'a whole year such as 2024', 'year', 'true')]);
    expect(issuesOf(demo({ year: '2024' }))).toEqual([
      expected('number-as-string', ['year'], 'a whole year such as 2024', 'year', '"2024"', '2024'),
    ]);
    expect(issuesOf(demo({ year: 'năm nay' }))).toEqual([
      expected('number-as-string', ['year'], 'a whole year such as 2024', 'year', '"năm nay"'),
    ]);
  });

  it('a year given as undefined is no year', () => {
    const r = run(demo({ year: undefined }));
    expect(r.issues).toEqual([]);
    expect(r.result.year).toBeNull();
  });
});

describe('values', () => {
  it('no values, or values that are no record', () => {
    const { values: _, ...rest } = passingInput;
    expect(issuesOf(rest)).toEqual([
      expected('invalid-type', ['values'], 'an object of indicator values keyed by code', 'values-object', 'undefined'),
    ]);
    expect(issuesOf({ ...rest, values: undefined })).toEqual([
      expected('invalid-type', ['values'], 'an object of indicator values keyed by code', 'values-object', 'undefined'),
    ]);
    expect(issuesOf({ ...rest, values: null })).toEqual([
      expected('invalid-type', ['values'], 'an object of indicator values keyed by code', 'values-object', 'null'),
    ]);
    expect(issuesOf({ ...rest, values: [1] })).toEqual([
      expected('invalid-type', ['values'], 'an object of indicator values keyed by code', 'values-object', 'an array'),
    ]);
  });

  it('values in any order are each judged against their own indicator', () => {
    const values = { '4.4': 1, '4.2': 75, '4.1': 0, '3.r': 60, '3': 45, '2': false, '1.2': 1.5, '1.1': 96 };
    const r = run(demo({ values }));
    expect(r.issues).toEqual([]);
    const actual = Object.fromEntries(r.result.criteria.flatMap((c) => c.indicators).map((i) => [i.code, i.actual]));
    expect(actual).toEqual({ '1.1': 96, '1.2': 1.5, '2': false, '3': 45, '3.r': 60, '4.1': 0, '4.2': 75, '4.3': null, '4.4': 1 });
    const skipping = run(demo({ values: { '1.1': 96, '3': 60, '1.2': 3, '4.2': 75 } }));
    expect(indicator(skipping.result, '1.2')).toMatchObject({ actual: 3, status: 'not-met' });
    expect(indicator(skipping.result, '3')).toMatchObject({ actual: 60, status: 'met' });
  });

  it('an unknown code gets the closest code up to 40 characters', () => {
    const r = run(demo({ values: { ...passingInput.values, '4,2': 75, [`4,2${' '.repeat(37)}`]: 1, [`4,2${' '.repeat(38)}`]: 1 } }));
    expect(r.issues).toEqual([
      expected('unknown-indicator', ['values', '4,2'], 'an indicator code of this set', 'indicator-code-of-set', '4,2', '4.2'),
      expected(
        'unknown-indicator',
        ['values', `4,2${' '.repeat(37)}`],
        'an indicator code of this set',
        'indicator-code-of-set',
        `4,2${' '.repeat(37)}`,
        '4.2',
      ),
      {
        ...expected(
          'unknown-indicator',
          ['values', `4,2${' '.repeat(38)}`],
          'an indicator code of this set',
          'indicator-code-of-set',
          `4,2${' '.repeat(38)}`,
        ),
        params: {
          path: `values.4,2${' '.repeat(38)}`,
          expects: 'indicator-code-of-set',
          received: `4,2${' '.repeat(38)}`,
        },
      },
    ]);
  });

  it('an indicator coded like a prototype key is never read from an input', () => {
    const set = testSet('test-unsafe-codes', [row('prototype', 'count'), row('constructor', 'count'), row('a-long-code', 'count')]);
    const r = run({ values: JSON.parse('{"prototype": 1, "constructor": 1, "a-long-code": 1}') }, set);
    expect(r.issues).toEqual([
      expected('unsafe-key', ['values', 'prototype'], 'an indicator code', 'indicator-code', 'prototype'),
      expected('unsafe-key', ['values', 'constructor'], 'an indicator code', 'indicator-code', 'constructor'),
    ]);
    expect(indicator(r.result, 'prototype').status).toBe('missing');
    expect(indicator(r.result, 'a-long-code').status).toBe('met');
  });

  it('an unreadable value is skipped, the others judged', () => {
    const values = Object.defineProperty({ ...passingInput.values }, '1.2', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const r = run(demo({ values }));
    expect(r.issues).toEqual([
      expected('unreadable', ['values', '1.2'], 'a plain value that can be read', 'readable-value', 'a throwing getter or Proxy'),
    ]);
    expect(indicator(r.result, '1.2')).toMatchObject({ status: 'missing', reason: { code: 'indicator.missing-value' } });
    expect(indicator(r.result, '1.1').status).toBe('met');
  });

  it('a number out of its range is refused, whatever its place (whole-number keys such as "3" come first)', () => {
    const r = run(demo({ values: { ...passingInput.values, '1.2': 120, '4.1': 2.5, '3': -1 } }));
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['negative', 'values.3'],
      ['percent-over-100', 'values.1.2'],
      ['not-integer', 'values.4.1'],
    ]);
    for (const code of ['1.2', '3', '4.1'])
      expect(indicator(r.result, code)).toMatchObject({ status: 'missing', actual: null, reason: { code: 'indicator.invalid-value' } });
  });

  it('a percent given as a fraction is kept as the number given, beside its issue', () => {
    const judged = run(demo({ values: { ...passingInput.values, '1.1': 0.5 } }));
    expect(judged.issues.map((i) => i.code)).toEqual(['implausible']);
    const r = indicator(judged.result, '1.1');
    expect(r).toMatchObject({ status: 'not-met', actual: 0.5, target: 95 });
    expect('ratio' in r).toBe(false);
    const unknown = run(demo({ region: 'southeast', values: { ...passingInput.values, '1.1': 0.5 } }));
    const u = indicator(unknown.result, '1.1');
    expect(u).toMatchObject({ status: 'unknown-target', actual: 0.5 });
    expect('ratio' in u).toBe(false);
    expect(validateInput(fresh(demoSet), { values: { '1.1': 0.5 } }).clean.values[0]).toBe(0.5);
  });

  it('what each kind of value becomes: judged, missing, or refused', () => {
    const values = {
      ...passingInput.values,
      '1.1': { numerator: 19, denominator: 20 },
      '1.2': '',
      '2': 'có',
      '3': 60.5,
      '4.1': 0,
      '4.2': 0.5,
    };
    const r = run(demo({ values }));
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid-type', 'values.2'],
      ['implausible', 'values.4.2'],
    ]);
    expect(indicator(r.result, '1.1')).toMatchObject({ status: 'met', actual: 95, ratio: { numerator: 19, denominator: 20 } });
    expect(indicator(r.result, '1.2')).toMatchObject({ status: 'missing', reason: { code: 'indicator.missing-value' } });
    expect(indicator(r.result, '2')).toMatchObject({ status: 'missing', reason: { code: 'indicator.invalid-value' } });
    expect(indicator(r.result, '3')).toMatchObject({ status: 'met', actual: 60.5 });
    expect(indicator(r.result, '4.1')).toMatchObject({ status: 'met', actual: 0 });
    expect(indicator(r.result, '4.2')).toMatchObject({ status: 'not-met', actual: 0.5 });
    const swapped = run(demo({ values: { ...passingInput.values, '2': 1, '3': true } }));
    expect(swapped.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid-type', 'values.2'],
      ['invalid-type', 'values.3'],
    ]);
    expect(indicator(swapped.result, '2')).toMatchObject({ status: 'missing', reason: { code: 'indicator.invalid-value' } });
    expect(indicator(swapped.result, '3')).toMatchObject({ status: 'missing', reason: { code: 'indicator.invalid-value' } });
    const flags = run(demo({ values: { ...passingInput.values, '2': false } }));
    expect(indicator(flags.result, '2')).toMatchObject({ status: 'not-met', actual: false });
  });
});

describe('facts and references', () => {
  /** TEST-ONLY: a fact read both as a number and as a flag, so either is accepted; one named like a prototype key. */
  const eitherSet = testSet(
    'test-either-fact',
    [
      row('a', 'count', { appliesWhen: { fact: 'mixed', op: '=', value: true } }),
      row('b', 'count', { appliesWhen: { fact: 'mixed', op: '>=', value: 2 } }),
    ],
    { facts: { prototype: { kind: 'number', text: { vi: 'Thử', en: 'Test' } } } },
  );

  it('facts and references that are no record', () => {
    expect(issuesOf(demo({ facts: [1] }))).toEqual([
      expected('invalid-type', ['facts'], 'an object keyed by name', 'names-object', 'an array'),
    ]);
    expect(issuesOf(demo({ references: 'x' }))).toEqual([
      expected('invalid-type', ['references'], 'an object keyed by name', 'names-object', '"x"'),
    ]);
  });

  it('an unknown name: the names of the set, and the closest one up to 40 characters', () => {
    const facts = ['schoolCount', 'coastal', 'outstandingConstructionDebt'];
    const r = run(
      demo({ facts: { ...passingInput.facts, schoolCout: 4, [`coastl${' '.repeat(34)}`]: true, [`coastl${' '.repeat(35)}`]: true } }),
    );
    expect(r.issues).toEqual([
      expected('unknown-key', ['facts', 'schoolCout'], facts.join(', '), { oneOf: facts }, 'schoolCout', 'schoolCount'),
      expected(
        'unknown-key',
        ['facts', `coastl${' '.repeat(34)}`],
        facts.join(', '),
        { oneOf: facts },
        `coastl${' '.repeat(34)}`,
        'coastal',
      ),
      expected('unknown-key', ['facts', `coastl${' '.repeat(35)}`], facts.join(', '), { oneOf: facts }, `coastl${' '.repeat(35)}`),
    ]);
    expect(issuesOf(demo({ references: { incomeAtRecognitio: 40 } }))).toEqual([
      expected(
        'unknown-key',
        ['references', 'incomeAtRecognitio'],
        'incomeAtRecognition',
        { oneOf: ['incomeAtRecognition'] },
        'incomeAtRecognitio',
        'incomeAtRecognition',
      ),
    ]);
  });

  it('a set that reads no reference expects none', () => {
    expect(issuesOf({ values: { a: 1 }, references: { income: 1 } }, eitherSet)).toEqual([
      expected('unknown-key', ['references', 'income'], 'none', { oneOf: [] }, 'income'),
    ]);
  });

  it('a name like a prototype key is unsafe, even when the set declares it', () => {
    expect(issuesOf({ values: {}, facts: JSON.parse('{"prototype": 1, "constructor": 1}') }, eitherSet)).toEqual([
      expected('unsafe-key', ['facts', 'prototype'], 'a name', 'name', 'prototype'),
      expected('unsafe-key', ['facts', 'constructor'], 'a name', 'name', 'constructor'),
    ]);
  });

  it('a fact read both ways takes a number or a flag', () => {
    for (const mixed of [true, false, 0, 3]) expect(issuesOf({ values: {}, facts: { mixed } }, eitherSet)).toEqual([]);
    expect(run({ values: { a: 1, b: 1 }, facts: { mixed: 3 } }, eitherSet).result.criteria[0]!.indicators.map((i) => i.status)).toEqual([
      'not-applicable',
      'met',
    ]);
    // A flag word is no number given as text: the flag it stands for is the hint.
    expect(issuesOf({ values: {}, facts: { mixed: 'có' } }, eitherSet)).toEqual([
      expected('invalid-type', ['facts', 'mixed'], 'a non-negative number or true/false', 'number-or-flag', '"có"', 'true'),
    ]);
    expect(issuesOf({ values: {}, facts: { mixed: '3,5' } }, eitherSet)).toEqual([
      expected('number-as-string', ['facts', 'mixed'], 'a non-negative number or true/false', 'number-or-flag', '"3,5"', '3.5'),
    ]);
    expect(issuesOf({ values: {}, facts: { mixed: 'nhiều' } }, eitherSet)).toEqual([
      expected('invalid-type', ['facts', 'mixed'], 'a non-negative number or true/false', 'number-or-flag', '"nhiều"'),
    ]);
    expect(issuesOf({ values: {}, facts: { mixed: -1 } }, eitherSet)).toEqual([
      expected('negative', ['facts', 'mixed'], 'a non-negative number or true/false', 'number-or-flag', '-1'),
    ]);
  });

  it('a fact of one kind, given the other or something else', () => {
    const facts = (f: object) => issuesOf(demo({ facts: { ...passingInput.facts, ...f } }));
    // A flag given as 1/0 or as a word: "must be true or false", never "pass a number".
    expect(facts({ coastal: 1 })).toEqual([expected('invalid-type', ['facts', 'coastal'], 'true or false', 'flag', '1', 'true')]);
    expect(facts({ coastal: 0 })).toEqual([expected('invalid-type', ['facts', 'coastal'], 'true or false', 'flag', '0', 'false')]);
    expect(facts({ coastal: 2 })).toEqual([expected('invalid-type', ['facts', 'coastal'], 'true or false', 'flag', '2')]);
    expect(facts({ coastal: -1 })).toEqual([expected('invalid-type', ['facts', 'coastal'], 'true or false', 'flag', '-1')]);
    expect(facts({ coastal: NaN })).toEqual([expected('invalid-type', ['facts', 'coastal'], 'true or false', 'flag', 'NaN')]);
    expect(facts({ coastal: 'có' })).toEqual([expected('invalid-type', ['facts', 'coastal'], 'true or false', 'flag', '"có"', 'true')]);
    expect(facts({ coastal: 'khong' })).toEqual([
      expected('invalid-type', ['facts', 'coastal'], 'true or false', 'flag', '"khong"', 'false'),
    ]);
    expect(facts({ coastal: '12' })).toEqual([expected('invalid-type', ['facts', 'coastal'], 'true or false', 'flag', '"12"')]);
    expect(facts({ schoolCount: 'có' })).toEqual([
      expected('number-as-string', ['facts', 'schoolCount'], 'a non-negative number', 'non-negative-number', '"có"'),
    ]);
    expect(facts({ schoolCount: true })).toEqual([
      expected('invalid-type', ['facts', 'schoolCount'], 'a non-negative number', 'non-negative-number', 'true'),
    ]);
    expect(facts({ schoolCount: '4,5' })).toEqual([
      expected('number-as-string', ['facts', 'schoolCount'], 'a non-negative number', 'non-negative-number', '"4,5"', '4.5'),
    ]);
    expect(facts({ schoolCount: { n: 4 } })).toEqual([
      expected('invalid-type', ['facts', 'schoolCount'], 'a non-negative number', 'non-negative-number', 'an object'),
    ]);
    expect(facts({ schoolCount: NaN })).toEqual([
      expected('not-a-number', ['facts', 'schoolCount'], 'a non-negative number', 'non-negative-number', 'NaN'),
    ]);
    expect(facts({ schoolCount: -Infinity })).toEqual([
      expected('not-finite', ['facts', 'schoolCount'], 'a non-negative number', 'non-negative-number', '-Infinity'),
    ]);
    expect(facts({ schoolCount: -1 })).toEqual([
      expected('negative', ['facts', 'schoolCount'], 'a non-negative number', 'non-negative-number', '-1'),
    ]);
  });

  it('a reference is a number, never a flag', () => {
    expect(issuesOf(demo({ references: { incomeAtRecognition: true } }))).toEqual([
      expected('invalid-type', ['references', 'incomeAtRecognition'], 'a non-negative number', 'non-negative-number', 'true'),
    ]);
    expect(issuesOf(demo({ references: { incomeAtRecognition: '40' } }))).toEqual([
      expected('number-as-string', ['references', 'incomeAtRecognition'], 'a non-negative number', 'non-negative-number', '"40"', '40'),
    ]);
    expect(issuesOf(demo({ references: { incomeAtRecognition: -5 } }))).toEqual([
      expected('negative', ['references', 'incomeAtRecognition'], 'a non-negative number', 'non-negative-number', '-5'),
    ]);
  });

  it('no data: undefined, null or a blank text, with no issue; 0 is a value', () => {
    for (const coastal of [undefined, null, '', '   ']) {
      const r = run(demo({ facts: { ...passingInput.facts, coastal } }));
      expect(r.issues).toEqual([]);
      expect(indicator(r.result, '4.3')).toMatchObject({ status: 'missing', reason: { code: 'indicator.missing-fact' } });
    }
    const zero = run(demo({ references: { incomeAtRecognition: 0 } }));
    expect(zero.issues).toEqual([]);
    expect(indicator(zero.result, '3.r')).toMatchObject({ status: 'met', target: 0 });
  });

  it('facts and references are each used where they belong', () => {
    const r = run(demo({ facts: { ...passingInput.facts, coastal: true, schoolCount: 2 }, references: { incomeAtRecognition: 50 } }));
    expect(r.issues).toEqual([]);
    expect(indicator(r.result, '4.3')).toMatchObject({ status: 'missing', reason: { code: 'indicator.missing-value' } });
    expect(indicator(r.result, '4.2')).toMatchObject({ status: 'met', target: 50 });
    expect(indicator(r.result, '3.r')).toMatchObject({ status: 'not-met', target: 75 });
    const clean = validateInput(fresh(demoSet), { values: {}, facts: { schoolCount: 2 }, references: { incomeAtRecognition: 50 } }).clean;
    expect([...clean.facts]).toEqual([['schoolCount', 2]]);
    expect([...clean.references]).toEqual([['incomeAtRecognition', 50]]);
  });

  it('an unreadable fact is skipped, the others read', () => {
    const facts = Object.defineProperty({ ...passingInput.facts }, 'coastal', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const r = run(demo({ facts }));
    expect(r.issues).toEqual([
      expected('unreadable', ['facts', 'coastal'], 'a plain value that can be read', 'readable-value', 'a throwing getter or Proxy'),
    ]);
    expect(indicator(r.result, '4.2').target).toBe(70);
  });
});

describe('top-level fields', () => {
  it('an unknown field gets the closest field name up to 40 characters', () => {
    expect(issuesOf(demo({ yeer: 2024 }))).toEqual([
      expected('unknown-key', ['yeer'], FIELD_LIST.join(', '), { oneOf: FIELD_LIST }, 'yeer', 'year'),
    ]);
    const at40 = `facts${' '.repeat(35)}`;
    expect(issuesOf(demo({ [at40]: {} }))[0]!.suggestion).toBe('facts');
    const at41 = `facts${' '.repeat(36)}`;
    expect(issuesOf(demo({ [at41]: {} }))).toEqual([expected('unknown-key', [at41], FIELD_LIST.join(', '), { oneOf: FIELD_LIST }, at41)]);
  });

  it('a prototype key is unsafe', () => {
    expect(issuesOf({ ...passingInput, ...JSON.parse('{"constructor": 1}') })).toEqual([
      expected('unsafe-key', ['constructor'], 'a field name', 'field-name', 'constructor'),
    ]);
  });

  it('an input that is no record: the whole issue', () => {
    expect(issuesOf(null)).toEqual([expected('invalid-input', [], 'an object { values, region?, year?, … }', 'input-object', 'null')]);
  });

  it('a top-level field whose getter throws is unreadable, the other fields read', () => {
    const input = Object.defineProperty({ ...passingInput }, 'year', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const r = run(input);
    expect(r.issues).toEqual([
      expected('unreadable', ['year'], 'a plain value that can be read', 'readable-value', 'a throwing getter or Proxy'),
    ]);
    expect(r.result.year).toBeNull();
    expect(indicator(r.result, '1.1').status).toBe('met');
  });

  it('an input that is no record has one issue only', () => {
    for (const input of [null, 7, 'x']) {
      const issues = issuesOf(input);
      expect(issues.map((i) => i.code)).toEqual(['invalid-input']);
    }
  });

  it('the clean input keeps only what was accepted (validateInput)', () => {
    const onGroups = validateInput(fresh(groups), { region: 'red-river-delta', group: 'group-2', values: {} }).clean;
    expect(onGroups.region).toBeUndefined();
    expect(onGroups.group).toBe('group-2');
    expect('region' in onGroups).toBe(false);
    const onRegions = validateInput(fresh(demoSet), {
      region: 'red-river-delta',
      group: 'group-2',
      province: 'vinh-phuc',
      values: {},
    }).clean;
    expect(onRegions).toMatchObject({ region: 'red-river-delta', province: 'vinh-phuc' });
    expect('group' in onRegions).toBe(false);
    const none = validateInput(fresh(demoSet), {
      facts: { schoolCount: 2, coastal: null },
      references: { incomeAtRecognition: '' },
      values: {},
    });
    expect([...none.clean.facts]).toEqual([['schoolCount', 2]]);
    expect(none.clean.references.size).toBe(0);
    const refused = validateInput(fresh(demoSet), { overrides: { '1.1': { value: 120, by: 'x' } }, values: { '1.1': 101, '1.2': 1 } });
    expect(refused.clean.overrides.size).toBe(0);
    expect([...refused.clean.invalid]).toEqual(['1.1']);
    expect(refused.clean.values[1]).toBe(1);
  });

  it('the clean input of an empty one', () => {
    const { clean } = validateInput(fresh(demoSet), { values: {} });
    expect(clean).toEqual({
      categories: [],
      year: null,
      values: new Array(9),
      invalid: new Set(),
      facts: new Map(),
      references: new Map(),
      overrides: new Map(),
    });
    expect(Object.keys(clean).sort()).toEqual(['categories', 'facts', 'invalid', 'overrides', 'references', 'values', 'year']);
  });
});
