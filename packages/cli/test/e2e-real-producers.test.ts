// `ntm evaluate` on workbooks saved by real spreadsheet programs (the sheets package's fixtures:
// openpyxl, and the same book saved again by LibreOffice Calc; TEST-ONLY data, not a real
// commune's), and its XLSX report read back.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ntm, scratch, sheetRows } from './helpers.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../sheets/test/fixtures/${name}`, import.meta.url));

describe.each(['commune-openpyxl.xlsx', 'commune-libreoffice.xlsx'])('ntm evaluate on %s', (name) => {
  it('evaluates its four communes without an issue and reports their values as typed', () => {
    const dir = scratch();
    copyFileSync(fixture(name), join(dir, 'xa.xlsx'));
    const r = ntm(['evaluate', 'xa.xlsx', '--set', 'commune-2021-2025+211', '-o', 'bao-cao.xlsx'], dir);
    expect(r.status, r.stderr).toBe(0);
    const results = sheetRows(join(dir, 'bao-cao.xlsx'), 'Kết quả');
    expect(results.slice(1).map((row) => [row[1], row[2], row[3], row[4]])).toEqual([
      ['X01', 'Hồ Sơn', 'Xã!4', 'Đồng bằng sông Hồng'],
      ['X02', 'Đạo Trù', 'Xã!5', 'Đồng bằng sông Hồng'],
      ['X03', 'Minh Quang', 'Xã!6', 'Đồng bằng sông Hồng'],
      ['X04', 'Trung Mỹ', 'Xã!8', 'Đồng bằng sông Hồng'],
    ]);
    const indicators = sheetRows(join(dir, 'bao-cao.xlsx'), 'Chỉ tiêu');
    const column = (header: string) => indicators[0]!.indexOf(header);
    // 0.975 shown as a percent, "97,5%" typed as text, 98 as a number, =E6/100 computed (0.98).
    expect(indicators.slice(1).map((row) => row[column('17.1 · Thực tế')])).toEqual(['97,5%', '97,5%', '98%', '0,98%']);
    // A fraction typed as text, a blank, 0.99 formatted 0%, an empty text: 17.10 is not 17.1.
    expect(indicators.slice(1).map((row) => row[column('17.10 · Thực tế')])).toEqual(['1.940/2.000 (97%)', null, '99%', null]);
  });
});
