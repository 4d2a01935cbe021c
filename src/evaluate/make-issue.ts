import { enIssueMessages } from '../locale/en.js';
import { viIssueMessages } from '../locale/vi.js';
import type { InputIssue, InputIssueCode } from './issue.js';

/** Builds an input issue with its vi/en message. @internal */
export function issue(
  code: InputIssueCode,
  path: readonly (string | number)[],
  expected: string,
  received: string,
  suggestion?: string,
): InputIssue {
  const data = { path: path.join('.') || '(input)', expected, received, ...(suggestion ? { suggestion } : {}) };
  return {
    code,
    path,
    expected,
    received,
    message: { vi: viIssueMessages[code](data), en: enIssueMessages[code](data) },
    ...(suggestion ? { suggestion } : {}),
  };
}
