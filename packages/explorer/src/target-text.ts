// A target cell as the page prints it: the value with its sign and unit for a verified target,
// and for any other status what is known (the status, the values seen, the note).
import { isUsableTarget, VERIFICATION_LABELS, type Indicator, type Target, type TargetCell } from '@ntm/criteria';
import { local, WORDS, type Lang } from './i18n.js';

/** A number with the decimal comma in Vietnamese; never the machine's locale. */
function formatNumber(value: number, lang: Lang): string {
  const text = String(value);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** The comparison sign as the decrees print it. */
function sign(op: string): string {
  return op === '>=' ? '≥' : op === '<=' ? '≤' : op === '>' ? '>' : op === '<' ? '<' : '=';
}

/** A value in an indicator's terms: `≥ 95%`, `≥ 45 triệu đồng/người/năm`, `Đạt`. */
function valueText(value: number | boolean, indicator: Pick<Indicator, 'measure' | 'unit'>, lang: Lang): string {
  if (typeof value === 'boolean') return value ? WORDS[lang].flagYes.split(' / ')[0]! : WORDS[lang].flagNo.split(' / ')[0]!;
  const number = formatNumber(value, lang);
  if (indicator.measure === 'percent') return `${number}%`;
  return indicator.unit ? `${number} ${local(indicator.unit, lang)}` : number;
}

/** The cases of a cell, in order. */
export function casesOf(cell: TargetCell | undefined): readonly Target[] {
  if (cell === undefined) return [];
  return Array.isArray(cell) ? cell : [cell as Target];
}

/** One case as a line: its condition (years, fact), then the target or what is known of it. */
export function targetText(target: Target, indicator: Pick<Indicator, 'measure' | 'unit'>, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (target.years) {
    const { from, to } = target.years;
    parts.push(`${w.years} ${from ?? '…'}–${to ?? '…'}:`);
  }
  if (target.when) parts.push(`${w.whenFact} ${target.when.fact} ${sign(target.when.op)} ${String(target.when.value)}:`);
  // A verified national value, or a province's own value from a table it applied: comparable.
  if (isUsableTarget(target) && target.value !== null) {
    if (target.relativeTo && typeof target.value === 'number')
      parts.push(`${sign(target.op)} ${w.relative(formatNumber(target.value, lang), target.relativeTo)}`);
    else if (typeof target.value === 'boolean') parts.push(valueText(target.value, indicator, lang));
    else parts.push(`${sign(target.op)} ${valueText(target.value, indicator, lang)}`);
    if (target.status !== 'verified') parts.push(`(${local(VERIFICATION_LABELS[target.status], lang)})`);
  } else {
    parts.push(`${w.unknown} (${local(VERIFICATION_LABELS[target.status], lang)})`);
    if (target.candidates?.length) {
      const seen = target.candidates.map((c) => `${valueText(c.value, indicator, lang)}${c.province ? ` — ${c.province}` : ''}`);
      parts.push(`${w.candidates}: ${seen.join('; ')}`);
    }
    if (target.note) parts.push(local(target.note, lang));
  }
  return parts.join(' ');
}
