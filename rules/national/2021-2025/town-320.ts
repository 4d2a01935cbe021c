// 320/QĐ-TTg, Phụ lục II: Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025 (Phụ lục II).
// Towns and provincial cities completing the NTM task, 2021–2025 (Annex II).
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { single } from '../../table.js';
import { r18Others } from './recognition-18-2022.js';
import { S09, S15 } from '../../sources.js';

const { set } = single;

/**
 * Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025 (Phụ lục II) (320/QĐ-TTg).
 * Towns and provincial cities completing the NTM task, 2021–2025 (Annex II).
 * @example
 * town320.criteria.length; // 0
 */
export const town320 = set({
  id: 'town-2021-2025',
  family: 'town-2021-2025',
  version: '320/QĐ-TTg',
  level: 'town',
  title: { vi: 'Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025 (Phụ lục II)', en: 'Towns and provincial cities completing the NTM task, 2021–2025 (Annex II)' },
  period: { from: '2022-03-08', to: '2026-02-14' },
  years: { from: 2021, to: 2026 },
  legalBasis: [basis('320/QĐ-TTg', 'base', { annex: 'Phụ lục II' })],
  columnRules: [
    { id: 'town-2021-2025.r1', text: { vi: 'Không phân vùng (một cột).', en: 'Not regionalised (one column).' }, status: 'verified', sources: ['S09'] },
  ],
  sources: { S09, S15 },
  notes: [
    { vi: 'Phụ lục I: huyện NTM; Phụ lục II: thị xã, thành phố thuộc tỉnh hoàn thành nhiệm vụ xây dựng NTM; Phụ lục III: huyện NTM nâng cao [đã kiểm chứng trong văn bản công khai: S09].', en: 'PL I huyện NTM; PL II thị xã/TP thuộc tỉnh hoàn thành nhiệm vụ; PL III huyện NTM nâng cao [verified in a public text: S09].' },
    { vi: 'Huyện NTM có 9 tiêu chí (số lượng chưa thấy trong văn bản; tên tiêu chí chưa thấy trong văn bản, trừ Giao thông). Chưa tìm thấy tên và chỉ tiêu của các tiêu chí 1, 3–9.', en: 'Huyện NTM has 9 criteria (count not seen in a text; names not seen in a text except Giao thông). Names and indicators of criteria 1, 3–9: not found.' },
    { vi: 'Phụ lục III: huyện NTM nâng cao được đánh giá theo 38 chỉ tiêu (huyện Phú Bình, Thái Nguyên, đạt 34/38) - có thể là số lượng chung toàn quốc, nhưng nguồn là báo của tỉnh [chỉ thấy ở văn bản của tỉnh: RG_TN_PHUBINH].', en: 'PL III: huyện NTM nâng cao is assessed on 38 chỉ tiêu (Phú Bình, Thái Nguyên, met 34/38) - may be the national count, but the source is a provincial paper [seen only in a province\'s text: RG_TN_PHUBINH].' },
    { vi: 'Văn bản của tỉnh trình bày lại Phụ lục III: Quảng Nam QĐ 2428/QĐ-UBND (16/9/2022), mới thấy phần đầu [đã kiểm chứng trong văn bản công khai: RG_QNAM2428].', en: 'Provincial restatement of PL III: Quảng Nam QĐ 2428/QĐ-UBND (16/9/2022), header only [verified in a public text: RG_QNAM2428].' },
    { vi: 'Quyết định công nhận huyện (dùng làm dữ liệu kiểm thử): Phú Bình QĐ 567/QĐ-TTg (đạt chuẩn NTM năm 2022) [đã kiểm chứng trong văn bản công khai: SC_PHUBINH]; Mỹ Đức QĐ 1571/QĐ-TTg (đạt chuẩn NTM năm 2022) [đã kiểm chứng trong văn bản công khai: SC_MYDUC].', en: 'District recognition decisions (fixtures): Phú Bình QĐ 567/QĐ-TTg (NTM 2022) [verified in a public text: SC_PHUBINH]; Mỹ Đức QĐ 1571/QĐ-TTg (NTM 2022) [verified in a public text: SC_MYDUC].' },
  ],
  conditions: [
    { id: 'q320.pl2.communes', text: { vi: '(1) Có 100% số xã … (bị cắt)', en: "(1) 100% of communes … (text cut; predicate not seen, probably 'đạt chuẩn NTM')" }, purpose: 'criteria', status: 'verified', sources: ['S09'], check: { kind: 'unit-share', unitLevel: 'commune', standard: 'meets-set', op: '>=', percent: 100 }, note: { vi: 'Cách kiểm tra: 100% số xã đạt ? (chưa rõ chuẩn).', en: 'Reference check: share(communes ?) == 100%' } },
    { id: 'q320.pl2.others', text: { vi: 'Các điều kiện tiếp theo của Phụ lục II', en: 'Further conditions of Annex II' }, purpose: 'criteria', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có (chưa tìm thấy nội dung).', en: 'Reference check: n/a (not found)' } },
    { id: 'r18.meetsSet', text: { vi: 'Đáp ứng đầy đủ các điều kiện và mức đạt chuẩn của 320 Phụ lục II', en: 'Meets all conditions and targets of the corresponding set (QĐ 18/2022)' }, purpose: 'recognition', status: 'verified', sources: ['S15'], check: { kind: 'criteria-met' }, document: '18/2022/QĐ-TTg', note: { vi: 'Cách kiểm tra: mọi điều kiện và chỉ tiêu của bộ đều đạt.', en: 'Reference check: allConditionsAndIndicatorsMet(set) == true' } },
    r18Others,
  ],
  criteria: [
  ],
});
