// A set's conditions (src/evaluate/evaluate-conditions.ts) from unit to unit: a result that
// depends only on the set and a small key is made once, shared and frozen, and must then say
// exactly what a fresh one would. The sets here are TEST-ONLY (not law).
import { beforeEach, describe, expect, it } from 'vitest';
import { evaluateWith } from '../../src/evaluate/evaluate.js';
import type { UnitTally } from '../../src/evaluate/evaluate-conditions.js';
import { type ConditionResult, defineCriteriaSet, evaluate } from '../../src/index.js';
import { testSetHeader } from './test-set-header.js';

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
 * and "debt ≤ 1" (or the one given, to share it with another set), and any `more`.
 */
function conditionSet(id: string, debt: object = debtCondition(), debtText = 'Nợ đọng', more: readonly object[] = []) {
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
    ...testSetHeader(id, 'Phụ lục I'),
    columns: 'regions',
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
      ...more,
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

describe('evaluateConditions: "every criterion is met" for a thousand criteria', () => {
  it('is made afresh for each unit, its key being only for fewer criteria', () => {
    const base = conditionSet('test-thousand');
    const criteria = Array.from({ length: 1000 }, (_, i) => ({
      ...base.criteria[0]!,
      id: `c${i}`,
      number: i + 1,
      indicators: [{ ...base.criteria[0]!.indicators[0]!, code: `c${i}` }],
    }));
    const set = defineCriteriaSet({ ...base, id: 'test-thousand', criteria } as Parameters<typeof defineCriteriaSet>[0]);
    const all = () => condition(evaluate(set, { region: 'red-river-delta', year: 2024, values: {} }), 'all');
    expect(all()).toMatchObject({ status: 'incomplete', reason: { code: 'condition.criteria', params: { met: 0, total: 1000 } } });
    expect(all()).toEqual(all());
    expect(all()).not.toBe(all());
  });
});

describe('evaluateConditions: each kind of condition, judged', () => {
  const made = (id: string, check: object, status = 'verified') => ({
    id,
    text: { vi: `Điều kiện ${id}`, en: `Condition ${id}` },
    purpose: 'recognition',
    status,
    sources: ['T1'],
    check,
  });
  const share = (id: string, op: string, percent: number | null, standard = 'meets-set') =>
    made(id, { kind: 'unit-share', unitLevel: 'village-model', standard, op, percent });
  // A fresh set for each test: its shared results are made, and so covered, by the test that reads them.
  let set: ReturnType<typeof conditionSet>;
  beforeEach(() => {
    set = conditionSet('test-judged', debtCondition(), 'Nợ đọng', [
      made('unchecked', { kind: 'not-checkable' }),
      made('unverified', { kind: 'fact', fact: 'debt', op: '<=', value: 1 }, 'recalled'),
      made('threshold', { kind: 'fact', fact: 'debt', op: '<=', value: null }),
      made('undeclared', { kind: 'fact', fact: 'roads', op: '>=', value: 2 }),
      share('shareUnknown', '>=', null),
      share('half', '>=', 50),
      share('all', '=', 100, 'recognised'),
      made('flag', { kind: 'fact', fact: 'second', op: '=', value: true }),
      share('halfExactly', '=', 50),
      share('fraction', '>=', 50.5),
    ]);
  });
  const judged = (facts: Record<string, number | boolean>, tallies?: Record<string, UnitTally>) =>
    evaluateWith(set, { ...unit('met', 'met'), facts: { second: true, ...facts } }, tallies && new Map(Object.entries(tallies))).conditions;
  const tally = (passing: number, total: number, failing: string[], undecided: string[] = []): UnitTally => ({
    passing,
    total,
    failing,
    undecided,
  });
  const byId = (conditions: readonly ConditionResult[]) => Object.fromEntries(conditions.map((c) => [c.id, c]));

  it('a condition that cannot be checked, or is not verified, is of unknown target', () => {
    const c = byId(judged({ debt: 0 }));
    for (const id of ['unchecked', 'unverified'])
      expect(c[id], id).toMatchObject({ status: 'unknown-target', reason: { code: 'condition.not-checkable', params: {} } });
    expect(c.unverified!.verification).toBe('recalled');
  });

  it('a fact condition without a known threshold is of unknown target, naming its fact', () => {
    expect(byId(judged({ debt: 0 })).threshold).toMatchObject({
      status: 'unknown-target',
      reason: { code: 'condition.threshold-unknown', params: { fact: 'debt' } },
    });
  });

  it('a fact condition is met, not met, or incomplete without the fact, with the rule and the set’s name of the fact', () => {
    const rule = { fact: 'debt', op: '<=', value: 1, factText: { vi: 'Nợ đọng', en: 'Debt' } };
    expect(byId(judged({ debt: 1 })).debt).toMatchObject({
      status: 'met',
      reason: { code: 'condition.fact-met', params: { ...rule, actual: 1 } },
    });
    expect(byId(judged({ debt: 2 })).debt).toMatchObject({
      status: 'not-met',
      reason: { code: 'condition.fact-not-met', params: { ...rule, actual: 2 } },
    });
    expect(byId(judged({})).debt!.reason).toEqual({ code: 'condition.fact-missing', params: rule });
    expect(byId(judged({})).debt!.status).toBe('incomplete');
  });

  it('a fact the set does not name is shown without a name', () => {
    expect(byId(judged({ roads: 3 })).undeclared!.reason).toEqual({
      code: 'condition.fact-met',
      params: { fact: 'roads', op: '>=', value: 2, actual: 3 },
    });
  });

  it('a unit share without a known percent is of unknown target; without the units, incomplete', () => {
    const c = byId(judged({ debt: 0 }));
    expect(c.shareUnknown).toMatchObject({ status: 'unknown-target', reason: { code: 'condition.share-unknown', params: {} } });
    expect(c.half).toMatchObject({ status: 'incomplete', reason: { code: 'condition.needs-units', params: { level: 'village-model' } } });
    expect(c.half).not.toHaveProperty('failingUnits');
  });

  it('a unit share of "at least": met at the percent, not met under it, and undecided while the undecided units could reach it', () => {
    const half = (t: UnitTally) => byId(judged({ debt: 0 }, { half: t })).half!;
    expect(half(tally(2, 4, ['c', 'd']))).toEqual({
      id: 'half',
      purpose: 'recognition',
      status: 'met',
      text: { vi: 'Điều kiện half', en: 'Condition half' },
      reason: { code: 'condition.units-meet-set', params: { passing: 2, total: 4, level: 'village-model', op: '>=', percent: 50 } },
      verification: 'verified',
    });
    expect(half(tally(1, 4, ['b', 'c', 'd']))).toMatchObject({ status: 'not-met', failingUnits: ['b', 'c', 'd'] });
    expect(half(tally(1, 4, ['b', 'c', 'd']))).not.toHaveProperty('undecidedUnits');
    expect(half(tally(1, 4, ['c', 'd'], ['b']))).toMatchObject({ status: 'incomplete', failingUnits: ['c', 'd'], undecidedUnits: ['b'] });
    expect(half(tally(0, 4, ['b', 'c', 'd'], ['a']))).toMatchObject({ status: 'not-met', undecidedUnits: ['a'] });
    expect(half(tally(0, 0, []))).toMatchObject({ status: 'incomplete', failingUnits: [] });
  });

  it('a unit share of "exactly": met only at the percent, undecided while it could still be reached, and recognition has its own words', () => {
    const all = (t: UnitTally) => byId(judged({ debt: 0 }, { all: t })).all!;
    expect(all(tally(3, 3, []))).toMatchObject({
      status: 'met',
      reason: { code: 'condition.units-recognised', params: { op: '=', percent: 100 } },
    });
    expect(all(tally(2, 3, [], ['c']))).toMatchObject({ status: 'incomplete', undecidedUnits: ['c'] });
    expect(all(tally(1, 3, ['b'], ['c']))).toMatchObject({ status: 'not-met', failingUnits: ['b'], undecidedUnits: ['c'] });
    expect(all(tally(2, 3, ['c']))).toMatchObject({ status: 'not-met', failingUnits: ['c'] });
  });

  it('a unit share met while some units are undecided lists neither failing nor undecided units', () => {
    const met = byId(judged({ debt: 0 }, { half: tally(2, 4, ['c'], ['d']) })).half!;
    expect(met.status).toBe('met');
    expect(met).not.toHaveProperty('failingUnits');
    expect(met).not.toHaveProperty('undecidedUnits');
  });

  it('a unit share of "exactly" already passed is not met, whatever the undecided units', () => {
    const over = byId(judged({ debt: 0 }, { halfExactly: tally(3, 4, [], ['d']) })).halfExactly!;
    expect(over).toMatchObject({ status: 'not-met', failingUnits: [], undecidedUnits: ['d'] });
  });

  it('a percent with decimals is reachable by the undecided units exactly as by the passing ones', () => {
    // 50.5 % of 4 units is 2.02: 1 passing and 2 undecided could still reach it, 1 and 1 could not.
    const fraction = (t: UnitTally) => byId(judged({ debt: 0 }, { fraction: t })).fraction!.status;
    expect(fraction(tally(1, 4, ['d'], ['b', 'c']))).toBe('incomplete');
    expect(fraction(tally(1, 4, ['c', 'd'], ['b']))).toBe('not-met');
    expect(fraction(tally(3, 4, ['d']))).toBe('met');
  });

  it('results that depend on the set alone, a flag or a whole number up to 1000 are shared and frozen; others are made afresh', () => {
    const twice = (id: string, facts: Record<string, number | boolean>, tallies?: Record<string, UnitTally>) => {
      const [a, b] = [byId(judged(facts, tallies))[id]!, byId(judged(facts, tallies))[id]!];
      expect(b, id).toEqual(a);
      return b === a && Object.isFrozen(a);
    };
    const some = { half: tally(1, 2, ['b']), shareUnknown: tally(1, 2, ['b']) };
    const shared: [string, Record<string, number | boolean>, Record<string, UnitTally>?][] = [
      ['unchecked', { debt: 0.5 }],
      ['unverified', { debt: 0.5 }],
      ['threshold', { debt: 0.5 }],
      ['debt', {}],
      ['debt', { debt: 0 }],
      ['debt', { debt: 1000 }],
      ['flag', { debt: 0 }],
      ['shareUnknown', { debt: 0 }, some],
      ['half', { debt: 0 }],
    ];
    for (const [id, facts, tallies] of shared) expect(twice(id, facts, tallies), `${id} ${JSON.stringify(facts)}`).toBe(true);
    const fresh: [string, Record<string, number | boolean>, Record<string, UnitTally>?][] = [
      ['debt', { debt: 0.5 }],
      ['debt', { debt: 1001 }],
      ['half', { debt: 0 }, some],
    ];
    for (const [id, facts, tallies] of fresh) expect(twice(id, facts, tallies), `${id} ${JSON.stringify(facts)}`).toBe(false);
  });
});
