// 51/2025/QĐ-TTg, Phụ lục I: Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030 (Phụ lục I).
// National criteria for NTM communes, 2026–2030 (Annex I).
// A row is one indicator; its cells follow the decree's three commune groups (Nhóm 1, 2, 3).
// Only `verified` cells are targets.
import { basis } from '../../decrees.js';
import { DECREE_51_NOTES } from './decree-51.js';
import { each, unverified, groups } from '../../table.js';
import { H3, H5, H6, H9, R15, R5, S20, S21, S22, S23, S25, S26 } from '../../sources.js';

const { row, criterion, set } = groups;

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030 (Phụ lục I) (51/2025/QĐ-TTg).
 * National criteria for NTM communes, 2026–2030 (Annex I).
 * @example
 * commune51.criteria.length; // 10
 */
export const commune51 = set({
  id: 'commune-2026-2030',
  family: 'commune-2026-2030',
  version: '51/2025/QĐ-TTg',
  level: 'commune',
  title: { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030 (Phụ lục I)', en: 'National criteria for NTM communes, 2026–2030 (Annex I)' },
  period: { from: '2026-02-15', to: '2030-12-31' },
  years: { from: 2026, to: 2030 },
  legalBasis: [basis('51/2025/QĐ-TTg', 'base', { annex: 'Phụ lục I' })],
  columnRules: [
    { id: 'commune-2026-2030.r1', text: { vi: 'Mỗi tiêu chí đều được chia theo 3 nhóm xã (xã nhóm 1, xã nhóm 2, xã nhóm 3); định nghĩa nhóm: xem communeGroups2026.', en: 'Every criterion is split by 3 commune groups (definitions in communeGroups2026) instead of the 7 regions.' }, status: 'verified', sources: ['S20', 'S21', 'S22', 'R5'] },
    { id: 'commune-2026-2030.r2', text: { vi: "Nhóm 1 gồm 3 nhánh nối bằng 'hoặc'; nhánh đầu là phép 'và' (liền kề đô thị hiện hữu VÀ có định hướng phát triển thành đô thị).", en: "Group 1 = (adjacent to an existing urban area AND oriented to become urban) OR agriculture <10% of the economy OR oriented as a new urban area (R3, R6 use 'and'; R2 joins with a comma)." }, status: 'verified', sources: ['S21', 'S23', 'S20'] },
    { id: 'commune-2026-2030.r3', text: { vi: 'Nhóm 3 phụ thuộc phân định xã khu vực II, III giai đoạn 2026–2030 theo Nghị định 272/2025/NĐ-CP ngày 16/10/2025 (hiệu lực từ 01/12/2025), nghị định quy định tiêu chí xã khu vực I, II, III.', en: 'Group 3 depends on the 2026–2030 KV II/III classification: Decree 272/2025/NĐ-CP of 16/10/2025 (in force from 01/12/2025), which sets the criteria for region I, II and III communes. The in-force date is seen only in a foreign-language copy of Lao Động.' }, status: 'verified', sources: ['S21', 'R15', 'H5', 'H6'] },
    { id: 'commune-2026-2030.r4', text: { vi: 'Các dự thảo 2025 đánh số nhóm ngược lại (nhóm 1 = xã nghèo/KV II–III; nhóm 2 ≥70% đất nông nghiệp; nhóm 3 ≥1.000 người/km² hoặc đang đô thị hóa) - đã bị thay thế.', en: '2025 drafts numbered the groups the other way round (draft and final text conflict; the final decision applies). Do not reuse draft-era material.' }, status: 'verified', sources: ['S25', 'S26'] },
  ],
  sources: { R15, R5, S20, S21, S22, S23, S25, S26, H3, H5, H6, H9 },
  notes: DECREE_51_NOTES,
  conditions: [
    { id: 'recognition2026', text: { vi: 'Điều kiện, trình tự công nhận xã đạt chuẩn NTM 2026–2030 (kế thừa QĐ 18/2022)', en: 'Recognition conditions/procedure for 2026–2030 (successor of QĐ 18/2022)' }, purpose: 'recognition', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có (chưa tìm thấy nội dung).', en: 'Reference check: n/a (not found)' } },
    { id: 'transition', text: { vi: 'Chuyển tiếp từ các bộ 318/319/320/321/211 và hồ sơ theo 18/2022 chưa quyết định trước 15/02/2026', en: 'Transition from the 2021–2025 sets and pending 18/2022 files' }, purpose: 'procedure', status: 'not-found', sources: [], check: { kind: 'not-checkable' }, note: { vi: 'Cách kiểm tra: không có (chưa tìm thấy; các đánh giá mới từ ngày 15/02/2026 dùng bộ này).', en: 'Reference check: n/a (not found; new evaluations from 2026-02-15 use this set)' } },
  ],
  criteria: [
    criterion({ id: '1', number: 1, name: { vi: 'Quy hoạch', en: 'Planning' }, status: 'verified', sources: ['S22', 'S21', 'R5'], incompleteIndicators: { vi: 'Phụ lục I có 47 chỉ tiêu; chỉ thấy tên 6 chỉ tiêu (mã và vị trí chưa kiểm chứng), còn thiếu 41.', en: 'Annex I has 47 indicators; only 6 names were seen (codes and placement not verified), so 41 are missing.' } }, [
    ]),
    criterion({ id: '2', number: 2, name: { vi: 'Hạ tầng kinh tế - xã hội', en: 'Socio-economic infrastructure' }, status: 'verified', sources: ['S22', 'S21', 'R5'], incompleteIndicators: { vi: 'Phụ lục I có 47 chỉ tiêu; chỉ thấy tên 6 chỉ tiêu (mã và vị trí chưa kiểm chứng), còn thiếu 41.', en: 'Annex I has 47 indicators; only 6 names were seen (codes and placement not verified), so 41 are missing.' } }, [
    ]),
    criterion({ id: '3', number: 3, name: { vi: 'Phát triển kinh tế nông thôn', en: 'Rural economic development' }, status: 'verified', sources: ['S22', 'S21', 'R5'], incompleteIndicators: { vi: 'Phụ lục I có 47 chỉ tiêu; chỉ thấy tên 6 chỉ tiêu (mã và vị trí chưa kiểm chứng), còn thiếu 41.', en: 'Annex I has 47 indicators; only 6 names were seen (codes and placement not verified), so 41 are missing.' } }, [
      row({ code: '3.x1', measure: 'amount', op: '>=', textStatus: 'verified',
        text: { vi: 'Tốc độ tăng thu nhập bình quân đầu người', en: 'Growth rate of average income per person' },
        unit: { vi: '%/năm (tốc độ tăng)', en: '%/year (growth rate)' },
        note: { vi: "Tên được trích nguyên văn trong Phụ lục III như một 'nội dung tiêu chí' [đã kiểm chứng trong văn bản công khai: R7]; chưa kiểm chứng vị trí trong tiêu chí và mã chỉ tiêu (mã tạm); loại chỉ tiêu suy ra từ câu chữ; chưa tìm thấy mức đạt theo nhóm xã. Đây là tốc độ tăng, không phải mức tuyệt đối tính bằng triệu đồng/người/năm; chưa tìm thấy mức thu nhập hay tốc độ tăng theo từng nhóm xã. Mục tiêu của Chương trình (không phải mức đạt của Phụ lục I): thu nhập ở nông thôn năm 2030 gấp 2,5–3 lần năm 2020 [đã kiểm chứng trong văn bản công khai: R9].", en: "Name quoted verbatim in the PL III text as a 'nội dung tiêu chí' [verified in a public text: R7]; criterion placement and code NOT verified (placeholder code); kind inferred from the wording; group targets not found. It is a growth rate, not an absolute level in triệu đồng/người/năm; no per-group income level or growth rate found. Programme target (not a PL I threshold): rural income in 2030 at 2.5–3× 2020 [verified in a public text: R9]." },
      }, each(unverified('not-found', []))),
      row({ code: '3.x2', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Có kế hoạch và thực hiện hiệu quả kế hoạch phát triển sản phẩm OCOP gắn với đặc trưng, thế mạnh của địa phương', en: 'Has and effectively implements an OCOP product plan tied to local strengths' },
        note: { vi: "Tên được trích nguyên văn trong Phụ lục III như một 'nội dung tiêu chí' [đã kiểm chứng trong văn bản công khai: R7]; chưa kiểm chứng vị trí trong tiêu chí và mã chỉ tiêu (mã tạm); loại chỉ tiêu suy ra từ câu chữ; chưa tìm thấy mức đạt theo nhóm xã. Chưa coi là chỉ tiêu đánh giá đạt/không đạt: chưa thấy loại chỉ tiêu cũng như việc áp dụng theo từng nhóm xã.", en: "Name quoted verbatim in the PL III text as a 'nội dung tiêu chí' [verified in a public text: R7]; criterion placement and code NOT verified (placeholder code); kind inferred from the wording; group targets not found. Flag rule not applied: neither the kind nor per-group applicability was seen." },
      }, each(unverified('not-found', []))),
      row({ code: '3.x3', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Có hoạt động phát triển kinh tế tư nhân trên địa bàn gắn với tạo việc làm, thu nhập cho người lao động địa phương', en: 'Private-economy activity creating local jobs and income' },
        note: { vi: "Tên được trích nguyên văn trong Phụ lục III như một 'nội dung tiêu chí' [đã kiểm chứng trong văn bản công khai: R7]; chưa kiểm chứng vị trí trong tiêu chí và mã chỉ tiêu (mã tạm); loại chỉ tiêu suy ra từ câu chữ; chưa tìm thấy mức đạt theo nhóm xã. Chưa coi là chỉ tiêu đánh giá đạt/không đạt: chưa thấy loại chỉ tiêu cũng như việc áp dụng theo từng nhóm xã.", en: "Name quoted verbatim in the PL III text as a 'nội dung tiêu chí' [verified in a public text: R7]; criterion placement and code NOT verified (placeholder code); kind inferred from the wording; group targets not found. Flag rule not applied: neither the kind nor per-group applicability was seen." },
      }, each(unverified('not-found', []))),
    ]),
    criterion({ id: '4', number: 4, name: { vi: 'Đào tạo nguồn nhân lực nông thôn', en: 'Rural human-resource training' }, status: 'verified', sources: ['S22', 'S21', 'R5'], incompleteIndicators: { vi: 'Phụ lục I có 47 chỉ tiêu; chỉ thấy tên 6 chỉ tiêu (mã và vị trí chưa kiểm chứng), còn thiếu 41.', en: 'Annex I has 47 indicators; only 6 names were seen (codes and placement not verified), so 41 are missing.' } }, [
    ]),
    criterion({ id: '5', number: 5, name: { vi: 'Văn hóa, giáo dục, y tế', en: 'Culture, education, health' }, status: 'verified', sources: ['S22', 'S21', 'R5'], incompleteIndicators: { vi: 'Phụ lục I có 47 chỉ tiêu; chỉ thấy tên 6 chỉ tiêu (mã và vị trí chưa kiểm chứng), còn thiếu 41.', en: 'Annex I has 47 indicators; only 6 names were seen (codes and placement not verified), so 41 are missing.' } }, [
    ]),
    criterion({ id: '6', number: 6, name: { vi: 'Giảm nghèo và an sinh xã hội', en: 'Poverty reduction and social security' }, status: 'verified', sources: ['S22', 'S21', 'R5'], incompleteIndicators: { vi: 'Phụ lục I có 47 chỉ tiêu; chỉ thấy tên 6 chỉ tiêu (mã và vị trí chưa kiểm chứng), còn thiếu 41.', en: 'Annex I has 47 indicators; only 6 names were seen (codes and placement not verified), so 41 are missing.' } }, [
      row({ code: '6.x1', measure: 'percent', op: '<=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ nghèo đa chiều', en: 'Multidimensional poverty rate' },
        note: { vi: "Tên được trích nguyên văn trong Phụ lục III như một 'nội dung tiêu chí' [đã kiểm chứng trong văn bản công khai: R7]; chưa kiểm chứng vị trí trong tiêu chí và mã chỉ tiêu (mã tạm); loại chỉ tiêu suy ra từ câu chữ; chưa tìm thấy mức đạt theo nhóm xã. Bối cảnh: mục tiêu của Chương trình - tỷ lệ nghèo cả nước giảm 1–1,5%/năm, vùng DTTS & MN dưới 10% đến năm 2030 [đã kiểm chứng trong văn bản công khai: R9]; chuẩn nghèo năm 2026 giữ như giai đoạn 2022–2025, giai đoạn 2027–2030 là 2,2 triệu đồng/người/tháng ở nông thôn và 2,8 triệu đồng/người/tháng ở thành thị [đã kiểm chứng trong văn bản công khai: S29].", en: "Name quoted verbatim in the PL III text as a 'nội dung tiêu chí' [verified in a public text: R7]; criterion placement and code NOT verified (placeholder code); kind inferred from the wording; group targets not found. Context: programme target - national rate −1 to 1.5%/year, DTTS & MN <10% by 2030 [verified in a public text: R9]; poverty line 2026 = 2022–2025 line, 2027–2030 rural 2.2 million / urban 2.8 million đ/person/month [verified in a public text: S29]." },
      }, each(unverified('not-found', []))),
    ]),
    criterion({ id: '7', number: 7, name: { vi: 'Khoa học công nghệ và chuyển đổi số', en: 'Science, technology and digital transformation' }, status: 'verified', sources: ['S22', 'S21', 'R5'], incompleteIndicators: { vi: 'Phụ lục I có 47 chỉ tiêu; chỉ thấy tên 6 chỉ tiêu (mã và vị trí chưa kiểm chứng), còn thiếu 41.', en: 'Annex I has 47 indicators; only 6 names were seen (codes and placement not verified), so 41 are missing.' } }, [
    ]),
    criterion({ id: '8', number: 8, name: { vi: 'Môi trường và cảnh quan nông thôn', en: 'Rural environment and landscape' }, status: 'verified', sources: ['S22', 'S21', 'R5'], incompleteIndicators: { vi: 'Phụ lục I có 47 chỉ tiêu; chỉ thấy tên 6 chỉ tiêu (mã và vị trí chưa kiểm chứng), còn thiếu 41.', en: 'Annex I has 47 indicators; only 6 names were seen (codes and placement not verified), so 41 are missing.' } }, [
      row({ code: '8.x1', measure: 'percent', op: '>=', textStatus: 'verified',
        text: { vi: 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn', en: 'Share of households using clean water to standard' },
        note: { vi: "Tên được trích nguyên văn trong Phụ lục III như một 'nội dung tiêu chí' [đã kiểm chứng trong văn bản công khai: R7]; chưa kiểm chứng vị trí trong tiêu chí và mã chỉ tiêu (mã tạm); loại chỉ tiêu suy ra từ câu chữ; chưa tìm thấy mức đạt theo nhóm xã. Có thể thuộc tiêu chí 2 hoặc 8.", en: "Name quoted verbatim in the PL III text as a 'nội dung tiêu chí' [verified in a public text: R7]; criterion placement and code NOT verified (placeholder code); kind inferred from the wording; group targets not found. Could sit under criterion 2 or 8." },
      }, each(unverified('not-found', []))),
      row({ code: '8.x2', measure: 'flag', op: '=', textStatus: 'verified',
        text: { vi: 'Đảm bảo an toàn thực phẩm', en: 'Food safety ensured' },
        note: { vi: "Tên được trích nguyên văn trong Phụ lục III như một 'nội dung tiêu chí' [đã kiểm chứng trong văn bản công khai: R7]; chưa kiểm chứng vị trí trong tiêu chí và mã chỉ tiêu (mã tạm); loại chỉ tiêu suy ra từ câu chữ; chưa tìm thấy mức đạt theo nhóm xã. Có thể thuộc tiêu chí 5 hoặc 8. Chưa coi là chỉ tiêu đánh giá đạt/không đạt: chưa thấy loại chỉ tiêu cũng như việc áp dụng theo từng nhóm xã.", en: "Name quoted verbatim in the PL III text as a 'nội dung tiêu chí' [verified in a public text: R7]; criterion placement and code NOT verified (placeholder code); kind inferred from the wording; group targets not found. Could sit under criterion 5 or 8. Flag rule not applied: neither the kind nor per-group applicability was seen." },
      }, each(unverified('not-found', []))),
    ]),
    criterion({ id: '9', number: 9, name: { vi: 'Xây dựng hệ thống chính trị và hành chính công', en: 'Political system and public administration' }, status: 'verified', sources: ['S22', 'S21', 'R5'], incompleteIndicators: { vi: 'Phụ lục I có 47 chỉ tiêu; chỉ thấy tên 6 chỉ tiêu (mã và vị trí chưa kiểm chứng), còn thiếu 41.', en: 'Annex I has 47 indicators; only 6 names were seen (codes and placement not verified), so 41 are missing.' } }, [
    ]),
    criterion({ id: '10', number: 10, name: { vi: 'Tiếp cận pháp luật và an ninh, quốc phòng', en: 'Access to law, security and defence' }, status: 'verified', sources: ['S22', 'S21', 'R5'], incompleteIndicators: { vi: 'Phụ lục I có 47 chỉ tiêu; chỉ thấy tên 6 chỉ tiêu (mã và vị trí chưa kiểm chứng), còn thiếu 41.', en: 'Annex I has 47 indicators; only 6 names were seen (codes and placement not verified), so 41 are missing.' } }, [
    ]),
  ],
});
