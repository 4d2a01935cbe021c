import { describe, expect, it } from 'vitest';
import { fractionOf } from '../../src/_lib/exact.js';
import { ceil, decimalText, floor, sub } from '../../src/plan/decimal.js';
import { formatPlanNumber } from '../../src/plan/format-number.js';

describe('exact decimals of the plan', () => {
  it('a difference of decimals prints exactly, without float residue', () => {
    expect(decimalText(sub(fractionOf(50), fractionOf(46.4)))).toBe('3.6'); // 50 - 46.4 is 3.5999999999999996 in floats
    expect(decimalText(sub(fractionOf(2.32), fractionOf(2)))).toBe('0.32');
    expect(decimalText(sub(fractionOf(0.3), fractionOf(0.1)))).toBe('0.2');
    expect(decimalText(sub(fractionOf(1), fractionOf(1.5)))).toBe('-0.5');
    expect(decimalText({ n: 1n, d: 8n })).toBe('0.125'); // terminates: exact whatever the places
  });

  it('a fraction that does not terminate is rounded half up, for display only', () => {
    expect(decimalText({ n: 1960n * 100n, d: 2001n })).toBe('97.95');
    expect(decimalText({ n: 2n, d: 3n }, 4)).toBe('0.6667');
    expect(decimalText({ n: -2n, d: 3n })).toBe('-0.67');
  });

  it('ceil and floor of fractions, negative ones included', () => {
    expect([ceil({ n: 7n, d: 2n }), floor({ n: 7n, d: 2n })]).toEqual([4n, 3n]);
    expect([ceil({ n: -7n, d: 2n }), floor({ n: -7n, d: 2n })]).toEqual([-3n, -4n]);
    expect([ceil({ n: 6n, d: 3n }), floor({ n: 6n, d: 3n })]).toEqual([2n, 2n]);
  });
});

describe('numbers as each language writes them', () => {
  it('Vietnamese: dot thousands, comma decimals; English: comma thousands, point decimals', () => {
    expect(formatPlanNumber('1940', 'vi')).toBe('1.940');
    expect(formatPlanNumber('1234567.25', 'vi')).toBe('1.234.567,25');
    expect(formatPlanNumber('1234567.25', 'en')).toBe('1,234,567.25');
    expect(formatPlanNumber('-3.6', 'vi')).toBe('-3,6');
    expect(formatPlanNumber(999, 'vi')).toBe('999');
    expect(formatPlanNumber('1e+21', 'vi')).toBe('1e+21');
  });
});
