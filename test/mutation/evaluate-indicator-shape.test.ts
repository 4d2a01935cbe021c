// The shape of an indicator result (src/evaluate/evaluate-indicator.ts: `result`, `reasonOf`,
// `withActual`, `shownNumber`, `firstOp`): a field is there when it has a value and absent
// otherwise (never present as `undefined`), a value shown beside a shared result keeps the
// shared result's unit, candidates and ratio, and the comparison of a result that names no
// target is the indicator's own. The sets are TEST-ONLY: fixtures, not law.
import { testIndicator as row, testSetHeader } from './test-set-header.js';
import { describe, expect, it } from 'vitest';
import { defineCriteriaSet, type IndicatorResult, safeEvaluate } from '../../src/index.js';
import { demoSet, passingInput } from '../fixtures/demo-set.js';
import { indicator } from '../evaluate/helpers.js';

const by = 'TEST-ONLY: not a legal value';
const { '4.4': _, ...elsewhere } = passingInput.values;
const demoResult = (code: string, extra: object = {}) => indicator(safeEvaluate(demoSet, { ...passingInput, ...extra }).result, code);

const unit = { vi: 'triệu đồng', en: 'million VND' };
const coastal = { fact: 'coastal', op: '=', value: true } as const;
const unknown = { status: 'not-found', value: null, sources: [] } as const;

/** TEST-ONLY (fixture, not law): unknown targets with and without a unit or candidates, a ceiling that applies under a fact, and indicators with no target. */
const set = defineCriteriaSet({
  ...testSetHeader('test-shape'),
  columns: 'single',
  criteria: [
    {
      id: '1',
      number: 1,
      name: { vi: 'Tiêu chí 1', en: 'Criterion 1' },
      status: 'verified',
      sources: ['T1'],
      indicators: [
        row('unit', 'amount', { unit, targets: { all: { ...unknown, op: '>=' } } }),
        row('unit.cand', 'amount', {
          unit,
          targets: { all: { status: 'conflict', value: null, op: '>=', sources: ['T1'], candidates: [{ value: 50, sources: ['T1'] }] } },
        }),
        row('flag.cand', 'flag', {
          targets: { all: { status: 'conflict', value: null, op: '=', sources: ['T1'], candidates: [{ value: true, sources: ['T1'] }] } },
        }),
        row('flag.alone', 'flag', { targets: { all: { ...unknown, op: '=' } } }),
        row('share.applies', 'percent', { appliesWhen: coastal, targets: { all: { ...unknown, op: '>=' } } }),
        row('ceiling.applies', 'count', {
          appliesWhen: coastal,
          targets: { all: { status: 'verified', value: 0, op: '<=', sources: ['T1'] } },
        }),
        row('none.flag', 'flag', { targets: { all: [] } }),
        row('none.count', 'count', { targets: { all: [] } }),
      ],
    },
  ],
  conditions: [],
  facts: { coastal: { kind: 'boolean', text: { vi: 'Xã ven biển', en: 'Coastal commune' } } },
  references: {},
  sources: { T1: { what: 'test data' } },
} as Parameters<typeof defineCriteriaSet>[0]);

const values = { unit: 40, 'unit.cand': 40, 'flag.cand': true, 'share.applies': { numerator: 1, denominator: 4 }, 'ceiling.applies': 0 };
const shaped = (code: string, extra: object = {}) =>
  indicator(safeEvaluate(set, { year: 2024, facts: { coastal: true }, values, ...extra }).result, code);

/** The paths of the fields of `value` (nested) that are present with the value `undefined`. */
function undefinedFields(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (v === undefined ? [`${path}${k}`] : undefinedFields(v, `${path}${k}.`)));
}

describe('a result has no field present as undefined', () => {
  const results: [string, () => IndicatorResult][] = [
    ['a number, static target', () => demoResult('1.2')],
    ['a flag, static target', () => demoResult('2')],
    ['a number with a unit', () => demoResult('3')],
    [
      'a flag that applies',
      () => demoResult('4.3', { facts: { ...passingInput.facts, coastal: true }, values: { ...passingInput.values, '4.3': true } }),
    ],
    ['a flag that does not apply', () => demoResult('4.3')],
    ['a ratio, case by fact', () => demoResult('4.2', { values: { ...passingInput.values, '4.2': { numerator: 3, denominator: 4 } } })],
    ['the fact of the case missing', () => demoResult('4.2', { facts: { coastal: false } })],
    ['a relative target', () => demoResult('3.r')],
    ['a relative target without its reference', () => demoResult('3.r', { references: {} })],
    ['an override', () => demoResult('1.2', { overrides: { '1.2': { value: 1, by } } })],
    ['no column', () => demoResult('1.1', { region: undefined })],
    ['not in the column', () => demoResult('4.4', { region: 'mekong-delta', values: elsewhere })],
    ['an unknown target with candidates', () => demoResult('1.1', { region: 'north-central', values: elsewhere })],
    ['a number beside candidates', () => demoResult('1.1', { region: 'north-central', values: { ...elsewhere, '1.1': 91 } })],
    [
      'a ratio beside an unknown target',
      () => demoResult('1.1', { region: 'southeast', values: { ...elsewhere, '1.1': { numerator: 19, denominator: 20 } } }),
    ],
    ['a number beside an unknown target with a unit', () => shaped('unit')],
    ['a number beside candidates with a unit', () => shaped('unit.cand')],
    ['a flag beside candidates', () => shaped('flag.cand')],
    ['a ratio beside an unknown target that applies', () => shaped('share.applies')],
    ['no target at all', () => shaped('none.count')],
  ];
  it.each(results)('%s', (_name, make) => {
    const r = make();
    expect(undefinedFields(r)).toEqual([]);
  });
});

describe('a value shown beside a shared result', () => {
  it('keeps the unit of the indicator, with or without candidates', () => {
    expect(shaped('unit')).toMatchObject({ status: 'unknown-target', actual: 40, unit, reason: { code: 'indicator.unknown-target' } });
    expect(shaped('unit.cand')).toMatchObject({ status: 'unknown-target', actual: 40, unit, candidates: [{ value: 50 }] });
    expect('unit' in demoResult('1.1', { region: 'southeast', values: { ...elsewhere, '1.1': 91 } })).toBe(false);
  });

  it('a flag keeps the candidates, in one frozen result per flag', () => {
    const r = shaped('flag.cand');
    expect(r).toMatchObject({ status: 'unknown-target', actual: true, targetStatus: 'conflict', candidates: [{ value: true }] });
    expect(r.reason.params.candidates).toEqual([{ value: true, sources: ['T1'] }]);
    expect(shaped('flag.cand', { values: { ...values, unit: 41 } })).toBe(r);
  });

  it('a flag `false` is one frozen result too, with candidates or without', () => {
    const withCandidates = shaped('flag.cand', { values: { ...values, 'flag.cand': false } });
    expect(withCandidates).toMatchObject({ status: 'unknown-target', actual: false, candidates: [{ value: true }] });
    expect(shaped('flag.cand', { values: { ...values, 'flag.cand': false, unit: 41 } })).toBe(withCandidates);
    const alone = shaped('flag.alone', { values: { ...values, 'flag.alone': false } });
    expect(alone).toMatchObject({ status: 'unknown-target', actual: false });
    expect(Object.isFrozen(alone)).toBe(true);
    expect(shaped('flag.alone', { values: { ...values, 'flag.alone': false, unit: 41 } })).toBe(alone);
  });

  it('a ratio is shown as its percent with the ratio, where the indicator applies', () => {
    expect(shaped('share.applies')).toMatchObject({ status: 'unknown-target', actual: 25, ratio: { numerator: 1, denominator: 4 } });
  });
});

describe('the reason carries what its text shows', () => {
  it('a ratio met carries the value and the ratio; a flag met carries no value', () => {
    const ratio = demoResult('4.2', { values: { ...passingInput.values, '4.2': { numerator: 3, denominator: 4 } } });
    expect(ratio.reason).toMatchObject({ code: 'indicator.met', actual: 75, ratio: { numerator: 3, denominator: 4 } });
    expect(demoResult('1.2').reason).toMatchObject({ code: 'indicator.met', actual: 1.5 });
    expect('actual' in demoResult('2').reason).toBe(false);
  });

  it('a relative target carries the factor and the reference; candidates are carried', () => {
    expect(demoResult('3.r').reason.params.relative).toEqual({ factor: 1.5, reference: 'incomeAtRecognition', referenceValue: 40 });
    const candidates = demoResult('1.1', { region: 'north-central', values: elsewhere });
    expect(candidates.reason.params.candidates).toEqual([{ value: 90, province: 'Nghệ An', sources: ['T1'] }]);
  });

  it('a result that names no target has the target status not-found; one judged has its target’s', () => {
    expect(demoResult('4.2', { facts: { coastal: false } })).toMatchObject({ status: 'missing', targetStatus: 'not-found' });
    expect(demoResult('4.3')).toMatchObject({ status: 'not-applicable', targetStatus: 'not-found' });
    expect(
      demoResult('4.3', { facts: { ...passingInput.facts, coastal: true }, values: { ...passingInput.values, '4.3': true } }),
    ).toMatchObject({
      targetStatus: 'verified',
    });
  });
});

describe('the comparison of a result that names no target', () => {
  it('is the indicator’s first target’s', () => {
    expect(shaped('ceiling.applies', { facts: { coastal: false }, values: {} })).toMatchObject({
      status: 'not-applicable',
      comparison: '<=',
    });
  });

  it('without any target, `=` for a flag and `>=` for a number', () => {
    expect(shaped('none.flag')).toMatchObject({ status: 'unknown-target', comparison: '=' });
    expect(shaped('none.count')).toMatchObject({ status: 'unknown-target', comparison: '>=' });
  });
});
