// 320/QĐ-TTg, Phụ lục III: Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục III).
// National criteria for advanced NTM districts, 2021–2025 (Annex III).
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { unverified, single } from '../../table.js';
import { r18Others } from './recognition-18-2022.js';
import { RG_TN_PHUBINH, S05, S15 } from '../../sources.js';

const { row, criterion, set } = single;

/**
 * Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục III) (320/QĐ-TTg).
 * National criteria for advanced NTM districts, 2021–2025 (Annex III).
 * @example
 * districtAdvanced320.criteria.length; // 2
 */
export const districtAdvanced320 = set({
  id: 'district-advanced-2021-2025',
  family: 'district-advanced-2021-2025',
  version: '320/QĐ-TTg',
  level: 'district-advanced',
  title: { vi: 'Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục III)', en: 'National criteria for advanced NTM districts, 2021–2025 (Annex III)' },
  period: { from: '2022-03-08', to: '2024-02-29' },
  years: { from: 2021, to: 2026 },
  legalBasis: [basis('320/QĐ-TTg', 'base', { annex: 'Phụ lục III' })],
  columnRules: [
    { id: 'district-advanced-2021-2025.r1', text: { vi: 'Không phân vùng (theo ghi chú); S05 nêu BHYT ≥95% cho xã, huyện NTM nâng cao ở vùng ĐBSH và TDMNPB.', en: 'Treated as single-column; note that S05 states BHYT ≥95% for advanced communes and districts in ĐBSH and TDMNPB, so regional variation is possible.' }, status: 'recalled', sources: ['S05'] },
  ],
  sources: { RG_TN_PHUBINH, S05, S15 },
  notes: [
    { vi: 'Phụ lục I: huyện NTM; Phụ lục II: thị xã, thành phố thuộc tỉnh hoàn thành nhiệm vụ xây dựng NTM; Phụ lục III: huyện NTM nâng cao [đã kiểm chứng trong văn bản công khai: S09].', en: 'PL I huyện NTM; PL II thị xã/TP thuộc tỉnh hoàn thành nhiệm vụ; PL III huyện NTM nâng cao [verified in a public text: S09].' },
    { vi: 'Huyện NTM có 9 tiêu chí (số lượng chưa thấy trong văn bản; tên tiêu chí chưa thấy trong văn bản, trừ Giao thông). Chưa tìm thấy tên và chỉ tiêu của các tiêu chí 1, 3–9.', en: 'Huyện NTM has 9 criteria (count not seen in a text; names not seen in a text except Giao thông). Names and indicators of criteria 1, 3–9: not found.' },
    { vi: 'Phụ lục III: huyện NTM nâng cao được đánh giá theo 38 chỉ tiêu (huyện Phú Bình, Thái Nguyên, đạt 34/38) - có thể là số lượng chung toàn quốc, nhưng nguồn là báo của tỉnh [chỉ thấy ở văn bản của tỉnh: RG_TN_PHUBINH].', en: 'PL III: huyện NTM nâng cao is assessed on 38 chỉ tiêu (Phú Bình, Thái Nguyên, met 34/38) - may be the national count, but the source is a provincial paper [seen only in a province\'s text: RG_TN_PHUBINH].' },
    { vi: 'Văn bản của tỉnh trình bày lại Phụ lục III: Quảng Nam QĐ 2428/QĐ-UBND (16/9/2022), mới thấy phần đầu [đã kiểm chứng trong văn bản công khai: RG_QNAM2428].', en: 'Provincial restatement of PL III: Quảng Nam QĐ 2428/QĐ-UBND (16/9/2022), header only [verified in a public text: RG_QNAM2428].' },
    { vi: 'Quyết định công nhận huyện (dùng làm dữ liệu kiểm thử): Phú Bình QĐ 567/QĐ-TTg (đạt chuẩn NTM năm 2022) [đã kiểm chứng trong văn bản công khai: SC_PHUBINH]; Mỹ Đức QĐ 1571/QĐ-TTg (đạt chuẩn NTM năm 2022) [đã kiểm chứng trong văn bản công khai: SC_MYDUC].', en: 'District recognition decisions (fixtures): Phú Bình QĐ 567/QĐ-TTg (NTM 2022) [verified in a public text: SC_PHUBINH]; Mỹ Đức QĐ 1571/QĐ-TTg (NTM 2022) [verified in a public text: SC_MYDUC].' },
  ],
  conditions: [
    { id: 'q320.pl3.shares', text: { vi: 'Tỷ lệ xã đạt chuẩn NTM nâng cao / kiểu mẫu cần có để huyện đạt NTM nâng cao', en: 'Required shares of advanced / model communes' }, purpose: 'criteria', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có (chưa tìm thấy nội dung).', en: 'Reference check: n/a (not found)' } },
    { id: 'q320.pl3.count', text: { vi: 'Huyện NTM nâng cao được đánh giá theo 38 chỉ tiêu', en: 'Assessed on 38 indicators (Phú Bình met 34/38)' }, purpose: 'procedure', status: 'provincial', sources: ['RG_TN_PHUBINH'], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: đạt đủ 38 chỉ tiêu.', en: 'Reference check: count(indicators) == 38' } },
    { id: 'r18.meetsSet', text: { vi: 'Đáp ứng đầy đủ các điều kiện và mức đạt chuẩn của 320 Phụ lục III', en: 'Meets all conditions and targets of the corresponding set (QĐ 18/2022)' }, purpose: 'recognition', status: 'verified', sources: ['S15'], check: { kind: 'criteria-met' }, document: '18/2022/QĐ-TTg', note: { vi: 'Cách kiểm tra: mọi điều kiện và chỉ tiêu của bộ đều đạt.', en: 'Reference check: allConditionsAndIndicatorsMet(set) == true' } },
    r18Others,
  ],
  criteria: [
    criterion({ id: 'c1', number: null, name: { vi: 'Y tế - Văn hóa - Giáo dục', en: 'Health - Culture - Education' }, status: 'provincial', sources: ['RG_TN_PHUBINH'], incompleteIndicators: { vi: 'Phụ lục III có 38 chỉ tiêu (theo nguồn của tỉnh); bộ này có 5, còn thiếu 33.', en: 'Annex III has 38 indicators (provincial source); 5 are encoded here, so 33 are missing.' } }, [
      row({ code: 'x1', measure: 'percent', op: '>=', textStatus: 'provincial',
        text: { vi: 'Tỷ lệ trường THPT đạt chuẩn quốc gia (mức độ 1)', en: 'Share of upper-secondary schools at national standard level 1' },
        note: { vi: "Chưa thấy mã chỉ tiêu và số tiêu chí; mức đạt ghép '100% mức độ 1, trong đó có ≥1 trường mức độ 2' được tách thành x1/x2.", en: "Code and criterion number not seen; compound target '100% mức độ 1, trong đó có ≥1 trường mức độ 2' split into x1/x2." },
      }, unverified('provincial', ['RG_TN_PHUBINH'], { candidates: [{ value: 100, sources: ['RG_TN_PHUBINH'], province: 'Thái Nguyên' }], note: { vi: 'Bài viết về huyện Phú Bình (Thái Nguyên).', en: 'Thái Nguyên (Phú Bình) article.' } })),
      row({ code: 'x2', measure: 'count', op: '>=', textStatus: 'provincial',
        text: { vi: 'Số trường THPT đạt chuẩn quốc gia mức độ 2', en: 'Upper-secondary schools at national standard level 2' },
        note: { vi: 'Tách từ dòng THPT.', en: 'Split from the THPT row.' },
      }, unverified('provincial', ['RG_TN_PHUBINH'], { candidates: [{ value: 1, sources: ['RG_TN_PHUBINH'], province: 'Thái Nguyên' }], note: { vi: 'Bài viết về huyện Phú Bình (Thái Nguyên).', en: 'Thái Nguyên (Phú Bình) article.' } })),
      row({ code: 'x3', measure: 'percent', op: '>=', textStatus: 'provincial',
        text: { vi: 'Tỷ lệ người dân tham gia BHYT', en: 'Health-insurance coverage' },
        note: { vi: "Nguồn ghi '(Y tế)'; xếp vào tiêu chí này theo suy luận.", en: "Labelled '(Y tế)' in its source; placed under this criterion by inference." },
      }, unverified('provincial', ['RG_TN_PHUBINH'], { candidates: [{ value: 95, sources: ['RG_TN_PHUBINH'], province: 'Thái Nguyên' }], note: { vi: 'Bài viết về huyện Phú Bình (Thái Nguyên); khớp với S05 (Vĩnh Phúc: ≥95% đối với xã, huyện NTM nâng cao vùng ĐBSH và TDMNPB).', en: 'Thái Nguyên (Phú Bình) article; consistent with S05 (Vĩnh Phúc: ≥95% for xã/huyện NTM nâng cao in ĐBSH and TDMNPB).' } })),
    ]),
    criterion({ id: 'c2', number: null, name: { vi: 'Chất lượng môi trường sống', en: 'Quality of the living environment' }, status: 'provincial', sources: ['RG_TN_PHUBINH'], incompleteIndicators: { vi: 'Phụ lục III có 38 chỉ tiêu (theo nguồn của tỉnh); bộ này có 5, còn thiếu 33.', en: 'Annex III has 38 indicators (provincial source); 5 are encoded here, so 33 are missing.' } }, [
      row({ code: 'x4', measure: 'percent', op: '>=', textStatus: 'provincial',
        text: { vi: 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn từ hệ thống cấp nước tập trung', en: 'Share of households using standard clean water from a centralised system' },
        note: { vi: 'Mới có tên chỉ tiêu, thấy trong bài viết của Thái Nguyên [chỉ thấy ở văn bản của tỉnh: RG_TN_PHUBINH].', en: 'Indicator name only, seen in the Thái Nguyên article [seen only in a province\'s text: RG_TN_PHUBINH].' },
      }, unverified('not-found', [], { note: { vi: 'Nguồn không nêu mức đạt.', en: 'Value not stated in the source.' } })),
      row({ code: 'x5', measure: 'amount', op: '>=', textStatus: 'provincial',
        text: { vi: 'Cấp nước sinh hoạt đạt chuẩn bình quân đầu người/ngày đêm', en: 'Standard domestic water supply per person per day' },
        unit: { vi: 'lượng/người/ngày đêm (đơn vị chưa thấy)', en: 'quantity per person per day (unit not seen)' },
        note: { vi: 'Mới có tên chỉ tiêu, thấy trong bài viết của Thái Nguyên [chỉ thấy ở văn bản của tỉnh: RG_TN_PHUBINH].', en: 'Indicator name only, seen in the Thái Nguyên article [seen only in a province\'s text: RG_TN_PHUBINH].' },
      }, unverified('not-found', [], { note: { vi: 'Nguồn không nêu mức đạt.', en: 'Value not stated in the source.' } })),
    ]),
  ],
});
