// The XLSX report writer (src/report/book.ts): what it writes reads back, cell for cell, with
// SheetJS and with the sheets package's own reader, whatever the texts, however large the sheet
// (deflated in pieces) and however many distinct texts (shared up to a bound, then inline).
import * as XLSX from '@e965/xlsx';
import { readGrids } from '@ntm/sheets';
import { describe, expect, it } from 'vitest';
import { reportBook } from '../src/report/book.js';
import type { ReportTable } from '../src/report/tables.js';

// Texts a report may hold: XML's special characters, spaces at the ends, a code that must stay
// text, Vietnamese, a line break, and a control character XML 1.0 cannot hold (dropped).
const awkward = ['Đạt', 'a & b < c > "d"', '  lề trái', 'lề phải  ', '17.10', 'Xã "thử"\nThôn 2', 'nul\u0001x', '≥ 98%'];

/** A table of `rows` rows × 12 columns: texts repeated and distinct, numbers, blanks. */
function table(name: string, rows: number): ReportTable {
  const header = ['Mã', ...Array.from({ length: 11 }, (_, c) => `Cột ${c + 1}`)];
  return {
    name,
    header,
    rows: Array.from({ length: rows }, (_, r) =>
      header.map((_, c): string | number => {
        if (c === 0) return `X${r}`; // distinct per row
        if ((r + c) % 7 === 0) return ''; // a blank cell
        if (c % 3 === 0) return (r * c) / 8;
        return awkward[(r + c) % awkward.length]!;
      }),
    ),
  };
}

/** What a sheet should read back as: blanks absent, the control character dropped. */
function expected(t: ReportTable): (string | number | null)[][] {
  return [t.header, ...t.rows].map((row) => row.map((v) => (v === '' ? null : typeof v === 'string' ? v.replace('\u0001', '') : v)));
}

/** The parts of a zip, as text (SheetJS's zip reader). */
function parts(bytes: Uint8Array): (name: string) => string {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  return (name) => new TextDecoder().decode(XLSX.CFB.find(zip, `/${name}`)!.content as Uint8Array);
}

function sheetJsRows(bytes: Uint8Array): Map<string, unknown[][]> {
  const book = XLSX.read(bytes, { dense: true });
  return new Map(book.SheetNames.map((n) => [n, XLSX.utils.sheet_to_json(book.Sheets[n]!, { header: 1, defval: null, raw: true })]));
}

describe('an XLSX report book', () => {
  // 6,000 rows × 12 columns: several megabytes of sheet XML, so several deflated pieces.
  const tables = [table('Kết quả', 6000), table('Chỉ tiêu', 40), table('Chỉ tiêu', 3)];

  it('reads back cell for cell in SheetJS, sheet names made unique', () => {
    const read = sheetJsRows(reportBook(tables));
    expect([...read.keys()]).toEqual(['Kết quả', 'Chỉ tiêu', 'Chỉ tiêu (3)']);
    tables.forEach((t, i) => {
      expect([...read.values()][i]).toEqual(expected(t));
    });
  });

  it('reads back in the sheets package reader (as `ntm evaluate` reads a book)', () => {
    const { grids, issues } = readGrids(reportBook(tables), { format: 'xlsx' });
    expect(issues).toEqual([]);
    const big = grids[0]!;
    expect(big.rows.length).toBe(6001);
    expect(big.rows[3]?.map((cell) => cell?.value ?? null)).toEqual(expected(tables[0]!)[3]);
    expect(big.rows[6000]?.map((cell) => cell?.value ?? null)).toEqual(expected(tables[0]!)[6000]);
  });

  it('shares each distinct text once, keeping spaces only where they matter', () => {
    const part = parts(reportBook(tables));
    const sst = part('xl/sharedStrings.xml');
    const items = sst.match(/<si>/g)?.length ?? 0;
    // The row codes X0…X5999, the awkward texts, the headers: each once.
    expect(items).toBe(6000 + awkward.length + 12);
    expect(sst).toContain('<si><t xml:space="preserve">  lề trái</t></si>');
    expect(sst).toContain('<si><t>a &amp; b &lt; c &gt; &quot;d&quot;</t></si>');
    expect(part('xl/worksheets/sheet1.xml')).not.toContain('inlineStr');
  });

  it('writes texts past its bound inline, and reads back the same', () => {
    const bytes = reportBook(tables, { sharedStrings: 100 });
    const part = parts(bytes);
    expect(part('xl/sharedStrings.xml').match(/<si>/g)?.length).toBe(100);
    expect(part('xl/worksheets/sheet1.xml')).toContain('t="inlineStr"');
    const read = sheetJsRows(bytes);
    tables.forEach((t, i) => {
      expect([...read.values()][i]).toEqual(expected(t));
    });
  });
});
