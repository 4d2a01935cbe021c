// What is known of 51/2025/QĐ-TTg as a whole (signature, force, annexes, transition), stated once
// and carried by each of its three annexes' sets.

/**
 * The notes on 51/2025/QĐ-TTg that hold for each of its annexes (Phụ lục I, II, III).
 * @example
 * DECREE_51_NOTES[1]; // 'In force 15/02/2026 …'
 */
export const DECREE_51_NOTES: readonly string[] = [
  "Signed 29/12/2025 by PTT Trần Hồng Hà, 'Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường'; bases: Luật Tổ chức Chính phủ số 63/2025/QH15 and NQ 257/2025/QH15 (CT MTQG merging NTM, giảm nghèo bền vững and vùng DTTS & MN, 2026–2035) [verified in a public text: S19, S20].",
  'In force 15/02/2026 [verified in a public text: S20].',
  'Điều 1 khoản 1: (a) Phụ lục I Bộ tiêu chí quốc gia về xã NTM 2026–2030; (b) Phụ lục II Quy định khung thí điểm xây dựng xã NTM hiện đại 2026–2030; (c) Phụ lục III Quy định tỉnh, thành phố hoàn thành nhiệm vụ XD NTM 2026–2030 [verified in a public text: S19, S21, S22].',
  'Applies to: các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các cơ quan khác ở trung ương có liên quan; UBND các tỉnh, thành phố; UBND các xã; các cơ quan, tổ chức cá nhân có liên quan (secondary paraphrase of Điều 1 khoản 2) [verified in a public text: R5].',
  "PL I: 10 tiêu chí, 47 chỉ tiêu; each criterion split by 3 commune groups [verified in a public text: S20, S21, S22, R5]. 'Trung ương chỉ ban hành một Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030' (reason cut) [verified in a public text: S22]. Inference (unverified): no national NTM nâng cao / kiểu mẫu set any more (the draft dropped the 'kiểu mẫu' label, S25) and no district level (2-tier local government from 01/7/2025, S27) [not seen in a text].",
  'No huyện annex: the annex list has three items, none for districts [verified in a public text: S19].',
  'Only 6 of 47 indicator names seen (quoted in PL III, R7), none with a verified code or criterion; 0 of 141 group targets seen. Group targets of every indicator not found.',
  "New: first-time pilot framework for xã NTM hiện đại; tightened ('siết chặt') conditions for provinces [verified in a public text: S24].",
  'Requirements are higher than in 2021–2025, with added content on information technology in management, digital infrastructure and the digital economy, environmental protection and climate change, gender equality, and community development tied to cultural preservation (qualitative; no number) [verified in a public text: H3].',
  'A commune\'s NTM status from before the 2025 mergers says little of the merged commune\'s: Điện Biên merged 115 communes into 42, and none of the 42 meets the NTM standard [seen only in a province\'s text: H9].',
  'Repeal of / transition from 318, 319, 320, 321, 211 and 18/2022 (Điều khoản thi hành): not found. The library treats 15/02/2026 as the switch-over for new evaluations and keeps the 318-era sets for recognitions made before that date; no carry-over rule is encoded, as the Điều khoản thi hành is not seen.',
  'Earlier 2025 drafts used other group definitions/numbering (S25, S26, draft with 10 criteria S28) and are superseded; do not reuse draft-era material [verified in a public text: S25, S26, S28].',
  'After 01/7/2025: 3,321 communes and 34 provinces (2-tier local government, no district level) [verified in a public text: S27].',
  'Programme (CT MTQG 2026–2030) targets, not PL I thresholds: ≈65% of communes đạt chuẩn NTM by 2030, of which ≈10% NTM hiện đại; 5 provinces hoàn thành; rural income 2.5–3× 2020; national multidimensional poverty −1 to 1.5%/year, DTTS & MN <10% by 2030; DTTS income half the national average; central budget 100,000 bn đ, total state budget ≈423,000 bn đ [verified in a public text: R9].',
  "Not sources: demo apps with invented data in the shape of 51/2025 [G2]. A 'Circular 23' they mention is not seen in a public text.",
];
