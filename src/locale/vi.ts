// Mọi thông điệp tiếng Việt của thư viện, theo mã (src/locale/messages.ts). Tiếng Việt là bản
// chuẩn; every line here is Vietnamese only (test/locale checks it has no English word).
import { deepFreeze } from '../_lib/deep-freeze.js';
import { COMMUNE_GROUPS, isCommuneGroupId } from '../model/commune-group.js';
import type { ColumnId } from '../model/column.js';
import { LEVEL_NAMES, type Level } from '../model/level.js';
import { isRegionId, REGIONS } from '../model/region.js';
import { VERIFICATION_LABELS } from '../model/verification.js';
import { formatComparison, formatNumber } from './format.js';
import { INPUT_ISSUE_CODES } from '../evaluate/issue.js';
import type {
  ConditionParams,
  Expectation,
  ExpectationKey,
  IndicatorReasonParams,
  IssueParams,
  Locale,
  Messages,
  MessageSource,
} from './messages.js';

const EXPECTATIONS: { readonly [K in ExpectationKey]: string } = {
  'input-object': 'một đối tượng { values, region?, year?, … }',
  'field-name': 'một tên trường',
  name: 'một tên',
  'indicator-code': 'một mã chỉ tiêu',
  'indicator-code-of-set': 'một mã chỉ tiêu của bộ tiêu chí này',
  'percent-or-ratio': 'một tỷ lệ phần trăm từ 0 đến 100, hoặc { numerator, denominator }',
  flag: 'true hoặc false',
  'non-negative-number': 'một số không âm',
  'non-negative-integer': 'một số nguyên không âm',
  number: 'một số',
  'non-negative-finite-number': 'một số hữu hạn không âm',
  'positive-number': 'một số lớn hơn 0',
  'numerator-not-over-denominator': 'tử số ≤ mẫu số',
  override: '{ value, by, op?, source?, note? }',
  'override-by': 'cơ quan quy định mức (chuỗi không rỗng)',
  text: 'một chuỗi văn bản',
  'province-id': 'mã tỉnh, ví dụ vinh-phuc',
  'category-ids': 'một mảng mã loại xã',
  'no-categories': 'bộ tiêu chí này không có loại xã nào',
  year: 'một năm (số nguyên), ví dụ 2024',
  'values-object': 'một đối tượng chứa giá trị chỉ tiêu theo mã',
  'names-object': 'một đối tượng theo tên',
  'codes-object': 'một đối tượng theo mã chỉ tiêu',
  'number-or-flag': 'một số không âm hoặc true/false',
  group: 'nhóm xã (group)',
  region: 'vùng (region hoặc province)',
  'region-or-province': 'vùng (region) hoặc tỉnh (province)',
  'readable-value': 'một giá trị đơn giản đọc được',
  'plausible-value': 'một giá trị trong phạm vi của đơn vị đo',
  'same-comparison': 'phép so sánh của chính chỉ tiêu',
  'units-array': 'một mảng các đơn vị',
  unit: 'một đơn vị { id, kind?, input?, inputs?, results?, units? }',
  'unit-id': 'mã đơn vị (chuỗi)',
  'unit-sets': 'một đối tượng chứa bộ tiêu chí theo cấp',
  'criteria-set': 'một bộ tiêu chí',
  'unit-data-by-level': 'một đối tượng chứa dữ liệu đơn vị theo cấp',
  'results-by-level': 'một đối tượng chứa kết quả có sẵn theo cấp',
  'ready-result': 'một kết quả đánh giá có sẵn',
  'acyclic-unit': 'một đơn vị không chứa chính nó',
  'unique-unit-id': 'mã đơn vị chỉ dùng một lần',
  'unit-name': 'tên đơn vị (chuỗi)',
  'report-rows': 'một mảng các dòng báo cáo',
  'report-row': 'một dòng báo cáo { id, result, district?, province?, recognised? }',
  'report-result': 'một kết quả { metCount, total, meetsAllCriteria, recognisable }',
  'count-of-total': 'một số nguyên từ 0 đến tổng số',
};

/** Điều mà một lỗi đầu vào cần, bằng tiếng Việt. */
function expectation(e: Expectation): string {
  if (typeof e === 'string') return EXPECTATIONS[e];
  if ('oneOf' in e) return e.oneOf.length > 0 ? e.oneOf.join(', ') : 'không có';
  if ('range' in e) return `${e.range.from}–${e.range.to}`;
  return `${formatComparison(e.target.op)} ${typeof e.target.value === 'number' ? formatNumber(e.target.value, 'vi') : e.target.value ? 'Đạt' : 'Không đạt'}`;
}

// Giá trị nhận được được mô tả không theo ngôn ngữ (JSON, số), trừ các từ sau.
const RECEIVED: Readonly<Record<string, string>> = {
  undefined: 'không có giá trị (undefined)',
  none: 'không có',
  'an array': 'một mảng',
  'an object': 'một đối tượng',
  'a Map': 'một Map',
  'a Set': 'một Set',
  'a Date': 'một Date',
  'a class instance': 'một đối tượng của lớp (class)',
  'a function': 'một hàm',
  'a symbol': 'một symbol',
  'a bigint': 'một số bigint',
  'a throwing getter or Proxy': 'một getter hoặc Proxy gây lỗi khi đọc',
  'a getter': 'một hàm getter (không đọc để tránh chạy mã của bên gọi)',
  'an array too long to read': 'một mảng quá dài',
  region: 'vùng (region)',
  'commune group': 'nhóm xã',
};
const received = (text: string) => (Object.hasOwn(RECEIVED, text) ? RECEIVED[text]! : text);
const at = (path: string) => path || '(dữ liệu đầu vào)';
// A level and a fact by the names an official reads, never by their ids alone.
const levelVi = (level: string) => (Object.hasOwn(LEVEL_NAMES, level) ? `"${LEVEL_NAMES[level as Level].vi}"` : `"${level}"`);
const factVi = (p: ConditionParams) => p.factText?.vi ?? p.fact ?? '';
const hint = (s?: string) => (s ? ` Có phải ý bạn là "${s}"?` : '');
const n = (v: number) => formatNumber(v, 'vi');

function value(v: number | boolean | null, p: Pick<IndicatorReasonParams, 'measure' | 'unit'>): string {
  if (v === null) return 'không có';
  if (typeof v === 'boolean') return v ? 'Đạt' : 'Không đạt';
  if (p.measure === 'percent') return `${n(v)}%`;
  return p.unit ? `${n(v)} ${p.unit.vi}` : n(v);
}

function actual(p: IndicatorReasonParams): string {
  return p.ratio
    ? `${p.ratio.numerator}/${p.ratio.denominator} (${value(p.actual ?? null, { measure: 'percent' })})`
    : value(p.actual ?? null, p);
}

function column(c: ColumnId | null): string {
  if (c === null) return 'chưa xác định vùng/nhóm';
  if (isRegionId(c)) return `vùng ${REGIONS[c].name.vi}`;
  if (isCommuneGroupId(c)) return `xã ${COMMUNE_GROUPS[c].name.vi.toLowerCase()}`;
  return 'mức chung';
}

function source(s: MessageSource): string {
  return `${s.document}${s.annex ? ` ${s.annex}` : ''}${s.row ? `, chỉ tiêu ${s.row}` : ''}`;
}

const where = (p: IndicatorReasonParams) => `${column(p.column)}; ${source(p.source)}${p.by ? `; mức do ${p.by} quy định` : ''}`;
const rel = (p: IndicatorReasonParams) =>
  p.relative && p.relative.referenceValue !== null
    ? ` (mức tương đối: ${n(p.relative.factor)} × ${value(p.relative.referenceValue, p)})`
    : '';
const required = (p: IndicatorReasonParams) => (p.measure === 'flag' ? 'Đạt' : `${formatComparison(p.op)} ${value(p.target, p)}`);
const level = (l: Level) => LEVEL_NAMES[l].vi;
const list = (codes: readonly string[]) => codes.join(', ');
const plain = (v: number | boolean | undefined) => (typeof v === 'number' ? n(v) : v === undefined ? '' : v ? 'có' : 'không');

const plainMessages: Messages = {
  // Lỗi đầu vào.
  'invalid-input': (d) => `Dữ liệu đầu vào phải là một đối tượng (object), nhận được ${received(d.received)}.`,
  'unknown-key': (d) => `Trường "${at(d.path)}" không được hỗ trợ; các trường hợp lệ: ${expectation(d.expects)}.${hint(d.suggestion)}`,
  'unsafe-key': (d) => `Khóa "${at(d.path)}" bị từ chối vì có thể gây ô nhiễm prototype.`,
  'unknown-indicator': (d) => `Bộ tiêu chí không có chỉ tiêu "${d.received}" (tại ${at(d.path)}).${hint(d.suggestion)}`,
  'invalid-type': (d) =>
    `Giá trị tại ${at(d.path)} phải là ${expectation(d.expects)}, nhận được ${received(d.received)}.${hint(d.suggestion)}`,
  'number-as-string': (d) => `Giá trị tại ${at(d.path)} là chuỗi ${d.received}; hãy truyền số (không phải chuỗi).${hint(d.suggestion)}`,
  'not-a-number': (d) => `Giá trị tại ${at(d.path)} là NaN (không phải số).`,
  'not-finite': (d) => `Giá trị tại ${at(d.path)} là vô hạn (${d.received}); cần một số hữu hạn.`,
  negative: (d) => `Giá trị tại ${at(d.path)} không được âm, nhận được ${d.received}.`,
  'percent-over-100': (d) => `Tỷ lệ tại ${at(d.path)} phải từ 0 đến 100%, nhận được ${d.received}.`,
  'not-integer': (d) => `Giá trị tại ${at(d.path)} phải là số nguyên, nhận được ${d.received}.`,
  'zero-denominator': (d) => `Mẫu số tại ${at(d.path)} phải lớn hơn 0, nhận được ${d.received}.`,
  'numerator-exceeds-denominator': (d) => `Tử số lớn hơn mẫu số tại ${at(d.path)} (${d.received}); tỷ lệ vượt 100%.`,
  'unknown-region': (d) => `Vùng ${d.received} không tồn tại; các vùng hợp lệ: ${expectation(d.expects)}.${hint(d.suggestion)}`,
  'unknown-group': (d) => `Nhóm xã ${d.received} không tồn tại; các nhóm hợp lệ: ${expectation(d.expects)}.${hint(d.suggestion)}`,
  'unknown-province': (d) =>
    `Tỉnh ${d.received} không có trong danh mục tỉnh, thành phố (mã định danh, mã số hoặc tên).${hint(d.suggestion)}`,
  'province-not-in-force': (d) =>
    `Tỉnh ${d.received} không là đơn vị hành chính cấp tỉnh tại thời điểm đánh giá ${expectation(d.expects)}; đến 30/6/2025 có 63 tỉnh, thành phố, từ 1/7/2025 có 34.${hint(d.suggestion)}`,
  'province-needs-region': (d) =>
    `Tỉnh ${d.received} có địa bàn thuộc nhiều vùng (${expectation(d.expects)}) tại thời điểm đánh giá: không chọn cột mặc định; cần chỉ rõ vùng (region) của xã.`,
  'wrong-column-kind': (d) =>
    `Bộ tiêu chí này xác định mức đạt theo ${expectation(d.expects)}, không theo ${received(d.received)} (tại ${at(d.path)}).`,
  'missing-column': (d) =>
    `Không xác định được cột chỉ tiêu (${expectation(d.expects)}); các chỉ tiêu có mức khác nhau theo cột được coi là thiếu dữ liệu.`,
  'year-outside-period': (d) => `Năm ${d.received} nằm ngoài giai đoạn của bộ tiêu chí (${expectation(d.expects)}).`,
  'invalid-override': (d) =>
    `Mức chỉ tiêu do địa phương cung cấp tại ${at(d.path)} không hợp lệ: cần ${expectation(d.expects)}, nhận được ${received(d.received)}.`,
  'override-less-strict': (d) =>
    `Mức do địa phương cung cấp tại ${at(d.path)} (${d.received}) thấp hơn mức quốc gia đã kiểm chứng (${expectation(d.expects)}); giữ mức quốc gia.`,
  'override-comparison-differs': (d) =>
    `Mức do địa phương cung cấp tại ${at(d.path)} so sánh theo ${d.received}, nhưng chỉ tiêu so sánh theo ${expectation(d.expects)}; không áp dụng mức này.`,
  'invalid-criteria-set': (d) => `Bộ tiêu chí tại ${at(d.path)} không hợp lệ (cần ${expectation(d.expects)}); bộ này không được dùng.`,
  'unknown-unit-kind': (d) =>
    `Loại đơn vị ${d.received} tại ${at(d.path)} không tồn tại (các loại: ${expectation(d.expects)}); đơn vị được tính là chưa xác định trong mọi tỷ lệ.${hint(d.suggestion)}`,
  'duplicate-unit': (d) => `Đơn vị ${d.received} được liệt kê lại tại ${at(d.path)}; chỉ tính một lần.`,
  'unit-cycle': (d) => `Đơn vị tại ${at(d.path)} chứa chính nó (${d.received}); phần lặp lại không được đọc.`,
  'unit-too-deep': (d) =>
    `Các đơn vị tại ${at(d.path)} lồng nhau sâu hơn ${expectation(d.expects)} cấp; các đơn vị sâu hơn không được đọc.`,
  'out-of-range': (d) =>
    `Giá trị tại ${at(d.path)} phải là ${expectation(d.expects)}, nhận được ${received(d.received)}; dòng này không được tính.`,
  unreadable: (d) => `Không đọc được giá trị tại ${at(d.path)} (${received(d.received)}); giá trị bị bỏ qua.`,
  'not-applicable-value': (d) =>
    `Có giá trị tại ${at(d.path)} cho một chỉ tiêu không áp dụng với đơn vị này (${d.received}); giá trị bị bỏ qua.`,
  implausible: (d) =>
    `Giá trị tại ${at(d.path)} (${d.received}) nằm quá xa phạm vi cho phép của chỉ tiêu${d.unit ? ` (đơn vị: ${d.unit.vi})` : d.measure === 'percent' ? ' (tính theo phần trăm)' : ''}.${d.meant ? ` Có phải ý bạn là ${d.meant}?` : ''}`,
  // Lý do của chỉ tiêu.
  'indicator.met': (p) =>
    p.measure === 'flag'
      ? `Đạt: đã đạt yêu cầu (${where(p)}).`
      : `Đạt: ${actual(p)} ${formatComparison(p.op)} ${value(p.target, p)}${rel(p)} (${where(p)}).`,
  'indicator.not-met': (p) =>
    p.measure === 'flag'
      ? `Chưa đạt: chưa đạt yêu cầu (${where(p)}).`
      : `Chưa đạt: ${actual(p)}, yêu cầu ${formatComparison(p.op)} ${value(p.target, p)}${rel(p)} (${where(p)}).`,
  'indicator.not-in-column': (p) => `Không áp dụng cho đơn vị này (chỉ tiêu không có ở ${column(p.column)}).`,
  'indicator.not-applicable': (p) =>
    `Không áp dụng cho đơn vị này (${p.test ? `không thỏa ${p.test.fact} ${formatComparison(p.test.op)} ${plain(p.test.value)}` : 'không thỏa điều kiện'}).`,
  'indicator.missing-value': (p) => `Thiếu dữ liệu: chưa có giá trị chỉ tiêu ${p.indicator}; yêu cầu ${required(p)} (${column(p.column)}).`,
  'indicator.invalid-value': (p) => `Giá trị chỉ tiêu ${p.indicator} không hợp lệ nên không được đánh giá (xem danh sách lỗi đầu vào).`,
  'indicator.missing-fact': (p) => `Thiếu dữ liệu: cần thông tin "${p.fact}" để xác định mức chỉ tiêu ${p.indicator}.`,
  'indicator.missing-reference': (p) => `Thiếu dữ liệu: cần giá trị tham chiếu "${p.reference}" để tính mức chỉ tiêu ${p.indicator}.`,
  'indicator.missing-year': (p) => `Thiếu dữ liệu: mức chỉ tiêu ${p.indicator} thay đổi theo năm, cần năm đánh giá.`,
  'indicator.missing-column': (p) => `Thiếu dữ liệu: mức chỉ tiêu ${p.indicator} khác nhau theo vùng/nhóm, cần xác định vùng hoặc nhóm xã.`,
  'indicator.no-target-for-year': (p) => `Bộ tiêu chí không quy định mức chỉ tiêu ${p.indicator} cho năm ${p.year} (${column(p.column)}).`,
  'indicator.unknown-target': (p) =>
    `Chưa xác định được mức chỉ tiêu ${p.indicator} (${column(p.column)}): ${p.targetStatus ? VERIFICATION_LABELS[p.targetStatus].vi : 'Chưa tìm thấy'}${
      p.candidates?.length
        ? `; giá trị đã ghi nhận: ${p.candidates.map((c) => `${value(c.value, p)}${c.province ? ` (${c.province})` : ''}`).join(', ')}`
        : ''
    }. Có thể cung cấp mức của địa phương qua overrides.`,
  // Lý do của tiêu chí.
  'criterion.met': (p) => `Đạt: cả ${p.applicable} chỉ tiêu áp dụng đều đạt.`,
  'criterion.met-at-least': (p) => `Đạt: ${p.met} chỉ tiêu đạt, yêu cầu ít nhất ${p.count}.`,
  'criterion.not-met': (p) => `Chưa đạt: chỉ tiêu ${list(p.notMet)} chưa đạt.`,
  'criterion.not-met-at-least': (p) =>
    `Chưa đạt: ${p.met} chỉ tiêu đạt, yêu cầu ít nhất ${p.count}, và không đủ chỉ tiêu chưa xác định để bù.`,
  'criterion.incomplete': (p) => `Chưa kết luận được: đạt ${p.met}/${p.applicable}; chưa xác định: ${list(p.open)}.`,
  'criterion.incomplete-list': (p) =>
    `Chưa kết luận được: danh sách chỉ tiêu của văn bản trong bộ này chưa đầy đủ (${p.unlisted?.vi ?? 'có dòng chưa thấy'}); đạt ${p.met}/${p.applicable} chỉ tiêu đã biết${p.open.length ? `; chưa xác định: ${list(p.open)}` : ''}.`,
  'criterion.not-applicable': () => 'Không áp dụng: không chỉ tiêu nào của tiêu chí áp dụng cho đơn vị này.',
  'criterion.no-indicators': () => 'Chưa kết luận được: bộ tiêu chí chưa có chỉ tiêu nào cho tiêu chí này.',
  // Chọn cột chỉ tiêu.
  'column.single': () => 'Bộ tiêu chí có một mức chung',
  'column.caller-region': (p) => `Vùng ${regionName(p.region)} do bên gọi xác định`,
  'column.caller-group': (p) => `${groupName(p.group)} do bên gọi xác định`,
  'column.province': (p) => `Tỉnh ${p.province} thuộc vùng ${regionName(p.region)} (mặc định theo vùng của tỉnh)`,
  'column.rule': (p) => p.text?.vi ?? `Cột chỉ tiêu chọn theo quy tắc ${p.rule}`,
  'column.no-group': () => 'Chưa có nhóm xã (group) để chọn cột chỉ tiêu',
  'column.no-region': () => 'Chưa có vùng (region) hoặc tỉnh (province) để chọn cột chỉ tiêu',
  // Điều kiện của bộ tiêu chí.
  'condition.not-checkable': () => 'Điều kiện chưa được kiểm chứng hoặc chưa kiểm tra tự động được; cần cán bộ xem xét.',
  'condition.criteria': (p) => `Đạt ${p.met}/${p.total} tiêu chí.`,
  'condition.threshold-unknown': (p) => `Chưa biết mức yêu cầu của "${p.fact}".`,
  'condition.fact-missing': (p) => `Thiếu thông tin "${factVi(p)}" (yêu cầu ${formatComparison(p.op ?? '=')} ${plain(p.value)}).`,
  'condition.fact-met': (p) => `Đạt: ${factVi(p)} = ${plain(p.actual)} (yêu cầu ${formatComparison(p.op ?? '=')} ${plain(p.value)}).`,
  'condition.fact-not-met': (p) =>
    `Không đạt: ${factVi(p)} = ${plain(p.actual)}, yêu cầu ${formatComparison(p.op ?? '=')} ${plain(p.value)}.`,
  'condition.share-unknown': () => 'Chưa biết tỷ lệ yêu cầu.',
  'condition.needs-units': (p) =>
    `Cần kết quả đánh giá các đơn vị (${p.level ? level(p.level) : 'đơn vị'}) để kiểm tra; dùng evaluateAggregate.`,
  'condition.units-recognised': (p) =>
    `${p.passing}/${p.total} đơn vị được công nhận "${p.level ? level(p.level) : ''}" (cần ${formatComparison(p.op ?? '>=')} ${plain(p.percent)}%).`,
  'condition.units-meet-set': (p) =>
    `${p.passing}/${p.total} đơn vị đạt chuẩn "${p.level ? level(p.level) : ''}" theo bộ tiêu chí hiện hành (cần ${formatComparison(p.op ?? '>=')} ${plain(p.percent)}%).`,
  // Đánh giá tổng hợp.
  'aggregate.unit-issue': (p) => `${p.unit}${p.set ? ` (${p.set})` : ''}: ${vi.messages[p.issue.code](p.issue.params as never)}`,
  'aggregate.re-evaluated': (p) => `Đánh giá lại theo ${p.version}: ${p.met}/${p.total} tiêu chí đạt.`,
  'aggregate.ready-wrong-set': (p) => `Kết quả có sẵn được đánh giá theo ${p.given}, không phải ${p.inForce}; cần đánh giá lại.`,
  'aggregate.ready-result': (p) => `Kết quả có sẵn theo ${p.version}: ${p.met}/${p.total} tiêu chí đạt.`,
  'aggregate.no-data': (p) => `Không có dữ liệu của đơn vị cho cấp ${levelVi(p.level)}.`,
  'aggregate.no-set': (p) => `Không có dữ liệu hay kết quả; cần bộ tiêu chí cho cấp ${levelVi(p.level)} (unitSets) và dữ liệu.`,
  // Danh mục bộ tiêu chí.
  'registry.invalid-date': (p) => `Ngày không hợp lệ "${p.on}" (cần ngày ISO YYYY-MM-DD hoặc một Date)`,
  'registry.duplicate-set': (p) => `Mã bộ tiêu chí bị trùng: ${p.id}`,
  'registry.unknown-set': (p) => `Không có bộ tiêu chí "${p.id}". Các bộ đã có: ${list(p.known)}`,
  'registry.none-in-force': (p) =>
    `Không có bộ tiêu chí cấp ${p.level} có hiệu lực vào ngày ${p.on}${p.scope ? ` (phạm vi "${p.scope}")` : ''}. Các bộ của cấp này: ${list(p.known) || 'không có'}`,
  // So sánh hai phiên bản.
  'diff.summary': (p) =>
    `${p.from} → ${p.to}: tiêu chí thêm ${p.criteria[0]}, bỏ ${p.criteria[1]}, sửa ${p.criteria[2]}; chỉ tiêu thêm ${p.indicators[0]}, bỏ ${p.indicators[1]}, sửa ${p.indicators[2]}.`,
  'diff.criterion-added': (p) => `Thêm tiêu chí ${p.id}: ${p.name.vi}`,
  'diff.criterion-removed': (p) => `Bỏ tiêu chí ${p.id}: ${p.name.vi}`,
  'diff.criterion-changed': (p) => `Sửa tiêu chí ${p.id} (${p.fields.join(', ')}): ${p.before.vi} → ${p.name.vi}`,
  'diff.indicator-added': (p) => `Thêm chỉ tiêu ${p.code}: ${p.text.vi}`,
  'diff.indicator-removed': (p) => `Bỏ chỉ tiêu ${p.code}: ${p.text.vi}`,
  'diff.rule-added': (p) => `Thêm ${ruleKind[p.kind]} ${p.id} (${p.status}${p.amendedBy ? `, ${p.amendedBy}` : ''})`,
  'diff.rule-removed': (p) => `Bỏ ${ruleKind[p.kind]} ${p.id} (${p.status})`,
  'diff.rule-changed': (p) => `Sửa ${ruleKind[p.kind]} ${p.id} (${p.fields.join(', ')}; ${p.statusBefore} → ${p.status})`,
  ...viPlanMessages(),
};

const ruleKind = { 'column-rule': 'quy tắc chọn cột', condition: 'điều kiện' } as const;

function regionName(id: string | undefined): string {
  return id !== undefined && isRegionId(id) ? REGIONS[id].name.vi : String(id);
}

function groupName(id: string | undefined): string {
  return id !== undefined && isCommuneGroupId(id) ? COMMUNE_GROUPS[id].name.vi : String(id);
}

/**
 * Tiếng Việt: mọi thông điệp của thư viện (the authoritative language).
 * @example
 * vi.messages['criterion.no-indicators']({ criterion: '19', met: 0, applicable: 0, notMet: [], open: [] });
 */
export const vi: Locale = /* @__PURE__ */ deepFreeze({ lang: 'vi', messages: withinUnits(plainMessages), expectation });

/** Every input issue raised inside an aggregate names its unit (and set) first. */
function withinUnits(m: Messages): Messages {
  const out: Record<string, (p: never) => string> = { ...m };
  for (const code of INPUT_ISSUE_CODES) {
    const render = m[code];
    out[code] = (d: IssueParams) => (d.within ? `${d.within.unit}${d.within.set ? ` (${d.within.set})` : ''}: ` : '') + render(d);
  }
  return out as unknown as Messages;
}

// Kế hoạch bổ sung (src/plan/): mỗi câu của kế hoạch theo mã plan.*, từ params của nó.
import { planOp, planRatio, planSentences, type PlanReader } from '../plan/messages.js';

/** Vietnamese sentences of the gap plan (the authoritative wording); a function declaration, so the messages above can spread it. */
function viPlanMessages(): ReturnType<typeof planSentences> {
  const by = (p: PlanReader) => (p.has('overrideBy') ? ` [mức của ${p.s('overrideBy')}]` : '');
  const rel = (p: PlanReader) =>
    p.has('reference') ? ` (= ${p.n('factor')} × ${p.n('referenceValue')}, giá trị tham chiếu "${p.s('reference')}")` : '';
  const label = (p: PlanReader) => `${p.s('criterion')}${p.has('name') ? ` (${p.t('name')})` : ''}`;
  const forWhat = (p: PlanReader) =>
    p.has('code') ? ` cho chỉ tiêu ${p.s('code')}` : p.has('conditionId') ? ` cho điều kiện "${p.t('text') || p.s('conditionId')}"` : '';
  const flag = (p: PlanReader) => (p.s('target') === 'false' ? 'Không đạt' : 'Đạt');
  const unit = (p: PlanReader) => p.s('unit') || 'Đơn vị';
  const closest = (p: PlanReader) => (p.s('closest') ? `; gần đạt nhất: ${p.s('closest')}` : '');
  return planSentences(
    {
      'plan.raise-ratio': (p) =>
        `Cần thêm ${p.n('shortfall')} ${p.t('unit')}: ${planRatio(p)} (yêu cầu ${planOp(p)} ${p.n('target')}%)${by(p)}`,
      'plan.lower-ratio': (p) =>
        `Cần giảm ${p.n('shortfall')} ${p.t('unit')}: ${planRatio(p)} (yêu cầu ${planOp(p)} ${p.n('target')}%)${by(p)}`,
      'plan.set-ratio': (p) =>
        `Cần đưa tử số từ ${p.n('numerator')} về ${p.n('neededNumerator')} (mẫu số ${p.n('denominator')}) để đạt đúng ${p.n('target')}%${by(p)}`,
      'plan.raise-points': (p) =>
        `Cần tăng thêm ${p.n('shortfall')} điểm phần trăm: ${p.n('actual')}% → ${p.n('target')}% (yêu cầu ${planOp(p)} ${p.n('target')}%)${rel(p)}${by(p)}`,
      'plan.lower-points': (p) =>
        `Cần giảm ${p.n('shortfall')} điểm phần trăm: ${p.n('actual')}% → ${p.n('target')}% (yêu cầu ${planOp(p)} ${p.n('target')}%)${rel(p)}${by(p)}`,
      'plan.raise-amount': (p) =>
        `Cần tăng thêm ${p.n('shortfall')} ${p.t('unit')}: ${p.n('actual')} → ${p.n('target')} (yêu cầu ${planOp(p)} ${p.n('target')})${rel(p)}${by(p)}`,
      'plan.lower-amount': (p) =>
        `Cần giảm ${p.n('shortfall')} ${p.t('unit')}: ${p.n('actual')} → ${p.n('target')} (yêu cầu ${planOp(p)} ${p.n('target')})${rel(p)}${by(p)}`,
      'plan.raise-count': (p) =>
        `Cần thêm ${p.n('shortfall')} ${p.t('unit')}: ${p.n('actual')} → ${p.n('target')} (yêu cầu ${planOp(p)} ${p.n('target')})${by(p)}`,
      'plan.lower-count': (p) =>
        `Cần giảm ${p.n('shortfall')} ${p.t('unit')}: ${p.n('actual')} → ${p.n('target')} (yêu cầu ${planOp(p)} ${p.n('target')})${by(p)}`,
      'plan.achieve-flag': (p) => `Chỉ tiêu ${p.s('code')} cần ở mức "${flag(p)}"${p.has('text') ? `: ${p.t('text')}` : ''}${by(p)}`,
      'plan.criterion-gaps': (p) =>
        `Tiêu chí ${label(p)}: còn ${p.n('required')} chỉ tiêu chưa đạt (${p.s('codes')})${p.s('open') ? `; chưa đủ căn cứ: ${p.s('open')}` : ''}`,
      'plan.criterion-open': (p) => `Tiêu chí ${label(p)}: chưa đủ căn cứ đánh giá (${p.s('open') || 'thiếu chỉ tiêu trong quyết định'})`,
      'plan.collect-value': (p) =>
        `Cần thu thập số liệu chỉ tiêu ${p.s('code')}${p.s('reason') === 'indicator.invalid-value' ? ' (giá trị đã nhập không hợp lệ)' : ''}`,
      'plan.collect-fact': (p) => `Cần thông tin "${p.t('label') || p.s('name') || 'dữ kiện của đơn vị'}"${forWhat(p)}`,
      'plan.collect-reference': (p) => `Cần giá trị tham chiếu "${p.t('label') || p.s('name')}"${forWhat(p)}`,
      'plan.collect-column': (p) => `Cần xác định vùng hoặc nhóm xã để chọn mức yêu cầu${forWhat(p)}`,
      'plan.collect-year': (p) => `Cần năm đánh giá để chọn mức yêu cầu${forWhat(p)}`,
      'plan.obtain-target': (p) =>
        `Chưa biết mức yêu cầu của chỉ tiêu ${p.s('code')}${p.has('status') ? ` (${p.t('status')})` : ''}${p.s('candidates') ? `; giá trị đã ghi nhận: ${p.s('candidates')}` : ''}; cần văn bản quy định hoặc mức của tỉnh`,
      'plan.obtain-rows': (p) =>
        `Tiêu chí ${label(p)}: danh sách chỉ tiêu trong quyết định chưa đầy đủ${p.has('why') ? ` (${p.t('why')})` : ''}`,
      'plan.assess-condition': (p) =>
        `Điều kiện "${p.t('text')}" chưa kiểm tra tự động được hoặc chưa biết mức yêu cầu; cần cán bộ xem xét`,
      'plan.condition-fact': (p) =>
        `Điều kiện "${p.t('text')}" chưa đạt${p.has('fact') ? `: cần ${p.t('label') || p.s('fact')} ${planOp(p)} ${p.s('value') === 'true' ? 'có' : p.s('value') === 'false' ? 'không' : p.n('value')}` : ''}`,
      'plan.condition-criteria': (p) => `Điều kiện "${p.t('text')}": còn ${p.n('left')} tiêu chí chưa đạt`,
      'plan.condition-open': (p) => `Điều kiện "${p.t('text')}" chưa đủ căn cứ đánh giá`,
      'plan.share-more': (p) =>
        `${p.t('text')}: ${p.n('passing')}/${p.n('total')} đơn vị đạt, cần ${p.n('required')}; cần thêm ít nhất ${p.n('more')} đơn vị${closest(p)}`,
      'plan.share-fewer': (p) =>
        `${p.t('text')}: ${p.n('passing')}/${p.n('total')} đơn vị đạt, cần đúng ${p.n('required')}; thừa ${p.n('more')} đơn vị`,
      'plan.share-unreachable': (p) =>
        `${p.t('text')}: không có số đơn vị nguyên nào trong ${p.n('total')} đơn vị cho đúng ${p.n('percent')}%`,
      'plan.share-undecided': (p) =>
        `${p.t('text')}: ${p.n('passing')}/${p.n('total')} đơn vị đạt; ${p.n('undecided')} đơn vị chưa đủ căn cứ đánh giá`,
      'plan.share-needs-set': (p) =>
        `${p.t('text')}: ${p.n('passing')}/${p.n('total')} đơn vị đạt; cần bộ tiêu chí của đơn vị để tính số đơn vị còn thiếu`,
      'plan.share-needs-results': (p) => `${p.t('text')}: cần kết quả đánh giá các đơn vị trực thuộc để kiểm tra`,
      'plan.unit-summary': (p) =>
        `${unit(p)}: đạt ${p.n('met')}/${p.n('total')} tiêu chí; còn ${p.n('criteria')} tiêu chí, ${p.n('gaps')} chỉ tiêu chưa đạt, ${p.n('conditions')} điều kiện; ${p.n('data')} số liệu cần thu thập, ${p.n('targets')} mức cần xác định`,
      'plan.unit-met': (p) => `${unit(p)}: đạt ${p.n('met')}/${p.n('total')} tiêu chí và các điều kiện; không còn việc phải làm`,
    },
    'vi',
  );
}
