// Every legal document a set rests on, once, by its number. A set names its documents with
// `basis(number, role, { annex })`; a misspelt number does not compile (`DecreeId`).
import type { LegalDocument } from '../src/model/legal-basis.js';
import type { SourceId } from './sources.js';

type Decree = Omit<LegalDocument, 'role' | 'annex' | 'document' | 'sources'> & { readonly sources?: readonly SourceId[] };

/**
 * Every decree (or provincial decision) of the rules, by number.
 * @example
 * DECREES['318/QĐ-TTg'].signed; // '2022-03-08'
 */
export const DECREES = {
  '1980/QĐ-TTg': { title: { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020', en: 'National criteria for NTM communes, 2016–2020' }, signed: '2016-10-17', inForce: '2016-12-01', replaces: ['491/QĐ-TTg', '342/QĐ-TTg'] },
  '558/QĐ-TTg': { title: { vi: 'Tiêu chí huyện nông thôn mới và quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới', en: 'Criteria for NTM districts and for towns/provincial cities completing the NTM task (2016–2020)' }, signed: '2016-04-05', inForce: null },
  '691/QĐ-TTg': { title: { vi: 'Tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2018-2020', en: 'Criteria for model NTM communes, 2018–2020' }, signed: '2018-06-05', inForce: null },
  '1274/QĐ-TTg': { title: { vi: 'Điều kiện công nhận tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2020', en: 'Conditions for provinces completing the NTM task in 2020' }, signed: '2020-08-19', inForce: null },
  '318/QĐ-TTg': { title: { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021-2025', en: 'National criteria for NTM communes and advanced NTM communes, 2021–2025' }, signed: '2022-03-08', inForce: null },
  '319/QĐ-TTg': { title: { vi: 'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021-2025', en: 'Criteria for model NTM communes, 2021–2025' }, signed: '2022-03-08', inForce: null },
  '320/QĐ-TTg': { title: { vi: 'Bộ tiêu chí quốc gia về huyện nông thôn mới; quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới và Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021-2025', en: 'National criteria for NTM districts, advanced NTM districts, and towns/cities completing the NTM task, 2021–2025' }, signed: '2022-03-08', inForce: null },
  '321/QĐ-TTg': { title: { vi: 'Quy định tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021-2025', en: 'Provinces completing the NTM task, 2021–2025' }, signed: '2022-03-08', inForce: null },
  '211/QĐ-TTg': { title: { vi: 'Sửa đổi, bổ sung một số tiêu chí, chỉ tiêu của Bộ tiêu chí quốc gia về xã nông thôn mới, xã nông thôn mới nâng cao, huyện nông thôn mới, huyện nông thôn mới nâng cao giai đoạn 2021-2025 và bổ sung tiêu chí huyện nông thôn mới đặc thù không có đơn vị hành chính cấp xã', en: 'Amending criteria and indicators of the 2021–2025 commune, advanced commune, district and advanced district sets (318/QĐ-TTg, 320/QĐ-TTg), and adding criteria for special NTM districts without commune-level units' }, signed: '2024-03-01', inForce: null, sources: ['S17', 'S18'] },
  '51/2025/QĐ-TTg': { title: { vi: 'Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026-2030', en: 'National criteria for NTM and modern NTM communes and for provinces completing the task, 2026–2030' }, signed: '2025-12-29', inForce: '2026-02-15' },
  'Vĩnh Phúc: xã NTM nâng cao (QĐ-UBND, số chưa tìm thấy)': { title: { vi: 'Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Vĩnh Phúc (≈2017/2018–2020)', en: 'Vĩnh Phúc criteria for advanced NTM communes (decision number not found)' }, signed: null, inForce: null, sources: ['SC_6638'] },
  'Vĩnh Phúc: thôn NTM kiểu mẫu (số chưa tìm thấy)': { title: { vi: 'Bộ tiêu chí thôn (khu dân cư) nông thôn mới kiểu mẫu tỉnh Vĩnh Phúc', en: 'Vĩnh Phúc criteria for model NTM villages (decision number not found)' }, signed: null, inForce: null },
  '2538/QĐ-UBND (Thái Bình)': { title: { vi: 'Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Thái Bình giai đoạn 2018-2020', en: 'Thái Bình criteria for advanced NTM communes, 2018–2020' }, signed: '2018-10-05', inForce: null, sources: ['SC_TB_HOIDAP'] },
  "Tuyên Quang: xã NTM kiểu mẫu 2021–2025 (số chưa tìm thấy)": { title: { vi: 'Tiêu chí xã nông thôn mới kiểu mẫu tỉnh Tuyên Quang giai đoạn 2021-2025 (tên dịch lại từ bản tiếng Anh, chưa thấy nguyên văn)', en: 'Tuyên Quang criteria for model NTM communes, 2021–2025 (decision number not found; issued 4 August, year not shown)' }, signed: null, inForce: null, sources: ['H8'] },
  // Documents cited only by notes and candidates (no set rests on them).
  '1360/QĐ-UBND (Bình Phước)': { title: { vi: 'Bộ tiêu chí xã nông thôn mới tỉnh Bình Phước giai đoạn 2021-2025 (tên dịch lại từ bản tiếng Anh, chưa thấy nguyên văn)', en: 'Bình Phước criteria for NTM communes, 2021–2025' }, signed: '2022-07-28', inForce: null, sources: ['H2'] },
  '1271/QĐ-UBND (Quảng Bình)': { title: { vi: 'Sửa đổi một số tiêu chí, chỉ tiêu của Bộ tiêu chí xã nông thôn mới, Bộ tiêu chí xã nông thôn mới nâng cao trên địa bàn tỉnh Quảng Bình giai đoạn 2021 - 2025', en: 'Amending some criteria and indicators of the Quảng Bình commune and advanced-commune sets, 2021–2025' }, signed: '2024-05-16', inForce: null, sources: ['H7'] },
  '272/2025/NĐ-CP': { title: { vi: 'Phân định vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026-2030 (tên dịch lại từ bản tiếng Anh, chưa thấy nguyên văn)', en: 'Demarcation of ethnic-minority and mountainous areas, 2026–2030 (criteria for region I, II and III communes)' }, signed: '2025-10-16', inForce: '2025-12-01', sources: ['H5', 'H6'] },
  // Recognition procedures: the sets' conditions cite them (`condition.document`); no set rests on them.
  '2540/QĐ-TTg': { title: { vi: 'Quy định điều kiện, trình tự, thủ tục, hồ sơ xét, công nhận và công bố địa phương đạt chuẩn nông thôn mới; địa phương hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2016-2020', en: 'Conditions, procedure and files for recognising and announcing localities that meet the NTM standard or have completed the NTM task, 2016–2020' }, signed: '2016-12-30', inForce: null, sources: ['S_2540'] },
  // Its signing date (2 August 2022) is not seen in a public text with its year: left unknown.
  '18/2022/QĐ-TTg': { title: { vi: 'Quy định điều kiện, trình tự, thủ tục, hồ sơ xét, công nhận, công bố và thu hồi quyết định công nhận địa phương đạt chuẩn nông thôn mới, đạt chuẩn nông thôn mới nâng cao, đạt chuẩn nông thôn mới kiểu mẫu và hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021-2025', en: 'Conditions, procedure and files for recognising, announcing and revoking the recognition of localities that meet the NTM, advanced NTM or model NTM standard or have completed the NTM task, 2021–2025' }, signed: null, inForce: null, sources: ['S15'] },
} as const satisfies Record<string, Decree>;

/**
 * The number of a document in `DECREES`.
 * @example
 * const id: DecreeId = '51/2025/QĐ-TTg';
 */
export type DecreeId = keyof typeof DECREES;

/**
 * One entry of a set's legal basis: the document, its role for this set and the annex the set is.
 * @example
 * basis('318/QĐ-TTg', 'base', { annex: 'Phụ lục I' }).signed; // '2022-03-08'
 */
export function basis(document: DecreeId, role: LegalDocument['role'], extra?: { readonly annex?: string }): LegalDocument {
  const { title, signed, inForce, ...rest } = DECREES[document] as Decree;
  return { document, role, title, signed, inForce, ...(extra?.annex ? { annex: extra.annex } : {}), ...rest };
}
