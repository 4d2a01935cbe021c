import type { IndicatorResult, IndicatorStatus, Verdict } from '@ntm/criteria';
import type { Lang } from '../lang.js';

const VERDICT = {
  met: { vi: 'Đạt chuẩn', en: 'Meets all criteria' },
  'not-met': { vi: 'Chưa đạt', en: 'Not met' },
  incomplete: { vi: 'Chưa đủ căn cứ', en: 'Incomplete' },
} as const;

const CRITERION = {
  met: { vi: 'Đạt', en: 'Met' },
  'not-met': { vi: 'Chưa đạt', en: 'Not met' },
  incomplete: { vi: 'Chưa đủ', en: 'Incomplete' },
  'not-applicable': { vi: 'Không áp dụng', en: 'Not applicable' },
} as const;

const INDICATOR: { readonly [S in IndicatorStatus]: { readonly vi: string; readonly en: string } } = {
  met: { vi: 'Đạt', en: 'Met' },
  'not-met': { vi: 'Chưa đạt', en: 'Not met' },
  'not-applicable': { vi: 'Không áp dụng', en: 'Not applicable' },
  missing: { vi: 'Thiếu số liệu', en: 'Missing data' },
  'unknown-target': { vi: 'Chưa rõ mục tiêu', en: 'Target unknown' },
};

/**
 * A unit's verdict as a report shows it.
 * @example
 * verdictText('incomplete', 'vi'); // 'Chưa đủ căn cứ'
 */
export function verdictText(verdict: Verdict, lang: Lang): string {
  return VERDICT[verdict][lang];
}

/**
 * A criterion's status as a report shows it.
 * @example
 * criterionText('not-applicable', 'en'); // 'Not applicable'
 */
export function criterionText(status: Verdict | 'not-applicable', lang: Lang): string {
  return CRITERION[status][lang];
}

/**
 * An indicator's status as a report shows it.
 * @example
 * indicatorText('unknown-target', 'vi'); // 'Chưa rõ mục tiêu'
 */
export function indicatorText(status: IndicatorStatus, lang: Lang): string {
  return INDICATOR[status][lang];
}

/** A number with a decimal comma in Vietnamese, thousands grouped with dots. */
export function numberText(n: number, lang: Lang): string {
  const [whole, fraction] = String(n).split('.') as [string, string | undefined];
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const sep = lang === 'vi' ? '.' : ',';
  const grouped = digits.length > 3 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : digits;
  return `${sign}${grouped}${fraction !== undefined ? (lang === 'vi' ? ',' : '.') + fraction : ''}`;
}

function valueText(value: number | boolean | null, r: IndicatorResult, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? (lang === 'vi' ? 'Đạt' : 'Met') : lang === 'vi' ? 'Chưa đạt' : 'Not met';
  return r.measure === 'percent' ? `${numberText(value, lang)}%` : numberText(value, lang);
}

/**
 * What a unit reported for an indicator: "97,5%", "1.940/2.000 (97%)", "Đạt", or '' for no data.
 * @example
 * actualText(result.criteria[16]!.indicators[0]!, 'vi'); // '97,5%'
 */
export function actualText(r: IndicatorResult, lang: Lang): string {
  if (r.ratio) return `${numberText(r.ratio.numerator, lang)}/${numberText(r.ratio.denominator, lang)} (${valueText(r.actual, r, lang)})`;
  return valueText(r.actual, r, lang);
}

const OP = { '>=': '≥', '<=': '≤', '=': '=' } as const;

/**
 * The target an indicator was compared with: "≥ 98%", "Đạt", or "chưa rõ" when unknown.
 * @example
 * targetOf(result.criteria[16]!.indicators[0]!, 'vi'); // '≥ 98%'
 */
export function targetOf(r: IndicatorResult, lang: Lang): string {
  if (r.status === 'not-applicable') return '';
  if (r.target === null) return lang === 'vi' ? 'chưa rõ' : 'unknown';
  if (typeof r.target === 'boolean') return valueText(r.target, r, lang);
  return `${OP[r.comparison]} ${valueText(r.target, r, lang)}`;
}
