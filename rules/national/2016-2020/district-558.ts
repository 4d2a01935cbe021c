// 558/QĐ-TTg: Tiêu chí huyện nông thôn mới giai đoạn 2016–2020.
// Criteria for NTM districts, 2016–2020.
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { unverified, verified, single } from '../../table.js';
import { SC_TAMDAO, SC_TAMDAO2019, SC_TT35, S_1274, S_2540, S_558GT, S_TT35 } from '../../sources.js';

const { row, criterion, set } = single;

/**
 * Tiêu chí huyện nông thôn mới giai đoạn 2016–2020 (558/QĐ-TTg).
 * Criteria for NTM districts, 2016–2020.
 * @example
 * district558.criteria.length; // 9
 */
export const district558 = set({
  id: 'district-2016-2020',
  family: 'district-2016-2020',
  version: '558/QĐ-TTg',
  level: 'district',
  title: { vi: 'Tiêu chí huyện nông thôn mới giai đoạn 2016–2020', en: 'Criteria for NTM districts, 2016–2020' },
  period: { from: '2016-04-05', to: '2022-03-07' },
  years: { from: 2016, to: 2022 },
  legalBasis: [basis('558/QĐ-TTg', 'base')],
  columnRules: [
    { id: 'district-2016-2020.r1', text: { vi: 'Không phân vùng: một cột chỉ tiêu chung cho cả nước.', en: 'Not regionalised: one national column.' }, status: 'verified', sources: ['S_558GT'] },
  ],
  facts: {
    outstandingConstructionDebt: { kind: 'number', text: { vi: 'Nợ đọng xây dựng cơ bản trong xây dựng NTM (triệu đồng)', en: 'Outstanding capital-construction debt in the NTM programme (million VND)' } },
    registeredInPlan: { kind: 'boolean', text: { vi: 'Đã đăng ký và được đưa vào kế hoạch của cấp trên', en: "Registered and included in the higher level's plan" } },
  },
  sources: { SC_TAMDAO, SC_TAMDAO2019, SC_TT35, S_1274, S_2540, S_558GT, S_TT35 },
  notes: [
    { vi: '9 tiêu chí huyện: Quy hoạch; Giao thông; Thủy lợi; Điện; Y tế - Văn hóa - Giáo dục; Sản xuất; Môi trường; An ninh, trật tự xã hội; Chỉ đạo xây dựng nông thôn mới [đã kiểm chứng trong văn bản công khai: S_558GT, SC_TT35]. Không chia theo vùng.', en: '9 huyện criteria: Quy hoạch; Giao thông; Thủy lợi; Điện; Y tế - Văn hóa - Giáo dục; Sản xuất; Môi trường; An ninh, trật tự xã hội; Chỉ đạo xây dựng nông thôn mới [verified in a public text: S_558GT, SC_TT35]. Not regionalised.' },
    { vi: 'Bảng chỉ tiêu thấy trên cổng dữ liệu của huyện Giao Thủy, bị cắt tại 9.1 [đã kiểm chứng trong văn bản công khai: S_558GT].', en: 'Indicator table seen on the Giao Thủy district data portal, cut off at 9.1 [verified in a public text: S_558GT].' },
    { vi: 'Chưa tìm thấy ngày hiệu lực; period.from lấy ngày ký.', en: 'Effective date not found; period.from uses the signing date.' },
    { vi: 'Chưa tìm thấy Điều 2 (những tiêu chí huyện nào cũng áp dụng cho thị xã, thành phố thuộc tỉnh) [chưa tìm thấy].', en: 'Điều 2 (which huyện criteria also apply to thị xã / thành phố thuộc tỉnh) NOT retrieved [not found].' },
    { vi: 'Hướng dẫn: TT 35/2016/TT-BNNPTNT [đã kiểm chứng trong văn bản công khai: S_TT35, SC_TT35].', en: 'Guidance: TT 35/2016/TT-BNNPTNT [verified in a public text: S_TT35, SC_TT35].' },
    { vi: "Trường hợp Tam Đảo (Vĩnh Phúc, ĐBSH): đạt 9/9 tiêu chí huyện nhưng không đạt điều kiện '100% số xã' vì 6 xã của huyện chưa đạt mức xã của vùng ĐBSH [chưa thấy trong văn bản]. Các đơn vị: thị trấn Tam Đảo, Hợp Châu, Đại Đình; xã Đạo Trù, Yên Dương, Bồ Lý, Minh Quang, Hồ Sơn, Tam Quan [đã kiểm chứng trong văn bản công khai: SC_UNPKG] (việc gắn với '6 xã' là suy luận). Các xã được công nhận: năm 2013 Bồ Lý, Hồ Sơn; năm 2014 Hợp Châu; năm 2015 Minh Quang; năm 2016 Yên Dương; năm 2017 Tam Quan, Đại Đình; năm 2018 Đạo Trù - bốn xã đầu được công nhận trước khi có QĐ 1980 [đã kiểm chứng trong văn bản công khai: SC_TAMDAO_YEARS]. Năm 2011 Hồ Sơn đạt 3/19 tiêu chí [đã kiểm chứng trong văn bản công khai: SC_HOSON2011]. Tỉnh rà soát ngày 29/07/2019 (công văn 5645/2019): đủ điều kiện cho năm 2018 với 8/8 xã và 9/9 tiêu chí [đã kiểm chứng trong văn bản công khai: SC_TAMDAO2019]. Địa lý: Vĩnh Phúc có vùng đồng bằng, trung du và miền núi; Tam Đảo là huyện miền núi tiêu biểu của tỉnh [đã kiểm chứng trong văn bản công khai: SC_PASTEBIN, SC_KIENTRUC]. Chưa tìm thấy kết quả (năm, số QĐ-TTg công nhận, nếu có). Sau ngày 30/6/2025, thị trấn Tam Đảo, Hợp Châu, xã Hồ Sơn và Minh Quang sáp nhập thành xã Tam Đảo; bỏ cấp huyện [đã kiểm chứng trong văn bản công khai: SC_NGOISAO]. Tỉnh hỗ trợ 27,8 tỷ đồng [chưa thấy trong văn bản].", en: "The Tam Đảo case (Vĩnh Phúc, ĐBSH): met 9/9 district criteria but failed '100% communes' because its 6 communes did not meet the ĐBSH commune targets [not seen in a text]. Units: thị trấn Tam Đảo, Hợp Châu, Đại Đình; xã Đạo Trù, Yên Dương, Bồ Lý, Minh Quang, Hồ Sơn, Tam Quan [verified in a public text: SC_UNPKG] (link to '6 communes' inferred). Communes recognised 2013 Bồ Lý, Hồ Sơn; 2014 Hợp Châu; 2015 Minh Quang; 2016 Yên Dương; 2017 Tam Quan, Đại Đình; 2018 Đạo Trù - the first four before QĐ 1980 existed [verified in a public text: SC_TAMDAO_YEARS]. Hồ Sơn met 3/19 criteria in 2011 [verified in a public text: SC_HOSON2011]. Province pre-check 29/07/2019 (công văn 5645/2019): eligible for 2018 with 8/8 communes and 9/9 criteria [verified in a public text: SC_TAMDAO2019]. Geography: Vĩnh Phúc has plain, midland and mountain zones; Tam Đảo is its typical mountainous district [verified in a public text: SC_PASTEBIN, SC_KIENTRUC]. Outcome (year, QĐ-TTg number of any recognition) not found. After 30/6/2025 thị trấn Tam Đảo, Hợp Châu, xã Hồ Sơn and Minh Quang merged into xã Tam Đảo; district level abolished [verified in a public text: SC_NGOISAO]. Province support 27.8 billion VND [not seen in a text]." },
  ],
  conditions: [
    { id: 'registered', text: { vi: 'Có đăng ký huyện đạt chuẩn NTM và được UBND cấp tỉnh đưa vào kế hoạch thực hiện', en: 'District registered and included in the provincial plan (QĐ 2540)' }, purpose: 'recognition', status: 'verified', sources: ['S_2540'], check: { kind: 'fact', fact: 'registeredInPlan', op: '=', value: true }, document: '2540/QĐ-TTg', note: { vi: 'Cách kiểm tra: huyện đã đăng ký trong kế hoạch của tỉnh.', en: 'Reference check: registeredInProvincialPlan == true' } },
    { id: 'allCommunesNTM', text: { vi: 'Có 100% xã đạt chuẩn nông thôn mới theo quy định', en: "100% of the district's communes meet the NTM commune standard (QĐ 2540; also QĐ 1274 for 2020)" }, purpose: 'recognition', status: 'verified', sources: ['S_2540', 'S_1274'], check: { kind: 'unit-share', unitLevel: 'commune', standard: 'meets-set', op: '>=', percent: 100 }, document: '2540/QĐ-TTg', note: { vi: 'Cách kiểm tra: 100% số xã được công nhận đạt chuẩn NTM.', en: 'Reference check: share(communes recognised as NTM) == 100%' } },
    { id: 'allDistrictCriteria', text: { vi: 'Có 100% tiêu chí huyện nông thôn mới đạt chuẩn theo quy định', en: 'All 9 district criteria met (QĐ 2540)' }, purpose: 'recognition', status: 'verified', sources: ['S_2540'], check: { kind: 'criteria-met' }, document: '2540/QĐ-TTg', note: { vi: 'Cách kiểm tra: đạt đủ 9 tiêu chí huyện.', en: 'Reference check: count(district criteria met) == 9' } },
    { id: 'noDebt', text: { vi: 'Không có nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới', en: 'No outstanding basic-construction debt (QĐ 2540)' }, purpose: 'recognition', status: 'verified', sources: ['S_2540'], check: { kind: 'fact', fact: 'outstandingConstructionDebt', op: '<=', value: 0 }, document: '2540/QĐ-TTg', note: { vi: 'Cách kiểm tra: không còn nợ đọng xây dựng cơ bản.', en: 'Reference check: outstandingBasicConstructionDebt == 0' } },
    { id: 'retestCommunes', text: { vi: 'Khi xét huyện, các xã được đánh giá lại theo bộ tiêu chí xã hiện hành và cột vùng của tỉnh', en: "When the district is assessed, its communes are re-tested against the current commune set and the province's regional column, not just their stored recognition (inferred from the Tam Đảo case: it passed the 2019 pre-check but failed the re-check)" }, purpose: 'procedure', status: 'recalled', sources: ['SC_TAMDAO', 'SC_TAMDAO2019'], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: mọi xã đạt bộ tiêu chí commune-2016-2020 theo cột vùng của tỉnh.', en: 'Reference check: all(c meets commune-2016-2020[region(province)] for c in communes)' } },
    { id: 'recognisedBefore2017', text: { vi: 'Huyện đã được công nhận trước ngày 08/02/2017 giữ kết quả công nhận', en: 'Districts recognised before 08/02/2017 (TT 35 effective date) keep their recognition' }, purpose: 'procedure', status: 'verified', sources: ['SC_TT35'], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: xã được công nhận trước ngày 08/02/2017 thì giữ nguyên kết quả công nhận.', en: 'Reference check: recognitionDate < 2017-02-08 -> keep' } },
  ],
  criteria: [
    criterion({ id: '1', number: 1, name: { vi: 'Quy hoạch', en: 'Planning' }, status: 'verified', sources: ['S_558GT', 'SC_TT35'] }, [
      row({ code: '1.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Có quy hoạch xây dựng trên địa bàn huyện được phê duyệt', en: 'The district has an approved construction plan' },
      }, verified(true, ['S_558GT'])),
    ]),
    criterion({ id: '2', number: 2, name: { vi: 'Giao thông', en: 'Transport' }, status: 'verified', sources: ['S_558GT', 'SC_TT35'] }, [
      row({ code: '2.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Hệ thống giao thông trên địa bàn huyện đảm bảo kết nối tới các xã', en: 'The district transport network connects to every commune' },
        note: { vi: "Cụm 'và được bảo trì hàng năm' là phần thêm được nhớ lại, thuộc bộ tiêu chí giai đoạn 2021–2025 (QĐ 320), có thể không có trong QĐ 558.", en: "The phrase 'và được bảo trì hàng năm' is a RECALLED addition that belongs to the 2021–2025 set (QĐ 320) and may not be in QĐ 558." },
      }, verified(true, ['S_558GT'])),
      row({ code: '2.2', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ km đường huyện đạt chuẩn theo quy hoạch', en: 'Share of district-road km meeting the planned standard' },
      }, verified(100, ['S_558GT'])),
    ]),
    criterion({ id: '3', number: 3, name: { vi: 'Thủy lợi', en: 'Irrigation' }, status: 'verified', sources: ['S_558GT', 'SC_TT35'] }, [
      row({ code: '3.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Hệ thống thủy lợi liên xã đồng bộ với hệ thống thủy lợi các xã theo quy hoạch', en: "Inter-commune irrigation consistent with the communes' systems per plan" },
      }, verified(true, ['S_558GT'])),
    ]),
    criterion({ id: '4', number: 4, name: { vi: 'Điện', en: 'Electricity' }, status: 'verified', sources: ['S_558GT', 'SC_TT35'] }, [
      row({ code: '4.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Hệ thống điện liên xã đồng bộ với hệ thống điện các xã theo quy hoạch, đảm bảo yêu cầu kỹ thuật của cả hệ thống', en: "Inter-commune power grid consistent with the communes' grids and technically sound" },
      }, verified(true, ['S_558GT'])),
    ]),
    criterion({ id: '5', number: 5, name: { vi: 'Y tế - Văn hóa - Giáo dục', en: 'Health - Culture - Education' }, status: 'verified', sources: ['S_558GT', 'SC_TT35'] }, [
      row({ code: '5.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Bệnh viện huyện đạt tiêu chuẩn bệnh viện hạng 3; Trung tâm y tế huyện đạt chuẩn quốc gia', en: 'District hospital at grade-3 standard; district health centre at national standard' },
        note: { vi: 'TT 35/2016: hạng 3 theo TT 23/2005/TT-BYT [đã kiểm chứng trong văn bản công khai: S_TT35].', en: 'TT 35/2016: hạng 3 per TT 23/2005/TT-BYT [verified in a public text: S_TT35].' },
      }, verified(true, ['S_558GT', 'S_TT35'])),
      row({ code: '5.2', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Trung tâm Văn hóa - Thể thao huyện đạt chuẩn, có nhiều hoạt động văn hóa - thể thao kết nối với các xã có hiệu quả', en: 'District culture-sports centre meets the standard and runs activities linked with communes' },
        note: { vi: 'TT 35: theo TT 01/2010/TT-BVHTTDL và TT 11/2010/TT-BVHTTDL [đã kiểm chứng trong văn bản công khai: S_TT35].', en: 'TT 35: per TT 01/2010/TT-BVHTTDL and TT 11/2010/TT-BVHTTDL [verified in a public text: S_TT35].' },
      }, verified(true, ['S_558GT', 'S_TT35'])),
      row({ code: '5.3', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ trường Trung học phổ thông đạt chuẩn (quốc gia)', en: 'Share of upper-secondary schools at national standard' },
      }, verified(60, ['S_558GT', 'S_TT35'])),
    ]),
    criterion({ id: '6', number: 6, name: { vi: 'Sản xuất', en: 'Production' }, status: 'verified', sources: ['S_558GT', 'SC_TT35'] }, [
      row({ code: '6.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Hình thành vùng sản xuất nông nghiệp hàng hóa tập trung; hoặc có mô hình sản xuất theo chuỗi giá trị, tổ chức liên kết từ sản xuất đến tiêu thụ các sản phẩm chủ lực của huyện', en: 'Concentrated commodity farming zones, or value-chain models linking production to sales of key products' },
      }, verified(true, ['S_558GT'])),
    ]),
    criterion({ id: '7', number: 7, name: { vi: 'Môi trường', en: 'Environment' }, status: 'verified', sources: ['S_558GT', 'SC_TT35'] }, [
      row({ code: '7.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Hệ thống thu gom, xử lý chất thải rắn trên địa bàn huyện đạt tiêu chuẩn', en: 'District solid-waste collection and treatment meets the standard' },
      }, verified(true, ['S_558GT'])),
      row({ code: '7.2', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Cơ sở sản xuất, chế biến, dịch vụ (công nghiệp, làng nghề, chăn nuôi, chế biến lương thực - thực phẩm) thực hiện đúng các quy định về bảo vệ môi trường', en: 'Share of production, processing and service establishments complying with environmental rules' },
      }, verified(100, ['S_558GT'])),
    ]),
    criterion({ id: '8', number: 8, name: { vi: 'An ninh, trật tự xã hội', en: 'Security and social order' }, status: 'verified', sources: ['S_558GT', 'SC_TT35'] }, [
      row({ code: '8.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Đảm bảo an toàn an ninh, trật tự xã hội', en: 'Security and social order ensured' },
      }, verified(true, ['S_558GT'])),
    ]),
    criterion({ id: '9', number: 9, name: { vi: 'Chỉ đạo xây dựng nông thôn mới', en: 'Steering of NTM building' }, status: 'verified', sources: ['S_558GT', 'SC_TT35'] }, [
      row({ code: '9.1', measure: 'flag', op: '=', textStatus: 'recalled',
        text: { vi: 'Ban Chỉ đạo Chương trình mục tiêu quốc gia cấp huyện được kiện toàn tổ chức và hoạt động đúng quy định', en: 'District steering committee of the national target programme properly organised and operating' },
        note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại); dòng 9.1 của S_558GT bị cắt.', en: 'Wording not seen in a text (recalled); S_558GT row 9.1 is cut off.' },
      }, unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } })),
      row({ code: '9.2', measure: 'flag', op: '=', textStatus: 'recalled',
        text: { vi: 'Văn phòng Điều phối nông thôn mới cấp huyện được tổ chức và hoạt động đúng quy định', en: 'District NTM coordination office properly organised and operating' },
        note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại).', en: 'Wording not seen in a text (recalled).' },
      }, unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } })),
    ]),
  ],
});
