// Imported from shared/reference/criteria.json (generated 2026-11-28) by
// scripts/import-reference.py, then maintained by hand: every value keeps its source ids and
// its verification status; only `verified` values are targets.
import { defineCriteriaSet } from '../../../src/model/criteria-set.js';

/**
 * Tiêu chí huyện nông thôn mới đặc thù không có đơn vị hành chính cấp xã giai đoạn 2021–2025 (211/QĐ-TTg).
 * Criteria for special NTM districts without commune-level units, 2021–2025.
 * @example
 * const r = evaluate(districtSpecial211, { year: 2025, values: { '1.1': true } });
 * r.criteria[0].indicators[0].status;
 */
export const districtSpecial211 = defineCriteriaSet({
  id: "district-special-2024",
  family: "district-special-2024",
  version: "211/QĐ-TTg",
  level: "district",
  title: {
    vi: "Tiêu chí huyện nông thôn mới đặc thù không có đơn vị hành chính cấp xã giai đoạn 2021–2025",
    en: "Criteria for special NTM districts without commune-level units, 2021–2025"
  },
  period: {
    from: "2024-03-01",
    to: "2026-02-14"
  },
  years: {
    from: 2024,
    to: 2026
  },
  legalBasis: [
    {
      document: "211/QĐ-TTg",
      role: "base",
      title: {
        vi: "Sửa đổi, bổ sung một số tiêu chí, chỉ tiêu của Bộ tiêu chí quốc gia về xã nông thôn mới, xã nông thôn mới nâng cao, huyện nông thôn mới, huyện nông thôn mới nâng cao giai đoạn 2021-2025 và bổ sung tiêu chí huyện nông thôn mới đặc thù không có đơn vị hành chính cấp xã",
        en: "Amending criteria and indicators of the 2021–2025 commune, advanced commune, district and advanced district sets (318/QĐ-TTg, 320/QĐ-TTg), and adding criteria for special NTM districts without commune-level units"
      },
      signed: "2024-03-01",
      inForce: null
    }
  ],
  columns: "single",
  columnRules: [],
  criteria: [
    {
      id: "1",
      number: 1,
      name: {
        vi: "Quy hoạch (huyện đặc thù; tên suy ra từ nội dung)",
        en: "Planning (special district; name inferred from the rows)"
      },
      status: "recalled",
      sources: [
        "S18"
      ],
      indicators: [
        {
          code: "1.1",
          text: {
            vi: "Có quy hoạch xây dựng vùng huyện được phê duyệt còn thời hạn hoặc được rà soát, điều chỉnh theo quy định, trong đó có quy hoạch khu chức năng dịch vụ hỗ trợ phát triển kinh tế nông thôn",
            en: "Valid (or reviewed/adjusted) approved district-region construction plan, including service zones supporting the rural economy"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S18"
              ]
            }
          },
          note: "Back-translated from LawNet's English ('Completed')."
        },
        {
          code: "1.2",
          text: {
            vi: "Có công trình hạ tầng kỹ thuật hoặc hạ tầng xã hội thiết yếu được đầu tư xây dựng theo quy hoạch xây dựng vùng huyện",
            en: "Essential technical or social infrastructure works built under the district-region plan"
          },
          textStatus: "verified",
          measure: "count",
          targets: {
            all: {
              status: "verified",
              value: 1,
              op: ">=",
              sources: [
                "S18"
              ],
              note: "'≥01 công trình'."
            }
          },
          note: "Back-translated from LawNet's English."
        }
      ]
    },
    {
      id: "2",
      number: 2,
      name: {
        vi: "Giao thông (huyện đặc thù; tên suy ra từ nội dung)",
        en: "Transport (special district; name inferred from the rows)"
      },
      status: "recalled",
      sources: [
        "S18"
      ],
      indicators: [
        {
          code: "2.1",
          text: {
            vi: "Tỷ lệ km đường huyện đạt chuẩn theo quy hoạch và được bảo trì hàng năm",
            en: "Share of district-road km meeting the plan and maintained annually"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 100,
              op: ">=",
              sources: [
                "S18"
              ]
            }
          }
        },
        {
          code: "2.2",
          text: {
            vi: "Tỷ lệ km đường huyện được trồng cây xanh dọc tuyến",
            en: "Share of district-road km planted with roadside trees"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [
                "S18"
              ],
              note: "Target 'UBND cấp tỉnh quy định' (set by the province); no national number."
            }
          }
        },
        {
          code: "2.3",
          text: {
            vi: "Đường thủy nội địa do địa phương quản lý (nếu có) … (bị cắt)",
            en: "Local inland waterways (if any) … (text cut)"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "not-found",
              value: null,
              op: "=",
              sources: [
                "S18"
              ],
              note: "Row cut; target and the remaining criteria NOT_FOUND."
            }
          },
          note: "Wording partial (VERIFIED-PARTIAL); the remaining special-district criteria were not seen."
        }
      ],
      incompleteIndicators: {
        vi: "Dòng 2.3 bị cắt; các dòng sau chưa thấy.",
        en: "Row 2.3 is cut; the rows after it were not seen."
      }
    }
  ],
  conditions: [
    {
      id: "special.satisfaction",
      text: {
        vi: "Huyện NTM đặc thù (không có ĐVHC cấp xã): tỷ lệ hài lòng của người dân trên địa bàn đối với kết quả XD NTM của huyện ≥90%",
        en: "Special district without commune-level units: residents' satisfaction with the district's NTM results ≥90%"
      },
      purpose: "criteria",
      status: "verified",
      sources: [
        "S18"
      ],
      check: {
        kind: "fact",
        fact: "satisfactionRate",
        op: ">=",
        value: 90
      },
      note: "Reference check: satisfaction(district) >= 90%"
    },
    {
      id: "change.guidanceUpdated",
      text: {
        vi: "Hướng dẫn bộ ngành cập nhật theo 211: 1327/QĐ-BCT (03/6/2024) điện, thương mại nông thôn; 2251/BTNMT-KSONMT (09/4/2024) môi trường, gồm huyện NTM đặc thù",
        en: "Ministry guidance updated after 211: 1327/QĐ-BCT (electricity, rural commerce) and 2251/BTNMT-KSONMT (environment, incl. special districts)"
      },
      purpose: "procedure",
      status: "verified",
      sources: [
        "E10",
        "E14"
      ],
      check: {
        kind: "not-checkable"
      },
      note: "Reference check: n/a (documents)"
    },
    {
      id: "special.remainingCriteria",
      text: {
        vi: "Các tiêu chí còn lại của huyện NTM đặc thù (sau dòng 2.3, bị cắt)",
        en: "The remaining criteria of the special district (after row 2.3, text cut)"
      },
      purpose: "criteria",
      status: "not-found",
      sources: [
        "S18"
      ],
      check: {
        kind: "not-checkable"
      },
      note: "Reference: the remaining special-district criteria were not seen."
    }
  ],
  facts: {
    satisfactionRate: {
      kind: "number",
      text: {
        vi: "Tỷ lệ người dân hài lòng (%)",
        en: "Share of residents satisfied (%)"
      }
    }
  },
  scope: "no-commune-units",
  sources: {
    E10: {
      url: "https://ipc1.gov.vn/bo-cong-thuong-ban-hanh-huong-dan-thuc-hien-cac-tieu-chi-chi-tieu-thuoc-linh-vuc-cong-thuong-trong-bo-tieu-chi-quoc-gia-ve-nong-thon-moi/",
      what: "1327/QĐ-BCT (03/6/2024) replaces 1214, 1957 and 2332; cites 318, 320 and 211"
    },
    E14: {
      url: "https://thuviennhadat.vn/vbpl/cong-van-2251-btnmt-ksonmt-2024-hop-nhat-huong-dan-thuc-hien-bo-tieu-chi-nong-thon-moi-635375.html",
      what: "2251/BTNMT-KSONMT (09/4/2024) consolidates BTNMT guidance incl. huyện NTM đặc thù (header only) "
    },
    S18: {
      url: "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/criteria-for-special-new-rural-districts-without-commune-level-administrative-units-in-vietnam-as-of-march-1-2024-133694.html",
      what: "LawNet EN: 211/QĐ-TTg criteria for huyện NTM đặc thù không có ĐVHC cấp xã (satisfaction ≥90%; table rows 1.1–2.3, cut). (= E16 in a later reading)"
    }
  },
  notes: [
    "Signed 01/3/2024 by PTT Trần Lưu Quang; amends criteria/targets of 318 (xã NTM, xã NTM nâng cao) and 320 (huyện NTM, huyện NTM nâng cao); adds criteria for huyện NTM đặc thù không có ĐVHC cấp xã [VERIFIED; S17, S18]. (Title above is composed from that scope; exact title not recorded.)",
    "Which commune/district indicators were amended (income 10, poverty 11, environment 17.x, others) and their new values: NOT_FOUND.",
    "Ministry guidance updated after 211: 1327/QĐ-BCT (03/6/2024) cites 211 (điện, thương mại nông thôn) [VERIFIED; E10]; 2251/BTNMT-KSONMT (09/4/2024) consolidates environment guidance incl. huyện NTM đặc thù [VERIFIED; E14].",
    "Encoded as set amendments-211-2024."
  ]
});
