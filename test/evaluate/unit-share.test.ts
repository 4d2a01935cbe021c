import { describe, expect, it } from 'vitest';
import { evaluateConditions } from '../../src/evaluate/evaluate-conditions.js';
import type { Condition } from '../../src/index.js';

const condition = (op: '>=' | '=', percent: number): Condition => ({
  id: 'share',
  text: { vi: 'Tỷ lệ xã', en: 'Share of communes' },
  purpose: 'criteria',
  status: 'verified',
  sources: [],
  check: { kind: 'unit-share', unitLevel: 'commune', standard: 'meets-set', op, percent },
});

function verdict(op: '>=' | '=', percent: number, passing: number, total: number) {
  const tallies = new Map([['share', { passing, total, failing: [], undecided: [] }]]);
  return evaluateConditions([condition(op, percent)], [], new Map(), tallies)[0]!.status;
}

describe('unit-share conditions compare exactly', () => {
  it('999 of 3000 is exactly 33.3% (33.3 × 3000 is 99899.99… in floating point)', () => {
    expect(verdict('=', 33.3, 999, 3000)).toBe('met');
    expect(verdict('>=', 33.3, 999, 3000)).toBe('met');
    expect(verdict('>=', 33.3, 998, 3000)).toBe('not-met');
  });

  it('33 of 3000 is exactly 1.1% (1.1 × 3000 is 3300.0000000000005 in floating point)', () => {
    expect(verdict('>=', 1.1, 33, 3000)).toBe('met');
  });

  it('2 of 3 communes is under 66.67%', () => {
    expect(verdict('>=', 66.67, 2, 3)).toBe('not-met');
    expect(verdict('>=', 10, 1, 10)).toBe('met');
  });
});
