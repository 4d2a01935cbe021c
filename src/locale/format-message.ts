import type { LocalizedText } from '../model/text.js';

/**
 * Anything the engine says: an indicator or criterion reason, a column choice, a condition's
 * reason, or an input issue.
 * @example
 * const item: Message = result.criteria[0]!.indicators[0]!.reason;
 */
export type Message = LocalizedText | { readonly message: LocalizedText };

/**
 * The text of a reason, issue or other engine message in one language. Apps and the packages
 * of this repository render every message through this one helper, so the result format can
 * carry data (`{ code, params }`) rather than finished sentences.
 * @example
 * formatMessage(result.criteria[0]!.indicators[0]!.reason, 'vi'); // 'Đạt: …'
 * formatMessage(issues[0]!, 'en');
 */
export function formatMessage(item: Message, lang: 'vi' | 'en'): string {
  return 'message' in item ? item.message[lang] : item[lang];
}
