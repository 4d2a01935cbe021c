// Numbers in the plan's sentences, written as each language writes them, whatever the
// machine's ICU data: Vietnamese 1.940,5 (dot thousands, comma decimals), English 1,940.5.
// @internal

/**
 * A decimal text (`'1940.5'`, `'-3.6'`) or a number, grouped and punctuated for one language.
 * @example
 * formatPlanNumber('1940.5', 'vi'); // '1.940,5'
 * formatPlanNumber(2000, 'en');     // '2,000'
 */
export function formatPlanNumber(value: string | number, lang: 'vi' | 'en'): string {
  const text = typeof value === 'number' ? String(value) : value;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return text; // an exponent form (1e21…) is left as it prints
  const [, sign, int, frac] = match;
  const group = lang === 'vi' ? '.' : ',';
  const point = lang === 'vi' ? ',' : '.';
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${frac ? `${point}${frac}` : ''}`;
}
