/**
 * Exact comparison of decimal quantities.
 *
 * Why: a share given as `{ numerator: 19, denominator: 20 }` is exactly 95%, but
 * `19 / 20 * 100` in floating point need not be. Every value is turned into a fraction of
 * big integers (a JS number is read through its shortest decimal form, which is what the
 * caller wrote), and fractions are compared by cross-multiplication, never by division.
 * @internal
 */

/** A non-negative or negative fraction `n / d` with `d > 0`. */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

const TEN = 10n;

/** The exact fraction of the decimal a finite number prints as (e.g. `0.1` → 1/10). */
export function fractionOf(value: number): Fraction {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) throw new RangeError(`Not a finite number: ${text}`);
  const [, sign, whole, fraction = '', exponentText] = match;
  let n = BigInt(`${sign}${whole}${fraction}`);
  let scale = fraction.length - Number(exponentText ?? 0);
  if (scale < 0) {
    n *= TEN ** BigInt(-scale);
    scale = 0;
  }
  return { n, d: TEN ** BigInt(scale) };
}

/** `a × b` as a fraction. */
export function multiply(a: Fraction, b: Fraction): Fraction {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** `numerator / denominator × 100`, the percent a ratio stands for, as an exact fraction. */
export function percentOfRatio(numerator: number, denominator: number): Fraction {
  const a = fractionOf(numerator);
  const b = fractionOf(denominator);
  // (a.n / a.d) / (b.n / b.d) × 100 = (a.n × b.d × 100) / (a.d × b.n)
  return { n: a.n * b.d * 100n, d: a.d * b.n };
}

/** Sign of `a − b`: −1, 0 or 1. */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The nearest number to a fraction, for display only. */
export function toNumber(f: Fraction): number {
  return Number(f.n) / Number(f.d);
}
