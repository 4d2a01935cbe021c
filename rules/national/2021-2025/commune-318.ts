// Imported from shared/reference/criteria.json (generated 2026-11-28) by
// scripts/import-reference.py, then maintained by hand: every value keeps its source ids and
// its verification status; only `verified` values are targets.
import { defineCriteriaSet } from '../../../src/model/criteria-set.js';
import { r18NoDebt, r18Satisfaction, r18Security } from './recognition-18-2022.js';

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025 (Phụ lục I) (318/QĐ-TTg).
 * National criteria for NTM communes, 2021–2025 (Annex I).
 * @example
 * const r = evaluate(commune318, { region: 'red-river-delta', year: 2022, values: { '1.1': true } });
 * r.criteria[0].indicators[0].status;
 */
export const commune318 = defineCriteriaSet({
  id: "commune-2021-2025",
  family: "commune-2021-2025",
  version: "318/QĐ-TTg",
  level: "commune",
  title: {
    vi: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025 (Phụ lục I)",
    en: "National criteria for NTM communes, 2021–2025 (Annex I)"
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
      annex: "Phụ lục I"
    }
  ],
  columns: "regions",
  columnRules: [
    {
      id: "commune-2021-2025.r1",
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
      id: "commune-2021-2025.r3",
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
      id: "commune-2021-2025.r4",
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
      id: "commune-2021-2025.r5",
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
      id: "commune-2021-2025.r6",
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
      group: {
        vi: "I. Quy hoạch",
        en: "I. Planning"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "1.1",
          text: {
            vi: "Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn",
            en: "Approved general commune construction plan, published on time"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "1.2",
          text: {
            vi: "Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch",
            en: "Plan-management regulations issued and the plan implemented"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        }
      ]
    },
    {
      id: "2",
      number: 2,
      name: {
        vi: "Giao thông",
        en: "Transport"
      },
      group: {
        vi: "II. Hạ tầng kinh tế - xã hội",
        en: "II. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "2.1",
          text: {
            vi: "Tỷ lệ đường xã (và đường từ trung tâm xã đến đường huyện) được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện quanh năm",
            en: "Share of commune roads (and roads to the district road) asphalted or concreted, passable by car all year"
          },
          textStatus: "recalled",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). Medium confidence (an earlier reading)."
            },
            "red-river-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). Medium confidence (an earlier reading)."
            },
            "north-central": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). Medium confidence (an earlier reading)."
            },
            "south-central-coast": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). Medium confidence (an earlier reading)."
            },
            "central-highlands": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). Medium confidence (an earlier reading)."
            },
            southeast: {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). Medium confidence (an earlier reading)."
            },
            "mekong-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). Medium confidence (an earlier reading)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND). The transport guidance found (932/QĐ-BGTVT) covers the district set only [VERIFIED; S11]."
        },
        {
          code: "2.2",
          text: {
            vi: "Tỷ lệ đường thôn, bản, ấp và đường liên thôn, bản, ấp ít nhất được cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm",
            en: "Share of village and inter-village roads at least hardened, passable by car all year"
          },
          textStatus: "recalled",
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
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "2.3",
          text: {
            vi: "Tỷ lệ đường ngõ, xóm sạch và đáp ứng yêu cầu đi lại thuận tiện quanh năm",
            en: "Share of lanes clean and passable all year"
          },
          textStatus: "recalled",
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
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "2.4",
          text: {
            vi: "Tỷ lệ đường trục chính nội đồng đáp ứng yêu cầu sản xuất và vận chuyển hàng hóa",
            en: "Share of main field roads meeting production and transport needs"
          },
          textStatus: "recalled",
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
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        }
      ]
    },
    {
      id: "3",
      number: 3,
      name: {
        vi: "Thủy lợi và phòng, chống thiên tai",
        en: "Irrigation and disaster prevention"
      },
      group: {
        vi: "II. Hạ tầng kinh tế - xã hội",
        en: "II. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "3.1",
          text: {
            vi: "Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động",
            en: "Share of agricultural land with active irrigation and drainage"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 80,
              op: ">=",
              sources: [
                "E7",
                "E8",
                "S03"
              ],
              note: "Uniform: national sources ('đạt từ 80% trở lên') give one value with no regional split."
            }
          },
          note: "Guidance 1680/QĐ-BNN-VPĐP (11/5/2022) [VERIFIED; E8]."
        },
        {
          code: "3.2",
          text: {
            vi: "Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ",
            en: "Proactive disaster prevention under the 'four on-the-spot' motto"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "E7",
                "E8",
                "S03"
              ]
            }
          },
          note: "1680/QĐ-BNN-VPĐP: every item marked 'có' in the requirement column must be met and the score must be 50 to under 70 points for a xã NTM [VERIFIED; E8]."
        }
      ]
    },
    {
      id: "4",
      number: 4,
      name: {
        vi: "Điện",
        en: "Electricity"
      },
      group: {
        vi: "II. Hạ tầng kinh tế - xã hội",
        en: "II. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "4.1",
          text: {
            vi: "Hệ thống điện đạt chuẩn",
            en: "Electricity system meets the standard"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "4.2",
          text: {
            vi: "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn",
            en: "Share of households using electricity regularly and safely"
          },
          textStatus: "recalled",
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
          note: "Wording RECALLED (wording in 318 may differ). Guidance: 2332/QĐ-BCT (in force 07/11/2022) replaced 4293 and 5131 [VERIFIED; E11]; 1327/QĐ-BCT (03/6/2024) replaced 1214, 1957, 2332 and cites 211 [VERIFIED; E10]; texts not seen."
        }
      ]
    },
    {
      id: "5",
      number: 5,
      name: {
        vi: "Trường học",
        en: "Schools"
      },
      group: {
        vi: "II. Hạ tầng kinh tế - xã hội",
        en: "II. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "5a",
          text: {
            vi: "Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS; hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) đạt tiêu chuẩn cơ sở vật chất tối thiểu",
            en: "Share of schools (pre-school, primary, lower secondary) meeting the minimum facilities (CSVC) standard"
          },
          textStatus: "verified",
          measure: "percent",
          columns: [
            "northern-midlands-mountains",
            "north-central",
            "south-central-coast",
            "central-highlands",
            "mekong-delta"
          ],
          targets: {
            "northern-midlands-mountains": {
              status: "verified",
              value: 100,
              op: ">=",
              sources: [
                "E1",
                "E3"
              ],
              note: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Compound conditional rule: encode by hand."
            },
            "north-central": {
              status: "verified",
              value: 100,
              op: ">=",
              sources: [
                "E1",
                "E3"
              ],
              note: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Compound conditional rule: encode by hand."
            },
            "south-central-coast": {
              status: "verified",
              value: 100,
              op: ">=",
              sources: [
                "E1",
                "E3"
              ],
              note: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Compound conditional rule: encode by hand."
            },
            "central-highlands": {
              status: "verified",
              value: 100,
              op: ">=",
              sources: [
                "E1",
                "E3"
              ],
              note: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Compound conditional rule: encode by hand."
            },
            "mekong-delta": {
              status: "verified",
              value: 100,
              op: ">=",
              sources: [
                "E1",
                "E3"
              ],
              note: "'Các vùng còn lại': 100% đạt CSVC tối thiểu, trong đó ≥70% đạt CSVC mức độ 1 (xã có >3 trường) / ≥50% (xã có ≤3 trường). Compound conditional rule: encode by hand."
            }
          },
          ref: {
            document: "318/QĐ-TTg",
            annex: "Phụ lục I",
            row: "5"
          },
          note: "Split from compound row 5 (the regions other than ĐBSH and ĐNB: 100% at the minimum standard). Values published by QĐ 1491/QĐ-BGDĐT (06/6/2022); 318 delegates these targets to Bộ GD&ĐT. E1 names ĐBSH and ĐNB and says 'các vùng còn lại', mapped here to the other five regions [VERIFIED; E1, E3]."
        },
        {
          code: "5b",
          text: {
            vi: "Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất mức độ 1",
            en: "Share of schools meeting facilities (CSVC) standard level 1"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "red-river-delta": {
              status: "verified",
              value: 100,
              op: ">=",
              sources: [
                "E1",
                "E3"
              ],
              note: "100% đạt CSVC mức độ 1."
            },
            southeast: {
              status: "verified",
              value: 100,
              op: ">=",
              sources: [
                "E1",
                "E3"
              ],
              note: "100% đạt CSVC mức độ 1."
            },
            "northern-midlands-mountains": [
              {
                status: "verified",
                value: 70,
                op: ">=",
                sources: [
                  "E1",
                  "E3"
                ],
                when: {
                  fact: "schoolCount",
                  op: ">",
                  value: 3
                },
                note: "Commune with more than 3 schools."
              },
              {
                status: "verified",
                value: 50,
                op: ">=",
                sources: [
                  "E1",
                  "E3"
                ],
                when: {
                  fact: "schoolCount",
                  op: "<=",
                  value: 3
                },
                note: "Commune with 3 schools or fewer."
              }
            ],
            "north-central": [
              {
                status: "verified",
                value: 70,
                op: ">=",
                sources: [
                  "E1",
                  "E3"
                ],
                when: {
                  fact: "schoolCount",
                  op: ">",
                  value: 3
                },
                note: "Commune with more than 3 schools."
              },
              {
                status: "verified",
                value: 50,
                op: ">=",
                sources: [
                  "E1",
                  "E3"
                ],
                when: {
                  fact: "schoolCount",
                  op: "<=",
                  value: 3
                },
                note: "Commune with 3 schools or fewer."
              }
            ],
            "south-central-coast": [
              {
                status: "verified",
                value: 70,
                op: ">=",
                sources: [
                  "E1",
                  "E3"
                ],
                when: {
                  fact: "schoolCount",
                  op: ">",
                  value: 3
                },
                note: "Commune with more than 3 schools."
              },
              {
                status: "verified",
                value: 50,
                op: ">=",
                sources: [
                  "E1",
                  "E3"
                ],
                when: {
                  fact: "schoolCount",
                  op: "<=",
                  value: 3
                },
                note: "Commune with 3 schools or fewer."
              }
            ],
            "central-highlands": [
              {
                status: "verified",
                value: 70,
                op: ">=",
                sources: [
                  "E1",
                  "E3"
                ],
                when: {
                  fact: "schoolCount",
                  op: ">",
                  value: 3
                },
                note: "Commune with more than 3 schools."
              },
              {
                status: "verified",
                value: 50,
                op: ">=",
                sources: [
                  "E1",
                  "E3"
                ],
                when: {
                  fact: "schoolCount",
                  op: "<=",
                  value: 3
                },
                note: "Commune with 3 schools or fewer."
              }
            ],
            "mekong-delta": [
              {
                status: "verified",
                value: 70,
                op: ">=",
                sources: [
                  "E1",
                  "E3"
                ],
                when: {
                  fact: "schoolCount",
                  op: ">",
                  value: 3
                },
                note: "Commune with more than 3 schools."
              },
              {
                status: "verified",
                value: 50,
                op: ">=",
                sources: [
                  "E1",
                  "E3"
                ],
                when: {
                  fact: "schoolCount",
                  op: "<=",
                  value: 3
                },
                note: "Commune with 3 schools or fewer."
              }
            ]
          },
          ref: {
            document: "318/QĐ-TTg",
            annex: "Phụ lục I",
            row: "5"
          },
          note: "Split from compound row 5: ĐBSH and ĐNB 100% at level 1; the other regions ≥70% at level 1 for a commune with more than 3 schools, ≥50% with 3 or fewer. Values published by QĐ 1491/QĐ-BGDĐT (06/6/2022); 318 delegates these targets to Bộ GD&ĐT. E1 names ĐBSH and ĐNB and says 'các vùng còn lại', mapped here to the other five regions [VERIFIED; E1, E3]."
        }
      ]
    },
    {
      id: "6",
      number: 6,
      name: {
        vi: "Cơ sở vật chất văn hóa",
        en: "Cultural facilities"
      },
      group: {
        vi: "II. Hạ tầng kinh tế - xã hội",
        en: "II. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "6.1",
          text: {
            vi: "Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã",
            en: "Commune cultural house or multi-purpose hall and sports ground"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "E5",
                "E6"
              ]
            }
          },
          note: "Guidance 1064/HD-BVHTTDL (30/3/2022)."
        },
        {
          code: "6.2",
          text: {
            vi: "Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định",
            en: "Play, recreation and sports points for children and the elderly"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "E5",
                "E6"
              ]
            }
          },
          note: "1064/HD-BVHTTDL: each xã has at least one separate play/recreation point for the elderly and children, including drowning-prevention activities for children [VERIFIED; E5]."
        },
        {
          code: "6.3",
          text: {
            vi: "Tỷ lệ (thôn) khu dân cư có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng",
            en: "Share of villages/residential areas with a cultural house or community cultural-sports place"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 100,
              op: ">=",
              sources: [
                "E5"
              ],
              note: "Explicit: 'đạt 100% theo tất cả các vùng'."
            }
          },
          note: "Guidance wording (E5/E6 'Tỷ lệ Khu dân cư…'); 318 itself may say 'thôn, bản, ấp' (an earlier reading recalled 'Tỷ lệ thôn, bản, ấp có nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng')."
        }
      ]
    },
    {
      id: "7",
      number: 7,
      name: {
        vi: "Cơ sở hạ tầng thương mại nông thôn",
        en: "Rural commercial infrastructure"
      },
      group: {
        vi: "II. Hạ tầng kinh tế - xã hội",
        en: "II. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "7",
          text: {
            vi: "Xã có chợ nông thôn đạt chuẩn (trong quy hoạch/kế hoạch), hoặc, nếu không có chợ, siêu thị mini / cửa hàng tiện lợi / cửa hàng kinh doanh tổng hợp đạt chuẩn",
            en: "A standard rural market (in the plan), or if none, a standard mini-supermarket / convenience store / general store"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "E9",
                "E10"
              ]
            }
          },
          note: "Guidance wording (1214/QĐ-BCT, 22/6/2022; replaced by 1327/QĐ-BCT, 03/6/2024); communes with a chợ nông thôn are assessed first. The wording in 318 itself was not seen (an earlier reading recalled 'Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa')."
        }
      ]
    },
    {
      id: "8",
      number: 8,
      name: {
        vi: "Thông tin và Truyền thông",
        en: "Information and communications"
      },
      group: {
        vi: "II. Hạ tầng kinh tế - xã hội",
        en: "II. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "8.1",
          text: {
            vi: "Xã có điểm phục vụ bưu chính",
            en: "Postal service point"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "E12",
                "E13"
              ]
            }
          },
          note: "1127/QĐ-BTTTT (June 2022): ≥1 postal point with signage and posted hours, open ≥4 hours per working day, letters up to 2 kg, etc. [VERIFIED; E13]. Criterion 8 'gồm 4 chỉ tiêu' [VERIFIED; E12]."
        },
        {
          code: "8.2",
          text: {
            vi: "Xã có dịch vụ viễn thông, internet",
            en: "Telecom and internet services"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "E12"
              ]
            }
          }
        },
        {
          code: "8.3",
          text: {
            vi: "Xã có đài truyền thanh và hệ thống loa đến các thôn",
            en: "Radio station and loudspeakers to every village"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "E12"
              ]
            }
          }
        },
        {
          code: "8.4",
          text: {
            vi: "Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành",
            en: "IT used in management and administration"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "E12"
              ]
            }
          },
          note: "Hà Nội KH 236/KH-UBND also places 8.4 under Thông tin và Truyền thông [VERIFIED; RG_HANOI_236]."
        }
      ]
    },
    {
      id: "9",
      number: 9,
      name: {
        vi: "Nhà ở dân cư",
        en: "Residential housing"
      },
      group: {
        vi: "II. Hạ tầng kinh tế - xã hội",
        en: "II. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "9.1",
          text: {
            vi: "Nhà tạm, dột nát",
            en: "Temporary or dilapidated houses (pass = none)"
          },
          textStatus: "recalled",
          measure: "count",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "<=",
              sources: [],
              note: "Recalled cell: 'Không' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND). No Bộ Xây dựng guidance found."
        },
        {
          code: "9.2",
          text: {
            vi: "Tỷ lệ hộ có nhà ở kiên cố và bán kiên cố",
            en: "Share of households with permanent or semi-permanent houses"
          },
          textStatus: "provincial",
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
              status: "provincial",
              value: null,
              op: ">=",
              sources: [
                "RG_VL_NHAO2025"
              ],
              candidates: [
                {
                  value: 85,
                  sources: [
                    "RG_VL_NHAO2025"
                  ],
                  province: "Vĩnh Long"
                }
              ],
              note: "Applied in Vĩnh Long (ĐBSCL), 06/2025; national column not seen."
            }
          },
          note: "Wording seen only in the Vĩnh Long article ('kiên cố và bán kiên cố'); an earlier reading recalled 'kiên cố hoặc bán kiên cố'."
        }
      ]
    },
    {
      id: "10",
      number: 10,
      name: {
        vi: "Thu nhập",
        en: "Income"
      },
      group: {
        vi: "III. Kinh tế và tổ chức sản xuất",
        en: "III. Economy and production organisation"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "10",
          text: {
            vi: "Thu nhập bình quân đầu người khu vực nông thôn (triệu đồng/người/năm)",
            en: "Average rural income per person (million VND/person/year)"
          },
          textStatus: "verified",
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
          note: "Wording [VERIFIED; S03] (partial). S03 confirms a 2022 level with a general value ('năm 2022, chỉ tiêu chung là từ …') - text cut before the numbers. Whether 318 also lists 2023–2025 levels (or a mechanism) is unverified; 211/QĐ-TTg may have changed it (not verified). Chung (cả nước, not a commune threshold): exists for 2022, value NOT_FOUND [VERIFIED; S03]. Target year printed in the row: 2022."
        }
      ]
    },
    {
      id: "11",
      number: 11,
      name: {
        vi: "Nghèo đa chiều",
        en: "Multidimensional poverty"
      },
      group: {
        vi: "III. Kinh tế và tổ chức sản xuất",
        en: "III. Economy and production organisation"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "11",
          text: {
            vi: "Tỷ lệ nghèo đa chiều giai đoạn 2021–2025",
            en: "Multidimensional poverty rate (2021–2025 line)"
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
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND). Household poverty per NĐ 07/2021/NĐ-CP [VERIFIED; S30]."
        }
      ]
    },
    {
      id: "12",
      number: 12,
      name: {
        vi: "Lao động",
        en: "Labour"
      },
      group: {
        vi: "III. Kinh tế và tổ chức sản xuất",
        en: "III. Economy and production organisation"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "12.x",
          text: {
            vi: "Chỉ tiêu về lao động có việc làm / lao động qua đào tạo (số lượng và tên chỉ tiêu chưa xác minh)",
            en: "Employment / trained-labour indicators (number and names unverified)"
          },
          textStatus: "recalled",
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
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND). No Bộ LĐTBXH guidance found."
        }
      ]
    },
    {
      id: "13",
      number: 13,
      name: {
        vi: "Tổ chức sản xuất và phát triển kinh tế nông thôn",
        en: "Production organisation and rural economic development"
      },
      group: {
        vi: "III. Kinh tế và tổ chức sản xuất",
        en: "III. Economy and production organisation"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "13.1",
          text: {
            vi: "Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã",
            en: "Effective cooperative operating under the Cooperatives Law"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND). 1680/QĐ-BNN-VPĐP guides criterion 13, text not reached [VERIFIED; E8]."
        },
        {
          code: "13.2",
          text: {
            vi: "Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững",
            en: "Sustainable production-linkage model for key products"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "13.3",
          text: {
            vi: "Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu, được chứng nhận VietGAP hoặc tương đương",
            en: "Traceability of key products with certified (VietGAP or equivalent) raw-material zones"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "13.4",
          text: {
            vi: "Có kế hoạch và triển khai kế hoạch bảo tồn, phát huy nghề truyền thống (nếu có)",
            en: "Plan to preserve and promote traditional crafts (if any)"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "13.5",
          text: {
            vi: "Có tổ khuyến nông cộng đồng hoạt động hiệu quả",
            en: "Effective community agricultural-extension team"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND). Low-medium confidence on the exact list 13.1–13.5."
        }
      ]
    },
    {
      id: "14",
      number: 14,
      name: {
        vi: "Giáo dục và Đào tạo",
        en: "Education and training"
      },
      group: {
        vi: "IV. Văn hóa - Xã hội - Môi trường",
        en: "IV. Culture, society and environment"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "14.1a",
          text: {
            vi: "Phổ cập giáo dục: tỷ lệ trẻ em 6 tuổi vào lớp 1",
            en: "Universal education: share of 6-year-olds entering grade 1"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 98,
              op: ">=",
              sources: [
                "E1"
              ],
              note: "Same in all regions ('tất cả các vùng')."
            }
          },
          note: "14.1 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học; phổ cập giáo dục THCS; xóa mù chữ' - split into 14.1a–e from the values published by 1491/QĐ-BGDĐT [VERIFIED; E1]."
        },
        {
          code: "14.1b",
          text: {
            vi: "Đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi",
            en: "Meets the universal pre-school standard for 5-year-olds"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "E1"
              ]
            }
          },
          note: "Split from 14.1."
        },
        {
          code: "14.1c",
          text: {
            vi: "Đạt chuẩn phổ cập giáo dục tiểu học mức độ 2",
            en: "Meets universal primary education, level 2"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "E1"
              ]
            }
          },
          note: "Split from 14.1."
        },
        {
          code: "14.1d",
          text: {
            vi: "Đạt chuẩn phổ cập giáo dục THCS mức độ 2",
            en: "Meets universal lower-secondary education, level 2"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "E1"
              ]
            }
          },
          note: "Split from 14.1."
        },
        {
          code: "14.1e",
          text: {
            vi: "Đạt chuẩn xóa mù chữ mức độ 2",
            en: "Meets the literacy standard, level 2"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "E1"
              ]
            }
          },
          note: "Split from 14.1."
        },
        {
          code: "14.2",
          text: {
            vi: "Tỷ lệ học sinh tốt nghiệp THCS được tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)",
            en: "Share of lower-secondary graduates continuing to upper secondary"
          },
          textStatus: "recalled",
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
          note: "Wording RECALLED (an earlier reading); a second check saw only the fragment 'Tỷ lệ học sinh (áp dụng đ…' [VERIFIED; E3]."
        },
        {
          code: "14.3",
          text: {
            vi: "Tỷ lệ lao động có việc làm qua đào tạo",
            en: "Share of employed workers who have had training"
          },
          textStatus: "recalled",
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
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        }
      ]
    },
    {
      id: "15",
      number: 15,
      name: {
        vi: "Y tế",
        en: "Health"
      },
      group: {
        vi: "IV. Văn hóa - Xã hội - Môi trường",
        en: "IV. Culture, society and environment"
      },
      status: "verified",
      sources: [
        "S01",
        "S03",
        "S04"
      ],
      indicators: [
        {
          code: "15.1",
          text: {
            vi: "Tỷ lệ người dân tham gia bảo hiểm y tế (áp dụng đạt cho cả nam và nữ)",
            en: "Health-insurance coverage (applies to both men and women)"
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
          note: "Wording [VERIFIED; S04]; no regional value seen. Lead: 2373/QĐ-BYT."
        },
        {
          code: "15.2",
          text: {
            vi: "Xã đạt tiêu chí quốc gia về y tế",
            en: "The commune meets the national health criteria"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S04"
              ]
            }
          },
          note: "Cell not seen (an earlier reading RECALLED 'Đạt', a second check NOT_FOUND); per the flag rule the target follows the verified wording."
        },
        {
          code: "15.3",
          text: {
            vi: "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)",
            en: "Stunting rate (height-for-age) among children under 5"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "verified",
              value: 24,
              op: "<=",
              sources: [
                "E4"
              ]
            },
            "red-river-delta": {
              status: "verified",
              value: 16.5,
              op: "<=",
              sources: [
                "E4"
              ]
            },
            "north-central": {
              status: "verified",
              value: 25,
              op: "<=",
              sources: [
                "E4"
              ]
            },
            "south-central-coast": {
              status: "verified",
              value: 22,
              op: "<=",
              sources: [
                "E4"
              ]
            },
            "central-highlands": {
              status: "verified",
              value: 26.5,
              op: "<=",
              sources: [
                "E4"
              ]
            },
            southeast: {
              status: "verified",
              value: 14.5,
              op: "<=",
              sources: [
                "E4"
              ]
            },
            "mekong-delta": {
              status: "verified",
              value: 19,
              op: "<=",
              sources: [
                "E4"
              ]
            }
          },
          note: "Secondary TVPL snippet. Caveats: the source prints '≥' (a stunting rate is a ceiling; same error as TVPL's 2016 Q&A); the set is inferred as Phụ lục I (xã NTM) from the image name 'tieu-chi-nong-thon-moi-cap-xa.jpg' and the order stunting → e-health; confirm against a second source before encoding."
        },
        {
          code: "15.4",
          text: {
            vi: "Tỷ lệ dân số có sổ khám chữa bệnh điện tử",
            en: "Share of population with an electronic health record"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "verified",
              value: 50,
              op: ">=",
              sources: [
                "E4"
              ]
            },
            "red-river-delta": {
              status: "verified",
              value: 70,
              op: ">=",
              sources: [
                "E4"
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
          note: "An earlier reading: S04 confirms a 4th health indicator exists and S05 names it. A second check snippet cut at '+ Bắc…'; other five regions NOT_FOUND."
        }
      ]
    },
    {
      id: "16",
      number: 16,
      name: {
        vi: "Văn hóa",
        en: "Culture"
      },
      group: {
        vi: "IV. Văn hóa - Xã hội - Môi trường",
        en: "IV. Culture, society and environment"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "16",
          text: {
            vi: "Tỷ lệ thôn, bản, ấp đạt chuẩn văn hóa theo quy định",
            en: "Share of villages meeting the cultural standard"
          },
          textStatus: "recalled",
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
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND). 1064/HD-BVHTTDL covers it but that passage was not reached."
        }
      ]
    },
    {
      id: "17",
      number: 17,
      name: {
        vi: "Môi trường và an toàn thực phẩm",
        en: "Environment and food safety"
      },
      group: {
        vi: "IV. Văn hóa - Xã hội - Môi trường",
        en: "IV. Culture, society and environment"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "17.1",
          text: {
            vi: "Tỷ lệ hộ được sử dụng nước sạch/nước hợp vệ sinh theo quy chuẩn",
            en: "Share of households using clean/hygienic water to standard"
          },
          textStatus: "recalled",
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
              status: "provincial",
              value: null,
              op: ">=",
              sources: [
                "RG_DONGNAI"
              ],
              candidates: [
                {
                  value: 85,
                  sources: [
                    "RG_DONGNAI"
                  ],
                  province: "Đồng Nai"
                }
              ],
              note: "Đồng Nai's own roadmap: 2025 ≥85% (2024 ≥84,5%); of which from centralised supply 2025 ≥45% (2024 ≥40%)."
            },
            "mekong-delta": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            }
          },
          note: "Wording RECALLED (an earlier reading: '… theo quy chuẩn (kèm tỷ lệ hộ dùng nước từ hệ thống cấp nước tập trung)'). Guidance: 2155/BTNMT-TCMT, consolidated by 2251/BTNMT-KSONMT; 1680/QĐ-BNN-VPĐP also guides 17 [VERIFIED; E14, E15, E8]."
        },
        {
          code: "17.x",
          text: {
            vi: "Tỷ lệ hộ gia đình được sử dụng nước sạch từ hệ thống cấp nước tập trung",
            en: "Share of households using clean water from a centralised (piped) system"
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
              status: "provincial",
              value: null,
              op: ">=",
              sources: [
                "RG_DONGNAI"
              ],
              candidates: [
                {
                  value: 45,
                  sources: [
                    "RG_DONGNAI"
                  ],
                  province: "Đồng Nai"
                }
              ],
              note: "Đồng Nai's roadmap, 2025 (2024: ≥40%), written as 'of which from centralised supply'."
            },
            "mekong-delta": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: []
            }
          },
          note: "Code not seen. The range 'từ 15% đến 20% trở lên' across regions is seen (Báo Thanh Hóa, Như Thanh, BTB), but which region gets 15% and which 20% is unknown [VERIFIED; S06]. seed-case.md reads it as 'an NTM commune needs ≥15–20%'."
        },
        {
          code: "17.2",
          text: {
            vi: "Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường",
            en: "Share of establishments complying with environmental rules"
          },
          textStatus: "recalled",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            },
            "red-river-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            },
            "north-central": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            },
            "south-central-coast": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            },
            "central-highlands": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            },
            southeast: {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            },
            "mekong-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "17.3",
          text: {
            vi: "Xây dựng cảnh quan, môi trường xanh - sạch - đẹp, an toàn",
            en: "Green, clean, beautiful, safe landscape"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "17.4",
          text: {
            vi: "Mai táng, hỏa táng phù hợp với quy định và theo quy hoạch",
            en: "Burial and cremation per rules and plan"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "17.5",
          text: {
            vi: "Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung, cơ sở sản xuất - kinh doanh được thu gom, xử lý theo quy định",
            en: "Solid waste and wastewater collected and treated"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "17.6",
          text: {
            vi: "Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch",
            en: "Households with hygienic latrine, bathroom, water container ('3 clean')"
          },
          textStatus: "recalled",
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
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "17.7",
          text: {
            vi: "Tỷ lệ hộ chăn nuôi có chuồng trại chăn nuôi đảm bảo vệ sinh môi trường",
            en: "Livestock households with hygienic pens"
          },
          textStatus: "recalled",
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
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "17.8",
          text: {
            vi: "Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm",
            en: "Households and food businesses complying with food safety"
          },
          textStatus: "recalled",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            },
            "red-river-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            },
            "north-central": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            },
            "south-central-coast": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            },
            "central-highlands": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            },
            southeast: {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            },
            "mekong-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "17.9",
          text: {
            vi: "Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn",
            en: "Households sorting solid waste at source"
          },
          textStatus: "recalled",
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
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "17.10",
          text: {
            vi: "Tỷ lệ chất thải nhựa phát sinh trên địa bàn được thu gom, tái sử dụng, tái chế, xử lý theo quy định",
            en: "Plastic waste collected, reused, recycled or treated"
          },
          textStatus: "recalled",
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
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        }
      ]
    },
    {
      id: "18",
      number: 18,
      name: {
        vi: "Hệ thống chính trị và tiếp cận pháp luật",
        en: "Political system and access to law"
      },
      group: {
        vi: "V. Hệ thống chính trị",
        en: "V. Political system"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "18.x",
          text: {
            vi: "Cán bộ, công chức xã đạt chuẩn; Đảng bộ, chính quyền xã và các tổ chức chính trị - xã hội xếp loại 'hoàn thành tốt nhiệm vụ' trở lên; xã đạt chuẩn tiếp cận pháp luật; bình đẳng giới / phòng chống bạo lực gia đình … (exact split into 18.1–18.n not verified)",
            en: "Officials meet standards; Party, government and mass organisations rated 'good' or better; access-to-law standard; gender equality / domestic-violence prevention (split unverified)"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND). Indicator 18.4 of 318 concerns access to law (QĐ 1143/QĐ-BTP) [VERIFIED; R19]."
        }
      ]
    },
    {
      id: "19",
      number: 19,
      name: {
        vi: "Quốc phòng và An ninh",
        en: "Defence and security"
      },
      group: {
        vi: "V. Hệ thống chính trị",
        en: "V. Political system"
      },
      status: "verified",
      sources: [
        "S01",
        "S03"
      ],
      indicators: [
        {
          code: "19.1",
          text: {
            vi: "Xây dựng lực lượng dân quân 'vững mạnh, rộng khắp' và hoàn thành các chỉ tiêu quốc phòng",
            en: "Militia strong and widespread; defence targets met"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        },
        {
          code: "19.2",
          text: {
            vi: "Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và đảm bảo bình yên",
            en: "Commune meets the security and order standard"
          },
          textStatus: "recalled",
          measure: "flag",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: "=",
              sources: [],
              note: "Recalled cell: 'Đạt' (not used as a value)."
            }
          },
          note: "Wording RECALLED (an earlier reading); a second check did not see this indicator list (NOT_FOUND)."
        }
      ]
    }
  ],
  conditions: [
    {
      id: "r18.meetsSet",
      text: {
        vi: "Đáp ứng đầy đủ mức đạt chuẩn của bộ tiêu chí tương ứng (318 Phụ lục I)",
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
    schoolCount: {
      kind: "number",
      text: {
        vi: "Số trường học trên địa bàn xã (mầm non, tiểu học, THCS)",
        en: "Number of schools in the commune (pre-school, primary, lower secondary)"
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
    E1: {
      url: "https://chatluongvacuocsong.vn/ban-hanh-bo-chi-tieu-giao-duc-trong-xay-dung-nong-thon-moi-d95868.html",
      what: "QĐ 1491/QĐ-BGDĐT (06/6/2022): criterion 5 by region group; 14.1 for all regions (same text at /amp/…)"
    },
    E10: {
      url: "https://ipc1.gov.vn/bo-cong-thuong-ban-hanh-huong-dan-thuc-hien-cac-tieu-chi-chi-tieu-thuoc-linh-vuc-cong-thuong-trong-bo-tieu-chi-quoc-gia-ve-nong-thon-moi/",
      what: "1327/QĐ-BCT (03/6/2024) replaces 1214, 1957 and 2332; cites 318, 320 and 211"
    },
    E12: {
      url: "https://sotttt.thainguyen.gov.vn/tin-tuc/-/asset_publisher/LgMJqmfcY8Ds/content/tieu-chi-so-8-thong-tin-va-truyen-thong-trong-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-nang-cao-giai-oan-2",
      what: "Sở TT&TT Thái Nguyên: criterion 8 'gồm 4 chỉ tiêu' 8.1–8.4; criterion 8 also in the nâng cao set"
    },
    E13: {
      url: "https://stttt.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=11255&CatId=21",
      what: "1127/QĐ-BTTTT (June 2022): details of 8.1"
    },
    E3: {
      url: "https://tapchigiaoduc.edu.vn/article/87633/228/tap-trung-trien-khai-chuong-trinh-muc-tieu-quoc-gia-xay-dung-nong-thon-moi-linh-vuc-giao-duc-cap-xa-giai-doan-2021-2025/",
      what: "318 delegates school and PCGD targets to Bộ GD&ĐT ('do Bộ Giáo dục và Đào tạo công bố chỉ tiêu cụ thể'); nâng cao criterion 5 = giáo dục; fragment of 14.2 wording"
    },
    E4: {
      url: "http://118.69.201.250:801/phap-luat/tim-tu-van?loc=right_news&page=291&q=Th%E1%BB%B1c+h%C3%A0nh+kh%C3%A1m+ch%E1%BB%AFa+b%E1%BB%87nh",
      what: "Mirror of a TVPL listing snippet ('tiêu chí nông thôn mới cấp xã', image tieu-chi-nong-thon-moi-cap-xa.jpg, 2022): stunting values for 7 regions; e-health for TDMNPB and ĐBSH (cut at '+ Bắc…')"
    },
    E5: {
      url: "http://svhttdl.thanhhoa.gov.vn/gia-dinh-van-hoa-co-so/huong-dan-thuc-hien-cac-tieu-chi-trong-xay-dung-nong-thon-moi-giai-doan-2021-2025-1005491",
      what: "Hướng dẫn 1064/HD-BVHTTDL (30/3/2022): 6.1, 6.2, 6.3 (100% in all regions); nâng cao văn hóa–thể thao content"
    },
    E6: {
      url: "https://ttkhuyencong.bacgiang.gov.vn/tin-tuc/huong-dan-thuc-hien-cac-tieu-chi-chi-tieu-thuoc-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-cac",
      what: "Same guidance (1064/HD-BVHTTDL): 6.1 and 6.2 wording"
    },
    E7: {
      url: "https://lawnet.vn/thong-tin-phap-luat/doi-song/cong-nhan-xa-huyen-nong-thon-moi-va-nong-thon-moi-nang-cao-giai-doan-2021-2025-102351.html",
      what: "1680/QĐ-BNN-VPĐP: 3.1 ≥80%; 3.2 scoring"
    },
    E8: {
      url: "http://ccptnt.vn/quyet-dinh-1680-qd-bnn-vpdp-ngay-11-05-2022-huong-dan-thuc-hien-mot-so-tieu-chi-chi-tieu-thuoc-bo-tieu-chi-quoc-gia.html",
      what: "1680/QĐ-BNN-VPĐP (11/5/2022) guides criteria 3, 13 and 17; 3.1 and 3.2"
    },
    E9: {
      url: "https://dongthap.gov.vn/web/sct/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/11591633?plidlayout=1528",
      what: "1214/QĐ-BCT (22/6/2022): criterion 7 for xã NTM and NTM nâng cao"
    },
    RG_DONGNAI: {
      url: "https://dongnai.gov.vn/pages/newsdetail.aspx?CatId=128&NewsId=48418",
      what: "Đồng Nai's own roadmap for 318 17.1 (ĐNB): nước sạch theo quy chuẩn 2024 ≥84,5% (≥40%), 2025 ≥85% (≥45%) 'of which from centralised supply'"
    },
    RG_VL_NHAO2025: {
      url: "https://baovinhlong.com.vn/xa-hoi/202506/tren-97-can-nha-kien-co-va-ban-kien-co-7d004cf",
      what: "Báo Vĩnh Long 06/2025: 318 xã NTM 9.2 'Tỷ lệ hộ có nhà ở kiên cố và bán kiên cố' ≥85% as applied in Vĩnh Long (ĐBSCL)"
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
    S04: {
      url: "https://syt.daknong.gov.vn/tin-hoat-dong-nganh-y-te/bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-nong-thon-moi-nang-cao-giai-doan-2021-2025.html",
      what: "Sở Y tế Đắk Nông: criterion 15 Y tế has 4 indicators; names of first three (text cut before values)."
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
