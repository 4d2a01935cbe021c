import type { LocalizedText } from '../model/text.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * Codes of the problems `safeEvaluate` reports about an input. Each is documented in
 * `docs/input-issues.md` with its vi/en message.
 * @example
 * INPUT_ISSUE_CODES.includes('unknown-indicator'); // true
 */
export const INPUT_ISSUE_CODES = /* @__PURE__ */ deepFreeze([
  'invalid-input',
  'unknown-key',
  'unsafe-key',
  'unknown-indicator',
  'invalid-type',
  'number-as-string',
  'not-a-number',
  'not-finite',
  'negative',
  'percent-over-100',
  'not-integer',
  'zero-denominator',
  'numerator-exceeds-denominator',
  'unknown-region',
  'unknown-group',
  'unknown-province',
  'wrong-column-kind',
  'missing-column',
  'year-outside-period',
  'invalid-override',
  'override-less-strict',
  // Aggregates (safeEvaluateAggregate): the unit tree and the sets passed in.
  'unreadable-value',
  'invalid-criteria-set',
  'unknown-unit-kind',
  'duplicate-unit',
  'unit-cycle',
  'unit-too-deep',
  // Reports (summariseResults): a stored count out of its range.
  'out-of-range',
] as const);

/**
 * The code of an input problem.
 * @example
 * if (issue.code === 'number-as-string') console.log(issue.suggestion); // '95.5'
 */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

/**
 * One problem with an input: where (`path`), what was expected, what came, and a message in
 * Vietnamese and English. Plain data, so an app can render it its own way.
 * @example
 * const issue: InputIssue = {
 *   code: 'percent-over-100', path: ['values', '17.1'], expected: 'a percent from 0 to 100',
 *   received: '120', message: { vi: '…', en: '…' },
 * };
 */
export interface InputIssue {
  readonly code: InputIssueCode;
  readonly path: readonly (string | number)[];
  readonly expected: string;
  readonly received: string;
  readonly message: LocalizedText;
  /** A likely intended value, e.g. the code the caller probably meant. */
  readonly suggestion?: string;
  /** For an issue of an aggregate's sub-unit: the unit's id (its message names it too). */
  readonly unit?: string;
  /** For an issue of an aggregate's sub-unit: the id of the set it was judged under, when there is one. */
  readonly set?: string;
}
