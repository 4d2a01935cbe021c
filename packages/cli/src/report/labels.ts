import type { IndicatorResult, IndicatorStatus, UnitKind, Verdict } from '@ntm/criteria';
import { tr } from '../lang.js';
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
  return tr(VERDICT[verdict], lang);
}

/**
 * A criterion's status as a report shows it.
 * @example
 * criterionText('not-applicable', 'en'); // 'Not applicable'
 */
export function criterionText(status: Verdict | 'not-applicable', lang: Lang): string {
  return tr(CRITERION[status], lang);
}

/**
 * An indicator's status as a report shows it.
 * @example
 * indicatorText('unknown-target', 'vi'); // 'Chưa rõ mục tiêu'
 */
export function indicatorText(status: IndicatorStatus, lang: Lang): string {
  return tr(INDICATOR[status], lang);
}

// A report writes the same few numbers (targets, actuals) hundreds of thousands of times.
const NUMBER_TEXTS = { vi: new Map<number, string>(), en: new Map<number, string>() };

/** A number with a decimal comma in Vietnamese, thousands grouped with dots. */
export function numberText(n: number, lang: Lang): string {
  const known = NUMBER_TEXTS[lang];
  let text = known.get(n);
  if (text === undefined) {
    text = numberTextOf(n, lang);
    if (known.size >= 10_000) known.clear();
    known.set(n, text);
  }
  return text;
}

function numberTextOf(n: number, lang: Lang): string {
  const [whole, fraction] = String(n).split('.') as [string, string | undefined];
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const sep = tr({ vi: '.', en: ',' }, lang);
  const grouped = digits.length > 3 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : digits;
  return `${sign}${grouped}${fraction !== undefined ? tr({ vi: ',', en: '.' }, lang) + fraction : ''}`;
}

function valueText(value: number | boolean | null, r: Shown, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? tr({ vi: 'Đạt', en: 'Met' }, lang) : tr({ vi: 'Chưa đạt', en: 'Not met' }, lang);
  return r.measure === 'percent' ? `${numberText(value, lang)}%` : numberText(value, lang);
}

/**
 * What a unit reported for an indicator: "97,5%", "1.940/2.000 (97%)", "Đạt", or '' for no data.
 * @example
 * actualText(result.criteria[16]!.indicators[0]!, 'vi'); // '97,5%'
 */
export function actualText(r: Shown, lang: Lang): string {
  if (r.ratio) return `${numberText(r.ratio.numerator, lang)}/${numberText(r.ratio.denominator, lang)} (${valueText(r.actual, r, lang)})`;
  return valueText(r.actual, r, lang);
}

/** What the labels read of an indicator: the engine's result or a report's indicator line. */
type Shown = Pick<IndicatorResult, 'status' | 'measure' | 'actual' | 'ratio' | 'target' | 'comparison'>;

const OP = { '>=': '≥', '<=': '≤', '=': '=' } as const;

/**
 * The target an indicator was compared with: "≥ 98%", "Đạt", or "chưa rõ" when unknown.
 * @example
 * targetOf(result.criteria[2]!.indicators[0]!, 'vi'); // '≥ 80%'
 */
export function targetOf(r: Shown, lang: Lang): string {
  if (r.status === 'not-applicable') return '';
  if (r.target === null) return tr({ vi: 'chưa rõ', en: 'unknown' }, lang);
  if (typeof r.target === 'boolean') return valueText(r.target, r, lang);
  return `${OP[r.comparison]} ${valueText(r.target, r, lang)}`;
}

const KIND: { readonly [K in UnitKind | 'unknown']: { readonly vi: string; readonly en: string } } = {
  commune: { vi: 'Xã', en: 'Commune' },
  township: { vi: 'Thị trấn', en: 'Township' },
  district: { vi: 'Huyện', en: 'District' },
  town: { vi: 'Thị xã', en: 'Town' },
  village: { vi: 'Thôn', en: 'Village' },
  unknown: { vi: 'Không rõ', en: 'Unknown' },
};

/**
 * What a unit is, as a report names it.
 * @example
 * kindText('township', 'vi'); // 'Thị trấn'
 */
export function kindText(kind: UnitKind | 'unknown', lang: Lang): string {
  return tr(KIND[kind], lang);
}
