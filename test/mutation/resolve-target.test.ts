// Choosing an indicator's target (src/evaluate/resolve-target.ts) and testing a fact, case by
// case: each boundary of a fact test and of a year range, and the rule that an undecidable case
// stops the search. TEST-ONLY targets: none of these values is a legal threshold.
import { describe, expect, it } from 'vitest';
import { resolveTarget, testFact } from '../../src/evaluate/resolve-target.js';
import type { FactTest, Indicator, Target } from '../../src/index.js';

const facts = (entries: Record<string, number | boolean>) => new Map(Object.entries(entries));
const target = (value: number, extra: Partial<Target> = {}): Target => ({ status: 'verified', value, op: '>=', sources: [], ...extra });
const indicator = (targets: Indicator['targets']) => ({ targets }) as Indicator;

describe('testFact', () => {
  it.each([
    ['>', 3, false],
    ['>', 4, true],
    ['>=', 2, false],
    ['>=', 3, true],
    ['<', 3, false],
    ['<', 2, true],
    ['<=', 4, false],
    ['<=', 3, true],
    ['<=', 2, true],
    ['=', 3, true],
    ['=', 4, false],
  ] as const)('schools %s 3 with %d schools is %s', (op, schools, expected) => {
    const test: FactTest = { fact: 'schools', op, value: 3 };
    expect(testFact(test, facts({ schools }))).toBe(expected);
  });

  it('an absent fact is undecided, and a flag is compared by equality', () => {
    expect(testFact({ fact: 'coastal', op: '=', value: true }, facts({}))).toBeUndefined();
    expect(testFact({ fact: 'coastal', op: '=', value: true }, facts({ coastal: true }))).toBe(true);
    expect(testFact({ fact: 'coastal', op: '=', value: true }, facts({ coastal: false }))).toBe(false);
  });
});

describe('resolveTarget', () => {
  it("the column's own cell, else the `all` cell, else no column", () => {
    const own = target(90);
    const all = target(80);
    expect(resolveTarget(indicator({ all, 'red-river-delta': own }), 'red-river-delta', null, facts({}))).toEqual({
      kind: 'target',
      target: own,
    });
    expect(resolveTarget(indicator({ all }), 'red-river-delta', null, facts({}))).toEqual({ kind: 'target', target: all });
    expect(resolveTarget(indicator({ 'mekong-delta': own }), 'red-river-delta', null, facts({}))).toEqual({ kind: 'missing-column' });
  });

  it('a year range is inclusive at both ends, and needs the year', () => {
    const early = target(1, { years: { to: 2022 } });
    const middle = target(2, { years: { from: 2023, to: 2024 } });
    const late = target(3, { years: { from: 2025 } });
    const cell = indicator({ all: [early, middle, late] });
    const at = (year: number | null) => resolveTarget(cell, null, year, facts({}));
    expect(at(2022)).toEqual({ kind: 'target', target: early });
    expect(at(2023)).toEqual({ kind: 'target', target: middle });
    expect(at(2024)).toEqual({ kind: 'target', target: middle });
    expect(at(2025)).toEqual({ kind: 'target', target: late });
    expect(at(null)).toEqual({ kind: 'missing-year' });
    const gap = indicator({ all: [early, late] });
    expect(resolveTarget(gap, null, 2023, facts({}))).toEqual({ kind: 'no-target-for-year' });
    expect(resolveTarget(gap, null, 2024, facts({}))).toEqual({ kind: 'no-target-for-year' });
  });

  it('the first case whose fact test passes applies; a missing fact stops the search', () => {
    const big = target(1, { when: { fact: 'schools', op: '>', value: 3 } });
    const other = target(2);
    const cell = indicator({ all: [big, other] });
    expect(resolveTarget(cell, null, null, facts({ schools: 4 }))).toEqual({ kind: 'target', target: big });
    expect(resolveTarget(cell, null, null, facts({ schools: 3 }))).toEqual({ kind: 'target', target: other });
    expect(resolveTarget(cell, null, null, facts({}))).toEqual({ kind: 'missing-fact', fact: 'schools' });
  });

  it('a case with years and a fact needs both to pass', () => {
    const both = target(1, { years: { from: 2023 }, when: { fact: 'coastal', op: '=', value: true } });
    const cell = indicator({ all: [both] });
    expect(resolveTarget(cell, null, 2023, facts({ coastal: true }))).toEqual({ kind: 'target', target: both });
    expect(resolveTarget(cell, null, 2022, facts({ coastal: true }))).toEqual({ kind: 'no-target-for-year' });
    expect(resolveTarget(cell, null, 2023, facts({ coastal: false }))).toEqual({ kind: 'no-target-for-year' });
    expect(resolveTarget(cell, null, 2022, facts({}))).toEqual({ kind: 'no-target-for-year' });
  });
});
