import * as XLSX from '@e965/xlsx';
import { commune318, commune51, safeEvaluate } from '@ntm/criteria';
import { describe, expect, it } from 'vitest';
import { readUnits } from '../src/read-units.js';
import { writeInputForm } from '../src/write-form.js';

/** A workbook made cell by cell, as an official's file may be (typed cells, formats, merges). */
function book(sheets: Record<string, { cells: Record<string, XLSX.CellObject>; ref: string; merges?: string[] }>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, s] of Object.entries(sheets)) {
    const ws: XLSX.WorkSheet = { ...s.cells, '!ref': s.ref };
    if (s.merges) ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
const s = (v: string): XLSX.CellObject => ({ t: 's', v });
const n = (v: number, z?: string): XLSX.CellObject => ({ t: 'n', v, ...(z ? { z } : {}) });

describe('readUnits, wide layout', () => {
  it('reads merged headers, Vietnamese formats, percent cells, ratios and blanks', () => {
    const data = book({
      Xã: {
        ref: 'A1:G5',
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'],
        cells: {
          A1: s('Tên xã'),
          B1: s('Tỉnh'),
          C1: s('Năm'),
          D1: s('17. Môi trường'),
          F1: s('Thu nhập'),
          D2: s('17.1'),
          E2: s('17.10'),
          F2: s('10'),
          G2: s('1.1'),
          A3: s('Hồ Sơn'),
          B3: s('Vĩnh Phúc'),
          C3: n(2024),
          D3: n(0.975, '0.0%'),
          E3: s('1.940/2.000'),
          F3: s('45,5'),
          G3: s('Đạt'),
          A4: s('Đạo Trù'),
          B4: s('vinh-phuc'),
          C4: n(2024),
          D4: s('97,5%'),
          F4: s('abc'),
          G4: s('Chưa đạt'),
          A5: s('Tam Quan'),
          B5: s('Vĩnh Phúcc'),
          G5: s('Đạ'),
        },
      },
    });
    const { units, issues, layouts } = readUnits(data, commune318, { format: 'xlsx' });
    expect(layouts).toEqual({ Xã: 'wide' });
    expect(units.map((u) => u.id)).toEqual(['Hồ Sơn', 'Đạo Trù', 'Tam Quan']);
    expect(units[0]!.input).toMatchObject({
      province: 'vinh-phuc',
      year: 2024,
      values: { '17.1': 97.5, '17.10': { numerator: 1940, denominator: 2000 }, '10': 45.5, '1.1': true },
    });
    expect(units[0]!.cells['values.17.10']).toBe('Xã!E3');
    expect(units[1]!.input.values).toEqual({ '17.1': 97.5, '1.1': false });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['unreadable-number', 'Xã!F4'],
      ['unreadable-province', 'Xã!B5'],
      ['unreadable-flag', 'Xã!G5'],
    ]);
    expect(issues[0]).toMatchObject({ unit: 'Đạo Trù', indicator: '10', received: 'abc' });
    expect(issues[0]!.message.vi).toContain('Chỉ tiêu 10');
  });

  it('keeps codes typed as text; a code stored as a number shared by 17.1 and 17.10 is an issue, not a guess', () => {
    const data = book({
      Xã: { ref: 'A1:C2', cells: { A1: s('Tên xã'), B1: n(17.1), C1: s('10'), A2: s('Hồ Sơn'), B2: n(98), C2: n(50) } },
    });
    const { units, issues } = readUnits(data, commune318, { format: 'xlsx' });
    expect(units[0]!.input.values).toEqual({ '10': 50 });
    expect(issues).toMatchObject([{ code: 'ambiguous-code', cell: 'Xã!B1' }]);
  });

  it('reads a CSV with ";" separators, a BOM, quoted text and two ratio columns; no row is dropped silently', () => {
    const csv =
      '\uFEFFMã xã;Tên xã;Nhóm xã;17.1 (tử số);17.1 (mẫu số);1.1\n' +
      'X01;"Hồ Sơn";1;1.940;2.000;Đạt\n' +
      ';;;;;\n' +
      ';;2;5;;Đạt\n' +
      'X01;Trùng;3;;;Chưa đạt\n';
    const { units, issues } = readUnits(csv, commune318, { format: 'csv', name: 'xa' });
    expect(units.map((u) => u.id)).toEqual(['X01', 'xa!4', 'X01 (xa!5)']);
    expect(units[0]!.input.values['17.1']).toEqual({ numerator: 1940, denominator: 2000 });
    expect(units[1]!.input.group).toBe('group-2');
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['missing-unit-id', 'xa!4:4'],
      ['orphan-denominator', 'xa!D4'],
      ['duplicate-unit-id', 'xa!5:5'],
    ]);
  });

  it('reads back its own wide form, filled in', () => {
    const form = writeInputForm(commune318, { format: 'xlsx', column: 'red-river-delta' });
    const wb = XLSX.read(form, { type: 'array' });
    const ws = wb.Sheets['Xã']!;
    const range = XLSX.utils.decode_range(ws['!ref']!);
    const dataRow = range.e.r + 1;
    const codeCol = (code: string) => {
      for (let c = 0; c <= range.e.c; c++) if (ws[XLSX.utils.encode_cell({ r: 2, c })]?.v === code) return c;
      throw new Error(code);
    };
    XLSX.utils.sheet_add_aoa(ws, [['1', 'X01', 'Hồ Sơn', 'Vĩnh Phúc', 2024, 'ĐBSH']], { origin: { r: dataRow, c: 0 } });
    ws[XLSX.utils.encode_cell({ r: dataRow, c: codeCol('17.10') })] = s('95,5');
    ws[XLSX.utils.encode_cell({ r: dataRow, c: codeCol('1.1') })] = s('Đạt');
    ws['!ref'] = XLSX.utils.encode_range({ s: range.s, e: { r: dataRow, c: range.e.c } });
    const filled = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const { units, issues } = readUnits(filled, commune318, { format: 'xlsx' });
    expect(issues).toEqual([]);
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({
      id: 'X01',
      name: 'Hồ Sơn',
      row: dataRow + 1,
      input: { province: 'vinh-phuc', region: 'red-river-delta', year: 2024, values: { '17.10': 95.5, '1.1': true } },
    });
    expect(safeEvaluate(commune318, units[0]!.input).issues).toEqual([]);
  });
});

describe('readUnits, total rows', () => {
  it('does not take a "Tổng cộng" row for a commune, and says so', () => {
    const { units, issues } = readUnits('Tên xã,10\nHồ Sơn,40\nTổng cộng,40\n', commune318, { format: 'csv' });
    expect(units.map((u) => u.id)).toEqual(['Hồ Sơn']);
    expect(issues).toMatchObject([{ code: 'total-row', cell: 'CSV!3:3', received: 'Tổng cộng' }]);
  });
});

describe('readUnits, long layout', () => {
  it('reads its own long form, filled in for one commune, with merged criterion cells', () => {
    const form = writeInputForm(commune51, { format: 'xlsx', column: 'group-2', layout: 'long' });
    const wb = XLSX.read(form, { type: 'array' });
    const ws = wb.Sheets['Xã']!;
    ws['B2'] = s('Hồ Sơn');
    ws['B4'] = s('Tuyên Quang');
    ws['B5'] = n(2026);
    const range = XLSX.utils.decode_range(ws['!ref']!);
    let header = -1;
    for (let r = 0; r <= range.e.r; r++) if (String(ws[XLSX.utils.encode_cell({ r, c: 2 })]?.v ?? '').startsWith('Mã chỉ tiêu')) header = r;
    const first = ws[XLSX.utils.encode_cell({ r: header + 1, c: 2 })]!.v as string;
    const resultColumn = 5 + 1; // STT, criterion, code, text, unit, one target column
    ws[XLSX.utils.encode_cell({ r: header + 1, c: resultColumn })] = s('Đạt');
    const filled = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const { units, issues, layouts } = readUnits(filled, commune51, { format: 'xlsx' });
    expect(layouts['Xã']).toBe('long');
    const measure = commune51.criteria.flatMap((c) => c.indicators).find((i) => i.code === first)!.measure;
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ id: 'Hồ Sơn', input: { province: 'tuyen-quang', group: 'group-2', year: 2026 } });
    if (measure === 'flag') {
      expect(issues).toEqual([]);
      expect(units[0]!.input.values).toEqual({ [first]: true });
    } else expect(issues[0]?.code).toBe('unreadable-number');
  });

  it('reads several communes from one long sheet with a commune column', () => {
    const csv = 'Tên xã,Mã chỉ tiêu,Kết quả\nHồ Sơn,17.1,"97,5"\nHồ Sơn,1.1,Đạt\nĐạo Trù,17.1,96\nĐạo Trù,17.99,1\n';
    const { units, issues, layouts } = readUnits(csv, commune318, { format: 'csv' });
    expect(layouts).toEqual({ CSV: 'long' });
    expect(units.map((u) => [u.id, u.input.values])).toEqual([
      ['Hồ Sơn', { '17.1': 97.5, '1.1': true }],
      ['Đạo Trù', { '17.1': 96 }],
    ]);
    expect(issues).toMatchObject([{ code: 'unknown-column', cell: 'CSV!B5', received: '17.99' }]);
  });
});

describe('readUnits, files it cannot read', () => {
  it('gives an issue, never a throw', () => {
    const { units, issues } = readUnits(new Uint8Array([1, 2, 3, 4]), commune318, { format: 'xlsx' });
    expect(units).toEqual([]);
    expect(issues.length).toBeGreaterThan(0);
  });
  it('reports a sheet with neither codes nor a code column', () => {
    const { issues } = readUnits('a,b\n1,2\n', commune318, { format: 'csv' });
    expect(issues).toMatchObject([{ code: 'no-header', cell: 'CSV' }]);
  });
});
