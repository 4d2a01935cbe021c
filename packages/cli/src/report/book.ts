import * as zlib from 'node:zlib';
import type { ReportTable } from './tables.js';

/** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ], and unique in the book. */
function sheetName(table: ReportTable, i: number, used: Set<string>): string {
  let name = table.name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31);
  if (used.has(name.toLowerCase())) name = `${name.slice(0, 27)} (${i + 1})`;
  used.add(name.toLowerCase());
  return name;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 cannot hold are what it looks for
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const escapeXml = (text: string): string =>
  !NEEDS_ESCAPE.test(text)
    ? text
    : text
        .replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'))
        // Characters XML 1.0 cannot hold (control characters other than tab and newlines).
        // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** A column's letters (0 → A, 27 → AB). */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * One sheet's XML as bytes: numbers as numbers, text as inline strings (no shared-string table
 * to build); turned into bytes every few thousand rows, so no single string grows huge.
 */
function sheetXml(table: ReportTable): Buffer {
  const chunks: Buffer[] = [];
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    '<cols>',
  ];
  table.header.forEach((h, c) => {
    parts.push(`<col min="${c + 1}" max="${c + 1}" width="${Math.max(8, Math.min(40, h.length + 4))}" customWidth="1"/>`);
  });
  parts.push('</cols><sheetData>');
  const letters = table.header.map((_, c) => columnName(c));
  const rows = [table.header, ...table.rows];
  // A report repeats the same texts ("Đạt", "≥ 98%") across its rows: each cell's XML after
  // its address is made once per text.
  const texts = new Map<string, string>();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const number = String(r + 1);
    let xml = `<row r="${number}">`;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value === '' || value === undefined || value === null) continue;
      const ref = (letters[c] ?? columnName(c)) + number;
      if (typeof value === 'number' && Number.isFinite(value)) xml += `<c r="${ref}"><v>${value}</v></c>`;
      else {
        const text = String(value);
        let rest = texts.get(text);
        if (rest === undefined) {
          rest = `" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
          if (texts.size >= 50_000) texts.clear();
          texts.set(text, rest);
        }
        xml += `<c r="${ref}${rest}`;
      }
    }
    parts.push(`${xml}</row>`);
    if (parts.length >= 2000) chunks.push(Buffer.from(parts.splice(0).join(''), 'utf8'));
  }
  parts.push('</sheetData></worksheet>');
  chunks.push(Buffer.from(parts.join(''), 'utf8'));
  return Buffer.concat(chunks);
}

function workbookParts(names: readonly string[]): [string, string | Buffer][] {
  const sheets = names.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  return [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets
          .map(
            (s) => `<Override PartName="/${s}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ],
    [
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (s, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${s.slice(3)}"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    ],
  ];
}

// CRC-32 of the zip entries: zlib's (Node 20.15+), else a table (older Node 20 releases).
const CRC_TABLE = /* @__PURE__ */ (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One deflated entry of a zip archive. */
interface Packed {
  readonly name: Buffer;
  readonly packed: Buffer;
  readonly crc: number;
  readonly size: number;
}

function pack(name: string, text: string | Buffer): Packed {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  // Level 1: a report's XML is repetitive, so the fastest level already packs it about tenfold.
  return { name: Buffer.from(name, 'utf8'), packed: zlib.deflateRawSync(data, { level: 1 }), crc: crc32(data), size: data.length };
}

/** A zip archive of deflated entries, in their order (no zip64: a report stays far below 4 GB). */
function zip(entries: readonly Packed[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name: nameBytes, packed, crc, size } of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 10); // time and date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(0, 12);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

/**
 * A report's tables as an XLSX workbook, one sheet each, the header row frozen. Written here
 * (sheet XML, then a zip by Node's zlib) rather than through SheetJS: for a report of 10,000
 * communes (two million cells) SheetJS's writer, its JavaScript deflate and the copies it makes
 * were most of the CPU time and of the garbage collected. Only what a report needs: text and
 * numbers, column widths; files that SheetJS and spreadsheet programs read back.
 * @example
 * const bytes = reportBook([{ name: 'Tổng hợp', header: ['Mục', 'Giá trị'], rows: [['Số đơn vị', 3]] }]);
 */
export function reportBook(tables: Iterable<ReportTable>): Uint8Array {
  // Each table (made as it is asked for) is turned into its sheet and packed before the next
  // is made: a report of 10,000 communes never holds all its tables, nor their XML, at once.
  const names: string[] = [];
  const used = new Set<string>();
  const sheets: Packed[] = [];
  for (const table of tables) {
    names.push(sheetName(table, names.length, used));
    sheets.push(pack(`xl/worksheets/sheet${names.length}.xml`, sheetXml(table)));
  }
  return zip([...workbookParts(names).map(([name, text]) => pack(name, text)), ...sheets]);
}
