// 558/QĐ-TTg: Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2016–2020.
// Towns and provincial cities completing the NTM task, 2016–2020.
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { single } from '../../table.js';
import { S_2540, S_558GT } from '../../sources.js';

const { set } = single;

/**
 * Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2016–2020 (558/QĐ-TTg).
 * Towns and provincial cities completing the NTM task, 2016–2020.
 * @example
 * town558.criteria.length; // 0
 */
export const town558 = set({
  id: 'town-2016-2020',
  family: 'town-2016-2020',
  version: '558/QĐ-TTg',
  level: 'town',
  title: { vi: 'Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2016–2020', en: 'Towns and provincial cities completing the NTM task, 2016–2020' },
  period: { from: '2016-04-05', to: '2022-03-07' },
  years: { from: 2016, to: 2022 },
  legalBasis: [basis('558/QĐ-TTg', 'base')],
  columnRules: [
    { id: 'town-2016-2020.r1', text: { vi: 'Không phân vùng.', en: 'Not regionalised.' }, status: 'verified', sources: ['S_558GT'] },
  ],
  sources: { S_2540, S_558GT },
  notes: [
    { vi: '9 tiêu chí huyện: Quy hoạch; Giao thông; Thủy lợi; Điện; Y tế - Văn hóa - Giáo dục; Sản xuất; Môi trường; An ninh, trật tự xã hội; Chỉ đạo xây dựng nông thôn mới [đã kiểm chứng trong văn bản công khai: S_558GT, SC_TT35]. Không chia theo vùng.', en: '9 huyện criteria: Quy hoạch; Giao thông; Thủy lợi; Điện; Y tế - Văn hóa - Giáo dục; Sản xuất; Môi trường; An ninh, trật tự xã hội; Chỉ đạo xây dựng nông thôn mới [verified in a public text: S_558GT, SC_TT35]. Not regionalised.' },
    { vi: 'Bảng chỉ tiêu thấy trên cổng dữ liệu của huyện Giao Thủy, bị cắt tại 9.1 [đã kiểm chứng trong văn bản công khai: S_558GT].', en: 'Indicator table seen on the Giao Thủy district data portal, cut off at 9.1 [verified in a public text: S_558GT].' },
    { vi: 'Chưa tìm thấy ngày hiệu lực; period.from lấy ngày ký.', en: 'Effective date not found; period.from uses the signing date.' },
    { vi: 'Chưa tìm thấy Điều 2 (những tiêu chí huyện nào cũng áp dụng cho thị xã, thành phố thuộc tỉnh) [chưa tìm thấy].', en: 'Điều 2 (which huyện criteria also apply to thị xã / thành phố thuộc tỉnh) NOT retrieved [not found].' },
    { vi: 'Hướng dẫn: TT 35/2016/TT-BNNPTNT [đã kiểm chứng trong văn bản công khai: S_TT35, SC_TT35].', en: 'Guidance: TT 35/2016/TT-BNNPTNT [verified in a public text: S_TT35, SC_TT35].' },
    { vi: "Trường hợp Tam Đảo (Vĩnh Phúc, ĐBSH): đạt 9/9 tiêu chí huyện nhưng không đạt điều kiện '100% số xã' vì 6 xã của huyện chưa đạt mức xã của vùng ĐBSH [chưa thấy trong văn bản]. Các đơn vị: thị trấn Tam Đảo, Hợp Châu, Đại Đình; xã Đạo Trù, Yên Dương, Bồ Lý, Minh Quang, Hồ Sơn, Tam Quan [đã kiểm chứng trong văn bản công khai: SC_UNPKG] (việc gắn với '6 xã' là suy luận). Các xã được công nhận: năm 2013 Bồ Lý, Hồ Sơn; năm 2014 Hợp Châu; năm 2015 Minh Quang; năm 2016 Yên Dương; năm 2017 Tam Quan, Đại Đình; năm 2018 Đạo Trù - bốn xã đầu được công nhận trước khi có QĐ 1980 [đã kiểm chứng trong văn bản công khai: SC_TAMDAO_YEARS]. Năm 2011 Hồ Sơn đạt 3/19 tiêu chí [đã kiểm chứng trong văn bản công khai: SC_HOSON2011]. Tỉnh rà soát ngày 29/07/2019 (công văn 5645/2019): đủ điều kiện cho năm 2018 với 8/8 xã và 9/9 tiêu chí [đã kiểm chứng trong văn bản công khai: SC_TAMDAO2019]. Địa lý: Vĩnh Phúc có vùng đồng bằng, trung du và miền núi; Tam Đảo là huyện miền núi tiêu biểu của tỉnh [đã kiểm chứng trong văn bản công khai: SC_PASTEBIN, SC_KIENTRUC]. Chưa tìm thấy kết quả (năm, số QĐ-TTg công nhận, nếu có). Sau ngày 30/6/2025, thị trấn Tam Đảo, Hợp Châu, xã Hồ Sơn và Minh Quang sáp nhập thành xã Tam Đảo; bỏ cấp huyện [đã kiểm chứng trong văn bản công khai: SC_NGOISAO]. Tỉnh hỗ trợ 27,8 tỷ đồng [chưa thấy trong văn bản].", en: "The Tam Đảo case (Vĩnh Phúc, ĐBSH): met 9/9 district criteria but failed '100% communes' because its 6 communes did not meet the ĐBSH commune targets [not seen in a text]. Units: thị trấn Tam Đảo, Hợp Châu, Đại Đình; xã Đạo Trù, Yên Dương, Bồ Lý, Minh Quang, Hồ Sơn, Tam Quan [verified in a public text: SC_UNPKG] (link to '6 communes' inferred). Communes recognised 2013 Bồ Lý, Hồ Sơn; 2014 Hợp Châu; 2015 Minh Quang; 2016 Yên Dương; 2017 Tam Quan, Đại Đình; 2018 Đạo Trù - the first four before QĐ 1980 existed [verified in a public text: SC_TAMDAO_YEARS]. Hồ Sơn met 3/19 criteria in 2011 [verified in a public text: SC_HOSON2011]. Province pre-check 29/07/2019 (công văn 5645/2019): eligible for 2018 with 8/8 communes and 9/9 criteria [verified in a public text: SC_TAMDAO2019]. Geography: Vĩnh Phúc has plain, midland and mountain zones; Tam Đảo is its typical mountainous district [verified in a public text: SC_PASTEBIN, SC_KIENTRUC]. Outcome (year, QĐ-TTg number of any recognition) not found. After 30/6/2025 thị trấn Tam Đảo, Hợp Châu, xã Hồ Sơn and Minh Quang merged into xã Tam Đảo; district level abolished [verified in a public text: SC_NGOISAO]. Province support 27.8 billion VND [not seen in a text]." },
  ],
  conditions: [
    { id: 'allCommunesNTM', text: { vi: '100% số xã trên địa bàn đạt chuẩn nông thôn mới', en: '100% of the communes in the town/city meet the NTM standard (not seen in a text; QĐ 558 wording not seen)' }, purpose: 'recognition', status: 'recalled', sources: [], check: { kind: 'unit-share', unitLevel: 'commune', standard: 'meets-set', op: '>=', percent: 100 }, document: '2540/QĐ-TTg', note: { vi: 'Cách kiểm tra: 100% số xã được công nhận đạt chuẩn NTM.', en: 'Reference check: share(communes recognised as NTM) == 100%' } },
    { id: 'conditions2540', text: { vi: 'Điều kiện QĐ 2540 cho thị xã/TP: đăng ký + 100% xã đạt chuẩn + đạt yêu cầu QĐ 558 + không nợ đọng XDCB', en: 'QĐ 2540 conditions for towns/cities were not retrieved (Dân trí excerpt cut); expected by analogy: registration + 100% communes NTM + QĐ 558 requirements + no XDCB debt' }, purpose: 'recognition', status: 'recalled', sources: ['S_2540'], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có (chưa có toàn văn).', en: 'Reference check: n/a (text not retrieved)' } },
    { id: 'districtCriteriaSubset', text: { vi: 'Các tiêu chí huyện áp dụng cho thị xã, thành phố thuộc tỉnh (Điều 2 QĐ 558)', en: 'Which district criteria also apply to towns/cities (Art. 2 of QĐ 558): not retrieved' }, purpose: 'criteria', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có.', en: 'Reference check: n/a' } },
    { id: 'authority', text: { vi: 'Thủ tướng Chính phủ xét, công nhận và công bố thị xã, thành phố thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng NTM', en: 'The Prime Minister recognises towns/cities as having completed the NTM task (QĐ 2540)' }, purpose: 'procedure', status: 'verified', sources: ['S_2540'], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: do Thủ tướng Chính phủ công nhận.', en: "Reference check: recognisedBy == 'Thủ tướng Chính phủ'" } },
  ],
  criteria: [
  ],
});
