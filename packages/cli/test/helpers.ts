import * as XLSX from '@e965/xlsx';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built binary the end-to-end tests run. */
const BINARY = fileURLToPath(new URL('../dist/ntm.js', import.meta.url));

/** Runs `node dist/ntm.js …` in a folder, piped (not a terminal), and returns what it did. */
export function ntm(args: readonly string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BINARY, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh temporary folder for one test. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'ntm-e2e-'));
}

/** A workbook built cell by cell (typed cells, number formats, merged ranges), as bytes. */
export function workbook(sheets: Record<string, { cells: Record<string, XLSX.CellObject>; ref: string; merges?: string[] }>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, s] of Object.entries(sheets)) {
    const ws: XLSX.WorkSheet = { ...s.cells, '!ref': s.ref };
    if (s.merges) ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

export const s = (v: string): XLSX.CellObject => ({ t: 's', v });
export const n = (v: number, z?: string): XLSX.CellObject => ({ t: 'n', v, ...(z ? { z } : {}) });

/** A sheet of a written workbook as rows of raw values. */
export function sheetRows(path: string, sheet: string): unknown[][] {
  const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet} in ${path}: ${wb.SheetNames.join(', ')}`);
  return XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
}

/** The sheet names of a written workbook. */
export function sheetNames(path: string): string[] {
  return XLSX.read(readFileSync(path), { type: 'buffer' }).SheetNames;
}
