import { deepFreeze } from '../_lib/deep-freeze.js';
import type { ColumnId } from '../model/column.js';
import { COMMUNE_GROUPS, isCommuneGroupId } from '../model/commune-group.js';
import { isRegionId, REGIONS } from '../model/region.js';
import type { LocalizedText } from '../model/text.js';

/**
 * Codes of the problems `applyTable` reports about a table. Each refuses the table: a
 * province's decision is applied whole or not at all.
 * @example
 * TABLE_ISSUE_CODES.includes('less-strict'); // true
 */
export const TABLE_ISSUE_CODES = /* @__PURE__ */ deepFreeze([
  'invalid-table',
  'unknown-format',
  'base-mismatch',
  'province-mismatch',
  'missing-province',
  'missing-field',
  'same-id',
  'unknown-column',
  'mixed-columns',
  'duplicate-row',
  'unknown-base-code',
  'criterion-mismatch',
  'measure-mismatch',
  'missing-criterion-name',
  'missing-row',
  'invalid-value',
  'status-with-value',
  'claims-verified',
  'less-strict',
  'cell-cleared',
  'cases-mismatch',
  'unknown-source',
  'unknown-document',
  'inconsistent-set',
  // Tables given to an aggregate (applyTables): one table per set.
  'duplicate-table',
] as const);

/**
 * The code of a table problem.
 * @example
 * const code: TableIssueCode = 'claims-verified';
 */
export type TableIssueCode = (typeof TABLE_ISSUE_CODES)[number];

/**
 * One problem with a table, shaped like the engine's `InputIssue` (`code`, `path`, `expected`,
 * `received`, vi/en `message`, rendered by `formatMessage`), plus the row (STT, from 1), the
 * indicator code and the column it is about.
 * @example
 * const { issues } = applyTable(commune51, testOnlyTable);
 * for (const issue of issues) console.log(issue.row, issue.column, formatMessage(issue, 'vi'));
 */
export interface TableIssue {
  readonly code: TableIssueCode;
  readonly path: readonly (string | number)[];
  readonly expected: string;
  readonly received: string;
  readonly message: LocalizedText;
  /** The row's number (STT), counted from 1. */
  readonly row?: number;
  /** The indicator code of the row. */
  readonly indicator?: string;
  /** The column id of the cell. */
  readonly column?: ColumnId;
}

/** Where in the table a problem is. @internal */
export interface TablePlace {
  /** Index of the row in `rows` (from 0). */
  readonly row?: number;
  readonly indicator?: string;
  readonly column?: ColumnId;
  /** The path inside the table; made from row and column when absent. */
  readonly path?: readonly (string | number)[];
}

type Text = (where: string, expected: string, received: string) => string;

const vi: { readonly [K in TableIssueCode]: Text } = {
  'invalid-table': (w, e, r) => `${w}: không đúng định dạng bảng tiêu chí; cần ${e}, nhận được ${r}.`,
  'unknown-format': (w, e, r) => `${w}: phiên bản định dạng ${r} không được hỗ trợ; cần ${e}.`,
  'base-mismatch': (w, e, r) => `${w}: bảng hoàn thiện bộ tiêu chí ${r}, không phải bộ được truyền vào (${e}).`,
  'province-mismatch': (w, e, r) => `${w}: bộ tiêu chí gốc là của tỉnh ${e}, bảng ghi tỉnh ${r}.`,
  'missing-province': (w) => `${w}: bảng thay đổi bộ tiêu chí nên phải ghi tỉnh ban hành (province).`,
  'missing-field': (w, e) => `${w}: bảng xác định một bộ tiêu chí mới nên phải có ${e}.`,
  'same-id': (w, e) => `${w}: bảng thay đổi bộ tiêu chí ${e} nên phải có mã (id) riêng, khác mã bộ gốc.`,
  'unknown-column': (w, e, r) => `${w}: bộ tiêu chí không có cột ${r}; các cột hợp lệ: ${e}.`,
  'mixed-columns': (w, e, r) => `${w}: bảng vừa có cột theo vùng vừa có cột theo nhóm xã (${r}); cần ${e}.`,
  'duplicate-row': (w, e, r) => `${w}: mã chỉ tiêu ${r} đã có ở ${e}.`,
  'unknown-base-code': (w, _e, r) => `${w}: bộ tiêu chí gốc không có chỉ tiêu ${r} (baseCode).`,
  'criterion-mismatch': (w, e, r) => `${w}: chỉ tiêu thuộc tiêu chí ${e} trong bộ gốc, bảng ghi tiêu chí ${r}.`,
  'measure-mismatch': (w, e, r) => `${w}: chỉ tiêu được đo theo ${e} trong bộ gốc, bảng ghi ${r}.`,
  'missing-criterion-name': (w, _e, r) => `${w}: tiêu chí ${r} chưa có trong bộ gốc nên phải có tên (criterionName).`,
  'missing-row': (w, e, r) =>
    `${w}: bảng ghi là đầy đủ (complete) nhưng thiếu chỉ tiêu ${r} của tiêu chí ${e}; thêm dòng đó (hoặc ghi baseCode ở dòng tương ứng).`,
  'invalid-value': (w, e, r) => `${w}: mức ${r} không hợp lệ; cần ${e}.`,
  'status-with-value': (w, e, r) => `${w}: ô có mức nhưng trạng thái là ${r}; ô có mức chỉ được ghi ${e}.`,
  'claims-verified': (w, e, r) =>
    `${w}: bảng ghi mức ${r} là "đã kiểm chứng" nhưng bộ gốc không có mức quốc gia đó (${e}); mức của tỉnh không được ghi là mức quốc gia.`,
  'less-strict': (w, e, r) => `${w}: mức ${r} thấp hơn mức quốc gia đã kiểm chứng (${e}); tỉnh chỉ được quy định chặt hơn.`,
  'cell-cleared': (w, e) => `${w}: ô để trống nhưng bộ gốc đã có mức ${e}; bảng không được xóa mức đã biết.`,
  'cases-mismatch': (w, e, r) => `${w}: ô có ${r} trường hợp, bộ gốc có ${e}; các trường hợp (theo năm, theo điều kiện) phải tương ứng.`,
  'unknown-source': (w, e, r) => `${w}: nguồn ${r} không có trong danh sách nguồn của bộ tiêu chí (${e}).`,
  'unknown-document': (w, e, r) => `${w}: văn bản ${r} không phải văn bản của bảng hay căn cứ pháp lý của bộ tiêu chí (${e}).`,
  'inconsistent-set': (w, e) => `${w}: bộ tiêu chí tạo ra không nhất quán: ${e}`,
  'duplicate-table': (w, e, r) =>
    `${w}: bộ tiêu chí ${r} đã có bảng ở ${e}; mỗi bộ chỉ nhận một bảng nên không bảng nào được áp dụng cho bộ này.`,
};

const en: { readonly [K in TableIssueCode]: Text } = {
  'invalid-table': (w, e, r) => `${w}: not a valid criteria table; expected ${e}, received ${r}.`,
  'unknown-format': (w, e, r) => `${w}: format version ${r} is not supported; expected ${e}.`,
  'base-mismatch': (w, e, r) => `${w}: the table completes the set ${r}, not the set given (${e}).`,
  'province-mismatch': (w, e, r) => `${w}: the base set belongs to province ${e}; the table names ${r}.`,
  'missing-province': (w) => `${w}: the table changes the set, so it must name the issuing province (province).`,
  'missing-field': (w, e) => `${w}: the table defines a new set, so it needs ${e}.`,
  'same-id': (w, e) => `${w}: the table changes the set ${e}, so it needs its own id, different from the base's.`,
  'unknown-column': (w, e, r) => `${w}: the set has no column ${r}; valid columns: ${e}.`,
  'mixed-columns': (w, e, r) => `${w}: the table has both region and commune-group columns (${r}); expected ${e}.`,
  'duplicate-row': (w, e, r) => `${w}: indicator code ${r} is already used at ${e}.`,
  'unknown-base-code': (w, _e, r) => `${w}: the base set has no indicator ${r} (baseCode).`,
  'criterion-mismatch': (w, e, r) => `${w}: the indicator belongs to criterion ${e} in the base set; the table says criterion ${r}.`,
  'measure-mismatch': (w, e, r) => `${w}: the indicator is measured as ${e} in the base set; the table says ${r}.`,
  'missing-criterion-name': (w, _e, r) => `${w}: criterion ${r} is not in the base set, so it needs a name (criterionName).`,
  'missing-row': (w, e, r) =>
    `${w}: the table says it is complete but lacks indicator ${r} of criterion ${e}; add its row (or a baseCode on the matching row).`,
  'invalid-value': (w, e, r) => `${w}: target ${r} is not valid; expected ${e}.`,
  'status-with-value': (w, e, r) => `${w}: the cell has a value but status ${r}; a cell with a value may only say ${e}.`,
  'claims-verified': (w, e, r) =>
    `${w}: the table marks ${r} as verified, but the base set has no such national value (${e}); a provincial value never passes as a national one.`,
  'less-strict': (w, e, r) => `${w}: target ${r} is less strict than the verified national target (${e}); a province may only tighten it.`,
  'cell-cleared': (w, e) => `${w}: the cell is empty but the base set knows the target ${e}; a table cannot remove a known target.`,
  'cases-mismatch': (w, e, r) => `${w}: the cell has ${r} case(s), the base set ${e}; cases (by year or fact) must correspond.`,
  'unknown-source': (w, e, r) => `${w}: source ${r} is not among the set's sources (${e}).`,
  'unknown-document': (w, e, r) => `${w}: document ${r} is neither the table's nor in the set's legal basis (${e}).`,
  'inconsistent-set': (w, e) => `${w}: the derived set is not consistent: ${e}`,
  'duplicate-table': (w, e, r) => `${w}: the set ${r} already has a table at ${e}; a set takes one table, so neither is applied to it.`,
};

/** A column's name: "vùng Đồng bằng sông Hồng" / "Red River Delta column", "xã nhóm 1" / "Group 1 column". */
function describeColumn(column: ColumnId): LocalizedText {
  if (isRegionId(column)) return { vi: `vùng ${REGIONS[column].name.vi}`, en: `${REGIONS[column].name.en} column` };
  if (isCommuneGroupId(column))
    return { vi: `xã ${COMMUNE_GROUPS[column].name.vi.toLowerCase()}`, en: `${COMMUNE_GROUPS[column].name.en} column` };
  return { vi: 'mức chung', en: 'single column' };
}

/** "Dòng 4 (chỉ tiêu 6.1), cột xã nhóm 1" / "Row 4 (indicator 6.1), Group 1 column". */
function describePlace(place: TablePlace): LocalizedText {
  const parts: { vi: string[]; en: string[] } = { vi: [], en: [] };
  if (place.row !== undefined) {
    const code = place.indicator !== undefined ? ` (chỉ tiêu ${clip(place.indicator)})` : '';
    parts.vi.push(`Dòng ${place.row + 1}${code}`);
    parts.en.push(`Row ${place.row + 1}${place.indicator !== undefined ? ` (indicator ${clip(place.indicator)})` : ''}`);
  }
  if (place.column !== undefined) {
    const name = describeColumn(place.column);
    parts.vi.push(`cột ${name.vi}`);
    parts.en.push(name.en);
  }
  if (parts.vi.length === 0) {
    const field = place.path && place.path.length > 0 ? ` (${clip(place.path.join('.'))})` : '';
    return { vi: `Bảng tiêu chí${field}`, en: `Criteria table${field}` };
  }
  return { vi: parts.vi.join(', '), en: parts.en.join(', ') };
}

/**
 * Builds a table issue with its vi/en message. `expected` may be given per language when it
 * is a phrase rather than a value. @internal
 */
export function tableIssue(code: TableIssueCode, place: TablePlace, expected: string | LocalizedText, received: string): TableIssue {
  const where = describePlace(place);
  const path =
    place.path ??
    (place.row === undefined ? [] : place.column === undefined ? ['rows', place.row] : ['rows', place.row, 'cells', place.column]);
  const expectedVi = typeof expected === 'string' ? expected : expected.vi;
  const expectedEn = typeof expected === 'string' ? expected : expected.en;
  return {
    code,
    path,
    expected: expectedEn,
    received,
    message: { vi: vi[code](where.vi, expectedVi, clip(received)), en: en[code](where.en, expectedEn, clip(received)) },
    ...(place.row !== undefined ? { row: place.row + 1 } : {}),
    ...(place.indicator !== undefined ? { indicator: place.indicator } : {}),
    ...(place.column !== undefined ? { column: place.column } : {}),
  };
}

/**
 * A table's issue as seen from a call that takes several tables (an aggregate's `tables`):
 * its path starts with the table's own (`['tables', 0, 'rows', 3]`) and its message names the
 * table. @internal
 */
export function withinTable(tableIssue: TableIssue, at: readonly (string | number)[], tableId: string | undefined): TableIssue {
  const name = tableId === undefined ? at.join('.') : clip(tableId);
  // "Bảng tiêu chí (base): …" (a problem of the table as a whole) becomes "Bảng <id> (base): …".
  const named = (message: string, generic: string, own: string) =>
    message.startsWith(generic) ? `${own}${message.slice(generic.length)}` : `${own}: ${message}`;
  return {
    ...tableIssue,
    path: [...at, ...tableIssue.path],
    message: {
      vi: named(tableIssue.message.vi, 'Bảng tiêu chí', `Bảng ${name}`),
      en: named(tableIssue.message.en, 'Criteria table', `Table ${name}`),
    },
  };
}

/** Messages quote at most 60 characters of a value: a huge junk value stays in the issue's data. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
