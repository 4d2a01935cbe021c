/**
 * Locale-independent number and comparison formatting for the vi/en texts.
 * Why: `toLocaleString` depends on the machine's ICU data; the texts must not.
 * @internal
 */
export function formatNumber(value: number, locale: 'vi' | 'en'): string {
  const text = String(value);
  return locale === 'vi' ? text.replace('.', ',') : text;
}

/** A value with its unit suffix, in one locale. */
export function formatValue(
  value: number | boolean | null,
  measure: string,
  locale: 'vi' | 'en',
  unit?: { readonly vi: string; readonly en: string },
): string {
  if (value === null) return locale === 'vi' ? 'không có' : 'none';
  if (typeof value === 'boolean') {
    return locale === 'vi' ? (value ? 'Đạt' : 'Không đạt') : value ? 'achieved' : 'not achieved';
  }
  const number = formatNumber(value, locale);
  if (measure === 'percent') return `${number}%`;
  return unit ? `${number} ${unit[locale]}` : number;
}

/** The comparison sign as printed in the decrees. */
export function formatComparison(op: string): string {
  return op === '>=' ? '≥' : op === '<=' ? '≤' : op === '>' ? '>' : op === '<' ? '<' : '=';
}
