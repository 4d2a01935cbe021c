import { enIssueMessages } from '../locale/en.js';
import { viIssueMessages, viPhrases } from '../locale/vi.js';
import type { InputIssue, InputIssueCode } from './issue.js';

/** Builds an input issue with its vi/en message. @internal */
export function issue(
  code: InputIssueCode,
  path: readonly (string | number)[],
  expected: string,
  received: string,
  suggestion?: string,
): InputIssue {
  // Messages quote at most 60 characters of a key or value: a 1 MB junk key stays in `path`, not in the text.
  const data = {
    path: clip(path.join('.')) || '(input)',
    expected,
    received: clip(received),
    ...(suggestion ? { suggestion } : {}),
  };
  // `expected` and `received` are English phrases or plain ids; the Vietnamese message reads them in Vietnamese.
  // Own keys only: a received key such as "constructor" must not read Object.prototype.
  const inVi = (text: string) => (Object.hasOwn(viPhrases, text) ? viPhrases[text]! : text);
  const vi = { ...data, expected: inVi(expected), received: inVi(data.received) };
  return {
    code,
    path,
    expected,
    received,
    message: { vi: viIssueMessages[code](vi), en: enIssueMessages[code](data) },
    ...(suggestion ? { suggestion } : {}),
  };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
