// A flag shown beside a shared result that has candidates (src/evaluate/evaluate-indicator.ts,
// `shownWith`: the template's `withTrue` and `withFalse`), each test on a fresh copy of its set, so
// that the result it reads is made by the evaluation it runs and not kept from an earlier test.
// The set is TEST-ONLY: a fixture, not law.
import { freshSet as fresh, testSetHeader } from './test-set-header.js';
import { describe, expect, it } from 'vitest';
import { type CriteriaSet, defineCriteriaSet, safeEvaluate } from '../../src/index.js';
import { indicator } from '../evaluate/helpers.js';

/** TEST-ONLY (fixture, not law): a flag whose target is in conflict, with one candidate. */
const set = defineCriteriaSet({
  ...testSetHeader('test-templates'),
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
          code: 'flag.cand',
          text: { vi: 'Chỉ tiêu flag.cand', en: 'Indicator flag.cand' },
          textStatus: 'verified',
          measure: 'flag',
          targets: { all: { status: 'conflict', value: null, op: '=', sources: ['T1'], candidates: [{ value: true, sources: ['T1'] }] } },
        },
      ],
    },
  ],
  conditions: [],
  references: {},
  sources: { T1: { what: 'test data' } },
} as Parameters<typeof defineCriteriaSet>[0]);

const shown = (s: CriteriaSet, flag: boolean) =>
  indicator(safeEvaluate(s, { year: 2024, values: { 'flag.cand': flag } }).result, 'flag.cand');

describe('a flag shown beside a shared result with candidates', () => {
  it('`true` is shown as true, with the candidates, in one frozen result', () => {
    const s = fresh(set);
    const r = shown(s, true);
    expect(r).toMatchObject({ status: 'unknown-target', actual: true, targetStatus: 'conflict', candidates: [{ value: true }] });
    expect(Object.isFrozen(r)).toBe(true);
    expect(shown(s, true)).toBe(r);
  });

  it('`false` is shown as false, with the candidates, in one frozen result', () => {
    const s = fresh(set);
    const r = shown(s, false);
    expect(r).toMatchObject({ status: 'unknown-target', actual: false, targetStatus: 'conflict', candidates: [{ value: true }] });
    expect(Object.isFrozen(r)).toBe(true);
    expect(shown(s, false)).toBe(r);
  });
});
