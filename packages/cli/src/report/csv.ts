import type { ReportTable } from './tables.js';

function field(value: string | number): string {
  // A number's text never holds a comma, a quote, a line break or an edge space.
  if (typeof value === 'number') return String(value);
  return /[",\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A table as CSV text (RFC 4180 quoting, CRLF-free `\n` lines) with a byte-order mark, so Excel
 * opens Vietnamese text correctly, in pieces of some thousand lines written one after another.
 * Why: a report of 10,000 communes has half a million indicator rows; as one string, it is a
 * copy of the whole to make, then to encode.
 * @example
 * [...csvPieces({ name: 'x', header: ['Tên'], rows: [['Hồ Sơn']] })].join(''); // '\uFEFFTên\nHồ Sơn\n'
 */
export function* csvPieces(table: ReportTable): Generator<string> {
  let piece = `\uFEFF${table.header.map(field).join(',')}\n`;
  let lines = 0;
  for (const row of table.rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) line += i === 0 ? field(row[i]!) : `,${field(row[i]!)}`;
    piece += `${line}\n`;
    if (++lines === 4_000) {
      yield piece;
      piece = '';
      lines = 0;
    }
  }
  if (piece !== '') yield piece;
}
