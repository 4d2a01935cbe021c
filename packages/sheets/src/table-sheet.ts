import {
  COMMUNE_GROUPS,
  CRITERIA_TABLE_FORMAT,
  REGIONS,
  TABLE_COLUMN_IDS,
  type ColumnId,
  type CriteriaSet,
  type CriteriaTable,
  type Measure,
  type TableCase,
  type CriteriaTableCell,
  type TableIssue,
  type TableRow,
} from '@ntm/criteria';
import { percentOfFraction, readFlag, readNumber } from './cell-value.js';
import { cellAddress, columnLetters, readGrids, textOf, type SheetCell, type SheetFormat, type SheetGrid } from './grid.js';
import type { SheetIssue } from './issue.js';
import type { SheetExpectation } from './expectation.js';
import { makeIssue } from './make-issue.js';
import { normaliseLabel } from './normalise.js';
import { groupOfLabel, regionOfLabel } from './unit-fields.js';
import { formatNumber } from './target-text.js';
import { writeBook } from './write-book.js';

/** The name of the sheet a criteria table is written to. */
export const TABLE_SHEET = 'Bảng tiêu chí';

const OP_SIGN = { '>=': '≥', '<=': '≤', '=': '=' } as const;

/** The table's own fields, written as label/value rows above the decree's table. */
const META = [
  ['format', 'Định dạng\nFormat'],
  ['id', 'Mã bảng\nTable id'],
  ['base', 'Bộ gốc\nBase set'],
  ['province', 'Tỉnh\nProvince'],
  ['level', 'Cấp\nLevel'],
  ['title', 'Tên bộ tiêu chí\nTitle'],
  ['version', 'Phiên bản\nVersion'],
  ['from', 'Hiệu lực từ\nIn force from'],
  ['to', 'Hiệu lực đến\nIn force to'],
  ['columns', 'Kiểu cột\nColumns'],
  ['number', 'Số văn bản\nDocument number'],
  ['signed', 'Ngày ký\nSigned'],
  ['issuer', 'Cơ quan ban hành\nIssuer'],
  ['documentTitle', 'Trích yếu\nDocument title'],
  ['inForce', 'Ngày có hiệu lực\nDocument in force'],
  ['annex', 'Phụ lục\nAnnex'],
  ['complete', 'Đầy đủ chỉ tiêu\nComplete'],
] as const;

type MetaKey = (typeof META)[number][0];
const META_BY_LABEL = new Map<string, MetaKey>(META.map(([key, label]) => [normaliseLabel(label.split('\n')[0]!), key]));

/** Fixed columns of the decree's layout, before and after the target columns. */
const HEAD = [
  'STT',
  'Tiêu chí\nCriterion',
  'Mã chỉ tiêu\nCode',
  'Nội dung\nIndicator',
  'Nội dung (tiếng Anh)\nIndicator (English)',
  'Đơn vị\nUnit',
  'So sánh\nComparison',
];
const TAIL = ['Nguồn\nSource', 'Ghi chú\nNote'];

function columnHeader(column: ColumnId): string {
  if (column === 'all') return 'Chung\nAll';
  if (column in REGIONS) {
    const r = REGIONS[column as keyof typeof REGIONS];
    return `${r.abbreviation}\n${r.name.vi}`;
  }
  return COMMUNE_GROUPS[column as keyof typeof COMMUNE_GROUPS].name.vi;
}

function columnOfHeader(text: string): ColumnId | undefined {
  const first = text.split('\n')[0]!.trim();
  const label = normaliseLabel(first);
  if (label === 'chung' || label === 'all' || label === 'toan quoc') return 'all';
  return (
    regionOfLabel(first) ??
    groupOfLabel(first) ??
    ((TABLE_COLUMN_IDS as readonly string[]).find((c) => c === first) as ColumnId | undefined)
  );
}

/** The words of the "Đơn vị" cell that stand for a measure rather than a unit. */
const MEASURE_WORDS: { readonly [M in Measure]?: readonly string[] } = {
  percent: ['%'],
  flag: ['đạt/không đạt', 'đạt / không đạt', 'đạt/chưa đạt', 'đạt / chưa đạt', 'đạt', 'flag'],
  count: ['số lượng', 'count'],
};

function unitCell(row: TableRow): string {
  if (row.measure === 'percent') return '%';
  if (row.measure === 'flag') return 'Đạt/Không đạt';
  if (row.unit) return row.unit.vi;
  return row.measure === 'count' ? 'số lượng' : '';
}

function valueText(value: number | boolean, lang: 'vi'): string {
  return typeof value === 'boolean' ? (value ? 'Đạt' : 'Không') : formatNumber(value, lang);
}

function caseText(c: TableCase, rowOp: TableRow['op'], withOp: boolean): string {
  if (c.value === null) return '?';
  const op = c.op ?? rowOp;
  const base = `${withOp || op !== rowOp ? `${OP_SIGN[op]} ` : ''}${valueText(c.value, 'vi')}`;
  const extra: string[] = [];
  if (c.years) {
    const { from, to } = c.years;
    extra.push(from !== undefined && to !== undefined ? `${from}–${to}` : from !== undefined ? `từ ${from}` : `đến ${to}`);
  }
  if (c.when) extra.push(`${c.when.fact} ${c.when.op} ${String(c.when.value)}`);
  return extra.length > 0 ? `${base} (${extra.join(', ')})` : base;
}

/** A cell as a spreadsheet shows it: a number, "Đạt", "≤ 2", "?" (unknown), or cases joined by "; ". */
function cellValue(cell: CriteriaTableCell | undefined, row: TableRow): string | number | null {
  if (cell === undefined) return null;
  if (typeof cell === 'number') return cell;
  if (cell === true) return 'Đạt';
  const cases: readonly TableCase[] = Array.isArray(cell) ? cell : [cell as TableCase];
  if (cases.length === 1) {
    const c = cases[0]!;
    if (typeof c.value === 'number' && (c.op ?? row.op) === row.op && !c.years && !c.when && !c.relativeTo) return c.value;
    if (c.value === true && !c.years && !c.when) return 'Đạt';
  }
  return cases.map((c) => caseText(c, row.op, cases.length > 1)).join('; ');
}

function sourceText(source: TableRow['source']): string {
  if (source === undefined) return '';
  if (typeof source === 'string') return source;
  return [source.document, source.annex, source.article, source.row].filter((p) => p !== undefined && p !== '').join(', ');
}

/**
 * A criteria table as a spreadsheet in the decree's layout, Vietnamese first: the table's own
 * fields (id, base set, document number, date signed, issuer, complete) as label/value rows,
 * then STT | tiêu chí | mã chỉ tiêu | nội dung | đơn vị | so sánh | one column per region or
 * group (under a merged "Mục tiêu" header) | nguồn | ghi chú, the criterion's number and name
 * merged over its indicators. Codes are text. An unknown cell shows "?": the province types its
 * value there. XLSX, or CSV (the same rows, without merges).
 * @example
 * const bytes = writeCriteriaTable(criteriaTable(commune51), { format: 'xlsx' });
 */
export function writeCriteriaTable(table: CriteriaTable, options: { readonly format: SheetFormat }): Uint8Array {
  const used = new Set<ColumnId>();
  for (const row of table.rows) for (const key of Object.keys(row.cells)) used.add(key as ColumnId);
  const columns = TABLE_COLUMN_IDS.filter((c) => used.has(c));
  if (columns.length === 0) columns.push('all');
  const width = HEAD.length + columns.length + TAIL.length;
  const rows: (string | number | null)[][] = [];
  const merges: { s: { r: number; c: number }; e: { r: number; c: number } }[] = [];
  const pad = (cells: (string | number | null)[]) => [...cells, ...new Array<null>(Math.max(0, width - cells.length)).fill(null)];
  rows.push(pad([`Bảng tiêu chí / Criteria table: ${table.title?.vi ?? table.id}`]));
  merges.push({ s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } });
  const meta: Record<MetaKey, string | undefined> = {
    format: table.format,
    id: table.id,
    base: table.base,
    province: table.province,
    level: table.level,
    title: table.title?.vi,
    version: table.version,
    from: table.period?.from ?? undefined,
    to: table.period?.to ?? undefined,
    columns: table.columns,
    number: table.document.number,
    signed: table.document.signed ?? undefined,
    issuer: table.document.issuer,
    documentTitle: table.document.title?.vi,
    inForce: table.document.inForce ?? undefined,
    annex: table.document.annex,
    complete: table.complete ? 'Có' : 'Không',
  };
  for (const [key, label] of META) rows.push(pad([label, meta[key] ?? null]));
  rows.push(pad([]));
  const header = rows.length;
  rows.push(pad([...HEAD, 'Mục tiêu\nTarget', ...new Array<null>(columns.length - 1).fill(null), ...TAIL]));
  rows.push(pad([...HEAD.map(() => null), ...columns.map(columnHeader), ...TAIL.map(() => null)]));
  for (let c = 0; c < width; c++) {
    if (c >= HEAD.length && c < HEAD.length + columns.length) continue;
    merges.push({ s: { r: header, c }, e: { r: header + 1, c } });
  }
  if (columns.length > 1) merges.push({ s: { r: header, c: HEAD.length }, e: { r: header, c: HEAD.length + columns.length - 1 } });
  let start = rows.length;
  let current: TableRow['criterion'] | undefined;
  const closeCriterion = () => {
    if (rows.length - start > 1) {
      merges.push({ s: { r: start, c: 0 }, e: { r: rows.length - 1, c: 0 } }, { s: { r: start, c: 1 }, e: { r: rows.length - 1, c: 1 } });
    }
  };
  for (const row of table.rows) {
    if (row.criterion !== current) {
      closeCriterion();
      start = rows.length;
      current = row.criterion;
    }
    rows.push([
      row.criterion,
      row.criterionName?.vi ?? null,
      row.code,
      row.text.vi,
      row.text.en ?? null,
      unitCell(row),
      OP_SIGN[row.op],
      ...columns.map((c) => cellValue(row.cells[c], row)),
      sourceText(row.source) || null,
      row.note?.vi ?? null,
    ]);
  }
  closeCriterion();
  return writeBook(
    [{ name: TABLE_SHEET, rows, merges, widths: [6, 24, 10, 60, 40, 14, 8, ...columns.map(() => 12), 20, 40] }],
    options.format,
  );
}

/**
 * What `readCriteriaTable` gives: the table read (for `applyTable`, which checks it), the
 * problems found in the sheet, and the cell of each row and column so that an issue of
 * `applyTable` can be shown at its cell (`tableIssueCell`).
 * @example
 * const bytes = writeCriteriaTable(criteriaTable(commune51), { format: 'xlsx' });
 * const { table, issues } = readCriteriaTable(bytes, { format: 'xlsx' });
 */
export interface TableReading {
  readonly table: CriteriaTable | undefined;
  readonly issues: readonly SheetIssue[];
  /** Sheet name, the 0-based sheet row of each table row, and the 0-based column of each column id. */
  readonly places: {
    readonly sheet: string;
    readonly rows: readonly number[];
    readonly columns: Readonly<Partial<Record<ColumnId, number>>>;
    readonly codeColumn: number;
  };
}

const FIXED = {
  stt: ['STT', 'Tiêu chí số'],
  criterion: ['Tiêu chí', 'Criterion', 'Tên tiêu chí'],
  code: ['Mã chỉ tiêu', 'Code', 'Mã'],
  text: ['Nội dung', 'Nội dung chỉ tiêu', 'Indicator'],
  textEn: ['Nội dung (tiếng Anh)', 'Indicator (English)'],
  unit: ['Đơn vị', 'Đơn vị tính', 'Unit'],
  op: ['So sánh', 'Comparison'],
  source: ['Nguồn', 'Source', 'Căn cứ'],
  note: ['Ghi chú', 'Note'],
  target: ['Mục tiêu', 'Target', 'Chỉ tiêu'],
} as const;
type Fixed = keyof typeof FIXED;
const FIXED_BY_LABEL = new Map<string, Fixed>();
for (const [key, labels] of Object.entries(FIXED) as [Fixed, readonly string[]][])
  for (const l of labels) FIXED_BY_LABEL.set(normaliseLabel(l), key);

const firstLine = (text: string) => text.split('\n')[0]!.trim();

/** A comparison from "≥", ">=", "≤", "<=", "=". */
function opOf(text: string): TableRow['op'] | undefined {
  const t = text.trim();
  if (t === '≥' || t === '>=') return '>=';
  if (t === '≤' || t === '<=') return '<=';
  if (t === '=' || t === '==') return '=';
  return undefined;
}

/** One case written "≤ 2", "45", "Đạt", "≥ 45 (đến 2021)", "70 (schoolCount > 3)". */
function parseCase(text: string, measure: Measure): TableCase | undefined {
  const m = /^\s*(≥|≤|>=|<=|=)?\s*([^()]*?)\s*(?:\((.*)\))?\s*$/.exec(text);
  if (!m) return undefined;
  const op = m[1] ? opOf(m[1]) : undefined;
  const raw = m[2]!.replace(/%$/, '').trim();
  let value: number | boolean | undefined;
  if (measure === 'flag') value = readFlag(raw);
  else value = readNumber(raw);
  if (value === undefined) return undefined;
  const out: {
    value: number | boolean;
    op?: TableRow['op'];
    years?: { from?: number; to?: number };
    when?: { fact: string; op: '>' | '>=' | '<' | '<=' | '='; value: number | boolean };
  } = { value };
  if (op) out.op = op;
  for (const part of (m[3] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    let y: RegExpExecArray | null;
    if ((y = /^(\d{4})\s*[–-]\s*(\d{4})$/.exec(part))) out.years = { from: Number(y[1]), to: Number(y[2]) };
    else if ((y = /^(?:từ|from)\s+(\d{4})$/i.exec(part))) out.years = { from: Number(y[1]) };
    else if ((y = /^(?:đến|to)\s+(\d{4})$/i.exec(part))) out.years = { to: Number(y[1]) };
    else if ((y = /^([A-Za-z][\w.]*)\s*(>=|<=|>|<|=)\s*(.+)$/.exec(part))) {
      const v = y[3]!.trim();
      const fv = v === 'true' ? true : v === 'false' ? false : readNumber(v);
      if (fv === undefined) return undefined;
      out.when = { fact: y[1]!, op: y[2] as '>' | '>=' | '<' | '<=' | '=', value: fv };
    } else return undefined;
  }
  return out;
}

/** A cell as the table's value: nothing for an empty or "?" cell, else a number, `true`, a case or cases. */
function parseCell(cell: SheetCell | undefined, measure: Measure, rowOp: TableRow['op']): { cell?: CriteriaTableCell; bad?: string } {
  if (cell === undefined || cell.value === null) return {};
  if (typeof cell.value === 'number') return { cell: measure === 'percent' && cell.percent ? percentOfFraction(cell.value) : cell.value };
  if (typeof cell.value === 'boolean') return cell.value ? { cell: true } : { bad: textOf(cell) };
  const text = cell.value.trim();
  const label = normaliseLabel(text);
  if (text === '' || text === '?' || label === 'chua ro' || label === 'unknown') return {};
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const cases: TableCase[] = [];
  for (const part of parts) {
    if (part === '?') {
      cases.push({ value: null, status: 'not-found', sources: [] });
      continue;
    }
    const c = parseCase(part, measure);
    if (!c) return { bad: text };
    cases.push(c);
  }
  if (cases.length === 1) {
    const c = cases[0]!;
    if (c.value === true && !c.op && !c.years && !c.when) return { cell: true };
    if (typeof c.value === 'number' && (c.op === undefined || c.op === rowOp) && !c.years && !c.when) return { cell: c.value };
    return { cell: c };
  }
  return { cell: cases };
}

function measureOf(unitText: string, code: string, base: CriteriaSet | undefined): Measure {
  for (const criterion of base?.criteria ?? []) for (const i of criterion.indicators) if (i.code === code) return i.measure;
  const label = unitText.trim().toLowerCase();
  for (const [measure, words] of Object.entries(MEASURE_WORDS) as [Measure, readonly string[]][]) if (words.includes(label)) return measure;
  return 'amount';
}

/**
 * Reads a criteria table back from a spreadsheet written by `writeCriteriaTable` (or kept by an
 * official in the same layout): the label/value rows above the table give its fields, the
 * header row with "Mã chỉ tiêu" its columns (target columns recognised by region abbreviation
 * or name, group name, or "Chung"), every row with a code one table row. Merged criterion cells
 * are read on every row they span; codes are kept as text; "?" or an empty cell is not filled.
 * The result is checked by `applyTable`; problems of the sheet itself are issues at their cells.
 * Pass `base` (the set the table completes) to take each known indicator's measure from it.
 * @example
 * const bytes = writeCriteriaTable(criteriaTable(commune51), { format: 'xlsx' });
 * const { table, issues } = readCriteriaTable(bytes, { format: 'xlsx', base: commune51 });
 * const { set } = applyTable(commune51, table);
 */
export function readCriteriaTable(
  data: Uint8Array | ArrayBuffer | string,
  options: { readonly format: SheetFormat; readonly base?: CriteriaSet; readonly name?: string },
): TableReading {
  const { grids, issues } = readGrids(data, { format: options.format, ...(options.name ? { name: options.name } : {}) });
  const grid = grids.find((g) => g.name === TABLE_SHEET) ?? grids[0];
  const empty = { sheet: grid?.name ?? '', rows: [], columns: {}, codeColumn: 2 };
  if (!grid) return { table: undefined, issues, places: empty };
  return readTableGrid(grid, options.base, [...issues]);
}

function readTableGrid(grid: SheetGrid, base: CriteriaSet | undefined, issues: SheetIssue[]): TableReading {
  const problem = (
    code: SheetIssue['code'],
    r: number,
    c: number | undefined,
    expectation: SheetExpectation,
    received: string,
    indicator?: string,
  ) =>
    issues.push(
      makeIssue(
        code,
        {
          cell: c === undefined ? `${grid.name}!${r + 1}:${r + 1}` : cellAddress(grid.name, r, c),
          sheet: grid.name,
          row: r + 1,
          ...(c !== undefined ? { column: columnLetters(c) } : {}),
          ...(indicator ? { indicator } : {}),
        },
        { expectation, received },
      ),
    );
  const meta: Partial<Record<MetaKey, SheetCell>> = {};
  let header = -1;
  for (let r = 0; r < grid.rows.length && header < 0; r++) {
    const row = grid.rows[r]!;
    if (row.some((cell) => FIXED_BY_LABEL.get(normaliseLabel(firstLine(textOf(cell)))) === 'code')) {
      header = r;
      break;
    }
    const key = META_BY_LABEL.get(normaliseLabel(firstLine(textOf(row[0]))));
    if (key && row[1] !== undefined) meta[key] = row[1];
  }
  if (header < 0) {
    problem('no-header', 0, undefined, 'table-header', 'none');
    return { table: undefined, issues, places: { sheet: grid.name, rows: [], columns: {}, codeColumn: 2 } };
  }
  const fixed = new Map<Fixed, number>();
  const columns: Partial<Record<ColumnId, number>> = {};
  const headerRow = grid.rows[header]!;
  const subRow = grid.rows[header + 1] ?? [];
  const width = Math.max(headerRow.length, subRow.length);
  for (let c = 0; c < width; c++) {
    const top = headerRow[c];
    const sub = subRow[c];
    const key = FIXED_BY_LABEL.get(normaliseLabel(firstLine(textOf(top))));
    // A merged "Mục tiêu" header (or none) over the column: its region or group is in the row below.
    if (key !== undefined && key !== 'target') {
      if (!fixed.has(key)) fixed.set(key, c);
      continue;
    }
    const column = columnOfHeader(textOf(sub)) ?? columnOfHeader(textOf(top));
    if (column !== undefined && columns[column] === undefined) columns[column] = c;
  }
  const codeColumn = fixed.get('code')!;
  const firstData =
    Object.keys(columns).length > 0 && columnOfHeader(textOf(subRow[columns[Object.keys(columns)[0] as ColumnId]!])) !== undefined
      ? header + 2
      : header + 1;
  const rows: TableRow[] = [];
  const places: number[] = [];
  const at = (row: readonly (SheetCell | undefined)[], key: Fixed) => (fixed.has(key) ? row[fixed.get(key)!] : undefined);
  for (let r = firstData; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    const codeCell = row[codeColumn];
    const code =
      codeCell === undefined
        ? ''
        : typeof codeCell.value === 'number'
          ? (codeCell.text || String(codeCell.value)).trim()
          : textOf(codeCell);
    if (code === '') {
      if (row.some((cell) => textOf(cell) !== '')) continue; // a heading or note row of the official's sheet
      continue;
    }
    const sttText = textOf(at(row, 'stt'));
    const criterion = Number(readNumber(sttText) ?? NaN);
    if (!Number.isInteger(criterion) || criterion <= 0) {
      problem('unknown-criterion', r, fixed.get('stt'), 'criterion-number', sttText, code);
      continue;
    }
    const unit = textOf(at(row, 'unit'));
    const measure = measureOf(unit, code, base);
    const opText = textOf(at(row, 'op'));
    const op = opOf(opText) ?? (measure === 'flag' ? '=' : undefined);
    if (!op) {
      problem('unreadable-op', r, fixed.get('op'), 'comparison', opText, code);
      continue;
    }
    const cells: Partial<Record<ColumnId, CriteriaTableCell>> = {};
    for (const [column, c] of Object.entries(columns) as [ColumnId, number][]) {
      const parsed = parseCell(row[c], measure, op);
      if (parsed.bad !== undefined) problem(measure === 'flag' ? 'unreadable-flag' : 'unreadable-number', r, c, 'target', parsed.bad, code);
      else if (parsed.cell !== undefined) cells[column] = parsed.cell;
    }
    const criterionName = textOf(at(row, 'criterion'));
    const en = textOf(at(row, 'textEn'));
    const source = textOf(at(row, 'source'));
    const note = textOf(at(row, 'note'));
    const unitIsMeasureWord = Object.values(MEASURE_WORDS).some((words) => words.includes(unit.toLowerCase()));
    rows.push({
      criterion,
      ...(criterionName !== '' ? { criterionName: { vi: criterionName } } : {}),
      code,
      text: { vi: textOf(at(row, 'text')) || code, ...(en !== '' ? { en } : {}) },
      measure,
      ...(unit !== '' && !unitIsMeasureWord && (measure === 'amount' || measure === 'count') ? { unit: { vi: unit } } : {}),
      op,
      cells,
      ...(source !== '' ? { source } : {}),
      ...(note !== '' ? { note: { vi: note } } : {}),
    });
    places.push(r);
  }
  const text = (key: MetaKey) => (meta[key] ? textOf(meta[key]) : '');
  const opt = (key: MetaKey) => (text(key) !== '' ? text(key) : undefined);
  const complete = readFlag(text('complete'));
  const table = {
    format: opt('format') ?? CRITERIA_TABLE_FORMAT,
    id: text('id'),
    ...(opt('base') ? { base: opt('base') } : {}),
    ...(opt('province') ? { province: opt('province') } : {}),
    ...(opt('level') ? { level: opt('level') } : {}),
    ...(opt('title') ? { title: { vi: opt('title')! } } : {}),
    ...(opt('version') ? { version: opt('version') } : {}),
    ...(opt('from') || opt('to') ? { period: { from: opt('from') ?? null, to: opt('to') ?? null } } : {}),
    ...(opt('columns') ? { columns: opt('columns') } : {}),
    document: {
      number: text('number'),
      signed: opt('signed') ?? null,
      issuer: text('issuer'),
      ...(opt('documentTitle') ? { title: { vi: opt('documentTitle')! } } : {}),
      ...(opt('inForce') ? { inForce: opt('inForce') } : {}),
      ...(opt('annex') ? { annex: opt('annex') } : {}),
    },
    complete: complete === true,
    rows,
  } as unknown as CriteriaTable;
  return { table, issues, places: { sheet: grid.name, rows: places, columns, codeColumn } };
}

/**
 * The cell of an `applyTable` issue on a table read from a spreadsheet: the row's cell in the
 * issue's column, or its code cell, or the sheet (for a problem of the table's own fields).
 * @example
 * const reading = readCriteriaTable(writeCriteriaTable(criteriaTable(commune51), { format: 'xlsx' }), { format: 'xlsx', base: commune51 });
 * const { set, issues } = applyTable(commune51, reading.table);
 * issues.map((i) => `${tableIssueCell(reading, i)}: ${formatMessage(i, 'vi')}`);
 */
export function tableIssueCell(reading: TableReading, issue: Pick<TableIssue, 'path' | 'column'>): string {
  const { sheet, rows, columns, codeColumn } = reading.places;
  const index = issue.path[0] === 'rows' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
  if (index === undefined || rows[index] === undefined) return sheet;
  const column = issue.column ?? (issue.path[2] === 'cells' && typeof issue.path[3] === 'string' ? (issue.path[3] as ColumnId) : undefined);
  const c = column !== undefined ? columns[column] : undefined;
  return cellAddress(sheet, rows[index]!, c ?? codeColumn);
}
