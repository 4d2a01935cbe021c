// 321/QĐ-TTg: Quy định tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025.
// Provinces and centrally-run cities completing the NTM task, 2021–2025.
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { single } from '../../table.js';
import { S12, S13, S14 } from '../../sources.js';

const { set } = single;

/**
 * Quy định tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025 (321/QĐ-TTg).
 * Provinces and centrally-run cities completing the NTM task, 2021–2025.
 * @example
 * province321.criteria.length; // 0
 */
export const province321 = set({
  id: 'province-2021-2025',
  family: 'province-2021-2025',
  version: '321/QĐ-TTg',
  level: 'province',
  title: { vi: 'Quy định tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025', en: 'Provinces and centrally-run cities completing the NTM task, 2021–2025' },
  period: { from: '2022-03-08', to: '2026-02-14' },
  years: { from: 2021, to: 2026 },
  legalBasis: [basis('321/QĐ-TTg', 'base')],
  columnRules: [
    { id: 'province-2021-2025.r1', text: { vi: 'Không phân vùng.', en: 'Not regionalised.' }, status: 'verified', sources: ['S12', 'S13', 'S14'] },
  ],
  facts: {
    provincialSchemeApproved: { kind: 'boolean', text: { vi: 'Đề án XD NTM toàn tỉnh được HĐND tỉnh thông qua', en: "Province-wide NTM scheme approved by the People's Council" } },
  },
  sources: { S12, S13, S14 },
  notes: [
    { vi: '[đã kiểm chứng trong văn bản công khai: S12, S13, S14]', en: '[verified in a public text: S12, S13, S14]' },
  ],
  conditions: [
    { id: 'T.1', text: { vi: 'Tỷ lệ số huyện đạt chuẩn NTM giai đoạn 2021–2025: 100% (huyện công nhận 2010–2020 phải rà soát, đáp ứng đủ mức chuẩn huyện NTM 2021–2025)', en: '100% of districts meet the 2021–2025 district NTM standard (districts recognised 2010–2020 re-checked)' }, purpose: 'criteria', status: 'verified', sources: ['S12', 'S13', 'S14'], check: { kind: 'unit-share', unitLevel: 'district', standard: 'meets-set', op: '>=', percent: 100 }, note: { vi: 'Cách kiểm tra: 100% số huyện đạt chuẩn NTM giai đoạn 2021–2025.', en: 'Reference check: share(districts NTM 2021-2025) == 100%' } },
    { id: 'T.2', text: { vi: 'Tỷ lệ số thị xã, thành phố hoàn thành nhiệm vụ XD NTM giai đoạn 2021–2025: 100% (đơn vị công nhận 2010–2020 phải rà soát, đáp ứng đủ)', en: '100% of towns/cities have completed the NTM task 2021–2025 (re-checked)' }, purpose: 'criteria', status: 'verified', sources: ['S12', 'S13', 'S14'], check: { kind: 'unit-share', unitLevel: 'town', standard: 'meets-set', op: '>=', percent: 100 }, note: { vi: 'Cách kiểm tra: 100% số thị xã, thành phố thuộc tỉnh hoàn thành nhiệm vụ xây dựng NTM giai đoạn 2021–2025.', en: 'Reference check: share(towns completed 2021-2025) == 100%' } },
    { id: 'T.3', text: { vi: 'Tỷ lệ số huyện đạt chuẩn NTM nâng cao giai đoạn 2021–2025: ≥20%', en: 'At least 20% of districts are advanced NTM' }, purpose: 'criteria', status: 'verified', sources: ['S12', 'S13', 'S14'], check: { kind: 'unit-share', unitLevel: 'district-advanced', standard: 'meets-set', op: '>=', percent: 20 }, note: { vi: 'Cách kiểm tra: ít nhất 20% số huyện đạt chuẩn NTM nâng cao.', en: 'Reference check: share(districts advanced NTM) >= 20%' } },
    { id: 'T.4', text: { vi: 'Tỷ lệ số xã đạt chuẩn NTM nâng cao giai đoạn 2021–2025: ≥40%', en: 'At least 40% of communes are advanced NTM' }, purpose: 'criteria', status: 'verified', sources: ['S13', 'S14'], check: { kind: 'unit-share', unitLevel: 'commune-advanced', standard: 'meets-set', op: '>=', percent: 40 }, note: { vi: 'Cách kiểm tra: ít nhất 40% số xã đạt chuẩn NTM nâng cao.', en: 'Reference check: share(communes advanced NTM) >= 40%' } },
    { id: 'T.5', text: { vi: 'Có Đề án XD NTM toàn tỉnh giai đoạn 2021–2025 được Hội đồng nhân dân [cấp tỉnh thông qua …] (bị cắt)', en: "A province-wide NTM scheme 2021–2025 approved by the People's Council (text cut after 'Hội đồng nhân dân')" }, purpose: 'criteria', status: 'verified', sources: ['S13', 'S14'], check: { kind: 'fact', fact: 'provincialSchemeApproved', op: '=', value: true }, note: { vi: 'Cách kiểm tra: đề án của tỉnh đã được HĐND tỉnh thông qua.', en: 'Reference check: provincialSchemeApprovedByHDND == true' } },
    { id: 'T.6', text: { vi: 'Các điều kiện tiếp theo (nếu có)', en: 'Further conditions, if any' }, purpose: 'criteria', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có (chưa tìm thấy nội dung).', en: 'Reference check: n/a (not found)' } },
  ],
  criteria: [
  ],
});
