// 318/QĐ-TTg, Phụ lục II: Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục II).
// National criteria for advanced NTM communes, 2021–2025 (Annex II).
// A row is one indicator; its cells follow the decree's seven regional columns:
// TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL (`same(…)`: one value for every region; `each(…)`: the
// same value printed in every column). Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { DECREE_318_NOTES } from './decree-318.js';
import { each, unverified, verified, regions } from '../../table.js';
import { r18NoDebt, r18Satisfaction, r18Security } from './recognition-18-2022.js';

const { row, criterion, group, set } = regions;

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục II) (318/QĐ-TTg).
 * National criteria for advanced NTM communes, 2021–2025 (Annex II).
 * @example
 * communeAdvanced318.criteria.length; // 19
 */
export const communeAdvanced318 = set({
  id: 'commune-advanced-2021-2025',
  family: 'commune-advanced-2021-2025',
  version: '318/QĐ-TTg',
  level: 'commune-advanced',
  title: { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục II)', en: 'National criteria for advanced NTM communes, 2021–2025 (Annex II)' },
  period: { from: '2022-03-08', to: '2024-02-29' },
  years: { from: 2021, to: 2026 },
  legalBasis: [basis('318/QĐ-TTg', 'base', { annex: 'Phụ lục II' })],
  columnRules: [
    { id: 'commune-advanced-2021-2025.r1', text: { vi: 'Mỗi tiêu chí có chỉ tiêu chung và chỉ tiêu theo 7 vùng: TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL.', en: 'Each criterion has a general target and targets for 7 regions; the general column is kept in notes.' }, status: 'verified', sources: ['S01', 'S03'] },
    { id: '318.art1', text: { vi: 'Đối với các xã đặc biệt khó khăn, xã an toàn khu thuộc huyện nghèo và huyện vừa thoát nghèo giai đoạn 2018 - 2020, mức đạt chuẩn nông thôn mới hoặc đạt chuẩn nông thôn mới nâng cao được áp dụng theo quy định đạt chuẩn đối với vùng Trung du miền núi phía Bắc.', en: 'Original Art. 1 (verbatim): extremely disadvantaged communes and safe-zone (ATK) communes of poor / just-out-of-poverty districts 2018–2020 use the TDMNPB column, for NTM and NTM nâng cao.' }, status: 'verified', sources: ['S02', 'S01'], select: { categories: ['extremely-disadvantaged', 'safe-zone-poor-district'], column: 'northern-midlands-mountains' } },
    { id: 'commune-advanced-2021-2025.r5', text: { vi: 'Mặc định xã áp dụng cột vùng của tỉnh.', en: "By default a commune uses its province's regional column (inferred from the Tam Đảo case)." }, status: 'recalled', sources: ['SC_TAMDAO'] },
    { id: 'commune-advanced-2021-2025.r6', text: { vi: 'Xác định vùng cho tỉnh sau sáp nhập 2025 (tỉnh mới có thể thuộc hai vùng).', en: 'Region of a merged (2025) province that straddles two regions: no rule found.' }, status: 'not-found', sources: [] },
  ],
  communeCategories: [
    { id: 'extremely-disadvantaged', name: { vi: 'Xã đặc biệt khó khăn', en: 'Extremely disadvantaged commune' } },
    { id: 'safe-zone-poor-district', name: { vi: 'Xã an toàn khu thuộc huyện nghèo (hoặc vừa thoát nghèo giai đoạn 2018–2020)', en: 'Safe-zone (ATK) commune of a poor (or just-out-of-poverty 2018–2020) district' } },
  ],
  facts: {
    outstandingConstructionDebt: { kind: 'number', text: { vi: 'Nợ đọng xây dựng cơ bản trong xây dựng NTM (triệu đồng)', en: 'Outstanding capital-construction debt in the NTM programme (million VND)' } },
    satisfactionRate: { kind: 'number', text: { vi: 'Tỷ lệ người dân hài lòng (%)', en: 'Share of residents satisfied (%)' } },
    securityComplexArea: { kind: 'boolean', text: { vi: 'Xã phức tạp về an ninh, trật tự (theo Bộ Công an)', en: 'The commune is a complex security/order area (Ministry of Public Security)' } },
  },
  sources: ['E12', 'E3', 'RG_HANOI_236', 'S01', 'S02', 'S03', 'S05', 'S06', 'S15', 'S17', 'SC_IPSARD', 'SC_TAMDAO', 'H3', 'H4'],
  notes: [
    { vi: 'Phụ lục II có 19 tiêu chí và 75 chỉ tiêu [đã kiểm chứng trong văn bản công khai: H3, H4]; bộ này mới ghi 4 chỉ tiêu, còn thiếu 71 chỉ tiêu.', en: 'Phụ lục II has 19 criteria and 75 indicators [verified in a public text: H3, H4]; 4 of them are encoded here, so 71 indicators are missing from this set.' },
    ...DECREE_318_NOTES,
  ],
  conditions: [
    { id: 'r18.meetsSet', text: { vi: 'Đáp ứng đầy đủ mức đạt chuẩn của bộ tiêu chí tương ứng (318 Phụ lục II)', en: 'Meets every target of the corresponding set (QĐ 18/2022, Mục 1 Điều 4)' }, purpose: 'recognition', status: 'verified', sources: ['S15'], check: { kind: 'criteria-met' }, document: '18/2022/QĐ-TTg', note: { vi: 'Cách kiểm tra: mọi chỉ tiêu của bộ đều đạt.', en: 'Reference check: allIndicatorsMet(set) == true' } },
    r18NoDebt,
    r18Satisfaction,
    r18Security,
  ],
  criteria: [
    criterion({ id: '1', number: 1, name: { vi: 'Quy hoạch', en: 'Planning' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '2', number: 2, name: { vi: 'Giao thông', en: 'Transport' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '3', number: 3, name: { vi: 'Thủy lợi và phòng, chống thiên tai', en: 'Irrigation and disaster prevention' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '4', number: 4, name: { vi: 'Điện', en: 'Electricity' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '5', number: 5, name: { vi: 'Giáo dục', en: 'Education' }, status: 'verified', sources: ['E3'], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '6', number: 6, name: { vi: 'Văn hóa', en: 'Culture' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '7', number: 7, name: { vi: 'Cơ sở hạ tầng thương mại nông thôn', en: 'Rural commercial infrastructure' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '8', number: 8, name: { vi: 'Thông tin và truyền thông', en: 'Information and communications' }, status: 'verified', sources: ['E12'], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '9', number: 9, name: { vi: 'Nhà ở dân cư', en: 'Residential housing' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '10', number: 10, name: { vi: 'Thu nhập', en: 'Income' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
      row({ code: '10', measure: 'amount', op: '>=', textStatus: 'recalled',
        text: { vi: 'Thu nhập bình quân đầu người khu vực nông thôn (triệu đồng/người/năm), theo năm', en: 'Average rural income per person, by year (million VND/person/year)' },
        unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' },
        note: { vi: "Câu chữ chưa thấy trong văn bản (nhớ lại). Nhớ lại là có các mức tuyệt đối theo vùng và theo năm (2022–2025), không phải quy tắc '+10%'; chưa thấy giá trị nào trong văn bản.", en: "Wording not seen in a text (recalled). Absolute regional levels by year (2022–2025), not a '+10%' rule, are recalled; no value is seen in a text." },
      }, each(unverified('not-found', []))),
    ]),
    criterion({ id: '11', number: 11, name: { vi: 'Nghèo đa chiều', en: 'Multidimensional poverty' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
      row({ code: '11', measure: 'percent', op: '<=', textStatus: 'recalled',
        text: { vi: 'Tỷ lệ nghèo đa chiều giai đoạn 2021–2025', en: 'Multidimensional poverty rate' },
        note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại).', en: 'Wording not seen in a text (recalled).' },
      }, each(unverified('not-found', []))),
    ]),
    criterion({ id: '12', number: 12, name: { vi: 'Lao động', en: 'Labour' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '13', number: 13, name: { vi: 'Tổ chức sản xuất và phát triển kinh tế nông thôn', en: 'Production organisation and rural economic development' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '14', number: 14, name: { vi: 'Y tế', en: 'Health' }, status: 'verified', sources: ['S05'], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
      row({ code: '14.x', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ người dân tham gia bảo hiểm y tế (áp dụng đạt cho cả nam và nữ)', en: 'Health-insurance coverage (both men and women)' },
        note: { vi: "S05: 'để đạt xã, huyện NTM nâng cao, tỷ lệ … BHYT … vùng ĐBSH và TDMNPB phải từ 95% trở lên'; không nêu các vùng khác. Chưa thấy mã chỉ tiêu (mã 14.1 là nhớ lại).", en: "S05: 'để đạt xã, huyện NTM nâng cao, tỷ lệ … BHYT … vùng ĐBSH và TDMNPB phải từ 95% trở lên'; other regions not stated. Code not seen (14.1 is recalled)." },
      }, [
        verified(95, ['S05']), // TDMNPB
        verified(95, ['S05']), // ĐBSH
        unverified('not-found', []), // BTB
        unverified('not-found', []), // DHNTB
        unverified('not-found', []), // TN
        unverified('not-found', []), // ĐNB
        unverified('not-found', []), // ĐBSCL
      ]),
    ]),
    criterion({ id: '15', number: 15, name: { vi: 'Hành chính công', en: 'Public administration' }, status: 'verified', sources: ['RG_HANOI_236'], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '16', number: 16, name: { vi: 'Tiếp cận pháp luật', en: 'Access to law' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '17', number: 17, name: { vi: 'Môi trường', en: 'Environment' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
      row({ code: '17.x', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ hộ được sử dụng nước sạch từ hệ thống cấp nước tập trung', en: 'Share of households using clean water from a centralised system' },
        note: { vi: 'Mức ≥55% chỉ thấy ở văn bản của tỉnh (Báo Thanh Hóa, BTB); chưa thấy văn bản trung ương nào nêu mức này theo vùng, nên ở đây là mức của tỉnh. Chưa kiểm chứng mã chỉ tiêu và cách chia theo vùng.', en: "≥55% is seen only in a province's text (Báo Thanh Hóa, BTB); no national text seen states it per region, so the value is provincial here. Code and regional split not verified." },
      }, [
        unverified('not-found', []), // TDMNPB
        unverified('not-found', []), // ĐBSH
        unverified('provincial', ['S06'], { candidates: [{ value: 55, sources: ['S06'], province: 'Thanh Hóa' }], note: { vi: "Báo Thanh Hóa (Như Thanh, BTB): 'từ 55% đối với xã NTM nâng cao'; bài báo có thể đang dẫn một mức chung toàn quốc.", en: "Báo Thanh Hóa (Như Thanh, BTB): 'từ 55% đối với xã NTM nâng cao'; the article may be quoting a national single value." } }), // BTB
        unverified('not-found', []), // DHNTB
        unverified('not-found', []), // TN
        unverified('not-found', []), // ĐNB
        unverified('not-found', []), // ĐBSCL
      ]),
    ]),
    criterion({ id: '18', number: 18, name: { vi: 'Chất lượng môi trường sống', en: 'Quality of the living environment' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
    criterion({ id: '19', number: 19, name: { vi: 'Quốc phòng và an ninh', en: 'Defence and security' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).', en: 'The Annex II indicator list was not seen in full (its count is not found; the reference has 4 indicators).' } }, [
    ]),
  ],
});
