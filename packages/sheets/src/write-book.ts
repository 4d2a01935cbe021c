import * as XLSX from '@e965/xlsx';
import type { SheetFormat } from './grid.js';

/**
 * A sheet to write: rows of values (strings stay text, so a code "17.10" is never a number),
 * merged ranges (0-based, inclusive), column widths in characters, and percent-formatted cells.
 * @example
 * const sheet: SheetSpec = { name: 'Xã', rows: [['STT', 'Tên xã']], merges: [], widths: [6, 24] };
 */
export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | boolean | null | undefined)[])[];
  readonly merges?: readonly { readonly s: { r: number; c: number }; readonly e: { r: number; c: number } }[];
  readonly widths?: readonly number[];
  /** Cells (0-based `[row, column]`) to show as percent: their value is a fraction (0.975 shown 97.5%). */
  readonly percentCells?: readonly (readonly [number, number])[];
}

/**
 * Writes sheets as an XLSX workbook (bytes) or, for CSV, the first sheet as UTF-8 text with
 * a byte-order mark (so Excel opens Vietnamese text correctly).
 * @example
 * const bytes = writeBook([{ name: 'Xã', rows: [['Tên xã'], ['Hồ Sơn']] }], 'xlsx');
 */
export function writeBook(sheets: readonly SheetSpec[], format: SheetFormat): Uint8Array {
  if (format === 'csv') {
    const ws = XLSX.utils.aoa_to_sheet(sheets[0]!.rows as unknown[][], { dense: true });
    const csv = XLSX.utils.sheet_to_csv(ws, { blankrows: true });
    return new TextEncoder().encode(`\uFEFF${csv}\n`);
  }
  const wb = XLSX.utils.book_new();
  for (const spec of sheets) {
    // Dense sheets: a report of 10,000 communes has millions of cells.
    const ws = XLSX.utils.aoa_to_sheet(spec.rows as unknown[][], { dense: true });
    if (spec.merges && spec.merges.length > 0) ws['!merges'] = spec.merges.map((m) => ({ s: { ...m.s }, e: { ...m.e } }));
    if (spec.widths) ws['!cols'] = spec.widths.map((wch) => ({ wch }));
    for (const [r, c] of spec.percentCells ?? []) {
      const cell = (ws['!data'] as (XLSX.CellObject | undefined)[][] | undefined)?.[r]?.[c];
      if (cell && cell.t === 'n') cell.z = '0.0%';
    }
    XLSX.utils.book_append_sheet(wb, ws, safeSheetName(spec.name));
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ]. */
function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31);
}
