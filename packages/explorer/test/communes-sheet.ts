// Test data (not law): the CLI's input template for 318/QĐ-TTg + 211/QĐ-TTg filled in for three
// made-up communes of Vĩnh Phúc, as XLSX bytes and as CSV text.
import * as XLSX from '@e965/xlsx';
import { getCriteriaSet } from '@ntm/criteria';
import { writeInputForm } from '@ntm/sheets';

/** The set the fixture is filled in for. */
const FIXTURE_SET = getCriteriaSet('commune-2021-2025+211');

/** The made-up communes: id, name, and the values by indicator code. */
export const TEST_COMMUNES = [
  { id: 'xa-thu-a', name: 'Xã Thử A', values: { '3.1': '85', '3.2': 'Đạt', '14.1a': '99' } },
  { id: 'xa-thu-b', name: 'Xã Thử B', values: { '3.1': '70', '3.2': 'Đạt' } },
  { id: 'xa-thu-c', name: 'Xã Thử C', values: { '3.1': 'nhiều' } },
] as const;

/** The filled template as rows (the template's header rows, then one row per commune). */
function filledRows(): unknown[][] {
  const template = XLSX.read(writeInputForm(FIXTURE_SET, { format: 'xlsx', column: 'red-river-delta' }), { type: 'array' });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(template.Sheets['Xã']!, { header: 1, defval: null });
  const header = rows[1]!.map((c) => String(c ?? ''));
  const codes = rows.find((r) => r[0] === 'Mã chỉ tiêu')!.map((c) => String(c ?? ''));
  const at = (label: string) => header.findIndex((h) => h.startsWith(label));
  TEST_COMMUNES.forEach((commune, n) => {
    const row: unknown[] = new Array(codes.length).fill(null);
    row[0] = n + 1;
    row[at('Mã xã')] = commune.id;
    row[at('Tên xã')] = commune.name;
    row[at('Tỉnh')] = 'Vĩnh Phúc';
    row[at('Năm')] = 2024;
    row[at('Vùng')] = 'ĐBSH';
    for (const [code, value] of Object.entries(commune.values)) row[codes.indexOf(code)] = value;
    rows.push(row);
  });
  return rows;
}

/** The filled template as an XLSX workbook. */
export function communesXlsx(): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(filledRows()), 'Xã');
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

/** The same sheet as CSV (UTF-8). */
export function communesCsv(): Buffer {
  return Buffer.from(XLSX.utils.sheet_to_csv(XLSX.utils.aoa_to_sheet(filledRows())), 'utf8');
}
