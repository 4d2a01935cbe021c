import { deepFreeze } from '../_lib/deep-freeze.js';
import type { IssueParams } from '../locale/messages.js';

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
  'province-not-in-force',
  'province-needs-region',
  'wrong-column-kind',
  'missing-column',
  'year-outside-period',
  'invalid-override',
  'override-less-strict',
  'override-comparison-differs',
  'unreadable',
  'not-applicable-value',
  'implausible',
  // Aggregates (safeEvaluateAggregate): the unit tree and the sets passed in.
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
 * if (issue.code === 'number-as-string') console.log(issue.suggestion); // 95.5
 */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

/**
 * One problem with an input, as plain data: its code, where (`path`), what was expected (in
 * English, for logs), what came, a likely intended value, and the `params` its text is made
 * from. Get its text with `formatMessage(issue, 'vi' | 'en')`.
 * @example
 * const issue: InputIssue = {
 *   code: 'percent-over-100', path: ['values', '17.1'],
 *   expected: 'a percent from 0 to 100, or { numerator, denominator }', received: '120',
 *   params: { path: 'values.17.1', expects: 'percent-or-ratio', received: '120' },
 * };
 * formatMessage(issue, 'vi'); // 'Tỷ lệ tại values.17.1 phải từ 0 đến 100%, nhận được 120.'
 */
export interface InputIssue {
  readonly code: InputIssueCode;
  readonly path: readonly (string | number)[];
  /** What was expected, in English (the `expects` of `params`, worded). */
  readonly expected: string;
  readonly received: string;
  /** A likely intended value, e.g. the code the caller probably meant. */
  readonly suggestion?: string;
  readonly params: IssueParams;
}
