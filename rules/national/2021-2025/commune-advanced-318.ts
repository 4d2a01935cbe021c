// 318/QĐ-TTg, Phụ lục II: Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục II).
// National criteria for advanced NTM communes, 2021–2025 (Annex II).
// A row is one indicator; its cells follow the decree's seven regional columns:
// TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL (`same(…)`: one value for every region; `each(…)`: the
// same value printed in every column). Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { DECREE_318_NOTES } from './decree-318.js';
import { each, same, unverified, verified, regions } from '../../table.js';
import { r18NoDebt, r18Satisfaction, r18Security } from './recognition-18-2022.js';
import { E12, E3, H1, H10, H11, H3, H4, RG_HANOI_236, S01, S02, S03, S05, S06, S15, S17, SC_IPSARD, SC_TAMDAO } from '../../sources.js';

const { row, criterion, set } = regions;

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
  sources: { E12, E3, RG_HANOI_236, S01, S02, S03, S05, S06, S15, S17, SC_IPSARD, SC_TAMDAO, H1, H3, H4, H10, H11 },
  notes: [
    { vi: 'Phụ lục II có 19 tiêu chí và 75 chỉ tiêu [đã kiểm chứng trong văn bản công khai: H3, H4]; bộ này mới ghi 7 chỉ tiêu, còn thiếu 68 chỉ tiêu.', en: 'Phụ lục II has 19 criteria and 75 indicators [verified in a public text: H3, H4]; 7 of them are encoded here, so 68 indicators are missing from this set.' },
    { vi: 'Các mức thu nhập riêng của Thái Bình cho xã NTM nâng cao (năm 2022 ≥64, năm 2023 ≥68 triệu đồng/người) là giá trị ứng viên, mỗi mức ghi rõ năm, không bao giờ là mức đạt toàn quốc [chỉ thấy ở văn bản của tỉnh: H10].', en: 'Thái Bình\'s own income levels for an advanced commune (2022 ≥64, 2023 ≥68 million VND/person) are candidates, each noted with its year, never national targets [seen only in a province\'s text: H10].' },
    ...DECREE_318_NOTES,
  ],
  conditions: [
    { id: 'r18.meetsSet', text: { vi: 'Đáp ứng đầy đủ mức đạt chuẩn của bộ tiêu chí tương ứng (318 Phụ lục II)', en: 'Meets every target of the corresponding set (QĐ 18/2022, Mục 1 Điều 4)' }, purpose: 'recognition', status: 'verified', sources: ['S15'], check: { kind: 'criteria-met' }, document: '18/2022/QĐ-TTg', note: { vi: 'Cách kiểm tra: mọi chỉ tiêu của bộ đều đạt.', en: 'Reference check: allIndicatorsMet(set) == true' } },
    r18NoDebt,
    r18Satisfaction,
    r18Security,
  ],
  criteria: [
    criterion({ id: '1', number: 1, name: { vi: 'Quy hoạch', en: 'Planning' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '2', number: 2, name: { vi: 'Giao thông', en: 'Transport' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '3', number: 3, name: { vi: 'Thủy lợi và phòng, chống thiên tai', en: 'Irrigation and disaster prevention' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '4', number: 4, name: { vi: 'Điện', en: 'Electricity' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '5', number: 5, name: { vi: 'Giáo dục', en: 'Education' }, status: 'verified', sources: ['E3'], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '6', number: 6, name: { vi: 'Văn hóa', en: 'Culture' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '7', number: 7, name: { vi: 'Cơ sở hạ tầng thương mại nông thôn', en: 'Rural commercial infrastructure' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '8', number: 8, name: { vi: 'Thông tin và truyền thông', en: 'Information and communications' }, status: 'verified', sources: ['E12'], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '9', number: 9, name: { vi: 'Nhà ở dân cư', en: 'Residential housing' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '10', number: 10, name: { vi: 'Thu nhập', en: 'Income' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
      row({ code: '10', measure: 'amount', op: '>=', textStatus: 'recalled',
        text: { vi: 'Thu nhập bình quân đầu người khu vực nông thôn (triệu đồng/người/năm), theo năm', en: 'Average rural income per person, by year (million VND/person/year)' },
        unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' },
        note: { vi: "Câu chữ chưa thấy trong văn bản (nhớ lại). Nhớ lại là có các mức tuyệt đối theo vùng và theo năm (2022–2025), không phải quy tắc '+10%'; chưa thấy giá trị nào trong văn bản.", en: "Wording not seen in a text (recalled). Absolute regional levels by year (2022–2025), not a '+10%' rule, are recalled; no value is seen in a text." },
      }, [
          unverified('not-found', []), // TDMNPB
          unverified('provincial', ['H10'], { candidates: [{ value: 64, sources: ['H10'], province: 'Thái Bình', note: { vi: 'Cho năm 2022.', en: 'For 2022.' } }, { value: 68, sources: ['H10'], province: 'Thái Bình', note: { vi: 'Cho năm 2023.', en: 'For 2023.' } }], note: { vi: "Thái Bình (ĐBSH): 'các xã của tỉnh Thái Bình phải đạt mức thu nhập bình quân đầu người năm 2022 từ 64 triệu đồng/người trở lên, năm 2023 từ 68 triệu đồng/người trở lên mới đạt tiêu chuẩn xã NTM nâng cao'. Chưa thấy các mức ĐBSH của quyết định cho những năm đó.", en: "Thái Bình (ĐBSH): 'các xã của tỉnh Thái Bình phải đạt mức thu nhập bình quân đầu người năm 2022 từ 64 triệu đồng/người trở lên, năm 2023 từ 68 triệu đồng/người trở lên mới đạt tiêu chuẩn xã NTM nâng cao'. The national ĐBSH values of those years are not seen." } }), // ĐBSH
          unverified('not-found', []), // BTB
          unverified('not-found', []), // DHNTB
          unverified('not-found', []), // TN
          unverified('not-found', []), // ĐNB
          unverified('not-found', []), // ĐBSCL
        ]),
    ]),
    criterion({ id: '11', number: 11, name: { vi: 'Nghèo đa chiều', en: 'Multidimensional poverty' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
      row({ code: '11', measure: 'percent', op: '<=', textStatus: 'recalled',
        text: { vi: 'Tỷ lệ nghèo đa chiều giai đoạn 2021–2025', en: 'Multidimensional poverty rate' },
        note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại).', en: 'Wording not seen in a text (recalled).' },
      }, each(unverified('not-found', []))),
    ]),
    criterion({ id: '12', number: 12, name: { vi: 'Lao động', en: 'Labour' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '13', number: 13, name: { vi: 'Tổ chức sản xuất và phát triển kinh tế nông thôn', en: 'Production organisation and rural economic development' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '14', number: 14, name: { vi: 'Y tế', en: 'Health' }, status: 'verified', sources: ['S05'], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
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
      row({ code: '14.x2', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ dân số được quản lý sức khỏe', en: 'Share of the population under health management' },
        note: { vi: "Câu chữ và mức lấy từ một văn bản toàn quốc về bộ nâng cao, không nêu vùng ('tỷ lệ dân số được quản lý sức khỏe đạt từ 90% trở lên') [đã kiểm chứng trong văn bản công khai: H11]. Chỉ tiêu y tế điện tử của bộ xã NTM (318 Phụ lục I, 15.4) khác nhau theo vùng, nên một mức không nêu vùng không được hiểu là mức của mọi vùng: đó là giá trị ứng viên ở từng cột. Chưa thấy mã chỉ tiêu.", en: "Wording and value from a national text on the advanced set that names no region ('tỷ lệ dân số được quản lý sức khỏe đạt từ 90% trở lên') [verified in a public text: H11]. The ordinary set's e-health indicator (318 PL I 15.4) differs by region, so one unqualified value is not read as every region's: it is a candidate in each column. Code not seen." },
      }, each(unverified('not-found', [], { candidates: [{ value: 90, sources: ['H11'], note: { vi: 'Nêu cho bộ nâng cao, không nêu vùng.', en: 'Stated for the advanced set without a region.' } }] }))),
      row({ code: '14.x3', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ người dân tham gia và sử dụng ứng dụng khám chữa bệnh từ xa', en: 'Share of residents using a remote-consultation application' },
        note: { vi: "Câu chữ và mức lấy từ một văn bản toàn quốc về bộ nâng cao, không nêu vùng ('tỷ lệ người dân tham gia và sử dụng ứng dụng khám chữa bệnh từ xa đạt từ 40% trở lên') [đã kiểm chứng trong văn bản công khai: H11]. Chỉ tiêu y tế điện tử của bộ xã NTM (318 Phụ lục I, 15.4) khác nhau theo vùng, nên một mức không nêu vùng không được hiểu là mức của mọi vùng: đó là giá trị ứng viên ở từng cột. Chưa thấy mã chỉ tiêu.", en: "Wording and value from a national text on the advanced set that names no region ('tỷ lệ người dân tham gia và sử dụng ứng dụng khám chữa bệnh từ xa đạt từ 40% trở lên') [verified in a public text: H11]. The ordinary set's e-health indicator (318 PL I 15.4) differs by region, so one unqualified value is not read as every region's: it is a candidate in each column. Code not seen." },
      }, each(unverified('not-found', [], { candidates: [{ value: 40, sources: ['H11'], note: { vi: 'Nêu cho bộ nâng cao, không nêu vùng.', en: 'Stated for the advanced set without a region.' } }] }))),
      row({ code: '14.x4', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử', en: 'Share of the population with an electronic health record' },
        note: { vi: "Câu chữ và mức lấy từ một văn bản toàn quốc về bộ nâng cao, không nêu vùng ('tỷ lệ dân số có sổ khám chữa bệnh điện tử đạt từ 70% trở lên') [đã kiểm chứng trong văn bản công khai: H11]. Chỉ tiêu y tế điện tử của bộ xã NTM (318 Phụ lục I, 15.4) khác nhau theo vùng, nên một mức không nêu vùng không được hiểu là mức của mọi vùng: đó là giá trị ứng viên ở từng cột. Chưa thấy mã chỉ tiêu.", en: "Wording and value from a national text on the advanced set that names no region ('tỷ lệ dân số có sổ khám chữa bệnh điện tử đạt từ 70% trở lên') [verified in a public text: H11]. The ordinary set's e-health indicator (318 PL I 15.4) differs by region, so one unqualified value is not read as every region's: it is a candidate in each column. Code not seen." },
      }, each(unverified('not-found', [], { candidates: [{ value: 70, sources: ['H11'], note: { vi: 'Nêu cho bộ nâng cao, không nêu vùng.', en: 'Stated for the advanced set without a region.' } }] }))),
    ]),
    criterion({ id: '15', number: 15, name: { vi: 'Hành chính công', en: 'Public administration' }, status: 'verified', sources: ['RG_HANOI_236'], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '16', number: 16, name: { vi: 'Tiếp cận pháp luật', en: 'Access to law' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '17', number: 17, name: { vi: 'Môi trường', en: 'Environment' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
      row({ code: '17.x', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ hộ được sử dụng nước sạch từ hệ thống cấp nước tập trung', en: 'Share of households using clean water from a centralised system' },
        note: { vi: "Một mức cho mọi vùng, theo quy tắc áp dụng cho các mức được nêu không chia vùng (như 318 Phụ lục I, 3.1). Hai văn bản nêu ≥55% cho bộ nâng cao mà không nêu vùng: một văn bản toàn quốc ('Đối với các xã đạt chuẩn nông thôn mới nâng cao có từ 55% trở lên số hộ gia đình được sử dụng nước sạch từ hệ thống cấp nước tập trung') [đã kiểm chứng trong văn bản công khai: H1] và Báo Thanh Hóa [đã kiểm chứng trong văn bản công khai: S06]. Văn bản thứ hai vẫn giữ khoảng theo vùng của bộ xã NTM ('từ 15% đến 20%') trong cùng câu mà chỉ nêu một mức cho bộ nâng cao, vì vậy mức này được hiểu là như nhau ở mọi vùng chứ không phải mức của một vùng. Chưa thấy mã chỉ tiêu.", en: "One value for every region, by the rule the reference applies to values stated without a regional split (as 318 PL I 3.1). Two texts state ≥55% for the advanced set and name no region: a national one ('Đối với các xã đạt chuẩn nông thôn mới nâng cao có từ 55% trở lên số hộ gia đình được sử dụng nước sạch từ hệ thống cấp nước tập trung') [verified in a public text: H1] and Báo Thanh Hóa [verified in a public text: S06]. The second keeps the regional range of the ordinary commune set ('từ 15% đến 20%') in the same sentence and still gives one value for the advanced set, which is why a single value is read as uniform rather than as one region's. Code not seen." },
      }, same(verified(55, ['H1', 'S06']))),
    ]),
    criterion({ id: '18', number: 18, name: { vi: 'Chất lượng môi trường sống', en: 'Quality of the living environment' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
    criterion({ id: '19', number: 19, name: { vi: 'Quốc phòng và an ninh', en: 'Defence and security' }, status: 'recalled', sources: [], incompleteIndicators: { vi: 'Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ: Phụ lục II có 75 chỉ tiêu, bộ này có 7, còn thiếu 68 (số chỉ tiêu của từng tiêu chí chưa tìm thấy).', en: 'The Annex II indicator list was not seen in full: Annex II has 75 indicators, 7 are encoded here, so 68 are missing (how many each criterion has is not found).' } }, [
    ]),
  ],
});
