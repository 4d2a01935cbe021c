import { compareFractions, fractionOf, multiply, percentOfRatio, type Fraction } from '../_lib/exact.js';
import type { Comparison } from '../model/target.js';
import type { CleanValue } from './validate-input.js';

/**
 * Compares a value with a target exactly. Plain numbers compare as the decimals they print
 * as (two decimals written by a person never collide in binary floating point at the
 * precision of these indicators); a ratio, or a target multiplied by a reference value, is
 * compared as fractions of big integers, so 19/20 meets "≥ 95" and 2/3 does not meet "≥ 66.67".
 * @internal
 */
export function meets(value: CleanValue, op: Comparison, target: number | boolean | Fraction): boolean {
  if (value.kind === 'flag' || typeof target === 'boolean') return value.kind === 'flag' && value.value === target;
  if (value.kind === 'number' && typeof target === 'number') return holds(op, value.value, target);
  const actual = value.kind === 'ratio' ? ratioFraction(value.numerator, value.denominator) : fractionOf(value.value);
  const goal = typeof target === 'number' ? fractionOf(target) : target;
  const sign = compareFractions(actual, goal);
  return op === '>=' ? sign >= 0 : op === '<=' ? sign <= 0 : sign === 0;
}

function holds(op: Comparison, a: number, b: number): boolean {
  return op === '>=' ? a >= b : op === '<=' ? a <= b : a === b;
}

function ratioFraction(numerator: number, denominator: number): Fraction {
  return percentOfRatio(numerator, denominator);
}

/** A relative target: `factor × reference`, exactly. @internal */
export function relativeTarget(factor: number, reference: number): Fraction {
  return multiply(fractionOf(factor), fractionOf(reference));
}
