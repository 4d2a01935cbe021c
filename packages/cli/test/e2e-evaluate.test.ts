import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { n, ntm, s, scratch, sheetNames, sheetRows, workbook } from './helpers.js';

/**
 * An official's own workbook (test data, not real communes): merged headers over two rows, a
 * percent cell stored as a fraction, a ratio as text, a decimal comma, "Đạt"/"Chưa đạt", a
 * blank row, a row without a name, and bad cells.
 */
function officialsBook(): Uint8Array {
  return workbook({
    Xã: {
      ref: 'A1:G7',
      merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1'],
      cells: {
        A1: s('Tên xã'),
        B1: s('Tỉnh'),
        C1: s('Năm'),
        D1: s('Tiêu chí 17'),
        F1: s('Khác'),
        D2: s('17.1'),
        E2: s('17.10'),
        F2: s('10'),
        G2: s('3.2'),
        A3: s('Hồ Sơn'),
        B3: s('Vĩnh Phúc'),
        C3: n(2024),
        D3: n(0.975, '0.0%'),
        E3: s('1.940/2.000'),
        F3: s('45,5'),
        G3: s('Đạt'),
        A4: s('Đạo Trù'),
        B4: s('Vĩnh Phúc'),
        C4: n(2024),
        D4: s('120'),
        F4: s('nhiều'),
        G4: s('Chưa đạt'),
        // row 5 blank
        B6: s('Vĩnh Phúc'),
        C6: n(2024),
        G6: s('Đạt'),
        A7: s('Tam Quan'),
        B7: s('Vĩnh Phúc'),
        C7: n(2024),
        G7: s('Đạ'),
      },
    },
  });
}

describe('ntm evaluate on an XLSX file', () => {
  it('reports every input row, every issue at its cell, the summary bands, and exits 1 for input issues', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'xa.xlsx'), officialsBook());
    const r = ntm(['evaluate', 'xa.xlsx', '--set', 'commune-2021-2025+211', '-o', 'bao-cao.xlsx'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toBe(''); // piped: no progress bar
    expect(r.stdout).toContain('Đã đánh giá 4 đơn vị');
    const report = join(dir, 'bao-cao.xlsx');
    expect(sheetNames(report)).toEqual(['Tổng hợp', 'Kết quả', 'Chỉ tiêu', 'Kế hoạch', 'Vấn đề']);

    const results = sheetRows(report, 'Kết quả');
    expect(results[0]!.slice(0, 9)).toEqual([
      'STT',
      'Mã',
      'Tên',
      'Hàng',
      'Cột mục tiêu',
      'Kết luận',
      'Số tiêu chí đạt',
      'Tổng số tiêu chí',
      'Đạt/tổng',
    ]);
    expect(results.slice(1).map((row) => [row[1], row[3]])).toEqual([
      ['Hồ Sơn', 'Xã!3'],
      ['Đạo Trù', 'Xã!4'],
      ['Xã!6', 'Xã!6'],
      ['Tam Quan', 'Xã!7'],
    ]);
    expect(results[1]![4]).toBe('Đồng bằng sông Hồng');
    expect(results[1]![8]).toMatch(/^\d+\/19$/);

    const indicators = sheetRows(report, 'Chỉ tiêu');
    const column = (name: string) => indicators[0]!.indexOf(name);
    const unit = (id: string) => indicators.find((row) => row[0] === id)!;
    expect(unit('Hồ Sơn')[column('17.1 · Thực tế')]).toBe('97,5%');
    expect(unit('Hồ Sơn')[column('17.10 · Thực tế')]).toBe('1.940/2.000 (97%)');
    expect(unit('Hồ Sơn')[column('10 · Thực tế')]).toBe('45,5');
    expect(unit('Đạo Trù')[column('3.2 · Trạng thái')]).toBe('Chưa đạt');
    expect(unit('Đạo Trù')[column('3.2 · Mục tiêu')]).toBe('Đạt');
    const planRows = sheetRows(report, 'Kế hoạch');
    expect(planRows.some((row) => row[0] === 'Đạo Trù' && row[4] === '3.2' && row[2] === 'Thiếu hụt')).toBe(true);

    const issues = sheetRows(report, 'Vấn đề');
    expect(issues[0]).toEqual(['Ô', 'Đơn vị', 'Chỉ tiêu', 'Mã lỗi', 'Cần', 'Nhận được', 'Tiếng Việt', 'English']);
    const cells = issues.slice(1).map((row) => [row[0], row[3]]);
    expect(cells).toEqual(
      expect.arrayContaining([
        ['Xã!F4', 'unreadable-number'],
        ['Xã!6:6', 'missing-unit-id'],
        ['Xã!G7', 'unreadable-flag'],
        ['Xã!D4', 'percent-over-100'],
      ]),
    );
    for (const row of issues.slice(1)) {
      expect(String(row[6]).length).toBeGreaterThan(0);
      expect(String(row[7]).length).toBeGreaterThan(0);
    }
    // What each cell should have held is worded in the report's language (vi here), as the sheet reader and the engine word it.
    const expected = issues.slice(1).map((row) => String(row[4]));
    const english = new Set(['a', 'an', 'or', 'the', 'percent', 'number', 'ratio']);
    for (const text of expected)
      expect(
        text.split(/[\s,()"]+/).filter((w) => english.has(w)),
        text,
      ).toEqual([]);
    expect(issues.find((row) => row[3] === 'percent-over-100')?.[4]).toMatch(/phần trăm/);

    const summary = sheetRows(report, 'Tổng hợp');
    const labels = summary.map((row) => row[0]);
    expect(labels).toEqual(
      expect.arrayContaining(['Đạt 19 tiêu chí', 'Đạt 15–18 tiêu chí', 'Đạt 10–14 tiêu chí', 'Đạt 5–9 tiêu chí', 'Đạt dưới 5 tiêu chí']),
    );
    expect(summary.find((row) => row[0] === 'Số đơn vị')![1]).toBe(4);
    expect(summary.find((row) => row[0] === 'Bình quân tiêu chí đạt/đơn vị')).toBeDefined();
  });

  it('exits 0 when every row is read and evaluated without an issue, and writes JSON, Markdown and HTML', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'ok.csv'), 'Tên xã,Tỉnh,Năm,17.1,1.1\nHồ Sơn,Vĩnh Phúc,2024,"97,5",Đạt\n');
    for (const out of ['r.json', 'r.md', 'r.html']) {
      const r = ntm(['evaluate', 'ok.csv', '--set', 'commune-2021-2025+211', '-o', out], dir);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(existsSync(join(dir, out))).toBe(true);
    }
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.units).toHaveLength(1);
    expect(
      json.units[0].criteria.find((c: { id: string }) => c.id === '17').indicators.find((i: { code: string }) => i.code === '17.1').actual,
    ).toBe(97.5);
    expect(json.issues).toEqual([]);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('| Hồ Sơn |');
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('<td>Hồ Sơn</td>');
  });
});

describe('ntm evaluate on a CSV file', () => {
  it('reads ";" separators and Vietnamese formats, writes a CSV report with its issues beside it', () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'xa.csv'),
      '\uFEFFMã xã;Tên xã;Nhóm xã;Năm;3.x2;6.x1\n' +
        'X01;Hồ Sơn;Nhóm 1;2026;Đạt;\n' +
        'X02;Đạo Trù;2;2026;Không đạt;abc\n' +
        ';;;;;\n' +
        'X03;Tam Quan;9;2026;;\n',
    );
    const r = ntm(['evaluate', 'xa.csv', '--set', 'commune-2026-2030', '--province', 'tuyen-quang', '-o', 'out.csv', '--lang', 'en'], dir);
    expect(r.status, r.stderr).toBe(1);
    const results = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n');
    expect(results).toHaveLength(4); // header + three communes, the blank row is no commune
    expect(results[0]).toContain('Verdict');
    const issues = readFileSync(join(dir, 'out.issues.csv'), 'utf8');
    expect(issues).toContain('xa!C5,X03,,unreadable-group');
    expect(issues).toContain('xa!F3,X02,6.x1,unreadable-number');
    expect(existsSync(join(dir, 'out.indicators.csv'))).toBe(true);
  });

  it('prints the whole report as JSON on standard output with --json', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'x.csv'), 'Tên xã,Tỉnh,10\nHồ Sơn,Vĩnh Phúc,"45,5"\n');
    const r = ntm(['evaluate', 'x.csv', '--set', 'commune-2021-2025', '--year', '2021', '--json'], dir);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.format).toBe('ntm-report/1');
    expect(json.units[0].name).toBe('Hồ Sơn');
    expect(json.summary.units).toBe(1);
  });

  it('evaluates JSON inputs too', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'x.json'), JSON.stringify([{ id: 'ho-son', province: 'vinh-phuc', year: 2021, values: { '10': 'forty' } }]));
    const r = ntm(['evaluate', 'x.json', '--set', 'commune-2021-2025', '--json'], dir);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.issues[0].cell).toBe('x.json#ho-son/values.10');
  });
});

describe('ntm template, then fill, then evaluate', () => {
  it('writes a wide form with merged headers and text codes that evaluate reads back', async () => {
    const dir = scratch();
    const t = ntm(['template', 'commune-2021-2025', '--region', 'ĐBSH', '-o', 'form.xlsx'], dir);
    expect(t.status, t.stderr).toBe(0);
    const XLSX = await import('@e965/xlsx');
    const wb = XLSX.read(readFileSync(join(dir, 'form.xlsx')), { type: 'buffer' });
    const ws = wb.Sheets['Xã']!;
    expect((ws['!merges'] ?? []).length).toBeGreaterThan(10);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
    const codeRow = rows[2]!;
    expect(codeRow).toContain('17.10');
    const code1710 = codeRow.indexOf('17.10');
    expect(ws[XLSX.utils.encode_cell({ r: 2, c: code1710 })]!.t).toBe('s');
    const first = rows.length;
    XLSX.utils.sheet_add_aoa(ws, [['1', 'X01', 'Hồ Sơn', 'Vĩnh Phúc', 2024, 'ĐBSH']], { origin: { r: first, c: 0 } });
    ws[XLSX.utils.encode_cell({ r: first, c: code1710 })] = { t: 'n', v: 0.96, z: '0%' };
    writeFileSync(join(dir, 'filled.xlsx'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    const e = ntm(['evaluate', 'filled.xlsx', '--set', 'commune-2021-2025', '-o', 'r.json'], dir);
    expect(e.status, e.stdout).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    const ind = json.units[0].criteria
      .find((c: { id: string }) => c.id === '17')
      .indicators.find((i: { code: string }) => i.code === '17.10');
    expect(ind.actual).toBe(96);
  });

  it('writes a long form (one indicator per row) for a group of the 2026–2030 set', () => {
    const dir = scratch();
    const t = ntm(['template', 'commune-2026-2030', '--group', '2', '--layout', 'long', '-o', 'tu-danh-gia.xlsx'], dir);
    expect(t.status, t.stderr).toBe(0);
    const rows = sheetRows(join(dir, 'tu-danh-gia.xlsx'), 'Xã');
    expect(rows.some((row) => String(row[2] ?? '').startsWith('Mã chỉ tiêu'))).toBe(true);
    expect(rows.some((row) => row[0] === 'Nhóm xã:' && row[1] === 'Nhóm 2')).toBe(true);
  });
});

describe('ntm aggregate', () => {
  it('judges a district from its communes: the share condition names the communes that block it', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'xa.csv'), 'Mã xã,Tên xã,Tỉnh,1.1\nX1,Hồ Sơn,Vĩnh Phúc,Đạt\nX2,Đạo Trù,Vĩnh Phúc,Chưa đạt\n');
    const r = ntm(
      [
        'aggregate',
        'xa.csv',
        '--set',
        'district-2016-2020',
        '--on',
        '2021-10-11',
        '--province',
        'vinh-phuc',
        '--year',
        '2021',
        '--name',
        'Tam Đảo (test data)',
        '-o',
        'huyen.xlsx',
        '--json',
      ],
      dir,
    );
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.aggregate.recognition).toBe('not-met');
    const share = json.aggregate.conditions.find((c: { id: string }) => c.id === 'allCommunesNTM');
    expect(share.status).not.toBe('met');
    expect(sheetNames(join(dir, 'huyen.xlsx')).slice(0, 4)).toEqual(['Đơn vị tổng hợp', 'Điều kiện', 'Đơn vị cấp dưới', 'Kế hoạch đơn vị']);
    const standings = sheetRows(join(dir, 'huyen.xlsx'), 'Đơn vị cấp dưới');
    expect(standings.slice(1).map((row) => row[0])).toEqual(['X1', 'X2']);
  });
});
