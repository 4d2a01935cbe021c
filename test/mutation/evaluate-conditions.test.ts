// A set's conditions (src/evaluate/evaluate-conditions.ts) from unit to unit: a result that
// depends only on the set and a small key is made once, shared and frozen, and must then say
// exactly what a fresh one would. The sets here are TEST-ONLY (not law).
import { describe, expect, it } from 'vitest';
import { type ConditionResult, defineCriteriaSet, evaluate } from '../../src/index.js';

const debtCondition = () => ({
  id: 'debt',
  text: { vi: 'Nợ đọng không quá 1', en: 'Debt at most 1' },
  purpose: 'recognition',
  status: 'verified',
  sources: ['T1'],
  check: { kind: 'fact', fact: 'debt', op: '<=', value: 1 },
});

/**
 * A TEST-ONLY set: criterion 1 of one count indicator (≤ 0), criterion 2 of one count indicator
 * (≤ 0) that applies only when the fact `second` is true; the conditions "every criterion is met"
 * and "debt ≤ 1" (or the one given, to share it with another set).
 */
function conditionSet(id: string, debt: object = debtCondition(), debtText = 'Nợ đọng') {
  const indicator = (code: string, extra: object = {}) => ({
    code,
    text: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` },
    textStatus: 'verified',
    measure: 'count',
    targets: { all: { status: 'verified', value: 0, op: '<=', sources: ['T1'] } },
    ...extra,
  });
  const criterion = (n: number, extra?: object) => ({
    id: String(n),
    number: n,
    name: { vi: `Tiêu chí ${n}`, en: `Criterion ${n}` },
    status: 'verified',
    sources: ['T1'],
    indicators: [indicator(String(n), extra)],
  });
  return defineCriteriaSet({
    id,
    family: id,
    version: 'test',
    level: 'commune',
    title: { vi: 'Bộ tiêu chí thử nghiệm', en: 'Test set' },
    period: { from: '2022-01-01', to: '2025-12-31' },
    years: { from: 2022, to: 2025 },
    legalBasis: [
      { document: '1/QĐ-TEST', role: 'base', title: { vi: 'Thử', en: 'Test' }, signed: null, inForce: null, annex: 'Phụ lục I' },
    ],
    columns: 'regions',
    columnRules: [],
    communeCategories: [],
    criteria: [criterion(1), criterion(2, { appliesWhen: { fact: 'second', op: '=', value: true } })],
    conditions: [
      {
        id: 'all',
        text: { vi: 'Đạt tất cả tiêu chí', en: 'Every criterion met' },
        purpose: 'criteria',
        status: 'verified',
        sources: ['T1'],
        check: { kind: 'criteria-met' },
      },
      debt,
    ],
    facts: {
      debt: { kind: 'number', text: { vi: debtText, en: 'Debt' } },
      second: { kind: 'boolean', text: { vi: 'Có tiêu chí 2', en: 'Has criterion 2' } },
    },
    references: {},
    sources: { T1: { what: 'test data' } },
  } as Parameters<typeof defineCriteriaSet>[0]);
}

type Outcome = 'met' | 'not-met' | 'missing' | 'not-applicable';
/** One unit: criterion 1's and criterion 2's outcome, and the debt. */
function unit(first: Outcome, second: Outcome, debt = 0) {
  const values: Record<string, number> = {};
  if (first !== 'missing') values['1'] = first === 'met' ? 0 : 1;
  if (second === 'met' || second === 'not-met') values['2'] = second === 'met' ? 0 : 1;
  return { region: 'red-river-delta' as const, year: 2024, facts: { debt, second: second !== 'not-applicable' }, values };
}

const condition = (result: { conditions: readonly ConditionResult[] }, id: string) => result.conditions.find((c) => c.id === id)!;
/** The params of a condition's reason (every condition reason is `{ code, params }`). */
const paramsOf = (c: ConditionResult) => (c.reason as { params: Record<string, unknown> }).params;

describe('evaluateConditions: "every criterion is met", unit after unit', () => {
  // Every pair of criteria outcomes whose verdict or count of met criteria differs: a shared
  // result must never be taken for another's.
  const cases: [Outcome, Outcome, ConditionResult['status'], number][] = [
    ['met', 'met', 'met', 2],
    ['met', 'not-applicable', 'met', 1],
    ['not-met', 'not-applicable', 'not-met', 0],
    ['met', 'not-met', 'not-met', 1],
    ['missing', 'not-applicable', 'incomplete', 0],
    ['met', 'missing', 'incomplete', 1],
    ['not-met', 'missing', 'not-met', 0],
    ['missing', 'missing', 'incomplete', 0],
  ];

  for (const [name, order] of [
    ['in order', cases],
    ['in reverse order', [...cases].reverse()],
  ] as const) {
    it(`says how many criteria are met, and its verdict, for each unit (${name}, twice)`, () => {
      const set = conditionSet(`test-criteria-met-${name.replaceAll(' ', '-')}`);
      for (let time = 0; time < 2; time++)
        for (const [first, second, status, met] of order) {
          const all = condition(evaluate(set, unit(first, second)), 'all');
          expect([first, second, all.status, all.reason]).toEqual([
            first,
            second,
            status,
            { code: 'condition.criteria', params: { met, total: 2 } },
          ]);
        }
    });
  }
});

describe('evaluateConditions: shared results', () => {
  it('units a condition says the same of share one frozen result', () => {
    const set = conditionSet('test-shared');
    const a = condition(evaluate(set, unit('met', 'met', 1)), 'debt');
    const b = condition(evaluate(set, unit('not-met', 'met', 1)), 'debt');
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(condition(evaluate(set, unit('met', 'met')), 'all')).toBe(condition(evaluate(set, unit('met', 'met')), 'all'));
  });

  it('a fact that is not a small whole number is judged afresh for each unit', () => {
    const set = conditionSet('test-unshared');
    const debt = (value: number) => condition(evaluate(set, unit('met', 'met', value)), 'debt');
    expect([debt(0.5).status, debt(1.5).status, debt(0.5).status]).toEqual(['met', 'not-met', 'met']);
    expect([paramsOf(debt(1001)), paramsOf(debt(5000))]).toEqual([
      expect.objectContaining({ actual: 1001 }),
      expect.objectContaining({ actual: 5000 }),
    ]);
  });

  it('keeps 64 results per condition; beyond them a result is made afresh each time', () => {
    const set = conditionSet('test-kept');
    const debt = (value: number) => condition(evaluate(set, unit('met', 'met', value)), 'debt');
    for (let value = 0; value < 64; value++) expect(debt(value)).toBe(debt(value));
    expect(debt(64)).toEqual(debt(64));
    expect(debt(64)).not.toBe(debt(64));
  });

  it('two sets that share a condition each name its fact in their own words', () => {
    const shared = debtCondition();
    const first = conditionSet('test-names-first', shared, 'Nợ đọng xây dựng');
    const second = conditionSet('test-names-second', shared, 'Nợ xây dựng cơ bản');
    expect(paramsOf(condition(evaluate(first, unit('met', 'met', 2)), 'debt'))).toMatchObject({ factText: { vi: 'Nợ đọng xây dựng' } });
    expect(paramsOf(condition(evaluate(second, unit('met', 'met', 2)), 'debt'))).toMatchObject({
      factText: { vi: 'Nợ xây dựng cơ bản' },
    });
  });
});
