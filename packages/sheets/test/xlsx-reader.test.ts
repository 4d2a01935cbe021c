// The lean XLSX reader gives exactly SheetJS's grids (same cells, same text, same row lengths,
// same merged cells), and gives up (SheetJS then reads) on what it does not know.
import * as XLSX from '@e965/xlsx';
import { commune318, commune51, getCriteriaSet } from '@ntm/criteria';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readGrids, sheetJsGrids } from '../src/grid.js';
import { writeBook } from '../src/write-book.js';
import { writeInputForm } from '../src/write-form.js';
import { readXlsx } from '../src/xlsx-reader.js';

/** The lean reader's grids, through `readGrids` (merges applied), after checking it read the file itself. */
function leanGrids(bytes: Uint8Array) {
  expect(readXlsx(bytes), 'the lean reader reads this workbook').toBeDefined();
  return readGrids(bytes, { format: 'xlsx' }).grids;
}

function expectSameGrids(bytes: Uint8Array): void {
  const lean = leanGrids(bytes);
  const reference = sheetJsGrids(bytes);
  expect(lean.length).toBeGreaterThan(0);
  expect(lean).toStrictEqual(reference);
}

/** A zip archive of text parts, stored or deflated, as spreadsheet programs write them. */
function zipOf(parts: Record<string, string>, deflate = true): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflate ? zlib.deflateRawSync(data) : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(deflate ? 8 : 0, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook as Excel lays it out: shared strings, styles, several sheets, given their XML. */
function excelBook(options: {
  sheets: { name: string; xml: string; target?: string; type?: string }[];
  strings?: string[];
  numFmts?: string;
  xfs?: string[];
  date1904?: boolean;
  deflate?: boolean;
  extra?: Record<string, string>;
}): Uint8Array {
  const sheetParts = options.sheets.map((s, i) => s.target ?? `worksheets/sheet${i + 1}.xml`);
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheetParts
        .map(
          (p) =>
            `<Override PartName="/xl/${p.replace(/^\/?xl\//, '')}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      (options.strings
        ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        : '') +
      (options.xfs
        ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        : '') +
      '</Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      (options.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr defaultThemeVersion="164011"/>') +
      `<sheets>${options.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      options.sheets
        .map((s, i) => `<Relationship Id="rId${i + 1}" Type="${s.type ?? `${REL}/worksheet`}" Target="${sheetParts[i]}"/>`)
        .join('') +
      `<Relationship Id="rId${options.sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${options.sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ...options.extra,
  };
  options.sheets.forEach((s, i) => {
    parts[`xl/${sheetParts[i]!.replace(/^\/?xl\//, '')}`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.xml}</worksheet>`;
  });
  if (options.strings)
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="${MAIN}" count="${options.strings.length}" uniqueCount="${options.strings.length}">` +
      options.strings.map((si) => `<si>${si}</si>`).join('') +
      '</sst>';
  if (options.xfs)
    parts['xl/styles.xml'] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="${MAIN}">${options.numFmts ?? ''}` +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
      '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${options.xfs.length}">${options.xfs.join('')}</cellXfs></styleSheet>`;
  return zipOf(parts, options.deflate ?? true);
}

// Shared strings as Excel writes them: plain, preserved spaces, entities, rich-text runs,
// phonetic runs, escaped control characters, Vietnamese in both normal forms, an empty item.
const STRINGS = [
  '<t>STT</t>',
  '<t>Tên xã</t>',
  '<t xml:space="preserve"> Hồ Sơn </t>',
  '<t>Đạt</t>',
  '<t>Chưa đạt</t>',
  '<r><rPr><b/><sz val="11"/></rPr><t>17. Môi trường</t></r><r><t xml:space="preserve"> và an toàn</t></r>',
  '<t>A &amp; B &lt;c&gt; &quot;d&quot; &#x1EA1; &#7841;</t>',
  '<t>Dòng 1_x000D_\r\nDòng 2</t>',
  '<t>17.10</t>',
  '<r><t>漢</t></r><rPh sb="0" eb="1"><t>かん</t></rPh>',
  '<t/>',
  '<t></t>',
  `<t>${'Thôn'.normalize('NFD')}</t>`,
  '<t>   </t>',
  '<t>97,5%</t>',
];

const STYLED_XFS = [
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf>',
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  '<xf fontId="0" fillId="0" borderId="0" xfId="0"/>',
];
const NUM_FMTS =
  '<numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/>' +
  '<numFmt numFmtId="166" formatCode="&quot;Đ&quot;#,##0.00;[Red]\\-#,##0.00"/></numFmts>';

// A sheet as Excel writes it, plus what other programs write: cells without `r`, rows without
// `r`, an empty row, styled cells with no value, inline strings, formulas with cached values.
const EXCEL_SHEET =
  '<dimension ref="A1:H9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
  '<cols><col min="1" max="1" width="6" customWidth="1"/></cols><sheetData>' +
  '<row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>5</v></c><c r="E1" s="5" t="s"><v>6</v></c></row>' +
  '<row r="2" spans="1:8"><c r="C2" t="s"><v>8</v></c><c r="D2" t="s"><v>10</v></c><c r="E2" t="s"><v>11</v></c><c r="F2" t="s"><v>13</v></c><c r="G2" t="s"><v>9</v></c></row>' +
  '<row r="3" spans="1:8" ht="20" customHeight="1"><c r="A3"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" s="1"><v>0.975</v></c><c r="D3" s="3"><v>0.9751</v></c>' +
  '<c r="E3" s="2"><v>45292</v></c><c r="F3" s="4"><v>45292.5</v></c><c r="G3" s="5"><v>1234567.891</v></c><c r="H3" s="7"><v>-1234.5</v></c></row>' +
  '<row r="4"><c r="A4"><v>2</v></c><c r="B4" t="inlineStr"><is><t>Đạo Trù</t></is></c><c r="C4" t="s"><v>3</v></c><c r="D4" t="s"><v>4</v></c>' +
  '<c r="E4" t="b"><v>1</v></c><c r="F4" t="b"><v>0</v></c><c r="G4" t="e"><v>#DIV/0!</v></c><c r="H4" t="e"><f>NA()</f><v>#N/A</v></c></row>' +
  '<row r="5"><c r="A5"><f>A4+1</f><v>3</v></c><c r="B5" t="str"><f>"Tam"&amp;" Quan"</f><v>Tam Quan &amp;amp; Xã</v></c><c r="C5" s="1"><f>C3</f><v>0.5</v></c>' +
  '<c r="D5" s="6" t="s"><v>8</v></c><c r="E5" s="6"><v>17.1</v></c><c r="F5" s="1"/><c r="G5" t="s"><v>7</v></c><c r="H5" t="s"><v>12</v></c></row>' +
  '<row r="6"/>' +
  '<row r="7"><c t="s"><v>14</v></c><c><v>0.1</v></c><c s="1"><v>1E-3</v></c><c t="s"><v>3</v></c></row>' +
  '<row><c r="B8" s="8"><v>3.14159265358979</v></c><c><v>123456789012</v></c><c r="E8" t="inlineStr"><is><r><t>Rich </t></r><r><rPr><i/></rPr><t>inline</t></r></is></c>' +
  '<c r="F8" t="n"><v></v></c><c r="G8" t="s"/></row>' +
  '<row r="9"><c r="A9" s="0" t="str"><v></v></c><c r="C9" t="inlineStr"/><c r="D9" t="inlineStr"><is><t xml:space="preserve">  </t></is></c><c r="H9"><v>-0</v></c></row>' +
  '</sheetData><mergeCells count="3"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/><mergeCell ref="C1:D1"/></mergeCells>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

describe('the lean XLSX reader gives the grids SheetJS gives', () => {
  it('on a workbook as Excel writes it: shared strings, styles, formulas with cached values, merged headers', () => {
    const sheets = [
      { name: 'Xã', xml: EXCEL_SHEET },
      { name: 'Trống', xml: '<dimension ref="A1"/><sheetData/>' },
      {
        name: 'A &amp; B',
        xml: '<sheetData><row r="3"><c r="C3" t="s"><v>1</v></c></row></sheetData>',
        target: '/xl/worksheets/other.xml',
      },
    ];
    for (const deflate of [true, false])
      expectSameGrids(excelBook({ sheets, strings: STRINGS, numFmts: NUM_FMTS, xfs: STYLED_XFS, deflate }));
    // The same in a 1904 workbook (dates shown differently), and without styles (all General).
    expectSameGrids(excelBook({ sheets, strings: STRINGS, numFmts: NUM_FMTS, xfs: STYLED_XFS, date1904: true }));
    expectSameGrids(excelBook({ sheets: [{ name: 'Xã', xml: EXCEL_SHEET.replace(/ s="\d+"/g, '') }], strings: STRINGS }));
  });

  it('on workbooks SheetJS writes (inline text, shared strings, number formats, merges)', () => {
    const wb = XLSX.utils.book_new();
    const ws = XLSX.utils.aoa_to_sheet([
      ['Mã xã', 'Tên xã', '17. Môi trường', null, 'Năm'],
      [null, null, '17.1', '17.10', null],
      ['X01', 'Hồ Sơn', 0.975, '1.940/2.000', 2024],
      ['X02', 'Đạo Trù', '97,5%', null, true],
      [],
      ['X03', '', -0.5, 1e21, false],
    ]);
    ws['!merges'] = [XLSX.utils.decode_range('A1:A2'), XLSX.utils.decode_range('C1:D1')];
    ws['C3']!.z = '0.0%';
    ws['E3']!.z = '#,##0';
    ws['G7'] = { t: 'n', v: 45292, z: 'dd/mm/yyyy' };
    ws['H7'] = { t: 'e', v: 0x07 };
    ws['I7'] = { t: 'n', v: 3, f: 'A1+2' };
    ws['!ref'] = 'A1:I7';
    XLSX.utils.book_append_sheet(wb, ws, 'Xã');
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['Chỉ tiêu', 'Giá trị'],
        ['17.1', 98],
      ]),
      'Tổng hợp',
    );
    for (const bookSST of [false, true])
      for (const compression of [false, true])
        expectSameGrids(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST, compression }) as ArrayBuffer));
  });

  it("on this package's own input forms and books, wide and long", () => {
    expectSameGrids(writeInputForm(commune318, { format: 'xlsx', column: 'red-river-delta' }));
    expectSameGrids(writeInputForm(commune51, { format: 'xlsx', column: 'group-2', layout: 'long' }));
    expectSameGrids(writeInputForm(getCriteriaSet('commune-2021-2025+211'), { format: 'xlsx', column: 'red-river-delta' }));
    const rows: (string | number | null)[][] = [['Mã xã', 'Tên xã', '1.1', '17.1', '10']];
    for (let i = 0; i < 300; i++)
      rows.push([`X${i}`, `Xã thử ${i}`, i % 3 ? 'Đạt' : 'Chưa đạt', i % 7 ? `${90 + (i % 10)},5%` : null, (i * 37) / 10]);
    expectSameGrids(writeBook([{ name: 'Xã', rows, merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }], percentCells: [[1, 3]] }], 'xlsx'));
  });
});

describe('the lean XLSX reader gives up on what it does not know, and SheetJS reads it', () => {
  const base = { strings: STRINGS, numFmts: NUM_FMTS, xfs: STYLED_XFS };
  const cases: [string, Uint8Array][] = [
    [
      'an ISO date cell',
      excelBook({
        ...base,
        sheets: [{ name: 'Xã', xml: '<sheetData><row r="1"><c r="A1" t="d"><v>2024-01-15</v></c></row></sheetData>' }],
      }),
    ],
    [
      'an array formula',
      excelBook({
        ...base,
        sheets: [{ name: 'Xã', xml: '<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c></row></sheetData>' }],
      }),
    ],
    [
      'a formula without its value',
      excelBook({ ...base, sheets: [{ name: 'Xã', xml: '<sheetData><row r="1"><c r="A1"><f>1+1</f></c></row></sheetData>' }] }),
    ],
    [
      'a number format it has not got',
      excelBook({
        ...base,
        xfs: ['<xf numFmtId="0"/>', '<xf numFmtId="5"/>'],
        sheets: [{ name: 'Xã', xml: '<sheetData><row r="1"><c r="A1" s="1"><v>5</v></c></row></sheetData>' }],
      }),
    ],
    [
      'a chart sheet',
      excelBook({
        ...base,
        sheets: [{ name: 'Biểu đồ', xml: '<sheetData/>', type: `${REL}/chartsheet` }],
      }),
    ],
    [
      'a shared string that is not there',
      excelBook({ ...base, sheets: [{ name: 'Xã', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData>' }] }),
    ],
    ['an OpenDocument file', zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'META-INF/manifest.xml': '<manifest/>' })],
    ['bytes that are not a zip', new TextEncoder().encode('Tên xã,Năm\nHồ Sơn,2024\n')],
  ];
  it.each(cases)('%s', (_what, bytes) => {
    expect(readXlsx(bytes)).toBeUndefined();
    const read = readGrids(bytes, { format: 'xlsx' });
    let reference: ReturnType<typeof sheetJsGrids> | undefined;
    try {
      reference = sheetJsGrids(bytes);
    } catch {
      reference = undefined;
    }
    if (reference === undefined) expect(read.issues.map((i) => i.code)).toEqual(['unreadable-file']);
    else expect(read.grids).toStrictEqual(reference);
  });
});
