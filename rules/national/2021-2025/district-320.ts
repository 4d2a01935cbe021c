// 320/QĐ-TTg, Phụ lục I: Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021–2025 (Phụ lục I).
// National criteria for NTM districts, 2021–2025 (Annex I).
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { verified, single } from '../../table.js';
import { r18Others } from './recognition-18-2022.js';
import { S09, S10, S11, S15 } from '../../sources.js';

const { row, criterion, set } = single;

/**
 * Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021–2025 (Phụ lục I) (320/QĐ-TTg).
 * National criteria for NTM districts, 2021–2025 (Annex I).
 * @example
 * district320.criteria.length; // 9
 */
export const district320 = set({
  id: 'district-2021-2025',
  family: 'district-2021-2025',
  version: '320/QĐ-TTg',
  level: 'district',
  title: { vi: 'Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021–2025 (Phụ lục I)', en: 'National criteria for NTM districts, 2021–2025 (Annex I)' },
  period: { from: '2022-03-08', to: '2024-02-29' },
  years: { from: 2021, to: 2026 },
  legalBasis: [basis('320/QĐ-TTg', 'base', { annex: 'Phụ lục I' })],
  columnRules: [
    { id: 'district-2021-2025.r1', text: { vi: 'Không phân vùng (một cột).', en: 'Not regionalised (one column).' }, status: 'verified', sources: ['S09', 'S11'] },
  ],
  facts: {
    civilisedTownshipShare: { kind: 'number', text: { vi: 'Tỷ lệ thị trấn đạt chuẩn đô thị văn minh (%)', en: 'Share of townships meeting the civilised-urban standard (%)' } },
    minCommuneSatisfactionRate: { kind: 'number', text: { vi: 'Tỷ lệ hài lòng thấp nhất ở một xã với một nội dung (%)', en: 'Lowest satisfaction share in any commune for any content (%)' } },
    satisfactionRate: { kind: 'number', text: { vi: 'Tỷ lệ người dân hài lòng (%)', en: 'Share of residents satisfied (%)' } },
  },
  sources: { S09, S10, S11, S15 },
  notes: [
    { vi: 'Phụ lục I: huyện NTM; Phụ lục II: thị xã, thành phố thuộc tỉnh hoàn thành nhiệm vụ xây dựng NTM; Phụ lục III: huyện NTM nâng cao [đã kiểm chứng trong văn bản công khai: S09].', en: 'PL I huyện NTM; PL II thị xã/TP thuộc tỉnh hoàn thành nhiệm vụ; PL III huyện NTM nâng cao [verified in a public text: S09].' },
    { vi: 'Huyện NTM có 9 tiêu chí (số lượng chưa thấy trong văn bản; tên tiêu chí chưa thấy trong văn bản, trừ Giao thông). Chưa tìm thấy tên và chỉ tiêu của các tiêu chí 1, 3–9.', en: 'Huyện NTM has 9 criteria (count not seen in a text; names not seen in a text except Giao thông). Names and indicators of criteria 1, 3–9: not found.' },
    { vi: 'Phụ lục III: huyện NTM nâng cao được đánh giá theo 38 chỉ tiêu (huyện Phú Bình, Thái Nguyên, đạt 34/38) - có thể là số lượng chung toàn quốc, nhưng nguồn là báo của tỉnh [chỉ thấy ở văn bản của tỉnh: RG_TN_PHUBINH].', en: 'PL III: huyện NTM nâng cao is assessed on 38 chỉ tiêu (Phú Bình, Thái Nguyên, met 34/38) - may be the national count, but the source is a provincial paper [seen only in a province\'s text: RG_TN_PHUBINH].' },
    { vi: 'Văn bản của tỉnh trình bày lại Phụ lục III: Quảng Nam QĐ 2428/QĐ-UBND (16/9/2022), mới thấy phần đầu [đã kiểm chứng trong văn bản công khai: RG_QNAM2428].', en: 'Provincial restatement of PL III: Quảng Nam QĐ 2428/QĐ-UBND (16/9/2022), header only [verified in a public text: RG_QNAM2428].' },
    { vi: 'Quyết định công nhận huyện (dùng làm dữ liệu kiểm thử): Phú Bình QĐ 567/QĐ-TTg (đạt chuẩn NTM năm 2022) [đã kiểm chứng trong văn bản công khai: SC_PHUBINH]; Mỹ Đức QĐ 1571/QĐ-TTg (đạt chuẩn NTM năm 2022) [đã kiểm chứng trong văn bản công khai: SC_MYDUC].', en: 'District recognition decisions (fixtures): Phú Bình QĐ 567/QĐ-TTg (NTM 2022) [verified in a public text: SC_PHUBINH]; Mỹ Đức QĐ 1571/QĐ-TTg (NTM 2022) [verified in a public text: SC_MYDUC].' },
  ],
  conditions: [
    { id: 'q320.allCommunesNTM', text: { vi: 'Có 100% số xã đạt chuẩn NTM giai đoạn 2021–2025', en: '100% of communes meet the 2021–2025 NTM standard' }, purpose: 'criteria', status: 'verified', sources: ['S09'], check: { kind: 'unit-share', unitLevel: 'commune', standard: 'meets-set', op: '>=', percent: 100 }, note: { vi: 'Cách kiểm tra: 100% số xã đạt chuẩn NTM theo bộ tiêu chí giai đoạn 2021–2025.', en: 'Reference check: share(communes NTM 2021-2025) == 100%' } },
    { id: 'q320.advancedShare', text: { vi: 'Có ít nhất 10% số xã đạt chuẩn NTM nâng cao giai đoạn 2021–2025', en: 'At least 10% of communes are advanced NTM 2021–2025' }, purpose: 'criteria', status: 'verified', sources: ['S09'], check: { kind: 'unit-share', unitLevel: 'commune-advanced', standard: 'meets-set', op: '>=', percent: 10 }, note: { vi: 'Cách kiểm tra: ít nhất 10% số xã đạt chuẩn NTM nâng cao.', en: 'Reference check: share(communes advanced NTM) >= 10%' } },
    { id: 'q320.townsCivilised', text: { vi: '100% số thị trấn đạt chuẩn đô thị văn minh', en: "100% of townships meet the 'civilised urban area' standard" }, purpose: 'criteria', status: 'verified', sources: ['S09'], check: { kind: 'fact', fact: 'civilisedTownshipShare', op: '>=', value: 100 }, note: { vi: 'Cách kiểm tra: 100% số thị trấn đạt chuẩn đô thị văn minh.', en: 'Reference check: share(thị trấn đô thị văn minh) == 100%' } },
    { id: 'q320.satisfaction', text: { vi: 'Tỷ lệ hài lòng của người dân với kết quả XD NTM của huyện ≥90%, trong đó tỷ lệ hài lòng ở từng xã với từng nội dung ≥80%', en: "Residents' satisfaction with the district's NTM results ≥90%, and ≥80% in each commune for each content" }, purpose: 'criteria', status: 'verified', sources: ['S09', 'S10'], check: { kind: 'fact', fact: 'satisfactionRate', op: '>=', value: 90 }, note: { vi: 'Cách kiểm tra: tỷ lệ người dân trong huyện hài lòng ≥ 90% và tỷ lệ hài lòng của mỗi xã với từng nội dung ≥ 80%.', en: 'Reference check: satisfaction(district) >= 90% and min(satisfaction(commune, content)) >= 80%' } },
    { id: 'q320.criteria', text: { vi: 'Đạt các tiêu chí huyện NTM', en: 'Meets the district NTM criteria' }, purpose: 'criteria', status: 'verified', sources: ['S09'], check: { kind: 'criteria-met' }, note: { vi: 'Cách kiểm tra: đạt mọi tiêu chí huyện.', en: 'Reference check: allDistrictCriteriaMet == true' } },
    { id: 'r18.meetsSet', text: { vi: 'Đáp ứng đầy đủ các điều kiện và mức đạt chuẩn của 320 Phụ lục I', en: 'Meets all conditions and targets of the corresponding set (QĐ 18/2022)' }, purpose: 'recognition', status: 'verified', sources: ['S15'], check: { kind: 'criteria-met' }, document: '18/2022/QĐ-TTg', note: { vi: 'Cách kiểm tra: mọi điều kiện và chỉ tiêu của bộ đều đạt.', en: 'Reference check: allConditionsAndIndicatorsMet(set) == true' } },
    r18Others,
    { id: 'q320.satisfaction.communes', text: { vi: 'Tỷ lệ hài lòng ở từng xã với từng nội dung ≥80%', en: 'Satisfaction ≥80% in each commune for each content' }, purpose: 'criteria', status: 'verified', sources: ['S09', 'S10'], check: { kind: 'fact', fact: 'minCommuneSatisfactionRate', op: '>=', value: 80 }, note: { vi: 'Tách từ q320.satisfaction.', en: 'Split from q320.satisfaction.' } },
  ],
  criteria: [
    criterion({ id: '1', number: 1, name: { vi: 'Quy hoạch', en: 'Planning' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục I (320/QĐ-TTg) chưa thấy đầy đủ (tài liệu tham chiếu có 3 chỉ tiêu; thiếu dòng 2.3).', en: 'The 320/QĐ-TTg Annex I indicator list was not seen in full (the reference has 3 indicators; row 2.3 is missing).' } }, [
    ]),
    criterion({ id: '2', number: 2, name: { vi: 'Giao thông', en: 'Transport' }, status: 'verified', sources: ['S11'], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục I (320/QĐ-TTg) chưa thấy đầy đủ (tài liệu tham chiếu có 3 chỉ tiêu; thiếu dòng 2.3).', en: 'The 320/QĐ-TTg Annex I indicator list was not seen in full (the reference has 3 indicators; row 2.3 is missing).' } }, [
      row({ code: '2.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Hệ thống giao thông trên địa bàn huyện đảm bảo kết nối tới các xã và được bảo trì hàng năm', en: 'District transport network connects to every commune and is maintained annually' },
        note: { vi: 'Đạt khi (932/QĐ-BGTVT): 100% số xã có đường ô tô kết nối đường huyện và trung tâm hành chính, đi lại thuận tiện quanh năm; 100% mặt đường huyện nhựa hóa/BTXM; 100% đường huyện được bảo trì hàng năm [đã kiểm chứng trong văn bản công khai: S11].', en: 'Đạt khi (932/QĐ-BGTVT): 100% số xã có đường ô tô kết nối đường huyện và trung tâm hành chính, đi lại thuận tiện quanh năm; 100% mặt đường huyện nhựa hóa/BTXM; 100% đường huyện được bảo trì hàng năm [verified in a public text: S11].' },
      }, verified(true, ['S11'])),
      row({ code: '2.2', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ km đường huyện đạt chuẩn theo quy hoạch', en: 'Share of district-road km meeting the planned standard' },
        note: { vi: 'Đạt khi (932/QĐ-BGTVT): 100% đường huyện được đầu tư/nâng cấp theo cấp quy hoạch; 100% đạt cấp kỹ thuật TCVN 4054:2005; 100% cầu, cống kiên cố phù hợp cấp đường [đã kiểm chứng trong văn bản công khai: S11].', en: 'Đạt khi (932/QĐ-BGTVT): 100% đường huyện được đầu tư/nâng cấp theo cấp quy hoạch; 100% đạt cấp kỹ thuật TCVN 4054:2005; 100% cầu, cống kiên cố phù hợp cấp đường [verified in a public text: S11].' },
      }, verified(100, ['S11'])),
      row({ code: '2.4', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Bến xe khách tại trung tâm huyện (nếu có theo quy hoạch) đạt tiêu chuẩn loại IV trở lên', en: 'District-centre bus station (if planned) at class IV or above' },
      }, verified(true, ['S11'])),
    ]),
    criterion({ id: '3', number: 3, name: { vi: 'Thủy lợi và phòng, chống thiên tai', en: 'Irrigation and disaster prevention' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục I (320/QĐ-TTg) chưa thấy đầy đủ (tài liệu tham chiếu có 3 chỉ tiêu; thiếu dòng 2.3).', en: 'The 320/QĐ-TTg Annex I indicator list was not seen in full (the reference has 3 indicators; row 2.3 is missing).' } }, [
    ]),
    criterion({ id: '4', number: 4, name: { vi: 'Điện', en: 'Electricity' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục I (320/QĐ-TTg) chưa thấy đầy đủ (tài liệu tham chiếu có 3 chỉ tiêu; thiếu dòng 2.3).', en: 'The 320/QĐ-TTg Annex I indicator list was not seen in full (the reference has 3 indicators; row 2.3 is missing).' } }, [
    ]),
    criterion({ id: '5', number: 5, name: { vi: 'Y tế - Văn hóa - Giáo dục', en: 'Health - Culture - Education' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục I (320/QĐ-TTg) chưa thấy đầy đủ (tài liệu tham chiếu có 3 chỉ tiêu; thiếu dòng 2.3).', en: 'The 320/QĐ-TTg Annex I indicator list was not seen in full (the reference has 3 indicators; row 2.3 is missing).' } }, [
    ]),
    criterion({ id: '6', number: 6, name: { vi: 'Kinh tế', en: 'Economy' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục I (320/QĐ-TTg) chưa thấy đầy đủ (tài liệu tham chiếu có 3 chỉ tiêu; thiếu dòng 2.3).', en: 'The 320/QĐ-TTg Annex I indicator list was not seen in full (the reference has 3 indicators; row 2.3 is missing).' } }, [
    ]),
    criterion({ id: '7', number: 7, name: { vi: 'Môi trường', en: 'Environment' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục I (320/QĐ-TTg) chưa thấy đầy đủ (tài liệu tham chiếu có 3 chỉ tiêu; thiếu dòng 2.3).', en: 'The 320/QĐ-TTg Annex I indicator list was not seen in full (the reference has 3 indicators; row 2.3 is missing).' } }, [
    ]),
    criterion({ id: '8', number: 8, name: { vi: 'Chất lượng môi trường sống', en: 'Quality of the living environment' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục I (320/QĐ-TTg) chưa thấy đầy đủ (tài liệu tham chiếu có 3 chỉ tiêu; thiếu dòng 2.3).', en: 'The 320/QĐ-TTg Annex I indicator list was not seen in full (the reference has 3 indicators; row 2.3 is missing).' } }, [
    ]),
    criterion({ id: '9', number: 9, name: { vi: 'Hệ thống chính trị - An ninh trật tự - Hành chính công', en: 'Political system - Security and order - Public administration' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục I (320/QĐ-TTg) chưa thấy đầy đủ (tài liệu tham chiếu có 3 chỉ tiêu; thiếu dòng 2.3).', en: 'The 320/QĐ-TTg Annex I indicator list was not seen in full (the reference has 3 indicators; row 2.3 is missing).' } }, [
    ]),
  ],
});
