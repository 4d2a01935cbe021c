import * as XLSX from '@e965/xlsx';
import { applyTable, commune318Amended211, commune51, criteriaTable, evaluate, type CriteriaSet, type TableCase } from '@ntm/criteria';
import { describe, expect, it } from 'vitest';
import { readCriteriaTable, tableIssueCell, writeCriteriaTable } from '../src/table-sheet.js';

/** The values a spreadsheet keeps of a table: known targets, by row and column. */
function knownValues(table: ReturnType<typeof criteriaTable>) {
  return table.rows.map((row) => ({
    criterion: row.criterion,
    code: row.code,
    text: row.text.vi,
    measure: row.measure,
    op: row.op,
    cells: Object.fromEntries(
      Object.entries(row.cells)
        .map(([column, cell]) => {
          const cases: readonly TableCase[] =
            typeof cell === 'number'
              ? [{ value: cell }]
              : cell === true
                ? [{ value: true }]
                : Array.isArray(cell)
                  ? cell
                  : [cell as TableCase];
          const known = cases.map((c) => ({ value: c.value, op: c.op ?? row.op, years: c.years, when: c.when }));
          return [column, known.length === 1 && known[0]!.value === null ? null : known] as const;
        })
        .filter(([, v]) => v !== null),
    ),
  }));
}

/** Sets a cell of a written workbook, found by its row's code and its column header. */
function fill(bytes: Uint8Array, edits: { code?: string; column?: string; label?: string; value: XLSX.CellObject }[]): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array' });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
  const header = rows.findIndex((r) => String(r[2] ?? '').startsWith('Mã chỉ tiêu'));
  for (const edit of edits) {
    if (edit.label) {
      const r = rows.findIndex((row) => String(row[0] ?? '').startsWith(edit.label!));
      ws[XLSX.utils.encode_cell({ r, c: 1 })] = edit.value;
      continue;
    }
    const r = rows.findIndex((row, i) => i > header && row[2] === edit.code);
    const c = rows[header + 1]!.findIndex((h) => String(h ?? '').split('\n')[0] === edit.column);
    ws[XLSX.utils.encode_cell({ r, c })] = edit.value;
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('criteria tables as spreadsheets', () => {
  for (const set of [commune318Amended211, commune51] as CriteriaSet[]) {
    for (const format of ['xlsx', 'csv'] as const) {
      it(`keeps every row, code, text, comparison and known value of ${set.id} (${format})`, () => {
        const table = criteriaTable(set);
        const bytes = writeCriteriaTable(table, { format });
        const { table: back, issues } = readCriteriaTable(bytes, { format, base: set });
        expect(issues).toEqual([]);
        expect(knownValues(back!)).toEqual(knownValues(table));
        expect(back!.id).toBe(table.id);
        expect(back!.document).toMatchObject({ number: table.document.number, issuer: table.document.issuer });
        expect(back!.complete).toBe(table.complete);
      });
    }
  }

  it('writes the decree layout with merged headers, criterion cells merged over their indicators, codes as text', () => {
    const bytes = writeCriteriaTable(criteriaTable(commune318Amended211), { format: 'xlsx' });
    const ws = XLSX.read(bytes, { type: 'array' }).Sheets['Bảng tiêu chí']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
    const header = rows.findIndex((r) => String(r[2] ?? '').startsWith('Mã chỉ tiêu'));
    expect(rows[header]!.slice(0, 7).map((h) => String(h).split('\n')[0])).toEqual([
      'STT',
      'Tiêu chí',
      'Mã chỉ tiêu',
      'Nội dung',
      'Nội dung (tiếng Anh)',
      'Đơn vị',
      'So sánh',
    ]);
    expect(rows[header + 1]!.map((h) => String(h ?? '').split('\n')[0])).toContain('ĐBSH');
    const merges = ws['!merges']!.map((m) => XLSX.utils.encode_range(m));
    expect(merges.length).toBeGreaterThan(20);
    const code1710 = rows.findIndex((r) => r[2] === '17.10');
    expect(ws[XLSX.utils.encode_cell({ r: code1710, c: 2 })]!.t).toBe('s');
  });

  it('a province fills unknown cells in the sheet and applyTable derives its set (TEST-ONLY values)', () => {
    const template = writeCriteriaTable(criteriaTable(commune51), { format: 'xlsx' });
    const filled = fill(template, [
      { label: 'Mã bảng', value: { t: 's', v: 'test-province-commune-2026' } },
      { label: 'Tỉnh', value: { t: 's', v: 'tuyen-quang' } },
      { label: 'Số văn bản', value: { t: 's', v: 'TEST-ONLY/2026/QĐ-UBND' } },
      { label: 'Ngày ký', value: { t: 's', v: '2026-03-02' } },
      { label: 'Cơ quan ban hành', value: { t: 's', v: 'UBND tỉnh (dữ liệu thử)' } },
      { code: '6.x1', column: 'Nhóm 2', value: { t: 's', v: '2,5' } },
      { code: '8.x1', column: 'Nhóm 2', value: { t: 'n', v: 0.9, z: '0%' } },
    ]);
    const reading = readCriteriaTable(filled, { format: 'xlsx', base: commune51 });
    expect(reading.issues).toEqual([]);
    const { set, issues } = applyTable(commune51, reading.table);
    expect(issues).toEqual([]);
    const result = evaluate(set!, { group: 'group-2', year: 2026, values: { '6.x1': 2, '8.x1': 85 } });
    const byCode = Object.fromEntries(result.criteria.flatMap((c) => c.indicators).map((i) => [i.code, i]));
    expect(byCode['6.x1']).toMatchObject({ status: 'met', target: 2.5, targetStatus: 'provincial' });
    expect(byCode['8.x1']).toMatchObject({ status: 'not-met', target: 90 });
  });

  it('reports an unreadable cell at its address, and places applyTable refusals at their cells', () => {
    const template = writeCriteriaTable(criteriaTable(commune51), { format: 'xlsx' });
    const bad = fill(template, [{ code: '6.x1', column: 'Nhóm 1', value: { t: 's', v: 'khoảng 3' } }]);
    const reading = readCriteriaTable(bad, { format: 'xlsx', base: commune51 });
    expect(reading.issues).toHaveLength(1);
    expect(reading.issues[0]).toMatchObject({ code: 'unreadable-number', indicator: '6.x1' });
    expect(reading.issues[0]!.cell).toMatch(/^Bảng tiêu chí![A-Z]+\d+$/);
    // A looser value than a verified national target is refused, and the refusal is placed at its cell.
    const national = writeCriteriaTable(criteriaTable(commune318Amended211), { format: 'xlsx' });
    const looser = fill(national, [
      { label: 'Mã bảng', value: { t: 's', v: 'test-looser-table' } },
      { label: 'Tỉnh', value: { t: 's', v: 'vinh-phuc' } },
      { label: 'Số văn bản', value: { t: 's', v: 'TEST-ONLY/2024/QĐ-UBND' } },
      { code: '3.1', column: 'ĐBSH', value: { t: 'n', v: 70 } },
    ]);
    const looserReading = readCriteriaTable(looser, { format: 'xlsx', base: commune318Amended211 });
    expect(looserReading.issues).toEqual([]);
    const { set, issues } = applyTable(commune318Amended211, looserReading.table);
    expect(set).toBeUndefined();
    const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(looser, { type: 'array' }).Sheets['Bảng tiêu chí']!, {
      header: 1,
      raw: true,
      defval: null,
    });
    const header = rows.findIndex((r) => String(r[2] ?? '').startsWith('Mã chỉ tiêu'));
    const r = rows.findIndex((row, i) => i > header && row[2] === '3.1');
    const c = rows[header + 1]!.findIndex((h) => String(h ?? '').startsWith('ĐBSH'));
    expect(issues.map((i) => tableIssueCell(looserReading, i))).toContain(`Bảng tiêu chí!${XLSX.utils.encode_cell({ r, c })}`);
  });
});
