// A lean reader of XLSX workbooks, for speed: a sheet of 10,000 communes is half a million
// cells, and SheetJS's whole-workbook parse took most of the time of `ntm evaluate`. It reads
// only what a grid needs (sheet names, cells' values, formatted text and number formats,
// merged ranges) and follows SheetJS's reading rule by rule, so that its grids are exactly
// SheetJS's (test/xlsx-reader.test.ts compares the two on many workbooks). Whatever it does not
// know (ODS, XLSB, chart sheets, ISO date cells, array formulas, a format it has not got…) makes
// it give up with `undefined`, and the caller reads the file with SheetJS: never a wrong grid.
import * as XLSX from '@e965/xlsx';
import type { SheetCell } from './grid.js';
import { readZip, type ZipArchive } from './unzip.js';

/** A sheet as the reader found it: rows of cells (SheetJS's dense rows) and merged ranges. */
export interface RawSheet {
  readonly name: string;
  readonly rows: (SheetCell | undefined)[][];
  readonly merges: readonly CellRange[];
}

/** An inclusive range of 0-based cells. */
export interface CellRange {
  readonly s: { readonly r: number; readonly c: number };
  readonly e: { readonly r: number; readonly c: number };
}

/** Thrown where the reader meets what it does not know: the caller falls back to SheetJS. */
class Unsupported extends Error {}
const unsupported = (what: string): never => {
  throw new Unsupported(what);
};

const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const WORKBOOK_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.sheet.binary.macroEnabled.main',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
]);
const STRINGS_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  'application/vnd.ms-excel.sharedStrings',
]);
const STYLES_TYPES = new Set(['application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml', 'application/vnd.ms-excel.styles']);
const WORKSHEET_RELS = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet',
]);

// The number formats Excel knows by id, as SheetJS starts each read with them (taken before
// any read could add a workbook's own: custom formats are per workbook here).
const BUILT_IN_FORMATS: ReadonlyMap<number, string> = /* @__PURE__ */ (() => {
  const table = XLSX.SSF.get_table() as Record<number, string>;
  return new Map(
    Object.entries(table)
      .map(([id, format]) => [Number(id), format] as const)
      .filter(([id, format]) => id < 164 && typeof format === 'string'),
  );
})();
// A format Google Sheets writes that SheetJS corrects on loading.
const BAD_FORMATS: Readonly<Record<string, string>> = { 'd.m': 'd\\.m' };

/**
 * The sheets of an XLSX workbook, or `undefined` when the file is not one this reader knows
 * entirely (then read it with SheetJS).
 * @example
 * const bytes = writeInputForm(commune318, { format: 'xlsx', column: 'red-river-delta' });
 * readXlsx(bytes)?.[0]?.name; // 'Xã'
 */
export function readXlsx(bytes: Uint8Array): RawSheet[] | undefined {
  try {
    const zip = readZip(bytes);
    if (zip === undefined) return undefined;
    return readBook(zip);
  } catch (error) {
    // What SheetJS may read differently (or refuse with its own message) is SheetJS's to read.
    if (error instanceof Unsupported || error instanceof Error) return undefined;
    throw error;
  }
}

const decoder = /* @__PURE__ */ new TextDecoder('utf-8');
// In Node, a sheet's XML is read as one byte per character (a copy-free decoding, where UTF-8
// decoding of a large sheet took hundreds of milliseconds) and only its text values are then
// decoded from UTF-8, as SheetJS does; elsewhere the whole XML is decoded from UTF-8.
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;
const HIGH_BYTE = /[\x80-\xff]/;
const fromBytes = (text: string): string => (HIGH_BYTE.test(text) ? NodeBuffer!.from(text, 'latin1').toString('utf8') : text);
const asIs = (text: string): string => text;

/** A sheet part's XML, and how to turn a text value of it into its characters. */
function sheetText(bytes: Uint8Array): { xml: string; utf8: (text: string) => string } {
  if (bytes[0] === 0xff || bytes[0] === 0xfe) unsupported('UTF-16 XML');
  if (NodeBuffer !== undefined)
    return { xml: NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'), utf8: fromBytes };
  return { xml: decoder.decode(bytes), utf8: asIs };
}
function textOf(zip: ZipArchive, name: string): string {
  const bytes = zip.bytes(name);
  if (bytes === undefined) return unsupported(`no ${name}`);
  if (bytes[0] === 0xff || bytes[0] === 0xfe) unsupported('UTF-16 XML');
  return decoder.decode(bytes);
}

function readBook(zip: ZipArchive): RawSheet[] {
  // Other zip-based formats SheetJS knows (ODS, Numbers) and a package without content types.
  if (zip.has('META-INF/manifest.xml') || zip.has('objectdata.xml') || zip.has('Index/Document.iwa')) unsupported('not XLSX');
  if (!zip.has('[Content_Types].xml')) unsupported('no content types');
  const types = contentTypes(textOf(zip, '[Content_Types].xml'));
  const workbook = types.workbooks[0] ?? (zip.has('xl/workbook.xml') ? '/xl/workbook.xml' : unsupported('no workbook'));
  if (workbook !== '/xl/workbook.xml' && workbook !== 'xl/workbook.xml') unsupported('workbook elsewhere');
  const strings = types.strings === undefined ? [] : sharedStrings(textOf(zip, stripSlash(types.strings)));
  const formats = types.styles === undefined ? undefined : cellFormats(textOf(zip, stripSlash(types.styles)));
  const book = workbookOf(textOf(zip, 'xl/workbook.xml'));
  const relsPath = zip.has('xl/_rels/workbook.xml.rels') ? 'xl/_rels/workbook.xml.rels' : unsupported('no workbook relationships');
  const rels = relationships(textOf(zip, relsPath));
  const context: SheetContext = { strings, formats, date1904: book.date1904, used: new Map() };
  return book.sheets.map((sheet) => {
    const rel = rels.get(sheet.id) ?? unsupported('a sheet without relationship');
    if (!WORKSHEET_RELS.has(rel.type)) unsupported('not a worksheet');
    // SheetJS's three tries at the part a relationship names.
    let path = `xl/${rel.target.replace(/[/]?xl\//, '')}`;
    if (!zip.has(path)) path = rel.target;
    if (!zip.has(path)) path = `xl/${rel.target}`;
    if (!zip.has(path)) unsupported('missing sheet');
    return { name: sheet.name, ...sheetOf(zip.bytes(path) ?? unsupported('missing sheet'), context) };
  });
}

const stripSlash = (path: string): string => (path.charAt(0) === '/' ? path.slice(1) : path);

// --- XML helpers, each as SheetJS's own ------------------------------------------------------

const ATTRIBUTE = /\s([^"\s?>/]+)\s*=\s*((?:")([^"]*)(?:")|(?:')([^']*)(?:')|([^'">\s]+))/g;

/** The attributes of a start tag, raw (not unescaped), namespace prefixes dropped (SheetJS's `parsexmltag`). */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  let eq = 0;
  for (; eq !== tag.length; ++eq) {
    const c = tag.charCodeAt(eq);
    if (c === 32 || c === 10 || c === 13) break;
  }
  if (eq === tag.length) return out;
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const cc = match[0].slice(1);
    let c = 0;
    for (; c !== cc.length; ++c) if (cc.charCodeAt(c) === 61) break;
    let name = cc.slice(0, c).trim();
    while (cc.charCodeAt(c + 1) === 32) ++c;
    const q = cc.charCodeAt(c + 1);
    const quoted = q === 34 || q === 39 ? 1 : 0;
    const value = cc.slice(c + 1 + quoted, cc.length - quoted);
    const colon = name.indexOf(':');
    if (colon < 0) {
      if (name.indexOf('_') > 0) name = name.slice(0, name.indexOf('_'));
    } else {
      const key = (colon === 5 && name.slice(0, 5) === 'xmlns' ? 'xmlns' : '') + name.slice(colon + 1);
      if (out[key] !== undefined && name.slice(colon - 3, colon) === 'ext') continue;
      name = key;
    }
    out[name] = value;
    out[name.toLowerCase()] = value;
  }
  return out;
}

const TAG = /<[/?]?[a-zA-Z0-9:_-]+(?:\s+[^"\s?<>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^'"<>\s=]+))*\s*[/?]?>/gm;
/** The tag's name with any namespace prefix dropped (`<x:sheet` → `<sheet`). */
const tagName = (tag: string): string => /^<\/?[^\s/>]*/.exec(tag)![0].replace(/^(<\/?)[^:<>/]*:/, '$1');

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;
const ENTITIES: Readonly<Record<string, string>> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };

/** XML text unescaped as SheetJS does (entities, `_xHHHH_` codes, CDATA; `\r\n` → `\n` in cell text). */
function unescapeXml(text: string, cellText = false): string {
  const out = text.indexOf('&') < 0 && text.indexOf('_') < 0 && text.indexOf('<![CDATA[') < 0 ? text : rawUnescape(text);
  return cellText && out.indexOf('\r\n') >= 0 ? out.replace(/\r\n/g, '\n') : out;
}
function rawUnescape(text: string): string {
  const i = text.indexOf('<![CDATA[');
  if (i < 0)
    return text
      .replace(
        ENTITY,
        (all: string, code: string | undefined) =>
          ENTITIES[all] || String.fromCharCode(Number.parseInt(code!, all.indexOf('x') > -1 ? 16 : 10)) || all,
      )
      .replace(CODE, (_all, code: string) => String.fromCharCode(Number.parseInt(code, 16)));
  const j = text.indexOf(']]>');
  return rawUnescape(text.slice(0, i)) + text.slice(i + 9, j) + rawUnescape(text.slice(j + 3));
}

const ELEMENTS = new Map<string, [RegExp, RegExp]>();

/** The whole element and its content, for the first `<tag …>…</tag>` (SheetJS's `str_match_xml_ns`). */
function element(text: string, tag: string): [string, string] | undefined {
  let pair = ELEMENTS.get(tag);
  if (pair === undefined)
    ELEMENTS.set(tag, (pair = [new RegExp(`<(?:\\w+:)?${tag}\\b[^<>]*>`, 'g'), new RegExp(`</(?:\\w+:)?${tag}>`, 'g')]));
  const [open, close] = pair;
  open.lastIndex = 0;
  const m = open.exec(text);
  if (!m) return undefined;
  close.lastIndex = open.lastIndex;
  const e = close.exec(text);
  if (!e) return undefined;
  return [text.slice(m.index, close.lastIndex), text.slice(open.lastIndex, e.index)];
}

// --- The package's parts ------------------------------------------------------------------

function contentTypes(xml: string): { workbooks: string[]; strings?: string; styles?: string } {
  const workbooks: string[] = [];
  const strings: string[] = [];
  const styles: string[] = [];
  let namespace: string | undefined;
  for (const tag of xml.match(TAG) ?? []) {
    const name = tagName(tag);
    const a = attributes(tag);
    if (name === '<Types') namespace = a['xmlns'];
    else if (name === '<Override') {
      const type = a['ContentType'] ?? '';
      const part = a['PartName'] ?? '';
      if (WORKBOOK_TYPES.has(type)) workbooks.push(part);
      else if (STRINGS_TYPES.has(type)) strings.push(part);
      else if (STYLES_TYPES.has(type)) styles.push(part);
    }
  }
  if (namespace !== CONTENT_TYPES_NS) unsupported('content types namespace');
  return { workbooks, ...(strings[0] ? { strings: strings[0] } : {}), ...(styles[0] ? { styles: styles[0] } : {}) };
}

function workbookOf(xml: string): { sheets: { name: string; id: string }[]; date1904: boolean } {
  if (xml.includes('<!--')) unsupported('comments in the workbook');
  const sheets: { name: string; id: string }[] = [];
  let date1904 = false;
  for (const tag of xml.match(TAG) ?? []) {
    const name = tagName(tag);
    if (name === '<workbookPr') {
      const v = attributes(tag)['date1904'];
      date1904 = v === '1' || v === 'true';
    } else if (name === '<sheet') {
      const a = attributes(tag);
      if (a['name'] === undefined || a['id'] === undefined) unsupported('a sheet without name or id');
      sheets.push({ name: unescapeXml(a['name']!), id: a['id']! });
    }
  }
  return { sheets, date1904 };
}

function relationships(xml: string): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  for (const tag of xml.match(TAG) ?? []) {
    if (!/^<Relationship[ \n\r]/.test(tag)) continue;
    const a = attributes(tag);
    if (a['Id'] !== undefined && a['Target'] !== undefined) rels.set(a['Id'], { type: a['Type'] ?? '', target: unescapeXml(a['Target']) });
  }
  return rels;
}

/** The shared strings' text (`undefined` where SheetJS finds none in an item). */
function sharedStrings(xml: string): (string | undefined)[] {
  const sst = element(xml, 'sst');
  if (sst === undefined) return [];
  return sst[1]
    .replace(/<(?:\w+:)?(?:si|sstItem)>/g, '')
    .split(/<\/(?:\w+:)?(?:si|sstItem)>/)
    .map((item) => stringItem(item.trim()));
}

const PLAIN_TEXT = /^\s*<(?:\w+:)?t[^>]*>/;
const TEXT_END = /<\/(?:\w+:)?t>/;
const RUN = /<(?:\w+:)?r\b[^<>]*>/;
const TEXT_ELEMENT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;

/** One string item's text: a plain `<t>`, or the `<t>`s of its rich-text runs (phonetic runs left out). */
function stringItem(x: string, utf8: (text: string) => string = asIs): string | undefined {
  if (!x) return '';
  if (PLAIN_TEXT.test(x)) return unescapeXml(utf8(x.slice(x.indexOf('>') + 1).split(TEXT_END)[0] || ''), true);
  if (RUN.test(x)) {
    const runs = withoutPhonetic(x).match(TEXT_ELEMENT) ?? [];
    return unescapeXml(utf8(runs.join('').replace(TAG, '')), true);
  }
  return undefined;
}

function withoutPhonetic(x: string): string {
  if (!/<(?:\w+:)?rPh\b/.test(x)) return x;
  const open = /<(?:\w+:)?rPh\b[^<>]*>/g;
  const close = /<\/(?:\w+:)?rPh>/g;
  const out: string[] = [];
  let end = 0;
  for (let m = open.exec(x); m; m = open.exec(x)) {
    out.push(x.slice(end, m.index));
    close.lastIndex = open.lastIndex;
    if (!close.exec(x)) return unsupported('unclosed phonetic run');
    end = close.lastIndex;
    open.lastIndex = close.lastIndex;
  }
  out.push(x.slice(end));
  return out.join('');
}

/** Per cell style (`s`), its number format id; and the workbook's own formats by id. */
interface CellFormats {
  readonly styles: readonly (number | undefined)[];
  readonly custom: ReadonlyMap<number, string>;
}

function cellFormats(xml: string): CellFormats {
  if (xml.includes('<!--') || xml.includes('<!DOCTYPE')) unsupported('comments in the styles');
  const custom = new Map<number, string>();
  const numFmts = element(xml, 'numFmts');
  if (numFmts) {
    for (const tag of numFmts[0].match(TAG) ?? []) {
      if (tagName(tag) !== '<numFmt') continue;
      const a = attributes(tag);
      const id = Number.parseInt(a['numFmtId'] ?? '', 10);
      const code = unescapeXml(a['formatCode'] ?? unsupported('a format without code'));
      if (!(id >= 0) || id > 0x188) unsupported('a format id SheetJS moves');
      if (id > 0) custom.set(id, BAD_FORMATS[code] ?? code);
    }
  }
  const styles: (number | undefined)[] = [];
  const xfs = element(xml, 'cellXfs');
  if (xfs) {
    for (const tag of xfs[0].match(TAG) ?? []) {
      const name = tagName(tag);
      if (name !== '<xf') continue;
      const id = attributes(tag)['numFmtId'];
      const n = id ? Number.parseInt(id, 10) : undefined;
      if (n !== undefined && n > 0x188) unsupported('a format id SheetJS moves');
      styles.push(n);
    }
    return { styles, custom };
  }
  // Styles without cell formats: SheetJS then formats every cell as General.
  return { styles: [], custom };
}

// --- A worksheet ----------------------------------------------------------------------------

interface SheetContext {
  readonly strings: readonly (string | undefined)[];
  readonly formats: CellFormats | undefined;
  readonly date1904: boolean;
  /** Cells already made, by type, format and raw value: a sheet repeats "Đạt" and the same numbers. */
  readonly used: Map<string, SheetCell | undefined>;
}

const MERGE = /<(?:\w+:)?mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;
const CELL_REF = /r=["']([^"']*)["']/;

function sheetOf(bytes: Uint8Array, context: SheetContext): { rows: (SheetCell | undefined)[][]; merges: CellRange[] } {
  const { xml, utf8 } = sheetText(bytes);
  const merges = (xml.match(MERGE) ?? []).map((m) => decodeRange(m.slice(m.indexOf('=') + 2)));
  const rows: (SheetCell | undefined)[][] = [];
  if (xml === '') unsupported('an empty sheet part');
  const data = element(xml, 'sheetData');
  if (data === undefined) return { rows, merges };
  const body = data[1];
  // Namespace-prefixed cells, array formulas (a value over a range) and ISO date cells are SheetJS's.
  if (/<\/?[A-Za-z_][\w.-]*:[A-Za-z]/.test(body)) unsupported('prefixed elements');
  if (body.includes('t="array"') || body.includes("t='array'")) unsupported('array formulas');
  if (body.includes('<!--') || body.includes('<![CDATA[')) unsupported('comments or CDATA in the cells');
  let rowNumber = 0;
  for (const chunk of body.split('</row>')) {
    const x = chunk.trim();
    const length = x.length;
    if (length === 0) continue;
    // The row's start tag: the first '>' that does not close an empty element (SheetJS's scan).
    let start = 0;
    let at = 0;
    for (; at < length; ++at) {
      const ch = x.charCodeAt(at);
      if (ch === 62) {
        if (x.charCodeAt(at - 1) !== 47) {
          ++at;
          break;
        }
      } else if (ch === 60) start = at;
    }
    if (start >= at) break;
    const rowTag = x.slice(start, at);
    const r = attributes(rowTag)['r'];
    rowNumber = r !== undefined ? Number.parseInt(r, 10) : rowNumber + 1;
    let column = -1;
    // The cells: the pieces between one `<c` (then a space, `/` or `>`) and the next, each
    // trimmed, as SheetJS splits a row; leading pieces that start with '<' are not cells.
    let leading = true;
    for (let from = at, next = cellStart(x, at); from <= length; from = next + 3, next = cellStart(x, from)) {
      const until = next < 0 ? length : next;
      let s = from;
      let e = until;
      while (s < e && isTrimmed(x.charCodeAt(s))) s++;
      while (e > s && isTrimmed(x.charCodeAt(e - 1))) e--;
      if (leading && s < e && x.charCodeAt(s) === 60) {
        if (next < 0) break;
        continue;
      }
      leading = false;
      if (s < e) {
        const plain = readPlainCell(x, s, e, context, utf8, rows);
        if (plain >= 0) column = plain;
        else column = readCellText(x.slice(s, e), rowNumber, column, context, utf8, rows);
      }
      if (next < 0) break;
    }
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { rows, merges };
}

/** Where the next `<c ` / `<c/` / `<c>` starts, or -1. */
function cellStart(x: string, from: number): number {
  for (let i = x.indexOf('<c', from); i >= 0; i = x.indexOf('<c', i + 1)) {
    const ch = x.charCodeAt(i + 2);
    if (ch === 32 || ch === 47 || ch === 62) return i;
  }
  return -1;
}

/** What `String.prototype.trim` removes. */
function isTrimmed(ch: number): boolean {
  return (
    (ch >= 9 && ch <= 13) ||
    ch === 32 ||
    ch === 0xa0 ||
    ch === 0x1680 ||
    (ch >= 0x2000 && ch <= 0x200a) ||
    ch === 0x2028 ||
    ch === 0x2029 ||
    ch === 0x202f ||
    ch === 0x205f ||
    ch === 0x3000 ||
    ch === 0xfeff
  );
}

/** A cell's piece of a row, by SheetJS's general reading; returns the cell's column. */
function readCellText(
  cellText: string,
  rowNumber: number,
  previous: number,
  context: SheetContext,
  utf8: (text: string) => string,
  rows: (SheetCell | undefined)[][],
): number {
  // A cell without an address follows the previous one, as SheetJS reads it.
  let column = previous + 1;
  const ref = CELL_REF.exec(cellText);
  if (ref !== null) {
    const letters = ref[1]!;
    column = 0;
    for (let i = 0; i !== letters.length; ++i) {
      const cc = letters.charCodeAt(i) - 64;
      if (cc < 1 || cc > 26) break;
      column = 26 * column + cc;
    }
    column -= 1;
  }
  readCell(cellText, rowNumber, column, context, utf8, rows);
  return column;
}

/**
 * The usual cell, read in place: `r="B7"`, then optionally ` s="3"` and ` t="s"`, then `/>` or
 * `><v>…</v></c>`; returns its column, or -1 for any other cell (read by `readCellText`).
 */
function readPlainCell(
  x: string,
  s: number,
  e: number,
  context: SheetContext,
  utf8: (text: string) => string,
  rows: (SheetCell | undefined)[][],
): number {
  if (x.charCodeAt(s) !== 114 || x.charCodeAt(s + 1) !== 61 || x.charCodeAt(s + 2) !== 34) return -1; // r="
  let i = s + 3;
  let col = 0;
  let ch = x.charCodeAt(i);
  while (ch >= 65 && ch <= 90) {
    col = col * 26 + ch - 64;
    ch = x.charCodeAt(++i);
  }
  let row = 0;
  while (ch >= 48 && ch <= 57) {
    row = row * 10 + ch - 48;
    ch = x.charCodeAt(++i);
  }
  if (ch !== 34 || col === 0 || row === 0) return -1;
  i++;
  let style: string | undefined;
  let type: string | undefined;
  if (x.startsWith(' s="', i)) {
    const q = x.indexOf('"', i + 4);
    if (q < 0 || q >= e) return -1;
    style = x.slice(i + 4, q);
    i = q + 1;
  }
  if (x.startsWith(' t="', i)) {
    const q = x.indexOf('"', i + 4);
    if (q < 0 || q >= e) return -1;
    type = x.slice(i + 4, q);
    i = q + 1;
  }
  let raw: string | undefined;
  ch = x.charCodeAt(i);
  if (ch === 47 && x.charCodeAt(i + 1) === 62) {
    if (i + 2 !== e) return -1;
  } else if (ch === 62 && x.startsWith('<v>', i + 1)) {
    const close = x.indexOf('</v>', i + 4);
    if (close < 0 || close + 8 !== e || !x.startsWith('</c>', close + 4)) return -1;
    if (close > i + 4) raw = unescapeXml(x.slice(i + 4, close));
  } else return -1;
  if (type === 'inlineStr' || (type === undefined && raw === undefined)) {
    // An inline string needs its `<is>`; a cell with neither type nor value is not kept.
    if (type === 'inlineStr') return -1;
    return col - 1;
  }
  store(type || 'n', raw, '', style, row - 1, col - 1, context, utf8, rows);
  return col - 1;
}

// The start tag of the cell being read, as `readCell` scans it (kept here: no object per cell).
let tagR: string | undefined;
let tagS: string | undefined;
let tagT: string | undefined;

/**
 * Scans a cell's start tag written plainly (`r="A1" s="3" t="s">`: lower-case names among
 * r, s, t, cm, vm, ph, double quotes, no `>` in a value) into tagR/tagS/tagT; returns where its
 * content starts, or -1 for anything else (then SheetJS's general attribute reading applies).
 */
function scanPlainTag(text: string): number {
  tagR = tagS = tagT = undefined;
  const length = text.length;
  let i = 0;
  for (;;) {
    let ch = text.charCodeAt(i);
    while (ch === 32) ch = text.charCodeAt(++i);
    if (ch === 62) return i + 1; // '>'
    if (ch === 47) return text.charCodeAt(i + 1) === 62 ? i + 2 : -1; // '/>'
    const nameStart = i;
    while (ch >= 97 && ch <= 122) ch = text.charCodeAt(++i);
    if (ch !== 61 || text.charCodeAt(i + 1) !== 34 || i === nameStart) return -1; // not name="
    const name = text.slice(nameStart, i);
    const close = text.indexOf('"', i + 2);
    if (close < 0) return -1;
    const value = text.slice(i + 2, close);
    if (value.indexOf('>') >= 0) return -1;
    if (name === 'r') tagR = value;
    else if (name === 's') tagS = value;
    else if (name === 't') tagT = value;
    else if (name !== 'cm' && name !== 'vm' && name !== 'ph') return -1;
    i = close + 1;
    if (i >= length) return -1;
    ch = text.charCodeAt(i);
    if (ch !== 32 && ch !== 62 && ch !== 47) return -1;
  }
}

/**
 * One cell from its XML (the text after `<c`), put in its row as SheetJS does; nothing for a
 * cell SheetJS does not keep (no value).
 */
function readCell(
  text: string,
  rowNumber: number,
  column: number,
  context: SheetContext,
  utf8: (text: string) => string,
  rows: (SheetCell | undefined)[][],
): void {
  let end = scanPlainTag(text);
  let d: string;
  if (end >= 0) d = text.slice(end);
  else {
    const x = text.charCodeAt(0) === 60 ? `<c >${text}` : `<c ${text}`;
    end = x.indexOf('>');
    end = end < 0 ? x.length + 1 : end + 1;
    const a = attributes(x.slice(0, end));
    tagR = a['r'] || undefined;
    tagS = a['s'];
    tagT = a['t'];
    d = x.slice(end);
  }
  const address = tagR || encodeCell(rowNumber - 1, column);
  let raw: string | undefined;
  if (d.startsWith('<v>')) {
    const close = d.indexOf('</v>', 3);
    if (close > 3) raw = unescapeXml(d.slice(3, close));
    else if (close < 0) {
      const v = element(d, 'v');
      if (v !== undefined && v[1] !== '') raw = unescapeXml(v[1]);
    }
  } else if (d.length > 0) {
    const v = element(d, 'v');
    if (v !== undefined && v[1] !== '') raw = unescapeXml(v[1]);
  }
  const type = tagT;
  if (type === undefined && raw === undefined) {
    if (/<(?:\w+:)?f\b/.test(d)) unsupported('a formula without a value');
    return;
  }
  // Row and column of the address, SheetJS's way (digits anywhere are the row, capitals the column).
  let row = 0;
  let col = 0;
  for (let i = 0; i < address.length; ++i) {
    const cc = address.charCodeAt(i);
    if (cc >= 48 && cc <= 57) row = 10 * row + (cc - 48);
    else if (cc >= 65 && cc <= 90) col = 26 * col + (cc - 64);
  }
  store(type || 'n', raw, d, tagS, row - 1, col - 1, context, utf8, rows);
}

/** A cell's value by its type, formatted and placed in its row as SheetJS does; nothing for a cell SheetJS does not keep. */
function store(
  type: string,
  raw: string | undefined,
  d: string,
  styleIndex: string | undefined,
  row: number,
  col: number,
  context: SheetContext,
  utf8: (text: string) => string,
  rows: (SheetCell | undefined)[][],
): void {
  const formats = context.formats;
  // Indexed by the attribute's text, as SheetJS does (`s=""` is no style).
  const formatId =
    formats !== undefined && styleIndex !== undefined
      ? ((formats.styles as unknown as Record<string, number | undefined>)[styleIndex] ?? 0)
      : 0;
  let cell: SheetCell | undefined;
  switch (type) {
    case 'n': {
      if (raw === undefined || raw === '') return;
      const key = `n${formatId}|${raw}`;
      cell = context.used.get(key);
      if (cell === undefined) remember(context, key, (cell = numberCell(Number.parseFloat(raw), formatId, context)));
      break;
    }
    case 's': {
      if (raw === undefined) return;
      const index = Number.parseInt(raw, 10);
      if (!(index >= 0 && index < context.strings.length)) unsupported('a shared string that is not there');
      const key = `s${formatId}|${index}`;
      cell = context.used.get(key);
      if (cell === undefined && !context.used.has(key))
        remember(context, key, (cell = stringCell(context.strings[index], formatId, context)));
      break;
    }
    case 'str': {
      // A formula's text (SheetJS unescapes it a second time), or what SheetJS writes for text.
      const key = raw === undefined ? `t${formatId}` : `t${formatId}|${raw}`;
      cell = context.used.get(key);
      if (cell === undefined && !context.used.has(key))
        remember(context, key, (cell = stringCell(raw !== undefined ? unescapeXml(utf8(raw), true) : '', formatId, context)));
      break;
    }
    case 'inlineStr': {
      const is = element(d, 'is');
      const key = is === undefined ? `i${formatId}` : `i${formatId}|${is[1]}`;
      cell = context.used.get(key);
      if (cell === undefined && !context.used.has(key))
        remember(context, key, (cell = stringCell(is !== undefined ? stringItem(is[1], utf8) : '', formatId, context)));
      break;
    }
    case 'b': {
      const flag = raw === '1' || raw === 'true';
      cell = { value: flag, text: formatted(flag, formatId, context) ?? '', percent: false };
      break;
    }
    case 'e': {
      formatOf(formatId, context); // as SheetJS, which loads the format of every cell it keeps
      const shown = raw || '#ERROR';
      cell = { value: null, text: shown, percent: false, error: shown };
      break;
    }
    default:
      unsupported(`cell type ${type}`);
  }
  if (row < 0 || col < 0) unsupported('a cell address out of range');
  const target = (rows[row] ??= []);
  // SheetJS's dense rows: every position up to the last cell is there, empty or not.
  for (let c = target.length; c < col; c++) target[c] = undefined;
  target[col] = cell;
}

function remember(context: SheetContext, key: string, cell: SheetCell | undefined): void {
  if (context.used.size >= 50_000) context.used.clear();
  context.used.set(key, cell);
}

/** The format string of a format id, as SheetJS's table has it for this workbook. */
function formatOf(id: number, context: SheetContext): string {
  const format = context.formats?.custom.get(id) ?? BUILT_IN_FORMATS.get(id);
  // An id neither built in nor defined: SheetJS guesses it the first time, differently after.
  return format ?? unsupported(`number format ${id}`);
}

/** The text Excel shows (SheetJS's `w`); `undefined` where SheetJS's formatter fails. */
function formatted(value: string | number | boolean | undefined, id: number, context: SheetContext): string | undefined {
  const format = formatOf(id, context);
  if (id === 0) {
    if (typeof value === 'number') return (value | 0) === value ? value.toString(10) : XLSX.SSF.format('General', value);
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return value;
  }
  try {
    return XLSX.SSF.format(format, value as number, { date1904: context.date1904 });
  } catch {
    return undefined;
  }
}

function numberCell(value: number, id: number, context: SheetContext): SheetCell {
  const format = formatOf(id, context);
  return { value, text: formatted(value, id, context) ?? '', percent: /%/.test(format.replace(/"[^"]*"/g, '')) };
}

function stringCell(raw: string | undefined, id: number, context: SheetContext): SheetCell | undefined {
  const shown = formatted(raw, id, context) ?? '';
  const value = String(raw ?? '').normalize('NFC');
  return value.trim() === '' ? undefined : { value, text: shown || value, percent: false };
}

function encodeCell(row: number, column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** A range `A1:B2` (or one cell), SheetJS's `safe_decode_range`. */
function decodeRange(range: string): CellRange {
  let i = 0;
  let cc = 0;
  const len = range.length;
  const part = (letters: boolean): number => {
    let idx = 0;
    for (; i < len; ++i) {
      cc = range.charCodeAt(i) - (letters ? 64 : 48);
      if (letters ? cc < 1 || cc > 26 : cc < 0 || cc > 9) break;
      idx = (letters ? 26 : 10) * idx + cc;
    }
    return idx - 1;
  };
  const sc = part(true);
  const sr = part(false);
  if (i === len || cc !== 10) return { s: { r: sr, c: sc }, e: { r: sr, c: sc } };
  ++i;
  const ec = part(true);
  const er = part(false);
  return { s: { r: sr, c: sc }, e: { r: er, c: ec } };
}
