// The sentences of the gap plan in Vietnamese (authoritative) and English, one per message
// code, made from the message's params. Kept in one file until the engine's locale files take
// `{ code, params }` messages; then these two tables move there unchanged.
import type { PlanMessage, PlanMessageCode, PlanMessageParams } from './types.js';
import { formatPlanNumber } from './format-number.js';

type Lang = 'vi' | 'en';
type Render = (p: Reader) => string;

/** Reads a message's params for one language: numbers formatted, localized pairs picked. */
interface Reader {
  /** A number param (an exact decimal text), formatted for the language. */
  n(name: string): string;
  /** A plain text param, or `''`. */
  s(name: string): string;
  /** A localized param, stored as `<name>Vi` / `<name>En`. */
  t(name: string): string;
  has(name: string): boolean;
}

function reader(params: PlanMessageParams, lang: Lang): Reader {
  const get = (name: string) => params[name];
  return {
    n: (name) => {
      const v = get(name);
      return v === undefined ? '' : formatPlanNumber(String(v), lang);
    },
    s: (name) => {
      const v = get(name);
      return v === undefined ? '' : String(v);
    },
    t: (name) => {
      const v = get(`${name}${lang === 'vi' ? 'Vi' : 'En'}`);
      return v === undefined ? '' : String(v);
    },
    has: (name) => get(name) !== undefined || get(`${name}Vi`) !== undefined,
  };
}

const OPS: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };
const op = (p: Reader) => OPS[p.s('op')] ?? p.s('op');
const ratio = (p: Reader) =>
  `${p.n('numerator')}/${p.n('denominator')} → ${p.n('neededNumerator')}/${p.n('denominator')} = ${p.n('afterPercent')}%`;

const viBy = (p: Reader) => (p.has('overrideBy') ? ` [mức của ${p.s('overrideBy')}]` : '');
const enBy = (p: Reader) => (p.has('overrideBy') ? ` [value set by ${p.s('overrideBy')}]` : '');
const viRel = (p: Reader) =>
  p.has('reference') ? ` (= ${p.n('factor')} × ${p.n('referenceValue')}, giá trị tham chiếu "${p.s('reference')}")` : '';
const enRel = (p: Reader) =>
  p.has('reference') ? ` (= ${p.n('factor')} × ${p.n('referenceValue')}, the reference "${p.s('reference')}")` : '';
const viLabel = (p: Reader) => `${p.s('criterion')}${p.has('name') ? ` (${p.t('name')})` : ''}`;
const enLabel = viLabel;
const viFor = (p: Reader) =>
  p.has('code') ? ` cho chỉ tiêu ${p.s('code')}` : p.has('conditionId') ? ` cho điều kiện "${p.t('text') || p.s('conditionId')}"` : '';
const enFor = (p: Reader) =>
  p.has('code') ? ` for indicator ${p.s('code')}` : p.has('conditionId') ? ` for the condition "${p.t('text') || p.s('conditionId')}"` : '';
const viFlag = (p: Reader) => (p.s('target') === 'false' ? 'Không đạt' : 'Đạt');
const enFlag = (p: Reader) => (p.s('target') === 'false' ? 'not achieved' : 'achieved');
const viUnit = (p: Reader) => p.s('unit') || 'Đơn vị';
const enUnit = (p: Reader) => p.s('unit') || 'The unit';
const viClosest = (p: Reader) => (p.s('closest') ? `; gần đạt nhất: ${p.s('closest')}` : '');
const enClosest = (p: Reader) => (p.s('closest') ? `; closest: ${p.s('closest')}` : '');

/** Vietnamese sentences of the plan (the authoritative wording). */
export const viPlanMessages: { readonly [K in PlanMessageCode]: Render } = {
  'raise-ratio': (p) => `Cần thêm ${p.n('shortfall')} ${p.t('unit')}: ${ratio(p)} (yêu cầu ${op(p)} ${p.n('target')}%)${viBy(p)}`,
  'lower-ratio': (p) => `Cần giảm ${p.n('shortfall')} ${p.t('unit')}: ${ratio(p)} (yêu cầu ${op(p)} ${p.n('target')}%)${viBy(p)}`,
  'set-ratio': (p) =>
    `Cần đưa tử số từ ${p.n('numerator')} về ${p.n('neededNumerator')} (mẫu số ${p.n('denominator')}) để đạt đúng ${p.n('target')}%${viBy(p)}`,
  'raise-points': (p) =>
    `Cần tăng thêm ${p.n('shortfall')} điểm phần trăm: ${p.n('actual')}% → ${p.n('target')}% (yêu cầu ${op(p)} ${p.n('target')}%)${viRel(p)}${viBy(p)}`,
  'lower-points': (p) =>
    `Cần giảm ${p.n('shortfall')} điểm phần trăm: ${p.n('actual')}% → ${p.n('target')}% (yêu cầu ${op(p)} ${p.n('target')}%)${viRel(p)}${viBy(p)}`,
  'raise-amount': (p) =>
    `Cần tăng thêm ${p.n('shortfall')} ${p.t('unit')}: ${p.n('actual')} → ${p.n('target')} (yêu cầu ${op(p)} ${p.n('target')})${viRel(p)}${viBy(p)}`,
  'lower-amount': (p) =>
    `Cần giảm ${p.n('shortfall')} ${p.t('unit')}: ${p.n('actual')} → ${p.n('target')} (yêu cầu ${op(p)} ${p.n('target')})${viRel(p)}${viBy(p)}`,
  'raise-count': (p) => `Cần thêm ${p.n('shortfall')} ${p.t('unit')}: ${p.n('actual')} → ${p.n('target')} (yêu cầu ${op(p)} ${p.n('target')})${viBy(p)}`,
  'lower-count': (p) => `Cần giảm ${p.n('shortfall')} ${p.t('unit')}: ${p.n('actual')} → ${p.n('target')} (yêu cầu ${op(p)} ${p.n('target')})${viBy(p)}`,
  'achieve-flag': (p) => `Chỉ tiêu ${p.s('code')} cần ở mức "${viFlag(p)}"${p.has('text') ? `: ${p.t('text')}` : ''}${viBy(p)}`,
  'criterion-gaps': (p) =>
    `Tiêu chí ${viLabel(p)}: còn ${p.n('required')} chỉ tiêu chưa đạt (${p.s('codes')})${p.s('open') ? `; chưa đủ căn cứ: ${p.s('open')}` : ''}`,
  'criterion-open': (p) => `Tiêu chí ${viLabel(p)}: chưa đủ căn cứ đánh giá (${p.s('open') || 'thiếu chỉ tiêu trong quyết định'})`,
  'collect-value': (p) =>
    `Cần thu thập số liệu chỉ tiêu ${p.s('code')}${p.s('reason') === 'invalid-value' ? ' (giá trị đã nhập không hợp lệ)' : ''}`,
  'collect-fact': (p) => `Cần thông tin "${p.s('name') || 'dữ kiện của đơn vị'}"${viFor(p)}`,
  'collect-reference': (p) => `Cần giá trị tham chiếu "${p.s('name')}"${viFor(p)}`,
  'collect-column': (p) => `Cần xác định vùng hoặc nhóm xã để chọn mức yêu cầu${viFor(p)}`,
  'collect-year': (p) => `Cần năm đánh giá để chọn mức yêu cầu${viFor(p)}`,
  'obtain-target': (p) =>
    `Chưa biết mức yêu cầu của chỉ tiêu ${p.s('code')}${p.has('status') ? ` (${p.t('status')})` : ''}${p.s('candidates') ? `; giá trị đã ghi nhận: ${p.s('candidates')}` : ''}; cần văn bản quy định hoặc mức của tỉnh`,
  'obtain-rows': (p) => `Tiêu chí ${viLabel(p)}: danh sách chỉ tiêu trong quyết định chưa đầy đủ${p.has('why') ? ` (${p.t('why')})` : ''}`,
  'assess-condition': (p) => `Điều kiện "${p.t('text')}" chưa kiểm tra tự động được hoặc chưa biết mức yêu cầu; cần cán bộ xem xét`,
  'condition-fact': (p) =>
    `Điều kiện "${p.t('text')}" chưa đạt${p.has('fact') ? `: cần ${p.s('fact')} ${op(p)} ${p.s('value') === 'true' ? 'có' : p.s('value') === 'false' ? 'không' : p.n('value')}` : ''}`,
  'condition-criteria': (p) => `Điều kiện "${p.t('text')}": còn ${p.n('left')} tiêu chí chưa đạt`,
  'share-more': (p) =>
    `${p.t('text')}: ${p.n('passing')}/${p.n('total')} đơn vị đạt, cần ${p.n('required')}; cần thêm ít nhất ${p.n('more')} đơn vị${viClosest(p)}`,
  'share-fewer': (p) => `${p.t('text')}: ${p.n('passing')}/${p.n('total')} đơn vị đạt, cần đúng ${p.n('required')}; thừa ${p.n('more')} đơn vị`,
  'share-unreachable': (p) =>
    `${p.t('text')}: không có số đơn vị nguyên nào trong ${p.n('total')} đơn vị cho đúng ${p.n('percent')}%`,
  'share-undecided': (p) =>
    `${p.t('text')}: ${p.n('passing')}/${p.n('total')} đơn vị đạt; ${p.n('undecided')} đơn vị chưa đủ căn cứ đánh giá`,
  'share-needs-set': (p) =>
    `${p.t('text')}: ${p.n('passing')}/${p.n('total')} đơn vị đạt; cần bộ tiêu chí của đơn vị để tính số đơn vị còn thiếu`,
  'share-needs-results': (p) => `${p.t('text')}: cần kết quả đánh giá các đơn vị trực thuộc để kiểm tra`,
  'unit-summary': (p) =>
    `${viUnit(p)}: đạt ${p.n('met')}/${p.n('total')} tiêu chí; còn ${p.n('criteria')} tiêu chí, ${p.n('gaps')} chỉ tiêu chưa đạt, ${p.n('conditions')} điều kiện; ${p.n('data')} số liệu cần thu thập, ${p.n('targets')} mức cần xác định`,
  'unit-met': (p) => `${viUnit(p)}: đạt ${p.n('met')}/${p.n('total')} tiêu chí và các điều kiện; không còn việc phải làm`,
};

/** English sentences of the plan (a translation of the Vietnamese). */
export const enPlanMessages: { readonly [K in PlanMessageCode]: Render } = {
  'raise-ratio': (p) => `${p.n('shortfall')} more ${p.t('unit')} needed: ${ratio(p)} (target ${op(p)} ${p.n('target')}%)${enBy(p)}`,
  'lower-ratio': (p) => `${p.n('shortfall')} fewer ${p.t('unit')} needed: ${ratio(p)} (target ${op(p)} ${p.n('target')}%)${enBy(p)}`,
  'set-ratio': (p) =>
    `The numerator must go from ${p.n('numerator')} to ${p.n('neededNumerator')} (of ${p.n('denominator')}) to reach exactly ${p.n('target')}%${enBy(p)}`,
  'raise-points': (p) =>
    `${p.n('shortfall')} more percentage points needed: ${p.n('actual')}% → ${p.n('target')}% (target ${op(p)} ${p.n('target')}%)${enRel(p)}${enBy(p)}`,
  'lower-points': (p) =>
    `Must fall by ${p.n('shortfall')} percentage points: ${p.n('actual')}% → ${p.n('target')}% (target ${op(p)} ${p.n('target')}%)${enRel(p)}${enBy(p)}`,
  'raise-amount': (p) =>
    `${p.n('shortfall')} ${p.t('unit')} more needed: ${p.n('actual')} → ${p.n('target')} (target ${op(p)} ${p.n('target')})${enRel(p)}${enBy(p)}`,
  'lower-amount': (p) =>
    `Must fall by ${p.n('shortfall')} ${p.t('unit')}: ${p.n('actual')} → ${p.n('target')} (target ${op(p)} ${p.n('target')})${enRel(p)}${enBy(p)}`,
  'raise-count': (p) => `${p.n('shortfall')} more ${p.t('unit')} needed: ${p.n('actual')} → ${p.n('target')} (target ${op(p)} ${p.n('target')})${enBy(p)}`,
  'lower-count': (p) => `${p.n('shortfall')} fewer ${p.t('unit')} needed: ${p.n('actual')} → ${p.n('target')} (target ${op(p)} ${p.n('target')})${enBy(p)}`,
  'achieve-flag': (p) => `Indicator ${p.s('code')} must be ${enFlag(p)}${p.has('text') ? `: ${p.t('text')}` : ''}${enBy(p)}`,
  'criterion-gaps': (p) =>
    `Criterion ${enLabel(p)}: ${p.n('required')} indicator(s) left to meet (${p.s('codes')})${p.s('open') ? `; not decidable yet: ${p.s('open')}` : ''}`,
  'criterion-open': (p) => `Criterion ${enLabel(p)}: not decidable yet (${p.s('open') || "rows of the decree not in the library"})`,
  'collect-value': (p) => `Collect the value of indicator ${p.s('code')}${p.s('reason') === 'invalid-value' ? ' (the value given is invalid)' : ''}`,
  'collect-fact': (p) => `Provide the fact "${p.s('name') || "the unit's fact"}"${enFor(p)}`,
  'collect-reference': (p) => `Provide the reference value "${p.s('name')}"${enFor(p)}`,
  'collect-column': (p) => `Name the region or commune group to choose the target${enFor(p)}`,
  'collect-year': (p) => `Give the assessment year to choose the target${enFor(p)}`,
  'obtain-target': (p) =>
    `The target of indicator ${p.s('code')} is not yet known${p.has('status') ? ` (${p.t('status')})` : ''}${p.s('candidates') ? `; values reported: ${p.s('candidates')}` : ''}; obtain the decree's value or the province's own`,
  'obtain-rows': (p) => `Criterion ${enLabel(p)}: the decree's list of indicators is incomplete in the library${p.has('why') ? ` (${p.t('why')})` : ''}`,
  'assess-condition': (p) => `The condition "${p.t('text')}" is not machine-checkable or its threshold is unknown; an official must assess it`,
  'condition-fact': (p) =>
    `The condition "${p.t('text')}" is not met${p.has('fact') ? `: needs ${p.s('fact')} ${op(p)} ${p.s('value') === 'true' || p.s('value') === 'false' ? p.s('value') : p.n('value')}` : ''}`,
  'condition-criteria': (p) => `The condition "${p.t('text')}": ${p.n('left')} criteria still not met`,
  'share-more': (p) =>
    `${p.t('text')}: ${p.n('passing')} of ${p.n('total')} units pass, ${p.n('required')} needed; at least ${p.n('more')} more units${enClosest(p)}`,
  'share-fewer': (p) => `${p.t('text')}: ${p.n('passing')} of ${p.n('total')} units pass, exactly ${p.n('required')} needed; ${p.n('more')} too many`,
  'share-unreachable': (p) => `${p.t('text')}: no whole number of the ${p.n('total')} units gives exactly ${p.n('percent')}%`,
  'share-undecided': (p) => `${p.t('text')}: ${p.n('passing')} of ${p.n('total')} units pass; ${p.n('undecided')} units not decidable yet`,
  'share-needs-set': (p) =>
    `${p.t('text')}: ${p.n('passing')} of ${p.n('total')} units pass; pass the unit's criteria set to count how many more are needed`,
  'share-needs-results': (p) => `${p.t('text')}: needs the results of the sub-units to be checked`,
  'unit-summary': (p) =>
    `${enUnit(p)}: ${p.n('met')} of ${p.n('total')} criteria met; ${p.n('criteria')} criteria, ${p.n('gaps')} indicators and ${p.n('conditions')} conditions left; ${p.n('data')} data items to collect, ${p.n('targets')} targets to obtain`,
  'unit-met': (p) => `${enUnit(p)}: ${p.n('met')} of ${p.n('total')} criteria and every condition met; nothing left to do`,
};

/**
 * A plan message: its code and params, with the Vietnamese and English text made from them.
 * @example
 * planMessage('raise-points', { shortfall: '3', actual: '95', target: '98', op: '>=' }).vi;
 * // 'Cần tăng thêm 3 điểm phần trăm: 95% → 98% (yêu cầu ≥ 98%)'
 */
export function planMessage(code: PlanMessageCode, params: PlanMessageParams): PlanMessage {
  return {
    code,
    params,
    vi: viPlanMessages[code](reader(params, 'vi')),
    en: enPlanMessages[code](reader(params, 'en')),
  };
}
