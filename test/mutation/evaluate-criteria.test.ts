// One pass over a set's criteria (src/evaluate/evaluate-criteria.ts), seen through what a result
// says: the lists of codes beside the criteria, the number of criteria that apply, and verdicts
// made once per pattern of indicator statuses. The sets defined here are TEST-ONLY (not law).
import { testSetHeader } from './test-set-header.js';
import { describe, expect, it } from 'vitest';
import { defineCriteriaSet, evaluate } from '../../src/index.js';
import { demoSet, passingInput, valuesElsewhere } from '../fixtures/demo-set.js';

/** A TEST-ONLY set: one criterion per entry of `counts`, of that many count indicators `<c>.<i>` (target ≤ 0), the first of criterion 1 only in the Red River Delta column. */
function countSet(id: string, counts: readonly number[]) {
  return defineCriteriaSet({
    ...countSetBase(id),
    criteria: counts.map((count, c) => ({
      id: String(c + 1),
      number: c + 1,
      name: { vi: `Tiêu chí ${c + 1}`, en: `Criterion ${c + 1}` },
      status: 'verified',
      sources: ['T1'],
      indicators: Array.from({ length: count }, (_, i) => ({
        code: `${c + 1}.${i + 1}`,
        text: { vi: `Chỉ tiêu ${c + 1}.${i + 1}`, en: `Indicator ${c + 1}.${i + 1}` },
        textStatus: 'verified',
        measure: 'count',
        ...(c === 0 && i === 0
          ? { columns: ['red-river-delta'], targets: { 'red-river-delta': { status: 'verified', value: 0, op: '<=', sources: ['T1'] } } }
          : { targets: { all: { status: 'verified', value: 0, op: '<=', sources: ['T1'] } } }),
      })),
    })),
  } as Parameters<typeof defineCriteriaSet>[0]);
}

/** What the TEST-ONLY sets here share besides their criteria. */
function countSetBase(id: string) {
  return {
    ...testSetHeader(id, 'Phụ lục I'),
    columns: 'regions',
    conditions: [],
    facts: {},
    references: {},
    sources: { T1: { what: 'test data' } },
  };
}

/** A TEST-ONLY set of two criteria of one flag each (target: true), the first only in the Red River Delta column. */
function flagSet(id: string) {
  const target = { status: 'verified', value: true, op: '=', sources: ['T1'] };
  const flag = (code: string, extra: { columns?: readonly string[]; targets: Record<string, typeof target> }) => ({
    id: code,
    number: Number(code),
    name: { vi: `Tiêu chí ${code}`, en: `Criterion ${code}` },
    status: 'verified',
    sources: ['T1'],
    indicators: [{ code, text: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` }, textStatus: 'verified', measure: 'flag', ...extra }],
  });
  return defineCriteriaSet({
    ...countSetBase(id),
    criteria: [
      flag('1', { columns: ['red-river-delta'], targets: { 'red-river-delta': target } }),
      flag('2', { targets: { all: target } }),
    ],
  } as Parameters<typeof defineCriteriaSet>[0]);
}

describe('evaluateCriteria: the lists beside the criteria', () => {
  it('an indicator without data is missing, not of unknown target', () => {
    const { '1.2': _, ...values } = passingInput.values;
    const r = evaluate(demoSet, { ...passingInput, values });
    expect(r.missing).toEqual(['1.2']);
    expect(r.unknownTargets).toEqual([]);
  });

  it('an indicator with data but no known target is of unknown target, not missing', () => {
    // TEST-ONLY: the demo set's 1.1 target in the Central Highlands is only recalled (no value).
    const r = evaluate(demoSet, { ...passingInput, region: 'central-highlands', values: valuesElsewhere });
    expect(r.unknownTargets).toEqual(['1.1']);
    expect(r.missing).toEqual([]);
  });

  it('a criterion none of whose indicators applies is not counted among the criteria', () => {
    const set = countSet('test-not-applicable', [1, 1]);
    const elsewhere = evaluate(set, { region: 'mekong-delta', year: 2024, values: { '2.1': 0 } });
    expect(elsewhere.criteria.map((c) => c.status)).toEqual(['not-applicable', 'met']);
    expect(elsewhere.total).toBe(1);
    expect(evaluate(set, { region: 'red-river-delta', year: 2024, values: { '1.1': 0, '2.1': 0 } }).total).toBe(2);
  });

  it('a criterion of flags that does not apply is not counted, when its result is shared either', () => {
    // The second evaluation takes both criteria's results from those the first one shared.
    const set = flagSet('test-flags-not-applicable');
    for (let time = 0; time < 2; time++) {
      const r = evaluate(set, { region: 'mekong-delta', year: 2024, values: { '2': true } });
      expect(r.criteria.map((c) => c.status)).toEqual(['not-applicable', 'met']);
      expect(r.total).toBe(1);
      expect(r.metCount).toBe(1);
    }
  });
});

describe('evaluateCriteria: verdicts by pattern', () => {
  it('a pattern with a not-applicable indicator is not taken for one with a not-met indicator after it', () => {
    // Criterion 4: 4.3 ruled out and 4.4 met, then 4.3 met and 4.4 not met.
    const ruledOut = evaluate(demoSet, passingInput);
    const coastal = evaluate(demoSet, {
      ...passingInput,
      facts: { ...passingInput.facts, coastal: true },
      values: { ...passingInput.values, '4.3': true, '4.4': 0 },
    });
    expect(ruledOut.criteria.find((c) => c.id === '4')!.status).toBe('met');
    expect(coastal.criteria.find((c) => c.id === '4')!.status).toBe('not-met');
    expect(coastal.notMet).toEqual(['4.4']);
  });

  it('units whose indicators have the same statuses share one frozen reason', () => {
    const a = evaluate(demoSet, passingInput);
    const b = evaluate(demoSet, { ...passingInput, values: { ...passingInput.values, '1.1': 99, '4.2': 90 } });
    const reasonA = a.criteria.find((c) => c.id === '1')!.reason;
    expect(b.criteria.find((c) => c.id === '1')!.reason).toBe(reasonA);
    expect(Object.isFrozen(reasonA)).toBe(true);
  });

  it('a criterion of 16 indicators, whose verdicts are not remembered, is evaluated', () => {
    const set = countSet('test-sixteen', [1, 16]);
    const values = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`2.${i + 1}`, 0]));
    const met = evaluate(set, { region: 'mekong-delta', year: 2024, values });
    expect(met.criteria[1]!.status).toBe('met');
    const notMet = evaluate(set, { region: 'mekong-delta', year: 2024, values: { ...values, '2.16': 1 } });
    expect(notMet.criteria[1]!.status).toBe('not-met');
    expect(notMet.notMet).toEqual(['2.16']);
  });

  it('remembers the verdicts of 1024 patterns per criterion; beyond them a verdict is made afresh each time', () => {
    // Seven indicators, each met (0), not met (1) or missing: 3^7 patterns, the first 1025 used.
    const set = countSet('test-patterns', [1, 7]);
    const inputOf = (p: number) => {
      const values: Record<string, number> = { '1.1': 0 };
      for (let i = 0, rest = p; i < 7; i++, rest = Math.floor(rest / 3)) if (rest % 3 < 2) values[`2.${i + 1}`] = rest % 3;
      return { region: 'red-river-delta' as const, year: 2024, values };
    };
    const reasonOf = (p: number) => evaluate(set, inputOf(p)).criteria[1]!.reason;
    for (let p = 0; p < 1024; p++) expect(reasonOf(p)).toBe(reasonOf(p));
    const beyond = reasonOf(1024);
    expect(reasonOf(1024)).toEqual(beyond);
    expect(reasonOf(1024)).not.toBe(beyond);
  });
});
