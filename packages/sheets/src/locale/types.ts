import type { SheetExpectation } from '../expectation.js';
import type { SheetIssueCode } from '../issue.js';
import type { MessageParams } from '../messages.js';

/**
 * One language's texts of the package: what each expectation is called, and one sentence per
 * issue code (given the params and the expectation already worded in that language).
 * @internal
 */
export interface SheetLocale {
  readonly expected: { readonly [E in SheetExpectation]: (p: MessageParams) => string };
  readonly messages: { readonly [C in SheetIssueCode]: (p: MessageParams, expected: string) => string };
}
