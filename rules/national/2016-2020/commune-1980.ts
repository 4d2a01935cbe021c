// 1980/QĐ-TTg: Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020.
// National criteria for NTM communes, 2016–2020.
// A row is one indicator; its cells follow the decree's seven regional columns:
// TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL (`same(…)`: one value for every region; `each(…)`: the
// same value printed in every column). Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { cases, each, same, unverified, verified, regions } from '../../table.js';
import { H12, H13, RG_VL_DIEN, RG_VL_NHAO, SC_TAMDAO, SC_TC07, SC_VP22, S_2540, S_BK, S_CSVH, S_CSVH2, S_DN13, S_EVN, S_GD, S_GT1, S_GT2, S_HTCT, S_INFONET, S_MT, S_NA_EN, S_NO, S_QH, S_SGDVL, S_SLNV, S_TB441, S_TBTV, S_TCSX, S_THMT, S_THVL, S_TKL, S_TL, S_TN, S_TTTT, S_TVPLN, S_VH, S_VL16, S_VP, S_YT } from '../../sources.js';

const { row, criterion, group, set } = regions;

// Indicator 10 (income) is stated "đến năm 2020" (by 2020): each value applies from 2020, the
// year it names, while the set is in force (it was still applied in 2021). The threshold of
// 2016–2019 is not found in a public text, so for those years the target is unknown and the
// 2020 value is shown as a candidate, never applied backwards (issue 13).
const FROM_2020 = { years: { from: 2020 } } as const;
const until2019 = (value: number, sources: readonly ('S_TN' | 'S_VL16' | 'S_THVL')[]) =>
  unverified('not-found', [], {
    years: { to: 2019 },
    candidates: [{ value, sources, note: { vi: 'Mức nêu cho năm 2020, không phải mức của các năm đánh giá trước đó.', en: 'The value stated for 2020, not the threshold of an earlier assessment year.' } }],
    note: { vi: 'Quyết định nêu mức này cho năm 2020 ("đến năm 2020"); mức của các năm 2016–2019 tăng dần hằng năm và chưa tìm thấy trong văn bản công khai.', en: 'The decree states this value for 2020 ("đến năm 2020"); the threshold of 2016–2019 rises every year and is not found in a public text.' },
  });

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020 (1980/QĐ-TTg).
 * National criteria for NTM communes, 2016–2020.
 * @example
 * commune1980.criteria.length; // 19
 */
export const commune1980 = set({
  id: 'commune-2016-2020',
  family: 'commune-2016-2020',
  version: '1980/QĐ-TTg',
  level: 'commune',
  title: { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020', en: 'National criteria for NTM communes, 2016–2020' },
  period: { from: '2016-12-01', to: '2022-03-07' },
  years: { from: 2016, to: 2022 },
  legalBasis: [basis('1980/QĐ-TTg', 'base')],
  columnRules: [
    { id: 'commune-2016-2020.r1', text: { vi: 'Mỗi chỉ tiêu có chỉ tiêu chung (cả nước) và chỉ tiêu theo 7 vùng.', en: 'Each indicator has a general (nationwide) target and targets for 7 regions; the general column is kept in notes.' }, status: 'verified', sources: ['S_NA_EN'] },
    { id: 'commune-2016-2020.r2', text: { vi: 'Xã được đánh giá theo cột của vùng của tỉnh (mặc định).', en: "A commune is assessed against its province's regional column by default - inferred from the Tam Đảo case: Tam Đảo (Vĩnh Phúc) communes were tested against the ĐBSH column in 2020–2021." }, status: 'recalled', sources: ['SC_TAMDAO'] },
    { id: 'commune-2016-2020.r3', text: { vi: 'UBND cấp tỉnh có thể quy định mức cao hơn / cụ thể trong khung quốc gia (Điều 2).', en: "Provincial People's Committees may set stricter or specific values within the national frame (Art. 2, as reported)." }, status: 'verified', sources: ['S_EVN'] },
    { id: 'commune-2016-2020.r4', text: { vi: 'Các chỉ tiêu 2.1–2.4, 3.1, 6.1: UBND cấp tỉnh quy định cụ thể.', en: 'Indicators 2.1–2.4, 3.1 and 6.1 carry footnotes delegating specifics to the province.' }, status: 'verified', sources: ['S_GT1', 'S_GT2', 'S_NA_EN', 'S_TL', 'S_CSVH', 'S_CSVH2'] },
    { id: 'commune-2016-2020.r5', text: { vi: 'Quy tắc ngoại lệ áp dụng cột vùng khác (vd. xã miền núi → TDMNPB) trong giai đoạn 2016–2020: chưa tìm thấy.', en: "Any exception assigning communes to another region's column in 2016–2020 was not found (whether Vĩnh Phúc QĐ 22/2017 did so could not be checked)." }, status: 'not-found', sources: ['SC_VP22'] },
  ],
  facts: {
    outstandingConstructionDebt: { kind: 'number', text: { vi: 'Nợ đọng xây dựng cơ bản trong xây dựng NTM (triệu đồng)', en: 'Outstanding capital-construction debt in the NTM programme (million VND)' } },
    registeredInPlan: { kind: 'boolean', text: { vi: 'Đã đăng ký và được đưa vào kế hoạch của cấp trên', en: "Registered and included in the higher level's plan" } },
  },
  sources: { RG_VL_DIEN, RG_VL_NHAO, SC_TAMDAO, SC_TC07, SC_VP22, S_2540, S_BK, S_CSVH, S_CSVH2, S_DN13, S_EVN, S_GD, S_GT1, S_GT2, S_HTCT, S_INFONET, S_MT, S_NA_EN, S_NO, S_QH, S_SGDVL, S_SLNV, S_TB441, S_TBTV, S_TCSX, S_THMT, S_THVL, S_TKL, S_TL, S_TN, S_TTTT, S_TVPLN, S_VH, S_VL16, S_VP, S_YT, H12, H13 },
  notes: [
    { vi: 'Có hiệu lực từ ngày 01/12/2016 [đã kiểm chứng trong văn bản công khai: S_TVPLN, S_TKL, S_TBTV]; thay thế QĐ 491/QĐ-TTg (16/4/2009) và QĐ 342/QĐ-TTg (20/02/2013) [đã kiểm chứng trong văn bản công khai: S_TKL].', en: 'Effective 01/12/2016 [verified in a public text: S_TVPLN, S_TKL, S_TBTV]; replaces QĐ 491/QĐ-TTg (16/4/2009) and QĐ 342/QĐ-TTg (20/02/2013) [verified in a public text: S_TKL].' },
    { vi: '5 nhóm, 19 tiêu chí: nhóm 1 Quy hoạch (1); nhóm 2 Hạ tầng kinh tế - xã hội (2–9); nhóm 3 Kinh tế và tổ chức sản xuất (10–13); nhóm 4 Văn hóa - xã hội - môi trường (14–17); nhóm 5 Hệ thống chính trị (18–19) [đã kiểm chứng trong văn bản công khai: S_VP, S_NA_EN].', en: '5 groups / 19 criteria: G1 Quy hoạch (1); G2 Hạ tầng kinh tế - xã hội (2–9); G3 Kinh tế và tổ chức sản xuất (10–13); G4 Văn hóa - xã hội - môi trường (14–17); G5 Hệ thống chính trị (18–19) [verified in a public text: S_VP, S_NA_EN].' },
    { vi: 'Cách chia nhóm không thống nhất: S_VL16 chia 1/8/4/6 (tiêu chí 14–19 chung một nhóm), còn S_VP và S_NA_EN chia 5 nhóm (1/8/4/4/2). Chưa thống nhất được; ở đây tiêu chí 18–19 được xếp vào nhóm 5 [nguồn mâu thuẫn: S_VL16, S_VP, S_NA_EN].', en: 'Grouping discrepancy: S_VL16 is recorded with group sizes 1/8/4/6 (criteria 14–19 in one group), while S_VP and S_NA_EN give 5 groups (1/8/4/4/2). Not reconciled; criteria 18–19 are placed in G5 here [sources conflict: S_VL16, S_VP, S_NA_EN].' },
    { vi: '49 chỉ tiêu (mã theo quyết định; số thứ tự của các dòng chưa kiểm chứng là nhớ lại, chưa thấy trong văn bản). Ở đây 17.1 được tách thành 17.1a/17.1b (nước hợp vệ sinh nói chung / phần nước sạch).', en: '49 indicators (codes as used in the decision; the numbering of unverified rows is recalled, not seen in a text). Here 17.1 is split into 17.1a/17.1b (total / clean-water share).' },
    { vi: "Các cột: 'chỉ tiêu chung' (cả nước) và 7 vùng [đã kiểm chứng trong văn bản công khai: S_NA_EN]. Cột Chung không phải mức đạt của xã; được ghi trong ghi chú của từng chỉ tiêu.", en: "Columns: 'chỉ tiêu chung' (nationwide) + 7 regions [verified in a public text: S_NA_EN]. The Chung column is not a commune's threshold; it is kept in each indicator's note." },
    { vi: 'Chưa có bảng chỉ tiêu của chính quyết định: mọi giá trị đã kiểm chứng đều lấy từ văn bản trình bày lại (hỏi đáp của TVPL, Thư Ký Luật; tin chính thống; cổng thông tin của tỉnh). Cần đối chiếu với Công báo (congbao.chinhphu.vn) trước khi dùng chính thức.', en: 'The decision table itself was never retrieved: every VERIFIED value comes from a secondary restatement (TVPL/Thư Ký Luật Q&A, official news, provincial portals). Re-check against the official gazette (congbao.chinhphu.vn) before production use.' },
    { vi: 'UBND cấp tỉnh có thể quy định mức cao hơn hoặc cụ thể hơn trong khung chung toàn quốc (Điều 2, theo nguồn) [đã kiểm chứng trong văn bản công khai: S_EVN]; văn bản trình bày lại của tỉnh (ví dụ Bắc Kạn) có thể khác cột vùng của quyết định [đã kiểm chứng trong văn bản công khai: S_BK].', en: 'Provincial UBND may set stricter/specific values within the national frame (Điều 2, as reported) [verified in a public text: S_EVN]; provincial restatements (e.g. Bắc Kạn) can differ from the national regional column [verified in a public text: S_BK].' },
    { vi: "Các nguồn hỏi đáp ghi 'tối thiểu' cả với chỉ tiêu là mức tối đa (15.3); phép so sánh ở đây theo ý nghĩa của chỉ tiêu.", en: "Q&A sources write 'tối thiểu' even for ceiling indicators (15.3); ops here follow the meaning of the indicator." },
    { vi: "Quy tắc đạt: xã đạt chuẩn NTM khi đạt 100% (19/19) tiêu chí [đã kiểm chứng trong văn bản công khai: S_2540]. 'Đạt 19/19' chưa phải là 'được công nhận' (Vĩnh Phúc năm 2017: 87 xã đạt 19 tiêu chí, 74 xã được công nhận) [đã kiểm chứng trong văn bản công khai: SC_TC05].", en: "Pass rule: xã đạt chuẩn NTM khi đạt 100% (19/19) tiêu chí [verified in a public text: S_2540]. 'Đạt 19/19' is not the same as 'được công nhận' (Vĩnh Phúc 2017: 87 communes at 19 criteria, 74 recognised) [verified in a public text: SC_TC05]." },
    { vi: 'Lộ trình thu nhập: chỉ mức đến năm 2020 đã được kiểm chứng; chưa tìm thấy mức của từng năm 2016–2019 trong văn bản công khai nào. Mức đạt tăng hằng năm [đã kiểm chứng trong văn bản công khai: S_THVL, RG_THANHHOA_TN].', en: 'Income roadmap: only the 2020 end-targets are VERIFIED; the per-year thresholds 2016–2019 are not found in any public text. The target rises every year [verified in a public text: S_THVL, RG_THANHHOA_TN].' },
    { vi: 'Hướng dẫn tạm thời của Bộ NN&PTNT cho các năm 2016–2017: mức của năm = chuẩn vùng năm 2015 + (mức năm 2020 theo QĐ 342 − chuẩn năm 2015)/5 cho mỗi năm; ví dụ ĐBSCL năm 2016 = (49−29)/5+29 = 33 triệu đồng/người. Xã đạt tiêu chí 10 nếu thu nhập ≥ mức của vùng năm đó. Hộ nghèo 2016–2017: xã đạt tiêu chí 11 nếu tỷ lệ ≤ tỷ lệ của vùng áp dụng cho 2016–2017 (tỷ lệ do Bộ LĐTBXH đề xuất, không nêu giá trị) [đã kiểm chứng trong văn bản công khai: S_ANLAO]. Lưu ý: dựa trên mức của QĐ 342 (ĐBSCL 49), không phải QĐ 1980 (ĐBSCL 50); không phải căn cứ cho các năm 2018–2019.', en: "BNN temporary guidance for 2016–2017: threshold(year) = 2015 regional standard + (2020 target per QĐ 342 − 2015 standard)/5 per year; e.g. ĐBSCL 2016 = (49−29)/5+29 = 33 triệu đồng/người. A xã meets criterion 10 if its income ≥ that year's regional threshold. Poverty 2016–2017: xã meets 11 if its rate ≤ the regional rate applied for 2016–2017 (rates proposed by MOLISA, values not given) [verified in a public text: S_ANLAO]. Caveat: based on QĐ 342 targets (ĐBSCL 49), not QĐ 1980 (ĐBSCL 50); not a basis for 2018–2019." },
    { vi: 'Ngày kết thúc 31/12/2020 là ngày cuối của giai đoạn ghi trong tên bộ; chưa tìm thấy ngày hết hiệu lực. Bài viết năm 2021 cho thấy cột ĐBSH của 1980 vẫn được áp dụng cho các xã của Tam Đảo [đã kiểm chứng trong văn bản công khai: SC_TAMDAO].', en: 'Period end 2020-12-31 is the end of the named period; no repeal date was found. The 1980 ĐBSH column was still applied to Tam Đảo communes in the 2021 article [verified in a public text: SC_TAMDAO].' },
    { vi: 'Chưa kiểm tra được QĐ 22/2017/QĐ-UBND của Vĩnh Phúc có cho các xã miền núi (Tam Đảo) áp dụng cột TDMNPB hay không (mới thấy phần đầu) [chưa tìm thấy: SC_VP22].', en: 'Whether Vĩnh Phúc QĐ 22/2017/QĐ-UBND let mountain communes (Tam Đảo) use TDMNPB columns could not be checked (opening only) [not found: SC_VP22].' },
    { vi: 'Văn bản trình bày lại của các tỉnh, mới thấy tên hoặc phần mở đầu: Hòa Bình QĐ 816/QĐ-UBND (19/5/2017) [đã kiểm chứng trong văn bản công khai: S_HB]; Điện Biên QĐ 455/QĐ-UBND (25/5/2017) [đã kiểm chứng trong văn bản công khai: S_DB]; Vĩnh Phúc QĐ 22/2017/QĐ-UBND [đã kiểm chứng trong văn bản công khai: SC_VP22].', en: 'Provincial restatements seen only by title/preamble: Hòa Bình QĐ 816/QĐ-UBND (19/5/2017) [verified in a public text: S_HB]; Điện Biên QĐ 455/QĐ-UBND (25/5/2017) [verified in a public text: S_DB]; Vĩnh Phúc QĐ 22/2017/QĐ-UBND [verified in a public text: SC_VP22].' },
  ],
  conditions: [
    { id: 'registered', text: { vi: 'Có đăng ký xã đạt chuẩn NTM và được UBND cấp huyện đưa vào kế hoạch thực hiện', en: "Commune registered as an NTM candidate and included in the district's plan (QĐ 2540)" }, purpose: 'recognition', status: 'verified', sources: ['S_2540'], check: { kind: 'fact', fact: 'registeredInPlan', op: '=', value: true }, document: '2540/QĐ-TTg', note: { vi: 'Cách kiểm tra: xã đã đăng ký trong kế hoạch của huyện.', en: 'Reference check: registeredInDistrictPlan == true' } },
    { id: 'allCriteria', text: { vi: 'Có 100% tiêu chí thực hiện trên địa bàn xã đạt chuẩn theo quy định', en: '100% of the criteria met (QĐ 2540)' }, purpose: 'recognition', status: 'verified', sources: ['S_2540'], check: { kind: 'criteria-met' }, document: '2540/QĐ-TTg', note: { vi: 'Cách kiểm tra: đạt đủ 19 tiêu chí.', en: 'Reference check: count(criteria met) == 19' } },
    { id: 'noDebt', text: { vi: 'Không có nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới', en: 'No outstanding basic-construction debt in NTM building (QĐ 2540); applied in Vĩnh Phúc 2018 appraisals (TC-07)' }, purpose: 'recognition', status: 'verified', sources: ['S_2540', 'SC_TC07'], check: { kind: 'fact', fact: 'outstandingConstructionDebt', op: '<=', value: 0 }, document: '2540/QĐ-TTg', note: { vi: 'Cách kiểm tra: không còn nợ đọng xây dựng cơ bản.', en: 'Reference check: outstandingBasicConstructionDebt == 0' } },
  ],
  criteria: [
    ...group({ vi: 'Nhóm 1. Quy hoạch', en: 'Group 1. Planning' }, [
      criterion({ id: '1', number: 1, name: { vi: 'Quy hoạch', en: 'Planning' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '1.1', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn', en: 'The commune has an approved general construction plan, published on time' },
          note: { vi: 'Như nhau ở mọi vùng [đã kiểm chứng trong văn bản công khai: S_QH]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): Đạt.', en: 'Same for all regions [verified in a public text: S_QH]. Chung (cả nước, not a commune threshold): Đạt.' },
        }, same(verified(true, ['S_QH']))),
        row({ code: '1.2', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch', en: 'Regulations on managing the general plan are issued and the plan is implemented' },
          note: { vi: 'Như nhau ở mọi vùng [đã kiểm chứng trong văn bản công khai: S_QH]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): Đạt.', en: 'Same for all regions [verified in a public text: S_QH]. Chung (cả nước, not a commune threshold): Đạt.' },
        }, same(verified(true, ['S_QH']))),
      ]),
    ]),
    ...group({ vi: 'Nhóm 2. Hạ tầng kinh tế - xã hội', en: 'Group 2. Socio-economic infrastructure' }, [
      criterion({ id: '2', number: 2, name: { vi: 'Giao thông', en: 'Transport' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '2.1', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Đường xã và đường từ trung tâm xã đến đường huyện được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện quanh năm', en: 'Commune roads and roads from the commune centre to the district road are asphalted or concreted, passable by car all year' },
          note: { vi: "Chú thích: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội, đảm bảo tính kết nối của hệ thống giao thông trên địa bàn' - trong giai đoạn 2016–2020, tỷ lệ cứng hóa đường do tỉnh quy định, không có mức chung toàn quốc [đã kiểm chứng trong văn bản công khai: S_GT1, S_GT2, S_NA_EN]. Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng. Vĩnh Phúc (ĐBSH) áp dụng cho Tam Đảo mức 100% đường trục xã được cứng hóa [chỉ thấy ở văn bản của tỉnh: SC_TAMDAO].", en: "Footnote: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội, đảm bảo tính kết nối của hệ thống giao thông trên địa bàn' - numeric road-hardening ratios are provincial, not national, in 2016–2020 [verified in a public text: S_GT1, S_GT2, S_NA_EN]. The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording. Vĩnh Phúc (ĐBSH) applied 'trục xã hardened 100%' to Tam Đảo [seen only in a province's text: SC_TAMDAO]." },
        }, same(verified(true, ['S_GT1', 'S_GT2']))),
        row({ code: '2.2', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Đường trục thôn, bản, ấp và đường liên thôn, bản, ấp ít nhất được cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm', en: 'Village trunk and inter-village roads at least hardened, passable by car all year' },
          note: { vi: "Chú thích: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội, đảm bảo tính kết nối của hệ thống giao thông trên địa bàn' - trong giai đoạn 2016–2020, tỷ lệ cứng hóa đường do tỉnh quy định, không có mức chung toàn quốc [đã kiểm chứng trong văn bản công khai: S_GT1, S_GT2, S_NA_EN]. Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng. Vĩnh Phúc (ĐBSH) áp dụng mức 100% đường trục thôn, liên thôn được cứng hóa (Tam Đảo cuối năm 2020: 80%, chưa đạt) [chỉ thấy ở văn bản của tỉnh: SC_TAMDAO].", en: "Footnote: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội, đảm bảo tính kết nối của hệ thống giao thông trên địa bàn' - numeric road-hardening ratios are provincial, not national, in 2016–2020 [verified in a public text: S_GT1, S_GT2, S_NA_EN]. The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording. Vĩnh Phúc (ĐBSH) applied 'trục thôn / liên thôn hardened 100%' (Tam Đảo end-2020: 80%, chưa đạt) [seen only in a province's text: SC_TAMDAO]." },
        }, same(verified(true, ['S_GT1', 'S_GT2']))),
        row({ code: '2.3', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Đường ngõ, xóm sạch và không lầy lội vào mùa mưa', en: 'Lanes and hamlet roads clean and not muddy in the rainy season' },
          note: { vi: "Chú thích: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội, đảm bảo tính kết nối của hệ thống giao thông trên địa bàn' - trong giai đoạn 2016–2020, tỷ lệ cứng hóa đường do tỉnh quy định, không có mức chung toàn quốc [đã kiểm chứng trong văn bản công khai: S_GT1, S_GT2, S_NA_EN]. Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng. Vĩnh Phúc (ĐBSH) áp dụng mức 100% đường ngõ xóm và đường nội đồng được cứng hóa (Tam Đảo cuối năm 2020: 80%) [chỉ thấy ở văn bản của tỉnh: SC_TAMDAO].", en: "Footnote: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội, đảm bảo tính kết nối của hệ thống giao thông trên địa bàn' - numeric road-hardening ratios are provincial, not national, in 2016–2020 [verified in a public text: S_GT1, S_GT2, S_NA_EN]. The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording. Vĩnh Phúc (ĐBSH) applied 'ngõ xóm and nội đồng hardened 100%' (Tam Đảo end-2020: 80%) [seen only in a province's text: SC_TAMDAO]." },
        }, same(verified(true, ['S_GT1', 'S_GT2']))),
        row({ code: '2.4', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm', en: 'Main field roads allow convenient transport of goods all year' },
          note: { vi: "Chú thích: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội, đảm bảo tính kết nối của hệ thống giao thông trên địa bàn' - trong giai đoạn 2016–2020, tỷ lệ cứng hóa đường do tỉnh quy định, không có mức chung toàn quốc [đã kiểm chứng trong văn bản công khai: S_GT1, S_GT2, S_NA_EN]. Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng. Vĩnh Phúc (ĐBSH) áp dụng mức 100% đường ngõ xóm và đường nội đồng được cứng hóa (Tam Đảo cuối năm 2020: 80%) [chỉ thấy ở văn bản của tỉnh: SC_TAMDAO].", en: "Footnote: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội, đảm bảo tính kết nối của hệ thống giao thông trên địa bàn' - numeric road-hardening ratios are provincial, not national, in 2016–2020 [verified in a public text: S_GT1, S_GT2, S_NA_EN]. The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording. Vĩnh Phúc (ĐBSH) applied 'ngõ xóm and nội đồng hardened 100%' (Tam Đảo end-2020: 80%) [seen only in a province's text: SC_TAMDAO]." },
        }, same(verified(true, ['S_GT1', 'S_GT2']))),
      ]),
      criterion({ id: '3', number: 3, name: { vi: 'Thủy lợi', en: 'Irrigation' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '3.1', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động đạt từ 80% trở lên', en: 'Share of agricultural land with active irrigation and drainage, at least 80%' },
          note: { vi: "Mức 80% nằm trong câu chữ của chỉ tiêu; chưa thấy các cột vùng ghi 'Đạt' hay '≥80%'. Chú thích: 'UBND cấp tỉnh quy định cụ thể theo hướng đảm bảo mục tiêu cơ cấu lại ngành nông nghiệp, thích ứng với biến đổi khí hậu và hình thành các vùng sản xuất nông sản hàng hóa phát triển bền vững' [đã kiểm chứng trong văn bản công khai: S_TL]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): Đạt (≥80%).", en: "The 80% threshold is in the indicator wording; whether the region columns read 'Đạt' or '≥80%' was not seen. Footnote: 'UBND cấp tỉnh quy định cụ thể theo hướng đảm bảo mục tiêu cơ cấu lại ngành nông nghiệp, thích ứng với biến đổi khí hậu và hình thành các vùng sản xuất nông sản hàng hóa phát triển bền vững' [verified in a public text: S_TL]. Chung (cả nước, not a commune threshold): Đạt (≥80%)." },
        }, same(verified(80, ['S_TL']))),
        row({ code: '3.2', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Đảm bảo đủ điều kiện đáp ứng yêu cầu dân sinh và theo quy định về phòng chống thiên tai tại chỗ', en: "Conditions meet residents' needs and on-the-spot disaster-prevention rules" },
          note: { vi: "Hướng dẫn: phương châm 'bốn tại chỗ' trong phòng, chống thiên tai [đã kiểm chứng trong văn bản công khai: S_TL]. Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng.", en: "Guidance: 'bốn tại chỗ' (four on-the-spot) disaster-prevention arrangements [verified in a public text: S_TL]. The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording." },
        }, same(verified(true, ['S_TL']))),
      ]),
      criterion({ id: '4', number: 4, name: { vi: 'Điện', en: 'Electricity' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '4.1', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Hệ thống điện đạt chuẩn', en: 'The electricity system meets the standard' },
          note: { vi: 'Câu chữ [đã kiểm chứng trong văn bản công khai: S_EVN, S_BK]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): Đạt [đã kiểm chứng trong văn bản công khai: S_EVN].', en: 'Wording [verified in a public text: S_EVN, S_BK]. Chung (cả nước, not a commune threshold): Đạt [verified in a public text: S_EVN].' },
        }, same(verified(true, ['S_EVN']))),
        row({ code: '4.2', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ hộ có đăng ký sử dụng điện thường xuyên, an toàn từ các nguồn', en: 'Share of households registered to use electricity regularly and safely from all sources' },
          note: { vi: "Câu chữ [đã kiểm chứng trong văn bản công khai: S_EVN, S_TKL]; bài viết của Vĩnh Long ghi 'Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn' (không có cụm 'có đăng ký') [chỉ thấy ở văn bản của tỉnh: RG_VL_DIEN]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≥98% [đã kiểm chứng trong văn bản công khai: S_EVN, S_TKL].", en: "Wording [verified in a public text: S_EVN, S_TKL]; the Vĩnh Long article words it 'Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn' (without 'có đăng ký') [seen only in a province's text: RG_VL_DIEN]. Chung (cả nước, not a commune threshold): ≥98% [verified in a public text: S_EVN, S_TKL]." },
        }, [
          unverified('provincial', ['S_BK'], { candidates: [{ value: 95, sources: ['S_BK'], province: 'Bắc Kạn' }], note: { vi: 'Bộ tiêu chí 2017–2020 của Bắc Kạn (tỉnh thuộc vùng TDMNPB) dùng mức ≥95%; chưa thấy cột TDMNPB trong quyết định.', en: 'Bắc Kạn provincial set 2017–2020 (a TDMNPB province) uses ≥95%; national TDMNPB column not seen.' } }), // TDMNPB
          unverified('recalled', [], { note: { vi: 'Mức ≥99% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). Giống cột của QĐ 491/2009 (S_QD491); chưa thấy mức năm 2016.', en: 'Recalled ≥99% (not used as a value). Same as the QĐ 491/2009 column (S_QD491); 2016 value not seen.' } }), // ĐBSH
          unverified('recalled', [], { note: { vi: 'Mức ≥98% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). Giống cột của QĐ 491/2009.', en: 'Recalled ≥98% (not used as a value). Same as the QĐ 491/2009 column.' } }), // BTB
          unverified('recalled', [], { note: { vi: 'Mức ≥98% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). Giống cột của QĐ 491/2009.', en: 'Recalled ≥98% (not used as a value). Same as the QĐ 491/2009 column.' } }), // DHNTB
          unverified('recalled', [], { note: { vi: 'Mức ≥98% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). Giống cột của QĐ 491/2009.', en: 'Recalled ≥98% (not used as a value). Same as the QĐ 491/2009 column.' } }), // TN
          unverified('recalled', [], { note: { vi: 'Mức ≥99% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). Giống cột của QĐ 491/2009.', en: 'Recalled ≥99% (not used as a value). Same as the QĐ 491/2009 column.' } }), // ĐNB
          unverified('provincial', ['RG_VL_DIEN'], { candidates: [{ value: 98, sources: ['RG_VL_DIEN'], province: 'Vĩnh Long' }], note: { vi: "Văn bản trình bày lại của Vĩnh Long (ĐBSCL) ngày 31/10/2019: 'đạt từ 98% trở lên'; chưa thấy cột ĐBSCL trong quyết định. Mức ≥98% (cột của QĐ 491) là nhớ lại, chưa thấy trong văn bản.", en: "Vĩnh Long (ĐBSCL) restatement 31/10/2019: 'đạt từ 98% trở lên'; national ĐBSCL column not seen. ≥98% (the QĐ 491 column) is recalled, not seen in a text." } }), // ĐBSCL
        ]),
      ]),
      criterion({ id: '5', number: 5, name: { vi: 'Trường học', en: 'Schools' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '5', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ trường học các cấp (mầm non, mẫu giáo, tiểu học, THCS; hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) có cơ sở vật chất và thiết bị dạy học đạt chuẩn quốc gia', en: 'Share of schools (pre-school, primary, lower secondary, or multi-level up to lower secondary) whose facilities and teaching equipment meet the national standard' },
          note: { vi: 'Sổ tay (QĐ 69/QĐ-BNN-VP, 09/01/2017): trường MN/MG và TH được tính khi đạt chuẩn QG mức độ 1 trở lên; trường THCS khi đạt chuẩn QG; tỷ lệ = số trường đạt / tổng số trường của xã [đã kiểm chứng trong văn bản công khai: S_SGDVL]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≥80% [đã kiểm chứng trong văn bản công khai: S_TKL].', en: 'Sổ tay (QĐ 69/QĐ-BNN-VP, 09/01/2017): MN/MG and TH schools count if đạt chuẩn QG mức độ 1 trở lên; THCS if đạt chuẩn QG; ratio = số trường đạt / tổng số trường của xã [verified in a public text: S_SGDVL]. Chung (cả nước, not a commune threshold): ≥80% [verified in a public text: S_TKL].' },
        }, [
          unverified('recalled', [], { note: { vi: 'Mức ≥70% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥70% (not used as a value).' } }), // TDMNPB
          unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value).' } }), // ĐBSH
          unverified('recalled', [], { note: { vi: 'Mức ≥80% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥80% (not used as a value).' } }), // BTB
          unverified('recalled', [], { note: { vi: 'Mức ≥80% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥80% (not used as a value).' } }), // DHNTB
          unverified('recalled', [], { note: { vi: 'Mức ≥70% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥70% (not used as a value).' } }), // TN
          unverified('recalled', [], { note: { vi: 'Mức ≥80% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥80% (not used as a value).' } }), // ĐNB
          verified(70, ['S_SGDVL'], { note: { vi: 'Sở GD&ĐT Vĩnh Long dẫn Sổ tay: ĐBSCL ≥70%; chưa thấy nguồn trung ương.', en: 'Sở GD&ĐT Vĩnh Long quoting the Sổ tay: ĐBSCL ≥70%; no national source seen.' } }), // ĐBSCL
        ]),
      ]),
      criterion({ id: '6', number: 6, name: { vi: 'Cơ sở vật chất văn hóa', en: 'Cultural facilities' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '6.1', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã', en: 'The commune has a cultural house or multi-purpose hall and a sports ground for the whole commune' },
          note: { vi: "Chú thích: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội / nhu cầu của cộng đồng và đặc điểm văn hóa từng dân tộc' [đã kiểm chứng trong văn bản công khai: S_CSVH, S_CSVH2]. Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng.", en: "Footnote: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội / nhu cầu của cộng đồng và đặc điểm văn hóa từng dân tộc' [verified in a public text: S_CSVH, S_CSVH2]. The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording." },
        }, same(verified(true, ['S_CSVH', 'S_CSVH2']))),
        row({ code: '6.2', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định', en: 'The commune has play, recreation and sports points for children and the elderly' },
          note: { vi: "Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng.", en: "The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording." },
        }, same(verified(true, ['S_CSVH', 'S_CSVH2']))),
        row({ code: '6.3', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng', en: 'Share of villages with a cultural house or place for community cultural and sports activities' },
          note: { vi: 'Chỉ tiêu chung (cả nước, không phải mức đạt của xã): 100% [đã kiểm chứng trong văn bản công khai: S_CSVH].', en: 'Chung (cả nước, not a commune threshold): 100% [verified in a public text: S_CSVH].' },
        }, each(unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). S_CSVH nêu một mức chung 100%; chưa thấy mức này như nhau ở từng vùng.', en: 'Recalled ≥100% (not used as a value). S_CSVH states a single 100% threshold; per-region equality not seen.' } }))),
      ]),
      criterion({ id: '7', number: 7, name: { vi: 'Cơ sở hạ tầng thương mại nông thôn', en: 'Rural commercial infrastructure' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '7.1', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa', en: 'The commune has a rural market or a place to buy, sell and exchange goods' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại). Hướng dẫn QĐ 4800/QĐ-BCT (10/12/2016): đạt khi có chợ nông thôn trong quy hoạch được duyệt đạt chuẩn, hoặc có siêu thị mini, cửa hàng tiện lợi, cửa hàng kinh doanh tổng hợp đạt chuẩn; nếu công trình có trong quy hoạch nhưng chưa có nhu cầu, hoặc xã không có trong quy hoạch, thì không xét tiêu chí này (không áp dụng, không phải không đạt) [đã kiểm chứng trong văn bản công khai: S_BCT].', en: 'Wording not seen in a text (recalled). Guidance QĐ 4800/QĐ-BCT (10/12/2016): passes with a chợ nông thôn in the approved plan meeting the standard, or a siêu thị mini / cửa hàng tiện lợi / cửa hàng kinh doanh tổng hợp meeting the standard; if the facility is planned but not yet needed, or the xã has none in its plan, the criterion is NOT considered (not-applicable, not fail) [verified in a public text: S_BCT].' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
      ]),
      criterion({ id: '8', number: 8, name: { vi: 'Thông tin và Truyền thông', en: 'Information and communications' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '8.1', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có điểm phục vụ bưu chính', en: 'The commune has a postal service point' },
          note: { vi: 'Phải đạt cả 4 nội dung của tiêu chí 8 (QĐ 441/QĐ-BTTTT) [đã kiểm chứng trong văn bản công khai: S_TB441]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): Đạt.', en: 'All 4 contents of criterion 8 must be met (QĐ 441/QĐ-BTTTT) [verified in a public text: S_TB441]. Chung (cả nước, not a commune threshold): Đạt.' },
        }, same(verified(true, ['S_TTTT', 'S_TB441']))),
        row({ code: '8.2', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có dịch vụ viễn thông, internet', en: 'The commune has telecom and internet services' },
          note: { vi: 'Phải đạt cả 4 nội dung của tiêu chí 8 (QĐ 441/QĐ-BTTTT) [đã kiểm chứng trong văn bản công khai: S_TB441]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): Đạt.', en: 'All 4 contents of criterion 8 must be met (QĐ 441/QĐ-BTTTT) [verified in a public text: S_TB441]. Chung (cả nước, not a commune threshold): Đạt.' },
        }, same(verified(true, ['S_TTTT', 'S_TB441']))),
        row({ code: '8.3', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có đài truyền thanh và hệ thống loa đến các thôn', en: 'The commune has a radio station and loudspeakers reaching every village' },
          note: { vi: 'Phải đạt cả 4 nội dung của tiêu chí 8 (QĐ 441/QĐ-BTTTT) [đã kiểm chứng trong văn bản công khai: S_TB441]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): Đạt.', en: 'All 4 contents of criterion 8 must be met (QĐ 441/QĐ-BTTTT) [verified in a public text: S_TB441]. Chung (cả nước, not a commune threshold): Đạt.' },
        }, same(verified(true, ['S_TTTT', 'S_TB441']))),
        row({ code: '8.4', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành', en: 'The commune uses IT in management and administration' },
          note: { vi: 'Phải đạt cả 4 nội dung của tiêu chí 8 (QĐ 441/QĐ-BTTTT) [đã kiểm chứng trong văn bản công khai: S_TB441]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): Đạt.', en: 'All 4 contents of criterion 8 must be met (QĐ 441/QĐ-BTTTT) [verified in a public text: S_TB441]. Chung (cả nước, not a commune threshold): Đạt.' },
        }, same(verified(true, ['S_TTTT', 'S_TB441']))),
      ]),
      criterion({ id: '9', number: 9, name: { vi: 'Nhà ở dân cư', en: 'Residential housing' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '9.1', measure: 'count', op: '<=', textStatus: 'verified',
          text: { vi: 'Nhà tạm, dột nát', en: "Temporary or dilapidated houses (must be none: 'Không')" },
          note: { vi: 'Chỉ tiêu chung (cả nước, không phải mức đạt của xã): Không.', en: 'Chung (cả nước, not a commune threshold): Không.' },
        }, same(verified(0, ['S_TVPLN', 'S_NO']))),
        row({ code: '9.2', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ hộ có nhà ở đạt tiêu chuẩn theo quy định', en: 'Share of households whose house meets the standard' },
          note: { vi: 'Câu chữ [đã kiểm chứng trong văn bản công khai: S_TKL, S_NO]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≥80% [đã kiểm chứng trong văn bản công khai: S_TKL, S_TVPLN].', en: 'Wording [verified in a public text: S_TKL, S_NO]. Chung (cả nước, not a commune threshold): ≥80% [verified in a public text: S_TKL, S_TVPLN].' },
        }, [
          unverified('recalled', [], { note: { vi: 'Mức ≥75% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥75% (not used as a value).' } }), // TDMNPB
          unverified('recalled', [], { note: { vi: 'Mức ≥80% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥80% (not used as a value).' } }), // ĐBSH
          unverified('recalled', [], { note: { vi: 'Mức ≥75% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥75% (not used as a value).' } }), // BTB
          unverified('recalled', [], { note: { vi: 'Mức ≥80% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥80% (not used as a value).' } }), // DHNTB
          unverified('recalled', [], { note: { vi: 'Mức ≥75% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥75% (not used as a value).' } }), // TN
          unverified('recalled', [], { note: { vi: 'Mức ≥80% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥80% (not used as a value).' } }), // ĐNB
          unverified('provincial', ['S_NO', 'RG_VL_NHAO'], { candidates: [{ value: 70, sources: ['S_NO', 'RG_VL_NHAO'], province: 'Vĩnh Long' }], note: { vi: 'Mức áp dụng tại Vĩnh Long (ĐBSCL) theo Báo Vĩnh Long (10/03/2019 và 13/09/2017); chưa thấy cột ĐBSCL trong quyết định.', en: 'Value applied in Vĩnh Long (ĐBSCL) per Báo Vĩnh Long (10/03/2019 and 13/09/2017); national ĐBSCL column not seen.' } }), // ĐBSCL
        ]),
      ]),
    ]),
    ...group({ vi: 'Nhóm 3. Kinh tế và tổ chức sản xuất', en: 'Group 3. Economy and production organisation' }, [
      criterion({ id: '10', number: 10, name: { vi: 'Thu nhập', en: 'Income' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '10', measure: 'amount', op: '>=', textStatus: 'verified',
          text: { vi: 'Thu nhập bình quân đầu người khu vực nông thôn đến năm 2020 (triệu đồng/người)', en: 'Average rural income per person by 2020 (million VND/person/year)' },
          unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' },
          note: { vi: "Chỉ có mức đến năm 2020. Mức của từng năm 2016–2019: chưa tìm thấy trong văn bản công khai; không ghi con số cho 2016–2019 khi chưa có nguồn. Mức đạt tăng hằng năm và xã được đánh giá theo mức của năm đánh giá [đã kiểm chứng trong văn bản công khai: S_THVL, RG_THANHHOA_TN]. Công thức tạm thời của Bộ NN&PTNT cho 2016–2017 (theo QĐ 342) nằm trong ghi chú của bộ 1980/QĐ-TTg [đã kiểm chứng trong văn bản công khai: S_ANLAO]. Tài liệu phân tích trường hợp Tam Đảo nêu lại cùng các mức theo vùng [đã kiểm chứng trong văn bản công khai: S_TN, S_TVPLN]; nguồn xác nhận yếu [đã kiểm chứng trong văn bản công khai: S_PUBG]. Tam Đảo (ĐBSH) cuối năm 2020: các xã 'hơn 40', huyện 49,63 triệu đồng - chưa đạt so với 50 (sẽ đạt nếu theo mức 36 của TDMNPB) [đã kiểm chứng trong văn bản công khai: SC_TAMDAO]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≥45 [đã kiểm chứng trong văn bản công khai: S_TN, S_VL16, S_TVPLN]. Năm của mức đạt ghi trong dòng: 2020. Đầu mối cho ĐBSCL năm 2017, không phải mức đạt: Thuận An (Vĩnh Long) có 56,9 triệu đồng, 'vượt 21,97 triệu đồng', tức mức yêu cầu khoảng 34,93 triệu đồng; bản thân mức yêu cầu không được nêu [đã kiểm chứng trong văn bản công khai: H13].", en: "2020 end-targets only. Per-year thresholds 2016–2019: not found in a public text; do not encode numbers for 2016–2019 without a source. The target rises every year and a commune is assessed against the threshold of the year of assessment [verified in a public text: S_THVL, RG_THANHHOA_TN]. BNN temporary formula for 2016–2017 (QĐ 342 basis) is in the 1980/QĐ-TTg document notes [verified in a public text: S_ANLAO]. The Tam Đảo case study restates the same regional values [verified in a public text: S_TN, S_TVPLN]; weak corroboration [verified in a public text: S_PUBG]. Tam Đảo (ĐBSH) end-2020: communes 'hơn 40', district 49.63 million - chưa đạt vs 50 (would pass the TDMNPB 36) [verified in a public text: SC_TAMDAO]. Chung (cả nước, not a commune threshold): ≥45 [verified in a public text: S_TN, S_VL16, S_TVPLN]. Target year printed in the row: 2020. A lead for ĐBSCL 2017, not a value: Thuận An (Vĩnh Long) had 56.9 million, 'vượt 21,97 triệu đồng', which implies about 34.93 million; the requirement itself is not stated [verified in a public text: H13]." },
        }, [
          cases(until2019(36, ['S_TN', 'S_VL16']), verified(36, ['S_TN', 'S_VL16'], FROM_2020)), // TDMNPB
          cases(until2019(50, ['S_TN', 'S_VL16']), verified(50, ['S_TN', 'S_VL16'], FROM_2020)), // ĐBSH
          cases(until2019(36, ['S_TN', 'S_VL16']), verified(36, ['S_TN', 'S_VL16'], FROM_2020)), // BTB
          cases(until2019(41, ['S_TN', 'S_VL16']), verified(41, ['S_TN', 'S_VL16'], FROM_2020)), // DHNTB
          cases(until2019(41, ['S_TN', 'S_VL16']), verified(41, ['S_TN', 'S_VL16'], FROM_2020)), // TN
          cases(until2019(59, ['S_TN', 'S_VL16']), verified(59, ['S_TN', 'S_VL16'], FROM_2020)), // ĐNB
          cases(until2019(50, ['S_TN', 'S_VL16', 'S_THVL']), verified(50, ['S_TN', 'S_VL16', 'S_THVL'], FROM_2020)), // ĐBSCL
        ]),
      ]),
      criterion({ id: '11', number: 11, name: { vi: 'Hộ nghèo', en: 'Poor households' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '11', measure: 'percent', op: '<=', textStatus: 'recalled',
          text: { vi: 'Tỷ lệ hộ nghèo đa chiều giai đoạn 2016-2020', en: 'Multidimensional poor-household rate (2016–2020 poverty line)' },
          note: { vi: "Câu chữ chưa thấy trong văn bản (nhớ lại); tỷ lệ hộ nghèo đa chiều chung là 6% [đã kiểm chứng trong văn bản công khai: S_VNP, S_HNT]. Sổ tay không tính hộ thuộc diện bảo trợ xã hội [chưa thấy trong văn bản]. Quy tắc 2016–2017: tỷ lệ ≤ tỷ lệ của vùng áp dụng cho 2016–2017 (không nêu giá trị) [đã kiểm chứng trong văn bản công khai: S_ANLAO]. TC-10 (Hồng Sơn, Nghệ An, BTB, 2,77% hộ nghèo) là phép thử chọn vùng mà chưa biết mức của BTB [đã kiểm chứng trong văn bản công khai: SC_HONGSON]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≤6% [đã kiểm chứng trong văn bản công khai: S_VNP, S_HNT, S_PUBG] ('chung ≤6%, tùy theo khu vực' theo S_PUBG).", en: "Wording not seen in a text (recalled); 'poor household rate ... 6 percent under the multidimensional poverty line' (general) [verified in a public text: S_VNP, S_HNT]. Sổ tay excludes households under social protection (bảo trợ xã hội) [not seen in a text]. 2016–2017 rule: rate ≤ the regional rate applied for 2016–2017 (values not given) [verified in a public text: S_ANLAO]. TC-10 (Hồng Sơn, Nghệ An, BTB, 2.77% poor) is a region-selection test whose BTB threshold is unknown [verified in a public text: SC_HONGSON]. Chung (cả nước, not a commune threshold): ≤6% [verified in a public text: S_VNP, S_HNT, S_PUBG] ('chung ≤6%, tùy theo khu vực' per S_PUBG)." },
        }, [
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy. Mức ≤12% là nhớ lại, chưa thấy trong văn bản (không ghi làm mức đạt).', en: 'Not found. ≤12% is recalled, not seen in a text (not encoded).' } }), // TDMNPB
          unverified('provincial', ['SC_TAMDAO'], { candidates: [{ value: 2, sources: ['SC_TAMDAO'], province: 'Vĩnh Phúc' }], note: { vi: 'Được nêu là yêu cầu của vùng ĐBSH trong bài viết về Tam Đảo (Vĩnh Phúc); Tam Đảo 2,32%, tức chưa đạt. Chưa thấy cột ĐBSH trong quyết định.', en: 'Stated as the ĐBSH requirement in an article on Tam Đảo (Vĩnh Phúc); Tam Đảo 2.32% = chưa đạt. National ĐBSH column not seen.' } }), // ĐBSH
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy mức tối đa của vùng trong văn bản công khai.', en: 'Regional ceiling not found in a public text.' } }), // BTB
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy mức tối đa của vùng trong văn bản công khai.', en: 'Regional ceiling not found in a public text.' } }), // DHNTB
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy mức tối đa của vùng trong văn bản công khai.', en: 'Regional ceiling not found in a public text.' } }), // TN
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy mức tối đa của vùng trong văn bản công khai.', en: 'Regional ceiling not found in a public text.' } }), // ĐNB
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy mức tối đa của vùng trong văn bản công khai.', en: 'Regional ceiling not found in a public text.' } }), // ĐBSCL
        ]),
      ]),
      criterion({ id: '12', number: 12, name: { vi: 'Lao động có việc làm', en: 'Employment' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '12', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động', en: 'Employed persons as a share of the working-age population able to work' },
          note: { vi: 'Câu chữ [đã kiểm chứng trong văn bản công khai: S_TKL]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≥90% [đã kiểm chứng trong văn bản công khai: S_TKL, S_TVPLN].', en: 'Wording [verified in a public text: S_TKL]. Chung (cả nước, not a commune threshold): ≥90% [verified in a public text: S_TKL, S_TVPLN].' },
        }, each(unverified('recalled', [], { note: { vi: 'Mức ≥90% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). Chưa tìm thấy các cột vùng.', en: 'Recalled ≥90% (not used as a value). Regional columns not found.' } }))),
      ]),
      criterion({ id: '13', number: 13, name: { vi: 'Tổ chức sản xuất', en: 'Production organisation' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '13.1', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có hợp tác xã hoạt động theo đúng quy định của Luật Hợp tác xã năm 2012', en: 'The commune has a cooperative operating under the 2012 Cooperatives Law' },
          note: { vi: "Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng. Hướng dẫn của Vĩnh Long thêm 'với ít nhất 10 thành viên trở lên' (chưa thấy trong văn bản trung ương) [chỉ thấy ở văn bản của tỉnh: S_TCSX].", en: "The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording. Vĩnh Long guidance adds 'với ít nhất 10 thành viên trở lên' (not seen in national text) [seen only in a province's text: S_TCSX]." },
        }, same(verified(true, ['S_TCSX', 'S_DN13']))),
        row({ code: '13.2', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững', en: 'The commune has a sustainable production-linkage model tied to sales of its key products' },
          note: { vi: "Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng.", en: "The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording." },
        }, same(verified(true, ['S_TCSX', 'S_DN13']))),
      ]),
    ]),
    ...group({ vi: 'Nhóm 4. Văn hóa - xã hội - môi trường', en: 'Group 4. Culture, society and environment' }, [
      criterion({ id: '14', number: 14, name: { vi: 'Giáo dục và Đào tạo', en: 'Education and training' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '14.1', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Phổ cập giáo dục mầm non cho trẻ 5 tuổi, xóa mù chữ, phổ cập giáo dục tiểu học đúng độ tuổi; phổ cập giáo dục trung học cơ sở', en: 'Universal pre-school for 5-year-olds, literacy, universal primary at the right age, universal lower secondary' },
          note: { vi: "Đã thấy 'Đạt' ở mọi vùng [đã kiểm chứng trong văn bản công khai: S_GD]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): Đạt.", en: "All regions 'Đạt' seen [verified in a public text: S_GD]. Chung (cả nước, not a commune threshold): Đạt." },
        }, same(verified(true, ['S_GD']))),
        row({ code: '14.2', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ học sinh tốt nghiệp trung học cơ sở được tiếp tục học trung học (phổ thông, bổ túc, trung cấp)', en: 'Share of lower-secondary graduates continuing to upper secondary (general, continuing education, vocational)' },
          note: { vi: 'Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≥85% [đã kiểm chứng trong văn bản công khai: S_GD].', en: 'Chung (cả nước, not a commune threshold): ≥85% [verified in a public text: S_GD].' },
        }, [
          verified(70, ['S_GD']), // TDMNPB
          verified(90, ['S_GD']), // ĐBSH
          verified(85, ['S_GD']), // BTB
          verified(85, ['S_GD']), // DHNTB
          verified(70, ['S_GD']), // TN
          verified(90, ['S_GD']), // ĐNB
          verified(80, ['S_GD']), // ĐBSCL
        ]),
        row({ code: '14.3', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ lao động có việc làm qua đào tạo', en: 'Share of employed workers who have had training' },
          note: { vi: 'Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≥40% [đã kiểm chứng trong văn bản công khai: S_GD].', en: 'Chung (cả nước, not a commune threshold): ≥40% [verified in a public text: S_GD].' },
        }, [
          verified(25, ['S_GD']), // TDMNPB
          verified(40, ['S_GD']), // ĐBSH
          verified(40, ['S_GD']), // BTB
          verified(40, ['S_GD']), // DHNTB
          verified(25, ['S_GD']), // TN
          verified(45, ['S_GD']), // ĐNB
          verified(25, ['S_GD']), // ĐBSCL
        ]),
      ]),
      criterion({ id: '15', number: 15, name: { vi: 'Y tế', en: 'Health' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '15.1', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ người dân tham gia bảo hiểm y tế', en: 'Share of residents with health insurance' },
          note: { vi: 'Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≥85%.', en: 'Chung (cả nước, not a commune threshold): ≥85%.' },
        }, same(verified(85, ['S_YT', 'S_TBTV', 'S_TKL'], { note: { vi: 'Đã thấy mức ≥85% ở cột chung và cả 7 vùng.', en: '≥85% seen for the general column and all 7 regions.' } }))),
        row({ code: '15.2', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã đạt tiêu chí quốc gia về y tế', en: 'The commune meets the national health criteria' },
          note: { vi: 'Chỉ tiêu chung (cả nước, không phải mức đạt của xã): Đạt.', en: 'Chung (cả nước, not a commune threshold): Đạt.' },
        }, same(verified(true, ['S_YT', 'S_TBTV']))),
        row({ code: '15.3', measure: 'percent', op: '<=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)', en: 'Stunting rate (height-for-age) among children under 5' },
          note: { vi: 'Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≤21,8% [đã kiểm chứng trong văn bản công khai: S_YT].', en: 'Chung (cả nước, not a commune threshold): ≤21,8% [verified in a public text: S_YT].' },
        }, [
          verified(26.7, ['S_YT'], { note: { vi: "S_YT ghi 'tối thiểu' nhưng đây là mức tối đa (tỷ lệ suy dinh dưỡng thể thấp còi không được vượt quá).", en: "S_YT writes 'tối thiểu' but this is a ceiling (the stunting rate must not exceed it)." } }), // TDMNPB
          verified(13.9, ['S_YT'], { note: { vi: "S_YT ghi 'tối thiểu' nhưng đây là mức tối đa (tỷ lệ suy dinh dưỡng thể thấp còi không được vượt quá).", en: "S_YT writes 'tối thiểu' but this is a ceiling (the stunting rate must not exceed it)." } }), // ĐBSH
          verified(24.2, ['S_YT'], { note: { vi: "S_YT ghi 'tối thiểu' nhưng đây là mức tối đa (tỷ lệ suy dinh dưỡng thể thấp còi không được vượt quá).", en: "S_YT writes 'tối thiểu' but this is a ceiling (the stunting rate must not exceed it)." } }), // BTB
          verified(24.2, ['S_YT'], { note: { vi: "S_YT ghi 'tối thiểu' nhưng đây là mức tối đa (tỷ lệ suy dinh dưỡng thể thấp còi không được vượt quá).", en: "S_YT writes 'tối thiểu' but this is a ceiling (the stunting rate must not exceed it)." } }), // DHNTB
          unverified('conflict', ['S_YT', 'S_TBTV'], { candidates: [{ value: 31.4, sources: ['S_YT'] }, { value: 31, sources: ['S_TBTV'] }], note: { vi: "Các giá trị ứng viên: 31,4 (S_YT, bài hỏi đáp TVPL 24BBF) và 31 (suy ra từ khoảng toàn quốc '13,9% đến 31%' của Đài Phát thanh và Truyền hình Thái Bình, 2 bản; có thể chỉ là làm tròn 31,4). Chỉ dùng sau khi đối chiếu văn bản chính thức.", en: "Candidates: 31.4 (S_YT, TVPL Q&A 24BBF) vs 31 (implied by Thái Bình TV's national range '13,9% đến 31%', 2 copies; may just round 31.4). Use only after checking the official text." } }), // TN
          verified(14.3, ['S_YT'], { note: { vi: "S_YT ghi 'tối thiểu' nhưng đây là mức tối đa (tỷ lệ suy dinh dưỡng thể thấp còi không được vượt quá).", en: "S_YT writes 'tối thiểu' but this is a ceiling (the stunting rate must not exceed it)." } }), // ĐNB
          verified(20.5, ['S_YT'], { note: { vi: "S_YT ghi 'tối thiểu' nhưng đây là mức tối đa (tỷ lệ suy dinh dưỡng thể thấp còi không được vượt quá).", en: "S_YT writes 'tối thiểu' but this is a ceiling (the stunting rate must not exceed it)." } }), // ĐBSCL
        ]),
      ]),
      criterion({ id: '16', number: 16, name: { vi: 'Văn hóa', en: 'Culture' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '16', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ thôn, bản, ấp đạt tiêu chuẩn văn hóa theo quy định', en: 'Share of villages meeting the cultural standard' },
          note: { vi: 'Câu chữ [đã kiểm chứng trong văn bản công khai: S_VH]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≥70% [đã kiểm chứng trong văn bản công khai: S_VH]; nguồn duy nhất không nói rõ đây là cột chung hay cột ĐBSCL.', en: 'Wording [verified in a public text: S_VH]. Chung (cả nước, not a commune threshold): ≥70% [verified in a public text: S_VH]; the only source does not say whether this is the general or the ĐBSCL column.' },
        }, [
          unverified('recalled', [], { note: { vi: 'Mức ≥70% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). S_VH nêu một mức chung ≥70%; chưa tìm thấy mức theo vùng.', en: 'Recalled ≥70% (not used as a value). S_VH states a single ≥70% threshold; per-region values not found.' } }), // TDMNPB
          unverified('recalled', [], { note: { vi: 'Mức ≥70% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). S_VH nêu một mức chung ≥70%; chưa tìm thấy mức theo vùng.', en: 'Recalled ≥70% (not used as a value). S_VH states a single ≥70% threshold; per-region values not found.' } }), // ĐBSH
          unverified('recalled', [], { note: { vi: 'Mức ≥70% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). S_VH nêu một mức chung ≥70%; chưa tìm thấy mức theo vùng.', en: 'Recalled ≥70% (not used as a value). S_VH states a single ≥70% threshold; per-region values not found.' } }), // BTB
          unverified('provincial', ['H12'], { candidates: [{ value: 70, sources: ['H12'], province: 'Quảng Nam' }], note: { vi: "Theo cách áp dụng tại Quảng Nam (DHNTB): các xã của Duy Xuyên không đạt vì 'không đạt 70% số thôn văn hóa 3 năm liền'. Mức ≥70% cũng là nhớ lại; chưa thấy cột DHNTB của quyết định.", en: "As applied in Quảng Nam (DHNTB): Duy Xuyên communes fail for 'không đạt 70% số thôn văn hóa 3 năm liền'. Recalled ≥70% too; the national DHNTB column is not seen." } }), // DHNTB
          unverified('recalled', [], { note: { vi: 'Mức ≥70% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). S_VH nêu một mức chung ≥70%; chưa tìm thấy mức theo vùng.', en: 'Recalled ≥70% (not used as a value). S_VH states a single ≥70% threshold; per-region values not found.' } }), // TN
          unverified('recalled', [], { note: { vi: 'Mức ≥70% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). S_VH nêu một mức chung ≥70%; chưa tìm thấy mức theo vùng.', en: 'Recalled ≥70% (not used as a value). S_VH states a single ≥70% threshold; per-region values not found.' } }), // ĐNB
          unverified('provincial', ['S_VH'], { candidates: [{ value: 70, sources: ['S_VH'], province: 'Vĩnh Long' }], note: { vi: "Báo Vĩnh Long ngày 12/07/2018: 'Theo QĐ 1980 … từ 70% trở lên' - báo của Vĩnh Long (ĐBSCL); có thể là cột ĐBSCL.", en: "Báo Vĩnh Long 12/07/2018: 'Theo QĐ 1980 … từ 70% trở lên' - a Vĩnh Long (ĐBSCL) paper; it may be the ĐBSCL column." } }), // ĐBSCL
        ]),
      ]),
      criterion({ id: '17', number: 17, name: { vi: 'Môi trường và an toàn thực phẩm', en: 'Environment and food safety' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '17.1a', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ hộ được sử dụng nước hợp vệ sinh và nước sạch theo quy định - phần tổng (nước hợp vệ sinh)', en: 'Share of households using hygienic water (total, of which part must be clean water; see 17.1b)' },
          note: { vi: "Quyết định có một chỉ tiêu (17.1), ở đây được tách thành tỷ lệ chung (17.1a) và phần nước sạch (17.1b). Câu chữ [đã kiểm chứng trong văn bản công khai: S_MT, S_VL16]. S_INFONET liệt kê 8 (nguyên văn) chỉ tiêu của tiêu chí 17 với 'nước HVS ≥90%, nước sạch ≥50%; CSSX-KD 100%; cảnh quan đạt; mai táng; CTR & nước thải thu gom xử lý; nhà tiêu-nhà tắm-bể nước 3 sạch ≥70%; chuồng trại ≥60%; ATTP 100%' mà không nêu vùng (mức 17.1 của nguồn này bằng cột TDMNPB của S_MT) [đã kiểm chứng trong văn bản công khai: S_INFONET]. Quy tắc theo vùng trước năm 2016 (80/45, 90/50, 85/50) lấy từ một trang hỏi đáp của bên thứ ba, chỉ để tham khảo [chưa thấy trong văn bản: SC_WATERFAQ]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≥95% hợp vệ sinh [đã kiểm chứng trong văn bản công khai: S_MT, S_TVPLN].", en: "One indicator (17.1) in the decision, split here into total (17.1a) and clean-water share (17.1b). Wording [verified in a public text: S_MT, S_VL16]. S_INFONET lists 8 (sic) indicators of criterion 17 with 'nước HVS ≥90%, nước sạch ≥50%; CSSX-KD 100%; cảnh quan đạt; mai táng; CTR & nước thải thu gom xử lý; nhà tiêu-nhà tắm-bể nước 3 sạch ≥70%; chuồng trại ≥60%; ATTP 100%' without naming a region (its 17.1 values equal the TDMNPB column of S_MT) [verified in a public text: S_INFONET]. Pre-2016 region rule (80/45, 90/50, 85/50) from a third-party FAQ is context only [not seen in a text: SC_WATERFAQ]. Chung (cả nước, not a commune threshold): ≥95% hợp vệ sinh [verified in a public text: S_MT, S_TVPLN]." },
        }, [
          verified(90, ['S_MT']), // TDMNPB
          verified(98, ['S_MT'], { note: { vi: 'Bài viết của Vĩnh Phúc về Tam Đảo nêu yêu cầu của vùng ĐBSH là 100% nước hợp vệ sinh (Tam Đảo 90%, chưa đạt) - mức tỉnh áp dụng, không phải cột của quyết định [chỉ thấy ở văn bản của tỉnh: SC_TAMDAO].', en: 'Vĩnh Phúc article on Tam Đảo gives the ĐBSH requirement as 100% hygienic (Tam Đảo 90%, chưa đạt) - a provincial application, not the national column [seen only in a province\'s text: SC_TAMDAO].' } }), // ĐBSH
          verified(98, ['S_MT']), // BTB
          unverified('conflict', ['S_MT'], { candidates: [{ value: 55, sources: ['S_MT'], note: { vi: 'Như nguồn in; không thể đúng khi phần nước sạch là 60%.', en: 'as printed; impossible beside the 60% clean-water share' } }], note: { vi: "Cả hai bản hỏi đáp đều in 'tối thiểu là 55% trong đó tối thiểu 60% là nước sạch' - tự mâu thuẫn (55 < 60); gần như chắc chắn là lỗi in (có lẽ là 95 hoặc 98). Giá trị ứng viên: 55 như nguồn in. Coi là chưa biết.", en: "Both copies of the Q&A print 'tối thiểu là 55% trong đó tối thiểu 60% là nước sạch' - internally impossible (55 < 60); almost certainly a typo (likely 95 or 98). Candidates: 55 as printed. Treat as unknown." } }), // DHNTB
          verified(95, ['S_MT']), // TN
          verified(98, ['S_MT']), // ĐNB
          verified(95, ['S_MT']), // ĐBSCL
        ]),
        row({ code: '17.1b', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: "Tỷ lệ hộ được sử dụng nước hợp vệ sinh và nước sạch theo quy định - phần nước sạch ('trong đó tối thiểu …% là nước sạch')", en: "Clean-water share within 17.1 ('of which at least …% clean water', base as written in the source)" },
          note: { vi: 'Tách từ 17.1. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): nguồn mâu thuẫn - nước sạch ≥65% (S_MT, cả bản TVPL và bản Thư Ký Luật) và ≥60% (tin S_TVPLN ngày 19/10/2016; tài liệu phân tích trường hợp Tam Đảo cũng tóm tắt mức toàn quốc là 95/60) [nguồn mâu thuẫn: S_MT, S_TVPLN].', en: "Split from 17.1. Chung (cả nước, not a commune threshold): CONFLICT - nước sạch ≥65% (S_MT, in both the TVPL and the Thư Ký Luật copies) vs ≥60% (S_TVPLN news 19/10/2016; also the Tam Đảo case study's 'national summary 95/60') [sources conflict: S_MT, S_TVPLN]." },
        }, [
          verified(50, ['S_MT']), // TDMNPB
          verified(65, ['S_MT'], { note: { vi: "Bài viết của Vĩnh Phúc nêu yêu cầu của vùng ĐBSH là '> 65%' (Tam Đảo 53%, chưa đạt) [chỉ thấy ở văn bản của tỉnh: SC_TAMDAO].", en: "Vĩnh Phúc article gives '> 65%' as the ĐBSH requirement (Tam Đảo 53%, chưa đạt) [seen only in a province's text: SC_TAMDAO]." } }), // ĐBSH
          verified(60, ['S_MT']), // BTB
          verified(60, ['S_MT'], { note: { vi: 'Cùng ô bị in sai như 17.1a vùng DHNTB; bản thân mức 60% nước sạch đã được kiểm chứng trong văn bản công khai.', en: 'Same garbled cell as 17.1a DHNTB; the 60% clean-water share itself is verified in a public text.' } }), // DHNTB
          verified(50, ['S_MT']), // TN
          verified(65, ['S_MT']), // ĐNB
          verified(65, ['S_MT'], { note: { vi: "S_MT bị cắt giữa chữ ('tối thiểu 65% là nư…'); vẫn đọc được số 65.", en: "S_MT cuts mid-word ('tối thiểu 65% là nư…'); 65 is visible." } }), // ĐBSCL
        ]),
        row({ code: '17.2', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường', en: 'Share of production/business, aquaculture and craft-village establishments complying with environmental rules' },
          note: { vi: 'Câu chữ [đã kiểm chứng trong văn bản công khai: S_VL16, S_THMT, S_INFONET]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): 100% [đã kiểm chứng trong văn bản công khai: S_INFONET].', en: 'Wording [verified in a public text: S_VL16, S_THMT, S_INFONET]. Chung (cả nước, not a commune threshold): 100% [verified in a public text: S_INFONET].' },
        }, each(unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt).', en: 'Recalled ≥100% (not used as a value).' } }))),
        row({ code: '17.3', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xây dựng cảnh quan, môi trường xanh - sạch - đẹp, an toàn', en: 'Green, clean, beautiful and safe landscape and environment' },
          note: { vi: "Cột chung 'Đạt' đã kiểm chứng trong văn bản công khai (S_INFONET); các ô vùng chưa thấy trong văn bản; trạng thái của các ô lấy theo cột chung, như mọi chỉ tiêu đánh giá đạt/không đạt.", en: "General column 'Đạt' verified in a public text (S_INFONET); region cells not seen in a text; flag rule applied." },
        }, same(verified(true, ['S_VL16', 'S_THMT', 'S_INFONET']))),
        row({ code: '17.4', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Mai táng phù hợp với quy định và theo quy hoạch', en: 'Burials follow regulations and the plan' },
          note: { vi: "Cột chung 'Đạt' đã kiểm chứng trong văn bản công khai (S_INFONET); các ô vùng chưa thấy trong văn bản; trạng thái của các ô lấy theo cột chung, như mọi chỉ tiêu đánh giá đạt/không đạt.", en: "General column 'Đạt' verified in a public text (S_INFONET); region cells not seen in a text; flag rule applied." },
        }, same(verified(true, ['S_THMT', 'S_INFONET']))),
        row({ code: '17.5', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung, cơ sở sản xuất - kinh doanh được thu gom, xử lý theo quy định', en: 'Solid waste and wastewater of residential areas and businesses are collected and treated as required' },
          note: { vi: "Cột chung 'Đạt' đã kiểm chứng trong văn bản công khai (S_INFONET); các ô vùng chưa thấy trong văn bản; trạng thái của các ô lấy theo cột chung, như mọi chỉ tiêu đánh giá đạt/không đạt.", en: "General column 'Đạt' verified in a public text (S_INFONET); region cells not seen in a text; flag rule applied." },
        }, same(verified(true, ['S_INFONET']))),
        row({ code: '17.6', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ hộ có nhà tiêu, nhà tắm, bể chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch', en: "Share of households with hygienic latrine, bathroom and water tank, meeting the '3 clean' standard" },
          note: { vi: 'Câu chữ [đã kiểm chứng trong văn bản công khai: S_TKL]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): ≥85% [đã kiểm chứng trong văn bản công khai: S_TKL].', en: 'Wording [verified in a public text: S_TKL]. Chung (cả nước, not a commune threshold): ≥85% [verified in a public text: S_TKL].' },
        }, [
          unverified('recalled', ['S_INFONET'], { note: { vi: 'Mức ≥70% được suy luận: S_INFONET nêu ≥70% cùng với các mức 17.1 bằng cột TDMNPB; không nêu vùng; chưa tìm thấy.', en: 'Recalled ≥70% by inference: S_INFONET lists ≥70% beside 17.1 = TDMNPB values; region not stated; not found.' } }), // TDMNPB
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy mức của vùng.', en: 'Regional value not found.' } }), // ĐBSH
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy mức của vùng.', en: 'Regional value not found.' } }), // BTB
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy mức của vùng.', en: 'Regional value not found.' } }), // DHNTB
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy mức của vùng.', en: 'Regional value not found.' } }), // TN
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy mức của vùng.', en: 'Regional value not found.' } }), // ĐNB
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy mức của vùng.', en: 'Regional value not found.' } }), // ĐBSCL
        ]),
        row({ code: '17.7', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ hộ chăn nuôi có chuồng trại chăn nuôi đảm bảo vệ sinh môi trường', en: 'Share of livestock households whose pens meet environmental hygiene' },
          note: { vi: 'Câu chữ [đã kiểm chứng trong văn bản công khai: S_INFONET]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): chưa tìm thấy [chưa tìm thấy].', en: 'Wording [verified in a public text: S_INFONET]. Chung (cả nước, not a commune threshold): not found [not found].' },
        }, [
          unverified('recalled', ['S_INFONET'], { note: { vi: 'Mức ≥60% được suy luận từ S_INFONET (không nêu vùng); chưa tìm thấy.', en: 'Recalled ≥60% by inference from S_INFONET (region not stated); not found.' } }), // TDMNPB
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy.', en: 'Not found.' } }), // ĐBSH
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy.', en: 'Not found.' } }), // BTB
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy.', en: 'Not found.' } }), // DHNTB
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy.', en: 'Not found.' } }), // TN
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy.', en: 'Not found.' } }), // ĐNB
          unverified('not-found', [], { note: { vi: 'Chưa tìm thấy.', en: 'Not found.' } }), // ĐBSCL
        ]),
        row({ code: '17.8', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm', en: 'Share of households and food businesses complying with food-safety rules' },
          note: { vi: 'Câu chữ [đã kiểm chứng trong văn bản công khai: S_TKL, S_INFONET]. Chỉ tiêu chung (cả nước, không phải mức đạt của xã): 100% [đã kiểm chứng trong văn bản công khai: S_TKL, S_INFONET].', en: 'Wording [verified in a public text: S_TKL, S_INFONET]. Chung (cả nước, not a commune threshold): 100% [verified in a public text: S_TKL, S_INFONET].' },
        }, each(unverified('recalled', [], { note: { vi: 'Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). Chưa tìm thấy các cột vùng.', en: 'Recalled ≥100% (not used as a value). Regional columns not found.' } }))),
      ]),
    ]),
    ...group({ vi: 'Nhóm 5. Hệ thống chính trị', en: 'Group 5. Political system' }, [
      criterion({ id: '18', number: 18, name: { vi: 'Hệ thống chính trị và tiếp cận pháp luật', en: 'Political system and access to law' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '18.1', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Cán bộ, công chức xã đạt chuẩn', en: 'Commune officials and civil servants meet the standard' },
          note: { vi: "Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng. Hướng dẫn HD 750/HD-SNV của Sơn La hiểu là '100% CBCC xã đạt chuẩn' [chỉ thấy ở văn bản của tỉnh: S_SLNV].", en: "The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording. Sơn La guidance HD 750/HD-SNV reads it as '100% CBCC xã đạt chuẩn' [seen only in a province's text: S_SLNV]." },
        }, same(verified(true, ['S_HTCT', 'S_SLNV']))),
        row({ code: '18.2', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Có đủ các tổ chức trong hệ thống chính trị cơ sở theo quy định', en: 'All grassroots political-system organisations are in place' },
          note: { vi: "Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng.", en: "The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording." },
        }, same(verified(true, ['S_HTCT']))),
        row({ code: '18.3', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Đảng bộ, chính quyền xã đạt tiêu chuẩn "trong sạch, vững mạnh"', en: "Commune Party committee and government rated 'clean and strong'" },
          note: { vi: "Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng.", en: "The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording." },
        }, same(verified(true, ['S_HTCT']))),
        row({ code: '18.4', measure: 'percent', op: '>=', textStatus: 'verified',
          text: { vi: 'Tổ chức chính trị - xã hội của xã đạt loại khá trở lên', en: "Commune socio-political organisations rated 'good' or better" },
          note: { vi: 'Câu chữ [đã kiểm chứng trong văn bản công khai: S_HTCT, S_SLNV].', en: 'Wording [verified in a public text: S_HTCT, S_SLNV].' },
        }, same(unverified('recalled', [], { note: { vi: "Mức ≥100% là nhớ lại, chưa thấy trong văn bản (không dùng làm mức đạt). Hướng dẫn của Sơn La: 'Có 100% tổ chức chính trị – xã hội của xã đạt loại khá trở lên' (hướng dẫn của tỉnh, S_SLNV).", en: "Recalled ≥100% (not used as a value). Sơn La guidance: 'Có 100% tổ chức chính trị – xã hội của xã đạt loại khá trở lên' (provincial guidance, S_SLNV)." } }))),
        row({ code: '18.5', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Xã đạt chuẩn tiếp cận pháp luật theo quy định', en: 'The commune meets the access-to-law standard' },
          note: { vi: "Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng.", en: "The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording." },
        }, same(verified(true, ['S_HTCT']))),
        row({ code: '18.6', measure: 'flag', op: '=', textStatus: 'verified',
          text: { vi: 'Đảm bảo bình đẳng giới và phòng chống bạo lực gia đình; bảo vệ và hỗ trợ những người dễ bị tổn thương trong các lĩnh vực của gia đình và đời sống xã hội', en: 'Gender equality, prevention of domestic violence, protection of vulnerable people' },
          note: { vi: "Ô 'Đạt' của bảng chưa thấy trong văn bản; với chỉ tiêu đánh giá đạt/không đạt, trạng thái kiểm chứng của ô lấy theo câu chữ của chỉ tiêu, đã được kiểm chứng.", en: "The table cell ('Đạt') is not seen in a text; by the flag rule the target's status follows the verified wording." },
        }, same(verified(true, ['S_HTCT']))),
      ]),
      criterion({ id: '19', number: 19, name: { vi: 'Quốc phòng và An ninh', en: 'Defence and security' }, status: 'verified', sources: ['S_VP', 'S_NA_EN'] }, [
        row({ code: '19.1', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Xây dựng lực lượng dân quân "vững mạnh, rộng khắp" và hoàn thành các chỉ tiêu quốc phòng', en: "Militia 'strong and widespread'; defence targets completed" },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại).', en: 'Wording not seen in a text (recalled).' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
        row({ code: '19.2', measure: 'flag', op: '=', textStatus: 'recalled',
          text: { vi: 'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và đảm bảo bình yên: không có khiếu kiện đông người kéo dài; không để xảy ra trọng án; tội phạm và tệ nạn xã hội (ma túy, trộm cắp, cờ bạc, nghiện hút) được kiềm chế, giảm liên tục so với các năm trước', en: 'Commune safe in security and order: no prolonged mass complaints, no serious crimes, crime and social evils contained and falling' },
          note: { vi: 'Câu chữ chưa thấy trong văn bản (nhớ lại).', en: 'Wording not seen in a text (recalled).' },
        }, same(unverified('recalled', [], { note: { vi: "Ô này chỉ có giá trị nhớ lại, chưa thấy trong văn bản: 'Đạt' (không dùng làm mức đạt).", en: "Recalled cell: 'Đạt' (not used as a value)." } }))),
      ]),
    ]),
  ],
});
