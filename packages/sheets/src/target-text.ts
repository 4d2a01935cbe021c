import type { ColumnId, Indicator, Target } from '@ntm/criteria';
import { en } from './locale/en.js';
import { vi } from './locale/vi.js';

const TEXTS = { vi: vi.target, en: en.target } as const;

const OP = { '>=': '≥', '<=': '≤', '=': '=' } as const;

/**
 * A number as Vietnamese write it (decimal comma), or as English do.
 * @example
 * formatNumber(97.5, 'vi'); // '97,5'
 */
export function formatNumber(n: number, lang: 'vi' | 'en'): string {
  const text = String(n);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

function valueText(indicator: Indicator, target: Target, lang: 'vi' | 'en'): string {
  if (target.value === null) return TEXTS[lang].unknown;
  if (typeof target.value === 'boolean') return target.value ? TEXTS[lang].met : TEXTS[lang].notMet;
  const n = formatNumber(target.value, lang);
  const shown = indicator.measure === 'percent' ? `${n}%` : n;
  const relative = target.relativeTo ? ` × ${target.relativeTo}` : '';
  return `${OP[target.op]} ${shown}${relative}`;
}

function caseText(target: Target, lang: 'vi' | 'en'): string {
  const parts: string[] = [];
  if (target.years) {
    const { from, to } = target.years;
    parts.push(
      from !== undefined && to !== undefined ? `${from}–${to}` : from !== undefined ? TEXTS[lang].from(from) : TEXTS[lang].to(to!),
    );
  }
  if (target.when) parts.push(`${target.when.fact} ${target.when.op} ${String(target.when.value)}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * The target of an indicator in one column as officials read it: "≥ 95%", "Đạt", "≤ 2%",
 * "chưa rõ" (not known), several cases joined by "; " (by year, or by a fact of the unit).
 * An indicator that does not exist in the column gives "—".
 * @example
 * targetText(indicator, 'red-river-delta', 'vi'); // '≥ 80%'
 */
export function targetText(indicator: Indicator, column: ColumnId, lang: 'vi' | 'en'): string {
  if (indicator.columns && !indicator.columns.includes(column) && !indicator.columns.includes('all')) return '—';
  const cell = indicator.targets[column] ?? indicator.targets.all;
  if (cell === undefined) return TEXTS[lang].unknown;
  const cases: readonly Target[] = Array.isArray(cell) ? cell : [cell as Target];
  return cases.map((t) => `${valueText(indicator, t, lang)}${cases.length > 1 ? caseText(t, lang) : ''}`).join('; ');
}

/**
 * What to type in an indicator's cell, by its measure: "Đạt / Chưa đạt", "%", or its unit.
 * @example
 * unitText(flagIndicator, 'vi'); // 'Đạt / Chưa đạt'
 */
export function unitText(indicator: Indicator, lang: 'vi' | 'en'): string {
  if (indicator.measure === 'flag') return TEXTS[lang].flagUnit;
  if (indicator.measure === 'percent') return '%';
  if (indicator.unit) return indicator.unit[lang];
  return indicator.measure === 'count' ? TEXTS[lang].count : '';
}
