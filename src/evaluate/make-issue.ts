import { expectation } from '../locale/en-expectation.js';
import type { Expectation, IssueParams } from '../locale/messages.js';
import type { InputIssue, InputIssueCode } from './issue.js';

/**
 * Builds an input issue as data (`{ code, params }` plus path, expected, received). Its text
 * comes later, from the locale files, through `formatMessage`. @internal
 */
export function issue(
  code: InputIssueCode,
  path: readonly (string | number)[],
  expects: Expectation,
  received: string,
  suggestion?: string,
  extra?: Pick<IssueParams, 'meant' | 'measure' | 'unit'>,
): InputIssue {
  // Messages quote at most 60 characters of a key or value: a 1 MB junk key stays in `path`, not in the text.
  const params: IssueParams = {
    path: clip(path.join('.')),
    expects,
    received: clip(received),
    ...(suggestion !== undefined ? { suggestion } : {}),
    ...extra,
  };
  return {
    code,
    path,
    expected: expectation(expects),
    received,
    ...(suggestion !== undefined ? { suggestion } : {}),
    params,
  };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
