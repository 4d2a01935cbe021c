// 318/QĐ-TTg, Phụ lục I: Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025 (Phụ lục I).
// National criteria for NTM communes, 2021–2025 (Annex I).
// A row is one indicator; its cells follow the decree's seven regional columns:
// TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL (`same(…)`: one value for every region; `each(…)`: the
// same value printed in every column). Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { DECREE_318_NOTES } from './decree-318.js';
import { cases, each, same, unverified, verified, regions } from '../../table.js';
import { r18NoDebt, r18Satisfaction, r18Security } from './recognition-18-2022.js';
import { E1, E10, E12, E13, E3, E4, E5, E6, E7, E8, E9, H1, H14, H2, H3, H4, RG_DONGNAI, RG_VL_NHAO2025, S01, S02, S03, S04, S15, S17, SC_IPSARD, SC_TAMDAO } from '../../sources.js';

const { row, criterion, group, set } = regions;

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025 (Phụ lục I) (318/QĐ-TTg).
 * National criteria for NTM communes, 2021–2025 (Annex I).
 * @example
 * commune318.criteria.length; // 19
 */
export const commune318 = set({
  id: 'commune-2021-2025',
  family: 'commune-2021-2025',
  version: '318/QĐ-TTg',
  level: 'commune',
  title: { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025 (Phụ lục I)', en: 'National criteria for NTM communes, 2021–2025 (Annex I)' },
  period: { from: '2022-03-08', to: '2024-02-29' },
  years: { from: 2021, to: 2026 },
  legalBasis: [basis('318/QĐ-TTg', 'base', { annex: 'Phụ lục I' })],
  columnRules: [
    { id: 'commune-2021-2025.r1', text: { vi: 'Mỗi tiêu chí có chỉ tiêu chung và chỉ tiêu theo 7 vùng: TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL.', en: 'Each criterion has a general target and targets for 7 regions; the general column is kept in notes.' }, status: 'verified', sources: ['S01', 'S03'] },
    { id: '318.art1', text: { vi: 'Đối với các xã đặc biệt khó khăn, xã an toàn khu thuộc huyện nghèo và huyện vừa thoát nghèo giai đoạn 2018 - 2020, mức đạt chuẩn nông thôn mới hoặc đạt chuẩn nông thôn mới nâng cao được áp dụng theo quy định đạt chuẩn đối với vùng Trung du miền núi phía Bắc.', en: 'Original Art. 1 (verbatim): extremely disadvantaged communes and safe-zone (ATK) communes of poor / just-out-of-poverty districts 2018–2020 use the TDMNPB column, for NTM and NTM nâng cao.' }, status: 'verified', sources: ['S02', 'S01'], select: { categories: ['extremely-disadvantaged', 'safe-zone-poor-district'], column: 'northern-midlands-mountains' } },
    { id: 'commune-2021-2025.r5', text: { vi: 'Mặc định xã áp dụng cột vùng của tỉnh.', en: "By default a commune uses its province's regional column (inferred from the Tam Đảo case)." }, status: 'recalled', sources: ['SC_TAMDAO'] },
    { id: 'commune-2021-2025.r6', text: { vi: 'Xác định vùng cho tỉnh sau sáp nhập 2025 (tỉnh mới có thể thuộc hai vùng).', en: 'Region of a merged (2025) province that straddles two regions: no rule found.' }, status: 'not-found', sources: [] },
  ],
  communeCategories: [
    { id: 'extremely-disadvantaged', name: { vi: 'Xã đặc biệt khó khăn', en: 'Extremely disadvantaged commune' } },
    { id: 'safe-zone-poor-district', name: { vi: 'Xã an toàn khu thuộc huyện nghèo (hoặc vừa thoát nghèo giai đoạn 2018–2020)', en: 'Safe-zone (ATK) commune of a poor (or just-out-of-poverty 2018–2020) district' } },
  ],
  facts: {
    outstandingConstructionDebt: { kind: 'number', text: { vi: 'Nợ đọng xây dựng cơ bản trong xây dựng NTM (triệu đồng)', en: 'Outstanding capital-construction debt in the NTM programme (million VND)' } },
    satisfactionRate: { kind: 'number', text: { vi: 'Tỷ lệ người dân hài lòng (%)', en: 'Share of residents satisfied (%)' } },
    schoolCount: { kind: 'number', text: { vi: 'Số trường học trên địa bàn xã (mầm non, tiểu học, THCS)', en: 'Number of schools in the commune (pre-school, primary, lower secondary)' } },
    securityComplexArea: { kind: 'boolean', text: { vi: 'Xã phức tạp về an ninh, trật tự (theo Bộ Công an)', en: 'The commune is a complex security/order area (Ministry of Public Security)' } },
  },
  sources: { E1, E10, E12, E13, E3, E4, E5, E6, E7, E8, E9, RG_DONGNAI, RG_VL_NHAO2025, S01, S02, S03, S04, S15, S17, SC_IPSARD, SC_TAMDAO, H1, H2, H3, H4, H14 },
  notes: [
    { vi: 'Phụ lục I có 19 tiêu chí và 57 chỉ tiêu (nhiều hơn giai đoạn 2016–2020 là 8 chỉ tiêu), và 15 tiêu chí thay đổi nội dung, tên gọi hoặc phạm vi [đã kiểm chứng trong văn bản công khai: S07, H3, H4]. 56 dòng ở đây ứng với 51 dòng của quyết định (5a/5b tách từ 5, 14.1a–e tách từ 14.1), trong đó hai dòng gộp nhiều chỉ tiêu: 12.x (lao động, chưa thấy các chỉ tiêu) và 18.x (tiêu chí 18, ít nhất 4 chỉ tiêu, vì có chỉ tiêu 18.4 [đã kiểm chứng trong văn bản công khai: R19]). Như vậy nhiều nhất 3 trong 57 chỉ tiêu chưa có dòng ở đây; chưa biết là những chỉ tiêu nào.', en: 'Phụ lục I has 19 criteria and 57 indicators (8 more than 2016–2020), and the content, name or scope of 15 criteria changed [verified in a public text: S07, H3, H4]. The 56 rows here stand for 51 of the decree\'s rows (5a/5b are split from 5, 14.1a–e from 14.1), and two of them hold several: 12.x (labour, its indicators not seen) and 18.x (criterion 18, at least 4 indicators, as 18.4 exists [verified in a public text: R19]). So at most 3 of the 57 indicators have no row here; which ones is not known.' },
    { vi: 'Các giá trị của tỉnh chỉ được giữ làm giá trị ứng viên, không bao giờ là mức đạt toàn quốc: bộ tiêu chí riêng của Bình Phước, QĐ 1360/QĐ-UBND (28/7/2022), cho 2.1–2.4 và 10 [chỉ thấy ở văn bản của tỉnh: H2]; của Đồng Nai cho 17.1, 17.x, 17.2 và 17.5 [chỉ thấy ở văn bản của tỉnh: RG_DONGNAI].', en: 'Provincial values kept as candidates, never as national targets: Bình Phước\'s own set, QĐ 1360/QĐ-UBND (28/7/2022), for 2.1–2.4 and 10 [seen only in a province\'s text: H2]; Đồng Nai\'s for 17.1, 17.x, 17.2 and 17.5 [seen only in a province\'s text: RG_DONGNAI].' },
    ...DECREE_318_NOTES,
  ],
  conditions: [
    { id: 'r18.meetsSet', text: { vi: 'Đáp ứng đầy đủ mức đạt chuẩn của bộ tiêu chí tương ứng (318 Phụ lục I)', en: 'Meets every target of the corresponding set (QĐ 18/2022, Mục 1 Điều 4)' }, purpose: 'recognition', status: 'verified', sources: ['S15'], check: { kind: 'criteria-met' }, document: '18/2022/QĐ-TTg', note: { vi: 'Cách kiểm tra: mọi chỉ tiêu của bộ đều đạt.', en: 'Reference check: allIndicatorsMet(set) == true' } },
    r18NoDebt,
    r18Satisfaction,
    r18Security,
  ],
  criteria: [
    ...group({ vi: 'I. Quy hoạch', en: 'I. Planning' }, [
      criterion({ id: '1', number: 1, name: { vi: 'Quy hoạch', en: 'Planning' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '1.1', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn', en: 'Approved general commune construction plan, published on time' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
        row({ code: '1.2', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch', en: 'Plan-management regulations issued and the plan implemented' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
      ]),
    ]),
    ...group({ vi: 'II. Hạ tầng kinh tế - xã hội', en: 'II. Socio-economic infrastructure' }, [
      criterion({ id: '2', number: 2, name: { vi: 'Giao thông', en: 'Transport' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '2.1', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ đường xã (và đường từ trung tâm xã đến đường huyện) được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện quanh năm', en: 'Share of commune roads (and roads to the district road) asphalted or concreted, passable by car all year' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này. Hướng dẫn về giao thông đã tìm thấy (932/QĐ-BGTVT) chỉ dành cho bộ tiêu chí huyện [đã kiểm chứng trong văn bản công khai: S11].', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators. The transport guidance found (932/QĐ-BGTVT) covers the district set only [verified in a public text: S11].' },
        }, [
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value). ' } }), // TDMNPB
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value). ' } }), // ĐBSH
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value). ' } }), // BTB
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value). ' } }), // DHNTB
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value). ' } }), // TN
          unverified('provincial', ['H2'], { candidates: [{ value: 100, sources: ['H2'], province: 'Bình Phước' }], note: { vi: 'Bộ tiêu chí riêng của Bình Phước (QĐ 1360/QĐ-UBND, năm 2022), theo bản tiếng Anh: tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa … đạt 100%. Chưa thấy ô ĐNB của quyết định (nhớ lại là 100%).', en: "Bình Phước's own set (QĐ 1360/QĐ-UBND, 2022): 'the percentage of commune road which is paved or concrete … is 100%'. The national ĐNB cell is not seen (recalled 100%)." } }), // ĐNB
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value). ' } }), // ĐBSCL
        ]),
        row({ code: '2.2', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ đường thôn, bản, ấp và đường liên thôn, bản, ấp ít nhất được cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm', en: 'Share of village and inter-village roads at least hardened, passable by car all year' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, [
          unverified('provincial', ['H2'], { candidates: [{ value: 80, sources: ['H2'], province: 'Bình Phước', note: { vi: 'Mức riêng của Bình Phước cho các xã đặc biệt khó khăn (QĐ 1360/QĐ-UBND, năm 2022), loại xã mà Điều 1 của 318 đánh giá theo cột này; không phải mức toàn quốc của cột.', en: 'Bình Phước\'s own value for its especially disadvantaged communes (QĐ 1360/QĐ-UBND, 2022), which 318 Art. 1 assesses on this column; not the national value of the column.' } }], note: { vi: 'Bình Phước (bản tiếng Anh): … từ 80% trở lên đối với các xã đặc biệt khó khăn.', en: "Bình Phước: … from 80% or more for communes with special difficulties." } }), // TDMNPB
          unverified('not-found', []), // ĐBSH
          unverified('not-found', []), // BTB
          unverified('not-found', []), // DHNTB
          unverified('not-found', []), // TN
          unverified('not-found', [], { note: { vi: 'Bình Phước (ĐNB) không nêu mức cho các xã còn lại.', en: 'Bình Phước (ĐNB) gives no value for its other communes.' } }), // ĐNB
          unverified('not-found', []), // ĐBSCL
        ]),
        row({ code: '2.3', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ đường ngõ, xóm sạch và đáp ứng yêu cầu đi lại thuận tiện quanh năm', en: 'Share of lanes clean and passable all year' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, [
          unverified('provincial', ['H2'], { candidates: [{ value: 50, sources: ['H2'], province: 'Bình Phước', note: { vi: 'Mức riêng của Bình Phước cho các xã đặc biệt khó khăn (QĐ 1360/QĐ-UBND, năm 2022), loại xã mà Điều 1 của 318 đánh giá theo cột này; không phải mức toàn quốc của cột.', en: 'Bình Phước\'s own value for its especially disadvantaged communes (QĐ 1360/QĐ-UBND, 2022), which 318 Art. 1 assesses on this column; not the national value of the column.' } }], note: { vi: 'Bình Phước (bản tiếng Anh): … đạt từ 50% trở lên đối với các xã đặc biệt khó khăn.', en: "Bình Phước: … reaches 50% or more for communes with special difficulties." } }), // TDMNPB
          unverified('not-found', []), // ĐBSH
          unverified('not-found', []), // BTB
          unverified('not-found', []), // DHNTB
          unverified('not-found', []), // TN
          unverified('not-found', [], { note: { vi: 'Bình Phước (ĐNB) không nêu mức cho các xã còn lại.', en: 'Bình Phước (ĐNB) gives no value for its other communes.' } }), // ĐNB
          unverified('not-found', []), // ĐBSCL
        ]),
        row({ code: '2.4', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ đường trục chính nội đồng đáp ứng yêu cầu sản xuất và vận chuyển hàng hóa', en: 'Share of main field roads meeting production and transport needs' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, [
          unverified('provincial', ['H2'], { candidates: [{ value: 70, sources: ['H2'], province: 'Bình Phước', note: { vi: 'Mức riêng của Bình Phước cho các xã đặc biệt khó khăn (QĐ 1360/QĐ-UBND, năm 2022), loại xã mà Điều 1 của 318 đánh giá theo cột này; không phải mức toàn quốc của cột.', en: 'Bình Phước\'s own value for its especially disadvantaged communes (QĐ 1360/QĐ-UBND, 2022), which 318 Art. 1 assesses on this column; not the national value of the column.' } }], note: { vi: 'Bình Phước (bản tiếng Anh): … đạt từ 70% trở lên đối với các xã đặc biệt khó khăn.', en: "Bình Phước: … reaches 70% or more for communes with special difficulties." } }), // TDMNPB
          unverified('not-found', []), // ĐBSH
          unverified('not-found', []), // BTB
          unverified('not-found', []), // DHNTB
          unverified('not-found', []), // TN
          unverified('not-found', [], { note: { vi: 'Bình Phước (ĐNB) không nêu mức cho các xã còn lại.', en: 'Bình Phước (ĐNB) gives no value for its other communes.' } }), // ĐNB
          unverified('not-found', []), // ĐBSCL
        ]),
      ]),
      criterion({ id: '3', number: 3, name: { vi: 'Thủy lợi và phòng, chống thiên tai', en: 'Irrigation and disaster prevention' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '3.1', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động', en: 'Share of agricultural land with active irrigation and drainage' },
          note: { vi: 'Hướng dẫn: 1680/QĐ-BNN-VPĐP (11/5/2022) [đã kiểm chứng trong văn bản công khai: E8].', en: 'Guidance 1680/QĐ-BNN-VPĐP (11/5/2022) [verified in a public text: E8].' },
        }, same(verified(80, ['E7', 'E8', 'S03'], { note: { vi: "Một mức chung: các nguồn toàn quốc ('đạt từ 80% trở lên') chỉ nêu một mức, không chia theo vùng.", en: "Uniform: national sources ('đạt từ 80% trở lên') give one value with no regional split." } }))),
        row({ code: '3.2', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ', en: "Proactive disaster prevention under the 'four on-the-spot' motto" },
          note: { vi: "1680/QĐ-BNN-VPĐP: xã NTM phải đạt mọi nội dung đánh dấu 'có' ở cột yêu cầu và đạt từ 50 đến dưới 70 điểm [đã kiểm chứng trong văn bản công khai: E8].", en: "1680/QĐ-BNN-VPĐP: every item marked 'có' in the requirement column must be met and the score must be 50 to under 70 points for a xã NTM [verified in a public text: E8]." },
        }, same(verified(true, ['E7', 'E8', 'S03']))),
      ]),
      criterion({ id: '4', number: 4, name: { vi: 'Điện', en: 'Electricity' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '4.1', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Hệ thống điện đạt chuẩn', en: 'Electricity system meets the standard' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
        row({ code: '4.2', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn', en: 'Share of households using electricity regularly and safely' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại; câu chữ trong 318 có thể khác). Hướng dẫn: 2332/QĐ-BCT (hiệu lực từ 07/11/2022) thay thế 4293 và 5131 [đã kiểm chứng trong văn bản công khai: E11]; 1327/QĐ-BCT (03/6/2024) thay thế 1214, 1957, 2332 và dẫn 211 [đã kiểm chứng trong văn bản công khai: E10]; chưa thấy toàn văn các văn bản này.', en: 'Wording not seen in a text (recalled) (wording in 318 may differ). Guidance: 2332/QĐ-BCT (in force 07/11/2022) replaced 4293 and 5131 [verified in a public text: E11]; 1327/QĐ-BCT (03/6/2024) replaced 1214, 1957, 2332 and cites 211 [verified in a public text: E10]; texts not seen.' },
        }, each(unverified('not-found', []))),
      ]),
      criterion({ id: '5', number: 5, name: { vi: 'Trường học', en: 'Schools' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '5a', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS; hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) đạt tiêu chuẩn cơ sở vật chất tối thiểu', en: 'Share of schools (pre-school, primary, lower secondary) meeting the minimum facilities (CSVC) standard' },
          ref: { document: '318/QĐ-TTg', annex: 'Phụ lục I', row: '5' },
          note: { vi: "Tách từ dòng ghép của tiêu chí 5 (các vùng khác ĐBSH và ĐNB: 100% đạt chuẩn cơ sở vật chất tối thiểu). Các mức do QĐ 1491/QĐ-BGDĐT (06/6/2022) công bố; 318 giao Bộ GD&ĐT quy định các mức này. E1 nêu ĐBSH, ĐNB và 'các vùng còn lại', ở đây hiểu là năm vùng còn lại [đã kiểm chứng trong văn bản công khai: E1, E3].", en: "Split from compound row 5 (the regions other than ĐBSH and ĐNB: 100% at the minimum standard). Values published by QĐ 1491/QĐ-BGDĐT (06/6/2022); 318 delegates these targets to Bộ GD&ĐT. E1 names ĐBSH and ĐNB and says 'các vùng còn lại', mapped here to the other five regions [verified in a public text: E1, E3]." },
        }, [
          verified(100, ['E1', 'E3'], { note: { vi: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Quy tắc ghép có điều kiện theo số trường: được ghi thủ công thành các trường hợp.", en: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Compound conditional rule: encode by hand." } }), // TDMNPB
          null, // ĐBSH
          verified(100, ['E1', 'E3'], { note: { vi: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Quy tắc ghép có điều kiện theo số trường: được ghi thủ công thành các trường hợp.", en: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Compound conditional rule: encode by hand." } }), // BTB
          verified(100, ['E1', 'E3'], { note: { vi: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Quy tắc ghép có điều kiện theo số trường: được ghi thủ công thành các trường hợp.", en: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Compound conditional rule: encode by hand." } }), // DHNTB
          verified(100, ['E1', 'E3'], { note: { vi: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Quy tắc ghép có điều kiện theo số trường: được ghi thủ công thành các trường hợp.", en: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Compound conditional rule: encode by hand." } }), // TN
          null, // ĐNB
          verified(100, ['E1', 'E3'], { note: { vi: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Quy tắc ghép có điều kiện theo số trường: được ghi thủ công thành các trường hợp.", en: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Compound conditional rule: encode by hand." } }), // ĐBSCL
        ]),
        row({ code: '5b', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất mức độ 1', en: 'Share of schools meeting facilities (CSVC) standard level 1' },
          ref: { document: '318/QĐ-TTg', annex: 'Phụ lục I', row: '5' },
          note: { vi: "Tách từ dòng ghép của tiêu chí 5: ĐBSH và ĐNB 100% đạt mức độ 1; các vùng còn lại ≥70% đạt mức độ 1 đối với xã có trên 3 trường, ≥50% đối với xã có từ 3 trường trở xuống. Các mức do QĐ 1491/QĐ-BGDĐT (06/6/2022) công bố; 318 giao Bộ GD&ĐT quy định các mức này. E1 nêu ĐBSH, ĐNB và 'các vùng còn lại', ở đây hiểu là năm vùng còn lại [đã kiểm chứng trong văn bản công khai: E1, E3].", en: "Split from compound row 5: ĐBSH and ĐNB 100% at level 1; the other regions ≥70% at level 1 for a commune with more than 3 schools, ≥50% with 3 or fewer. Values published by QĐ 1491/QĐ-BGDĐT (06/6/2022); 318 delegates these targets to Bộ GD&ĐT. E1 names ĐBSH and ĐNB and says 'các vùng còn lại', mapped here to the other five regions [verified in a public text: E1, E3]." },
        }, [
          cases(
            verified(70, ['E1', 'E3'], { when: { fact: 'schoolCount', op: '>', value: 3 }, note: { vi: 'Xã có trên 3 trường.', en: 'Commune with more than 3 schools.' } }),
            verified(50, ['E1', 'E3'], { when: { fact: 'schoolCount', op: '<=', value: 3 }, note: { vi: 'Xã có từ 3 trường trở xuống.', en: 'Commune with 3 schools or fewer.' } }),
          ), // TDMNPB
          verified(100, ['E1', 'E3'], { note: { vi: "Nguyên văn: '100% đạt CSVC mức độ 1'.", en: "'100% đạt CSVC mức độ 1' (every school with level-1 facilities)." } }), // ĐBSH
          cases(
            verified(70, ['E1', 'E3'], { when: { fact: 'schoolCount', op: '>', value: 3 }, note: { vi: 'Xã có trên 3 trường.', en: 'Commune with more than 3 schools.' } }),
            verified(50, ['E1', 'E3'], { when: { fact: 'schoolCount', op: '<=', value: 3 }, note: { vi: 'Xã có từ 3 trường trở xuống.', en: 'Commune with 3 schools or fewer.' } }),
          ), // BTB
          cases(
            verified(70, ['E1', 'E3'], { when: { fact: 'schoolCount', op: '>', value: 3 }, note: { vi: 'Xã có trên 3 trường.', en: 'Commune with more than 3 schools.' } }),
            verified(50, ['E1', 'E3'], { when: { fact: 'schoolCount', op: '<=', value: 3 }, note: { vi: 'Xã có từ 3 trường trở xuống.', en: 'Commune with 3 schools or fewer.' } }),
          ), // DHNTB
          cases(
            verified(70, ['E1', 'E3'], { when: { fact: 'schoolCount', op: '>', value: 3 }, note: { vi: 'Xã có trên 3 trường.', en: 'Commune with more than 3 schools.' } }),
            verified(50, ['E1', 'E3'], { when: { fact: 'schoolCount', op: '<=', value: 3 }, note: { vi: 'Xã có từ 3 trường trở xuống.', en: 'Commune with 3 schools or fewer.' } }),
          ), // TN
          verified(100, ['E1', 'E3'], { note: { vi: "Nguyên văn: '100% đạt CSVC mức độ 1'.", en: "'100% đạt CSVC mức độ 1' (every school with level-1 facilities)." } }), // ĐNB
          cases(
            verified(70, ['E1', 'E3'], { when: { fact: 'schoolCount', op: '>', value: 3 }, note: { vi: 'Xã có trên 3 trường.', en: 'Commune with more than 3 schools.' } }),
            verified(50, ['E1', 'E3'], { when: { fact: 'schoolCount', op: '<=', value: 3 }, note: { vi: 'Xã có từ 3 trường trở xuống.', en: 'Commune with 3 schools or fewer.' } }),
          ), // ĐBSCL
        ]),
      ]),
      criterion({ id: '6', number: 6, name: { vi: 'Cơ sở vật chất văn hóa', en: 'Cultural facilities' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '6.1', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã', en: 'Commune cultural house or multi-purpose hall and sports ground' },
          note: { vi: 'Hướng dẫn: 1064/HD-BVHTTDL (30/3/2022).', en: 'Guidance 1064/HD-BVHTTDL (30/3/2022).' },
        }, same(verified(true, ['E5', 'E6']))),
        row({ code: '6.2', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định', en: 'Play, recreation and sports points for children and the elderly' },
          note: { vi: '1064/HD-BVHTTDL: mỗi xã có ít nhất một điểm vui chơi, giải trí riêng cho người cao tuổi và trẻ em, kể cả hoạt động phòng, chống đuối nước cho trẻ em [đã kiểm chứng trong văn bản công khai: E5].', en: '1064/HD-BVHTTDL: each xã has at least one separate play/recreation point for the elderly and children, including drowning-prevention activities for children [verified in a public text: E5].' },
        }, same(verified(true, ['E5', 'E6']))),
        row({ code: '6.3', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ (thôn) khu dân cư có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng', en: 'Share of villages/residential areas with a cultural house or community cultural-sports place' },
          note: { vi: "Câu chữ theo hướng dẫn (E5/E6 'Tỷ lệ Khu dân cư…'); bản thân 318 có thể ghi 'thôn, bản, ấp' (nhớ lại, chưa thấy trong văn bản: 'Tỷ lệ thôn, bản, ấp có nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng').", en: "Guidance wording (E5/E6 'Tỷ lệ Khu dân cư…'); 318 itself may say 'thôn, bản, ấp' (recalled, not seen in a text: 'Tỷ lệ thôn, bản, ấp có nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng')." },
        }, same(verified(100, ['E5'], { note: { vi: "Nêu rõ: 'đạt 100% theo tất cả các vùng'.", en: "Explicit: 'đạt 100% theo tất cả các vùng'." } }))),
      ]),
      criterion({ id: '7', number: 7, name: { vi: 'Cơ sở hạ tầng thương mại nông thôn', en: 'Rural commercial infrastructure' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '7', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có chợ nông thôn đạt chuẩn (trong quy hoạch/kế hoạch), hoặc, nếu không có chợ, siêu thị mini / cửa hàng tiện lợi / cửa hàng kinh doanh tổng hợp đạt chuẩn', en: 'A standard rural market (in the plan), or if none, a standard mini-supermarket / convenience store / general store' },
          note: { vi: "Câu chữ theo hướng dẫn (1214/QĐ-BCT, 22/6/2022; được thay thế bởi 1327/QĐ-BCT, 03/6/2024); xã có chợ nông thôn được đánh giá trước. Chưa thấy câu chữ trong chính 318 (nhớ lại, chưa thấy trong văn bản: 'Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa').", en: "Guidance wording (1214/QĐ-BCT, 22/6/2022; replaced by 1327/QĐ-BCT, 03/6/2024); communes with a chợ nông thôn are assessed first. The wording in 318 itself was not seen (recalled, not seen in a text: 'Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa')." },
        }, same(verified(true, ['E9', 'E10']))),
      ]),
      criterion({ id: '8', number: 8, name: { vi: 'Thông tin và Truyền thông', en: 'Information and communications' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '8.1', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có điểm phục vụ bưu chính', en: 'Postal service point' },
          note: { vi: "1127/QĐ-BTTTT (tháng 6/2022): có ít nhất 1 điểm phục vụ bưu chính có biển hiệu và niêm yết giờ mở cửa, mở cửa ít nhất 4 giờ mỗi ngày làm việc, nhận gửi thư đến 2 kg, v.v. [đã kiểm chứng trong văn bản công khai: E13]. Tiêu chí 8 'gồm 4 chỉ tiêu' [đã kiểm chứng trong văn bản công khai: E12].", en: "1127/QĐ-BTTTT (June 2022): ≥1 postal point with signage and posted hours, open ≥4 hours per working day, letters up to 2 kg, etc. [verified in a public text: E13]. Criterion 8 'gồm 4 chỉ tiêu' [verified in a public text: E12]." },
        }, same(verified(true, ['E12', 'E13']))),
        row({ code: '8.2', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có dịch vụ viễn thông, internet', en: 'Telecom and internet services' },
        }, same(verified(true, ['E12']))),
        row({ code: '8.3', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có đài truyền thanh và hệ thống loa đến các thôn', en: 'Radio station and loudspeakers to every village' },
        }, same(verified(true, ['E12']))),
        row({ code: '8.4', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành', en: 'IT used in management and administration' },
          note: { vi: 'KH 236/KH-UBND của Hà Nội cũng xếp 8.4 vào tiêu chí Thông tin và Truyền thông [đã kiểm chứng trong văn bản công khai: RG_HANOI_236].', en: 'Hà Nội KH 236/KH-UBND also places 8.4 under Thông tin và Truyền thông [verified in a public text: RG_HANOI_236].' },
        }, same(verified(true, ['E12']))),
      ]),
      criterion({ id: '9', number: 9, name: { vi: 'Nhà ở dân cư', en: 'Residential housing' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '9.1', measure: 'count', op: '<=', textStatus: 'recalled',
          text: { vi: 'Nhà tạm, dột nát', en: 'Temporary or dilapidated houses (pass = none)' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này. Chưa tìm thấy hướng dẫn của Bộ Xây dựng.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators. No Bộ Xây dựng guidance found.' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Không' (không dùng làm mức đạt).", en: "Recalled cell: 'Không' (not used as a value)." } }))),
        row({ code: '9.2', measure: 'percent', op: '>=', textStatus: 'provincial',
          text: { vi: 'Tỷ lệ hộ có nhà ở kiên cố và bán kiên cố', en: 'Share of households with permanent or semi-permanent houses' },
          note: { vi: "Câu chữ chỉ thấy trong bài viết của Vĩnh Long ('kiên cố và bán kiên cố'); nhớ lại, chưa thấy trong văn bản: 'kiên cố hoặc bán kiên cố'.", en: "Wording seen only in the Vĩnh Long article ('kiên cố và bán kiên cố'); recalled, not seen in a text: 'kiên cố hoặc bán kiên cố'." },
        }, [
          unverified('not-found', []), // TDMNPB
          unverified('not-found', []), // ĐBSH
          unverified('not-found', []), // BTB
          unverified('not-found', []), // DHNTB
          unverified('not-found', []), // TN
          unverified('not-found', []), // ĐNB
          unverified('provincial', ['RG_VL_NHAO2025'], { candidates: [{ value: 85, sources: ['RG_VL_NHAO2025'], province: 'Vĩnh Long' }], note: { vi: 'Mức áp dụng tại Vĩnh Long (ĐBSCL), tháng 06/2025; chưa thấy cột vùng trong quyết định.', en: 'Applied in Vĩnh Long (ĐBSCL), 06/2025; national column not seen.' } }), // ĐBSCL
        ]),
      ]),
    ]),
    ...group({ vi: 'III. Kinh tế và tổ chức sản xuất', en: 'III. Economy and production organisation' }, [
      criterion({ id: '10', number: 10, name: { vi: 'Thu nhập', en: 'Income' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '10', measure: 'amount', op: '>=', textStatus: 'verified',
          text: { vi: 'Thu nhập bình quân đầu người khu vực nông thôn (triệu đồng/người/năm)', en: 'Average rural income per person (million VND/person/year)' },
          unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' },
          note: { vi: "Câu chữ [đã kiểm chứng trong văn bản công khai: S03] (một phần). S03 xác nhận có mức cho năm 2022 với một chỉ tiêu chung ('năm 2022, chỉ tiêu chung là từ …') - văn bản bị cắt trước các con số. Chưa kiểm chứng 318 có nêu mức cho các năm 2023–2025 (hoặc một cơ chế) hay không; 211/QĐ-TTg có thể đã sửa đổi (chưa kiểm chứng). Chỉ tiêu chung (cả nước, không phải mức đạt của xã): có cho năm 2022, chưa tìm thấy giá trị [đã kiểm chứng trong văn bản công khai: S03]. Năm của mức đạt ghi trong dòng: 2022. Các mức năm 2022 riêng của Bình Phước là giá trị ứng viên, mỗi mức ghi rõ là của năm 2022 [chỉ thấy ở văn bản của tỉnh: H2].", en: "Wording [verified in a public text: S03] (partial). S03 confirms a 2022 level with a general value ('năm 2022, chỉ tiêu chung là từ …') - text cut before the numbers. Whether 318 also lists 2023–2025 levels (or a mechanism) is unverified; 211/QĐ-TTg may have changed it (not verified). Chung (cả nước, not a commune threshold): exists for 2022, value not found [verified in a public text: S03]. Target year printed in the row: 2022. Bình Phước's own 2022 values are candidates, each noted as of 2022 [seen only in a province's text: H2]." },
        }, [
          unverified('provincial', ['H2'], { candidates: [{ value: 39, sources: ['H2'], province: 'Bình Phước', note: { vi: 'Chỉ cho năm 2022: mức thu nhập năm 2022 của Bình Phước cho các xã đặc biệt khó khăn, loại xã mà Điều 1 của 318 đánh giá theo cột này; là đầu mối để tìm mức năm 2022 của cột, không phải chính mức đó.', en: "For 2022 only: Bình Phước's 2022 income for its especially disadvantaged communes, which 318 Art. 1 assesses on this column; a lead for this column's 2022 value, not that value." } }], note: { vi: 'Bình Phước (QĐ 1360/QĐ-UBND), theo bản tiếng Anh: thu nhập bình quân đầu người năm 2022 của các xã đặc biệt khó khăn từ 39 triệu đồng/người trở lên. Chưa thấy mức của năm khác.', en: "Bình Phước (QĐ 1360/QĐ-UBND): 'the per capita income in 2022 for communes with exceptional difficulties is VND 39 million or more/person'. No value of another year is seen." } }), // TDMNPB
          unverified('not-found', []), // ĐBSH
          unverified('not-found', []), // BTB
          unverified('not-found', []), // DHNTB
          unverified('not-found', []), // TN
          unverified('provincial', ['H2'], { note: { vi: 'Bình Phước năm 2022, các xã còn lại: bản lưu (tiếng Anh) dừng ngay sau số 59, nên con số có thể còn tiếp (ví dụ phần thập phân); chưa ghi giá trị ứng viên cho đến khi đọc được bản đầy đủ.', en: "Bình Phước 2022, its other communes: '…with the remaining communes being VND 59 ' - the stored copy ends there, so the number may go on (e.g. a decimal); no candidate until a full copy is read." } }), // ĐNB
          unverified('not-found', []), // ĐBSCL
        ]),
      ]),
      criterion({ id: '11', number: 11, name: { vi: 'Nghèo đa chiều', en: 'Multidimensional poverty' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '11', measure: 'percent', op: '<=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ nghèo đa chiều giai đoạn 2021–2025', en: 'Multidimensional poverty rate (2021–2025 line)' },
          note: { vi: "Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này. Hộ nghèo xác định theo NĐ 07/2021/NĐ-CP [đã kiểm chứng trong văn bản công khai: S30]. Tỷ lệ này tính cả hộ nghèo và hộ cận nghèo ('tiêu chí nghèo đa chiều, bao gồm cả hộ nghèo và hộ cận nghèo') [đã kiểm chứng trong văn bản công khai: H14].", en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators. Household poverty per NĐ 07/2021/NĐ-CP [verified in a public text: S30]. The rate counts poor and near-poor households alike (\'tiêu chí nghèo đa chiều, bao gồm cả hộ nghèo và hộ cận nghèo\') [verified in a public text: H14].' },
        }, each(unverified('not-found', []))),
      ]),
      criterion({ id: '12', number: 12, name: { vi: 'Lao động', en: 'Labour' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '12.x', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Chỉ tiêu về lao động có việc làm / lao động qua đào tạo (số lượng và tên chỉ tiêu chưa xác minh)', en: 'Employment / trained-labour indicators (number and names unverified)' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này. Chưa tìm thấy hướng dẫn của Bộ LĐTBXH.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators. No Bộ LĐTBXH guidance found.' },
        }, each(unverified('not-found', []))),
      ]),
      criterion({ id: '13', number: 13, name: { vi: 'Tổ chức sản xuất và phát triển kinh tế nông thôn', en: 'Production organisation and rural economic development' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '13.1', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã', en: 'Effective cooperative operating under the Cooperatives Law' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này. 1680/QĐ-BNN-VPĐP hướng dẫn tiêu chí 13, chưa đọc được toàn văn [đã kiểm chứng trong văn bản công khai: E8].', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators. 1680/QĐ-BNN-VPĐP guides criterion 13, text not reached [verified in a public text: E8].' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
        row({ code: '13.2', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững', en: 'Sustainable production-linkage model for key products' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
        row({ code: '13.3', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu, được chứng nhận VietGAP hoặc tương đương', en: 'Traceability of key products with certified (VietGAP or equivalent) raw-material zones' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
        row({ code: '13.4', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Có kế hoạch và triển khai kế hoạch bảo tồn, phát huy nghề truyền thống (nếu có)', en: 'Plan to preserve and promote traditional crafts (if any)' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
        row({ code: '13.5', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Có tổ khuyến nông cộng đồng hoạt động hiệu quả', en: 'Effective community agricultural-extension team' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này. Danh sách cụ thể 13.1–13.5 là nhớ lại, chưa thấy trong văn bản.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators. The exact list 13.1–13.5 is recalled, not seen in a text.' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
      ]),
    ]),
    ...group({ vi: 'IV. Văn hóa - Xã hội - Môi trường', en: 'IV. Culture, society and environment' }, [
      criterion({ id: '14', number: 14, name: { vi: 'Giáo dục và Đào tạo', en: 'Education and training' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '14.1a', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Phổ cập giáo dục: tỷ lệ trẻ em 6 tuổi vào lớp 1', en: 'Universal education: share of 6-year-olds entering grade 1' },
          note: { vi: "14.1 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học; phổ cập giáo dục THCS; xóa mù chữ' - được tách thành 14.1a–e theo các mức do 1491/QĐ-BGDĐT công bố [đã kiểm chứng trong văn bản công khai: E1].", en: "14.1 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học; phổ cập giáo dục THCS; xóa mù chữ' - split into 14.1a–e from the values published by 1491/QĐ-BGDĐT [verified in a public text: E1]." },
        }, same(verified(98, ['E1'], { note: { vi: "Như nhau ở mọi vùng ('tất cả các vùng').", en: "Same in all regions ('tất cả các vùng')." } }))),
        row({ code: '14.1b', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi', en: 'Meets the universal pre-school standard for 5-year-olds' },
          note: { vi: 'Tách từ 14.1.', en: 'Split from 14.1.' },
        }, same(verified(true, ['E1']))),
        row({ code: '14.1c', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Đạt chuẩn phổ cập giáo dục tiểu học mức độ 2', en: 'Meets universal primary education, level 2' },
          note: { vi: 'Tách từ 14.1.', en: 'Split from 14.1.' },
        }, same(verified(true, ['E1']))),
        row({ code: '14.1d', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Đạt chuẩn phổ cập giáo dục THCS mức độ 2', en: 'Meets universal lower-secondary education, level 2' },
          note: { vi: 'Tách từ 14.1.', en: 'Split from 14.1.' },
        }, same(verified(true, ['E1']))),
        row({ code: '14.1e', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Đạt chuẩn xóa mù chữ mức độ 2', en: 'Meets the literacy standard, level 2' },
          note: { vi: 'Tách từ 14.1.', en: 'Split from 14.1.' },
        }, same(verified(true, ['E1']))),
        row({ code: '14.2', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ học sinh tốt nghiệp THCS được tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)', en: 'Share of lower-secondary graduates continuing to upper secondary' },
          note: { vi: "Câu chữ chưa thấy trong văn bản (nhớ lại); văn bản công khai chỉ cho thấy đoạn 'Tỷ lệ học sinh (áp dụng đ…' [đã kiểm chứng trong văn bản công khai: E3].", en: "Wording not seen in a text (recalled); a public text shows only the fragment 'Tỷ lệ học sinh (áp dụng đ…' [verified in a public text: E3]." },
        }, each(unverified('not-found', []))),
        row({ code: '14.3', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ lao động có việc làm qua đào tạo', en: 'Share of employed workers who have had training' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, each(unverified('not-found', []))),
      ]),
      criterion({ id: '15', number: 15, name: { vi: 'Y tế', en: 'Health' }, status: 'verified', sources: ['S01', 'S03', 'S04'] }, [
        row({ code: '15.1', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ người dân tham gia bảo hiểm y tế (áp dụng đạt cho cả nam và nữ)', en: 'Health-insurance coverage (applies to both men and women)' },
          note: { vi: 'Câu chữ [đã kiểm chứng trong văn bản công khai: S04]; chưa thấy mức theo vùng. Văn bản cần tra cứu: 2373/QĐ-BYT.', en: 'Wording [verified in a public text: S04]; no regional value seen. Lead: 2373/QĐ-BYT.' },
        }, each(unverified('not-found', []))),
        row({ code: '15.2', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã đạt tiêu chí quốc gia về y tế', en: 'The commune meets the national health criteria' },
          note: { vi: "Ô ('Đạt') chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, mức đạt lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng.", en: "The cell ('Đạt') is not seen in a text; by the flag rule the target follows the verified wording." },
        }, same(verified(true, ['S04']))),
        row({ code: '15.3', measure: 'percent', op: '<=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)', en: 'Stunting rate (height-for-age) among children under 5' },
          note: { vi: "Đoạn trích thứ cấp từ TVPL. Lưu ý: nguồn in '≥' (tỷ lệ suy dinh dưỡng thể thấp còi là mức tối đa; cùng lỗi với bài hỏi đáp năm 2016 của TVPL); việc xếp vào Phụ lục I (xã NTM) được suy ra từ tên ảnh 'tieu-chi-nong-thon-moi-cap-xa.jpg' và thứ tự suy dinh dưỡng → y tế điện tử; cần đối chiếu với một nguồn thứ hai trước khi dùng.", en: "Secondary TVPL snippet. Caveats: the source prints '≥' (a stunting rate is a ceiling; same error as TVPL's 2016 Q&A); the set is inferred as Phụ lục I (xã NTM) from the image name 'tieu-chi-nong-thon-moi-cap-xa.jpg' and the order stunting → e-health; confirm against a second source before encoding." },
        }, [
          verified(24, ['E4']), // TDMNPB
          verified(16.5, ['E4']), // ĐBSH
          verified(25, ['E4']), // BTB
          verified(22, ['E4']), // DHNTB
          verified(26.5, ['E4']), // TN
          verified(14.5, ['E4']), // ĐNB
          verified(19, ['E4']), // ĐBSCL
        ]),
        row({ code: '15.4', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử', en: 'Share of population with an electronic health record' },
          note: { vi: "S04 cho thấy có chỉ tiêu y tế thứ 4 và S05 nêu tên chỉ tiêu đó; đoạn trích bị cắt tại '+ Bắc…'; chưa tìm thấy mức của năm vùng còn lại.", en: "S04 shows that a 4th health indicator exists and S05 names it; the snippet is cut at '+ Bắc…'; the other five regions: not found." },
        }, [
          verified(50, ['E4']), // TDMNPB
          verified(70, ['E4']), // ĐBSH
          unverified('not-found', []), // BTB
          unverified('not-found', []), // DHNTB
          unverified('not-found', []), // TN
          unverified('not-found', []), // ĐNB
          unverified('not-found', []), // ĐBSCL
        ]),
      ]),
      criterion({ id: '16', number: 16, name: { vi: 'Văn hóa', en: 'Culture' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '16', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ thôn, bản, ấp đạt chuẩn văn hóa theo quy định', en: 'Share of villages meeting the cultural standard' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này. 1064/HD-BVHTTDL có hướng dẫn tiêu chí này nhưng chưa đọc được đoạn đó.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators. 1064/HD-BVHTTDL covers it but that passage was not reached.' },
        }, each(unverified('not-found', []))),
      ]),
      criterion({ id: '17', number: 17, name: { vi: 'Môi trường và an toàn thực phẩm', en: 'Environment and food safety' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '17.1', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ hộ được sử dụng nước sạch/nước hợp vệ sinh theo quy chuẩn', en: 'Share of households using clean/hygienic water to standard' },
          note: { vi: "Câu chữ chưa thấy trong văn bản (nhớ lại: '… theo quy chuẩn (kèm tỷ lệ hộ dùng nước từ hệ thống cấp nước tập trung)'). Hướng dẫn: 2155/BTNMT-TCMT, được hợp nhất vào 2251/BTNMT-KSONMT; 1680/QĐ-BNN-VPĐP cũng hướng dẫn tiêu chí 17 [đã kiểm chứng trong văn bản công khai: E14, E15, E8]. Một bản tin toàn quốc nêu 'từ 45% trở lên (trong đó từ 20% trở lên … từ hệ thống cấp nước tập trung)' cho xã NTM mà không nêu vùng; vì S06 cho tỷ lệ nước từ hệ thống tập trung là 15%–20% tùy vùng, mức 45% có lẽ là cột Chung hoặc mức của một vùng, và không dùng cho ô nào [đã kiểm chứng trong văn bản công khai: H1].", en: "Wording not seen in a text (recalled: '… theo quy chuẩn (kèm tỷ lệ hộ dùng nước từ hệ thống cấp nước tập trung)'). Guidance: 2155/BTNMT-TCMT, consolidated by 2251/BTNMT-KSONMT; 1680/QĐ-BNN-VPĐP also guides 17 [verified in a public text: E14, E15, E8]. A national news restatement gives 'từ 45% trở lên (trong đó từ 20% trở lên … từ hệ thống cấp nước tập trung)' for an NTM commune, naming no region; as S06 gives the piped share as 15%–20% across regions, 45% is probably the Chung column or one region's value, and it fills no cell [verified in a public text: H1]." },
        }, [
          unverified('not-found', []), // TDMNPB
          unverified('not-found', []), // ĐBSH
          unverified('not-found', []), // BTB
          unverified('not-found', []), // DHNTB
          unverified('not-found', []), // TN
          unverified('provincial', ['RG_DONGNAI'], { candidates: [{ value: 84.5, sources: ['RG_DONGNAI'], province: 'Đồng Nai', note: { vi: 'Cho năm 2024.', en: 'For 2024.' } }, { value: 85, sources: ['RG_DONGNAI'], province: 'Đồng Nai', note: { vi: 'Cho năm 2025.', en: 'For 2025.' } }], note: { vi: 'Lộ trình riêng của Đồng Nai: năm 2024 ≥84,5%, năm 2025 ≥85% (trong đó từ hệ thống cấp nước tập trung năm 2024 ≥40%, năm 2025 ≥45%); không nêu năm khác.', en: "Đồng Nai's own roadmap: 2024 ≥84,5%, 2025 ≥85% (of which from centralised supply 2024 ≥40%, 2025 ≥45%); no other year is stated." } }), // ĐNB
          unverified('not-found', []), // ĐBSCL
        ]),
        row({ code: '17.x', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ hộ gia đình được sử dụng nước sạch từ hệ thống cấp nước tập trung', en: 'Share of households using clean water from a centralised (piped) system' },
          note: { vi: "Chưa thấy mã chỉ tiêu. Đã thấy khoảng 'từ 15% đến 20% trở lên' giữa các vùng (Báo Thanh Hóa, Như Thanh, BTB), nhưng chưa biết vùng nào 15%, vùng nào 20% [đã kiểm chứng trong văn bản công khai: S06]. Tài liệu phân tích trường hợp Tam Đảo hiểu là xã NTM cần ≥15–20%. Một bản tin toàn quốc nêu '≥20%' cho xã NTM mà không nêu vùng (mức cao nhất trong khoảng của S06); không dùng cho ô nào [đã kiểm chứng trong văn bản công khai: H1].", en: "Code not seen. The range 'từ 15% đến 20% trở lên' across regions is seen (Báo Thanh Hóa, Như Thanh, BTB), but which region gets 15% and which 20% is unknown [verified in a public text: S06]. The Tam Đảo case study reads it as 'an NTM commune needs ≥15–20%'. A national news restatement gives '≥20%' for an NTM commune, naming no region (the top of S06's range); it fills no cell [verified in a public text: H1]." },
        }, [
          unverified('not-found', []), // TDMNPB
          unverified('not-found', []), // ĐBSH
          unverified('not-found', []), // BTB
          unverified('not-found', []), // DHNTB
          unverified('not-found', []), // TN
          unverified('provincial', ['RG_DONGNAI'], { candidates: [{ value: 40, sources: ['RG_DONGNAI'], province: 'Đồng Nai', note: { vi: 'Cho năm 2024.', en: 'For 2024.' } }, { value: 45, sources: ['RG_DONGNAI'], province: 'Đồng Nai', note: { vi: 'Cho năm 2025.', en: 'For 2025.' } }], note: { vi: 'Lộ trình của Đồng Nai, ghi là phần từ hệ thống cấp nước tập trung: năm 2024 ≥40%, năm 2025 ≥45%; không nêu năm khác.', en: "Đồng Nai's roadmap, written as 'of which from centralised supply': 2024 ≥40%, 2025 ≥45%; no other year is stated." } }), // ĐNB
          unverified('not-found', []), // ĐBSCL
        ]),
        row({ code: '17.2', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường', en: 'Share of establishments complying with environmental rules' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, [
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value).' } }), // TDMNPB
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value).' } }), // ĐBSH
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value).' } }), // BTB
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value).' } }), // DHNTB
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value).' } }), // TN
          unverified('provincial', ['RG_DONGNAI'], { candidates: [{ value: 100, sources: ['RG_DONGNAI'], province: 'Đồng Nai' }], note: { vi: "Bộ tiêu chí riêng của Đồng Nai, mà tỉnh nói là cao hơn mức toàn quốc ('được nâng lên'): 'Tỷ lệ cơ sở sản xuất, kinh doanh, nuôi trồng thủy hải sản đáp ứng yếu câu về bảo vệ môi trường đạt 100%.' Chưa thấy ô ĐNB của quyết định (nhớ lại là 100%).", en: "Đồng Nai's own set, which it says is stricter than the national one ('được nâng lên'): 'Tỷ lệ cơ sở sản xuất, kinh doanh, nuôi trồng thủy hải sản đáp ứng yếu câu về bảo vệ môi trường đạt 100%.' The national ĐNB cell is not seen (recalled 100%)." } }), // ĐNB
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value).' } }), // ĐBSCL
        ]),
        row({ code: '17.3', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Xây dựng cảnh quan, môi trường xanh - sạch - đẹp, an toàn', en: 'Green, clean, beautiful, safe landscape' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
        row({ code: '17.4', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Mai táng, hỏa táng phù hợp với quy định và theo quy hoạch', en: 'Burial and cremation per rules and plan' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
        row({ code: '17.5', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung, cơ sở sản xuất - kinh doanh được thu gom, xử lý theo quy định', en: 'Solid waste and wastewater collected and treated' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này. Đồng Nai (ĐNB) nêu các mức cụ thể trong bộ tiêu chí riêng, cao hơn mức toàn quốc: 100% chất thải rắn sinh hoạt và chất thải rắn không nguy hại được thu gom, xử lý; 100% bao gói thuốc bảo vệ thực vật sau sử dụng và chất thải rắn y tế được thu gom, xử lý [chỉ thấy ở văn bản của tỉnh: RG_DONGNAI].', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators. Đồng Nai (ĐNB) states numeric parts in its own, stricter set: domestic and non-hazardous solid waste collected and treated 100%; used pesticide packaging and medical waste collected and treated 100% [seen only in a province\'s text: RG_DONGNAI].' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
        row({ code: '17.6', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch', en: "Households with hygienic latrine, bathroom, water container ('3 clean')" },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, each(unverified('not-found', []))),
        row({ code: '17.7', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ hộ chăn nuôi có chuồng trại chăn nuôi đảm bảo vệ sinh môi trường', en: 'Livestock households with hygienic pens' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, each(unverified('not-found', []))),
        row({ code: '17.8', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm', en: 'Households and food businesses complying with food safety' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, each(unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value).' } }))),
        row({ code: '17.9', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn', en: 'Households sorting solid waste at source' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, each(unverified('not-found', []))),
        row({ code: '17.10', measure: 'percent', op: '>=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ chất thải nhựa phát sinh trên địa bàn được thu gom, tái sử dụng, tái chế, xử lý theo quy định', en: 'Plastic waste collected, reused, recycled or treated' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, each(unverified('not-found', []))),
      ]),
    ]),
    ...group({ vi: 'V. Hệ thống chính trị', en: 'V. Political system' }, [
      criterion({ id: '18', number: 18, name: { vi: 'Hệ thống chính trị và tiếp cận pháp luật', en: 'Political system and access to law' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '18.x', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: "Cán bộ, công chức xã đạt chuẩn; Đảng bộ, chính quyền xã và các tổ chức chính trị - xã hội xếp loại 'hoàn thành tốt nhiệm vụ' trở lên; xã đạt chuẩn tiếp cận pháp luật; bình đẳng giới / phòng chống bạo lực gia đình … (exact split into 18.1–18.n not verified)", en: "Officials meet standards; Party, government and mass organisations rated 'good' or better; access-to-law standard; gender equality / domestic-violence prevention (split unverified)" },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này. Chỉ tiêu 18.4 của 318 về tiếp cận pháp luật (QĐ 1143/QĐ-BTP) [đã kiểm chứng trong văn bản công khai: R19].', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators. Indicator 18.4 of 318 concerns access to law (QĐ 1143/QĐ-BTP) [verified in a public text: R19].' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
      ]),
      criterion({ id: '19', number: 19, name: { vi: 'Quốc phòng và An ninh', en: 'Defence and security' }, status: 'verified', sources: ['S01', 'S03'] }, [
        row({ code: '19.1', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: "Xây dựng lực lượng dân quân 'vững mạnh, rộng khắp' và hoàn thành các chỉ tiêu quốc phòng", en: 'Militia strong and widespread; defence targets met' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
        row({ code: '19.2', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và đảm bảo bình yên', en: 'Commune meets the security and order standard' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); chưa thấy văn bản công khai nào nêu danh sách chỉ tiêu của tiêu chí này.', en: 'Wording not seen in a text (recalled); no public text seen shows this criterion\'s list of indicators.' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
      ]),
    ]),
  ],
});
