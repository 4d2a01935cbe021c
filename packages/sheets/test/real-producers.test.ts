// Workbooks saved by real spreadsheet programs (test/fixtures, written by make-fixtures.py:
// openpyxl, then the same book opened and saved again by LibreOffice Calc), not by SheetJS or by
// hand-written XML: the lean reader reads them itself and gives exactly SheetJS's grids, and the
// commune rows come out with the values an official typed. TEST-ONLY data, not a real commune's.
import { commune318 } from '@ntm/criteria';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGrids, sheetJsGrids } from '../src/grid.js';
import { readUnits } from '../src/read-units.js';
import { readXlsx } from '../src/xlsx-reader.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

describe.each(['commune-openpyxl.xlsx', 'commune-libreoffice.xlsx'])('%s', (name) => {
  const bytes = fixture(name);

  it('is read by the lean reader itself, with the grids SheetJS gives', () => {
    expect(readXlsx(bytes), 'the lean reader reads this workbook').toBeDefined();
    const { grids, issues } = readGrids(bytes, { format: 'xlsx' });
    expect(issues).toEqual([]);
    expect(grids.map((g) => g.name)).toEqual(['Xã', 'Tổng hợp']);
    expect(grids).toStrictEqual(sheetJsGrids(bytes));
  });

  it('gives the communes and their values in every form they were typed in, without an issue', () => {
    const { units, issues } = readUnits(bytes, commune318, { format: 'xlsx' });
    expect(units.map((u) => [u.id, u.name, u.input.region, u.input.year])).toEqual([
      ['X01', 'Hồ Sơn', 'red-river-delta', 2024],
      ['X02', 'Đạo Trù', 'red-river-delta', 2024],
      ['X03', 'Minh Quang', 'red-river-delta', 2024],
      ['X04', 'Trung Mỹ', 'red-river-delta', 2024],
    ]);
    const values = units.map((u) => u.input.values as Record<string, unknown>);
    // 0.975 formatted as a percent, "97,5%" typed as text, 98 typed as a number: all 97.5 or 98 %.
    // The last: =E6/100 as LibreOffice computed and saved it (openpyxl's copy holds the value).
    expect(values.map((v) => v['17.1'])).toEqual([97.5, 97.5, 98, 0.98]);
    // "1.940/2.000" is a fraction; 0.99 formatted 0% is 99 %; 17.10 is not 17.1.
    expect(values[0]!['17.10']).toEqual({ numerator: 1940, denominator: 2000 });
    expect(values[2]!['17.10']).toBe(99);
    expect(values.map((v) => v['1.1'])).toEqual([true, false, true, false]);
    // The blank row, the notes column and the title are not communes nor values: no issue.
    expect(issues).toEqual([]);
  });
});
