import type { SheetLocale } from './types.js';

const q = (s: string | undefined) => `"${s ?? ''}"`;

/**
 * Every text of the package's issues in Vietnamese (the authoritative wording). Codes, ids and
 * what the sheet held are data and appear as they are, in quotes.
 * @internal
 */
export const vi: SheetLocale = {
  expected: {
    'csv-file': () => 'một tệp CSV',
    'xlsx-file': () => 'một tệp Excel (XLSX)',
    utf8: () => 'văn bản mã hóa UTF-8',
    sheet: () => 'một trang tính có trong tệp',
    'units-header': () => 'một hàng mã chỉ tiêu, hoặc một cột "Mã chỉ tiêu"',
    'table-header': () => 'một hàng tiêu đề có ô "Mã chỉ tiêu"',
    'indicator-code': () => 'một mã chỉ tiêu của bộ tiêu chí này',
    'one-column-per-code': () => 'mỗi mã chỉ tiêu một cột',
    'code-as-text': () => 'mã chỉ tiêu ghi dạng văn bản, như "17.10"',
    'unit-id': () => 'mã hoặc tên đơn vị',
    'unique-unit-id': () => 'một mã đơn vị không trùng',
    'unit-row': () => 'một hàng của một đơn vị',
    percent: () => 'một tỷ lệ phần trăm như 97,5 hoặc 97,5%, hoặc tử số/mẫu số như 1.940/2.000',
    flag: () => '"Đạt" hoặc "Chưa đạt"',
    'yes-no': () => '"Có" hoặc "Không"',
    number: () => 'một số, như 97,5 hoặc 1.940',
    'whole-number': () => 'một số nguyên, như 12 hoặc 1.940',
    'ratio-parts': () => 'cả tử số và mẫu số',
    region: () => 'tên vùng, chữ viết tắt như "ĐBSH", hoặc mã như red-river-delta',
    group: () => '1, 2, 3, "Nhóm 1" hoặc group-1',
    province: () => 'tên tỉnh như "Vĩnh Phúc" hoặc mã tỉnh như vinh-phuc',
    year: () => 'một năm, như 2024',
    comparison: () => '≥, ≤ hoặc =',
    'criterion-number': () => 'số thứ tự tiêu chí, như 17',
    target: () => 'một mức như 95, "≤ 2" hoặc "Đạt"',
  },
  messages: {
    'unreadable-file': (_p, e) => `Không đọc được tệp (cần ${e}): tệp bị hỏng hoặc không đúng định dạng`,
    'not-utf8': () => 'Tệp CSV không phải UTF-8: hãy lưu lại bằng "CSV UTF-8"; các ký tự lỗi được giữ nguyên',
    'no-sheet': (p) => `Không có trang tính ${q(p.received)}${p.detail ? `; các trang tính có trong tệp: ${p.detail}` : ''}`,
    'no-header': (_p, e) => `Không tìm thấy tiêu đề: cần ${e}`,
    'unknown-column': (p) =>
      `Cột ${q(p.received)} không phải mã chỉ tiêu của bộ tiêu chí này nên không được đọc${p.detail ? ` (có phải ${q(p.detail)}?)` : ''}`,
    'duplicate-column': (p) => `Mã ${q(p.received)} xuất hiện ở nhiều cột; chỉ đọc cột đầu tiên`,
    'ambiguous-code': (p) =>
      `Mã ${q(p.received)} được lưu dạng số nên không phân biệt được với ${p.detail ?? ''}; hãy định dạng ô là Văn bản`,
    'missing-unit-id': (p) => `Hàng có số liệu nhưng không có mã hoặc tên xã; được gọi là ${q(p.detail)}`,
    'duplicate-unit-id': (p) => `Mã đơn vị ${q(p.received)} trùng với một hàng trước; hàng này được gọi là ${q(p.detail)}`,
    'total-row': (p) => `Hàng ${q(p.received)} là hàng tổng cộng, không phải một đơn vị: không đánh giá`,
    'unreadable-number': (p, e) =>
      `Chỉ tiêu ${p.indicator ?? ''}: không đọc được số từ ${q(p.received)} (cần ${e}); coi như chưa có số liệu`,
    'unreadable-flag': (p, e) => `Chỉ tiêu ${p.indicator ?? ''}: ${q(p.received)} không phải ${e}; coi như chưa có số liệu`,
    'unreadable-ratio': (p, e) =>
      `Chỉ tiêu ${p.indicator ?? ''}: không đọc được tỷ lệ từ ${q(p.received)} (cần ${e}); coi như chưa có số liệu`,
    'unreadable-region': (p, e) => `Không nhận ra vùng ${q(p.received)} (cần ${e})`,
    'unreadable-group': (p, e) => `Không nhận ra nhóm xã ${q(p.received)} (cần ${e})`,
    'unreadable-province': (p, e) => `Không nhận ra tỉnh ${q(p.received)}${p.detail ? ` (có phải ${q(p.detail)}?)` : ` (cần ${e})`}`,
    'unreadable-year': (p, e) => `Năm ${q(p.received)} không hợp lệ (cần ${e})`,
    'unreadable-op': (p, e) => `Không đọc được phép so sánh ${q(p.received)} (cần ${e})`,
    'formula-error': (p) => `Ô có lỗi công thức ${q(p.received)}; coi như chưa có số liệu`,
    'orphan-denominator': (p) =>
      `Chỉ tiêu ${p.indicator ?? ''}: chỉ có ${p.part === 'denominator' ? 'mẫu số' : 'tử số'} của tỷ lệ; cần cả tử số và mẫu số`,
    'unknown-criterion': (p, e) => `Không đọc được số tiêu chí ${q(p.received)} (cần ${e})`,
    'input-issue': (p) => p.text?.vi ?? '',
  },
  form: {
    wideTitle: (set) => `Biểu thu thập số liệu: ${set}`,
    longTitle: (set) => `Biểu tự đánh giá: ${set}`,
    labels: {
      stt: 'STT',
      unitId: 'Mã xã',
      unitName: 'Tên xã',
      province: 'Tỉnh',
      year: 'Năm',
      region: 'Vùng',
      group: 'Nhóm xã',
      code: 'Mã chỉ tiêu',
      text: 'Nội dung',
      target: 'Mục tiêu',
      unit: 'Đơn vị tính',
      criterion: 'Tiêu chí',
      indicator: 'Nội dung',
      result: 'Kết quả',
      numerator: 'Tử số',
      denominator: 'Mẫu số',
      note: 'Ghi chú',
      otherFacts: 'Thông tin khác',
    },
    yesNo: 'Có / Không',
    instructionsTitle: 'Hướng dẫn',
    instructions: {
      wide: [
        'Mỗi hàng là một xã, bắt đầu từ hàng đầu tiên dưới các hàng tiêu đề.',
        'Mã chỉ tiêu ở hàng "Mã chỉ tiêu" là văn bản: không sửa, không đổi thành số.',
      ],
      long: [
        'Trang này dành cho một xã: ghi tên xã, tỉnh và năm ở đầu trang, kết quả ở cột "Kết quả".',
        'Có thể sao chép trang cho mỗi xã.',
      ],
      cells: [
        'Chỉ tiêu dạng Đạt/Không: ghi "Đạt" hoặc "Chưa đạt".',
        'Tỷ lệ: ghi 97,5 hoặc 97,5% hoặc 1.940/2.000 (tử số/mẫu số); ô định dạng % cũng được.',
        'Số: dùng dấu phẩy cho phần thập phân (45,5); dấu chấm ngăn cách hàng nghìn (1.940).',
        'Để trống khi chưa có số liệu.',
      ],
    },
  },
  target: {
    unknown: 'chưa rõ',
    met: 'Đạt',
    notMet: 'Không',
    from: (year) => `từ ${year}`,
    to: (year) => `đến ${year}`,
    flagUnit: 'Đạt / Chưa đạt',
    count: 'số lượng',
  },
};
