import type { LocalizedText } from '../model/text.js';
import { en } from './en.js';
import type { InputIssueCode } from '../evaluate/issue.js';
import type { IssueParams, Locale, MessageItem } from './messages.js';
import { vi } from './vi.js';

/**
 * Anything the engine says: an indicator or criterion reason, a column choice, a condition's
 * reason, an input issue (each `{ code, params }`), or a text of the set itself (a name, an
 * indicator's wording) given in Vietnamese and English.
 * @example
 * const item: Message = result.criteria[0]!.indicators[0]!.reason;
 */
export type Message =
  | MessageItem
  // Any input issue (a union too large for TypeScript to match member by member).
  | { readonly code: InputIssueCode; readonly params: IssueParams }
  | LocalizedText
  | { readonly message: LocalizedText };

const LOCALES: { readonly vi: Locale; readonly en: Locale } = { vi, en };

/**
 * The text of a reason, issue or other engine message in one language: the one way to get
 * text from a result. The engine's results carry data (`{ code, params }`); this renders it
 * with the locale file of the language (`src/locale/vi.ts`, `src/locale/en.ts`). Pass a
 * `Locale` object to render in a third language.
 * @example
 * formatMessage(result.criteria[2]!.indicators[0]!.reason, 'vi'); // 'Đạt: …'
 * formatMessage(issue, 'en');
 * formatMessage(result.criteria[0]!.name, 'en'); // a set's own text
 */
export function formatMessage(item: Message, lang: 'vi' | 'en' | Locale): string {
  const locale = typeof lang === 'string' ? LOCALES[lang] : lang;
  if ('code' in item && 'params' in item) {
    const render = locale.messages[item.code] as ((p: unknown) => string) | undefined;
    if (render) return render('actual' in item ? withValue(item as ShownValue) : item.params);
    return item.code;
  }
  if ('message' in item) return pick(item.message, locale.lang);
  return pick(item as LocalizedText, locale.lang);
}

/** An indicator reason that carries the value its text shows beside its (shared) params. */
interface ShownValue {
  readonly params: object;
  readonly actual: unknown;
  readonly ratio?: unknown;
}

/** The params an indicator reason's text is made from: its own, with the value it carries. */
function withValue(item: ShownValue): object {
  return item.ratio === undefined ? { ...item.params, actual: item.actual } : { ...item.params, actual: item.actual, ratio: item.ratio };
}

function pick(text: LocalizedText, lang: string): string {
  return lang === 'vi' ? text.vi : lang === 'en' ? text.en : ((text as unknown as Record<string, string>)[lang] ?? text.en);
}
