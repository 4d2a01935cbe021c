import * as XLSX from '@e965/xlsx';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ntm, scratch } from './helpers.js';

/** Fills a written criteria table: its fields by label, cells by code and column header. */
function fillTable(path: string, out: string, edits: { label?: string; code?: string; column?: string; value: XLSX.CellObject }[]): void {
  const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
  const header = rows.findIndex((r) => String(r[2] ?? '').startsWith('Mã chỉ tiêu'));
  for (const edit of edits) {
    if (edit.label) {
      ws[XLSX.utils.encode_cell({ r: rows.findIndex((row) => String(row[0] ?? '').startsWith(edit.label!)), c: 1 })] = edit.value;
      continue;
    }
    const r = rows.findIndex((row, i) => i > header && row[2] === edit.code);
    const c = rows[header + 1]!.findIndex((h) => String(h ?? '').split('\n')[0] === edit.column);
    ws[XLSX.utils.encode_cell({ r, c })] = edit.value;
  }
  writeFileSync(out, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

// TEST-ONLY values throughout: not the law of any province.
const PROVINCE = [
  { label: 'Mã bảng', value: { t: 's', v: 'test-tuyen-quang-commune-2026' } as XLSX.CellObject },
  { label: 'Tỉnh', value: { t: 's', v: 'tuyen-quang' } as XLSX.CellObject },
  { label: 'Số văn bản', value: { t: 's', v: 'TEST-ONLY/2026/QĐ-UBND' } as XLSX.CellObject },
  { label: 'Ngày ký', value: { t: 's', v: '2026-03-02' } as XLSX.CellObject },
];

describe('ntm table and --table', () => {
  it('writes a set table, a province fills it, and evaluate applies it before evaluating', () => {
    const dir = scratch();
    const t = ntm(['table', 'commune-2026-2030', '-o', 'bang.xlsx'], dir);
    expect(t.status, t.stderr).toBe(0);
    fillTable(join(dir, 'bang.xlsx'), join(dir, 'bang-tinh.xlsx'), [
      ...PROVINCE,
      { code: '6.x1', column: 'Nhóm 2', value: { t: 's', v: '2,5' } },
    ]);
    writeFileSync(join(dir, 'xa.csv'), 'Tên xã,Nhóm xã,Năm,6.x1\nXã A (thử),2,2026,"2,0"\nXã B (thử),2,2026,3\n');
    const e = ntm(['evaluate', 'xa.csv', '--set', 'commune-2026-2030', '--table', 'bang-tinh.xlsx', '--json'], dir);
    expect(e.status, e.stderr).toBe(0);
    const json = JSON.parse(e.stdout);
    expect(json.set.id).toBe('test-tuyen-quang-commune-2026');
    const poverty = (u: { criteria: { indicators: { code: string; status: string; target: number; targetStatus: string }[] }[] }) =>
      u.criteria.flatMap((c) => c.indicators).find((i) => i.code === '6.x1')!;
    expect(poverty(json.units[0])).toMatchObject({ status: 'met', target: 2.5, targetStatus: 'provincial' });
    expect(poverty(json.units[1])).toMatchObject({ status: 'not-met' });
    // The table also shapes the template: its target shows in the form's header.
    const form = ntm(['template', 'commune-2026-2030', '--group', '2', '--table', 'bang-tinh.xlsx', '-o', 'mau.xlsx'], dir);
    expect(form.status, form.stderr).toBe(0);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(readFileSync(join(dir, 'mau.xlsx'))).Sheets['Xã']!, {
      header: 1,
      defval: null,
    });
    expect(rows.flat()).toContain('≤ 2,5%');
  });

  it('refuses a table looser than a verified national target: exit 1, the cell named, nothing evaluated', () => {
    const dir = scratch();
    expect(ntm(['table', 'commune-2021-2025+211', '-o', 'bang.xlsx'], dir).status).toBe(0);
    fillTable(join(dir, 'bang.xlsx'), join(dir, 'looser.xlsx'), [
      ...PROVINCE.slice(0, 1),
      { label: 'Tỉnh', value: { t: 's', v: 'vinh-phuc' } },
      { label: 'Số văn bản', value: { t: 's', v: 'TEST-ONLY/2024' } },
      { code: '3.1', column: 'ĐBSH', value: { t: 'n', v: 70 } },
    ]);
    writeFileSync(join(dir, 'xa.csv'), 'Tên xã,3.1\nA,75\n');
    const e = ntm(['evaluate', 'xa.csv', '--set', 'commune-2021-2025+211', '--table', 'looser.xlsx', '-o', 'r.json'], dir);
    expect(e.status).toBe(1);
    expect(e.stderr).toContain('Không áp dụng được bảng tiêu chí "looser.xlsx"');
    expect(e.stderr).toMatch(/looser\.xlsx: Bảng tiêu chí![A-Z]+\d+: /);
    expect(() => readFileSync(join(dir, 'r.json'))).toThrow();
  });

  it('writes and reads the JSON table format too', () => {
    const dir = scratch();
    expect(ntm(['table', 'commune-2026-2030', '-o', 'bang.json'], dir).status).toBe(0);
    const table = JSON.parse(readFileSync(join(dir, 'bang.json'), 'utf8'));
    expect(table.format).toBe('ntm-criteria-table/1');
    table.id = 'test-json-table';
    table.province = 'tuyen-quang';
    table.document = { number: 'TEST-ONLY/2026', signed: null, issuer: 'UBND tỉnh (thử)' };
    writeFileSync(join(dir, 'tinh.json'), JSON.stringify(table));
    const e = ntm(['evaluate', 'x.csv', '--set', 'commune-2026-2030', '--table', 'tinh.json', '--json'], dir);
    expect(e.status).toBe(2); // x.csv does not exist: a usage error after the table applied
    writeFileSync(join(dir, 'x.csv'), 'Tên xã,6.x1\nA,1\n');
    const ok = ntm(['evaluate', 'x.csv', '--set', 'commune-2026-2030', '--table', 'tinh.json', '--group', '1', '--json'], dir);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).set.id).toBe('test-json-table');
  });
});
