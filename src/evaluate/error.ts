import type { InputIssue } from './issue.js';
import type { EvaluationResult } from './result.js';

/**
 * Thrown by `evaluate` when the input has any issue; lists every issue at once, and carries
 * the result of the valid parts.
 * @example
 * try { evaluate(commune318, { ...input, year: 1800 }); } catch (e) { if (e instanceof EvaluationError) console.log(e.issues); }
 */
export class EvaluationError extends Error {
  override readonly name = 'EvaluationError';
  readonly issues: readonly InputIssue[];
  readonly result: EvaluationResult;

  constructor(issues: readonly InputIssue[], result: EvaluationResult) {
    super(
      `Invalid evaluation input (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n` +
        // Language-neutral (code, path, expected, received): the worded messages are formatMessage's,
        // so an app that only evaluates does not bundle the locale files.
        issues.map((i) => `- ${i.code} at ${i.path.join('.') || '(input)'}: expected ${i.expected}, received ${i.received}`).join('\n'),
    );
    this.issues = issues;
    this.result = result;
  }
}
