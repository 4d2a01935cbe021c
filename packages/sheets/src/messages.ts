import type { LocalizedText } from '@ntm/criteria';
import type { SheetExpectation } from './expectation.js';
import type { SheetIssueCode } from './issue.js';
import { en } from './locale/en.js';
import { vi } from './locale/vi.js';

/** What a message may say about the cell: what came, what was wanted, the indicator or unit. */
export interface MessageParams {
  readonly received?: string;
  /** What the cell should have held, worded in each language from the locale files. */
  readonly expectation?: SheetExpectation;
  /** @deprecated Not shown: the message words `expectation` in its own language. */
  readonly expected?: string;
  readonly indicator?: string;
  readonly detail?: string;
  /** The half of a ratio given alone (`orphan-denominator`). */
  readonly part?: 'numerator' | 'denominator';
  /** A finished message passed through (an engine issue placed at its cell). */
  readonly text?: LocalizedText;
}

/**
 * What a cell or sheet should have held, in Vietnamese and English.
 * @example
 * sheetExpected('flag').vi; // '"Đạt" hoặc "Chưa đạt"'
 */
export function sheetExpected(expectation: SheetExpectation, params: MessageParams = {}): LocalizedText {
  return { vi: vi.expected[expectation](params), en: en.expected[expectation](params) };
}

/**
 * The vi/en message of a spreadsheet problem, made from its data by the locale files
 * (`locale/vi.ts`, `locale/en.ts`).
 * @example
 * sheetMessage('unreadable-flag', { indicator: '1.1', received: 'Đạ', expectation: 'flag' }).en;
 * // 'Indicator 1.1: "Đạ" is not "Đạt" (met) or "Chưa đạt" (not met); treated as no data'
 */
export function sheetMessage(code: SheetIssueCode, params: MessageParams): LocalizedText {
  const wanted = params.expectation;
  return {
    vi: vi.messages[code](params, wanted === undefined ? '' : vi.expected[wanted](params)),
    en: en.messages[code](params, wanted === undefined ? '' : en.expected[wanted](params)),
  };
}
