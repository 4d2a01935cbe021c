import type { LocalizedText } from '@ntm/criteria';

/**
 * Codes of the problems found while reading a spreadsheet.
 * @example
 * SHEET_ISSUE_CODES.includes('unreadable-number'); // true
 */
export const SHEET_ISSUE_CODES = [
  'unreadable-file',
  'not-utf8',
  'no-sheet',
  'no-header',
  'unknown-column',
  'duplicate-column',
  'ambiguous-code',
  'missing-unit-id',
  'duplicate-unit-id',
  'total-row',
  'unreadable-number',
  'unreadable-flag',
  'unreadable-ratio',
  'unreadable-region',
  'unreadable-group',
  'unreadable-province',
  'unreadable-year',
  'unreadable-op',
  'formula-error',
  'orphan-denominator',
  'unknown-criterion',
  'input-issue',
] as const;

/**
 * The code of a spreadsheet problem.
 * @example
 * const code: SheetIssueCode = 'unreadable-flag'; // e.g. "Đạ" in a flag cell
 */
export type SheetIssueCode = (typeof SHEET_ISSUE_CODES)[number];

/**
 * One problem in a spreadsheet, with the cell it is in (`Xã!D7`), what was expected, what was
 * there, and a message in Vietnamese and English. Render its text with
 * `formatMessage(issue, lang)` from `@ntm/criteria`, and what was expected with
 * `formatMessage({ message: issue.expectedText }, lang)`.
 * @example
 * const issue: SheetIssue = {
 *   code: 'unreadable-number', cell: 'Xã!D7', sheet: 'Xã', row: 7, column: 'D',
 *   expected: 'a number, such as 97,5 or 1.940', received: 'abc',
 *   expectedText: { vi: 'một số, như 97,5 hoặc 1.940', en: 'a number, such as 97,5 or 1.940' },
 *   message: { vi: '…', en: '…' },
 * };
 */
export interface SheetIssue {
  readonly code: SheetIssueCode;
  /** The cell as `Sheet!A1`, or the sheet name alone for a problem of the whole sheet. */
  readonly cell: string;
  readonly sheet: string;
  /** 1-based row number, when the problem is in one row. */
  readonly row?: number;
  /** Column letters, when the problem is in one column. */
  readonly column?: string;
  /** The unit (commune) the row is about, when known. */
  readonly unit?: string;
  /** The indicator code the cell holds, when known. */
  readonly indicator?: string;
  /** What was expected, in English (for logs and code; `expectedText` to show it). */
  readonly expected: string;
  /** What the cell held, as it was typed, or what was found instead. */
  readonly received: string;
  /** What was expected, in Vietnamese and English. */
  readonly expectedText: LocalizedText;
  readonly message: LocalizedText;
}
