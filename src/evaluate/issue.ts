import type { LocalizedText } from '../model/text.js';

/**
 * Codes of the problems `safeEvaluate` reports about an input. Each is documented in
 * `docs/input-issues.md` with its vi/en message.
 * @example
 * INPUT_ISSUE_CODES.includes('unknown-indicator'); // true
 */
export const INPUT_ISSUE_CODES = [
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
] as const;

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
}
