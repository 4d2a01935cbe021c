// 319/QĐ-TTg: Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025.
// Model NTM communes, 2021–2025.
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { verified, single } from '../../table.js';
import { r18NoDebt, r18Satisfaction, r18Security } from './recognition-18-2022.js';
import { H10, H3, RG_319DTPT, S08, S15, SC_319LNV } from '../../sources.js';

const { row, criterion, set } = single;

/**
 * Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025 (319/QĐ-TTg).
 * Model NTM communes, 2021–2025.
 * @example
 * communeModel319.criteria.length; // 1
 */
export const communeModel319 = set({
  id: 'commune-model-2021-2025',
  family: 'commune-model-2021-2025',
  version: '319/QĐ-TTg',
  level: 'commune-model',
  title: { vi: 'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025', en: 'Model NTM communes, 2021–2025' },
  period: { from: '2022-03-08', to: '2026-02-14' },
  years: { from: 2021, to: 2026 },
  legalBasis: [basis('319/QĐ-TTg', 'base')],
  columnRules: [
    { id: 'commune-model-2021-2025.r1', text: { vi: 'Không phân vùng; thu nhập so với mức xã NTM nâng cao của vùng tại cùng thời điểm.', en: 'Single column; the income test refers to the advanced-commune income level of the same region and time.' }, status: 'verified', sources: ['RG_319DTPT'] },
  ],
  facts: {
    outstandingConstructionDebt: { kind: 'number', text: { vi: 'Nợ đọng xây dựng cơ bản trong xây dựng NTM (triệu đồng)', en: 'Outstanding capital-construction debt in the NTM programme (million VND)' } },
    satisfactionRate: { kind: 'number', text: { vi: 'Tỷ lệ người dân hài lòng (%)', en: 'Share of residents satisfied (%)' } },
    securityComplexArea: { kind: 'boolean', text: { vi: 'Xã phức tạp về an ninh, trật tự (theo Bộ Công an)', en: 'The commune is a complex security/order area (Ministry of Public Security)' } },
  },
  references: {
    advancedCommuneIncomeTarget: { kind: 'number', text: { vi: 'Mức thu nhập bình quân đầu người quy định đối với xã NTM nâng cao tại cùng thời điểm (cùng năm đánh giá, cùng vùng)', en: 'Per-capita income required of an advanced NTM commune at the same time (the assessment year, same region)' }, unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' } },
  },
  sources: { RG_319DTPT, S08, S15, SC_319LNV, H3, H10 },
  notes: [
    { vi: 'Ký cùng với các Quyết định 318, 320, 321 [đã kiểm chứng trong văn bản công khai: S36, S33].', en: 'Signed with 318, 320, 321 [verified in a public text: S36, S33].' },
    { vi: 'Bộ tiêu chí xã NTM kiểu mẫu có 4 tiêu chí, ở đây là 4 điều kiện KM.1–KM.4 [đã kiểm chứng trong văn bản công khai: H3].', en: 'The model-commune set has 4 criteria, the 4 conditions KM.1–KM.4 here [verified in a public text: H3].' },
    { vi: "Nội dung 'thôn thông minh' và các tiêu chí 'lĩnh vực nổi trội' do từng tỉnh quy định; Quyết định 319 không có định nghĩa chung toàn quốc [đã kiểm chứng trong văn bản công khai: RG_319DTPT, S08].", en: "The content of 'thôn thông minh' and the 'lĩnh vực nổi trội' criteria are delegated to each province; no national definition exists in 319 [verified in a public text: RG_319DTPT, S08]." },
    { vi: "Việc công nhận căn cứ 4 điều kiện tại Mục 1 Điều 4 QĐ 18/2022/QĐ-TTg; quyết định công nhận ghi rõ lĩnh vực (ví dụ Nam Định ngày 23/3/2023: Kim Thái về lĩnh vực văn hóa; Xuân Thượng, Xuân Kiên, Xuân Hòa, Giao Tân, Giao Thịnh về lĩnh vực giáo dục) [chỉ thấy ở văn bản của tỉnh: RG_NAMDINH]; Giao Phong 'nổi trội về lĩnh vực giáo dục' [chỉ thấy ở văn bản của tỉnh: RG_GIAOPHONG]; Nghệ An 'mỗi xã chọn một tiêu chí nổi trội' (Nam Giang năm 2023: du lịch tâm linh, cộng đồng) [chỉ thấy ở văn bản của tỉnh: RG_NGHEAN_KM]; Nghệ An QĐ 1669/QĐ-UBND (04/7/2024) về xã kiểu mẫu theo lĩnh vực [chỉ thấy ở văn bản của tỉnh: SC_NGHEAN1669].", en: "Recognition is against the 4 conditions of Mục 1, Điều 4, QĐ 18/2022/QĐ-TTg; the decision names the field (e.g. Nam Định 23/3/2023: Kim Thái về lĩnh vực văn hóa; Xuân Thượng, Xuân Kiên, Xuân Hòa, Giao Tân, Giao Thịnh về lĩnh vực giáo dục) [seen only in a province's text: RG_NAMDINH]; Giao Phong 'nổi trội về lĩnh vực giáo dục' [seen only in a province's text: RG_GIAOPHONG]; Nghệ An 'mỗi xã chọn một tiêu chí nổi trội' (Nam Giang 2023: du lịch tâm linh, cộng đồng) [seen only in a province's text: RG_NGHEAN_KM]; Nghệ An QĐ 1669/QĐ-UBND (04/7/2024) kiểu mẫu by domain [seen only in a province's text: SC_NGHEAN1669]." },
    { vi: "Mô tả thôn thông minh trên báo chí (không có danh mục toàn quốc): Đài Phát thanh và Truyền hình Vĩnh Phúc ('1 trong 4 tiêu chí của xã NTM kiểu mẫu'; internet băng thông rộng, mạng không dây miễn phí, trên 90% người dân dùng điện thoại thông minh, hộ gia đình được gắn địa chỉ số) [chỉ thấy ở văn bản của tỉnh: RG_VPTV_TTM]; Báo Nghệ An ngày 24/10/2025 [chỉ thấy ở văn bản của tỉnh: RG_NGHEAN_TTM].", en: "Thôn thông minh descriptions (journalistic, no national list): Vĩnh Phúc TV ('1 trong 4 tiêu chí của xã NTM kiểu mẫu'; broadband, free wifi, >90% smartphones, geocoded households) [seen only in a province's text: RG_VPTV_TTM]; Báo Nghệ An 24/10/2025 [seen only in a province's text: RG_NGHEAN_TTM]." },
    { vi: 'Không phải thôn thông minh: CV 3445/BNN-VPĐP (năm 2023) hướng dẫn tạm thời thí điểm xã NTM thông minh và xã thương mại điện tử theo QĐ 924/QĐ-TTg (02/8/2022) [đã kiểm chứng trong văn bản công khai: RG_3445].', en: 'Not thôn thông minh: CV 3445/BNN-VPĐP (2023) temporary guidance for pilot xã NTM thông minh and xã thương mại điện tử under QĐ 924/QĐ-TTg (02/8/2022) [verified in a public text: RG_3445].' },
    { vi: "Điều khoản tổ chức thực hiện 'Thủ tướng Chính phủ giao Bộ Nôn[g nghiệp…]' bị cắt [chưa tìm thấy: RG_319DTPT].", en: "Implementation clause 'Thủ tướng Chính phủ giao Bộ Nôn[g nghiệp…]' cut [not found: RG_319DTPT]." },
  ],
  conditions: [
    { id: 'r18.meetsSet', text: { vi: 'Đáp ứng đầy đủ mức đạt chuẩn của bộ tiêu chí tương ứng (Quy định xã NTM kiểu mẫu 319)', en: 'Meets every target of the corresponding set (QĐ 18/2022, Mục 1 Điều 4)' }, purpose: 'recognition', status: 'verified', sources: ['S15'], check: { kind: 'criteria-met' }, document: '18/2022/QĐ-TTg', note: { vi: 'Cách kiểm tra: mọi chỉ tiêu của bộ đều đạt.', en: 'Reference check: allIndicatorsMet(set) == true' } },
    r18NoDebt,
    r18Satisfaction,
    r18Security,
  ],
  criteria: [
    criterion({ id: '1', number: 1, name: { vi: 'Điều kiện xã NTM kiểu mẫu', en: 'Model-commune conditions' }, status: 'verified', sources: ['S08', 'RG_319DTPT'] }, [
      row({ code: 'KM.1', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Là xã đạt chuẩn NTM nâng cao giai đoạn 2021–2025; xã đã được công nhận NTM nâng cao giai đoạn 2018–2020 phải tập trung rà soát, chỉ đạo thực hiện, đáp ứng đầy đủ mức đạt chuẩn theo Bộ tiêu chí xã NTM nâng cao 2021–2025', en: 'Recognised as advanced NTM 2021–2025; communes recognised advanced in 2018–2020 must be re-checked against the 2021–2025 advanced set' },
      }, verified(true, ['S08', 'RG_319DTPT'])),
      row({ code: 'KM.2', measure: 'amount', op: '>=', textStatus: 'verified',
        text: { vi: 'Thu nhập bình quân đầu người của xã tại thời điểm xét, công nhận cao hơn từ 10% trở lên so với mức thu nhập bình quân đầu người áp dụng theo quy định đối với xã NTM nâng cao tại cùng thời điểm', en: 'Per-capita income at assessment at least 10% above the income level required of an advanced NTM commune at the same time' },
        unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' },
        note: { vi: "Báo Dân tộc và Phát triển nêu mức so sánh là mức thu nhập của xã NTM nâng cao, không phải thu nhập trước đây của chính xã. Cụm 'cùng thời điểm' gắn giá trị tham chiếu với năm đánh giá; hệ số 1,1 giữ nguyên trong mọi năm của bộ. Thái Bình tự quy định mức cho xã NTM kiểu mẫu: năm 2022 ≥71 và năm 2023 ≥75 triệu đồng/người, so với mức xã NTM nâng cao của tỉnh là 64 và 68: 1,1 × 64 = 70,4, tức tỉnh làm tròn lên triệu đồng, và một mức thu nhập chỉ đạt 1,1 lần vẫn có thể không đạt mức của tỉnh (mức của tỉnh là giá trị tỉnh cung cấp qua trường overrides) [chỉ thấy ở văn bản của tỉnh: H10].", en: "Dân tộc & Phát triển states that the reference is the nâng cao threshold, not the commune's own earlier income. 'At the same time' binds the reference value to the assessment year; the factor 1.1 holds in every year of the set. Thái Bình sets its own model-commune levels, 2022 ≥71 and 2023 ≥75 million VND/person, against its advanced levels of 64 and 68: 1.1 × 64 = 70.4, so the province rounds up to a whole million, and an income that passes 1.1× alone can fail the province's level (its value is an override) [seen only in a province's text: H10]." },
      }, verified(1.1, ['S08', 'RG_319DTPT'], { relativeTo: 'advancedCommuneIncomeTarget', note: { vi: 'Giá trị tham chiếu: mức thu nhập của xã NTM nâng cao (318, Phụ lục II) cùng năm, cùng vùng. Quy tắc áp dụng cho mọi năm của bộ (2021–2025, và năm 2026 cho đến khi 51/2025 có hiệu lực); năm đánh giá quyết định giá trị tham chiếu, không quyết định hệ số.', en: 'Reference value: the advanced-commune (318 PL II) income threshold for the same year and region. The rule holds in every year the set covers (2021–2025, and 2026 until 51/2025 is in force); the year binds the reference, not the factor.' } })),
      row({ code: 'KM.3', measure: 'count', op: '>=', textStatus: 'verified',
        text: { vi: 'Có ít nhất một mô hình thôn thông minh (UBND cấp tỉnh quy định cụ thể)', en: "At least one 'smart village' model (defined by the province)" },
        note: { vi: "Nội dung 'thôn thông minh' do tỉnh quy định; Quyết định 319 không có định nghĩa chung toàn quốc.", en: "Content of 'thôn thông minh' delegated to provinces; no national definition in 319." },
      }, verified(1, ['S08', 'RG_319DTPT', 'SC_319LNV'])),
      row({ code: 'KM.4', measure: 'count', op: '>=', textStatus: 'verified',
        text: { vi: 'Đạt tiêu chí xã NTM kiểu mẫu theo ít nhất một trong các lĩnh vực nổi trội nhất (về sản xuất, về giáo dục, về văn hóa, về du lịch, về cảnh quan môi trường, về an ninh trật tự, về chuyển đổi số…) mang giá trị đặc trưng của địa phương, do UBND cấp tỉnh ban hành', en: 'Meets province-issued model criteria in at least one outstanding field (production, education, culture, tourism, landscape/environment, security, digital transformation …)' },
      }, verified(1, ['S08', 'RG_319DTPT'], { note: { vi: "Đếm số lĩnh vực; danh sách 7 lĩnh vực là danh sách mở ('…').", en: "Count of fields; the list of 7 fields is open-ended ('…')." } })),
    ]),
  ],
});
