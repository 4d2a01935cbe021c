import { COMMUNE_GROUPS, REGIONS, columnIdsOf, type ColumnId, type CriteriaSet } from '@ntm/criteria';
import type { SheetFormat } from './grid.js';
import { targetText, unitText } from './target-text.js';
import { writeBook, type SheetSpec } from './write-book.js';
import type { UnitsLayout } from './read-units.js';
import { en } from './locale/en.js';
import { vi } from './locale/vi.js';
import type { FormTexts } from './locale/types.js';

type Label = keyof FormTexts['labels'];
const V = vi.form.labels;
/** A header in both languages, Vietnamese first: the reader matches its first line. */
const both = (label: Label) => `${vi.form.labels[label]}\n${en.form.labels[label]}`;

/**
 * Options of `writeInputForm`.
 * @example
 * const options: InputFormOptions = { format: 'xlsx', column: 'red-river-delta', layout: 'wide' };
 */
export interface InputFormOptions {
  readonly format: SheetFormat;
  /** The region or group whose targets the form shows; every column's when absent. */
  readonly column?: ColumnId;
  /** `wide` (default): one unit per row; `long`: one indicator per row, for one unit. */
  readonly layout?: UnitsLayout;
}

function columnLabel(column: ColumnId): string {
  if (column === 'all') return '';
  if (column in REGIONS) return REGIONS[column as keyof typeof REGIONS].abbreviation;
  return COMMUNE_GROUPS[column as keyof typeof COMMUNE_GROUPS].name.vi;
}

/** The columns whose targets a form shows. */
function targetColumns(set: CriteriaSet, column: ColumnId | undefined): readonly ColumnId[] {
  if (set.columns === 'single') return ['all'];
  return column !== undefined ? [column] : columnIdsOf(set.columns);
}

/**
 * An input form for a set: the sheet officials fill in and `readUnits` reads back.
 * - `wide`: sheet "Xã", one commune per row; header rows give each criterion (merged over its
 *   indicators), the codes (as text), the indicator's text, its target in the chosen column
 *   (or one row per column), and its unit; the unit's id, name, province, year and column come
 *   first, the facts the set reads last.
 * - `long`: sheet "Xã", one indicator per row for one commune (criterion number and name merged
 *   over its indicators), with the commune's name, province and year above; a "Kết quả" column
 *   to fill (or "Tử số"/"Mẫu số" for a ratio).
 * Both carry a sheet "Hướng dẫn" (instructions, Vietnamese then English).
 * @example
 * const bytes = writeInputForm(commune318, { format: 'xlsx', column: 'red-river-delta' });
 */
export function writeInputForm(set: CriteriaSet, options: InputFormOptions): Uint8Array {
  const sheets = options.layout === 'long' ? [longForm(set, options.column)] : [wideForm(set, options.column)];
  if (options.format === 'xlsx') sheets.push(instructions(set, options.layout ?? 'wide'));
  return writeBook(sheets, options.format);
}

function unitHeaders(set: CriteriaSet): string[] {
  const headers = [both('unitId'), both('unitName'), both('province'), both('year')];
  if (set.columns === 'regions') headers.push(both('region'));
  if (set.columns === 'groups') headers.push(both('group'));
  return headers;
}

function wideForm(set: CriteriaSet, column: ColumnId | undefined): SheetSpec {
  const columns = targetColumns(set, column);
  const units = unitHeaders(set);
  const indicators = set.criteria.flatMap((criterion) => criterion.indicators.map((indicator) => ({ criterion, indicator })));
  const facts = Object.entries(set.facts ?? {});
  const first = 1 + units.length;
  const width = first + indicators.length + facts.length;
  const headerRows = 3 + columns.length + 1; // criterion, code, text, targets…, unit
  const rows: (string | null)[][] = [];
  const title = vi.form.wideTitle(`${set.title.vi} (${set.version})`);
  rows.push([title, ...new Array<null>(width - 1).fill(null)]);
  const criterionRow: (string | null)[] = [V.stt, ...units];
  const codeRow: (string | null)[] = [V.code, ...units.map(() => null)];
  const textRow: (string | null)[] = [V.text, ...units.map(() => null)];
  const targetRows = columns.map(
    (c) => [`${V.target}${c === 'all' ? '' : ` (${columnLabel(c)})`}`, ...units.map(() => null)] as (string | null)[],
  );
  const unitRow: (string | null)[] = [V.unit, ...units.map(() => null)];
  const merges: { s: { r: number; c: number }; e: { r: number; c: number } }[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } }];
  for (let c = 1; c < first; c++) merges.push({ s: { r: 1, c }, e: { r: headerRows, c } });
  let start = first;
  for (const criterion of set.criteria) {
    const n = criterion.indicators.length;
    if (n === 0) continue;
    criterionRow.push(`${criterion.number ?? criterion.id}. ${criterion.name.vi}`, ...new Array<null>(n - 1).fill(null));
    if (n > 1) merges.push({ s: { r: 1, c: start }, e: { r: 1, c: start + n - 1 } });
    start += n;
  }
  for (const { indicator } of indicators) {
    codeRow.push(indicator.code);
    textRow.push(indicator.text.vi);
    columns.forEach((c, i) => targetRows[i]!.push(targetText(indicator, c, 'vi')));
    unitRow.push(unitText(indicator, 'vi'));
  }
  for (const [name, fact] of facts) {
    criterionRow.push(fact.text.vi);
    codeRow.push(null);
    textRow.push(name);
    targetRows.forEach((r) => r.push(null));
    unitRow.push(fact.kind === 'boolean' ? vi.form.yesNo : (fact.unit?.vi ?? ''));
    merges.push({ s: { r: 1, c: start }, e: { r: 2, c: start } });
    start++;
  }
  rows.push(criterionRow, codeRow, textRow, ...targetRows, unitRow);
  return {
    name: 'Xã',
    rows,
    merges,
    widths: [12, 14, 24, 16, 8, ...(set.columns === 'single' ? [] : [14]), ...indicators.map(() => 14), ...facts.map(() => 16)],
  };
}

function longForm(set: CriteriaSet, column: ColumnId | undefined): SheetSpec {
  const columns = targetColumns(set, column);
  const rows: (string | null)[][] = [];
  const merges: { s: { r: number; c: number }; e: { r: number; c: number } }[] = [];
  const headers = [V.stt, both('criterion'), both('code'), both('indicator'), both('unit')];
  for (const c of columns) headers.push(`${V.target}${c === 'all' ? '' : ` (${columnLabel(c)})`}\n${en.form.labels.target}`);
  headers.push(both('result'), both('numerator'), both('denominator'), both('note'));
  rows.push([vi.form.longTitle(`${set.title.vi} (${set.version})`), ...new Array<null>(headers.length - 1).fill(null)]);
  merges.push({ s: { r: 0, c: 0 }, e: { r: 0, c: headers.length - 1 } });
  rows.push([`${V.unitName}:`, null], [`${V.unitId}:`, null], [`${V.province}:`, null], [`${V.year}:`, null]);
  const only = columns.length === 1 && columns[0] !== 'all' ? columnLabel(columns[0]!) : null;
  if (set.columns === 'regions') rows.push([`${V.region}:`, only]);
  if (set.columns === 'groups') rows.push([`${V.group}:`, only]);
  rows.push([]);
  rows.push(headers);
  for (const criterion of set.criteria) {
    const top = rows.length;
    criterion.indicators.forEach((indicator, i) => {
      rows.push([
        i === 0 ? String(criterion.number ?? criterion.id) : null,
        i === 0 ? criterion.name.vi : null,
        indicator.code,
        indicator.text.vi,
        unitText(indicator, 'vi'),
        ...columns.map((c) => targetText(indicator, c, 'vi')),
        null,
        null,
        null,
        null,
      ]);
    });
    if (criterion.indicators.length > 1) {
      merges.push({ s: { r: top, c: 0 }, e: { r: rows.length - 1, c: 0 } }, { s: { r: top, c: 1 }, e: { r: rows.length - 1, c: 1 } });
    }
  }
  for (const [name, fact] of Object.entries(set.facts ?? {})) {
    rows.push([
      null,
      V.otherFacts,
      name,
      fact.text.vi,
      fact.kind === 'boolean' ? vi.form.yesNo : (fact.unit?.vi ?? ''),
      ...columns.map(() => null),
      null,
      null,
      null,
      null,
    ]);
  }
  return { name: 'Xã', rows, merges, widths: [6, 28, 10, 60, 14, ...columns.map(() => 12), 12, 10, 10, 20] };
}

function instructions(set: CriteriaSet, layout: UnitsLayout): SheetSpec {
  const lines = (texts: FormTexts) => [
    [texts.instructionsTitle],
    ...texts.instructions[layout].map((t) => [t]),
    ...texts.instructions.cells.map((t) => [t]),
  ];
  return {
    name: vi.form.instructionsTitle,
    rows: [[`${set.title.vi} (${set.version})`], ...lines(vi.form), [], ...lines(en.form)],
    widths: [110],
  };
}
