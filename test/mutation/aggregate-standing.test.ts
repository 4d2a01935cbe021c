// How an aggregate judges its units (src/evaluate/aggregate.ts, lines 646–901): the tallies of
// its shares, where a unit's data for a level comes from (per-level data, a ready result, the
// one-record input and the set it fits), each standing and its reason, the overrides given once
// for a level, the results kept and the outcomes listed. Every set here is TEST-ONLY (fixtures,
// not law); each test evaluates fresh sets and units of its own.
import { testSetHeader } from './test-set-header.js';
import { describe, expect, it } from 'vitest';
import {
  type AggregateOptions,
  type AggregateUnit,
  type Condition,
  type CriteriaSet,
  defineCriteriaSet,
  evaluate,
  type EvaluationResult,
  formatMessage,
  type Level,
  safeEvaluateAggregate,
} from '../../src/index.js';

type Check = Condition['check'];
const condition = (id: string, check: Check, purpose: Condition['purpose'] = 'criteria'): Condition => ({
  id,
  text: { vi: `Điều kiện ${id}`, en: `Condition ${id}` },
  purpose,
  status: 'verified',
  sources: [],
  check,
});
const share = (id: string, unitLevel: Level, standard: 'meets-set' | 'recognised' = 'meets-set', percent = 100): Condition =>
  condition(id, { kind: 'unit-share', unitLevel, standard, op: '>=', percent });

/** TEST-ONLY (fixture, not law): a set of one flag `code` at a level, with the facts, references and conditions given. */
function flagSet(id: string, level: Level, code: string, more: Partial<Pick<CriteriaSet, 'facts' | 'references' | 'conditions'>> = {}) {
  return defineCriteriaSet({
    ...testSetHeader(id),
    level,
    version: `test ${id}`,
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
            code,
            text: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` },
            textStatus: 'verified',
            measure: 'flag',
            targets: { all: { status: 'verified', value: true, op: '=', sources: [] } },
          },
        ],
      },
    ],
    conditions: more.conditions ?? [],
    ...(more.facts ? { facts: more.facts } : {}),
    ...(more.references ? { references: more.references } : {}),
    sources: {},
  } as Parameters<typeof defineCriteriaSet>[0]);
}
const boolean = (name: string) => ({ kind: 'boolean', text: { vi: name, en: name } }) as const;
const number = (name: string) => ({ kind: 'number', text: { vi: name, en: name } }) as const;

/** TEST-ONLY: the commune set (flag `a`, fact `f`, reference `r`); its recognition needs the fact `f`. */
const communeSet = () =>
  flagSet('test-agg-commune', 'commune', 'a', {
    facts: { f: boolean('f') },
    references: { r: number('r') },
    conditions: [condition('fact-f', { kind: 'fact', fact: 'f', op: '=', value: true }, 'recognition')],
  });
/** TEST-ONLY: the advanced-commune set (flag `b`, fact `g`; no references declared unless given). */
const advancedSet = (facts: CriteriaSet['facts'] = { g: boolean('g') }, references?: CriteriaSet['references']) =>
  flagSet('test-agg-advanced', 'commune-advanced', 'b', { facts, ...(references ? { references } : {}) });
/** TEST-ONLY: a district set of one flag and one share of its communes. */
const districtUnitSet = () => flagSet('test-agg-district-unit', 'district', 'd', { conditions: [share('its-communes', 'commune')] });
/** TEST-ONLY: a district set of one flag and no share. */
const plainDistrictSet = () => flagSet('test-agg-plain-district', 'district', 'd');

/** TEST-ONLY: the aggregate: every commune meets the commune set, is recognised, and half of them are advanced. */
const aggregateSet = (extra: Condition[] = []) =>
  flagSet('test-agg-district', 'district', 'x', {
    conditions: [
      share('meets', 'commune'),
      share('recognised', 'commune', 'recognised'),
      share('advanced', 'commune-advanced', 'meets-set', 50),
      ...extra,
    ],
  });
/** TEST-ONLY: a province aggregate counting its districts. */
const provinceSet = () => flagSet('test-agg-province', 'province', 'p', { conditions: [share('districts', 'district')] });

const bothSets = () => ({ commune: communeSet(), 'commune-advanced': advancedSet() });
const run = (units: unknown[], more: object = {}, options: AggregateOptions = {}, set: CriteriaSet = aggregateSet()) =>
  safeEvaluateAggregate(set, { year: 2024, values: { x: true }, units: units as AggregateUnit[], unitSets: bothSets(), ...more }, options);
type Outcome = ReturnType<typeof run>;
const cond = (o: Outcome, id: string) => o.result.conditions.find((c) => c.id === id)!;
const unit = (o: Outcome, id: string) => o.result.units.find((u) => u.id === id)!;
const standing = (o: Outcome, id: string, level: Level) => unit(o, id).standings.find((s) => s.level === level)!;
const bases = (o: Outcome, id: string) => unit(o, id).standings.map((s) => [s.level, s.basis]);
const where = (o: Outcome) => o.result.issues.map((i) => [i.code, i.path.join('.')]);

const fullCommune = { values: { a: true }, facts: { f: true } };
const BY = 'TEST-ONLY: not a legal value';

describe('the tallies of the shares: each unit counted once, by its kind', () => {
  it('counts the units of the share’s kind, as met, failing or undecided, for the set verdict or the recognition', () => {
    const o = run([
      { id: 'c1', input: fullCommune },
      { id: 'c2', input: { values: { a: true }, facts: { f: false } } },
      { id: 'c3', input: { values: { a: false } } },
      { id: 'c4' },
      { id: 't1', kind: 'township', input: fullCommune },
      { id: 'u1', kind: 'bogus', input: fullCommune },
      { id: 'd1', kind: 'district', input: fullCommune },
    ]);
    expect(cond(o, 'meets')).toMatchObject({
      status: 'not-met',
      reason: { code: 'condition.units-meet-set', params: { passing: 2, total: 5 } },
      failingUnits: ['c3'],
      undecidedUnits: ['c4', 'u1'],
    });
    expect(cond(o, 'recognised')).toMatchObject({
      status: 'not-met',
      reason: { code: 'condition.units-recognised', params: { passing: 1, total: 5 } },
      failingUnits: ['c2', 'c3'],
      undecidedUnits: ['c4', 'u1'],
    });
    expect(cond(o, 'advanced')).toMatchObject({
      status: 'incomplete',
      reason: { params: { passing: 0, total: 5 } },
      failingUnits: [],
      undecidedUnits: ['c1', 'c2', 'c3', 'c4', 'u1'],
    });
    // The township and the district are not counted, nor listed; the unit of unknown kind is, without standings.
    expect(o.result.units.map((u) => [u.id, u.kind, u.standings.length])).toEqual([
      ['c1', 'commune', 2],
      ['c2', 'commune', 2],
      ['c3', 'commune', 2],
      ['c4', 'commune', 2],
      ['u1', 'unknown', 0],
    ]);
    expect(unit(o, 'u1').standings).toEqual([]);
    expect(standing(o, 'c2', 'commune')).toMatchObject({ verdict: 'met', recognition: 'not-met', metCount: 1, total: 1 });
  });

  it('a unit of unknown kind alone is undecided, counted in the total', () => {
    const o = run([{ id: 'u1', kind: 'bogus' }]);
    expect(cond(o, 'meets')).toMatchObject({ status: 'incomplete', reason: { params: { passing: 0, total: 1 } }, undecidedUnits: ['u1'] });
  });

  it('a share of provinces counts no sub-unit: it needs the units, even beside units of unknown kind', () => {
    const set = flagSet('test-agg-of-provinces', 'district', 'x', { conditions: [share('provinces', 'province')] });
    for (const units of [[], [{ id: 'u1', kind: 'bogus' }], [{ id: 'c1', input: fullCommune }]]) {
      const o = run(units, {}, {}, set);
      expect(cond(o, 'provinces')).toMatchObject({ status: 'incomplete', reason: { code: 'condition.needs-units' } });
      expect('undecidedUnits' in cond(o, 'provinces')).toBe(false);
    }
  });

  it('a unit counted by two shares of one level is judged once: its issues are reported once', () => {
    const o = run([{ id: 'c1', input: { values: { a: 'yes' } } }]);
    expect(where(o)).toEqual([['invalid-type', 'units.0.input.values.a']]);
  });
});

describe('where a unit’s data for a level comes from', () => {
  it('data for a level whose set is not given is not judged: no set, no data', () => {
    const o = run([{ id: 'c1', inputs: { 'commune-advanced': { values: { b: true } } } }], { unitSets: { commune: communeSet() } });
    expect(o.result.issues).toEqual([]);
    expect(standing(o, 'c1', 'commune-advanced')).toMatchObject({ basis: 'no-data', setId: null, reason: { code: 'aggregate.no-set' } });
    expect(standing(o, 'c1', 'commune')).toMatchObject({
      basis: 'no-data',
      setId: 'test-agg-commune',
      reason: { code: 'aggregate.no-data' },
    });
  });

  it('with one level’s set given, the one-record input is that level’s data, whatever it holds', () => {
    const o = run([{ id: 'c1', input: { values: { b: true } } }], { unitSets: { commune: communeSet() } });
    expect(bases(o, 'c1')).toEqual([
      ['commune', 'evaluated'],
      ['commune-advanced', 'no-data'],
    ]);
    expect(where(o)).toEqual([['unknown-indicator', 'units.0.input.values.b']]);
  });

  it.each<[string, object, string[]]>([
    ['codes of the advanced set only', { values: { b: true } }, ['commune-advanced']],
    ['a code and a fact of the advanced set', { values: { b: true }, facts: { g: true } }, ['commune-advanced']],
    ['codes of the commune set, its fact and reference', { values: { a: true }, facts: { f: true }, references: { r: 1 } }, ['commune']],
    ['no code, fact or reference', { values: {} }, ['commune', 'commune-advanced']],
    ['nothing at all', {}, ['commune', 'commune-advanced']],
    ['a reference, for a set that declares none', { values: { b: true }, references: { zz: 1 } }, ['commune-advanced']],
    ['an override of the advanced set’s code', { overrides: { b: { value: true, by: BY } } }, ['commune-advanced']],
  ])('an input with %s is judged at the levels whose sets it fits', (_what, input, levels) => {
    const o = run([{ id: 'c1', input }]);
    expect(
      unit(o, 'c1')
        .standings.filter((s) => s.basis === 'evaluated')
        .map((s) => s.level),
    ).toEqual(levels);
  });

  it.each<[string, object]>([
    ['codes of both sets', { values: { a: true, b: true } }],
    ['a code of one set and a fact of the other', { values: { b: true }, facts: { f: true } }],
    ['a code of the advanced set, its fact and a fact of the other', { values: { b: true }, facts: { g: true, f: true } }],
    ['an override of neither', { values: { b: true }, overrides: { zz: { value: true, by: BY } } }],
  ])('an input with %s fits no set: it is judged at the first level only', (_what, input) => {
    const o = run([{ id: 'c1', input }]);
    expect(bases(o, 'c1')).toEqual([
      ['commune', 'evaluated'],
      ['commune-advanced', 'no-data'],
    ]);
    expect(o.result.issues.length).toBeGreaterThan(0);
    for (const i of o.result.issues) expect(i.params.within).toEqual({ unit: 'c1', set: 'test-agg-commune' });
  });

  it.each<[string, object]>([
    ['values that are not a record', { values: 'junk' }],
    ['overrides that are not a record', { values: {}, overrides: 'junk' }],
    ['facts that are not a record', { values: { a: true }, facts: 'junk' }],
    ['references that are not a record', { values: { a: true }, references: 'junk' }],
  ])('an input with %s fits no set, and is judged once', (_what, input) => {
    const o = run([{ id: 'c1', input }]);
    expect(bases(o, 'c1')).toEqual([
      ['commune', 'evaluated'],
      ['commune-advanced', 'no-data'],
    ]);
    expect(o.result.issues.map((i) => i.code)).toContain('invalid-type');
  });

  it('a reference that the advanced set does not declare, when it declares some, fits it no more', () => {
    const withReferences = advancedSet({ g: boolean('g') }, { s: number('s') });
    const unitSets = { commune: communeSet(), 'commune-advanced': withReferences };
    const fits = run([{ id: 'c1', input: { values: { b: true }, references: { s: 1 } } }], { unitSets });
    expect(bases(fits, 'c1')).toEqual([
      ['commune', 'no-data'],
      ['commune-advanced', 'evaluated'],
    ]);
    const not = run([{ id: 'c1', input: { values: { b: true }, references: { zz: 1 } } }], { unitSets });
    expect(bases(not, 'c1')).toEqual([
      ['commune', 'evaluated'],
      ['commune-advanced', 'no-data'],
    ]);
  });

  it('facts that are not a record fit no set, even one whose facts are named like what a refusal holds', () => {
    const odd = advancedSet({ refused: boolean('refused'), received: boolean('received') });
    const o = run([{ id: 'c1', input: { values: { b: true }, facts: 'junk' } }], {
      unitSets: { commune: communeSet(), 'commune-advanced': odd },
    });
    expect(bases(o, 'c1')).toEqual([
      ['commune', 'evaluated'],
      ['commune-advanced', 'no-data'],
    ]);
  });

  it('an input that is not a record is judged at the first level only, and reported once', () => {
    const o = run([{ id: 'c1', input: 'junk' }], {}, { keep: 'results' });
    expect(bases(o, 'c1')).toEqual([
      ['commune', 'evaluated'],
      ['commune-advanced', 'no-data'],
    ]);
    expect(o.result.issues).toEqual([
      {
        code: 'invalid-type',
        path: ['units', 0, 'input'],
        expected: 'an object { values, region?, year?, … }',
        received: '"junk"',
        params: { path: 'units.0.input', expects: 'input-object', received: '"junk"', within: { unit: 'c1', set: 'test-agg-commune' } },
      },
    ]);
    // Judged as an empty input: no issue of its own (the shared frozen empty list).
    const result = standing(o, 'c1', 'commune').result!;
    expect(result).toMatchObject({ status: 'incomplete', metCount: 0, total: 1, missing: ['a'] });
    expect(result.issues).toEqual([]);
    expect(Object.isFrozen(result.issues)).toBe(true);
  });

  it('data for a level that is not a record is reported at its path', () => {
    const o = run([{ id: 'c1', name: 'Xã Một', inputs: { 'commune-advanced': new Map() } }]);
    expect(o.result.issues).toMatchObject([
      {
        code: 'unreadable',
        path: ['units', 0, 'inputs', 'commune-advanced'],
        expected: 'an object { values, region?, year?, … }',
        params: { within: { unit: 'Xã Một', set: 'test-agg-advanced' } },
      },
    ]);
    expect(standing(o, 'c1', 'commune-advanced')).toMatchObject({ basis: 'evaluated', verdict: 'incomplete' });
  });

  it('an issue of data given per level is reported at that level’s path, named by the unit’s name or id', () => {
    const o = run([
      { id: 'c1', name: 'Xã Một', inputs: { 'commune-advanced': { values: { b: 3 } } } },
      { id: 'c2', inputs: { commune: { values: { a: 3 } } } },
    ]);
    // The commune shares come first in the set, so the commune level is judged first.
    expect(o.result.issues.map((i) => [i.code, i.path.join('.'), i.params.within])).toEqual([
      ['invalid-type', 'units.1.inputs.commune.values.a', { unit: 'c2', set: 'test-agg-commune' }],
      ['invalid-type', 'units.0.inputs.commune-advanced.values.b', { unit: 'Xã Một', set: 'test-agg-advanced' }],
    ]);
    expect(formatMessage(o.result.issues[0]!, 'en').startsWith('c2 (test-agg-commune): ')).toBe(true);
  });

  it('an input that fits one set is reported at the input’s path', () => {
    const o = run([{ id: 'c1', input: { values: { b: 3 } } }]);
    expect(where(o)).toEqual([['invalid-type', 'units.0.input.values.b']]);
    expect(bases(o, 'c1')).toEqual([
      ['commune', 'no-data'],
      ['commune-advanced', 'evaluated'],
    ]);
  });
});

/** A ready result of the commune set, judged from `input` (a fresh result each time). */
const readyCommune = (input: object = fullCommune) => evaluate(communeSet(), { year: 2024, ...input } as never) as EvaluationResult;
/** A ready result as plain data, with `change` applied (`undefined` deletes a field). */
const readyWith = (change: Record<string, unknown>, input: object = fullCommune) => {
  const out: Record<string, unknown> = { ...readyCommune(input) };
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
};

describe('a ready result', () => {
  it('judged under the set in force is given, with its verdicts, counts and reason', () => {
    const o = run([{ id: 'c1', results: { commune: readyWith({ recognition: 'not-met' }) } }]);
    expect(o.result.issues).toEqual([]);
    const s = standing(o, 'c1', 'commune');
    expect(s).toEqual({
      level: 'commune',
      setId: 'test-agg-commune',
      verdict: 'met',
      recognition: 'not-met',
      metCount: 1,
      total: 1,
      basis: 'given',
      reason: { code: 'aggregate.ready-result', params: { version: 'test test-agg-commune', met: 1, total: 1 } },
    });
    expect(formatMessage(s.reason, 'en')).toBe('Ready result under test test-agg-commune: 1 of 1 criteria met.');
    expect(cond(o, 'meets')).toMatchObject({ status: 'met' });
    expect(cond(o, 'recognised')).toMatchObject({ status: 'not-met', failingUnits: ['c1'] });
  });

  it.each<[string, object, string, string]>([
    ['not met', { values: { a: false } }, 'not-met', 'not-met'],
    ['incomplete', { values: {} }, 'incomplete', 'incomplete'],
    ['met and recognised', fullCommune, 'met', 'met'],
  ])('%s keeps its verdict and recognition', (_what, input, verdict, recognition) => {
    const o = run([{ id: 'c1', results: { commune: readyCommune(input) } }]);
    expect(o.result.issues).toEqual([]);
    expect(standing(o, 'c1', 'commune')).toMatchObject({ basis: 'given', verdict, recognition });
  });

  it.each<[string, unknown]>([
    ['no recognition', undefined],
    ['a recognition that is no verdict', 'recognised'],
  ])('with %s counts as not recognised (incomplete)', (_what, recognition) => {
    const o = run([{ id: 'c1', results: { commune: readyWith({ recognition }) } }]);
    expect(o.result.issues).toEqual([]);
    expect(standing(o, 'c1', 'commune')).toMatchObject({ basis: 'given', verdict: 'met', recognition: 'incomplete' });
    expect(cond(o, 'recognised')).toMatchObject({ status: 'incomplete', undecidedUnits: ['c1'] });
  });

  it.each<[string, Record<string, unknown>]>([
    ['no set id', { setId: undefined }],
    ['a set id that is not text', { setId: 7 }],
    ['no version', { version: undefined }],
    ['no level', { level: undefined }],
    ['a status that is no verdict', { status: 'passed' }],
    ['no met count', { metCount: undefined }],
    ['a total that is not a number', { total: '1' }],
  ])('with %s is not usable: an issue, and the unit has no data', (_what, change) => {
    const o = run([{ id: 'c1', name: 'Xã Một', results: { commune: readyWith(change) } }]);
    expect(o.result.issues).toEqual([
      {
        code: 'invalid-type',
        path: ['units', 0, 'results', 'commune'],
        expected: 'a ready result (an evaluation result)',
        received: 'an object',
        params: {
          path: 'units.0.results.commune',
          expects: 'ready-result',
          received: 'an object',
          within: { unit: 'Xã Một', set: 'test-agg-commune' },
        },
      },
    ]);
    expect(standing(o, 'c1', 'commune')).toMatchObject({ basis: 'no-data', verdict: 'incomplete', setId: 'test-agg-commune' });
  });

  it('that is not a record is reported as what it is', () => {
    const o = run([
      { id: 'c1', results: { commune: 'met' } },
      { id: 'c2', results: { commune: new Map() } },
    ]);
    expect(o.result.issues.map((i) => [i.code, i.path.join('.'), i.expected, i.received])).toEqual([
      ['invalid-type', 'units.0.results.commune', 'a ready result (an evaluation result)', '"met"'],
      ['unreadable', 'units.1.results.commune', 'a ready result (an evaluation result)', 'a Map'],
    ]);
  });

  it('not usable, for a level without a set, names the unit only', () => {
    const o = run([{ id: 'c1', results: { commune: readyWith({ total: undefined }) } }], { unitSets: {} });
    expect(o.result.issues).toMatchObject([{ code: 'invalid-type', path: ['units', 0, 'results', 'commune'] }]);
    expect(o.result.issues[0]!.params.within).toEqual({ unit: 'c1' });
    expect(standing(o, 'c1', 'commune')).toMatchObject({ basis: 'no-data', setId: null, reason: { code: 'aggregate.no-set' } });
  });

  it('judged under another set, or for another level, is stale: it does not count', () => {
    const other = readyWith({ setId: 'test-agg-other' });
    const level = readyWith({ level: 'commune-model' });
    const o = run([
      { id: 'c1', results: { commune: other } },
      { id: 'c2', results: { commune: level } },
    ]);
    expect(o.result.issues).toEqual([]);
    const s = standing(o, 'c1', 'commune');
    expect(s).toEqual({
      level: 'commune',
      setId: 'test-agg-other',
      verdict: 'incomplete',
      recognition: 'incomplete',
      metCount: null,
      total: null,
      basis: 'stale',
      reason: { code: 'aggregate.ready-wrong-set', params: { given: 'test-agg-other', inForce: 'test-agg-commune' } },
    });
    expect(formatMessage(s.reason, 'en')).toBe(
      'The ready result was judged under test-agg-other, not test-agg-commune; it must be re-evaluated.',
    );
    expect(standing(o, 'c2', 'commune')).toMatchObject({ basis: 'stale', setId: 'test-agg-commune' });
    expect(cond(o, 'meets')).toMatchObject({ status: 'incomplete', undecidedUnits: ['c1', 'c2'] });
  });

  it('without a set to compare, counts if it is of the level, and is stale otherwise', () => {
    const o = run(
      [
        { id: 'c1', results: { commune: readyWith({ setId: 'test-agg-other' }) } },
        { id: 'c2', results: { commune: readyWith({ level: 'commune-model' }) } },
      ],
      { unitSets: {} },
    );
    expect(o.result.issues).toEqual([]);
    expect(standing(o, 'c1', 'commune')).toMatchObject({ basis: 'given', setId: 'test-agg-other', verdict: 'met' });
    expect(standing(o, 'c2', 'commune')).toMatchObject({
      basis: 'stale',
      reason: { code: 'aggregate.ready-wrong-set', params: { given: 'test-agg-commune', inForce: 'commune' } },
    });
  });

  it('is kept as given when asked: every one, or those not met (stale ones included)', () => {
    const met = readyCommune();
    const notMet = readyCommune({ values: { a: false } });
    const stale = readyWith({ setId: 'test-agg-other' });
    const units = () => [
      { id: 'met', results: { commune: met } },
      { id: 'not-met', results: { commune: notMet } },
      { id: 'stale', results: { commune: stale } },
    ];
    const kept = (keep: AggregateOptions['keep']) => {
      const o = run(units(), {}, { keep });
      return ['met', 'not-met', 'stale'].map((id) => standing(o, id, 'commune').result);
    };
    expect(kept('verdicts')).toEqual([undefined, undefined, undefined]);
    const failing = kept('failing');
    expect(failing[0]).toBeUndefined();
    expect(failing[1]).toBe(notMet);
    expect(failing[2]).toBe(stale);
    const all = kept('results');
    expect(all[0]).toBe(met);
    expect(all[1]).toBe(notMet);
    expect(all[2]).toBe(stale);
  });
});

describe('a standing re-evaluated, or without data', () => {
  it('re-evaluated: the verdicts and counts of the unit’s result, and the set’s version in the reason', () => {
    const o = run([{ id: 'c1', inputs: { commune: { values: { a: true }, facts: { f: false } } } }]);
    const s = standing(o, 'c1', 'commune');
    expect(s).toEqual({
      level: 'commune',
      setId: 'test-agg-commune',
      verdict: 'met',
      recognition: 'not-met',
      metCount: 1,
      total: 1,
      basis: 'evaluated',
      reason: { code: 'aggregate.re-evaluated', params: { version: 'test test-agg-commune', met: 1, total: 1 } },
    });
    expect(formatMessage(s.reason, 'en')).toBe('Re-evaluated under test test-agg-commune: 1 of 1 criteria met.');
  });

  it('without data, with and without a set: the level in the reason', () => {
    const o = run([{ id: 'c1' }], { unitSets: { commune: communeSet() } });
    const noData = standing(o, 'c1', 'commune');
    expect(noData).toEqual({
      level: 'commune',
      setId: 'test-agg-commune',
      verdict: 'incomplete',
      recognition: 'incomplete',
      metCount: null,
      total: null,
      basis: 'no-data',
      reason: { code: 'aggregate.no-data', params: { level: 'commune' } },
    });
    expect(formatMessage(noData.reason, 'en')).toBe('The unit has no data for the level "NTM commune".');
    const noSet = standing(o, 'c1', 'commune-advanced');
    expect(noSet).toEqual({
      level: 'commune-advanced',
      setId: null,
      verdict: 'incomplete',
      recognition: 'incomplete',
      metCount: null,
      total: null,
      basis: 'no-data',
      reason: { code: 'aggregate.no-set', params: { level: 'commune-advanced' } },
    });
  });

  it('keeps the re-evaluated result as asked, without its issues (they are the aggregate’s)', () => {
    const units = () => [
      { id: 'met', input: fullCommune },
      { id: 'not-met', input: { values: { a: false } } },
      { id: 'bad', input: { values: { a: 3 } } },
    ];
    const kept = (keep: AggregateOptions['keep']) => {
      const o = run(units(), {}, { keep });
      return ['met', 'not-met', 'bad'].map((id) => standing(o, id, 'commune').result);
    };
    expect(kept('verdicts')).toEqual([undefined, undefined, undefined]);
    const failing = kept('failing');
    expect(failing.map((r) => r?.status)).toEqual([undefined, 'not-met', 'incomplete']);
    const all = kept('results');
    expect(all.map((r) => r?.status)).toEqual(['met', 'not-met', 'incomplete']);
    for (const r of all) expect(r!.issues).toEqual([]);
    // A result without issues is kept as it is (its issues the shared frozen empty list).
    expect(Object.isFrozen(all[0]!.issues) && Object.isFrozen(all[1]!.issues)).toBe(true);
  });

  it('a unit’s data inherits the year (and column) of the aggregate, per level, unless it gives its own', () => {
    const o = run(
      [
        { id: 'c1', inputs: { commune: { year: 2023, values: { a: true } }, 'commune-advanced': { year: 2025, values: { b: true } } } },
        { id: 'c2', inputs: { commune: { values: { a: true } }, 'commune-advanced': { year: 2022, values: { b: true } } } },
      ],
      {},
      { keep: 'results' },
    );
    expect(o.result.issues).toEqual([]);
    expect(unit(o, 'c1').standings.map((s) => s.result!.year)).toEqual([2023, 2025]);
    expect(unit(o, 'c2').standings.map((s) => s.result!.year)).toEqual([2024, 2022]);
  });
});

describe('units of units', () => {
  const province = (units: unknown[], unitSets: object, options: AggregateOptions = {}) =>
    safeEvaluateAggregate(
      provinceSet(),
      { year: 2024, values: { p: true }, units: units as AggregateUnit[], unitSets: unitSets as never },
      options,
    );
  const district = (id: string, units?: unknown[]) => ({
    id,
    kind: 'district',
    input: { values: { d: true } },
    ...(units ? { units } : {}),
  });

  it('a district is judged with the shares of its own communes; one without communes needs them', () => {
    const o = province(
      [district('d1', [{ id: 'c1', name: 'Xã Một', input: fullCommune }]), district('d2')],
      {
        district: districtUnitSet(),
        commune: communeSet(),
      },
      { keep: 'results' },
    );
    expect(o.result.issues).toEqual([]);
    const own = (id: string) => standing(o, id, 'district').result!.conditions.find((c) => c.id === 'its-communes')!;
    expect(own('d1')).toMatchObject({ status: 'met', reason: { code: 'condition.units-meet-set', params: { passing: 1, total: 1 } } });
    expect(own('d2')).toMatchObject({ status: 'incomplete', reason: { code: 'condition.needs-units' } });
    expect(cond(o, 'districts')).toMatchObject({ status: 'incomplete', undecidedUnits: ['d2'] });
    // The outcomes in tree order; `name` and `parent` only where there are some.
    expect(o.result.units.map((u) => u.id)).toEqual(['d1', 'c1', 'd2']);
    expect(unit(o, 'c1')).toMatchObject({ name: 'Xã Một', parent: 'd1', kind: 'commune' });
    expect(Object.keys(unit(o, 'd1')).sort()).toEqual(['id', 'kind', 'standings']);
  });

  it('a district set without shares judges a district with communes on its own data', () => {
    const o = province([district('d1', [{ id: 'c1', input: fullCommune }])], { district: plainDistrictSet(), commune: communeSet() });
    expect(o.result.issues).toEqual([]);
    expect(standing(o, 'd1', 'district')).toMatchObject({ basis: 'evaluated', verdict: 'met' });
    // Its communes are counted by no share: not judged, not listed.
    expect(o.result.units.map((u) => u.id)).toEqual(['d1']);
  });
});

describe('overrides given once for a level', () => {
  const ok = { value: true, by: BY };
  it('apply to each unit of the level that does not override the code itself, and are recorded in its result', () => {
    const o = run(
      [
        { id: 'c1', inputs: { commune: fullCommune } },
        { id: 'c2', inputs: { commune: { ...fullCommune, overrides: {} } } },
      ],
      { unitOverrides: { commune: { a: ok } } },
      { keep: 'results' },
    );
    expect(o.result.issues).toEqual([]);
    for (const id of ['c1', 'c2'])
      expect(standing(o, id, 'commune').result!.overrides).toEqual([{ code: 'a', value: true, by: BY, replaced: true }]);
  });

  it('leave a unit whose own overrides are not a record to report them', () => {
    const o = run(
      [{ id: 'c1', inputs: { commune: { ...fullCommune, overrides: 'junk' } } }],
      { unitOverrides: { commune: { a: ok } } },
      { keep: 'results' },
    );
    expect(where(o)).toEqual([['invalid-type', 'units.0.inputs.commune.overrides']]);
    expect(standing(o, 'c1', 'commune').result!.overrides).toEqual([]);
  });

  it('a unit’s own problems stay at the unit’s path, even for a code given once for the level', () => {
    const o = run(
      [
        { id: 'c1', inputs: { commune: { ...fullCommune, overrides: { a: { value: 3, by: BY } } } } },
        { id: 'c2', inputs: { commune: { values: { a: 3 } } } },
      ],
      { unitOverrides: { commune: { a: ok } } },
    );
    expect(where(o).map(([, path]) => path)).toEqual(['units.0.inputs.commune.overrides.a.value', 'units.1.inputs.commune.values.a']);
  });

  it('their problems are reported once, at unitOverrides, the path in the text cut at 60 characters', () => {
    const code60 = 'z'.repeat(60 - 'unitOverrides.commune.'.length);
    const code61 = 'y'.repeat(61 - 'unitOverrides.commune.'.length);
    const o = run(
      [
        { id: 'c1', inputs: { commune: fullCommune } },
        { id: 'c2', inputs: { commune: fullCommune } },
      ],
      { unitOverrides: { commune: { [code60]: ok, [code61]: ok } } },
    );
    expect(o.result.issues.map((i) => [i.code, i.path, i.params.path])).toEqual([
      ['unknown-indicator', ['unitOverrides', 'commune', code60], `unitOverrides.commune.${code60}`],
      ['unknown-indicator', ['unitOverrides', 'commune', code61], `unitOverrides.commune.${code61.slice(0, 60 - 22)}…`],
    ]);
    expect(o.result.issues[0]!.params.path).toHaveLength(60);
    expect(formatMessage(o.result.issues[0]!, 'en')).toContain(`(at unitOverrides.commune.${code60})`);
  });
});

/** A copy of `set` whose `version` throws on its `n`-th read only (a getter that misbehaves once). */
function throwingOnce<S extends CriteriaSet>(set: S, n: number): S {
  let reads = 0;
  const copy = { ...set };
  Object.defineProperty(copy, 'version', {
    enumerable: true,
    get: () => {
      if (++reads === n) throw new Error('TEST-ONLY: a getter that throws once');
      return set.version;
    },
  });
  return copy;
}

describe('a set that throws while a unit is evaluated', () => {
  // The aggregate’s own set is trusted (typed), not copied: its first read is the evaluation.
  it('the aggregate’s own set: an issue at the input, and its own data read as empty', () => {
    const o = run([{ id: 'c1', input: fullCommune }], {}, {}, throwingOnce(aggregateSet(), 1));
    expect(o.result.issues).toEqual([
      {
        code: 'unreadable',
        path: [],
        expected: 'a plain value that can be read',
        received: 'a throwing getter or Proxy',
        params: { path: '', expects: 'readable-value', received: 'a throwing getter or Proxy' },
      },
    ]);
    expect(o.result).toMatchObject({ version: 'test test-agg-district', missing: ['x'] });
    expect(cond(o, 'meets')).toMatchObject({ status: 'met' });
  });

  // A unit's set is read once, when its structure is checked; the engine then reads that copy, so
  // a getter that throws (or answers differently) on a later read is never reached again.
  it('a unit’s set that throws on its second read: read once, no issue, the unit judged as with the plain set', () => {
    const units = [{ id: 'c1', inputs: { commune: fullCommune } }];
    const o = run(units, { unitSets: { commune: throwingOnce(communeSet(), 2) } }, { keep: 'results' });
    const plain = run(units, { unitSets: { commune: communeSet() } }, { keep: 'results' });
    expect(o.result.issues).toEqual([]);
    expect(standing(o, 'c1', 'commune')).toEqual(standing(plain, 'c1', 'commune'));
    expect(standing(o, 'c1', 'commune')).toMatchObject({ basis: 'evaluated', verdict: 'met' });
  });

  it('a unit’s set that throws on its third read (the standing’s reason): no throw, no issue', () => {
    const units = [{ id: 'c1', inputs: { commune: fullCommune } }];
    const o = run(units, { unitSets: { commune: throwingOnce(communeSet(), 3) } });
    expect(o.result.issues).toEqual([]);
    expect(o.result).toEqual(run(units, { unitSets: { commune: communeSet() } }).result);
  });

  it('a unit’s set that can change is read as it was when given: a later change is not seen', () => {
    const set = communeSet();
    let reads = 0;
    const changing = { ...set };
    Object.defineProperty(changing, 'criteria', {
      enumerable: true,
      get: () => (++reads === 1 ? set.criteria : []),
    });
    const o = run([{ id: 'c1', inputs: { commune: fullCommune } }], { unitSets: { commune: changing } }, { keep: 'results' });
    expect(reads).toBe(1);
    expect(standing(o, 'c1', 'commune')).toMatchObject({ verdict: 'met', total: 1 });
  });

  for (const [name, districtSet] of [
    ['without shares', plainDistrictSet],
    ['with shares', districtUnitSet],
  ] as const) {
    it(`a district’s set ${name} that throws on its second read, for a district with communes: no issue`, () => {
      const input = (set: CriteriaSet) => ({
        year: 2024,
        values: { p: true },
        units: [{ id: 'd1', kind: 'district' as const, input: { values: { d: true } }, units: [{ id: 'c1', input: fullCommune }] }],
        unitSets: { district: set, commune: communeSet() },
      });
      const o = safeEvaluateAggregate(provinceSet(), input(throwingOnce(districtSet(), 2)));
      expect(o.result.issues).toEqual([]);
      expect(o.result).toEqual(safeEvaluateAggregate(provinceSet(), input(districtSet())).result);
    });
  }
});
