import type { LocalizedText } from '@ntm/criteria';
import type { SheetIssueCode } from './issue.js';

/** What a message may say about the cell: what came, what was wanted, the indicator or unit. */
export interface MessageParams {
  readonly received?: string;
  readonly expected?: string;
  readonly indicator?: string;
  readonly detail?: string;
  /** A finished message passed through (an engine issue placed at its cell). */
  readonly text?: LocalizedText;
}

type Template = (p: MessageParams) => LocalizedText;

const q = (s: string | undefined) => `"${s ?? ''}"`;

// One sentence per code in each language; the params are data from the sheet.
const TEMPLATES: { readonly [C in SheetIssueCode]: Template } = {
  'unreadable-file': (p) => ({ vi: `Không đọc được tệp: ${p.detail ?? ''}`, en: `Cannot read the file: ${p.detail ?? ''}` }),
  'not-utf8': () => ({
    vi: 'Tệp CSV không phải UTF-8: hãy lưu lại bằng "CSV UTF-8"; các ký tự lỗi được giữ nguyên',
    en: 'The CSV file is not UTF-8: save it again as "CSV UTF-8"; unreadable characters are kept as they are',
  }),
  'no-sheet': (p) => ({ vi: `Không có trang tính ${q(p.received)}`, en: `There is no sheet ${q(p.received)}` }),
  'no-header': (p) => ({
    vi: 'Không tìm thấy hàng tiêu đề có mã chỉ tiêu, hoặc cột "Mã chỉ tiêu"',
    en: 'No header row with indicator codes, nor a column "Mã chỉ tiêu", was found',
  }),
  'unknown-column': (p) => ({
    vi: `Cột ${q(p.received)} không phải mã chỉ tiêu của bộ này nên không được đọc${p.detail ? ` (có phải ${p.detail}?)` : ''}`,
    en: `Column ${q(p.received)} is not an indicator code of this set, so it is not read${p.detail ? ` (did you mean ${p.detail}?)` : ''}`,
  }),
  'duplicate-column': (p) => ({
    vi: `Mã ${q(p.received)} xuất hiện ở nhiều cột; chỉ đọc cột đầu tiên`,
    en: `Code ${q(p.received)} heads several columns; only the first is read`,
  }),
  'ambiguous-code': (p) => ({
    vi: `Mã ${q(p.received)} được lưu dạng số nên không phân biệt được với ${p.detail ?? ''}; hãy định dạng ô là Văn bản (Text)`,
    en: `Code ${q(p.received)} is stored as a number, so it cannot be told apart from ${p.detail ?? ''}; format the cell as Text`,
  }),
  'missing-unit-id': (p) => ({
    vi: `Hàng có số liệu nhưng không có mã hoặc tên xã; được gọi là ${q(p.detail)}`,
    en: `The row has data but no unit id or name; it is called ${q(p.detail)}`,
  }),
  'duplicate-unit-id': (p) => ({
    vi: `Mã đơn vị ${q(p.received)} trùng với một hàng trước; hàng này được gọi là ${q(p.detail)}`,
    en: `Unit id ${q(p.received)} repeats an earlier row; this row is called ${q(p.detail)}`,
  }),
  'unreadable-number': (p) => ({
    vi: `Chỉ tiêu ${p.indicator ?? ''}: không đọc được số từ ${q(p.received)} (cần một số như 97,5 hoặc 1.940); coi như chưa có số liệu`,
    en: `Indicator ${p.indicator ?? ''}: cannot read a number from ${q(p.received)} (expected ${p.expected ?? 'a number'}); treated as no data`,
  }),
  'unreadable-flag': (p) => ({
    vi: `Chỉ tiêu ${p.indicator ?? ''}: ${q(p.received)} không phải "Đạt" hoặc "Chưa đạt"; coi như chưa có số liệu`,
    en: `Indicator ${p.indicator ?? ''}: ${q(p.received)} is not "Đạt" (met) or "Chưa đạt" (not met); treated as no data`,
  }),
  'unreadable-ratio': (p) => ({
    vi: `Chỉ tiêu ${p.indicator ?? ''}: không đọc được tỷ lệ từ ${q(p.received)} (cần dạng "1.940/2.000"); coi như chưa có số liệu`,
    en: `Indicator ${p.indicator ?? ''}: cannot read a ratio from ${q(p.received)} (expected e.g. "1.940/2.000"); treated as no data`,
  }),
  'unreadable-region': (p) => ({
    vi: `Không nhận ra vùng ${q(p.received)} (cần tên, chữ viết tắt như ĐBSH, hoặc mã như red-river-delta)`,
    en: `Unknown region ${q(p.received)} (expected a name, an abbreviation such as ĐBSH, or an id such as red-river-delta)`,
  }),
  'unreadable-group': (p) => ({
    vi: `Không nhận ra nhóm xã ${q(p.received)} (cần 1, 2, 3, "Nhóm 1" hoặc group-1)`,
    en: `Unknown commune group ${q(p.received)} (expected 1, 2, 3, "Nhóm 1" or group-1)`,
  }),
  'unreadable-province': (p) => ({
    vi: `Không nhận ra tỉnh ${q(p.received)}${p.detail ? ` (có phải ${p.detail}?)` : ''}`,
    en: `Unknown province ${q(p.received)}${p.detail ? ` (did you mean ${p.detail}?)` : ''}`,
  }),
  'unreadable-year': (p) => ({ vi: `Năm ${q(p.received)} không hợp lệ (cần dạng 2024)`, en: `Invalid year ${q(p.received)} (expected e.g. 2024)` }),
  'unreadable-op': (p) => ({
    vi: `Không đọc được phép so sánh ${q(p.received)} (cần ≥, ≤ hoặc =)`,
    en: `Cannot read the comparison ${q(p.received)} (expected ≥, ≤ or =)`,
  }),
  'formula-error': (p) => ({
    vi: `Ô có lỗi công thức ${q(p.received)}; coi như chưa có số liệu`,
    en: `The cell holds a formula error ${q(p.received)}; treated as no data`,
  }),
  'orphan-denominator': (p) => ({
    vi: `Chỉ tiêu ${p.indicator ?? ''}: chỉ có ${p.detail ?? 'một nửa'} của tỷ lệ; cần cả tử số và mẫu số`,
    en: `Indicator ${p.indicator ?? ''}: only the ${p.detail ?? 'half'} of the ratio is given; both numerator and denominator are needed`,
  }),
  'unknown-criterion': (p) => ({
    vi: `Không đọc được số tiêu chí ${q(p.received)}`,
    en: `Cannot read the criterion number ${q(p.received)}`,
  }),
  'input-issue': (p) => p.text ?? { vi: '', en: '' },
};

/**
 * The vi/en message of a spreadsheet problem, made from its data.
 * @example
 * sheetMessage('unreadable-flag', { indicator: '1.1', received: 'Đạ' }).en;
 * // 'Indicator 1.1: "Đạ" is not "Đạt" (met) or "Chưa đạt" (not met); treated as no data'
 */
export function sheetMessage(code: SheetIssueCode, params: MessageParams): LocalizedText {
  return TEMPLATES[code](params);
}
