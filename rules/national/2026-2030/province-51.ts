// 51/2025/QĐ-TTg, Phụ lục III: Quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026–2030 (Phụ lục III).
// Provinces and cities completing the NTM task, 2026–2030 (Annex III).
// A row is one indicator with its one cell. Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { single } from '../../table.js';

const { row, criterion, group, set } = single;

/**
 * Quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026–2030 (Phụ lục III) (51/2025/QĐ-TTg).
 * Provinces and cities completing the NTM task, 2026–2030 (Annex III).
 * @example
 * province51.criteria.length; // 0
 */
export const province51 = set({
  id: 'province-2026-2030',
  family: 'province-2026-2030',
  version: '51/2025/QĐ-TTg',
  level: 'province',
  title: { vi: 'Quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026–2030 (Phụ lục III)', en: 'Provinces and cities completing the NTM task, 2026–2030 (Annex III)' },
  period: { from: '2026-02-15', to: '2030-12-31' },
  years: { from: 2026, to: 2030 },
  legalBasis: [basis('51/2025/QĐ-TTg', 'base', { annex: 'Phụ lục III' })],
  columnRules: [
    { id: 'province-2026-2030.r1', text: { vi: 'Không phân vùng.', en: 'Not regionalised.' }, status: 'verified', sources: ['R7'] },
  ],
  sources: ['R7'],
  notes: [
    "Signed 29/12/2025 by PTT Trần Hồng Hà, 'Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường'; bases: Luật Tổ chức Chính phủ số 63/2025/QH15 and NQ 257/2025/QH15 (CT MTQG merging NTM, giảm nghèo bền vững and vùng DTTS & MN, 2026–2035) [verified in a public text: S19, S20].",
    'In force 15/02/2026 [verified in a public text: S20].',
    'Điều 1 khoản 1: (a) Phụ lục I Bộ tiêu chí quốc gia về xã NTM 2026–2030; (b) Phụ lục II Quy định khung thí điểm xây dựng xã NTM hiện đại 2026–2030; (c) Phụ lục III Quy định tỉnh, thành phố hoàn thành nhiệm vụ XD NTM 2026–2030 [verified in a public text: S19, S21, S22].',
    'Applies to: các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các cơ quan khác ở trung ương có liên quan; UBND các tỉnh, thành phố; UBND các xã; các cơ quan, tổ chức cá nhân có liên quan (secondary paraphrase of Điều 1 khoản 2) [verified in a public text: R5].',
    "PL I: 10 tiêu chí, 47 chỉ tiêu; each criterion split by 3 commune groups [verified in a public text: S20, S21, S22, R5]. 'Trung ương chỉ ban hành một Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030' (reason cut) [verified in a public text: S22]. Inference (unverified): no national NTM nâng cao / kiểu mẫu set any more (the draft dropped the 'kiểu mẫu' label, S25) and no district level (2-tier local government from 01/7/2025, S27) [not seen in a text].",
    'No huyện annex: the annex list has three items, none for districts [verified in a public text: S19].',
    'Only 6 of 47 indicator names seen (quoted in PL III, R7), none with a verified code or criterion; 0 of 141 group targets seen. Group targets of every indicator not found.',
    "New: first-time pilot framework for xã NTM hiện đại; tightened ('siết chặt') conditions for provinces [verified in a public text: S24].",
    'Repeal of / transition from 318, 319, 320, 321, 211 and 18/2022 (Điều khoản thi hành): not found. The library treats 15/02/2026 as the switch-over for new evaluations and keeps the 318-era sets for recognitions made before that date; no carry-over rule is encoded, as the Điều khoản thi hành is not seen.',
    'Earlier 2025 drafts used other group definitions/numbering (S25, S26, draft with 10 criteria S28) and are superseded; do not reuse draft-era material [verified in a public text: S25, S26, S28].',
    'After 01/7/2025: 3,321 communes and 34 provinces (2-tier local government, no district level) [verified in a public text: S27].',
    'Programme (CT MTQG 2026–2030) targets, not PL I thresholds: ≈65% of communes đạt chuẩn NTM by 2030, of which ≈10% NTM hiện đại; 5 provinces hoàn thành; rural income 2.5–3× 2020; national multidimensional poverty −1 to 1.5%/year, DTTS & MN <10% by 2030; DTTS income half the national average; central budget 100,000 bn đ, total state budget ≈423,000 bn đ [verified in a public text: R9].',
    "Not sources: demo apps with invented data in the shape of 51/2025 [G2]. A 'Circular 23' they mention is not seen in a public text.",
  ],
  conditions: [
    { id: 'allCommunesNTM', text: { vi: '100% số xã trên địa bàn đạt chuẩn nông thôn mới (đáp ứng đầy đủ mức đạt chuẩn theo yêu cầu của Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030)', en: '100% of communes meet the 2026–2030 commune NTM set' }, purpose: 'criteria', status: 'verified', sources: ['R7'], check: { kind: 'unit-share', unitLevel: 'commune', standard: 'meets-set', op: '>=', percent: 100 }, note: 'Reference check: share(communes meeting commune-2026-2030) == 100%' },
    { id: 'modernShare', text: { vi: 'Ít nhất 10% số xã trên địa bàn đạt nông thôn mới hiện đại (đáp ứng đầy đủ các yêu cầu của Quy định khung thí điểm xây dựng xã nông thôn mới hiện đại giai đoạn 2026 - 2030)', en: "At least 10% of communes are 'modern NTM' (meet the PL II pilot framework)" }, purpose: 'criteria', status: 'verified', sources: ['R7'], check: { kind: 'unit-share', unitLevel: 'commune-advanced', standard: 'meets-set', op: '>=', percent: 10 }, note: 'Reference check: share(communes modern NTM) >= 10%' },
    { id: 'wardsSpecialZones', text: { vi: 'Trường hợp cần thiết, xây dựng nông thôn mới ở phường được hình thành từ việc sắp xếp với đơn vị hành chính xã và có diện tích đất nông nghiệp chiếm từ 70% trở lên so với tổng diện tích đất tự nhiên của phường tại thời điểm ngày 01 tháng 7 năm 2025 hoặc xây dựng nông thôn mới ở đặc khu: phải đảm bảo đáp ứng từ 70% trở lên số nội dung tiêu chí (trong đó có các nội dung tiêu chí: Tốc độ tăng thu nhập bình quân đầu người; có kế hoạch và thực hiện hiệu quả kế hoạch phát triển sản phẩm OCOP gắn với đặc trưng, thế mạnh của địa phương; có hoạt động phát triển kinh tế tư nhân trên địa bàn gắn với tạo việc làm, thu nhập cho người lao động địa phương; tỷ lệ nghèo đa chiều; tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn; đảm bảo an toàn thực phẩm) yêu cầu đối vớ[i …]', en: "Where needed, NTM in wards formed from communes with ≥70% agricultural land (at 01/07/2025) or in special zones: ≥70% of criterion contents met, the six named contents mandatory; the phrase after 'yêu cầu đối với…' (probably which group's targets apply) is cut" }, purpose: 'criteria', status: 'verified', sources: ['R7'], check: { kind: 'not-checkable' }, note: 'Reference check: share(contents met) >= 70% and all(six named contents met)  # group whose targets apply: not found' },
    { id: 'wardsSpecialZones.tail', text: { vi: "Phần sau 'yêu cầu đối vớ[i …]' của điều kiện (3)", en: 'Remainder of condition (3) after the cut' }, purpose: 'criteria', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: 'Reference check: n/a (not found)' },
    { id: 'further', text: { vi: 'Các điều kiện (4) trở đi (vd. hài lòng của người dân, nợ đọng, an ninh trật tự)', en: 'Any further conditions (e.g. satisfaction, debt, security)' }, purpose: 'criteria', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: 'Reference check: n/a (not found)' },
  ],
  criteria: [
  ],
});
