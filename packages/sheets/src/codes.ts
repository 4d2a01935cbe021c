import type { CriteriaSet, Indicator } from '@ntm/criteria';
import type { SheetCell } from './grid.js';
import { normaliseLabel } from './normalise.js';

/**
 * A set's indicators by code, for reading codes from header cells.
 * @example
 * const codes = indicatorCodes(commune318);
 * codes.get('17.10')?.measure; // 'percent'
 */
export function indicatorCodes(set: CriteriaSet): ReadonlyMap<string, Indicator> {
  const map = new Map<string, Indicator>();
  for (const criterion of set.criteria) for (const indicator of criterion.indicators) map.set(indicator.code, indicator);
  return map;
}

/**
 * Which part of an indicator a column holds: its value, or one side of a ratio given in two
 * columns ("17.1 (tử số)", "17.1 (mẫu số)").
 * @example
 * const part: CodePart = 'numerator';
 */
export type CodePart = 'value' | 'numerator' | 'denominator';

/**
 * What a header cell names: an indicator code and part; or, for a code stored as a number
 * that two codes share (17.1 and 17.10), the candidates; or nothing.
 * @example
 * const found: CodeMatch = { kind: 'code', code: '17.10', part: 'value' };
 */
export type CodeMatch =
  | { readonly kind: 'code'; readonly code: string; readonly part: CodePart }
  | { readonly kind: 'ambiguous'; readonly text: string; readonly candidates: readonly string[] }
  | { readonly kind: 'none' };

/** The codes looked up by number and by normalised text, made once per map (not per cell). */
interface CodeIndex {
  readonly byNumber: ReadonlyMap<number, readonly string[]>;
  readonly byLabel: ReadonlyMap<string, string>;
}
const INDEXES = new WeakMap<ReadonlyMap<string, Indicator>, CodeIndex>();

function indexOf(codes: ReadonlyMap<string, Indicator>): CodeIndex {
  let index = INDEXES.get(codes);
  if (index === undefined) {
    const byNumber = new Map<number, string[]>();
    const byLabel = new Map<string, string>();
    for (const code of codes.keys()) {
      const n = Number(code);
      if (!Number.isNaN(n)) byNumber.set(n, [...(byNumber.get(n) ?? []), code]);
      const label = normaliseLabel(code);
      if (!byLabel.has(label)) byLabel.set(label, code);
    }
    index = { byNumber, byLabel };
    INDEXES.set(codes, index);
  }
  return index;
}

const NUMERATOR = /\b(tu so|tu|numerator|num)\b/;
const DENOMINATOR = /\b(mau so|mau|denominator|den)\b/;

/**
 * Reads an indicator code from a header cell: "17.10", "17.10 (tử số)", "17.10 - Tỷ lệ…".
 * A code typed as text is taken as it is; one stored as a number is matched by value, and is
 * ambiguous when several codes have that value (17.1 and 17.10) unless its shown text names one.
 * @example
 * matchCode({ value: '17.10', text: '17.10', percent: false }, indicatorCodes(commune318)); // { kind: 'code', code: '17.10', part: 'value' }
 */
export function matchCode(cell: SheetCell | undefined, codes: ReadonlyMap<string, Indicator>): CodeMatch {
  if (cell === undefined || cell.value === null) return { kind: 'none' };
  if (typeof cell.value === 'number') {
    const candidates = indexOf(codes).byNumber.get(cell.value) ?? [];
    if (candidates.length === 0) return { kind: 'none' };
    if (candidates.length === 1) return { kind: 'code', code: candidates[0]!, part: 'value' };
    const shown = cell.text.trim();
    if (shown !== String(cell.value) && candidates.includes(shown)) return { kind: 'code', code: shown, part: 'value' };
    return { kind: 'ambiguous', text: shown || String(cell.value), candidates };
  }
  if (typeof cell.value !== 'string') return { kind: 'none' };
  const text = cell.value.trim();
  if (codes.has(text)) return { kind: 'code', code: text, part: 'value' };
  // "17.10 (tử số)", "17.10 - text", "Chỉ tiêu 17.10"
  const m = /^(?:chi tieu\s+|ma\s+)?([0-9]+[0-9a-z.]*)(?:\s*[-–:(/\s]\s*(.*))?$/i.exec(text.normalize('NFC'));
  const head = m?.[1];
  if (head === undefined) return { kind: 'none' };
  const code = codes.has(head) ? head : indexOf(codes).byLabel.get(normaliseLabel(head));
  if (code === undefined) return { kind: 'none' };
  const rest = normaliseLabel(m?.[2] ?? '');
  const part: CodePart = NUMERATOR.test(rest) ? 'numerator' : DENOMINATOR.test(rest) ? 'denominator' : 'value';
  return { kind: 'code', code, part };
}

/**
 * Whether a header cell looks like an indicator code, known or not: used to report a column
 * whose code the set does not have instead of dropping it. Every shape the shipped sets use:
 * 5a, 17.11, 14.1b, the library's codes for rows the decree does not number (14.x, 6.x1, x3)
 * and the lettered codes of 319 and 321 (KM.2, T.1).
 * @example
 * looksLikeCode('17.11'); // true
 * looksLikeCode('14.x'); // true
 * looksLikeCode('Ghi chú'); // false
 */
export function looksLikeCode(text: string): boolean {
  return CODE_SHAPE.test(text.trim());
}

const CODE_SHAPE = /^(?:[0-9]{1,2}(?:\.(?:[0-9]{1,2}[a-z]?|x[0-9]{0,2}))?[a-z]?|[A-Z]{1,3}\.[0-9]{1,2}|x[0-9]{1,2})$/i;
