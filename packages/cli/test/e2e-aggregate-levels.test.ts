import * as XLSX from '@e965/xlsx';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ntm, scratch, sheetNames, sheetRows } from './helpers.js';

/**
 * A 2021–2025 district as an official files it: the forms `ntm template` writes for the commune
 * set and for the advanced-commune set (318/QĐ-TTg, Phụ lục I and II, which share the codes 10,
 * 11 and 17.x), filled in and put in one workbook, a sheet per level. TEST DATA, not real
 * communes: six communes of a district of Vĩnh Phúc, two of them applying for the advanced set.
 */
function districtBook(dir: string, advancedSheetName: string, advancedRows: (string | number)[][]): string {
  for (const [set, file] of [
    ['commune-2021-2025', 'mau-xa.xlsx'],
    ['commune-advanced-2021-2025', 'mau-nang-cao.xlsx'],
  ] as const) {
    const r = ntm(['template', set, '--region', 'ĐBSH', '-o', file], dir);
    expect(r.status, r.stderr).toBe(0);
  }
  const fill = (file: string, rows: (string | number)[][]): XLSX.WorkSheet => {
    const ws = XLSX.read(readFileSync(join(dir, file)), { type: 'buffer' }).Sheets.Xã!;
    const grid = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
    const codes = grid[2]!;
    const first = grid.length;
    rows.forEach(([id, name, ...pairs], i) => {
      XLSX.utils.sheet_add_aoa(ws, [[i + 1, id, name, 'Vĩnh Phúc', 2023]], { origin: { r: first + i, c: 0 } });
      for (let k = 0; k < pairs.length; k += 2) {
        const c = codes.indexOf(pairs[k]);
        expect(c, `code ${pairs[k]} in ${file}`).toBeGreaterThan(0);
        XLSX.utils.sheet_add_aoa(ws, [[pairs[k + 1]]], { origin: { r: first + i, c } });
      }
    });
    return ws;
  };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    fill('mau-xa.xlsx', [
      ['X1', 'Xã Một (thử)', '10', 70, '17.x', 50, '1.1', 'Đạt'],
      ['X2', 'Xã Hai (thử)', '10', 66, '17.x', 40, '1.1', 'Đạt'],
      ['X3', 'Xã Ba (thử)', '10', 58, '1.1', 'Chưa đạt'],
      ['X4', 'Xã Bốn (thử)', '10', 61],
      ['X5', 'Xã Năm (thử)', '10', 64, '17.x', 30],
      ['X6', 'Xã Sáu (thử)', '10', 59],
    ]),
    'Xã',
  );
  XLSX.utils.book_append_sheet(book, fill('mau-nang-cao.xlsx', advancedRows), advancedSheetName);
  writeFileSync(join(dir, 'xa-huyen.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  return 'xa-huyen.xlsx';
}

const ADVANCED: (string | number)[][] = [
  ['X1', 'Xã Một (thử)', '10', 75, '14.x', 96, '17.x', 50],
  ['X2', 'Xã Hai (thử)', '10', 68, '14.x', 93],
];

const aggregate = (dir: string, file: string, extra: string[] = []) =>
  ntm(
    [
      'aggregate',
      file,
      '--set',
      'district-2021-2025',
      '--on',
      '2023-06-30',
      '--province',
      'vinh-phuc',
      '--year',
      '2023',
      '--name',
      'Huyện thử',
      '--json',
      ...extra,
    ],
    dir,
  );

type Standing = { level: string; basis: string; setId: string | null };
type Outcome = { id: string; standings: Standing[] };

describe('ntm aggregate on a 2021–2025 district: communes and advanced communes, a sheet per level', () => {
  it('feeds each sheet to its level and runs with zero issues, though the two sets share codes', () => {
    const dir = scratch();
    const file = districtBook(dir, 'Xã nâng cao', ADVANCED);
    const r = aggregate(dir, file, ['-o', 'huyen.xlsx']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.issues).toEqual([]);
    const units: Outcome[] = json.aggregate.units;
    expect(units.map((u) => u.id)).toEqual(['X1', 'X2', 'X3', 'X4', 'X5', 'X6']);
    const basis = (id: string, level: string) => units.find((u) => u.id === id)!.standings.find((s) => s.level === level)!.basis;
    for (const u of units) expect(basis(u.id, 'commune'), u.id).toBe('evaluated');
    expect(['X1', 'X2'].map((id) => basis(id, 'commune-advanced'))).toEqual(['evaluated', 'evaluated']);
    expect(['X3', 'X4', 'X5', 'X6'].map((id) => basis(id, 'commune-advanced'))).toEqual(['no-data', 'no-data', 'no-data', 'no-data']);
    const advanced = units[0]!.standings.find((s) => s.level === 'commune-advanced')!;
    expect(advanced.setId).toBe('commune-advanced-2021-2025');

    // The report: the aggregate's sheets, then the advanced communes' own results and plan, then the communes'.
    const report = join(dir, 'huyen.xlsx');
    expect(sheetNames(report)).toEqual([
      'Đơn vị tổng hợp',
      'Điều kiện',
      'Đơn vị cấp dưới',
      'Kế hoạch đơn vị',
      'Kết quả – Xã NTM nâng cao',
      'Kế hoạch – Xã NTM nâng cao',
      'Tổng hợp',
      'Kết quả',
      'Chỉ tiêu',
      'Kế hoạch',
      'Vấn đề',
    ]);
    const advancedResults = sheetRows(report, 'Kết quả – Xã NTM nâng cao');
    expect(advancedResults.slice(1).map((row) => [row[1], row[3]])).toEqual([
      ['X1', 'Xã nâng cao!7'],
      ['X2', 'Xã nâng cao!8'],
    ]);
    expect(
      sheetRows(report, 'Kết quả')
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(['X1', 'X2', 'X3', 'X4', 'X5', 'X6']);
    // Vietnamese throughout: levels, kinds and bases by their names, not their ids.
    const standings = sheetRows(report, 'Đơn vị cấp dưới');
    expect(standings[1]!.slice(2, 5)).toEqual(['Xã', null, 'Xã nông thôn mới']);
    expect(String(standings[1]![6])).toMatch(/^Đánh giá lại theo 318\/QĐ-TTg/);
    expect(standings.flat().join(' ')).not.toMatch(/\b(commune|evaluated|no-data|gap|condition)\b/);
  });

  it('knows a form ntm template wrote by its title row, whatever its sheet is called; the CSV file name works as a sheet name', () => {
    const dir = scratch();
    const file = districtBook(dir, 'Sheet2', ADVANCED);
    const r = aggregate(dir, file);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const units: Outcome[] = JSON.parse(r.stdout).aggregate.units;
    expect(units.find((u) => u.id === 'X1')!.standings.find((s) => s.level === 'commune-advanced')!.basis).toBe('evaluated');

    writeFileSync(
      join(dir, 'xa.csv'),
      'Mã xã,Tên xã,Tỉnh,Năm,10,17.x\nX1,Xã Một (thử),Vĩnh Phúc,2023,70,50\nX2,Xã Hai (thử),Vĩnh Phúc,2023,66,40\n',
    );
    writeFileSync(join(dir, 'xa-nang-cao.csv'), 'Mã xã,Tên xã,Tỉnh,Năm,10,14.x\nX2,Xã Hai (thử),Vĩnh Phúc,2023,68,93\n');
    const csv = aggregate(dir, 'xa.csv', ['xa-nang-cao.csv']);
    expect(csv.status, csv.stdout + csv.stderr).toBe(0);
    const json = JSON.parse(csv.stdout);
    expect(json.issues).toEqual([]);
    const levels = (id: string) =>
      (json.aggregate.units as Outcome[]).find((u) => u.id === id)!.standings.map((s) => `${s.level}:${s.basis}`);
    expect(levels('X1')).toEqual(['commune:evaluated', 'commune-advanced:no-data']);
    expect(levels('X2')).toEqual(['commune:evaluated', 'commune-advanced:evaluated']);

    // An advanced-only code on the communes' sheet is not read, and says so at its header cell.
    writeFileSync(join(dir, 'xa-tron.csv'), 'Mã xã,Tên xã,Tỉnh,Năm,10,14.x\nX1,Xã Một (thử),Vĩnh Phúc,2023,70,96\n');
    const mixed = aggregate(dir, 'xa-tron.csv');
    expect(mixed.status).toBe(1);
    const issues = JSON.parse(mixed.stdout).issues as { cell: string; code: string; vi: string }[];
    expect(issues.map((i) => [i.cell, i.code])).toEqual([['xa-tron!F1', 'code-of-other-level']]);
    expect(issues[0]!.vi).toContain('Đưa số liệu đó vào trang "Xã NTM nâng cao"');
  });

  it('names the unit and the set in every issue, at the cell of the level sheet it came from', () => {
    const dir = scratch();
    const file = districtBook(dir, 'Xã nâng cao', [
      ['X1', 'Xã Một (thử)', '10', 75, '14.x', 130],
      ['X2', 'Xã Hai (thử)', '10', 'nhiều'],
    ]);
    const r = aggregate(dir, file, ['-o', 'huyen.xlsx']);
    expect(r.status).toBe(1);
    const issues: { cell: string; unit: string; set: string; code: string; vi: string; en: string }[] = JSON.parse(r.stdout).issues;
    expect(issues.map((i) => [i.cell, i.unit, i.set, i.code])).toEqual(
      expect.arrayContaining([
        ['Xã nâng cao!G8', 'X2', 'commune-advanced-2021-2025', 'unreadable-number'],
        ['Xã nâng cao!I7', 'X1', 'commune-advanced-2021-2025', 'percent-over-100'],
      ]),
    );
    expect(issues).toHaveLength(2);
    for (const issue of issues) {
      expect(issue.vi).toContain('commune-advanced-2021-2025');
      expect(issue.vi).toMatch(/^Xã (Một|Hai) \(thử\)|^X[12] /);
      expect(issue.en).toContain('commune-advanced-2021-2025');
    }
    const sheet = sheetRows(join(dir, 'huyen.xlsx'), 'Vấn đề');
    expect(sheet[0]!.at(-1)).toBe('Bộ tiêu chí');
    expect(sheet.slice(1).map((row) => row.at(-1))).toEqual(['commune-advanced-2021-2025', 'commune-advanced-2021-2025']);
  });
});
