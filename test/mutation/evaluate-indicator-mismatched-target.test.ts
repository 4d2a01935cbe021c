// A target whose value does not fit the indicator's measure (a count against `true`): the
// engine judges it as "a number against a flag target" (src/evaluate/evaluate-indicator.ts)
// and neither the set's schema nor `checkCriteriaSet` refuses such a set. A number never meets
// a flag target, whatever the comparison, and no number replaces it. TEST-ONLY set: not law.
import { testSetHeader } from './test-set-header.js';
import { describe, expect, it } from 'vitest';
import { defineCriteriaSet, safeEvaluate } from '../../src/index.js';
import { indicator } from '../evaluate/helpers.js';

const set = defineCriteriaSet({
  ...testSetHeader('test-mismatched-target'),
  columns: 'single',
  criteria: [
    {
      id: '1',
      number: 1,
      name: { vi: 'Tiêu chí 1', en: 'Criterion 1' },
      status: 'verified',
      sources: ['T1'],
      indicators: [
        {
          code: 'n',
          text: { vi: 'Số lượng', en: 'A count' },
          textStatus: 'verified',
          measure: 'count',
          // The mismatch under test: a count whose target is a flag.
          targets: { all: { status: 'verified', value: true, op: '>=', sources: ['T1'] } },
        },
      ],
    },
  ],
  conditions: [],
  facts: {},
  references: {},
  sources: { T1: { what: 'test data' } },
} as Parameters<typeof defineCriteriaSet>[0]);

describe('a count against a flag target', () => {
  it('is never met, even where the number coerced to a flag would pass', () => {
    for (const value of [0, 1, 5]) {
      const r = indicator(safeEvaluate(set, { year: 2024, values: { n: value } }).result, 'n');
      expect(r).toMatchObject({ status: 'not-met', actual: value, target: true, reason: { code: 'indicator.not-met' } });
    }
  });

  it('refuses a number as the override of the flag target', () => {
    const safe = safeEvaluate(set, { year: 2024, values: { n: 5 }, overrides: { n: { value: 5, by: 'TEST-ONLY: not a legal value' } } });
    expect(safe.issues.map((i) => i.code)).toEqual(['override-less-strict']);
    expect(indicator(safe.result, 'n')).toMatchObject({ status: 'not-met', target: true, targetStatus: 'verified' });
    expect(safe.result.overrides).toEqual([]);
  });
});
