import type { CriteriaSet, EvaluationInput, Indicator, IndicatorValue } from '@ntm/criteria';
import { readFlag, readIndicatorCell, readNumber } from './cell-value.js';
import { indicatorCodes, looksLikeCode, matchCode, type CodePart } from './codes.js';
import { cellAddress, cellAt, columnLetters, readGrids, textOf, type SheetCell, type SheetFormat, type SheetGrid } from './grid.js';
import type { SheetExpectation } from './expectation.js';
import type { SheetIssue, SheetIssueCode } from './issue.js';
import { makeIssue } from './make-issue.js';
import type { MessageParams } from './messages.js';
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
 * const unit: UnitRow = readUnits(unitsCsv, commune318, { format: 'csv' }).units[0]!;
 * unit.cells['values.17.1']; // 'CSV!G2'
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
 * const { units, issues, layouts } = readUnits(unitsCsv, commune318, { format: 'csv' });
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
 * const { units, issues } = readUnits(new Uint8Array(await file.arrayBuffer()), commune318, { format: formatOfFileName(file.name) ?? 'xlsx' });
 * const results = units.map((u) => safeEvaluate(commune318, u.input));
 */
export function readUnits(data: Uint8Array | ArrayBuffer | string, set: CriteriaSet, options: ReadUnitsOptions): UnitsReading {
  const { grids, issues } = readGrids(data, { format: options.format, ...(options.name ? { name: options.name } : {}) });
  const reading = readUnitsFromGrids(grids, set, options);
  return { ...reading, issues: [...issues, ...reading.issues] };
}

/**
 * `readUnits` on sheets already read with `readGrids`.
 * @example
 * const { grids } = readGrids(unitsCsv, { format: 'csv' });
 * readUnitsFromGrids(grids, commune318).units.length;
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
    ctx.issue(
      'no-sheet',
      options.sheet,
      {},
      { received: options.sheet, expectation: 'sheet', detail: grids.map((g) => `"${g.name}"`).join(', ') },
    );
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
      ctx.issue('no-header', grid.name, {}, { expectation: 'units-header', received: '' });
    }
  }
  if (chosen.length > 1 && Object.keys(layouts).length === 0) {
    ctx.issue('no-header', chosen[0]!.name, {}, { expectation: 'units-header', received: '' });
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
    params: MessageParams & { expectation: SheetExpectation; received: string },
  ): void {
    const hasCell = at.row !== undefined && at.column !== undefined;
    const place = {
      cell: hasCell ? cellAddress(sheet, at.row!, at.column!) : at.row !== undefined ? `${sheet}!${at.row + 1}:${at.row + 1}` : sheet,
      sheet,
      ...(at.row !== undefined ? { row: at.row + 1 } : {}),
      ...(at.column !== undefined ? { column: columnLetters(at.column) } : {}),
      ...(at.unit !== undefined ? { unit: at.unit } : {}),
      ...(at.indicator !== undefined ? { indicator: at.indicator } : {}),
    };
    this.issues.push(makeIssue(code, place, params));
  }

  /** A unique id for a unit: its own, else its name, else its row; repeats get a suffix. */
  uniqueId(wanted: string | undefined, sheet: string, row: number, hasName: boolean): string {
    let id = wanted && wanted !== '' ? wanted : `${sheet}!${row + 1}`;
    if (!wanted) {
      if (!hasName) this.issue('missing-unit-id', sheet, { row }, { expectation: 'unit-id', received: '', detail: id });
    }
    if (this.ids.has(id)) {
      const base = id;
      id = `${base} (${sheet}!${row + 1})`;
      this.issue('duplicate-unit-id', sheet, { row }, { expectation: 'unique-unit-id', received: base, detail: id });
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
  [
    'Nội dung',
    'Nội dung chỉ tiêu',
    'Chỉ tiêu',
    'Mục tiêu',
    'Yêu cầu',
    'Chỉ tiêu (mục tiêu)',
    'Đơn vị',
    'Đơn vị tính',
    'Text',
    'Target',
    'Unit',
    'Mã chỉ tiêu',
    'Code',
  ].map(normaliseLabel),
);
const SUMMARY_LABELS = new Set(['Tổng', 'Tổng cộng', 'Cộng', 'Toàn huyện', 'Toàn tỉnh', 'Total'].map(normaliseLabel));

/** "Tổng cộng", "Toàn huyện"…: short, and starting with T or C, so most names skip the normalising. */
function isSummaryLabel(text: string): boolean {
  return text.length <= 24 && /^[\s*.:()-]*[TtCc]/.test(text) && SUMMARY_LABELS.has(normaliseLabel(text));
}

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
      ctx.issue(
        'duplicate-column',
        grid.name,
        { row: header.codeRow, column: u.column, indicator: code },
        { expectation: 'one-column-per-code', received: code },
      );
    } else if (!columns.has(u.column)) {
      ctx.issue(
        'unknown-column',
        grid.name,
        { row: header.codeRow, column: u.column },
        { expectation: 'indicator-code', received: u.text },
      );
    }
  }
  for (const a of header.ambiguous) {
    ctx.issue(
      'ambiguous-code',
      grid.name,
      { row: header.codeRow, column: a.column },
      {
        expectation: 'code-as-text',
        received: a.text,
        detail: a.candidates.filter((c) => c !== a.text).join(', '),
      },
    );
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
  // Every row is read through the same plan: each column's meaning and address prefix, made once.
  const plan = planColumns(grid.name, columns);
  for (; r < grid.rows.length; r++) readWideRow(grid, r, plan, ctx);
}

/** Where a cell is, with its address made only when it is needed (`Xã!M` + row number). */
interface CellPlace {
  readonly prefix: string;
  readonly r: number;
  readonly c: number;
}

const addressOf = (at: CellPlace) => `${at.prefix}${at.r + 1}`;

/**
 * A column that holds an indicator's value (or one side of its ratio) or a fact, with what every
 * row needs made once: the input path its cell is recorded under and its address prefix.
 */
interface ValueColumn {
  readonly name: string;
  readonly part: CodePart;
  /** `values.17.1`, `facts.schoolCount`. */
  readonly path: string;
  readonly c: number;
  readonly prefix: string;
}

/** `{ key: value }`, or nothing when the value is undefined (optional properties stay absent). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The address prefix of a column: `Sheet!M`. */
function columnPrefix(sheet: string, column: number): string {
  return `${sheet}!${columnLetters(column)}`;
}

/** A wide sheet's column as every row reads it. */
type PlannedColumn =
  | { readonly kind: 'field'; readonly field: UnitField; readonly c: number }
  | ({ readonly kind: 'indicator' | 'facts' | 'references' } & ValueColumn);

function planColumns(sheet: string, columns: ReadonlyMap<number, WideColumn>): readonly PlannedColumn[] {
  const plan: PlannedColumn[] = [];
  for (const [c, column] of columns) {
    if (column.kind === 'field') plan.push({ kind: 'field', field: column.field, c });
    else if (column.kind === 'indicator') plan.push(valueColumn('indicator', column.code, column.part, sheet, c));
    else plan.push(valueColumn(column.kind, column.name, 'value', sheet, c));
  }
  return plan;
}

function valueColumn<K extends 'indicator' | 'facts' | 'references'>(kind: K, name: string, part: CodePart, sheet: string, c: number) {
  return { kind, name, part, path: `${kind === 'indicator' ? 'values' : kind}.${name}`, c, prefix: columnPrefix(sheet, c) };
}

type Ratio = { numerator?: { value: number; at: CellPlace }; denominator?: { value: number; at: CellPlace } };

/** A problem found in a unit's cell, reported when the unit's id is known. */
interface Pending {
  readonly code: SheetIssueCode;
  readonly at: CellPlace;
  readonly indicator?: string;
  readonly expectation: SheetExpectation;
  readonly received: string;
  readonly part?: 'numerator' | 'denominator';
}

/** Per-unit values collected from its cells before they become an input. */
interface Draft {
  values: Record<string, IndicatorValue>;
  ratios: Map<string, Ratio> | undefined;
  facts: Record<string, number | boolean>;
  references: Record<string, number>;
  cells: Record<string, string>;
  fields: Partial<Record<UnitField, { text: string; cell: SheetCell; column: number; row: number }>>;
  pending: Pending[];
  hasData: boolean;
}

function newDraft(): Draft {
  return { values: {}, ratios: undefined, facts: {}, references: {}, cells: {}, fields: {}, pending: [], hasData: false };
}

function isEmptyRow(row: readonly (SheetCell | undefined)[]): boolean {
  for (const cell of row) if (cell !== undefined && textOf(cell) !== '') return false;
  return true;
}

function readWideRow(grid: SheetGrid, r: number, plan: readonly PlannedColumn[], ctx: Context): void {
  const row = grid.rows[r]!;
  if (isEmptyRow(row)) return;
  const draft = newDraft();
  for (const column of plan) {
    const cell = row[column.c];
    if (column.kind === 'field') {
      if (cell === undefined) continue;
      const text = textOf(cell);
      if (text !== '') draft.fields[column.field] = { text, cell, column: column.c, row: r };
      continue;
    }
    if (column.kind === 'indicator') readValue(draft, ctx, cell, column, r);
    else readNamed(draft, ctx, cell, column.kind, column, r);
  }
  const stt = draft.fields.stt?.text ?? '';
  const nameText = draft.fields.name?.text ?? '';
  if (isSummaryLabel(nameText) || isSummaryLabel(stt)) {
    // A total row is not a unit; saying so keeps every row accounted for.
    ctx.issue('total-row', grid.name, { row: r }, { expectation: 'unit-row', received: nameText || stt });
    return;
  }
  finishUnit(draft, ctx, grid.name, r);
}

const placeOf = (column: ValueColumn, r: number): CellPlace => ({ prefix: column.prefix, r, c: column.c });

function readValue(draft: Draft, ctx: Context, cell: SheetCell | undefined, column: ValueColumn, r: number): void {
  const { name: code, part } = column;
  if (cell !== undefined) draft.hasData = true;
  if (part === 'value') {
    const reading = readIndicatorCell(cell, ctx.codes.get(code)!.measure);
    if (!reading.ok) {
      draft.pending.push({
        code: reading.code,
        at: placeOf(column, r),
        indicator: code,
        expectation: reading.expectation,
        received: reading.received,
      });
    } else if (reading.value !== null && draft.values[code] === undefined) {
      draft.values[code] = reading.value;
      draft.cells[column.path] = `${column.prefix}${r + 1}`;
    }
    return;
  }
  if (cell === undefined || cell.value === null) return;
  const n = typeof cell.value === 'number' ? cell.value : readNumber(String(cell.value));
  const at = placeOf(column, r);
  if (n === undefined) {
    draft.pending.push({ code: 'unreadable-number', at, indicator: code, expectation: 'number', received: textOf(cell) });
    return;
  }
  draft.ratios ??= new Map();
  const ratio = draft.ratios.get(code) ?? {};
  ratio[part] = { value: n, at };
  draft.ratios.set(code, ratio);
}

function readNamed(
  draft: Draft,
  ctx: Context,
  cell: SheetCell | undefined,
  kind: 'facts' | 'references',
  column: ValueColumn,
  r: number,
): void {
  if (cell === undefined || cell.value === null) return;
  const { name } = column;
  const at = placeOf(column, r);
  draft.hasData = true;
  const declared = ctx.set[kind]?.[name];
  const wantsFlag = declared?.kind === 'boolean';
  if (wantsFlag) {
    const flag = typeof cell.value === 'boolean' ? cell.value : readFlag(textOf(cell));
    if (flag === undefined)
      draft.pending.push({ code: 'unreadable-flag', at, indicator: name, expectation: 'yes-no', received: textOf(cell) });
    else {
      draft.facts[name] = flag;
      draft.cells[column.path] = addressOf(at);
    }
    return;
  }
  const n = typeof cell.value === 'number' ? (cell.percent ? cell.value * 100 : cell.value) : readNumber(textOf(cell));
  if (n === undefined) {
    draft.pending.push({ code: 'unreadable-number', at, indicator: name, expectation: 'number', received: textOf(cell) });
    return;
  }
  if (kind === 'facts') draft.facts[name] = n;
  else draft.references[name] = n;
  draft.cells[column.path] = addressOf(at);
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
  // The unit's place: each field read by its label reader, or an issue at its cell.
  const place = <K extends 'province' | 'region' | 'group'>(field: K, read: (text: string) => EvaluationInput[K] | undefined) => {
    const given = f[field];
    if (!given) return;
    const value = read(given.text);
    if (value) {
      input[field] = value;
      cells[field] = cellAddress(sheet, given.row, given.column);
    } else ctx.issue(`unreadable-${field}`, sheet, at(field), { expectation: field, received: given.text });
  };
  place('province', provinceOfLabel);
  place('region', regionOfLabel);
  place('group', groupOfLabel);
  if (f.year) {
    const year = typeof f.year.cell.value === 'number' ? f.year.cell.value : Number(f.year.text);
    if (Number.isInteger(year) && year >= 1990 && year <= 2100) {
      input.year = year;
      cells['year'] = cellAddress(sheet, f.year.row, f.year.column);
    } else ctx.issue('unreadable-year', sheet, at('year'), { expectation: 'year', received: f.year.text });
  }
  if (f.categories)
    input.communeCategories = f.categories.text
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  for (const [code, ratio] of draft.ratios ?? []) {
    if (ratio.numerator && ratio.denominator) {
      if (draft.values[code] === undefined) {
        draft.values[code] = { numerator: ratio.numerator.value, denominator: ratio.denominator.value };
        cells[`values.${code}`] = addressOf(ratio.numerator.at);
      }
    } else {
      const part = ratio.numerator ? 'numerator' : 'denominator';
      const half = (ratio.numerator ?? ratio.denominator)!;
      draft.pending.push({
        code: 'orphan-denominator',
        at: half.at,
        indicator: code,
        expectation: 'ratio-parts',
        received: String(half.value),
        part,
      });
    }
  }
  if (Object.keys(draft.facts).length > 0) input.facts = draft.facts;
  if (Object.keys(draft.references).length > 0) input.references = draft.references;
  for (const p of draft.pending) {
    ctx.issue(
      p.code,
      sheet,
      { row: p.at.r, column: p.at.c, unit: id, ...(p.indicator ? { indicator: p.indicator } : {}) },
      {
        expectation: p.expectation,
        received: p.received,
        ...(p.part ? { part: p.part } : {}),
      },
    );
  }
  const recognised = f.recognised
    ? typeof f.recognised.cell.value === 'boolean'
      ? f.recognised.cell.value
      : readFlag(f.recognised.text)
    : undefined;
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
  ['Kết quả', 'Kết quả thực hiện', 'Giá trị', 'Số liệu', 'Thực hiện', 'Thực trạng', 'Kết quả tự đánh giá', 'Value', 'Actual', 'Result'].map(
    normaliseLabel,
  ),
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
        if (
          field === 'id' ||
          field === 'name' ||
          field === 'province' ||
          field === 'year' ||
          field === 'region' ||
          field === 'group' ||
          field === 'district'
        )
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
        let next = c + 1;
        while (next < row.length && textOf(row[next]) === '') next++;
        if (next < row.length) above[field] = { text: textOf(row[next]), cell: row[next]!, column: next, row: r };
      }
    }
  }
  // Units by the unit column (several communes in one long sheet), else one unit for the sheet.
  const drafts = new Map<string, { draft: Draft; row: number }>();
  const idColumn = [...header.unitColumns].find(([, f]) => f === 'id' || f === 'name')?.[0];
  // A fact's row has its value in the value column (or the numerator's, when there is none).
  const namedColumn = header.value ?? header.numerator!;
  // Each code's value columns, planned the first time the code is met (not for every row).
  type LongPlan = {
    readonly value?: ValueColumn;
    readonly numerator?: ValueColumn;
    readonly denominator?: ValueColumn;
    readonly named: ValueColumn;
  };
  const planned = new Map<string, LongPlan>();
  const planOf = (name: string, kind: 'indicator' | 'facts' | 'references'): LongPlan => {
    const key = `${kind}:${name}`;
    let plan = planned.get(key);
    if (plan === undefined) {
      const column = (c: number | undefined, part: CodePart) => (c === undefined ? undefined : valueColumn(kind, name, part, grid.name, c));
      plan = {
        ...optional('value', column(header.value, 'value')),
        ...optional('numerator', column(header.numerator, 'numerator')),
        ...optional('denominator', column(header.denominator, 'denominator')),
        named: valueColumn(kind, name, 'value', grid.name, namedColumn),
      };
      planned.set(key, plan);
    }
    return plan;
  };
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    if (isEmptyRow(row)) continue;
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
      ctx.issue(
        'ambiguous-code',
        grid.name,
        { row: r, column: header.code },
        {
          expectation: 'code-as-text',
          received: match.text,
          detail: match.candidates.filter((c) => c !== match.text).join(', '),
        },
      );
      continue;
    }
    if (match.kind === 'none') {
      const text = textOf(codeCell);
      const named = text !== '' ? namedInputOf(ctx.set, text) : undefined;
      if (named) {
        readNamed(draft, ctx, row[namedColumn], named.kind, planOf(named.name, named.kind).named, r);
      } else if (looksLikeCode(text)) {
        ctx.issue('unknown-column', grid.name, { row: r, column: header.code }, { expectation: 'indicator-code', received: text });
      }
      // Rows without a code (criterion headings, notes) are the form's own text.
      continue;
    }
    if (header.value !== undefined) {
      readValue(draft, ctx, row[header.value], planOf(match.code, 'indicator').value!, r);
    }
    if (header.numerator !== undefined && header.denominator !== undefined && draft.values[match.code] === undefined) {
      const plan = planOf(match.code, 'indicator');
      readValue(draft, ctx, row[header.numerator], plan.numerator!, r);
      readValue(draft, ctx, row[header.denominator], plan.denominator!, r);
    }
  }
  for (const [key, { draft, row }] of drafts) finishUnit(draft, ctx, grid.name, row, key !== '' ? key : grid.name);
}
