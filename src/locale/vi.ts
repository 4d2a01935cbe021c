import type { IssueMessages, ReasonMessageData, ReasonMessages } from './messages.js';

const hint = (s?: string) => (s ? ` Có phải ý bạn là "${s}"?` : '');

/**
 * Vietnamese for the English phrases the validator puts in `expected` and `received` (which
 * stay English in the issue object, for logs and code). Ids, codes and values need none.
 * @internal
 */
export const viPhrases: Readonly<Record<string, string>> = {
  'a percent from 0 to 100, or { numerator, denominator }': 'một tỷ lệ phần trăm từ 0 đến 100, hoặc { numerator, denominator }',
  'true or false': 'true hoặc false',
  'a non-negative number': 'một số không âm',
  'a non-negative whole number': 'một số nguyên không âm',
  'a number': 'một số',
  'a non-negative finite number': 'một số hữu hạn không âm',
  'a number greater than 0': 'một số lớn hơn 0',
  'numerator ≤ denominator': 'tử số ≤ mẫu số',
  '{ value, by, op?, source?, note? }': '{ value, by, op?, source?, note? }',
  'who set the value (non-empty text)': 'cơ quan quy định mức (chuỗi không rỗng)',
  'a field name': 'một tên trường',
  'a name': 'một tên',
  'an indicator code': 'một mã chỉ tiêu',
  'an indicator code of this set': 'một mã chỉ tiêu của bộ tiêu chí này',
  'a province id such as vinh-phuc': 'mã tỉnh, ví dụ vinh-phuc',
  'an array of category ids': 'một mảng mã loại xã',
  'none for this set': 'bộ tiêu chí này không có loại xã nào',
  'a whole year such as 2024': 'một năm (số nguyên), ví dụ 2024',
  'an object of indicator values keyed by code': 'một đối tượng chứa giá trị chỉ tiêu theo mã',
  'an object keyed by name': 'một đối tượng theo tên',
  'an object keyed by indicator code': 'một đối tượng theo mã chỉ tiêu',
  'a non-negative number or true/false': 'một số không âm hoặc true/false',
  'an object { values, region?, year?, … }': 'một đối tượng { values, region?, year?, … }',
  'commune group (group)': 'nhóm xã (group)',
  'region (region or province)': 'vùng (region hoặc province)',
  'region or province': 'vùng (region) hoặc tỉnh (province)',
  group: 'nhóm xã (group)',
  'commune group': 'nhóm xã',
  region: 'vùng (region)',
  'an array': 'một mảng',
  'an object': 'một đối tượng',
  none: 'không có',
  'a criteria set': 'một bộ tiêu chí',
  'an array of units': 'một mảng các đơn vị',
  'a unit { id, kind?, input?, inputs?, results?, units? }': 'một đơn vị { id, kind?, input?, inputs?, results?, units? }',
  'a unit id (text)': 'mã đơn vị (chuỗi)',
  'a unit name (text)': 'tên đơn vị (chuỗi)',
  'an object of criteria sets by level': 'một đối tượng chứa các bộ tiêu chí theo cấp',
  'an object of unit data by level': 'một đối tượng chứa dữ liệu đơn vị theo cấp',
  'an object of ready results by level': 'một đối tượng chứa kết quả có sẵn theo cấp',
  'a ready result (an evaluation result)': 'một kết quả đánh giá có sẵn',
  'a level id': 'mã cấp',
  'a whole number from 0 to the total': 'một số nguyên từ 0 đến tổng số',
  'a whole number from 0 to 1000': 'một số nguyên từ 0 đến 1000',
  'an array of report rows': 'một mảng các dòng báo cáo',
  'a report row { id, result, district?, province?, recognised? }': 'một dòng báo cáo { id, result, district?, province?, recognised? }',
  'a result { metCount, total, meetsAllCriteria, recognisable }': 'một kết quả { metCount, total, meetsAllCriteria, recognisable }',
  text: 'một chuỗi',
  undefined: 'không có giá trị (undefined)',
};

/** Vietnamese messages for input issues (the authoritative wording). */
export const viIssueMessages: IssueMessages = {
  'invalid-input': (d) => `Dữ liệu đầu vào phải là một đối tượng (object), nhận được ${d.received}.`,
  'unknown-key': (d) => `Trường "${d.path}" không được hỗ trợ; các trường hợp lệ: ${d.expected}.`,
  'unsafe-key': (d) => `Khóa "${d.path}" bị từ chối vì có thể gây ô nhiễm prototype.`,
  'unknown-indicator': (d) => `Bộ tiêu chí không có chỉ tiêu "${d.received}" (tại ${d.path}).${hint(d.suggestion)}`,
  'invalid-type': (d) => `Giá trị tại ${d.path} phải là ${d.expected}, nhận được ${d.received}.${hint(d.suggestion)}`,
  'number-as-string': (d) =>
    `Giá trị tại ${d.path} là chuỗi ${d.received}; hãy truyền số (không phải chuỗi).${hint(d.suggestion)}`,
  'not-a-number': (d) => `Giá trị tại ${d.path} là NaN (không phải số).`,
  'not-finite': (d) => `Giá trị tại ${d.path} là vô hạn (${d.received}); cần một số hữu hạn.`,
  negative: (d) => `Giá trị tại ${d.path} không được âm, nhận được ${d.received}.`,
  'percent-over-100': (d) => `Tỷ lệ tại ${d.path} phải từ 0 đến 100%, nhận được ${d.received}.`,
  'not-integer': (d) => `Giá trị tại ${d.path} phải là số nguyên, nhận được ${d.received}.`,
  'zero-denominator': (d) => `Mẫu số tại ${d.path} phải lớn hơn 0, nhận được ${d.received}.`,
  'numerator-exceeds-denominator': (d) => `Tử số lớn hơn mẫu số tại ${d.path} (${d.received}); tỷ lệ vượt 100%.`,
  'unknown-region': (d) => `Vùng ${d.received} không tồn tại; các vùng hợp lệ: ${d.expected}.${hint(d.suggestion)}`,
  'unknown-group': (d) => `Nhóm xã ${d.received} không tồn tại; các nhóm hợp lệ: ${d.expected}.${hint(d.suggestion)}`,
  'unknown-province': (d) => `Tỉnh ${d.received} không có trong danh mục 63 tỉnh, thành phố.${hint(d.suggestion)}`,
  'wrong-column-kind': (d) => `Bộ tiêu chí này xác định mức đạt theo ${d.expected}, không theo ${d.received} (tại ${d.path}).`,
  'missing-column': (d) =>
    `Không xác định được cột chỉ tiêu (${d.expected}); các chỉ tiêu có mức khác nhau theo cột được coi là thiếu dữ liệu.`,
  'year-outside-period': (d) => `Năm ${d.received} nằm ngoài giai đoạn của bộ tiêu chí (${d.expected}).`,
  'invalid-override': (d) => `Mức chỉ tiêu do địa phương cung cấp tại ${d.path} không hợp lệ: cần ${d.expected}, nhận được ${d.received}.`,
  'override-less-strict': (d) =>
    `Mức do địa phương cung cấp tại ${d.path} (${d.received}) thấp hơn mức quốc gia đã kiểm chứng (${d.expected}); giữ mức quốc gia.`,
  'unreadable-value': (d) => `Không đọc được an toàn giá trị tại ${d.path}; giá trị bị bỏ qua. Hãy truyền dữ liệu thuần (như JSON.parse tạo ra).`,
  'invalid-criteria-set': (d) => `Bộ tiêu chí tại ${d.path} không hợp lệ (cần ${d.expected}); bộ này không được dùng.`,
  'unknown-unit-kind': (d) =>
    `Loại đơn vị ${d.received} tại ${d.path} không tồn tại (các loại: ${d.expected}); đơn vị được tính là chưa xác định trong mọi tỷ lệ.${hint(d.suggestion)}`,
  'duplicate-unit': (d) => `Đơn vị ${d.received} được liệt kê lại tại ${d.path}; chỉ tính một lần.`,
  'unit-cycle': (d) => `Đơn vị tại ${d.path} chứa chính nó (${d.received}); phần lặp lại không được đọc.`,
  'out-of-range': (d) => `Giá trị tại ${d.path} phải là ${d.expected}, nhận được ${d.received}; dòng này không được tính.`,
  'unit-too-deep': (d) => `Các đơn vị tại ${d.path} lồng nhau sâu hơn ${d.expected} cấp; các đơn vị sâu hơn không được đọc.`,
};

const by = (d: ReasonMessageData) => (d.overrideBy ? `; mức do ${d.overrideBy} quy định` : '');
const rel = (d: ReasonMessageData) => (d.relative ? ` (mức tương đối: ${d.relative})` : '');

/** Vietnamese reason sentences. */
export const viReasons: ReasonMessages = {
  met: (d) =>
    d.flag
      ? `Đạt: đã đạt yêu cầu (${d.column}; ${d.source}${by(d)}).`
      : `Đạt: ${d.actual} ${d.op} ${d.target}${rel(d)} (${d.column}; ${d.source}${by(d)}).`,
  'not-met': (d) =>
    d.flag
      ? `Chưa đạt: chưa đạt yêu cầu (${d.column}; ${d.source}${by(d)}).`
      : `Chưa đạt: ${d.actual}, yêu cầu ${d.op} ${d.target}${rel(d)} (${d.column}; ${d.source}${by(d)}).`,
  'not-applicable': (d) => `Không áp dụng cho đơn vị này (${d.needed}).`,
  'missing-value': (d) =>
    `Thiếu dữ liệu: chưa có giá trị chỉ tiêu ${d.code}; yêu cầu ${d.flag ? 'Đạt' : `${d.op} ${d.target}`} (${d.column}).`,
  'invalid-value': (d) => `Giá trị chỉ tiêu ${d.code} không hợp lệ nên không được đánh giá (xem danh sách lỗi đầu vào).`,
  'missing-fact': (d) => `Thiếu dữ liệu: cần thông tin "${d.needed}" để xác định mức chỉ tiêu ${d.code}.`,
  'missing-reference': (d) => `Thiếu dữ liệu: cần giá trị tham chiếu "${d.needed}" để tính mức chỉ tiêu ${d.code}.`,
  'missing-year': (d) => `Thiếu dữ liệu: mức chỉ tiêu ${d.code} thay đổi theo năm, cần năm đánh giá.`,
  'missing-column': (d) => `Thiếu dữ liệu: mức chỉ tiêu ${d.code} khác nhau theo vùng/nhóm, cần xác định vùng hoặc nhóm xã.`,
  'no-target-for-year': (d) => `Bộ tiêu chí không quy định mức chỉ tiêu ${d.code} cho năm ${d.needed} (${d.column}).`,
  'unknown-target': (d) =>
    `Chưa xác định được mức chỉ tiêu ${d.code} (${d.column}): ${d.targetStatus}${d.candidates ? `; giá trị đã ghi nhận: ${d.candidates}` : ''}. Có thể cung cấp mức của địa phương qua overrides.`,
};
