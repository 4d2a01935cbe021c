// One indicator's verdict and reason (src/evaluate/evaluate-indicator.ts), seen through what
// `evaluate` returns: the comparisons, the overrides it accepts or refuses, the reasons of the
// targets it cannot choose, and the parts of a result shared between units. The set below is
// TEST-ONLY: every value is a fixture, not law, and it is never registered.
import { testIndicator as row, testSetHeader } from './test-set-header.js';
import { describe, expect, it } from 'vitest';
import { defineCriteriaSet, evaluate, formatMessage, REGION_IDS, safeEvaluate } from '../../src/index.js';
import { demoSet, passingInput } from '../fixtures/demo-set.js';
import { indicator } from '../evaluate/helpers.js';

const T = { status: 'verified', sources: ['T1'] } as const;

/** TEST-ONLY (fixture, not law): one indicator per shape of target the engine judges differently. */
const set = defineCriteriaSet({
  ...testSetHeader('test-indicator', 'Phụ lục I'),
  columns: 'regions',
  criteria: [
    {
      id: 'mixed',
      number: 1,
      name: { vi: 'Hỗn hợp', en: 'Mixed' },
      status: 'verified',
      sources: ['T1'],
      indicators: [
        // A count that must equal its target.
        row('eq', 'count', { targets: { all: { ...T, value: 0, op: '=' } } }),
        // A flag beside a number: its criterion is not one of flags only.
        row('flag', 'flag', { targets: { all: { ...T, value: true, op: '=' } } }),
        row('share', 'percent', { targets: { all: { ...T, value: 50, op: '>=' } } }),
      ],
    },
    {
      id: 'relative',
      number: 2,
      name: { vi: 'Tương đối', en: 'Relative' },
      status: 'verified',
      sources: ['T1'],
      indicators: [
        // At most twice the reference; exactly 1.5 times the reference.
        row('rel.le', 'amount', { targets: { all: { ...T, value: 2, op: '<=', relativeTo: 'base' } } }),
        row('rel.eq', 'amount', { targets: { all: { ...T, value: 1.5, op: '=', relativeTo: 'base' } } }),
      ],
    },
    {
      id: 'choice',
      number: 3,
      name: { vi: 'Chọn mức', en: 'Choosing the target' },
      status: 'verified',
      sources: ['T1'],
      indicators: [
        // A target until 2023 only: none for a later year.
        row('gap', 'amount', { targets: { all: [{ ...T, value: 10, op: '>=', years: { to: 2023 } }] } }),
        // A target for units of more than 3 schools only.
        row('by-fact', 'count', { targets: { all: [{ ...T, value: 1, op: '>=', when: { fact: 'schoolCount', op: '>', value: 3 } }] } }),
        // Applies to coastal units; a target per region, so none without a region.
        row('coastal', 'flag', {
          appliesWhen: { fact: 'coastal', op: '=', value: true },
          targets: Object.fromEntries(REGION_IDS.map((region) => [region, { ...T, value: true, op: '=' }])),
        }),
      ],
    },
  ],
  conditions: [],
  facts: {
    schoolCount: { kind: 'number', text: { vi: 'Số trường', en: 'Number of schools' } },
    coastal: { kind: 'boolean', text: { vi: 'Xã ven biển', en: 'Coastal commune' } },
  },
  references: { base: { kind: 'number', text: { vi: 'Mức cơ sở', en: 'Base value' } } },
  sources: { T1: { what: 'test data' } },
} as Parameters<typeof defineCriteriaSet>[0]);

const unit = { region: 'red-river-delta', year: 2024, facts: { schoolCount: 4, coastal: true }, references: { base: 10 } } as const;
const values = { eq: 0, flag: true, share: 60, 'rel.le': 20, 'rel.eq': 15, gap: 20, 'by-fact': 2, coastal: true } as const;

/** The result of one indicator of `set` for `unit` with `values`, changed by `extra`. */
const resultOf = (code: string, extra: object = {}) => indicator(safeEvaluate(set, { ...unit, values, ...extra }).result, code);

/** The issue codes, the target and the target status of `code` with one override. */
function overridden(code: string, value: number | boolean) {
  const safe = safeEvaluate(set, { ...unit, values, overrides: { [code]: { value, by: 'TEST-ONLY: not a legal value' } } });
  const r = indicator(safe.result, code);
  return { issues: safe.issues.map((i) => i.code), target: r.target, targetStatus: r.targetStatus };
}

describe('a number against a verified target', () => {
  it('an equality target is met by its value only', () => {
    expect(resultOf('eq')).toMatchObject({ status: 'met', actual: 0, target: 0, comparison: '=' });
    expect(resultOf('eq', { values: { ...values, eq: 1 } })).toMatchObject({ status: 'not-met', actual: 1 });
  });
});

describe('a flag against a static target', () => {
  it('is met or not met with the codes of met and not met', () => {
    const met = resultOf('flag');
    const notMet = resultOf('flag', { values: { ...values, flag: false } });
    expect(met).toMatchObject({ status: 'met', actual: true, reason: { code: 'indicator.met' } });
    expect(notMet).toMatchObject({ status: 'not-met', actual: false, reason: { code: 'indicator.not-met' } });
    expect(formatMessage(notMet.reason, 'en')).not.toBe(formatMessage(met.reason, 'en'));
  });

  it('is one frozen result per flag, shared by every unit', () => {
    const first = resultOf('flag');
    expect(Object.isFrozen(first)).toBe(true);
    expect(resultOf('flag', { values: { ...values, eq: 1 } })).toBe(first);
    const no = resultOf('flag', { values: { ...values, flag: false } });
    expect(Object.isFrozen(no)).toBe(true);
    expect(resultOf('flag', { values: { ...values, flag: false, eq: 1 } })).toBe(no);
  });

  it('a ratio is judged with the codes of met and not met', () => {
    const met = resultOf('share', { values: { ...values, share: { numerator: 1, denominator: 2 } } });
    const notMet = resultOf('share', { values: { ...values, share: { numerator: 49, denominator: 100 } } });
    expect(met).toMatchObject({ status: 'met', actual: 50, ratio: { numerator: 1, denominator: 2 }, reason: { code: 'indicator.met' } });
    expect(notMet).toMatchObject({ status: 'not-met', actual: 49, reason: { code: 'indicator.not-met' } });
  });
});

describe('an override on one indicator', () => {
  it('leaves the reason params of the other indicators shared', () => {
    const plain = resultOf('eq');
    const beside = resultOf('eq', { overrides: { share: { value: 70, by: 'TEST-ONLY: not a legal value' } } });
    expect(beside).toEqual(plain);
    expect(beside.reason.params).toBe(plain.reason.params);
    expect(Object.isFrozen(beside.reason.params)).toBe(true);
  });
});

describe('overrides of a verified target: at least as strict, or refused', () => {
  it('a flag that must be true cannot be overridden by false', () => {
    expect(overridden('flag', false)).toEqual({ issues: ['override-less-strict'], target: true, targetStatus: 'verified' });
    expect(overridden('flag', true)).toEqual({ issues: [], target: true, targetStatus: 'override' });
  });

  it('a relative floor: the computed threshold itself is as strict', () => {
    // Demo 3.r: at least 1.5 × the income at recognition (40), so 60.
    const with3r = (value: number) => {
      const safe = safeEvaluate(demoSet, { ...passingInput, overrides: { '3.r': { value, by: 'TEST-ONLY: not a legal value' } } });
      return { issues: safe.issues.map((i) => i.code), target: indicator(safe.result, '3.r').target };
    };
    expect(with3r(60)).toEqual({ issues: [], target: 60 });
    expect(with3r(61)).toEqual({ issues: [], target: 61 });
    expect(with3r(59)).toEqual({ issues: ['override-less-strict'], target: 60 });
  });

  it('a relative ceiling (at most 2 × 10): the threshold or lower, never higher', () => {
    expect(overridden('rel.le', 20)).toEqual({ issues: [], target: 20, targetStatus: 'override' });
    expect(overridden('rel.le', 19)).toEqual({ issues: [], target: 19, targetStatus: 'override' });
    expect(overridden('rel.le', 21)).toEqual({ issues: ['override-less-strict'], target: 20, targetStatus: 'verified' });
  });

  it('a relative equality (1.5 × 10): the threshold only', () => {
    expect(overridden('rel.eq', 15)).toEqual({ issues: [], target: 15, targetStatus: 'override' });
    expect(overridden('rel.eq', 14)).toEqual({ issues: ['override-less-strict'], target: 15, targetStatus: 'verified' });
    expect(overridden('rel.eq', 16)).toEqual({ issues: ['override-less-strict'], target: 15, targetStatus: 'verified' });
  });
});

describe('an indicator that applies under a fact', () => {
  it('applies when the fact passes its test', () => {
    expect(resultOf('coastal')).toMatchObject({ status: 'met', reason: { code: 'indicator.met' } });
  });

  it('does not apply when the fact fails, and the reason carries the test', () => {
    const r = resultOf('coastal', { facts: { ...unit.facts, coastal: false }, values: { ...values, coastal: undefined } });
    expect(r.status).toBe('not-applicable');
    expect(r.reason).toMatchObject({ code: 'indicator.not-applicable', params: { test: { fact: 'coastal', op: '=', value: true } } });
  });

  it('is missing, with the fact named, when the fact is not given', () => {
    const r = resultOf('coastal', { facts: { schoolCount: 4 } });
    expect(r).toMatchObject({ status: 'missing', actual: true, reason: { code: 'indicator.missing-fact', params: { fact: 'coastal' } } });
  });

  it('one indicator’s results share one frozen source, whether it applies or not', () => {
    const applies = resultOf('coastal');
    const not = resultOf('coastal', { facts: { ...unit.facts, coastal: false }, values: { ...values, coastal: undefined } });
    expect(applies.source).toBe(not.source);
    expect(Object.isFrozen(applies.source)).toBe(true);
  });
});

describe('a target chosen per unit that cannot be chosen', () => {
  it('no case for the year: unknown target, the year in the reason', () => {
    const r = resultOf('gap');
    expect(r).toMatchObject({ status: 'unknown-target', actual: 20, target: null });
    expect(r.reason).toMatchObject({ code: 'indicator.no-target-for-year', params: { year: 2024 } });
    expect(resultOf('gap', { year: 2023 })).toMatchObject({ status: 'met', target: 10 });
  });

  it('no case for the facts and no year: unknown target, no year in the reason', () => {
    const { year: _, ...noYear } = unit;
    const r = indicator(safeEvaluate(set, { ...noYear, facts: { schoolCount: 2 }, values }).result, 'by-fact');
    expect(r).toMatchObject({ status: 'unknown-target', reason: { code: 'indicator.no-target-for-year' } });
    expect(r.reason.params).not.toHaveProperty('year');
  });

  it('the fact that chooses the case not given: missing, the fact named', () => {
    const { schoolCount: _, ...facts } = passingInput.facts;
    const r = indicator(safeEvaluate(demoSet, { ...passingInput, facts }).result, '4.2');
    expect(r).toMatchObject({ status: 'missing', actual: 75, reason: { code: 'indicator.missing-fact', params: { fact: 'schoolCount' } } });
  });

  it('no column for an indicator that applies: missing, with no year in the reason', () => {
    const { region: _, ...noRegion } = unit;
    const safe = safeEvaluate(set, { ...noRegion, values });
    expect(safe.issues.map((i) => i.code)).toEqual(['missing-column']);
    const r = indicator(safe.result, 'coastal');
    expect(r).toMatchObject({ status: 'missing', reason: { code: 'indicator.missing-column', params: { column: null } } });
    expect(r.reason.params).not.toHaveProperty('year');
  });
});

// Sanity of the fixture: evaluated as a whole without an issue.
it('the TEST-ONLY set evaluates the unit without issues', () => {
  expect(() => evaluate(set, { ...unit, values })).not.toThrow();
});
