// What is known of 51/2025/QĐ-TTg as a whole (signature, force, annexes, transition), stated once
// and carried by each of its three annexes' sets.
import type { LocalizedText } from '../../../src/model/text.js';

/**
 * The notes on 51/2025/QĐ-TTg that hold for each of its annexes (Phụ lục I, II, III).
 * @example
 * DECREE_51_NOTES[1].en; // 'In force 15/02/2026 …'
 */
export const DECREE_51_NOTES: readonly LocalizedText[] = [
  {
    vi: "Phó Thủ tướng Trần Hồng Hà ký ngày 29/12/2025, 'Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường'; căn cứ: Luật Tổ chức Chính phủ số 63/2025/QH15 và NQ 257/2025/QH15 (CT MTQG hợp nhất xây dựng NTM, giảm nghèo bền vững và phát triển vùng DTTS & MN, giai đoạn 2026–2035) [đã kiểm chứng trong văn bản công khai: S19, S20].",
    en: "Signed 29/12/2025 by PTT Trần Hồng Hà, 'Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường'; bases: Luật Tổ chức Chính phủ số 63/2025/QH15 and NQ 257/2025/QH15 (CT MTQG merging NTM, giảm nghèo bền vững and vùng DTTS & MN, 2026–2035) [verified in a public text: S19, S20].",
  },
  {
    vi: 'Có hiệu lực từ ngày 15/02/2026 [đã kiểm chứng trong văn bản công khai: S20].',
    en: 'In force 15/02/2026 [verified in a public text: S20].',
  },
  {
    vi: 'Điều 1 khoản 1: (a) Phụ lục I Bộ tiêu chí quốc gia về xã NTM 2026–2030; (b) Phụ lục II Quy định khung thí điểm xây dựng xã NTM hiện đại 2026–2030; (c) Phụ lục III Quy định tỉnh, thành phố hoàn thành nhiệm vụ XD NTM 2026–2030 [đã kiểm chứng trong văn bản công khai: S19, S21, S22].',
    en: 'Điều 1 khoản 1: (a) Phụ lục I Bộ tiêu chí quốc gia về xã NTM 2026–2030; (b) Phụ lục II Quy định khung thí điểm xây dựng xã NTM hiện đại 2026–2030; (c) Phụ lục III Quy định tỉnh, thành phố hoàn thành nhiệm vụ XD NTM 2026–2030 [verified in a public text: S19, S21, S22].',
  },
  {
    vi: 'Đối tượng áp dụng: các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các cơ quan khác ở trung ương có liên quan; UBND các tỉnh, thành phố; UBND các xã; các cơ quan, tổ chức cá nhân có liên quan (diễn giải lại Điều 1 khoản 2 từ nguồn thứ cấp) [đã kiểm chứng trong văn bản công khai: R5].',
    en: 'Applies to: các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các cơ quan khác ở trung ương có liên quan; UBND các tỉnh, thành phố; UBND các xã; các cơ quan, tổ chức cá nhân có liên quan (secondary paraphrase of Điều 1 khoản 2) [verified in a public text: R5].',
  },
  {
    vi: "Phụ lục I: 10 tiêu chí, 47 chỉ tiêu; mỗi tiêu chí chia theo 3 nhóm xã [đã kiểm chứng trong văn bản công khai: S20, S21, S22, R5]. 'Trung ương chỉ ban hành một Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030' (phần lý do bị cắt) [đã kiểm chứng trong văn bản công khai: S22]. Suy luận (chưa kiểm chứng): không còn bộ tiêu chí quốc gia NTM nâng cao, kiểu mẫu (dự thảo đã bỏ tên gọi 'kiểu mẫu', S25) và không còn cấp huyện (chính quyền địa phương hai cấp từ ngày 01/7/2025, S27) [chưa thấy trong văn bản].",
    en: "PL I: 10 tiêu chí, 47 chỉ tiêu; each criterion split by 3 commune groups [verified in a public text: S20, S21, S22, R5]. 'Trung ương chỉ ban hành một Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030' (reason cut) [verified in a public text: S22]. Inference (unverified): no national NTM nâng cao / kiểu mẫu set any more (the draft dropped the 'kiểu mẫu' label, S25) and no district level (2-tier local government from 01/7/2025, S27) [not seen in a text].",
  },
  {
    vi: 'Không có phụ lục cho cấp huyện: danh sách phụ lục gồm ba mục, không mục nào cho huyện [đã kiểm chứng trong văn bản công khai: S19].',
    en: 'No huyện annex: the annex list has three items, none for districts [verified in a public text: S19].',
  },
  {
    vi: 'Mới thấy tên 6 trong 47 chỉ tiêu (được trích trong Phụ lục III, R7), chưa chỉ tiêu nào có mã hoặc tiêu chí đã kiểm chứng; chưa thấy mức nào trong 141 mức theo nhóm xã. Chưa tìm thấy mức theo nhóm xã của mọi chỉ tiêu.',
    en: 'Only 6 of 47 indicator names seen (quoted in PL III, R7), none with a verified code or criterion; 0 of 141 group targets seen. Group targets of every indicator not found.',
  },
  {
    vi: "Điểm mới: lần đầu có khung thí điểm xã NTM hiện đại; điều kiện đối với tỉnh được 'siết chặt' [đã kiểm chứng trong văn bản công khai: S24].",
    en: "New: first-time pilot framework for xã NTM hiện đại; tightened ('siết chặt') conditions for provinces [verified in a public text: S24].",
  },
  {
    vi: 'Chưa tìm thấy quy định bãi bỏ hoặc chuyển tiếp từ 318, 319, 320, 321, 211 và 18/2022 (Điều khoản thi hành). Thư viện coi ngày 15/02/2026 là mốc chuyển cho các đánh giá mới và giữ các bộ tiêu chí theo 318 cho các trường hợp công nhận trước ngày đó; không ghi quy tắc chuyển tiếp nào vì chưa thấy Điều khoản thi hành.',
    en: 'Repeal of / transition from 318, 319, 320, 321, 211 and 18/2022 (Điều khoản thi hành): not found. The library treats 15/02/2026 as the switch-over for new evaluations and keeps the 318-era sets for recognitions made before that date; no carry-over rule is encoded, as the Điều khoản thi hành is not seen.',
  },
  {
    vi: 'Các dự thảo năm 2025 dùng cách định nghĩa, đánh số nhóm xã khác (S25, S26, dự thảo 10 tiêu chí S28) và đã bị thay thế; không dùng lại tài liệu của giai đoạn dự thảo [đã kiểm chứng trong văn bản công khai: S25, S26, S28].',
    en: 'Earlier 2025 drafts used other group definitions/numbering (S25, S26, draft with 10 criteria S28) and are superseded; do not reuse draft-era material [verified in a public text: S25, S26, S28].',
  },
  {
    vi: 'Từ ngày 01/7/2025: 3.321 xã và 34 tỉnh, thành phố (chính quyền địa phương hai cấp, không còn cấp huyện) [đã kiểm chứng trong văn bản công khai: S27].',
    en: 'After 01/7/2025: 3,321 communes and 34 provinces (2-tier local government, no district level) [verified in a public text: S27].',
  },
  {
    vi: 'Mục tiêu của Chương trình (CT MTQG 2026–2030), không phải mức đạt của Phụ lục I: đến năm 2030 khoảng 65% số xã đạt chuẩn NTM, trong đó khoảng 10% đạt NTM hiện đại; 5 tỉnh hoàn thành nhiệm vụ; thu nhập ở nông thôn gấp 2,5–3 lần năm 2020; tỷ lệ nghèo đa chiều cả nước giảm 1–1,5%/năm, vùng DTTS & MN dưới 10% đến năm 2030; thu nhập của người DTTS bằng một nửa bình quân cả nước; ngân sách trung ương 100.000 tỷ đồng, tổng ngân sách nhà nước khoảng 423.000 tỷ đồng [đã kiểm chứng trong văn bản công khai: R9].',
    en: 'Programme (CT MTQG 2026–2030) targets, not PL I thresholds: ≈65% of communes đạt chuẩn NTM by 2030, of which ≈10% NTM hiện đại; 5 provinces hoàn thành; rural income 2.5–3× 2020; national multidimensional poverty −1 to 1.5%/year, DTTS & MN <10% by 2030; DTTS income half the national average; central budget 100,000 bn đ, total state budget ≈423,000 bn đ [verified in a public text: R9].',
  },
  {
    vi: "Không phải nguồn: các ứng dụng mẫu với dữ liệu bịa theo khuôn 51/2025 [G2]. Chưa thấy trong văn bản công khai nào 'Thông tư 23' mà các ứng dụng này nhắc đến.",
    en: "Not sources: demo apps with invented data in the shape of 51/2025 [G2]. A 'Circular 23' they mention is not seen in a public text.",
  },
];
