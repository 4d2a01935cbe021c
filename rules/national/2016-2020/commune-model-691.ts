// 691/QĐ-TTg: Tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2018–2020.
// Criteria for model NTM communes, 2018–2020.
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { verified, single } from '../../table.js';
import { S_691A, S_691B, S_691C, S_691D, S_691E } from '../../sources.js';

const { row, criterion, set } = single;

/**
 * Tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2018–2020 (691/QĐ-TTg).
 * Criteria for model NTM communes, 2018–2020.
 * @example
 * communeModel691.criteria.length; // 4
 */
export const communeModel691 = set({
  id: 'commune-model-2018-2020',
  family: 'commune-model-2018-2020',
  version: '691/QĐ-TTg',
  level: 'commune-model',
  title: { vi: 'Tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2018–2020', en: 'Criteria for model NTM communes, 2018–2020' },
  period: { from: '2018-06-05', to: '2022-03-07' },
  years: { from: 2018, to: 2022 },
  legalBasis: [basis('691/QĐ-TTg', 'base')],
  columnRules: [
    { id: 'commune-model-2018-2020.r1', text: { vi: 'Không phân vùng; ngưỡng thống nhất toàn quốc.', en: 'Not regionalised; uniform national thresholds (as reported).' }, status: 'verified', sources: ['S_691A', 'S_691B'] },
  ],
  facts: {
    recognisedAdvanced: { kind: 'boolean', text: { vi: 'Xã đã được công nhận đạt chuẩn NTM nâng cao', en: 'The commune is recognised as an advanced NTM commune' } },
  },
  references: {
    incomeAtRecognition: { kind: 'number', text: { vi: 'Thu nhập bình quân đầu người của xã tại thời điểm được công nhận đạt chuẩn NTM', en: 'Per-capita income of the commune when it was recognised NTM' }, unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' } },
  },
  sources: { S_691A, S_691B, S_691C, S_691D, S_691E },
  notes: [
    { vi: 'Không chia theo vùng; mức đạt như nhau trên cả nước (theo các nguồn) [đã kiểm chứng trong văn bản công khai: S_691A, S_691B].', en: 'Not regionalised; thresholds uniform nationally (as reported) [verified in a public text: S_691A, S_691B].' },
    { vi: 'UBND địa phương lựa chọn loại hình xã NTM kiểu mẫu nổi trội nhất (theo lĩnh vực) để chỉ đạo thực hiện [đã kiểm chứng trong văn bản công khai: S_691B].', en: 'UBND địa phương lựa chọn loại hình xã NTM kiểu mẫu nổi trội nhất (theo lĩnh vực) để chỉ đạo thực hiện [verified in a public text: S_691B].' },
    { vi: 'Hướng dẫn: CV 3217/TCMT-QLCT về tiêu chí môi trường [đã kiểm chứng trong văn bản công khai: S_TCMT].', en: 'Guidance: CV 3217/TCMT-QLCT on the environment criterion [verified in a public text: S_TCMT].' },
    { vi: '691/QĐ-TTg đã được kiểm chứng trong các văn bản công khai (S_691A–E).', en: '691/QĐ-TTg is verified in public texts (S_691A–E).' },
  ],
  conditions: [
    { id: 'isAdvancedNTM', text: { vi: 'Xã đã đạt chuẩn nông thôn mới nâng cao (theo quy định của UBND cấp tỉnh)', en: 'Precondition: the commune is already recognised as advanced NTM (per provincial rules)' }, purpose: 'criteria', status: 'verified', sources: ['S_691A', 'S_691D'], check: { kind: 'fact', fact: 'recognisedAdvanced', op: '=', value: true }, note: { vi: 'Cách kiểm tra: xã đã được công nhận đạt chuẩn NTM nâng cao.', en: "Reference check: commune.recognised('commune-advanced') == true" } },
    { id: 'procedureByProvince', text: { vi: 'Điều kiện, trình tự, thủ tục, hồ sơ: UBND tỉnh quy định cụ thể căn cứ QĐ 2540/QĐ-TTg; Chủ tịch UBND tỉnh xét, công nhận, công bố', en: 'Conditions, procedure and dossier set by the province on the basis of QĐ 2540; the provincial chairman recognises' }, purpose: 'procedure', status: 'verified', sources: ['S_691D', 'S_691E'], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không kiểm tra tự động (theo quy định của tỉnh).', en: 'Reference check: n/a (provincial rules)' } },
  ],
  criteria: [
    criterion({ id: '1', number: 1, name: { vi: 'Sản xuất - Thu nhập - Hộ nghèo', en: 'Production - Income - Poverty' }, status: 'verified', sources: ['S_691D', 'S_691A'] }, [
      row({ code: '1.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Có vùng sản xuất hàng hóa tập trung đối với các sản phẩm chủ lực của xã', en: "Concentrated commodity production zone for the commune's key products" },
      }, verified(true, ['S_691B'])),
      row({ code: '1.2', measure: 'amount', op: '>=', textStatus: 'verified',
        text: { vi: 'Thu nhập bình quân đầu người của xã tại thời điểm xét, công nhận xã NTM kiểu mẫu cao hơn từ 1,5 lần trở lên so với thu nhập bình quân đầu người tại thời điểm được công nhận xã đạt chuẩn NTM', en: 'Per-capita income at the time of model-commune assessment at least 1.5 times the income when the commune was recognised as NTM' },
        unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' },
        note: { vi: 'Tỷ lệ so sánh hai mức thu nhập của cùng một xã, tại thời điểm đánh giá và tại thời điểm được công nhận đạt chuẩn NTM; tỷ lệ được nêu cho cả giai đoạn, không cho một năm, nên áp dụng cho mọi năm của bộ và không cần ghi năm.', en: 'The ratio compares two incomes of the same commune, at assessment and at its NTM recognition; it is stated for the whole period, not for a year, so it applies in every year of the set and needs no year.' },
      }, verified(1.5, ['S_691A', 'S_691B', 'S_691C'], { relativeTo: 'incomeAtRecognition', note: { vi: 'Giá trị tham chiếu: thu nhập bình quân đầu người của chính xã tại thời điểm được công nhận đạt chuẩn NTM.', en: "Reference value: the commune's own per-capita income at its NTM recognition date." } })),
      row({ code: '1.3', measure: 'count', op: '<=', textStatus: 'verified',
        text: { vi: 'Không có hộ nghèo (trừ các trường hợp thuộc diện bảo trợ xã hội theo quy định, hoặc do tai nạn rủi ro bất khả kháng, hoặc do bệnh hiểm nghèo)', en: 'No poor households (except households under social protection, or poor due to force-majeure accidents or grave illness)' },
      }, verified(0, ['S_691A', 'S_691C'], { note: { vi: 'Trừ các trường hợp: bảo trợ xã hội; tai nạn rủi ro bất khả kháng; bệnh hiểm nghèo.', en: 'Exceptions: bảo trợ xã hội; tai nạn rủi ro bất khả kháng; bệnh hiểm nghèo.' } })),
    ]),
    criterion({ id: '2', number: 2, name: { vi: 'Giáo dục - Y tế - Văn hóa', en: 'Education - Health - Culture' }, status: 'verified', sources: ['S_691D', 'S_691A'] }, [
      row({ code: '2.1a', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ huy động trẻ đi học mẫu giáo', en: 'Kindergarten enrolment rate' },
        note: { vi: 'Tách từ một dòng về giáo dục; chưa tìm thấy các nội dung giáo dục khác.', en: 'Split from one education row; other education sub-items not found.' },
      }, verified(90, ['S_691A', 'S_691C'])),
      row({ code: '2.1b', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ trẻ 6 tuổi vào lớp 1', en: 'Share of 6-year-olds entering grade 1' },
        note: { vi: 'Tách từ một dòng về giáo dục.', en: 'Split from one education row.' },
      }, verified(100, ['S_691A', 'S_691C'], { note: { vi: "Ghi là 'đạt 100%'.", en: "Written 'đạt 100%'." } })),
      row({ code: '2.2a', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Trạm y tế xã có đủ điều kiện khám, chữa bệnh bảo hiểm y tế', en: 'Commune health station qualified for insured treatment' },
        note: { vi: 'Tách từ một dòng về y tế.', en: 'Split from one health row.' },
      }, verified(true, ['S_691B', 'S_691C'])),
      row({ code: '2.2b', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ dân số thường trú trên địa bàn xã được quản lý, theo dõi sức khỏe', en: 'Share of resident population under health management/monitoring' },
        note: { vi: 'Tách từ một dòng về y tế.', en: 'Split from one health row.' },
      }, verified(90, ['S_691B', 'S_691C'])),
      row({ code: '2.2c', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ người dân tham gia bảo hiểm y tế', en: 'Health-insurance coverage' },
        note: { vi: 'Tách từ một dòng về y tế.', en: 'Split from one health row.' },
      }, verified(95, ['S_691B', 'S_691C'])),
    ]),
    criterion({ id: '3', number: 3, name: { vi: 'Môi trường', en: 'Environment' }, status: 'verified', sources: ['S_691D', 'S_691A'] }, [
      row({ code: '3.1a', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ chất thải rắn được thu gom và xử lý theo đúng quy định', en: 'Share of solid waste collected and treated as required' },
        note: { vi: 'Tách từ một dòng về môi trường. Hướng dẫn: CV 3217/TCMT-QLCT [đã kiểm chứng trong văn bản công khai: S_TCMT].', en: 'Split from one environment row. Guidance: CV 3217/TCMT-QLCT [verified in a public text: S_TCMT].' },
      }, verified(90, ['S_691B'])),
      row({ code: '3.1b', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ rác thải sinh hoạt được phân loại, áp dụng biện pháp xử lý phù hợp', en: 'Share of household waste sorted and suitably treated' },
        note: { vi: 'Tách từ một dòng về môi trường.', en: 'Split from one environment row.' },
      }, verified(50, ['S_691B'])),
      row({ code: '3.2', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Có từ 60% trở lên tuyến đường xã, thôn có rãnh thoát nước và trồng cây bóng mát hoặc trồng hoa, cây cảnh', en: 'At least 60% of commune/village roads have drains and shade trees or flowers' },
      }, verified(60, ['S_691A'])),
      row({ code: '3.3', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Từ 90% số hộ chăn nuôi có chuồng trại chăn nuôi đảm bảo vệ sinh môi trường', en: 'At least 90% of livestock households have hygienic pens' },
      }, verified(90, ['S_691A'])),
    ]),
    criterion({ id: '4', number: 4, name: { vi: 'An ninh trật tự - Hành chính công', en: 'Security and order - Public administration' }, status: 'verified', sources: ['S_691D', 'S_691A'] }, [
      row({ code: '4.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Trong 03 năm liên tục trước năm xét công nhận xã NTM kiểu mẫu: không có khiếu kiện đông người trái pháp luật; không có công dân cư trú trên địa bàn phạm tội; tai nạn, tệ nạn xã hội được kiềm chế, giảm', en: 'For 3 consecutive years before assessment: no unlawful mass complaints; no resident committing crimes; accidents and social evils contained and falling' },
        note: { vi: "Câu chữ theo S_691A; cụm 'tội phạm nghiêm trọng trở lên' là nhớ lại, chưa thấy trong văn bản.", en: "S_691A wording; the qualifier 'tội phạm nghiêm trọng trở lên' is RECALLED." },
      }, verified(true, ['S_691A'])),
      row({ code: '4.2', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Công khai, minh bạch các thủ tục hành chính, giải quyết các thủ tục hành chính cho các tổ chức, công dân hiệu quả', en: 'Administrative procedures public, transparent and handled efficiently' },
      }, verified(true, ['S_691A'])),
    ]),
  ],
});
