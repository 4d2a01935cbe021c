// Tuyên Quang's model-commune criteria (xã NTM kiểu mẫu), 2021–2025, from the one text that
// states them: Báo Tuyên Quang's English article (H8), whose stored copy is cut. Only what the
// article states is here; the Vietnamese decision itself (number, year) is not seen.
// The values are the province's own, and this is the province's set: a value seen in that text is
// `verified` here, as in the other provincial sets (a shipped set's targets are verified; the
// wording, seen only in the province's text, is `provincial`). "Over"/"more than" in the English
// copy may render "trên" (strictly above) or "từ … trở lên" (at least), which differ at the value
// itself, so those rows keep their value as a candidate, never as a target.
import { basis } from '../../decrees.js';
import { single, unverified, verified } from '../../table.js';
import { H8 } from '../../sources.js';

const { row, criterion, set } = single;

/** A value the province set, seen in its newspaper's English copy. */
const tuyenQuang = (value: number | boolean) => verified(value, ['H8']);

/**
 * A value stated as "over"/"more than" it: kept as a candidate (see the head of the file), with
 * the English copy's words and their Vietnamese rendering (the Vietnamese text is not seen).
 */
const over = (value: number, quote: { readonly vi: string; readonly en: string }) =>
  unverified('provincial', ['H8'], {
    candidates: [{ value, sources: ['H8'], province: 'Tuyên Quang', note: { vi: `Bản tiếng Anh của bài báo, dịch lại: ${quote.vi}`, en: `English copy: '${quote.en}'.` } }],
    note: { vi: "Bản tiếng Anh dùng từ có thể ứng với 'trên' (lớn hơn hẳn) hoặc 'từ … trở lên' (ít nhất); hai cách hiểu khác nhau đúng tại mức đó và chưa thấy câu chữ tiếng Việt, nên giá trị này không phải mức đạt. Tỉnh có thể cung cấp mức này qua trường overrides.", en: "'Over'/'more than' may render 'trên' (strictly above) or 'từ … trở lên' (at least); the two differ at the value itself and the Vietnamese text is not seen, so the value is not a target. The province may supply it as an override." },
  });

/**
 * Tiêu chí xã nông thôn mới kiểu mẫu tỉnh Tuyên Quang giai đoạn 2021–2025 (as far as the
 * province's newspaper states them; the list is cut).
 * @example
 * const r = evaluate(tuyenQuangCommuneModel, { year: 2024, values: { x3: 90 } });
 * findIndicator(r, 'x3')?.status; // 'met' (90% of households with clean water)
 */
export const tuyenQuangCommuneModel = set({
  id: 'tuyenquang-commune-model-2021-2025',
  family: 'tuyenquang-commune-model',
  version: 'Tuyên Quang, xã NTM kiểu mẫu 2021–2025',
  level: 'commune-model',
  province: 'tuyen-quang',
  title: {
    vi: 'Tiêu chí xã nông thôn mới kiểu mẫu tỉnh Tuyên Quang giai đoạn 2021–2025',
    en: 'Tuyên Quang criteria for model NTM communes, 2021–2025',
  },
  // Issued on 4 August of a year the article does not show: no date is known, so the registry
  // never returns the set by date (ask for it by id).
  period: { from: null, to: null },
  years: { from: 2021, to: 2025 },
  legalBasis: [basis('Tuyên Quang: xã NTM kiểu mẫu 2021–2025 (số chưa tìm thấy)', 'base')],
  columnRules: [
    {
      id: 'tuyenquang-commune-model.r1',
      text: { vi: 'Bộ tiêu chí cấp tỉnh (không có cột vùng).', en: 'Provincial set; no regional columns.' },
      status: 'verified',
      sources: ['H8'],
    },
  ],
  conditions: [],
  sources: { H8 },
  notes: [
    { vi: 'Tuyên Quang (vùng Trung du và miền núi phía Bắc) ban hành bộ tiêu chí này ngày 4 tháng 8; chưa thấy năm, số quyết định và câu chữ tiếng Việt [chỉ thấy ở văn bản của tỉnh: H8].', en: 'Tuyên Quang (northern midlands and mountains) issued these criteria on 4 August; the year, the decision number and the Vietnamese text are not seen [seen only in a province\'s text: H8].' },
    { vi: "Nội dung ở đây là những gì bài báo nêu. Bản lưu của bài báo dừng giữa câu ở mục về trên 80% số hộ, có lược bớt đoạn ('…'), và chưa thấy mục số 1: danh sách chưa đầy đủ và chưa biết còn thiếu bao nhiêu chỉ tiêu [chỉ thấy ở văn bản của tỉnh: H8].", en: "What is here is what the article states. Its stored copy ends at '- Over 80% of households c…', leaves out passages ('…'), and the item numbered 1 is not seen: the list is incomplete and how many indicators are missing is not known [seen only in a province's text: H8]." },
    { vi: 'Mục thu nhập (cao hơn trên 10% so với xã NTM nâng cao cùng thời điểm) khớp với KM.2 của 319/QĐ-TTg, điều kiện mà xã NTM kiểu mẫu cũng phải đạt [chỉ thấy ở văn bản của tỉnh: H8].', en: 'The income item (over 10% above the advanced communes at the same time) agrees with 319/QĐ-TTg KM.2, which a model commune must meet as well [seen only in a province\'s text: H8].' },
    { vi: 'Các mã x1–x14 là mã tạm; mới thấy số thứ tự của quyết định ở mục 2 (thu nhập) và mục 3 (thôn thông minh), chưa biết thứ tự của các dòng khác.', en: 'Codes x1–x14 are placeholders; the decision\'s own numbering is seen only for items 2 (income) and 3 (smart village), and the order of the other rows is not known.' },
  ],
  criteria: [
    criterion(
      {
        id: '1',
        number: null,
        name: { vi: 'Tiêu chí xã NTM kiểu mẫu tỉnh Tuyên Quang (đánh số chưa thấy)', en: 'Tuyên Quang model-commune criteria (numbering not seen)' },
        status: 'provincial',
        sources: ['H8'],
        incompleteIndicators: {
          vi: 'Bản lưu của bài báo bị cắt và lược một số đoạn; mục 1 chưa thấy; số chỉ tiêu còn thiếu chưa biết.',
          en: 'The stored copy of the article is cut and leaves out passages; item 1 is not seen; how many indicators are missing is not known.',
        },
      },
      [
        row({ code: 'x1', measure: 'amount', op: '>=', textStatus: 'provincial',
          text: { vi: 'Thu nhập bình quân đầu người cao hơn trên 10% so với xã NTM nâng cao tại cùng thời điểm', en: 'Average income over 10% above the advanced NTM communes at the same time' },
          unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' },
          note: { vi: 'Mục 2 của bài báo (bản tiếng Anh, dịch lại): thu nhập bình quân cao hơn trên 10% so với xã NTM nâng cao cùng thời điểm. Dù vậy, KM.2 của 319/QĐ-TTg (ít nhất 1,1 lần) vẫn áp dụng cho xã.', en: "Item 2 of the article: '2. The average income is over 10% compared to the advanced rural communes at the same time.' 319/QĐ-TTg KM.2 (at least 1.1 times) applies to the commune in any case." },
        }, over(1.1, { vi: 'thu nhập bình quân cao hơn trên 10% so với xã NTM nâng cao cùng thời điểm.', en: '2. The average income is over 10% compared to the advanced rural communes at the same time.' })),
        row({ code: 'x2', measure: 'count', op: '<=', textStatus: 'provincial',
          text: { vi: 'Không có hộ nghèo đa chiều trong giai đoạn 2021–2025', en: 'No multidimensionally poor households in 2021–2025' },
          note: { vi: 'Bản tiếng Anh của bài báo, dịch lại: không còn hộ nghèo đa chiều trong giai đoạn 2021–2025.', en: "'- There are no multidimensionally poor households in the 2021-2025 period'." },
        }, tuyenQuang(0)),
        row({ code: 'x3', measure: 'percent', op: '>=', textStatus: 'provincial',
          text: { vi: 'Tỷ lệ hộ được tiếp cận nước sạch', en: 'Share of households with access to clean water' },
          note: { vi: 'Bản tiếng Anh của bài báo, dịch lại: 90% số hộ được tiếp cận nước sạch; hiểu là ít nhất 90%.', en: "'- 90% of households access to clean water'; read as at least 90%." },
        }, tuyenQuang(90)),
        row({ code: 'x4', measure: 'percent', op: '>=', textStatus: 'provincial',
          text: { vi: 'Tỷ lệ chất thải rắn sinh hoạt và chất thải rắn không nguy hại được thu gom, xử lý', en: 'Share of daily-life and non-hazardous solid waste collected and treated' },
          note: { vi: 'Bản tiếng Anh của bài báo, dịch lại: 100% chất thải rắn sinh hoạt và chất thải rắn không nguy hại được thu gom, xử lý.', en: "'- 100% of daily-life solid waste and non-hazardous solid waste are collected and treated'." },
        }, tuyenQuang(100)),
        row({ code: 'x5', measure: 'percent', op: '>=', textStatus: 'provincial',
          text: { vi: 'Tỷ lệ hộ gia đình phân loại chất thải rắn tại nguồn', en: 'Share of households sorting solid waste at source' },
        }, over(80, { vi: 'trên 80% số hộ phân loại chất thải rắn tại nguồn.', en: '- Over 80% of households segregate solid waste at source' })),
        row({ code: 'x6', measure: 'percent', op: '>=', textStatus: 'provincial',
          text: { vi: 'Tỷ lệ sản phẩm nông nghiệp chủ lực được chứng nhận theo tiêu chuẩn', en: 'Share of key agricultural products certified to standards' },
          note: { vi: 'Bản tiếng Anh của bài báo, dịch lại: 50% sản phẩm nông nghiệp chủ lực được chứng nhận theo tiêu chuẩn; hiểu là ít nhất 50%.', en: "'- 50% of key agricultural products certified according to standards'; read as at least 50%." },
        }, tuyenQuang(50)),
        row({ code: 'x7', measure: 'percent', op: '>=', textStatus: 'provincial',
          text: { vi: 'Tỷ lệ sản lượng sản phẩm chủ lực được doanh nghiệp, hợp tác xã liên kết tiêu thụ', en: 'Share of the output of key products whose sale is linked with enterprises or cooperatives' },
          note: { vi: 'Bản tiếng Anh của bài báo, dịch lại: doanh nghiệp, hợp tác xã liên kết tiêu thụ sản phẩm chủ lực đạt 100% sản lượng.', en: "'- Enterprises, cooperatives associated with consumption of key products reach 100% of output'." },
        }, tuyenQuang(100)),
        row({ code: 'x8', measure: 'flag', op: '=', textStatus: 'provincial',
          text: { vi: 'Có sản phẩm OCOP được công nhận từ 4 sao trở lên', en: 'OCOP products recognised at 4 stars or more' },
          note: { vi: 'Bản tiếng Anh của bài báo, dịch lại: có sản phẩm OCOP được công nhận từ 4 sao trở lên. Không nêu cần bao nhiêu sản phẩm: chỉ tiêu đánh giá đạt/không đạt.', en: "'- OCOP products are recognised from 4-star products or more.' How many such products are needed is not stated: a flag." },
        }, tuyenQuang(true)),
        row({ code: 'x9', measure: 'count', op: '>=', textStatus: 'provincial',
          text: { vi: 'Số mô hình sản xuất nông nghiệp ứng dụng công nghệ cao', en: 'Number of high-technology agricultural production models' },
          note: { vi: 'Bản tiếng Anh của bài báo, dịch lại: 1 mô hình sản xuất nông nghiệp ứng dụng công nghệ cao; hiểu là ít nhất 1.', en: "'- 1 model of agricultural production applying high technology'; read as at least 1." },
        }, tuyenQuang(1)),
        row({ code: 'x10', measure: 'percent', op: '>=', textStatus: 'provincial',
          text: { vi: 'Tỷ lệ sản phẩm chủ lực được bán qua kênh thương mại điện tử', en: 'Share of key products sold through e-commerce channels' },
          note: { vi: 'Bản tiếng Anh của bài báo, dịch lại: 30% sản phẩm chủ lực được bán qua kênh thương mại điện tử; hiểu là ít nhất 30%. Bài báo lược bớt một đoạn sau dòng này.', en: "'- 30% of key products sold through e-commerce channels'; read as at least 30%. The article leaves out a passage after this row." },
        }, tuyenQuang(30)),
        row({ code: 'x11', measure: 'percent', op: '>=', textStatus: 'provincial',
          text: { vi: 'Tỷ lệ thôn có câu lạc bộ văn hóa, văn nghệ hoạt động thường xuyên', en: 'Share of villages with culture and performance clubs operating regularly' },
        }, over(90, { vi: 'trên 90% số thôn có câu lạc bộ văn hóa, văn nghệ hoạt động thường xuyên.', en: '- More than 90% of villages have culture and performance clubs regularly operating' })),
        row({ code: 'x12', measure: 'count', op: '>=', textStatus: 'provincial',
          text: { vi: 'Số điểm du lịch nông thôn hoạt động hiệu quả', en: 'Number of rural tourist destinations operating effectively' },
          note: { vi: 'Bài báo lược bớt một đoạn sau dòng này.', en: 'The article leaves out a passage after this row.' },
        }, over(1, { vi: 'có trên 1 điểm du lịch nông thôn hoạt động hiệu quả.', en: '- Over 1 rural tourist destination operating effectively' })),
        row({ code: 'x13', measure: 'count', op: '>=', textStatus: 'provincial',
          text: { vi: "Số thôn đạt 'Tiêu chí thôn thông minh'", en: "Number of hamlets meeting the 'Smart Village Criteria'" },
          note: { vi: 'Mục 3 của bài báo (bản tiếng Anh, dịch lại): có ít nhất 1 thôn đạt tiêu chí thôn thông minh (KM.3 của 319/QĐ-TTg cũng yêu cầu như vậy).', en: "Item 3 of the article: '3. There is at least 1 hamlet meeting the “Smart Village Criteria”' (319/QĐ-TTg KM.3 asks the same)." },
        }, tuyenQuang(1)),
        row({ code: 'x14', measure: 'percent', op: '>=', textStatus: 'provincial',
          text: { vi: 'Tỷ lệ cơ sở chăn nuôi bảo đảm quy định về thú y và vệ sinh môi trường', en: 'Share of livestock establishments meeting veterinary and environmental hygiene rules' },
          note: { vi: 'Bản tiếng Anh của bài báo, dịch lại: 100% cơ sở chăn nuôi bảo đảm quy định về thú y và vệ sinh môi trường.', en: "'- 100% of livestock establishments ensure veterinary and environmental hygiene regulations'." },
        }, tuyenQuang(100)),
      ],
    ),
  ],
});
