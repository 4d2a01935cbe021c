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
 * The texts of a book, each written once in `xl/sharedStrings.xml` and referred to by its index
 * from the cells: a report repeats the same few texts ("Đạt", "chưa rõ", "≥ 98%") across two
 * million cells, so referring to them cuts the sheet XML to a third, and the time to make and
 * deflate it. Bounded: past `limit` distinct texts a new text is written inline in its cell.
 */
class SharedStrings {
  // Each known text's cell XML after its address (`" t="s"><v>12</v></c>`).
  readonly #cells = new Map<string, string>();
  readonly #items: string[] = [];
  #count = 0;
  constructor(private readonly limit = 1_000_000) {}

  /** The cell's XML after its address: a shared text's index, or the text inline once the table is full. */
  cell(text: string): string {
    this.#count++;
    const known = this.#cells.get(text);
    if (known !== undefined) return known;
    if (this.#items.length >= this.limit) return `" t="inlineStr"><is>${textElement(text)}</is></c>`;
    const rest = `" t="s"><v>${this.#items.length}</v></c>`;
    this.#items.push(`<si>${textElement(text)}</si>`);
    this.#cells.set(text, rest);
    return rest;
  }

  /** The `sst` part, in pieces (a list of 100,000 texts is never one string). */
  *xml(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.#count}" uniqueCount="${this.#items.length}">`;
    for (let i = 0; i < this.#items.length; i += 10_000) yield this.#items.slice(i, i + 10_000).join('');
    yield '</sst>';
  }
}

/** A `<t>`: spaces at either end are kept only when the element says so. */
function textElement(text: string): string {
  const escaped = escapeXml(text);
  return /^\s|\s$/.test(escaped) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/**
 * One sheet's XML, in pieces of about a megabyte: numbers as numbers, text as shared strings.
 */
function* sheetXml(table: ReportTable, strings: SharedStrings): Generator<string> {
  let xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<cols>';
  table.header.forEach((h, c) => {
    xml += `<col min="${c + 1}" max="${c + 1}" width="${Math.max(8, Math.min(40, h.length + 4))}" customWidth="1"/>`;
  });
  xml += '</cols><sheetData>';
  const letters = table.header.map((_, c) => columnName(c));
  const rows = [table.header, ...table.rows];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const number = String(r + 1);
    xml += `<row r="${number}">`;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value === '' || value === undefined || value === null) continue;
      const ref = (letters[c] ?? columnName(c)) + number;
      if (typeof value === 'number' && Number.isFinite(value)) xml += `<c r="${ref}"><v>${value}</v></c>`;
      else {
        xml += `<c r="${ref}${strings.cell(String(value))}`;
      }
    }
    xml += '</row>';
    if (xml.length >= 1 << 20) {
      yield xml;
      xml = '';
    }
  }
  yield `${xml}</sheetData></worksheet>`;
}

function workbookParts(names: readonly string[]): [string, string][] {
  const sheets = names.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  return [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
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
        `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
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
/** The CRC-32 of `data` following the bytes whose CRC-32 is `crc` (0 for the first). */
function crc32(data: Uint8Array, crc: number): number {
  const native = (zlib as { crc32?: (data: Uint8Array, value: number) => number }).crc32;
  if (native) return native(data, crc) >>> 0;
  let c = (crc ^ 0xffffffff) >>> 0;
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

/**
 * An entry deflated piece by piece, so a sheet's XML (a hundred megabytes for 10,000 communes)
 * is never held whole: each piece but the last ends with a sync flush (an empty stored block,
 * no final bit), which makes the pieces' raw deflate streams one valid stream when concatenated.
 */
function pack(name: string, pieces: Iterable<string>): Packed {
  const packed: Buffer[] = [];
  let crc = 0;
  let size = 0;
  let pending: Buffer | undefined;
  const flush = (last: boolean) => {
    if (pending === undefined) return;
    // Level 1: a report's XML is repetitive, so the fastest level already packs it about tenfold.
    packed.push(zlib.deflateRawSync(pending, { level: 1, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }));
    pending = undefined;
  };
  for (const piece of pieces) {
    flush(false);
    pending = Buffer.from(piece, 'utf8');
    crc = crc32(pending, crc);
    size += pending.length;
  }
  pending ??= Buffer.alloc(0);
  flush(true);
  return { name: Buffer.from(name, 'utf8'), packed: Buffer.concat(packed), crc, size };
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
 * numbers, column widths; files that SheetJS and spreadsheet programs read back. At most
 * `sharedStrings` distinct texts (a million by default) are shared; later ones are written inline.
 * @example
 * const bytes = reportBook([{ name: 'Tổng hợp', header: ['Mục', 'Giá trị'], rows: [['Số đơn vị', 3]] }]);
 */
export function reportBook(tables: Iterable<ReportTable>, options: { readonly sharedStrings?: number } = {}): Uint8Array {
  // Each table (made as it is asked for) is turned into its sheet and packed before the next
  // is made: a report of 10,000 communes never holds all its tables, nor their XML, at once.
  const names: string[] = [];
  const used = new Set<string>();
  const strings = new SharedStrings(options.sharedStrings);
  const sheets: Packed[] = [];
  for (const table of tables) {
    names.push(sheetName(table, names.length, used));
    sheets.push(pack(`xl/worksheets/sheet${names.length}.xml`, sheetXml(table, strings)));
  }
  return zip([...workbookParts(names).map(([name, text]) => pack(name, [text])), ...sheets, pack('xl/sharedStrings.xml', strings.xml())]);
}
