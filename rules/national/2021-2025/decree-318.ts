// What is known of 318/QĐ-TTg as a whole (signature, bases, annexes, what replaced what), stated
// once and carried by the sets of both its annexes.
import type { LocalizedText } from '../../../src/model/text.js';

/**
 * The notes on 318/QĐ-TTg that hold for Phụ lục I and Phụ lục II alike.
 * @example
 * DECREE_318_NOTES[0]!.vi; // 'Phó Thủ tướng Thường trực Phạm Bình Minh ký ngày 08/03/2022, cùng với 319, 320, 321 …'
 */
export const DECREE_318_NOTES: readonly LocalizedText[] = [
  {
    vi: 'Phó Thủ tướng Thường trực Phạm Bình Minh ký ngày 08/03/2022, cùng với 319, 320, 321 [đã kiểm chứng trong văn bản công khai: S36, S33].',
    en: 'Signed 08/03/2022 together with 319, 320, 321 by PTT Thường trực Phạm Bình Minh [verified in a public text: S36, S33].',
  },
  {
    vi: "Căn cứ: Luật Tổ chức Chính phủ năm 2015 và Luật sửa đổi năm 2019; NQ 25/2021/QH15 (28/7/2021); QĐ 1689/QĐ-TTg (11/10/2021); theo đề nghị của Bộ trưởng Bộ NN&PTNT. Điều 1 gọi hai bộ là 'Bộ tiêu chí nông thôn mới cấp xã giai đoạn 2021 - 2025' [đã kiểm chứng trong văn bản công khai: S02].",
    en: "Bases: Luật Tổ chức Chính phủ 2015 and its 2019 amendment; NQ 25/2021/QH15 (28/7/2021); QĐ 1689/QĐ-TTg (11/10/2021); proposed by Bộ trưởng Bộ NN&PTNT. Điều 1 names the two sets 'Bộ tiêu chí nông thôn mới cấp xã giai đoạn 2021 - 2025' [verified in a public text: S02].",
  },
  {
    vi: 'Phụ lục I: 19 tiêu chí, 5 nhóm (Quy hoạch; Hạ tầng kinh tế - xã hội; Kinh tế và tổ chức sản xuất; Văn hóa - Xã hội - Môi trường; Hệ thống chính trị) [đã kiểm chứng trong văn bản công khai: S01, S33]; 57 chỉ tiêu (giữ 19 tiêu chí, tăng 8 chỉ tiêu so với giai đoạn 2016–2020) [đã kiểm chứng trong văn bản công khai: S07].',
    en: 'Phụ lục I: 19 tiêu chí, 5 nhóm (Quy hoạch; Hạ tầng kinh tế - xã hội; Kinh tế và tổ chức sản xuất; Văn hóa - Xã hội - Môi trường; Hệ thống chính trị) [verified in a public text: S01, S33]; 57 chỉ tiêu (kept 19 criteria, added 8 indicators vs 2016–2020) [verified in a public text: S07].',
  },
  {
    vi: "Nhóm V: TVPL chia 5 nhóm (V = Hệ thống chính trị, tiêu chí 18–19); bản tin TTXVN gộp 14–19 vào 'Văn hóa-Xã hội-Môi trường'. Việc xếp 18–19 vào nhóm V theo S01 [đã kiểm chứng trong văn bản công khai: S01, S03].",
    en: "Group V: TVPL gives 5 groups (V = Hệ thống chính trị, criteria 18–19); the TTXVN bulletin folds 14–19 into 'Văn hóa-Xã hội-Môi trường'. Placing 18–19 in group V follows S01 [verified in a public text: S01, S03].",
  },
  {
    vi: 'Chưa đọc được các bảng phụ lục (các bản lưu chỉ có phần đầu và Điều 1–2). Không giá trị nào dưới đây lấy trực tiếp từ quyết định. Chưa tìm thấy ngày hiệu lực; period.from lấy ngày ký; period.to là ngày cuối của giai đoạn ghi trong tên bộ.',
    en: 'The Phụ lục tables were never reachable (stored copies show only the header and Điều 1–2). No value below comes from the decision itself. Effective date not found; period.from uses the signing date; period.to is the end of the named period.',
  },
  {
    vi: 'Chưa thấy văn bản công khai nào nêu việc thay thế 1980/QĐ-TTg (và 691/QĐ-TTg bởi 319) [chưa tìm thấy].',
    en: 'Replacement of 1980/QĐ-TTg (and 691/QĐ-TTg by 319) is not stated in any public text seen [not found].',
  },
  {
    vi: "Phụ lục II (nâng cao): tên 19 tiêu chí không hoàn toàn giống Phụ lục I. Đã thấy: 5 = Giáo dục [đã kiểm chứng trong văn bản công khai: E3]; 8 = Thông tin và Truyền thông [đã kiểm chứng trong văn bản công khai: E12]; 14 = Y tế [đã kiểm chứng trong văn bản công khai: S05]; 15 = Hành chính công, nguồn có nêu chỉ tiêu 15.2 (chưa ghi lại tên) [đã kiểm chứng trong văn bản công khai: RG_HANOI_236]. Bộ nâng cao có tiêu chí 'Cơ sở hạ tầng thương mại nông thôn' và 'Điện' (chưa thấy số thứ tự) [đã kiểm chứng trong văn bản công khai: E9, E11]. Phần còn lại của danh sách là nhớ lại, chưa thấy trong văn bản. Phụ lục II có 19 tiêu chí và 75 chỉ tiêu [đã kiểm chứng trong văn bản công khai: H3, H4].",
    en: "Phụ lục II (nâng cao): the 19 names are not all the same as Phụ lục I. Seen: 5 = Giáo dục [verified in a public text: E3]; 8 = Thông tin và Truyền thông [verified in a public text: E12]; 14 = Y tế [verified in a public text: S05]; 15 = Hành chính công, with an indicator 15.2 named in the source (its name not recorded) [verified in a public text: RG_HANOI_236]. Criteria 'Cơ sở hạ tầng thương mại nông thôn' and 'Điện' exist in the nâng cao set (numbers not seen) [verified in a public text: E9, E11]. The rest of the list is RECALLED. Phụ lục II has 19 criteria and 75 indicators [verified in a public text: H3, H4].",
  },
  {
    vi: 'Nội dung hướng dẫn về văn hóa của Phụ lục II (1064/HD-BVHTTDL): Trung tâm Văn hóa–Thể thao xã đầu tư xây dựng riêng biệt bên ngoài khu hành chính xã; Nhà văn hóa–Khu thể thao thôn được tu bổ, tôn tạo, xây mới đảm bảo diện tích, chỗ ngồi, trang thiết bị. Chưa tìm thấy mã tiêu chí, mã chỉ tiêu và các ô theo vùng [đã kiểm chứng trong văn bản công khai: E5].',
    en: 'Phụ lục II văn hóa guidance content (1064/HD-BVHTTDL): Trung tâm Văn hóa–Thể thao xã đầu tư xây dựng riêng biệt bên ngoài khu hành chính xã; Nhà văn hóa–Khu thể thao thôn được tu bổ, tôn tạo, xây mới đảm bảo diện tích, chỗ ngồi, trang thiết bị. Criterion/indicator codes and per-region cells not found [verified in a public text: E5].',
  },
  {
    vi: 'Chỉ tiêu 18.4 của 318 về tiếp cận pháp luật, được hướng dẫn tại QĐ 1143/QĐ-BTP [đã kiểm chứng trong văn bản công khai: R19].',
    en: 'Indicator 18.4 of 318 concerns access to law (tiếp cận pháp luật), guided by QĐ 1143/QĐ-BTP [verified in a public text: R19].',
  },
  {
    vi: 'Văn bản có thể cho các mức theo vùng: văn bản trình bày lại của các tỉnh Trà Vinh 1306, Yên Bái 1216, Bắc Giang 741, Bình Phước 1360, Đồng Tháp 863, Nam Định 24/2022, Thanh Hóa 33/2022/QĐ-UBND (nâng cao) [đã kiểm chứng trong văn bản công khai: S37]; Cần Thơ 3429/QĐ-UBND (15/09/2022, ĐBSCL, toàn văn nằm trong một bộ dữ liệu công khai) [đã kiểm chứng trong văn bản công khai: S38]; TP. Hồ Chí Minh QĐ 2476/QĐ-UBND (cột ĐNB) [đã kiểm chứng trong văn bản công khai: RG_HCMC_2476]; Quảng Nam QĐ 2333/QĐ-UBND (năm 2022, nâng cao; mới thấy tên văn bản).',
    en: 'Leads for the regional numbers: provincial restatements Trà Vinh 1306, Yên Bái 1216, Bắc Giang 741, Bình Phước 1360, Đồng Tháp 863, Nam Định 24/2022, Thanh Hóa 33/2022/QĐ-UBND (nâng cao) [verified in a public text: S37]; Cần Thơ 3429/QĐ-UBND (15/09/2022, ĐBSCL, full text in an HF dataset row) [verified in a public text: S38]; HCMC QĐ 2476/QĐ-UBND (ĐNB column) [verified in a public text: RG_HCMC_2476]; Quảng Nam QĐ 2333/QĐ-UBND (2022, nâng cao; title only).',
  },
  {
    vi: 'Việc xác định vùng sau khi sáp nhập tỉnh năm 2025 (một tỉnh mới có thể thuộc hai trong 7 vùng) còn bỏ ngỏ đối với các trường hợp công nhận vẫn theo 318 trước ngày 15/02/2026 [chưa tìm thấy].',
    en: 'Region mapping after the 2025 province mergers (a merged province can straddle two of the 7 regions) is an open question for recognitions still made under 318 before 15/02/2026 [not found].',
  },
  {
    vi: 'Không phải nguồn: một ứng dụng mẫu về NTM với dữ liệu bịa [G1, G2].',
    en: 'Not a source: a demo NTM app with invented data [G1, G2].',
  },
];
