// Targets chosen per unit (src/evaluate/evaluate-indicator.ts, `evaluateGeneral`): cases chosen
// by a fact, relative targets, overrides, unknown and provincial targets, and the outcomes a cell
// keeps for later units. Each test that depends on what a cell has kept evaluates a fresh copy of
// its set (a new object: a view of its own). The sets are TEST-ONLY: fixtures, not law.
import { testIndicator as row, freshSet as fresh, testSetHeader } from './test-set-header.js';
import { describe, expect, it } from 'vitest';
import { type CriteriaSet, defineCriteriaSet, safeEvaluate } from '../../src/index.js';
import { demoSet, passingInput } from '../fixtures/demo-set.js';
import { indicator } from '../evaluate/helpers.js';

const by = 'TEST-ONLY: not a legal value';
const demo = (set: CriteriaSet, extra: object = {}) => safeEvaluate(set, { ...passingInput, ...extra });
const demoResult = (set: CriteriaSet, code: string, extra: object = {}) => indicator(demo(set, extra).result, code);
const withValues = (values: object) => ({ values: { ...passingInput.values, ...values } });
const few = (n: number) => ({ ...passingInput.facts, schoolCount: n });

const P = { status: 'provincial', sources: ['T1'] } as const;
const coastal = { fact: 'coastal', op: '=', value: true } as const;
const many = { fact: 'schoolCount', op: '>', value: 3 } as const;
const some = { fact: 'schoolCount', op: '<=', value: 3 } as const;

/** TEST-ONLY (fixture, not law): a province's own set, whose targets are provincial values or unknown. */
const provincial = defineCriteriaSet({
  ...testSetHeader('test-provincial'),
  province: 'vinh-phuc',
  columns: 'single',
  criteria: [
    {
      id: '1',
      number: 1,
      name: { vi: 'Tiêu chí 1', en: 'Criterion 1' },
      status: 'provincial',
      sources: ['T1'],
      indicators: [
        row('p.cases', 'percent', {
          targets: {
            all: [
              { ...P, value: 80, op: '>=', when: many },
              { ...P, value: 60, op: '>=', when: some },
            ],
          },
        }),
        row('p.flag', 'flag', { appliesWhen: coastal, targets: { all: { ...P, value: true, op: '=' } } }),
        row('p.static', 'percent', { targets: { all: { ...P, value: 80, op: '>=' } } }),
        row('u.cases', 'count', {
          targets: {
            all: [
              { status: 'not-found', value: null, op: '>=', sources: [], when: many },
              { status: 'conflict', value: null, op: '>=', sources: ['T1'], when: some, candidates: [{ value: 1, sources: ['T1'] }] },
            ],
          },
        }),
        row('u.applies', 'flag', { appliesWhen: coastal, targets: { all: { status: 'not-found', value: null, op: '=', sources: [] } } }),
      ],
    },
  ],
  conditions: [],
  facts: {
    schoolCount: { kind: 'number', text: { vi: 'Số trường', en: 'Number of schools' } },
    coastal: { kind: 'boolean', text: { vi: 'Xã ven biển', en: 'Coastal commune' } },
  },
  references: {},
  sources: { T1: { what: 'test data' } },
} as Parameters<typeof defineCriteriaSet>[0]);

const provincialValues = { 'p.cases': 70, 'p.flag': true, 'p.static': 75, 'u.cases': 1, 'u.applies': true } as const;
const inProvince = (set: CriteriaSet, code: string, extra: object = {}) =>
  indicator(safeEvaluate(set, { year: 2024, facts: { schoolCount: 2, coastal: true }, values: provincialValues, ...extra }).result, code);

describe('a case chosen by a fact', () => {
  it('a number is judged against the case of the unit, its reason without a target status', () => {
    const r = demoResult(demoSet, '4.2');
    expect(r).toMatchObject({ status: 'met', actual: 75, target: 70, targetStatus: 'verified', reason: { code: 'indicator.met' } });
    expect(Object.keys(r.reason.params).sort()).toEqual(['column', 'indicator', 'measure', 'op', 'source', 'target']);
    expect(demoResult(demoSet, '4.2', { facts: few(2), ...withValues({ '4.2': 45 }) })).toMatchObject({
      status: 'not-met',
      target: 50,
      reason: { code: 'indicator.not-met' },
    });
  });

  it('a ratio is judged exactly and shown as its percent', () => {
    const r = demoResult(demoSet, '4.2', withValues({ '4.2': { numerator: 3, denominator: 4 } }));
    expect(r).toMatchObject({
      status: 'met',
      actual: 75,
      target: 70,
      ratio: { numerator: 3, denominator: 4 },
      reason: { code: 'indicator.met' },
    });
    const short = demoResult(demoSet, '4.2', withValues({ '4.2': { numerator: 2, denominator: 3 } }));
    expect(short).toMatchObject({
      status: 'not-met',
      actual: 66.67,
      ratio: { numerator: 2, denominator: 3 },
      reason: { code: 'indicator.not-met' },
    });
  });

  it('a ratio given when the case cannot be chosen is shown with the reason of the missing fact', () => {
    const { schoolCount: _, ...facts } = passingInput.facts;
    const r = demoResult(demoSet, '4.2', { facts, ...withValues({ '4.2': { numerator: 3, denominator: 4 } }) });
    expect(r).toMatchObject({ status: 'missing', actual: 75, ratio: { numerator: 3, denominator: 4 } });
    expect(r.reason.code).toBe('indicator.missing-fact');
    // The reason's text does not show the value: it carries none.
    expect('actual' in r.reason || 'ratio' in r.reason).toBe(false);
  });

  it('a missing value shows the target of the unit’s own case, whatever an earlier unit had', () => {
    const set = fresh(demoSet);
    const { '4.2': _, ...values } = passingInput.values;
    expect(demoResult(set, '4.2', { values })).toMatchObject({ status: 'missing', target: 70 });
    expect(demoResult(set, '4.2', { values, facts: few(2) })).toMatchObject({ status: 'missing', target: 50 });
    expect(demoResult(set, '4.2', { values })).toMatchObject({ status: 'missing', target: 70 });
  });

  it('an invalid value is told from a missing one', () => {
    const set = fresh(demoSet);
    const { '4.2': _, ...values } = passingInput.values;
    expect(demoResult(set, '4.2', { values }).reason.code).toBe('indicator.missing-value');
    const invalid = demo(set, withValues({ '4.2': true }));
    expect(invalid.issues.map((i) => i.code)).toEqual(['invalid-type']);
    expect(indicator(invalid.result, '4.2')).toMatchObject({
      status: 'missing',
      actual: null,
      reason: { code: 'indicator.invalid-value' },
    });
  });

  it('units of the same case share one frozen source', () => {
    const a = demoResult(demoSet, '4.2');
    const b = demoResult(demoSet, '4.2', withValues({ '4.2': 99 }));
    expect(b.source).toBe(a.source);
    expect(Object.isFrozen(a.source)).toBe(true);
  });
});

describe('an indicator that applies under a fact: outcomes kept in its cell', () => {
  const coastalUnit = (values: object) => ({ facts: { ...passingInput.facts, coastal: true }, ...withValues(values) });

  it('a flag: one frozen result per value, never the other value’s', () => {
    const set = fresh(demoSet);
    const yes = demoResult(set, '4.3', coastalUnit({ '4.3': true }));
    expect(yes).toMatchObject({ status: 'met', actual: true, target: true, reason: { code: 'indicator.met' } });
    expect(yes.reason).not.toHaveProperty('actual');
    expect(Object.keys(yes.reason.params).sort()).toEqual(['column', 'indicator', 'measure', 'op', 'source', 'target']);
    const no = demoResult(set, '4.3', coastalUnit({ '4.3': false }));
    expect(no).toMatchObject({ status: 'not-met', actual: false, reason: { code: 'indicator.not-met' } });
    expect(demoResult(set, '4.3', coastalUnit({ '4.3': true }))).toBe(yes);
    expect(demoResult(set, '4.3', coastalUnit({ '4.3': false }))).toBe(no);
    expect(Object.isFrozen(yes) && Object.isFrozen(no)).toBe(true);
  });

  it('missing and invalid: one frozen result each, never the other’s', () => {
    const set = fresh(demoSet);
    const values = passingInput.values; // no value for 4.3
    const missing = demoResult(set, '4.3', { facts: { ...passingInput.facts, coastal: true }, values });
    expect(missing.reason.code).toBe('indicator.missing-value');
    const invalid = demoResult(set, '4.3', coastalUnit({ '4.3': 'yes' }));
    expect(invalid.reason.code).toBe('indicator.invalid-value');
    expect(demoResult(set, '4.3', { facts: { ...passingInput.facts, coastal: true }, values })).toBe(missing);
    expect(Object.isFrozen(missing)).toBe(true);
  });

  it('a value given where it does not apply is an issue, a valid one as an invalid one', () => {
    const given = demo(demoSet, withValues({ '4.3': true }));
    expect(given.issues).toMatchObject([
      { code: 'not-applicable-value', path: ['values', '4.3'], received: '4.3', params: { expects: 'indicator-code-of-set' } },
    ]);
    expect(demo(demoSet, withValues({ '4.3': 'yes' })).issues.map((i) => i.code)).toEqual(['invalid-type', 'not-applicable-value']);
    expect(demo(demoSet).issues).toEqual([]);
  });
});

describe('a relative target', () => {
  it('is the factor times the reference, and the result says so', () => {
    const r = demoResult(demoSet, '3.r');
    expect(r).toMatchObject({ status: 'met', target: 60, relative: { factor: 1.5, reference: 'incomeAtRecognition', referenceValue: 40 } });
  });

  it('without the reference: missing, the reference named', () => {
    const r = demoResult(demoSet, '3.r', { references: {} });
    expect(r).toMatchObject({
      status: 'missing',
      actual: 60,
      target: null,
      relative: { factor: 1.5, reference: 'incomeAtRecognition', referenceValue: null },
      reason: { code: 'indicator.missing-reference', params: { reference: 'incomeAtRecognition' } },
    });
  });

  it('a missing value shows the threshold of the unit’s own reference', () => {
    const set = fresh(demoSet);
    const { '3.r': _, ...values } = passingInput.values;
    expect(demoResult(set, '3.r', { values })).toMatchObject({ status: 'missing', target: 60 });
    expect(demoResult(set, '3.r', { values, references: { incomeAtRecognition: 50 } })).toMatchObject({ status: 'missing', target: 75 });
  });

  it('a stricter override replaces the computed threshold', () => {
    const r = demoResult(demoSet, '3.r', { overrides: { '3.r': { value: 70, by } } });
    expect(r).toMatchObject({ status: 'not-met', target: 70, targetStatus: 'override', reason: { code: 'indicator.not-met', actual: 60 } });
  });

  it('a less strict override is refused, the issue showing the threshold (or the factor without the reference)', () => {
    const refused = demo(demoSet, { overrides: { '3.r': { value: 59, by } } });
    expect(refused.issues).toMatchObject([
      { code: 'override-less-strict', path: ['overrides', '3.r'], expected: '≥ 60', received: '>= 59' },
    ]);
    const blind = demo(demoSet, { references: {}, overrides: { '3.r': { value: 59, by } } });
    expect(blind.issues).toMatchObject([{ code: 'override-less-strict', expected: '≥ 1.5' }]);
  });
});

describe('an override with another comparison', () => {
  it('is refused, and a known target is kept', () => {
    const safe = demo(demoSet, { overrides: { '1.1': { value: 99, op: '<=', by } } });
    expect(safe.issues).toMatchObject([
      { code: 'override-comparison-differs', path: ['overrides', '1.1', 'op'], expected: '>=', received: '<=' },
    ]);
    expect(indicator(safe.result, '1.1')).toMatchObject({ status: 'met', target: 95, targetStatus: 'verified' });
    expect(safe.result.overrides).toEqual([]);
  });

  it('is refused, and an unknown target stays unknown', () => {
    const { '4.4': _, ...values } = passingInput.values;
    const safe = demo(demoSet, { region: 'southeast', values, overrides: { '1.1': { value: 99, op: '<=', by } } });
    expect(safe.issues.map((i) => i.code)).toEqual(['override-comparison-differs']);
    expect(indicator(safe.result, '1.1')).toMatchObject({ status: 'unknown-target', actual: 96, target: null, targetStatus: 'not-found' });
  });
});

describe('an override and the results a cell keeps', () => {
  const { '1.2': _, ...values } = passingInput.values;

  it('a missing value under an override shows the override, before and after units without one', () => {
    const set = fresh(demoSet);
    const plain = demoResult(set, '1.2', { values });
    expect(plain).toMatchObject({ status: 'missing', target: 2, targetStatus: 'verified' });
    const overridden = demoResult(set, '1.2', { values, overrides: { '1.2': { value: 1, by } } });
    expect(overridden).toMatchObject({ status: 'missing', target: 1, targetStatus: 'override' });
    expect(demoResult(set, '1.2', { values })).toBe(plain);
  });

  it('an override on a missing value first does not become the shared missing result', () => {
    const set = fresh(demoSet);
    expect(demoResult(set, '1.2', { values, overrides: { '1.2': { value: 1, by } } })).toMatchObject({
      target: 1,
      targetStatus: 'override',
    });
    expect(demoResult(set, '1.2', { values })).toMatchObject({ status: 'missing', target: 2, targetStatus: 'verified' });
  });

  it('an override of an unknown target: the reason still says what the target was', () => {
    const { '4.4': _, '1.1': __, ...elsewhere } = passingInput.values;
    const r = demoResult(demoSet, '1.1', { region: 'southeast', values: elsewhere, overrides: { '1.1': { value: 90, by } } });
    expect(r).toMatchObject({ status: 'missing', target: 90, targetStatus: 'override', override: { replaced: null } });
    expect(r.reason.params).toMatchObject({ targetStatus: 'not-found', by });
  });
});

describe('an unknown target in a cell that applies under a fact, or chosen by a fact', () => {
  it('is one frozen result, the value shown in it', () => {
    const set = fresh(provincial);
    const first = inProvince(set, 'u.applies');
    expect(first).toMatchObject({ status: 'unknown-target', actual: true, targetStatus: 'not-found' });
    expect(inProvince(set, 'u.applies', { values: { ...provincialValues, 'p.cases': 71 } })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(inProvince(set, 'u.applies', { values: {} })).toMatchObject({
      status: 'unknown-target',
      actual: null,
      targetStatus: 'not-found',
    });
  });

  it('cases of different statuses each show their own', () => {
    const set = fresh(provincial);
    expect(inProvince(set, 'u.cases', { facts: { schoolCount: 4, coastal: true } })).toMatchObject({
      targetStatus: 'not-found',
      actual: 1,
    });
    const conflict = inProvince(set, 'u.cases');
    expect(conflict).toMatchObject({ status: 'unknown-target', targetStatus: 'conflict', candidates: [{ value: 1 }] });
  });
});

describe('a provincial target judged per unit', () => {
  it('a number and a flag keep their provincial status', () => {
    expect(inProvince(provincial, 'p.cases')).toMatchObject({
      status: 'met',
      target: 60,
      targetStatus: 'provincial',
      reason: { code: 'indicator.met' },
    });
    expect(inProvince(provincial, 'p.cases', { values: { ...provincialValues, 'p.cases': 50 } })).toMatchObject({
      status: 'not-met',
      target: 60,
      reason: { code: 'indicator.not-met' },
    });
    expect(inProvince(provincial, 'p.cases').reason.params).toMatchObject({ targetStatus: 'provincial' });
    expect(inProvince(provincial, 'p.flag')).toMatchObject({ status: 'met', target: true, targetStatus: 'provincial' });
  });

  it('can be overridden by a less strict value: only a verified target must be matched', () => {
    const safe = safeEvaluate(provincial, {
      year: 2024,
      facts: { schoolCount: 2, coastal: true },
      values: provincialValues,
      overrides: { 'p.static': { value: 70, by } },
    });
    expect(safe.issues).toEqual([]);
    expect(indicator(safe.result, 'p.static')).toMatchObject({
      status: 'met',
      target: 70,
      targetStatus: 'override',
      override: { replaced: 80 },
    });
  });
});

describe('a unit’s reason params', () => {
  it('a number with a unit carries the unit; one without carries none', () => {
    const income = demoResult(demoSet, '3');
    expect(income.reason.params.unit).toEqual({ vi: 'triệu đồng/người/năm', en: 'million VND/person/year' });
    expect(income.unit).toEqual(income.reason.params.unit);
    expect(demoResult(demoSet, '1.2').reason.params).not.toHaveProperty('unit');
    expect(demoResult(demoSet, '4.2').reason.params).not.toHaveProperty('unit');
    expect(demoResult(demoSet, '3.r').reason.params.unit).toEqual(income.unit);
  });
});

describe('a value beside an unknown target', () => {
  const { '4.4': _, ...elsewhere } = passingInput.values;

  it('a ratio is shown as its percent, with the ratio', () => {
    const r = demoResult(demoSet, '1.1', { region: 'southeast', values: { ...elsewhere, '1.1': { numerator: 19, denominator: 20 } } });
    expect(r).toMatchObject({ status: 'unknown-target', actual: 95, ratio: { numerator: 19, denominator: 20 }, target: null });
  });

  it('beside candidates, a number is shown with them', () => {
    const r = demoResult(demoSet, '1.1', { region: 'north-central', values: { ...elsewhere, '1.1': 91 } });
    expect(r).toMatchObject({
      status: 'unknown-target',
      actual: 91,
      targetStatus: 'provincial',
      candidates: [{ value: 90, province: 'Nghệ An' }],
    });
  });
});
