import type { SheetExpectation } from './expectation.js';
import type { SheetIssue, SheetIssueCode } from './issue.js';
import { sheetExpected, sheetMessage, type MessageParams } from './messages.js';

/** Where an issue is: its cell (or sheet, or row) and what it is about. */
export interface IssuePlace {
  readonly cell: string;
  readonly sheet: string;
  readonly row?: number;
  readonly column?: string;
  readonly unit?: string;
  readonly indicator?: string;
}

/**
 * An issue with its texts made once, from the locale files: the message and what was expected
 * in both languages, and `expected` in English for logs.
 * @internal
 */
export function makeIssue(
  code: SheetIssueCode,
  place: IssuePlace,
  params: MessageParams & { readonly expectation: SheetExpectation; readonly received: string },
): SheetIssue {
  const expectedText = sheetExpected(params.expectation, params);
  const withIndicator =
    place.indicator !== undefined && params.indicator === undefined ? { ...params, indicator: place.indicator } : params;
  return { code, ...place, expected: expectedText.en, received: params.received, expectedText, message: sheetMessage(code, withIndicator) };
}
