// Điều kiện công nhận của Quyết định 18/2022/QĐ-TTg, dùng chung cho các bộ tiêu chí 2021–2025.
// Recognition conditions of 18/2022/QĐ-TTg, shared by the 2021–2025 sets.
import type { Condition } from '../../../src/model/condition.js';

/** Không có nợ đọng xây dựng cơ bản thuộc CT MTQG XD NTM trên địa bàn / No outstanding basic-construction debt under the NTM programme (QĐ 18/2022) */
export const r18NoDebt = {
  id: "r18.noDebt",
  text: {
    vi: "Không có nợ đọng xây dựng cơ bản thuộc CT MTQG XD NTM trên địa bàn",
    en: "No outstanding basic-construction debt under the NTM programme (QĐ 18/2022)"
  },
  purpose: "recognition",
  status: "verified",
  sources: [
    "S15"
  ],
  check: {
    kind: "fact",
    fact: "outstandingConstructionDebt",
    op: "<=",
    value: 0
  },
  document: "18/2022/QĐ-TTg",
  note: { vi: 'Cách kiểm tra: không còn nợ đọng xây dựng cơ bản.', en: "Reference check: outstandingBasicConstructionDebt == 0" }
} as const satisfies Condition;

/** Hai điều kiện còn lại (text cut; có thể là nợ đọng XDCB và an ninh trật tự) / Two further district conditions were cut off in the source (likely XDCB debt and security/order) */
export const r18Others = {
  id: "r18.others",
  text: {
    vi: "Hai điều kiện còn lại (text cut; có thể là nợ đọng XDCB và an ninh trật tự)",
    en: "Two further district conditions were cut off in the source (likely XDCB debt and security/order)"
  },
  purpose: "recognition",
  status: "not-found",
  sources: [
    "S15"
  ],
  check: {
    kind: "not-checkable"
  },
  document: "18/2022/QĐ-TTg",
  note: { vi: 'Cách kiểm tra: không có (chưa tìm thấy nội dung).', en: "Reference check: n/a (not found)" }
} as const satisfies Condition;

/** Tỷ lệ hài lòng của người dân với kết quả XD NTM/NTM nâng cao/NTM kiểu mẫu của xã đáp ứng yêu cầu theo quy định / Residents' satisfaction meets the required level (condition seen; the numeric threshold for communes was not found) */
export const r18Satisfaction = {
  id: "r18.satisfaction",
  text: {
    vi: "Tỷ lệ hài lòng của người dân với kết quả XD NTM/NTM nâng cao/NTM kiểu mẫu của xã đáp ứng yêu cầu theo quy định",
    en: "Residents' satisfaction meets the required level (condition seen; the numeric threshold for communes was not found)"
  },
  purpose: "recognition",
  status: "not-found",
  sources: [
    "S15"
  ],
  check: {
    kind: "fact",
    fact: "satisfactionRate",
    op: ">=",
    value: null
  },
  document: "18/2022/QĐ-TTg",
  note: { vi: 'Cách kiểm tra: tỷ lệ người dân hài lòng ≥ ? (chưa tìm thấy mức).', en: "Reference check: satisfactionRate >= ? (threshold not found)" }
} as const satisfies Condition;

/** Xã không phức tạp về an ninh, trật tự theo quy định của Bộ Công an / The commune is not a complex security/order area per the Ministry of Public Security (QĐ 18/2022) */
export const r18Security = {
  id: "r18.security",
  text: {
    vi: "Xã không phức tạp về an ninh, trật tự theo quy định của Bộ Công an",
    en: "The commune is not a complex security/order area per the Ministry of Public Security (QĐ 18/2022)"
  },
  purpose: "recognition",
  status: "verified",
  sources: [
    "S15"
  ],
  check: {
    kind: "fact",
    fact: "securityComplexArea",
    op: "=",
    value: false
  },
  document: "18/2022/QĐ-TTg",
  note: { vi: 'Cách kiểm tra: xã không thuộc diện phức tạp về an ninh, trật tự.', en: "Reference check: securityComplexArea == false" }
} as const satisfies Condition;
