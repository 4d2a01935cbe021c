import { formatMessage } from '../locale/format-message.js';
import type { InputIssue } from './issue.js';
import type { EvaluationResult } from './result.js';

/**
 * Thrown by `evaluate` when the input has any issue; lists every issue at once, and carries
 * the result of the valid parts.
 * @example
 * try { evaluate(set, input); } catch (e) { if (e instanceof EvaluationError) console.log(e.issues); }
 */
export class EvaluationError extends Error {
  override readonly name = 'EvaluationError';
  readonly issues: readonly InputIssue[];
  readonly result: EvaluationResult;

  constructor(issues: readonly InputIssue[], result: EvaluationResult) {
    super(
      `Invalid evaluation input (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `- ${formatMessage(i, 'en')} / ${formatMessage(i, 'vi')}`).join('\n'),
    );
    this.issues = issues;
    this.result = result;
  }
}
