// The compiled view of a set for one column and year (src/evaluate/indicator-view.ts), seen
// through what `safeEvaluate` returns: which target each cell resolves once, where it is printed,
// which outcomes are shared (frozen, the same object for every unit of a view), which criteria
// are shared by their flags or their pattern of statuses, and the bounds of what is kept. Each
// test evaluates a fresh copy of its set (a new object: views of its own), since a view outlives
// the evaluation that built it. The sets are TEST-ONLY: fixtures, not law, never registered.
import { testIndicator as row, freshSet as fresh, testSetHeader } from './test-set-header.js';
import { describe, expect, it } from 'vitest';
import { type CriteriaSet, defineCriteriaSet, type Indicator, safeEvaluate } from '../../src/index.js';
import { demoSet, passingInput } from '../fixtures/demo-set.js';
import { criterion, indicator } from '../evaluate/helpers.js';

const T = { status: 'verified', sources: ['T1'] } as const;
const group = (id: string, number: number, indicators: Indicator[]) => ({
  id,
  number,
  name: { vi: `Tiêu chí ${id}`, en: `Criterion ${id}` },
  status: 'verified',
  sources: ['T1'],
  indicators,
});
const coastal = { fact: 'coastal', op: '=', value: true } as const;
const facts = { coastal: { kind: 'boolean', text: { vi: 'Xã ven biển', en: 'Coastal commune' } } } as const;
const flags = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, k) => row(`${prefix}${k + 1}`, 'flag', { targets: { all: { ...T, value: true, op: '=' } } }));
const counts = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, k) => row(`${prefix}${k + 1}`, 'count', { targets: { all: { ...T, value: 1, op: '>=' } } }));
const valuesOf = (codes: readonly string[], value: number | boolean) => Object.fromEntries(codes.map((c) => [c, value]));

/** TEST-ONLY (fixture, not law): static targets of each comparison and status, flags alone, beside a number and under a fact; no target depends on the year. */
const plain = defineCriteriaSet({
  ...testSetHeader('test-view-plain'),
  columns: 'single',
  criteria: [
    group('numbers', 1, [
      row('n.ge', 'percent', { targets: { all: { ...T, value: 90, op: '>=' } } }),
      row('n.le', 'percent', { targets: { all: { ...T, value: 2, op: '<=' } } }),
      row('n.eq', 'count', { targets: { all: { ...T, value: 3, op: '=' } } }),
      row('n.prov', 'percent', { targets: { all: { status: 'provincial', value: 80, op: '>=', sources: ['T1'] } } }),
      row('n.unknown', 'percent', { targets: { all: { status: 'not-found', value: null, op: '>=', sources: [] } } }),
    ]),
    group('flags', 2, flags('f', 5)),
    group('mixed', 3, [
      row('m.flag', 'flag', { targets: { all: { ...T, value: true, op: '=' } } }),
      row('m.count', 'count', { targets: { all: { ...T, value: 1, op: '>=' } } }),
    ]),
    group('applies', 4, [
      row('a.flag', 'flag', { appliesWhen: coastal, targets: { all: { ...T, value: true, op: '=' } } }),
      row('a.other', 'flag', { targets: { all: { ...T, value: true, op: '=' } } }),
    ]),
  ],
  conditions: [],
  facts,
  references: {},
  sources: { T1: { what: 'test data' } },
} as Parameters<typeof defineCriteriaSet>[0]);

const plainValues = {
  'n.ge': 95,
  'n.le': 1,
  'n.eq': 3,
  'n.prov': 85,
  'n.unknown': 50,
  ...valuesOf(['f1', 'f2', 'f3', 'f4', 'f5'], true),
  'm.flag': true,
  'm.count': 2,
  'a.flag': true,
  'a.other': true,
};
const inPlain = (set: CriteriaSet, values: object = {}, extra: object = {}) =>
  safeEvaluate(set, { year: 2024, facts: { coastal: true }, values: { ...plainValues, ...values }, ...extra }).result;

/** TEST-ONLY (fixture, not law): a set of any year (no `years`), one target per year range. */
const { years: _years, ...anyYear } = testSetHeader('test-view-years');
const yearly = defineCriteriaSet({
  ...anyYear,
  columns: 'single',
  criteria: [
    group('1', 1, [
      // One case, chosen by the year alone.
      row('y.one', 'count', { targets: { all: { ...T, value: 1, op: '>=', years: { from: 1900 } } } }),
      // A case of some years, then one of every other year.
      row('y.then', 'amount', {
        targets: {
          all: [
            { ...T, value: 46, op: '>=', years: { to: 2023 } },
            { ...T, value: 50, op: '>=' },
          ],
        },
      }),
    ]),
  ],
  conditions: [],
  references: {},
  sources: { T1: { what: 'test data' } },
} as Parameters<typeof defineCriteriaSet>[0]);
const inYear = (set: CriteriaSet, year: number, values: object = { 'y.one': 1, 'y.then': 48 }) =>
  safeEvaluate(set, { year, values }).result;

/** TEST-ONLY (fixture, not law): where targets are printed (a base decree listed after its amendment, refs of indicators and of targets). */
const printed = defineCriteriaSet({
  ...testSetHeader('test-view-sources'),
  legalBasis: [
    { document: '2/QĐ-SỬA', role: 'amendment', title: { vi: 'Sửa', en: 'Amendment' }, signed: null, inForce: null, annex: 'Phụ lục S' },
    { document: '1/QĐ-TEST', role: 'base', title: { vi: 'Thử', en: 'Test' }, signed: null, inForce: null, annex: 'Phụ lục I' },
  ],
  columns: 'regions',
  criteria: [
    group('1', 1, [
      row('s.plain', 'count', { targets: { all: { ...T, value: 1, op: '>=' } } }),
      row('s.target', 'count', {
        targets: { all: { ...T, value: 1, op: '>=', ref: { document: '9/QĐ-TỈNH', row: 'r9' }, amendedBy: '5/QĐ-TEST' } },
      }),
      row('s.indicator', 'count', {
        ref: { document: '3/QĐ-TEST', annex: 'Phụ lục II', row: '7' },
        targets: { all: { ...T, value: 1, op: '>=' } },
      }),
      row('s.both', 'count', {
        ref: { document: '3/QĐ-TEST', row: '8' },
        targets: { all: { ...T, value: 1, op: '>=', ref: { document: '9/QĐ-TỈNH', annex: 'Phụ lục III', row: 'r10' } } },
      }),
      // Only in one region: elsewhere not applicable, its source the indicator's.
      row('s.fixed', 'count', {
        ref: { document: '3/QĐ-TEST', row: '9' },
        columns: ['red-river-delta'],
        targets: { 'red-river-delta': { ...T, value: 1, op: '>=' } },
      }),
      // Under a fact, two cases of which the first always applies: still a cell of cases, with no static target.
      row('s.cases', 'flag', {
        appliesWhen: coastal,
        targets: {
          all: [
            { ...T, value: true, op: '=' },
            { status: 'verified', value: false, op: '=', sources: [] },
          ],
        },
      }),
      // Applies under a fact, with a target in one region only.
      row('s.applies', 'flag', { appliesWhen: coastal, targets: { 'red-river-delta': { ...T, value: true, op: '=' } } }),
    ]),
  ],
  conditions: [],
  facts,
  references: {},
  sources: { T1: { what: 'test data' } },
} as Parameters<typeof defineCriteriaSet>[0]);
const printedValues = { 's.plain': 1, 's.target': 1, 's.indicator': 1, 's.both': 1, 's.fixed': 1, 's.applies': true };

describe('one view per set, column and year, reused', () => {
  it('a second evaluation of the same set, column and year gets the outcomes the first one shared', () => {
    const set = fresh(plain);
    const first = inPlain(set, { 'n.ge': undefined });
    const second = inPlain(set, { 'n.ge': undefined });
    expect(indicator(second, 'n.ge')).toMatchObject({ status: 'missing', reason: { code: 'indicator.missing-value' } });
    expect(indicator(second, 'n.ge')).toBe(indicator(first, 'n.ge'));
    // A number judged against a verified static target: one frozen params object for every unit.
    expect(indicator(second, 'n.le').reason.params).toBe(indicator(first, 'n.le').reason.params);
    expect(Object.isFrozen(indicator(first, 'n.le').reason.params)).toBe(true);
  });

  it('a set whose targets do not depend on the year has one view for every year', () => {
    const set = fresh(plain);
    const y2023 = inPlain(set, { 'n.ge': undefined }, { year: 2023 });
    const y2024 = inPlain(set, { 'n.ge': undefined }, { year: 2024 });
    expect(indicator(y2024, 'n.ge')).toBe(indicator(y2023, 'n.ge'));
  });

  it('a target chosen by the year is the year’s, whichever year was evaluated first', () => {
    const set = fresh(demoSet);
    const at = (year: number) =>
      indicator(safeEvaluate(set, { ...passingInput, year, values: { ...passingInput.values, 3: 48 } }).result, '3');
    expect(at(2023)).toMatchObject({ status: 'met', target: 46 });
    expect(at(2024)).toMatchObject({ status: 'not-met', target: 50 });
    expect(at(2023)).toMatchObject({ status: 'met', target: 46 });
  });

  it('a case of some years followed by one of every year: each year its own', () => {
    const set = fresh(yearly);
    expect(indicator(inYear(set, 2023), 'y.then')).toMatchObject({ status: 'met', target: 46 });
    expect(indicator(inYear(set, 2024), 'y.then')).toMatchObject({ status: 'not-met', target: 50 });
    // The same indicator alone in its set: it is what makes the views depend on the year.
    const alone = fresh({ ...yearly, criteria: [{ ...yearly.criteria[0]!, indicators: [yearly.criteria[0]!.indicators[1]!] }] });
    expect(indicator(inYear(alone, 2023, { 'y.then': 48 }), 'y.then')).toMatchObject({ status: 'met', target: 46 });
    expect(indicator(inYear(alone, 2024, { 'y.then': 48 }), 'y.then')).toMatchObject({ status: 'not-met', target: 50 });
    // In its year's view its target is static: the outcome without a value is shared.
    expect(indicator(inYear(alone, 2024, {}), 'y.then')).toBe(indicator(inYear(alone, 2024, {}), 'y.then'));
  });

  it('a target chosen by the year alone is static in its year’s view: its outcomes are shared', () => {
    const set = fresh(demoSet);
    const { 3: _, ...values } = passingInput.values;
    const missing = () => indicator(safeEvaluate(set, { ...passingInput, values }).result, '3');
    const first = missing();
    expect(first).toMatchObject({ status: 'missing', target: 50, source: { sources: ['T1'] } });
    expect(missing()).toBe(first);
    const judged = () => indicator(safeEvaluate(set, passingInput).result, '3');
    expect(judged().reason.params).toBe(judged().reason.params);
    // A single case chosen by the year, and a case of some years then one of every year.
    const y = fresh(yearly);
    expect(indicator(inYear(y, 2030, {}), 'y.one')).toBe(indicator(inYear(y, 2030, {}), 'y.one'));
    expect(indicator(inYear(y, 2030), 'y.one').reason.params).toBe(indicator(inYear(y, 2030), 'y.one').reason.params);
    expect(indicator(inYear(y, 2030, {}), 'y.then')).toBe(indicator(inYear(y, 2030, {}), 'y.then'));
  });

  it('at most 32 years of a column are kept: the 33rd year’s view is built again at each evaluation', () => {
    const set = fresh(yearly);
    for (let year = 2001; year <= 2032; year++) expect(indicator(inYear(set, year), 'y.one').status).toBe('met');
    // The 32 first views are kept…
    expect(indicator(inYear(set, 2032, {}), 'y.one')).toBe(indicator(inYear(set, 2032, {}), 'y.one'));
    // …and the next year's is not: each evaluation has its own.
    const a = indicator(inYear(set, 2033, {}), 'y.one');
    const b = indicator(inYear(set, 2033, {}), 'y.one');
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});

describe('where a cell’s target is printed', () => {
  it('the base decree is the one named base, wherever the legal basis lists it', () => {
    const r = safeEvaluate(fresh(printed), {
      region: 'red-river-delta',
      year: 2024,
      facts: { coastal: true },
      values: printedValues,
    }).result;
    expect(indicator(r, 's.plain').source).toStrictEqual({ document: '1/QĐ-TEST', row: 's.plain', sources: ['T1'], annex: 'Phụ lục I' });
    // A target printed elsewhere: its document, its row, no annex of the base decree, its amendment.
    expect(indicator(r, 's.target').source).toStrictEqual({ document: '9/QĐ-TỈNH', row: 'r9', sources: ['T1'], amendedBy: '5/QĐ-TEST' });
    // An indicator printed elsewhere: its document, annex and row.
    expect(indicator(r, 's.indicator').source).toStrictEqual({ document: '3/QĐ-TEST', row: '7', sources: ['T1'], annex: 'Phụ lục II' });
    // Both: the target's ref wins.
    expect(indicator(r, 's.both').source).toStrictEqual({ document: '9/QĐ-TỈNH', row: 'r10', sources: ['T1'], annex: 'Phụ lục III' });
    expect(indicator(r, 's.fixed')).toMatchObject({ status: 'met', source: { document: '3/QĐ-TEST', row: '9' } });
  });

  it('an indicator not in the column is printed where the indicator is, with no target’s sources', () => {
    const r = safeEvaluate(fresh(printed), { region: 'southeast', year: 2024, facts: { coastal: true }, values: printedValues });
    expect(indicator(r.result, 's.fixed')).toMatchObject({ status: 'not-applicable', reason: { code: 'indicator.not-in-column' } });
    expect(indicator(r.result, 's.fixed').source).toStrictEqual({ document: '3/QĐ-TEST', row: '9', sources: [] });
    expect(r.issues.map((i) => [i.code, i.path])).toContainEqual(['not-applicable-value', ['values', 's.fixed']]);
  });

  it('an outcome that names no target is printed where the static target is (its sources), in the same object', () => {
    const set = fresh(demoSet);
    const notApplicable = indicator(safeEvaluate(set, passingInput).result, '4.3');
    expect(notApplicable).toMatchObject({ status: 'not-applicable', source: { row: '4.3', sources: ['T1'] } });
    const judged = indicator(
      safeEvaluate(set, {
        ...passingInput,
        facts: { ...passingInput.facts, coastal: true },
        values: { ...passingInput.values, '4.3': true },
      }).result,
      '4.3',
    );
    expect(judged).toMatchObject({ status: 'met', source: { sources: ['T1'] } });
    expect(judged.source).toBe(notApplicable.source);
  });

  it('a cell of several cases has no static target, even when its first case always applies: such outcomes are printed where the indicator is', () => {
    const at = (coastal: boolean) =>
      indicator(
        safeEvaluate(fresh(printed), {
          region: 'red-river-delta',
          year: 2024,
          facts: { coastal },
          values: { ...printedValues, 's.cases': true },
        }).result,
        's.cases',
      );
    expect(at(false)).toMatchObject({ status: 'not-applicable', source: { row: 's.cases', sources: [] } });
    expect(at(true)).toMatchObject({ status: 'met', target: true, source: { row: 's.cases', sources: ['T1'] } });
  });
});

describe('cells without a column', () => {
  const { region: _, ...noRegion } = passingInput;

  it('no column: an indicator of per-region targets, or of some columns only, is missing its column; one of `all` is judged', () => {
    const set = fresh(demoSet);
    const r = safeEvaluate(set, noRegion).result;
    expect(indicator(r, '1.1')).toMatchObject({ status: 'missing', reason: { code: 'indicator.missing-column' }, source: { sources: [] } });
    expect(indicator(r, '4.4')).toMatchObject({ status: 'missing', reason: { code: 'indicator.missing-column' } });
    expect(indicator(r, '1.2')).toMatchObject({ status: 'met', reason: { code: 'indicator.met' } });
    // Without a value, the missing column's outcome is shared by every unit of the view.
    const { '1.1': _v, ...values } = noRegion.values;
    const bare = () => indicator(safeEvaluate(set, { ...noRegion, values }).result, '1.1');
    expect(bare()).toBe(bare());
  });

  it("no column: an indicator of every column (`columns: ['all']`) is judged against its `all` target, as one without `columns`", () => {
    // TEST-ONLY: demoSet's 1.2 (an `all` target) declared to exist in every column.
    const everyColumn = (columns: Indicator['columns']) =>
      fresh({
        ...demoSet,
        criteria: demoSet.criteria.map((c) => ({
          ...c,
          indicators: c.indicators.map((i) => (i.code === '1.2' ? { ...i, columns } : i)),
        })),
      });
    const judged = (columns: Indicator['columns']) => indicator(safeEvaluate(everyColumn(columns), noRegion).result, '1.2');
    expect(judged(['all'])).toMatchObject({ status: 'met', reason: { code: 'indicator.met' } });
    expect(judged(['all'])).toEqual(indicator(safeEvaluate(fresh(demoSet), noRegion).result, '1.2'));
    expect(judged(['red-river-delta'])).toMatchObject({ status: 'missing', reason: { code: 'indicator.missing-column' } });
  });

  it('no column, an indicator under a fact: not applicable when the fact fails, else missing its column', () => {
    const at = (coastal: boolean) =>
      indicator(safeEvaluate(fresh(printed), { year: 2024, facts: { coastal }, values: { 's.plain': 1 } }).result, 's.applies');
    expect(at(false)).toMatchObject({ status: 'not-applicable', reason: { code: 'indicator.not-applicable' } });
    expect(at(true)).toMatchObject({ status: 'missing', reason: { code: 'indicator.missing-column' } });
  });

  it('the indicator of some columns only: judged in its column, not applicable in another', () => {
    const red = safeEvaluate(fresh(demoSet), passingInput);
    expect(indicator(red.result, '4.4')).toMatchObject({ status: 'met' });
    const se = safeEvaluate(fresh(demoSet), { ...passingInput, region: 'southeast' });
    expect(indicator(se.result, '4.4')).toMatchObject({ status: 'not-applicable', reason: { code: 'indicator.not-in-column' } });
    expect(se.issues.map((i) => i.code)).toContain('not-applicable-value');
  });
});

describe('static targets judged from the cell', () => {
  it('each comparison, at and beyond its target', () => {
    const set = fresh(plain);
    const at = (values: object) => inPlain(set, values);
    expect(indicator(at({ 'n.ge': 90 }), 'n.ge').status).toBe('met');
    expect(indicator(at({ 'n.ge': 89 }), 'n.ge').status).toBe('not-met');
    expect(indicator(at({ 'n.le': 2 }), 'n.le').status).toBe('met');
    expect(indicator(at({ 'n.le': 3 }), 'n.le').status).toBe('not-met');
    expect(indicator(at({ 'n.eq': 3 }), 'n.eq').status).toBe('met');
    expect(indicator(at({ 'n.eq': 2 }), 'n.eq').status).toBe('not-met');
    expect(indicator(at({ 'n.eq': 4 }), 'n.eq').status).toBe('not-met');
  });

  it('a verified target’s params carry no status; a provincial one’s do; an unknown one is unknown', () => {
    const r = inPlain(fresh(plain));
    expect(indicator(r, 'n.ge')).toMatchObject({ status: 'met', targetStatus: 'verified' });
    expect(Object.keys(indicator(r, 'n.ge').reason.params).sort()).toEqual(['column', 'indicator', 'measure', 'op', 'source', 'target']);
    expect(indicator(r, 'n.prov')).toMatchObject({
      status: 'met',
      targetStatus: 'provincial',
      reason: { params: { targetStatus: 'provincial' } },
    });
    const missing = inPlain(fresh(plain), { 'n.ge': undefined });
    expect(Object.keys(indicator(missing, 'n.ge').reason.params).sort()).toEqual([
      'column',
      'indicator',
      'measure',
      'op',
      'source',
      'target',
    ]);
    expect(indicator(r, 'n.unknown')).toMatchObject({ status: 'unknown-target', actual: 50, reason: { code: 'indicator.unknown-target' } });
  });

  it('a relative target and one under a fact are judged per unit, not as static targets', () => {
    const set = fresh(demoSet);
    const income = indicator(safeEvaluate(set, { ...passingInput, values: { ...passingInput.values, '3.r': 59 } }).result, '3.r');
    expect(income).toMatchObject({ status: 'not-met', target: 60 });
    expect(indicator(safeEvaluate(set, passingInput).result, '4.3').status).toBe('not-applicable');
  });
});

describe('criteria shared by their flags, and verdicts by their pattern', () => {
  it('a criterion of up to five flags with static targets is one frozen result per pattern of flags', () => {
    const set = fresh(plain);
    const first = criterion(inPlain(set, { 'n.ge': 91 }), 'flags');
    const second = criterion(inPlain(set, { 'n.ge': 92 }), 'flags');
    expect(first).toMatchObject({ status: 'met' });
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('a flag beside a number: the criterion follows the number', () => {
    const set = fresh(plain);
    expect(criterion(inPlain(set, { 'm.count': 2 }), 'mixed').status).toBe('met');
    const short = criterion(inPlain(set, { 'm.count': 0 }), 'mixed');
    expect(short.status).toBe('not-met');
    expect(short.indicators.map((i) => i.status)).toEqual(['met', 'not-met']);
  });

  it('flags one of which applies under a fact: the criterion follows the fact', () => {
    const set = fresh(plain);
    const inland = criterion(inPlain(set, {}, { facts: { coastal: false } }), 'applies');
    expect(inland.indicators.map((i) => i.status)).toEqual(['not-applicable', 'met']);
    const coast = criterion(inPlain(set, {}, { facts: { coastal: true } }), 'applies');
    expect(coast.indicators.map((i) => i.status)).toEqual(['met', 'met']);
  });

  it('a criterion of 21 flags is evaluated (only criteria of up to five flags are kept by their flags)', () => {
    const codes = flags('g', 21).map((i) => i.code);
    const many = defineCriteriaSet({
      ...testSetHeader('test-view-flags'),
      columns: 'single',
      criteria: [group('1', 1, flags('g', 21))],
      conditions: [],
      references: {},
      sources: { T1: { what: 'test data' } },
    } as Parameters<typeof defineCriteriaSet>[0]);
    const r = safeEvaluate(fresh(many), { year: 2024, values: valuesOf(codes, true) });
    expect(r.result.criteria[0]).toMatchObject({ status: 'met' });
    expect(r.result.criteria[0]!.indicators).toHaveLength(21);
  });

  it('the verdict of a criterion of 15 indicators is shared by every unit and view with its pattern', () => {
    const fifteen = defineCriteriaSet({
      ...testSetHeader('test-view-fifteen'),
      columns: 'single',
      criteria: [group('1', 1, counts('c', 15))],
      conditions: [],
      references: {},
      sources: { T1: { what: 'test data' } },
    } as Parameters<typeof defineCriteriaSet>[0]);
    const codes = counts('c', 15).map((i) => i.code);
    const set = fresh(fifteen);
    const a = safeEvaluate(set, { year: 2024, values: valuesOf(codes, 1) }).result.criteria[0]!;
    const b = safeEvaluate(set, { year: 2024, values: valuesOf(codes, 2) }).result.criteria[0]!;
    expect(a.status).toBe('met');
    expect(b).not.toBe(a);
    expect(b.reason).toBe(a.reason);
    expect(Object.isFrozen(a.reason)).toBe(true);
    // Another copy of the set (another view, the same criterion): the same verdict.
    const c = safeEvaluate(fresh(fifteen), { year: 2024, values: valuesOf(codes, 3) }).result.criteria[0]!;
    expect(c.reason).toBe(a.reason);
  });

  it('a not-met verdict of 15 indicators, whose reason names the failing one, is kept per pattern, for every view of the criterion', () => {
    const codes = counts('n', 15).map((i) => i.code);
    const fifteen = defineCriteriaSet({
      ...testSetHeader('test-view-fifteen-not-met'),
      columns: 'single',
      criteria: [group('1', 1, counts('n', 15))],
      conditions: [],
      references: {},
      sources: { T1: { what: 'test data' } },
    } as Parameters<typeof defineCriteriaSet>[0]);
    const failingFirst = (value: number) => ({ year: 2024, values: { ...valuesOf(codes, value), n1: 0 } });
    const set = fresh(fifteen);
    const a = safeEvaluate(set, failingFirst(1)).result.criteria[0]!;
    const b = safeEvaluate(set, failingFirst(2)).result.criteria[0]!;
    expect(a.status).toBe('not-met');
    expect(b.reason).toEqual(a.reason);
    expect(b.reason).toBe(a.reason);
    expect(Object.isFrozen(a.reason)).toBe(true);
    const c = safeEvaluate(fresh(fifteen), failingFirst(3)).result.criteria[0]!;
    expect(c.reason).toBe(a.reason);
  });

  it('a criterion of 28 indicators: two patterns that differ in the first indicator get their own verdicts', () => {
    // Beyond 15 indicators the base-4 pattern is not kept: 4^27 is past the exact integers of a
    // double, so a pattern there would lose its first digit.
    const codes = counts('k', 28).map((i) => i.code);
    const wide = defineCriteriaSet({
      ...testSetHeader('test-view-wide'),
      columns: 'single',
      criteria: [group('1', 1, counts('k', 28))],
      conditions: [],
      references: {},
      sources: { T1: { what: 'test data' } },
    } as Parameters<typeof defineCriteriaSet>[0]);
    const set = fresh(wide);
    const { k28: _, ...values } = valuesOf(codes, 1);
    const short = safeEvaluate(set, { year: 2024, values: { ...values, k1: 0 } }).result.criteria[0]!;
    expect(short.status).toBe('not-met');
    const whole = safeEvaluate(set, { year: 2024, values }).result.criteria[0]!;
    expect(whole.status).toBe('incomplete');
    expect(whole.indicators[0]!.status).toBe('met');
  });
});
