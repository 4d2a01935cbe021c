import * as XLSX from '@e965/xlsx';
// csv-parse's Node build in Node, its browser build (with a Buffer polyfill, several times
// slower on a large file) only in a browser: see "imports" in package.json.
import { parse as parseCsv } from '#csv-parse';
import type { SheetIssue } from './issue.js';
import { makeIssue } from './make-issue.js';
import { type CellRange, readXlsx } from './xlsx-reader.js';

/**
 * One cell as read from a sheet: its raw value (never converted from text: a code typed
 * "17.10" stays the string "17.10"), the text Excel shows, and whether its number format is a
 * percent (so 0.975 shown as 97,5% reads as 97.5).
 * @example
 * const cell: SheetCell = { value: 0.975, text: '97.5%', percent: true };
 */
export interface SheetCell {
  readonly value: string | number | boolean | null;
  /** The formatted text (Excel's `w`), or the raw text of a CSV cell. */
  readonly text: string;
  readonly percent: boolean;
  /** A formula error such as `#DIV/0!`. */
  readonly error?: string;
}

/**
 * One sheet as rows of cells (0-based here; addresses are 1-based), merged ranges filled with
 * their top-left cell so a merged header or criterion name is read on every row it spans.
 * @example
 * const grid: SheetGrid = readGrids(unitsCsv, { format: 'csv' }).grids[0]!;
 * cellAt(grid, 1, 1)?.value; // 'Hồ Sơn' (row 2, column B)
 */
export interface SheetGrid {
  readonly name: string;
  readonly rows: readonly (readonly (SheetCell | undefined)[])[];
}

/**
 * A file format the package reads and writes.
 * @example
 * const format: SheetFormat = formatOfFileName('xa.csv') ?? 'xlsx'; // 'csv'
 */
export type SheetFormat = 'xlsx' | 'csv';

/**
 * The format a file name says (`.xlsx`, `.xlsm`, `.xls`, `.ods` are read by SheetJS as workbooks;
 * `.csv`, `.txt`, `.tsv` as text), or `undefined`.
 * @example
 * formatOfFileName('Bao-cao.XLSX'); // 'xlsx'
 */
export function formatOfFileName(name: string): SheetFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === undefined) return undefined;
  if (['xlsx', 'xlsm', 'xls', 'ods', 'xlsb'].includes(ext)) return 'xlsx';
  if (['csv', 'txt', 'tsv'].includes(ext)) return 'csv';
  return undefined;
}

/**
 * `Sheet!A1`: the address of a cell (0-based row and column) as officials see it.
 * @example
 * cellAddress('Xã', 6, 3); // 'Xã!D7'
 */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${sheet}!${XLSX.utils.encode_col(column)}${row + 1}`;
}

/**
 * The letters of a 0-based column.
 * @example
 * columnLetters(27); // 'AB'
 */
export function columnLetters(column: number): string {
  return XLSX.utils.encode_col(column);
}

/**
 * The cell at a 0-based row and column, if any.
 * @example
 * const grid = readGrids(unitsCsv, { format: 'csv' }).grids[0]!;
 * cellAt(grid, 0, 0)?.text; // 'STT'
 */
export function cellAt(grid: SheetGrid, row: number, column: number): SheetCell | undefined {
  return grid.rows[row]?.[column];
}

/**
 * The text of a cell, trimmed ('' for an empty cell): a string as typed, a number as Excel shows it.
 * @example
 * textOf({ value: '17.10', text: '17.10', percent: false }); // '17.10'
 */
export function textOf(cell: SheetCell | undefined): string {
  if (cell === undefined || cell.value === null) return '';
  if (typeof cell.value === 'string') return cell.value.trim();
  return (cell.text || String(cell.value)).trim();
}

/**
 * Reads a workbook (XLSX and the formats SheetJS knows) or a CSV file into grids. Works in
 * Node and the browser: pass the file's bytes (CSV also as a string). A CSV's delimiter
 * (`,`, `;` or tab, as Vietnamese Excel exports `;`) is detected from its first line. Every
 * problem is an issue; a file that cannot be read gives no grids and one issue.
 * @example
 * const { grids, issues } = readGrids(new Uint8Array(await file.arrayBuffer()), { format: formatOfFileName(file.name) ?? 'xlsx' });
 */
export function readGrids(
  data: Uint8Array | ArrayBuffer | string,
  options: { readonly format: SheetFormat; readonly name?: string },
): { grids: SheetGrid[]; issues: SheetIssue[] } {
  const label = options.name ?? (options.format === 'csv' ? 'CSV' : 'XLSX');
  try {
    return options.format === 'csv' ? readCsv(data, label) : readWorkbook(data);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      grids: [],
      issues: [
        makeIssue(
          'unreadable-file',
          { cell: label, sheet: label },
          { expectation: options.format === 'csv' ? 'csv-file' : 'xlsx-file', received: detail, detail },
        ),
      ],
    };
  }
}

function readCsv(data: Uint8Array | ArrayBuffer | string, name: string): { grids: SheetGrid[]; issues: SheetIssue[] } {
  const issues: SheetIssue[] = [];
  let text: string;
  if (typeof data === 'string') text = data;
  else {
    text = new TextDecoder('utf-8').decode(data);
    if (text.includes('\uFFFD')) {
      issues.push(makeIssue('not-utf8', { cell: name, sheet: name }, { expectation: 'utf8', received: 'bytes that are not UTF-8' }));
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records = parseCsv(text, {
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  const rows = records.map((record) =>
    record.map((raw): SheetCell | undefined =>
      raw.trim() === '' ? undefined : { value: raw.normalize('NFC'), text: raw, percent: false },
    ),
  );
  return { grids: [{ name, rows }], issues };
}

/** The delimiter used most on the first line, outside quotes. */
function detectDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

function readWorkbook(data: Uint8Array | ArrayBuffer | string): { grids: SheetGrid[]; issues: SheetIssue[] } {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data instanceof Uint8Array ? data : new Uint8Array(data);
  // The lean reader first (the same grids, several times faster); SheetJS for what it does not know.
  const sheets = readXlsx(bytes);
  if (sheets !== undefined) return { grids: sheets.map((s) => withMerges(s.name, s.rows, s.merges)), issues: [] };
  return { grids: sheetJsGrids(bytes), issues: [] };
}

/**
 * A workbook's grids as SheetJS reads it: the fallback of the lean reader, and the reference it
 * is tested against. @internal
 * @example
 * const bytes = writeInputForm(commune318, { format: 'xlsx', column: 'red-river-delta' });
 * sheetJsGrids(bytes)[0]?.name; // 'Xã'
 */
export function sheetJsGrids(bytes: Uint8Array): SheetGrid[] {
  // raw values only: no date conversion, no text turned into numbers.
  const wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: true, cellDates: false, raw: true });
  return wb.SheetNames.map((name) => gridOf(name, wb.Sheets[name]!));
}

function gridOf(name: string, sheet: XLSX.WorkSheet): SheetGrid {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: (SheetCell | undefined)[][] = [];
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    const row: (SheetCell | undefined)[] = [];
    if (src) for (let c = 0; c < src.length; c++) row[c] = cellOf(src[c]);
    rows[r] = row;
  }
  return withMerges(name, rows, sheet['!merges'] ?? []);
}

/** The grid with each merged range filled with its top-left cell, and no row left out. */
function withMerges(name: string, rows: (SheetCell | undefined)[][], merges: readonly CellRange[]): SheetGrid {
  for (const merge of merges) {
    const top = rows[merge.s.r]?.[merge.s.c];
    if (top === undefined) continue;
    for (let r = merge.s.r; r <= merge.e.r; r++) {
      const row = (rows[r] ??= []);
      for (let c = merge.s.c; c <= merge.e.c; c++) if (row[c] === undefined) row[c] = top;
    }
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name, rows };
}

function cellOf(cell: XLSX.CellObject | undefined): SheetCell | undefined {
  if (cell === undefined || cell.t === 'z') return undefined;
  const text = cell.w ?? '';
  switch (cell.t) {
    case 'e':
      return { value: null, text: text || String(cell.v ?? '#ERROR'), percent: false, error: text || '#ERROR' };
    case 'n': {
      const format = typeof cell.z === 'string' ? cell.z : '';
      return { value: cell.v as number, text, percent: /%/.test(format.replace(/"[^"]*"/g, '')) };
    }
    case 'b':
      return { value: cell.v as boolean, text, percent: false };
    case 'd':
      return { value: text || String(cell.v), text, percent: false };
    default: {
      const value = String(cell.v ?? '').normalize('NFC');
      return value.trim() === '' ? undefined : { value, text: text || value, percent: false };
    }
  }
}
