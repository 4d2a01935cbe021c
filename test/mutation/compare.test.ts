// The exact comparison of a value with a target (src/evaluate/compare.ts), case by case: the
// mutation run showed these paths were reached by the engine's tests but never decided them.
import { describe, expect, it } from 'vitest';
import { fractionOf } from '../../src/_lib/exact.js';
import { meets, relativeTarget } from '../../src/evaluate/compare.js';

const number = (value: number) => ({ kind: 'number', value }) as const;
const flag = (value: boolean) => ({ kind: 'flag', value }) as const;
const ratio = (numerator: number, denominator: number) => ({ kind: 'ratio', numerator, denominator }) as const;

describe('meets', () => {
  it('a flag meets a yes/no target only when equal, whatever the comparison', () => {
    expect(meets(flag(true), '=', true)).toBe(true);
    expect(meets(flag(false), '=', false)).toBe(true);
    expect(meets(flag(false), '=', true)).toBe(false);
    expect(meets(flag(true), '=', false)).toBe(false);
    expect(meets(flag(true), '>=', false)).toBe(false);
  });

  it('a number never meets a yes/no target, and a flag never meets a numeric one', () => {
    expect(meets(number(1), '=', true)).toBe(false);
    expect(meets(number(0), '=', false)).toBe(false);
    expect(meets(flag(true), '>=', 1)).toBe(false);
    expect(meets(flag(true), '<=', 1)).toBe(false);
    expect(meets(flag(false), '>=', fractionOf(0))).toBe(false);
  });

  it.each([
    ['>=', 95, 95, true],
    ['>=', 95.01, 95, true],
    ['>=', 94.99, 95, false],
    ['<=', 5, 5, true],
    ['<=', 4.99, 5, true],
    ['<=', 5.01, 5, false],
    ['=', 3, 3, true],
    ['=', 2, 3, false],
    ['=', 4, 3, false],
  ] as const)('a number %s: %d against %d is %s', (op, value, target, expected) => {
    expect(meets(number(value), op, target)).toBe(expected);
    // The same comparison against the target as an exact fraction (a relative target).
    expect(meets(number(value), op, fractionOf(target))).toBe(expected);
  });

  it.each([
    ['>=', 19, 20, 95, true],
    ['>=', 18, 20, 95, false],
    ['>=', 20, 20, 95, true],
    ['<=', 1, 20, 5, true],
    ['<=', 0, 20, 5, true],
    ['<=', 2, 20, 5, false],
    ['=', 1, 20, 5, true],
    ['=', 2, 20, 5, false],
    ['=', 0, 20, 5, false],
  ] as const)('a ratio %s: %d/%d against %d%% is %s', (op, numerator, denominator, percent, expected) => {
    expect(meets(ratio(numerator, denominator), op, percent)).toBe(expected);
  });

  it('a relative target is factor × reference, exactly', () => {
    expect(relativeTarget(1.1, 45)).toEqual(fractionOf(49.5));
    expect(meets(number(49.5), '>=', relativeTarget(1.1, 45))).toBe(true);
    expect(meets(number(49.49), '>=', relativeTarget(1.1, 45))).toBe(false);
    expect(meets(number(49.51), '<=', relativeTarget(1.1, 45))).toBe(false);
  });
});
