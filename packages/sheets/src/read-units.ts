import type { CriteriaSet, EvaluationInput, Indicator, IndicatorValue } from '@ntm/criteria';
import { readFlag, readIndicatorCell, readNumber } from './cell-value.js';
import { indicatorCodes, looksLikeCode, matchCode, type CodePart } from './codes.js';
import { cellAddress, cellAt, columnLetters, readGrids, textOf, type SheetCell, type SheetFormat, type SheetGrid } from './grid.js';
import type { SheetIssue, SheetIssueCode } from './issue.js';
import { sheetMessage, type MessageParams } from './messages.js';
import { normaliseLabel } from './normalise.js';
import { groupOfLabel, namedInputOf, provinceOfLabel, regionOfLabel, unitFieldOf, type UnitField } from './unit-fields.js';

/**
 * The two layouts officials keep units' data in: `wide` (one unit per row, indicator codes as
 * columns) and `long` (one indicator per row, for one unit, as self-assessment forms are laid out).
 * @example
 * const layout: UnitsLayout = 'long';
 */
export type UnitsLayout = 'wide' | 'long';

/**
 * One unit read from a sheet: its id and name, the evaluation input made from its row(s), and
 * the cell each input came from (keyed by the input path joined with dots, e.g.
 * `values.17.1`, `province`), so an issue the engine raises can be shown at its cell.
 * @example
 * const unit: UnitRow = readUnits(bytes, commune2021, { format: 'xlsx' }).units[0]!;
 * unit.cells['values.17.1']; // 'Xã!M7'
 */
export interface UnitRow {
  readonly id: string;
  readonly name?: string;
  readonly district?: string;
  /** The province as written in the sheet (its id is in `input.province`). */
  readonly provinceLabel?: string;
  readonly kind?: string;
  readonly recognised?: boolean;
  readonly sheet: string;
  /** The first row (1-based) the unit was read from. */
  readonly row: number;
  readonly input: EvaluationInput;
  readonly cells: { readonly [path: string]: string };
}

/**
 * Options of `readUnits`.
 * @example
 * const options: ReadUnitsOptions = { format: 'csv', layout: 'wide' };
 */
export interface ReadUnitsOptions {
  readonly format: SheetFormat;
  /** `auto` (default) finds, per sheet, a row of codes (wide) or a code column (long). */
  readonly layout?: UnitsLayout | 'auto';
  /** Read only this sheet. */
  readonly sheet?: string;
  /** The name a CSV's "sheet" gets in cell addresses (default `CSV`). */
  readonly name?: string;
}

/**
 * What `readUnits` gives: the units, in sheet and row order, and every problem with its cell.
 * @example
 * const { units, issues, layouts } = readUnits(bytes, set, { format: 'xlsx' });
 */
export interface UnitsReading {
  readonly units: readonly UnitRow[];
  readonly issues: readonly SheetIssue[];
  /** The layout found for each sheet read. */
  readonly layouts: { readonly [sheet: string]: UnitsLayout };
}

/**
 * Reads units' data for a set from an XLSX or CSV file, in either layout, with Vietnamese cell
 * conventions (see `readIndicatorCell`). Every row with data becomes a unit (a row without an
 * id or name is named after its row, with an issue); every unreadable cell is an issue at its
 * address and counts as no data, so the rest of the row is still evaluated.
 * @example
 * const { units, issues } = readUnits(new Uint8Array(await file.arrayBuffer()), commune2021, { format: 'xlsx' });
 * const results = units.map((u) => safeEvaluate(commune2021, u.input));
 */
export function readUnits(data: Uint8Array | ArrayBuffer | string, set: CriteriaSet, options: ReadUnitsOptions): UnitsReading {
  const { grids, issues } = readGrids(data, { format: options.format, ...(options.name ? { name: options.name } : {}) });
  const reading = readUnitsFromGrids(grids, set, options);
  return { ...reading, issues: [...issues, ...reading.issues] };
}

/**
 * `readUnits` on sheets already read with `readGrids`.
 * @example
 * const { grids } = readGrids(bytes, { format: 'xlsx' });
 * readUnitsFromGrids(grids, commune2021).units.length;
 */
export function readUnitsFromGrids(
  grids: readonly SheetGrid[],
  set: CriteriaSet,
  options: Pick<ReadUnitsOptions, 'layout' | 'sheet'> = {},
): UnitsReading {
  const codes = indicatorCodes(set);
  const ctx = new Context(set, codes);
  const layouts: Record<string, UnitsLayout> = {};
  const chosen = options.sheet === undefined ? grids : grids.filter((g) => g.name === options.sheet);
  if (options.sheet !== undefined && chosen.length === 0) {
    ctx.issue('no-sheet', options.sheet, {}, { received: options.sheet, expected: grids.map((g) => g.name).join(', ') });
  }
  for (const grid of chosen) {
    const wide = options.layout === 'long' ? undefined : findCodeRow(grid, codes);
    const long = options.layout === 'wide' || wide !== undefined ? undefined : findLongHeader(grid);
    if (wide !== undefined) {
      layouts[grid.name] = 'wide';
      readWide(grid, wide, ctx);
    } else if (long !== undefined) {
      layouts[grid.name] = 'long';
      readLong(grid, long, ctx);
    } else if (chosen.length === 1 || options.sheet !== undefined) {
      ctx.issue('no-header', grid.name, {}, {
        expected: 'a row of indicator codes, or a column "Mã chỉ tiêu"',
        received: 'none',
      });
    }
  }
  if (chosen.length > 1 && Object.keys(layouts).length === 0) {
    ctx.issue('no-header', chosen[0]!.name, {}, { expected: 'a row of indicator codes, or a column "Mã chỉ tiêu"', received: 'none' });
  }
  return { units: ctx.units, issues: ctx.issues, layouts };
}

/** What the reader keeps across sheets: the units so far, their ids, the issues. */
class Context {
  readonly units: UnitRow[] = [];
  readonly issues: SheetIssue[] = [];
  readonly ids = new Set<string>();
  constructor(
    readonly set: CriteriaSet,
    readonly codes: ReadonlyMap<string, Indicator>,
  ) {}

  issue(
    code: SheetIssueCode,
    sheet: string,
    at: { row?: number; column?: number; unit?: string; indicator?: string },
    params: MessageParams & { expected: string; received: string },
  ): void {
    const hasCell = at.row !== undefined && at.column !== undefined;
    this.issues.push({
      code,
      cell: hasCell ? cellAddress(sheet, at.row!, at.column!) : at.row !== undefined ? `${sheet}!${at.row + 1}:${at.row + 1}` : sheet,
      sheet,
      ...(at.row !== undefined ? { row: at.row + 1 } : {}),
      ...(at.column !== undefined ? { column: columnLetters(at.column) } : {}),
      ...(at.unit !== undefined ? { unit: at.unit } : {}),
      ...(at.indicator !== undefined ? { indicator: at.indicator } : {}),
      expected: params.expected,
      received: params.received,
      message: sheetMessage(code, { ...params, ...(at.indicator !== undefined ? { indicator: at.indicator } : {}) }),
    });
  }

  /** A unique id for a unit: its own, else its name, else its row; repeats get a suffix. */
  uniqueId(wanted: string | undefined, sheet: string, row: number, hasName: boolean): string {
    let id = wanted && wanted !== '' ? wanted : `${sheet}!${row + 1}`;
    if (!wanted) {
      if (!hasName) this.issue('missing-unit-id', sheet, { row }, { expected: 'a unit id or name', received: '', detail: id });
    }
    if (this.ids.has(id)) {
      const base = id;
      id = `${base} (${sheet}!${row + 1})`;
      this.issue('duplicate-unit-id', sheet, { row }, { expected: 'a unique unit id', received: base, detail: id });
    }
    this.ids.add(id);
    return id;
  }
}

/** A column of a wide sheet: an indicator (part), a unit field, or a fact. */
type WideColumn =
  | { readonly kind: 'indicator'; readonly code: string; readonly part: CodePart }
  | { readonly kind: 'field'; readonly field: UnitField }
  | { readonly kind: 'facts' | 'references'; readonly name: string };

interface WideHeader {
  readonly codeRow: number;
  readonly columns: ReadonlyMap<number, WideColumn>;
  readonly unknown: readonly { column: number; text: string }[];
  readonly ambiguous: readonly { column: number; text: string; candidates: readonly string[] }[];
}

const HEADER_ROW_LABELS = new Set(
  ['Nội dung', 'Nội dung chỉ tiêu', 'Chỉ tiêu', 'Mục tiêu', 'Yêu cầu', 'Chỉ tiêu (mục tiêu)', 'Đơn vị', 'Đơn vị tính', 'Text', 'Target', 'Unit', 'Mã chỉ tiêu', 'Code'].map(normaliseLabel),
);
const SUMMARY_LABELS = new Set(['Tổng', 'Tổng cộng', 'Cộng', 'Toàn huyện', 'Toàn tỉnh', 'Total'].map(normaliseLabel));

/** The row (among the first 30) with the most indicator codes, and what each column holds. */
function findCodeRow(grid: SheetGrid, codes: ReadonlyMap<string, Indicator>): WideHeader | undefined {
  let best: { row: number; count: number } | undefined;
  const last = Math.min(grid.rows.length, 30);
  for (let r = 0; r < last; r++) {
    let count = 0;
    for (const cell of grid.rows[r]!) if (matchCode(cell, codes).kind === 'code') count++;
    if (count > 0 && (!best || count > best.count)) best = { row: r, count };
  }
  if (!best || (best.count < 2 && codes.size > 1 && !hasUnitField(grid.rows[best.row]!))) return undefined;
  const columns = new Map<number, WideColumn>();
  const unknown: { column: number; text: string }[] = [];
  const ambiguous: { column: number; text: string; candidates: readonly string[] }[] = [];
  const row = grid.rows[best.row]!;
  const seen = new Set<string>();
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    const match = matchCode(cell, codes);
    if (match.kind === 'code') {
      const key = `${match.code}/${match.part}`;
      if (seen.has(key)) {
        unknown.push({ column: c, text: `duplicate:${match.code}` });
        continue;
      }
      seen.add(key);
      columns.set(c, { kind: 'indicator', code: match.code, part: match.part });
      continue;
    }
    if (match.kind === 'ambiguous') {
      ambiguous.push({ column: c, text: match.text, candidates: match.candidates });
      continue;
    }
    // A unit field or fact: in this row, or in a header row above it (merged headers).
    const label = firstLine(labelAbove(grid, best.row, c));
    const field = label ? unitFieldOf(label) : undefined;
    if (field !== undefined) {
      if (![...columns.values()].some((col) => col.kind === 'field' && col.field === field)) columns.set(c, { kind: 'field', field });
      continue;
    }
    const text = textOf(cell);
    if (text !== '' && looksLikeCode(text)) unknown.push({ column: c, text });
  }
  return { codeRow: best.row, columns, unknown, ambiguous };
}

function hasUnitField(row: readonly (SheetCell | undefined)[]): boolean {
  return row.some((cell) => unitFieldOf(textOf(cell)) !== undefined);
}

/** A header cell may carry an English line under the Vietnamese ("Tên xã\nCommune"). */
function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

/** The label of a column: its cell in the code row, or the nearest non-empty cell above it. */
function labelAbove(grid: SheetGrid, row: number, column: number): string {
  for (let r = row; r >= 0; r--) {
    const text = textOf(cellAt(grid, r, column));
    if (text !== '') return text;
  }
  return '';
}

function readWide(grid: SheetGrid, header: WideHeader, ctx: Context): void {
  const columns = new Map(header.columns);
  // Facts and references of the set named in the header.
  const codeRow = grid.rows[header.codeRow]!;
  for (let c = 0; c < codeRow.length; c++) {
    if (columns.has(c)) continue;
    const label = firstLine(labelAbove(grid, header.codeRow, c));
    const named = label ? namedInputOf(ctx.set, label) : undefined;
    if (named) columns.set(c, { kind: named.kind, name: named.name });
  }
  for (const u of header.unknown) {
    if (u.text.startsWith('duplicate:')) {
      const code = u.text.slice('duplicate:'.length);
      ctx.issue('duplicate-column', grid.name, { row: header.codeRow, column: u.column, indicator: code }, { expected: 'one column per code', received: code });
    } else if (!columns.has(u.column)) {
      ctx.issue('unknown-column', grid.name, { row: header.codeRow, column: u.column }, { expected: 'an indicator code of the set', received: u.text });
    }
  }
  for (const a of header.ambiguous) {
    ctx.issue('ambiguous-code', grid.name, { row: header.codeRow, column: a.column }, {
      expected: `one of ${a.candidates.join(', ')} as text`,
      received: a.text,
      detail: a.candidates.filter((c) => c !== a.text).join(', '),
    });
  }
  const fieldCells = [...columns].filter(([, col]) => col.kind === 'field').map(([c]) => c);
  let r = header.codeRow + 1;
  // Header rows under the codes: the unit-field cells are the merged header itself, or the row is labelled.
  for (; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    const merged = fieldCells.length > 0 && fieldCells.every((c) => row[c] !== undefined && row[c] === codeRow[c]);
    const first = row.find((cell) => textOf(cell) !== '');
    const firstLabel = first === undefined ? '' : normaliseLabel(firstLine(textOf(first)));
    const labelled = [...HEADER_ROW_LABELS].some((l) => firstLabel === l || firstLabel.startsWith(`${l} `));
    if (!merged && !labelled) break;
  }
  for (; r < grid.rows.length; r++) readWideRow(grid, r, columns, ctx);
}

/** Per-unit values collected from its cells before they become an input. */
interface Draft {
  values: Record<string, IndicatorValue>;
  ratios: Map<string, { numerator?: { value: number; address: string }; denominator?: { value: number; address: string } }>;
  facts: Record<string, number | boolean>;
  references: Record<string, number>;
  cells: Record<string, string>;
  fields: Partial<Record<UnitField, { text: string; cell: SheetCell; column: number; row: number }>>;
  pending: { code: SheetIssueCode; row: number; column: number; indicator?: string; expected: string; received: string; detail?: string }[];
  hasData: boolean;
}

function newDraft(): Draft {
  return { values: {}, ratios: new Map(), facts: {}, references: {}, cells: {}, fields: {}, pending: [], hasData: false };
}

function readWideRow(grid: SheetGrid, r: number, columns: ReadonlyMap<number, WideColumn>, ctx: Context): void {
  const row = grid.rows[r]!;
  if (row.every((cell) => cell === undefined || textOf(cell) === '')) return;
  const draft = newDraft();
  for (const [c, column] of columns) {
    const cell = row[c];
    if (column.kind === 'field') {
      const text = textOf(cell);
      if (text !== '' && cell) draft.fields[column.field] = { text, cell, column: c, row: r };
      continue;
    }
    const address = cellAddress(grid.name, r, c);
    if (column.kind === 'indicator') readValue(draft, ctx, cell, column.code, column.part, address, r, c);
    else readNamed(draft, ctx, cell, column.kind, column.name, address, r, c);
  }
  const stt = draft.fields.stt?.text ?? '';
  const nameText = draft.fields.name?.text ?? '';
  if (SUMMARY_LABELS.has(normaliseLabel(nameText)) || SUMMARY_LABELS.has(normaliseLabel(stt))) {
    // A total row is not a unit; saying so keeps every row accounted for.
    ctx.issue('missing-unit-id', grid.name, { row: r }, { expected: 'a unit row', received: nameText || stt, detail: 'tổng / total (bỏ qua / skipped)' });
    return;
  }
  finishUnit(draft, ctx, grid.name, r);
}

function readValue(
  draft: Draft,
  ctx: Context,
  cell: SheetCell | undefined,
  code: string,
  part: CodePart,
  address: string,
  r: number,
  c: number,
): void {
  const indicator = ctx.codes.get(code)!;
  if (cell !== undefined) draft.hasData = true;
  if (part === 'value') {
    const reading = readIndicatorCell(cell, indicator.measure);
    if (!reading.ok) draft.pending.push({ code: reading.code, row: r, column: c, indicator: code, expected: reading.expected, received: reading.received });
    else if (reading.value !== null && draft.values[code] === undefined) {
      draft.values[code] = reading.value;
      draft.cells[`values.${code}`] = address;
    }
    return;
  }
  if (cell === undefined || cell.value === null) return;
  const n = typeof cell.value === 'number' ? cell.value : readNumber(String(cell.value));
  if (n === undefined) {
    draft.pending.push({ code: 'unreadable-number', row: r, column: c, indicator: code, expected: 'a number', received: textOf(cell) });
    return;
  }
  const ratio = draft.ratios.get(code) ?? {};
  ratio[part] = { value: n, address };
  draft.ratios.set(code, ratio);
}

function readNamed(
  draft: Draft,
  ctx: Context,
  cell: SheetCell | undefined,
  kind: 'facts' | 'references',
  name: string,
  address: string,
  r: number,
  c: number,
): void {
  if (cell === undefined || cell.value === null) return;
  draft.hasData = true;
  const declared = ctx.set[kind]?.[name];
  const wantsFlag = declared?.kind === 'boolean';
  if (wantsFlag) {
    const flag = typeof cell.value === 'boolean' ? cell.value : readFlag(textOf(cell));
    if (flag === undefined) draft.pending.push({ code: 'unreadable-flag', row: r, column: c, indicator: name, expected: '"Có" or "Không"', received: textOf(cell) });
    else {
      draft.facts[name] = flag;
      draft.cells[`${kind}.${name}`] = address;
    }
    return;
  }
  const n = typeof cell.value === 'number' ? (cell.percent ? cell.value * 100 : cell.value) : readNumber(textOf(cell));
  if (n === undefined) {
    draft.pending.push({ code: 'unreadable-number', row: r, column: c, indicator: name, expected: 'a number', received: textOf(cell) });
    return;
  }
  if (kind === 'facts') draft.facts[name] = n;
  else draft.references[name] = n;
  draft.cells[`${kind}.${name}`] = address;
}

/** Turns a draft into a unit: fields read, ratios paired, every pending problem reported. */
function finishUnit(draft: Draft, ctx: Context, sheet: string, firstRow: number, fallbackName?: string): void {
  const f = draft.fields;
  const name = f.name?.text ?? fallbackName;
  const id = ctx.uniqueId(f.id?.text ?? f.name?.text ?? fallbackName, sheet, firstRow, name !== undefined);
  const input: {
    -readonly [K in keyof EvaluationInput]: EvaluationInput[K];
  } = { values: draft.values };
  const cells = draft.cells;
  const at = (field: UnitField) => ({ row: f[field]!.row, column: f[field]!.column, unit: id });
  if (f.province) {
    const province = provinceOfLabel(f.province.text);
    if (province) {
      input.province = province;
      cells['province'] = cellAddress(sheet, f.province.row, f.province.column);
    } else ctx.issue('unreadable-province', sheet, at('province'), { expected: 'a province name or id', received: f.province.text });
  }
  if (f.region) {
    const region = regionOfLabel(f.region.text);
    if (region) {
      input.region = region;
      cells['region'] = cellAddress(sheet, f.region.row, f.region.column);
    } else ctx.issue('unreadable-region', sheet, at('region'), { expected: 'a region', received: f.region.text });
  }
  if (f.group) {
    const group = groupOfLabel(f.group.text);
    if (group) {
      input.group = group;
      cells['group'] = cellAddress(sheet, f.group.row, f.group.column);
    } else ctx.issue('unreadable-group', sheet, at('group'), { expected: 'group-1, group-2 or group-3', received: f.group.text });
  }
  if (f.year) {
    const year = typeof f.year.cell.value === 'number' ? f.year.cell.value : Number(f.year.text);
    if (Number.isInteger(year) && year >= 1990 && year <= 2100) {
      input.year = year;
      cells['year'] = cellAddress(sheet, f.year.row, f.year.column);
    } else ctx.issue('unreadable-year', sheet, at('year'), { expected: 'a year such as 2024', received: f.year.text });
  }
  if (f.categories) input.communeCategories = f.categories.text.split(/[,;]/).map((s) => s.trim()).filter((s) => s !== '');
  for (const [code, ratio] of draft.ratios) {
    if (ratio.numerator && ratio.denominator) {
      if (draft.values[code] === undefined) {
        draft.values[code] = { numerator: ratio.numerator.value, denominator: ratio.denominator.value };
        cells[`values.${code}`] = ratio.numerator.address;
      }
    } else {
      const half = (ratio.numerator ?? ratio.denominator)!;
      const [, colRow] = half.address.split('!') as [string, string];
      const column = /^[A-Z]+/.exec(colRow)![0];
      draft.pending.push({
        code: 'orphan-denominator',
        row: Number(colRow.slice(column.length)) - 1,
        column: columnIndex(column),
        indicator: code,
        expected: 'a numerator and a denominator',
        received: ratio.numerator ? 'numerator only' : 'denominator only',
        detail: ratio.numerator ? 'tử số / numerator' : 'mẫu số / denominator',
      });
    }
  }
  if (Object.keys(draft.facts).length > 0) input.facts = draft.facts;
  if (Object.keys(draft.references).length > 0) input.references = draft.references;
  for (const p of draft.pending) {
    ctx.issue(p.code, sheet, { row: p.row, column: p.column, unit: id, ...(p.indicator ? { indicator: p.indicator } : {}) }, {
      expected: p.expected,
      received: p.received,
      ...(p.detail ? { detail: p.detail } : {}),
    });
  }
  const recognised = f.recognised ? (typeof f.recognised.cell.value === 'boolean' ? f.recognised.cell.value : readFlag(f.recognised.text)) : undefined;
  ctx.units.push({
    id,
    ...(name !== undefined ? { name } : {}),
    ...(f.district ? { district: f.district.text } : {}),
    ...(f.province ? { provinceLabel: f.province.text } : {}),
    ...(f.kind ? { kind: f.kind.text } : {}),
    ...(recognised !== undefined ? { recognised } : {}),
    sheet,
    row: firstRow + 1,
    input,
    cells,
  });
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The header of a long sheet: the code column, the value column(s), an optional unit column. */
interface LongHeader {
  readonly row: number;
  readonly code: number;
  readonly value?: number;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly unitColumns: ReadonlyMap<number, UnitField>;
}

const CODE_LABELS = new Set(['Mã chỉ tiêu', 'Mã số', 'Mã', 'Code', 'Indicator code', 'Chỉ tiêu số'].map(normaliseLabel));
const VALUE_LABELS = new Set(
  ['Kết quả', 'Kết quả thực hiện', 'Giá trị', 'Số liệu', 'Thực hiện', 'Thực trạng', 'Kết quả tự đánh giá', 'Value', 'Actual', 'Result'].map(normaliseLabel),
);
const NUMERATOR_LABELS = new Set(['Tử số', 'Numerator'].map(normaliseLabel));
const DENOMINATOR_LABELS = new Set(['Mẫu số', 'Denominator'].map(normaliseLabel));

function findLongHeader(grid: SheetGrid): LongHeader | undefined {
  const last = Math.min(grid.rows.length, 30);
  for (let r = 0; r < last; r++) {
    const row = grid.rows[r]!;
    let code: number | undefined;
    let value: number | undefined;
    let numerator: number | undefined;
    let denominator: number | undefined;
    const unitColumns = new Map<number, UnitField>();
    for (let c = 0; c < row.length; c++) {
      // A header cell may carry an English line under the Vietnamese ("Kết quả\nResult").
      const label = normaliseLabel(textOf(row[c]).split('\n')[0]!);
      if (code === undefined && CODE_LABELS.has(label)) code = c;
      else if (value === undefined && VALUE_LABELS.has(label)) value = c;
      else if (NUMERATOR_LABELS.has(label)) numerator = c;
      else if (DENOMINATOR_LABELS.has(label)) denominator = c;
      else {
        const field = unitFieldOf(label);
        if (field === 'id' || field === 'name' || field === 'province' || field === 'year' || field === 'region' || field === 'group' || field === 'district')
          unitColumns.set(c, field);
      }
    }
    if (code !== undefined && (value !== undefined || (numerator !== undefined && denominator !== undefined))) {
      return {
        row: r,
        code,
        ...(value !== undefined ? { value } : {}),
        ...(numerator !== undefined ? { numerator } : {}),
        ...(denominator !== undefined ? { denominator } : {}),
        unitColumns,
      };
    }
  }
  return undefined;
}

function readLong(grid: SheetGrid, header: LongHeader, ctx: Context): void {
  // The unit's fields written above the table: "Tên xã: Hồ Sơn" in one cell, or label and value side by side.
  const above: Draft['fields'] = {};
  for (let r = 0; r < header.row; r++) {
    const row = grid.rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const text = textOf(row[c]);
      if (text === '') continue;
      const colon = text.indexOf(':');
      const label = firstLine(colon > 0 ? text.slice(0, colon) : text);
      const field = unitFieldOf(label);
      if (field === undefined || above[field]) continue;
      const inline = colon > 0 ? text.slice(colon + 1).trim() : '';
      if (inline !== '') above[field] = { text: inline, cell: { value: inline, text: inline, percent: false }, column: c, row: r };
      else {
        const next = row.slice(c + 1).findIndex((cell) => textOf(cell) !== '');
        if (next >= 0) above[field] = { text: textOf(row[c + 1 + next]), cell: row[c + 1 + next]!, column: c + 1 + next, row: r };
      }
    }
  }
  // Units by the unit column (several communes in one long sheet), else one unit for the sheet.
  const drafts = new Map<string, { draft: Draft; row: number }>();
  const idColumn = [...header.unitColumns].find(([, f]) => f === 'id' || f === 'name')?.[0];
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    if (row.every((cell) => cell === undefined || textOf(cell) === '')) continue;
    const key = idColumn !== undefined ? textOf(row[idColumn]) : '';
    let entry = drafts.get(key);
    if (!entry) {
      entry = { draft: newDraft(), row: r };
      entry.draft.fields = { ...above };
      drafts.set(key, entry);
    }
    const { draft } = entry;
    for (const [c, field] of header.unitColumns) {
      const text = textOf(row[c]);
      if (text !== '' && row[c] && draft.fields[field] === undefined) draft.fields[field] = { text, cell: row[c]!, column: c, row: r };
    }
    const codeCell = row[header.code];
    const match = matchCode(codeCell, ctx.codes);
    if (match.kind === 'ambiguous') {
      ctx.issue('ambiguous-code', grid.name, { row: r, column: header.code }, {
        expected: `one of ${match.candidates.join(', ')} as text`,
        received: match.text,
        detail: match.candidates.filter((c) => c !== match.text).join(', '),
      });
      continue;
    }
    if (match.kind === 'none') {
      const text = textOf(codeCell);
      const named = text !== '' ? namedInputOf(ctx.set, text) : undefined;
      const valueColumn = header.value ?? header.numerator!;
      if (named) {
        readNamed(draft, ctx, row[valueColumn], named.kind, named.name, cellAddress(grid.name, r, valueColumn), r, valueColumn);
      } else if (looksLikeCode(text)) {
        ctx.issue('unknown-column', grid.name, { row: r, column: header.code }, { expected: 'an indicator code of the set', received: text });
      }
      // Rows without a code (criterion headings, notes) are the form's own text.
      continue;
    }
    if (header.value !== undefined) {
      readValue(draft, ctx, row[header.value], match.code, 'value', cellAddress(grid.name, r, header.value), r, header.value);
    }
    if (header.numerator !== undefined && header.denominator !== undefined && draft.values[match.code] === undefined) {
      readValue(draft, ctx, row[header.numerator], match.code, 'numerator', cellAddress(grid.name, r, header.numerator), r, header.numerator);
      readValue(draft, ctx, row[header.denominator], match.code, 'denominator', cellAddress(grid.name, r, header.denominator), r, header.denominator);
    }
  }
  for (const [key, { draft, row }] of drafts) finishUnit(draft, ctx, grid.name, row, key !== '' ? key : grid.name);
}
