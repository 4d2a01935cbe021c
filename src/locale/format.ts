/**
 * Locale-independent number and comparison formatting for the vi/en texts.
 * Why: `toLocaleString` depends on the machine's ICU data; the texts must not.
 * @internal
 */
export function formatNumber(value: number, locale: 'vi' | 'en'): string {
  const text = String(value);
  return locale === 'vi' ? text.replace('.', ',') : text;
}

/** The comparison sign as printed in the decrees. */
export function formatComparison(op: string): string {
  return op === '>=' ? '≥' : op === '<=' ? '≤' : op === '>' ? '>' : op === '<' ? '<' : '=';
}
