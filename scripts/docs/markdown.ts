// Small, deterministic Markdown helpers for the generated docs (no dates, no locale-dependent
// formatting: everything the docs print is a pure function of the rules).
import { COMMUNE_GROUPS, isCommuneGroupId } from '../../src/model/commune-group.js';
import type { ColumnId } from '../../src/model/column.js';
import { REGIONS, isRegionId } from '../../src/model/region.js';
import type { LocalizedText } from '../../src/model/text.js';
import type { VerificationStatus } from '../../src/model/verification.js';

/** Escapes text for a Markdown table cell or paragraph: no stray tables, links, emphasis or HTML. */
export function esc(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[|*_`[\]]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}

/** Vietnamese first, English beneath (in a table cell) in italics. */
export function viEn(text: LocalizedText): string {
  return text.vi === text.en ? esc(text.vi) : `${esc(text.vi)}<br>*${esc(text.en)}*`;
}

/**
 * A note as the pages show every text: the Vietnamese note, then the English note in italics,
 * each with its label ("Ghi chú: …", "*Note: …*") when `labelled`.
 */
export function noteText(note: LocalizedText, options: { readonly labelled?: boolean } = {}): string {
  return options.labelled ? `Ghi chú: ${esc(note.vi)}<br>*Note: ${esc(note.en)}*` : viEn(note);
}

/** A Markdown table from a header and rows of already-escaped cells. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Marks of the five verification statuses, short enough for a seven-column table. */
export const MARK: { readonly [K in VerificationStatus]: string } = {
  verified: '✓',
  provincial: '◐',
  conflict: '⚠',
  recalled: '?',
  'not-found': '∅',
};

/** "✓ Đã kiểm chứng / Verified". */
export function statusLabel(status: VerificationStatus, labels: { readonly [K in VerificationStatus]: LocalizedText }): string {
  return `${MARK[status]} ${esc(labels[status].vi)} / *${esc(labels[status].en)}*`;
}

/** ≥, ≤, =, >, < as printed in the decrees. */
export function sign(op: string): string {
  return op === '>=' ? '≥' : op === '<=' ? '≤' : op;
}

/** A number as the decrees print it in English docs (dot decimal), stable across machines. */
export function num(value: number): string {
  return String(value);
}

/** Short header of a column: the region abbreviation, the group name, or "Mọi cột / All". */
export function columnHeader(column: ColumnId): string {
  if (isRegionId(column)) return REGIONS[column].abbreviation;
  if (isCommuneGroupId(column)) return `${COMMUNE_GROUPS[column].name.vi}<br>*${COMMUNE_GROUPS[column].name.en}*`;
  return 'Mức chung<br>*All units*';
}

/** Full name of a column. */
export function columnName(column: ColumnId): LocalizedText {
  if (isRegionId(column)) return REGIONS[column].name;
  if (isCommuneGroupId(column)) return COMMUNE_GROUPS[column].name;
  return { vi: 'Mức chung', en: 'All units' };
}

/** An HTML anchor id that is the same on GitHub, in typedoc's site and in any renderer. */
export function anchor(kind: string, id: string): string {
  return `${kind}-${id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** Pretty, stable JSON with a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
