// Imported from shared/reference/criteria.json (generated 2026-11-28) by
// scripts/import-reference.py, then maintained by hand: every value keeps its source ids and
// its verification status; only `verified` values are targets.
import { defineCriteriaSet } from '../../../src/model/criteria-set.js';
import { r18NoDebt, r18Satisfaction, r18Security } from './recognition-18-2022.js';

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục II) (318/QĐ-TTg).
 * National criteria for advanced NTM communes, 2021–2025 (Annex II).
 * @example
 * const r = evaluate(communeAdvanced318, { region: 'red-river-delta', year: 2022, values: { '10': 100 } });
 * r.criteria[0].indicators[0].status;
 */
export const communeAdvanced318 = defineCriteriaSet({
  id: "commune-advanced-2021-2025",
  family: "commune-advanced-2021-2025",
  version: "318/QĐ-TTg",
  level: "commune-advanced",
  title: {
    vi: "Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục II)",
    en: "National criteria for advanced NTM communes, 2021–2025 (Annex II)"
  },
  period: {
    from: "2022-03-08",
    to: "2024-02-29"
  },
  years: {
    from: 2021,
    to: 2026
  },
  legalBasis: [
    {
      document: "318/QĐ-TTg",
      role: "base",
      title: {
        vi: "Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021-2025",
        en: "National criteria for NTM communes and advanced NTM communes, 2021–2025"
      },
      signed: "2022-03-08",
      inForce: null,
      annex: "Phụ lục II"
    }
  ],
  columns: "regions",
  columnRules: [
    {
      id: "commune-advanced-2021-2025.r1",
      text: {
        vi: "Mỗi tiêu chí có chỉ tiêu chung và chỉ tiêu theo 7 vùng: TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL.",
        en: "Each criterion has a general target and targets for 7 regions; the general column is kept in notes."
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ]
    },
    {
      id: "318.art1",
      text: {
        vi: "Đối với các xã đặc biệt khó khăn, xã an toàn khu thuộc huyện nghèo và huyện vừa thoát nghèo giai đoạn 2018 - 2020, mức đạt chuẩn nông thôn mới hoặc đạt chuẩn nông thôn mới nâng cao được áp dụng theo quy định đạt chuẩn đối với vùng Trung du miền núi phía Bắc.",
        en: "Original Art. 1 (verbatim): extremely disadvantaged communes and safe-zone (ATK) communes of poor / just-out-of-poverty districts 2018–2020 use the TDMNPB column, for NTM and NTM nâng cao."
      },
      status: "verified",
      sources: [
        "S02",
        "S01"
      ],
      select: {
        categories: [
          "extremely-disadvantaged",
          "safe-zone-poor-district"
        ],
        column: "northern-midlands-mountains"
      }
    },
    {
      id: "commune-advanced-2021-2025.r3",
      text: {
        vi: "Từ 01/3/2024 (QĐ 211/QĐ-TTg): áp dụng cho xã khu vực II, khu vực III vùng đồng bào DTTS & miền núi; xã ĐBKK vùng bãi ngang ven biển và hải đảo; xã ATK thuộc huyện nghèo — 'mức đạt chuẩn NTM hoặc NTM nâng cao được áp dụng theo quy định đạt chuẩn đ…' (bị cắt).",
        en: "From 01/03/2024 (QĐ 211) the exception covers KV II and KV III communes of ethnic-minority & mountain areas, extremely disadvantaged coastal-sandbank and island communes, and ATK communes of poor districts; it replaced the 2018–2020 rule (text cut before the column is named)."
      },
      status: "verified",
      sources: [
        "S17",
        "SC_IPSARD"
      ]
    },
    {
      id: "commune-advanced-2021-2025.r4",
      text: {
        vi: "… đối với vùng Trung du miền núi phía Bắc (phần sau chỗ cắt).",
        en: "The column named by the 211 rule is probably TDMNPB (ending not seen; matches Art. 1 of 318)."
      },
      status: "recalled",
      sources: [
        "S17",
        "S02"
      ]
    },
    {
      id: "commune-advanced-2021-2025.r5",
      text: {
        vi: "Mặc định xã áp dụng cột vùng của tỉnh.",
        en: "By default a commune uses its province's regional column (inferred, seed-case)."
      },
      status: "recalled",
      sources: [
        "SC_TAMDAO"
      ]
    },
    {
      id: "commune-advanced-2021-2025.r6",
      text: {
        vi: "Xác định vùng cho tỉnh sau sáp nhập 2025 (tỉnh mới có thể thuộc hai vùng).",
        en: "Region of a merged (2025) province that straddles two regions: no rule found."
      },
      status: "not-found",
      sources: []
    }
  ],
  communeCategories: [
    {
      id: "extremely-disadvantaged",
      name: {
        vi: "Xã đặc biệt khó khăn",
        en: "Extremely disadvantaged commune"
      }
    },
    {
      id: "safe-zone-poor-district",
      name: {
        vi: "Xã an toàn khu thuộc huyện nghèo (hoặc vừa thoát nghèo giai đoạn 2018–2020)",
        en: "Safe-zone (ATK) commune of a poor (or just-out-of-poverty 2018–2020) district"
      }
    }
  ],
  criteria: [
    {
      id: "1",
      number: 1,
      name: {
        vi: "Quy hoạch",
        en: "Planning"
      },
      status: "recalled",
      sources: [],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "2",
      number: 2,
      name: {
        vi: "Giao thông",
        en: "Transport"
      },
      status: "recalled",
      sources: [],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "3",
      number: 3,
      name: {
        vi: "Thủy lợi và phòng, chống thiên tai",
        en: "Irrigation and disaster prevention"
      },
      status: "recalled",
      sources: [],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "4",
      number: 4,
      name: {
        vi: "Điện",
        en: "Electricity"
      },
      status: "recalled",
      sources: [],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "5",
      number: 5,
      name: {
        vi: "Giáo dục",
        en: "Education"
      },
      status: "verified",
      sources: [
        "E3"
      ],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "6",
      number: 6,
      name: {
        vi: "Văn hóa",
        en: "Culture"
      },
      status: "recalled",
      sources: [],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "7",
      number: 7,
      name: {
        vi: "Cơ sở hạ tầng thương mại nông thôn",
        en: "Rural commercial infrastructure"
      },
      status: "recalled",
      sources: [],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "8",
      number: 8,
      name: {
        vi: "Thông tin và truyền thông",
        en: "Information and communications"
      },
      status: "verified",
      sources: [
        "E12"
      ],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "9",
      number: 9,
      name: {
        vi: "Nhà ở dân cư",
        en: "Residential housing"
      },
      status: "recalled",
      sources: [],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "10",
      number: 10,
      name: {
        vi: "Thu nhập",
        en: "Income"
      },
      status: "recalled",
      sources: [],
      indicators: [
        {
          code: "10",
          text: {
            vi: "Thu nhập bình quân đầu người khu vực nông thôn (triệu đồng/người/năm), theo năm",
            en: "Average rural income per person, by year (million VND/person/year)"
          },
          textStatus: "recalled",
          measure: "amount",
          unit: {
            vi: "triệu đồng/người/năm",
            en: "million VND/person/year"
          },
          targets: {
            "northern-midlands-mountains": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            "red-river-delta": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            "north-central": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            "south-central-coast": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            "central-highlands": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            southeast: {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            "mekong-delta": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            }
          },
          note: "Wording RECALLED. An earlier reading recalls absolute regional levels by year (2022–2025), not a '+10%' rule; values not retrieved."
        }
      ],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "11",
      number: 11,
      name: {
        vi: "Nghèo đa chiều",
        en: "Multidimensional poverty"
      },
      status: "recalled",
      sources: [],
      indicators: [
        {
          code: "11",
          text: {
            vi: "Tỷ lệ nghèo đa chiều giai đoạn 2021–2025",
            en: "Multidimensional poverty rate"
          },
          textStatus: "recalled",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "not-found",
              value: null,
              op: "<=",
              sources: []
            },
            "red-river-delta": {
              status: "not-found",
              value: null,
              op: "<=",
              sources: []
            },
            "north-central": {
              status: "not-found",
              value: null,
              op: "<=",
              sources: []
            },
            "south-central-coast": {
              status: "not-found",
              value: null,
              op: "<=",
              sources: []
            },
            "central-highlands": {
              status: "not-found",
              value: null,
              op: "<=",
              sources: []
            },
            southeast: {
              status: "not-found",
              value: null,
              op: "<=",
              sources: []
            },
            "mekong-delta": {
              status: "not-found",
              value: null,
              op: "<=",
              sources: []
            }
          },
          note: "Wording RECALLED."
        }
      ],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "12",
      number: 12,
      name: {
        vi: "Lao động",
        en: "Labour"
      },
      status: "recalled",
      sources: [],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "13",
      number: 13,
      name: {
        vi: "Tổ chức sản xuất và phát triển kinh tế nông thôn",
        en: "Production organisation and rural economic development"
      },
      status: "recalled",
      sources: [],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "14",
      number: 14,
      name: {
        vi: "Y tế",
        en: "Health"
      },
      status: "verified",
      sources: [
        "S05"
      ],
      indicators: [
        {
          code: "14.x",
          text: {
            vi: "Tỷ lệ người dân tham gia bảo hiểm y tế (áp dụng đạt cho cả nam và nữ)",
            en: "Health-insurance coverage (both men and women)"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "verified",
              value: 95,
              op: ">=",
              sources: [
                "S05"
              ]
            },
            "red-river-delta": {
              status: "verified",
              value: 95,
              op: ">=",
              sources: [
                "S05"
              ]
            },
            "north-central": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            "south-central-coast": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            "central-highlands": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            southeast: {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            "mekong-delta": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            }
          },
          note: "S05: 'để đạt xã, huyện NTM nâng cao, tỷ lệ … BHYT … vùng ĐBSH và TDMNPB phải từ 95% trở lên'; other regions not stated. An earlier reading coded it 14.1; code not seen."
        }
      ],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "15",
      number: 15,
      name: {
        vi: "Hành chính công",
        en: "Public administration"
      },
      status: "verified",
      sources: [
        "RG_HANOI_236"
      ],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "16",
      number: 16,
      name: {
        vi: "Tiếp cận pháp luật",
        en: "Access to law"
      },
      status: "recalled",
      sources: [],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "17",
      number: 17,
      name: {
        vi: "Môi trường",
        en: "Environment"
      },
      status: "recalled",
      sources: [],
      indicators: [
        {
          code: "17.x",
          text: {
            vi: "Tỷ lệ hộ được sử dụng nước sạch từ hệ thống cấp nước tập trung",
            en: "Share of households using clean water from a centralised system"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            "red-river-delta": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            "north-central": {
              status: "provincial",
              value: null,
              op: ">=",
              sources: [
                "S06"
              ],
              candidates: [
                {
                  value: 55,
                  sources: [
                    "S06"
                  ],
                  province: "Thanh Hóa"
                }
              ],
              note: "Báo Thanh Hóa (Như Thanh, BTB): 'từ 55% đối với xã NTM nâng cao'; the article may be quoting a national single value."
            },
            "south-central-coast": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            "central-highlands": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            southeast: {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            },
            "mekong-delta": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            }
          },
          note: "Status disagreement, same value: seed-case.md treats ≥55% as a national (VERIFIED) rule; an earlier reading VERIFIED-2 but 'not filled into region cells'; a second check PROVINCIAL (BTB). The lower status is kept. Code/regional split unverified."
        }
      ],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "18",
      number: 18,
      name: {
        vi: "Chất lượng môi trường sống",
        en: "Quality of the living environment"
      },
      status: "recalled",
      sources: [],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    },
    {
      id: "19",
      number: 19,
      name: {
        vi: "Quốc phòng và an ninh",
        en: "Defence and security"
      },
      status: "recalled",
      sources: [],
      indicators: [],
      incompleteIndicators: {
        vi: "Danh sách chỉ tiêu của Phụ lục II chưa thấy đầy đủ (số chỉ tiêu chưa tìm thấy; tài liệu tham chiếu có 4 chỉ tiêu).",
        en: "The Annex II indicator list was not seen in full (its count is NOT_FOUND; the reference has 4 indicators)."
      }
    }
  ],
  conditions: [
    {
      id: "r18.meetsSet",
      text: {
        vi: "Đáp ứng đầy đủ mức đạt chuẩn của bộ tiêu chí tương ứng (318 Phụ lục II)",
        en: "Meets every target of the corresponding set (QĐ 18/2022, Mục 1 Điều 4)"
      },
      purpose: "recognition",
      status: "verified",
      sources: [
        "S15"
      ],
      check: {
        kind: "criteria-met"
      },
      document: "18/2022/QĐ-TTg",
      note: "Reference check: allIndicatorsMet(set) == true"
    },
    r18NoDebt,
    r18Satisfaction,
    r18Security
  ],
  facts: {
    outstandingConstructionDebt: {
      kind: "number",
      text: {
        vi: "Nợ đọng xây dựng cơ bản trong xây dựng NTM (triệu đồng)",
        en: "Outstanding capital-construction debt in the NTM programme (million VND)"
      }
    },
    satisfactionRate: {
      kind: "number",
      text: {
        vi: "Tỷ lệ người dân hài lòng (%)",
        en: "Share of residents satisfied (%)"
      }
    },
    securityComplexArea: {
      kind: "boolean",
      text: {
        vi: "Xã phức tạp về an ninh, trật tự (theo Bộ Công an)",
        en: "The commune is a complex security/order area (Ministry of Public Security)"
      }
    }
  },
  sources: {
    E12: {
      url: "https://sotttt.thainguyen.gov.vn/tin-tuc/-/asset_publisher/LgMJqmfcY8Ds/content/tieu-chi-so-8-thong-tin-va-truyen-thong-trong-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-nang-cao-giai-oan-2",
      what: "Sở TT&TT Thái Nguyên: criterion 8 'gồm 4 chỉ tiêu' 8.1–8.4; criterion 8 also in the nâng cao set"
    },
    E3: {
      url: "https://tapchigiaoduc.edu.vn/article/87633/228/tap-trung-trien-khai-chuong-trinh-muc-tieu-quoc-gia-xay-dung-nong-thon-moi-linh-vuc-giao-duc-cap-xa-giai-doan-2021-2025/",
      what: "318 delegates school and PCGD targets to Bộ GD&ĐT ('do Bộ Giáo dục và Đào tạo công bố chỉ tiêu cụ thể'); nâng cao criterion 5 = giáo dục; fragment of 14.2 wording"
    },
    RG_HANOI_236: {
      url: "https://kinhtevadubao.vn/xa-duong-xa-thanh-cong-voi-mo-hinh-diem-thon-thong-minh-trong-xay-dung-nong-thon-moi-27743.html",
      what: "Hà Nội KH 236/KH-UBND (21/9/2023) as reported: xã NTM nâng cao criterion 15 = 'Hành chính công' (chỉ tiêu 15.2 named); xã NTM 8.4 under Thông tin và Truyền thông"
    },
    S01: {
      url: "https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/39774/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025",
      what: "TVPL news 10/03/2022: 318 has 19 criteria in 5 groups (names listed), region list, ĐBKK/ATK rule. Mirror: http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/39774/... (11 = 'Nghèo đa chiều', 12 = 'Lao động', 13 = 'Tổ chức sản xuất và phát triển kinh tế nông thôn'; chỉ tiêu chung + 7 regions)"
    },
    S02: {
      url: "https://ls1.hethongphapluat.com/quyet-dinh-318-qd-ttg-nam-2022-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-nang-cao-giai-doan-2021-2025-do-thu-tuong-chinh-phu-ban-hanh.html",
      what: "Text of 318/QĐ-TTg, header + Điều 1 (only the opening was readable; Phụ lục not reached). (excerpt ends at Điều 2; legal bases and Điều 1 read verbatim)"
    },
    S03: {
      url: "https://dantocmiennui.baotintuc.vn/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025-post317608.html",
      what: "VNA/Dân tộc & Miền núi 08/03/2022: criteria numbering 1–19 by group; 3.1 ≥80%, 3.2 '4 tại chỗ'; text cut at 'thu nhập ... năm 2022, chỉ tiêu chung là từ'."
    },
    S05: {
      url: "https://vietnamnet.vn/gan-94-dan-so-vinh-phuc-tham-gia-bhyt-gop-phan-duy-tri-xay-dung-nong-thon-moi-2235669.html",
      what: "Vĩnh Phúc article: for xã/huyện NTM nâng cao, BHYT ≥95% in ĐBSH and TDMNPB; health criterion is no. 15 (NTM) and 14 (nâng cao); names of e-health indicators."
    },
    S06: {
      url: "https://m.baomoi.com/tieu-chi-nuoc-sach-tap-trung-diem-nghen-trong-xay-dung-ntm-o-nhu-thanh/c/44061754.epi",
      what: "Báo Thanh Hóa via Baomới (Như Thanh, BTB): 'xã đạt chuẩn NTM phải có từ 15% đến 20% trở lên số hộ ... nước sạch từ hệ thống cấp nước tập trung ... và từ 55% đối với xã NTM nâng cao'."
    },
    S15: {
      url: "https://langngheviet.com.vn/nong-thon-moi/nhung-dieu-kien-de-cong-nhan-dia-phuong-dat-chuan-nong-thon-moi-giai-doan-2021-2025.html33991",
      what: "Conditions for recognition under 18/2022/QĐ-TTg: 4 commune conditions; start of district conditions."
    },
    S17: {
      url: "https://nguoihanoi.vn/sua-doi-bo-tieu-chi-quoc-gia-ve-xa-va-huyen-nong-thon-moi-82143.html",
      what: "Người Hà Nội 02/03/2024: 211/QĐ-TTg of 01/03/2024 (PTT Trần Lưu Quang); scope; new rule for KV II/III, ĐBKK bãi ngang, ATK communes (text cut)."
    },
    SC_IPSARD: {
      url: "https://ipsard.gov.vn/vn/tID10153_sua-doi-mot-so-tieu-chi-nong-thon-moi-va-quy-trinh-xet-cong-nhan-dia-phuong-dat-chuan-nong-thon-moi.html",
      what: "IPSARD: amendments of NTM criteria and recognition procedure - QĐ 211/QĐ-TTg (01/3/2024) and QĐ 03/2024/QĐ-TTg (07/3/2024); 211 replaced the ĐBKK/ATK → TDMNPB rule (new wording cut)"
    },
    SC_TAMDAO: {
      url: "https://langngheviet.com.vn/tam-dao-vinh-phuc-phan-dau-100-cac-xa-dat-chuan-ntm-vao-nam-2025-14933.html",
      what: "Làng nghề Việt 2021: Tam Đảo end-2020 actual values next to the ĐBSH requirement (roads 100%; income ≥50; poor ≤2%; water 100% HVS / >65% sạch); Hồ Sơn NTM nâng cao income 60 million"
    }
  },
  notes: [
    "Signed 08/03/2022 together with 319, 320, 321 by PTT Thường trực Phạm Bình Minh [VERIFIED; S36, S33].",
    "Bases: Luật Tổ chức Chính phủ 2015 and its 2019 amendment; NQ 25/2021/QH15 (28/7/2021); QĐ 1689/QĐ-TTg (11/10/2021); proposed by Bộ trưởng Bộ NN&PTNT. Điều 1 names the two sets 'Bộ tiêu chí nông thôn mới cấp xã giai đoạn 2021 - 2025' [VERIFIED; S02].",
    "Phụ lục I: 19 tiêu chí, 5 nhóm (Quy hoạch; Hạ tầng kinh tế - xã hội; Kinh tế và tổ chức sản xuất; Văn hóa - Xã hội - Môi trường; Hệ thống chính trị) [VERIFIED; S01, S33]; 57 chỉ tiêu (kept 19 criteria, added 8 indicators vs 2016–2020) [VERIFIED; S07].",
    "Group V: TVPL gives 5 groups (V = Hệ thống chính trị, criteria 18–19); the TTXVN bulletin folds 14–19 into 'Văn hóa-Xã hội-Môi trường'. Placing 18–19 in group V follows S01 [VERIFIED; S01, S03].",
    "The Phụ lục tables were never reachable (stored copies show only the header and Điều 1–2). No value below comes from the decision itself. Effective date NOT_FOUND; period.from uses the signing date; period.to is the end of the named period.",
    "Replacement of 1980/QĐ-TTg (and 691/QĐ-TTg by 319) is not stated in the notes [NOT_FOUND].",
    "Phụ lục II (nâng cao): the 19 names are not all the same as Phụ lục I. Seen: 5 = Giáo dục [VERIFIED; E3]; 8 = Thông tin và Truyền thông [VERIFIED; E12]; 14 = Y tế [VERIFIED; S05]; 15 = Hành chính công, with an indicator 15.2 named in the source (its name not recorded in the notes) [VERIFIED; RG_HANOI_236]. Criteria 'Cơ sở hạ tầng thương mại nông thôn' and 'Điện' exist in the nâng cao set (numbers not seen) [VERIFIED; E9, E11]. The rest of the list is RECALLED; the indicator count is NOT_FOUND.",
    "Phụ lục II văn hóa guidance content (1064/HD-BVHTTDL): Trung tâm Văn hóa–Thể thao xã đầu tư xây dựng riêng biệt bên ngoài khu hành chính xã; Nhà văn hóa–Khu thể thao thôn được tu bổ, tôn tạo, xây mới đảm bảo diện tích, chỗ ngồi, trang thiết bị. Criterion/indicator codes and per-region cells NOT_FOUND [VERIFIED; E5].",
    "Indicator 18.4 of 318 concerns access to law (tiếp cận pháp luật), guided by QĐ 1143/QĐ-BTP [VERIFIED; R19].",
    "Leads for the regional numbers: provincial restatements Trà Vinh 1306, Yên Bái 1216, Bắc Giang 741, Bình Phước 1360, Đồng Tháp 863, Nam Định 24/2022, Thanh Hóa 33/2022/QĐ-UBND (nâng cao) [VERIFIED; S37]; Cần Thơ 3429/QĐ-UBND (15/09/2022, ĐBSCL, full text in an HF dataset row) [VERIFIED; S38]; HCMC QĐ 2476/QĐ-UBND (ĐNB column) [VERIFIED; RG_HCMC_2476]; Quảng Nam QĐ 2333/QĐ-UBND (2022, nâng cao; title only).",
    "Region mapping after the 2025 province mergers (a merged province can straddle two of the 7 regions) is an open question for recognitions still made under 318 before 15/02/2026 [NOT_FOUND].",
    "The NTM app named in the first brief (GitHub file 56210845855) holds invented demo data and was not used [VERIFIED; G1, G2]."
  ]
});
