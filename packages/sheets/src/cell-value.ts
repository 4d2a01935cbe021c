import type { IndicatorValue, Measure } from '@ntm/criteria';
import type { SheetCell } from './grid.js';
import type { SheetExpectation } from './expectation.js';
import type { SheetIssueCode } from './issue.js';
import { sheetExpected } from './messages.js';
import { normaliseLabel } from './normalise.js';

/**
 * What reading one cell gave: a value (`null` for an empty cell: no data), or a problem.
 * @example
 * const read: CellReading = readIndicatorCell({ value: '97,5%', text: '97,5%', percent: false }, 'percent');
 * // { ok: true, value: 97.5 }
 */
export type CellReading =
  | { readonly ok: true; readonly value: IndicatorValue }
  | {
      readonly ok: false;
      readonly code: SheetIssueCode;
      /** What the cell should have held (worded by the locale files). */
      readonly expectation: SheetExpectation;
      /** The same in English. */
      readonly expected: string;
      readonly received: string;
    };

const TRUE_WORDS = new Set(['dat', 'co', 'x', 'true', 'yes', 'met', 'hoan thanh', 'da dat', 'dung']);
const FALSE_WORDS = new Set(['chua dat', 'khong dat', 'khong', 'false', 'no', 'not met', 'chua', 'chua hoan thanh', 'sai']);

/**
 * A flag from a cell: "Đạt", "Có", "x", TRUE are met; "Chưa đạt", "Không đạt", "Không", FALSE
 * are not; anything else is `undefined`.
 * @example
 * readFlag('Chưa đạt'); // false
 */
export function readFlag(text: string): boolean | undefined {
  // A sheet repeats the same few words thousands of times: remember each one read.
  const known = FLAG_CACHE.get(text);
  if (known !== undefined || FLAG_CACHE.has(text)) return known;
  const t = normaliseLabel(text);
  const flag = TRUE_WORDS.has(t) ? true : FALSE_WORDS.has(t) ? false : undefined;
  if (FLAG_CACHE.size < 1000) FLAG_CACHE.set(text, flag);
  return flag;
}

const FLAG_CACHE = new Map<string, boolean | undefined>();

/**
 * A number written the Vietnamese way or the English way: "97,5" and "97.5" are 97.5;
 * "1.940" and "2.000.000" use dots as thousand separators (Vietnamese), as does "1 940";
 * "1.234,5" and "1,234.5" both read as 1234.5. A trailing "%" is dropped (see `readIndicatorCell`).
 * Returns `undefined` for anything that is not a number.
 * @example
 * readNumber('1.940'); // 1940
 * readNumber('97,5');  // 97.5
 */
export function readNumber(text: string): number | undefined {
  // Most cells are digits with at most one separator ("45", "97,5", "1.940", "97,5%"): read
  // them in one match; the rest take the general path below, which gives the same answers.
  const simple = PLAIN_NUMBER.exec(text);
  if (simple !== null) {
    const [, whole, separator, fraction] = simple as unknown as [string, string, string | undefined, string | undefined];
    if (separator === undefined) return Number(whole);
    // "1.940": Vietnamese thousands; "97.5", "97,5": decimals.
    if (separator === '.' && whole.length <= 3 && fraction!.length === 3) return Number(whole + fraction);
    return Number(`${whole}.${fraction}`);
  }
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (t.endsWith('%')) t = t.slice(0, -1);
  let sign = '';
  if (t.startsWith('-') || t.startsWith('+')) {
    sign = t[0] === '-' ? '-' : '';
    t = t.slice(1);
  }
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return undefined;
  const dots = t.split('.').length - 1;
  const commas = t.split(',').length - 1;
  let plain: string;
  if (dots > 0 && commas > 0) {
    // The separator that comes last is the decimal one.
    const decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const [whole, fraction, extra] = t.split(decimal);
    if (extra !== undefined || !isGrouped(whole!, thousands)) return undefined;
    plain = `${whole!.split(thousands).join('')}.${fraction}`;
  } else if (commas > 0) {
    // Vietnamese: the comma is the decimal separator; "1,234,567" (several) is English grouping.
    if (commas === 1) plain = t.replace(',', '.');
    else if (isGrouped(t, ',')) plain = t.split(',').join('');
    else return undefined;
  } else if (dots > 1) {
    if (!isGrouped(t, '.')) return undefined;
    plain = t.split('.').join('');
  } else if (dots === 1 && isGrouped(t, '.')) {
    // "1.940": Vietnamese thousands, as officials write household counts.
    plain = t.replace('.', '');
  } else plain = t;
  if (plain.startsWith('.') || plain.endsWith('.')) return undefined;
  const n = Number(sign + plain);
  return Number.isFinite(n) ? n : undefined;
}

const PLAIN_NUMBER = /^(\d+)(?:([.,])(\d+))?%?$/;

/** "1.940.000" grouped by threes with this separator. */
function isGrouped(text: string, separator: string): boolean {
  const parts = text.split(separator);
  return parts.length > 1 && /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/**
 * `n × 100` without floating-point noise (0.975 → 97.5, not 97.50000000000001), by moving
 * the decimal point in the number's shortest decimal form.
 * @example
 * percentOfFraction(0.975); // 97.5
 */
export function percentOfFraction(n: number): number {
  const [mantissa, exponent] = n.toExponential().split('e') as [string, string];
  return Number(`${mantissa}e${Number(exponent) + 2}`);
}

/**
 * A ratio written "1.940/2.000" (numerator/denominator, each a number as `readNumber` reads it).
 * @example
 * readRatio('1.940/2.000'); // { numerator: 1940, denominator: 2000 }
 */
export function readRatio(text: string): { numerator: number; denominator: number } | undefined {
  const parts = text.split('/');
  if (parts.length !== 2) return undefined;
  const numerator = readNumber(parts[0]!);
  const denominator = readNumber(parts[1]!);
  if (numerator === undefined || denominator === undefined) return undefined;
  return { numerator, denominator };
}

const EXPECTED: { readonly [M in Measure]: SheetExpectation } = {
  percent: 'percent',
  flag: 'flag',
  amount: 'number',
  count: 'whole-number',
};

function unread(code: SheetIssueCode, expectation: SheetExpectation, received: string): CellReading {
  return { ok: false, code, expectation, expected: sheetExpected(expectation).en, received };
}

/**
 * Reads one indicator's cell with Vietnamese conventions, by the indicator's measure:
 * empty is no data (`null`); a flag is "Đạt"/"Chưa đạt"/"Không đạt" (or TRUE/FALSE, 1/0);
 * a percent is 97,5 or "97,5%" or a cell formatted as percent holding 0.975, or a ratio
 * "1.940/2.000"; an amount or count is a number with decimal comma or dot and Vietnamese
 * thousand separators. A value the engine would refuse (a negative count, 120%) is passed on
 * for the engine to report; only what cannot be read at all is a problem here.
 * @example
 * readIndicatorCell({ value: 0.975, text: '97.5%', percent: true }, 'percent'); // { ok: true, value: 97.5 }
 * readIndicatorCell({ value: 'Đạt', text: 'Đạt', percent: false }, 'flag');    // { ok: true, value: true }
 */
export function readIndicatorCell(cell: SheetCell | undefined, measure: Measure): CellReading {
  if (cell === undefined || cell.value === null) {
    if (cell?.error) return unread('formula-error', EXPECTED[measure], cell.error);
    return { ok: true, value: null };
  }
  const { value } = cell;
  if (measure === 'flag') {
    if (typeof value === 'boolean') return { ok: true, value };
    if (typeof value === 'number' && (value === 0 || value === 1)) return { ok: true, value: value === 1 };
    const flag = typeof value === 'string' ? readFlag(value) : undefined;
    if (flag === undefined) return unread('unreadable-flag', EXPECTED.flag, String(value));
    return { ok: true, value: flag };
  }
  if (typeof value === 'boolean') return unread('unreadable-number', EXPECTED[measure], cell.text || String(value));
  if (typeof value === 'number') {
    return { ok: true, value: measure === 'percent' && cell.percent ? percentOfFraction(value) : value };
  }
  const text = value.trim();
  if (text === '') return { ok: true, value: null };
  if (measure === 'percent' && text.includes('/')) {
    const ratio = readRatio(text);
    if (ratio === undefined) return unread('unreadable-ratio', EXPECTED.percent, text);
    return { ok: true, value: ratio };
  }
  const n = readNumber(text);
  if (n === undefined) return unread('unreadable-number', EXPECTED[measure], text);
  return { ok: true, value: n };
}
