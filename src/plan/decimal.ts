// Exact arithmetic on the fractions of src/_lib/exact.ts, for shortfalls: a shortfall is a
// difference of decimals a person wrote (or a decimal times a decimal), so it is itself a
// terminating decimal and prints exactly. @internal
import { fractionOf, type Fraction } from '../_lib/exact.js';

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

/** The fraction in lowest terms, denominator positive. */
function reduce(f: Fraction): Fraction {
  const sign = f.d < 0n ? -1n : 1n;
  const g = gcd(f.n, f.d) || 1n;
  return { n: (sign * f.n) / g, d: (sign * f.d) / g };
}

// The operations keep the denominator positive and do not reduce: a plan chains a handful of
// them on decimals, and reducing (a gcd) once, when the result is printed, is enough.
export const whole = (n: bigint): Fraction => ({ n, d: 1n });
export const add = (a: Fraction, b: Fraction): Fraction =>
  a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
export const sub = (a: Fraction, b: Fraction): Fraction =>
  a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
export const mul = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.n, d: a.d * b.d });
export const div = (a: Fraction, b: Fraction): Fraction => (b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n });
export const isZero = (f: Fraction): boolean => f.n === 0n;
export const isNegative = (f: Fraction): boolean => f.n < 0n !== f.d < 0n && f.n !== 0n;

/** The smallest whole number ≥ f (f's denominator positive). */
export function ceil(f: Fraction): bigint {
  const { n, d } = f.d < 0n ? { n: -f.n, d: -f.d } : f;
  const q = n / d; // truncates toward zero
  return n % d !== 0n && n > 0n ? q + 1n : q;
}

/** The largest whole number ≤ f (f's denominator positive). */
export function floor(f: Fraction): bigint {
  const { n, d } = f.d < 0n ? { n: -f.n, d: -f.d } : f;
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

// Why: 10,000 communes' plans read the same few thousand numbers (targets, counts, values) over
// and over; each one's fraction (and text) is made once. Bounded: cleared when full. The
// fractions are shared, never changed (every operation here makes a new one).
const FRACTIONS = new Map<number, Fraction>();
const TEXTS = new Map<number, string>();
const MAX_CACHED = 20_000;

/** A finite number as the exact decimal it prints as; `null` for anything else. */
export function exactOf(value: unknown): Fraction | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  let f = FRACTIONS.get(value);
  if (f === undefined) {
    f = fractionOf(value);
    if (FRACTIONS.size >= MAX_CACHED) FRACTIONS.clear();
    FRACTIONS.set(value, f);
  }
  return f;
}

/** `decimalText(exactOf(value))` of a finite number: its exact decimal text (a number's decimal always terminates). */
export function numberText(value: number): string {
  let t = TEXTS.get(value);
  if (t === undefined) {
    t = decimalText(fractionOf(value));
    if (TEXTS.size >= MAX_CACHED) TEXTS.clear();
    TEXTS.set(value, t);
  }
  return t;
}

/**
 * The decimal text of a fraction: exact when it terminates (every shortfall does), otherwise
 * rounded half up to `places` decimals (display only, e.g. a new percent 1960/2001).
 */
export function decimalText(f: Fraction, places = 2): string {
  const r = terminatingForm(f) ?? reduce(f);
  let d = r.d;
  let scale = 0;
  while (d % 10n === 0n) {
    d /= 10n;
    scale++;
  }
  while (d % 2n === 0n || d % 5n === 0n) {
    // terminating: bring the denominator to a power of ten
    if (d % 2n === 0n) d /= 2n;
    else d /= 5n;
    scale++;
  }
  if (d === 1n) return shift((r.n * 10n ** BigInt(scale)) / r.d, scale);
  const factor = 10n ** BigInt(places);
  const negative = r.n < 0n;
  const n = negative ? -r.n : r.n;
  const rounded = (n * factor * 2n + r.d) / (2n * r.d);
  return shift(negative ? -rounded : rounded, places);
}

/**
 * The fraction with its denominator made of 2s and 5s only, when that is possible without a
 * gcd: the usual case of a plan's decimals (`n / 10^k`, or such a fraction times another).
 */
function terminatingForm(f: Fraction): Fraction | null {
  const sign = f.d < 0n ? -1n : 1n;
  const n = sign * f.n;
  let rest = sign * f.d;
  while (rest % 2n === 0n) rest /= 2n;
  while (rest % 5n === 0n) rest /= 5n;
  if (rest === 1n) return { n, d: sign * f.d };
  return n % rest === 0n ? { n: n / rest, d: (sign * f.d) / rest } : null;
}

/** `n / 10^scale` as decimal text without trailing zeros. */
function shift(n: bigint, scale: number): string {
  const negative = n < 0n;
  let digits = (negative ? -n : n).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    const int = digits.slice(0, digits.length - scale);
    const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
    digits = frac ? `${int}.${frac}` : int;
  }
  return negative && digits !== '0' ? `-${digits}` : digits;
}

/** The nearest number to a decimal text (the text is exact; the number is for display and sorting). */
export const numberOf = (text: string): number => Number(text);
