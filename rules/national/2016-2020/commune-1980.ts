// Imported from shared/reference/criteria.json (generated 2026-11-28) by
// scripts/import-reference.py, then maintained by hand: every value keeps its source ids and
// its verification status; only `verified` values are targets.
import { defineCriteriaSet } from '../../../src/model/criteria-set.js';

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020 (1980/QĐ-TTg).
 * National criteria for NTM communes, 2016–2020.
 * @example
 * const r = evaluate(commune1980, { region: 'red-river-delta', year: 2017, values: { '1.1': true } });
 * r.criteria[0].indicators[0].status;
 */
export const commune1980 = defineCriteriaSet({
  id: "commune-2016-2020",
  family: "commune-2016-2020",
  version: "1980/QĐ-TTg",
  level: "commune",
  title: {
    vi: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020",
    en: "National criteria for NTM communes, 2016–2020"
  },
  period: {
    from: "2016-12-01",
    to: "2022-03-07"
  },
  years: {
    from: 2016,
    to: 2022
  },
  legalBasis: [
    {
      document: "1980/QĐ-TTg",
      role: "base",
      title: {
        vi: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020",
        en: "National criteria for NTM communes, 2016–2020"
      },
      signed: "2016-10-17",
      inForce: "2016-12-01",
      replaces: [
        "491/QĐ-TTg",
        "342/QĐ-TTg"
      ]
    }
  ],
  columns: "regions",
  columnRules: [
    {
      id: "commune-2016-2020.r1",
      text: {
        vi: "Mỗi chỉ tiêu có chỉ tiêu chung (cả nước) và chỉ tiêu theo 7 vùng.",
        en: "Each indicator has a general (nationwide) target and targets for 7 regions; the general column is kept in notes."
      },
      status: "verified",
      sources: [
        "S_NA_EN"
      ]
    },
    {
      id: "commune-2016-2020.r2",
      text: {
        vi: "Xã được đánh giá theo cột của vùng của tỉnh (mặc định).",
        en: "A commune is assessed against its province's regional column by default - inferred (seed-case); evidence: Tam Đảo (Vĩnh Phúc) communes were tested against the ĐBSH column in 2020–2021."
      },
      status: "recalled",
      sources: [
        "SC_TAMDAO"
      ]
    },
    {
      id: "commune-2016-2020.r3",
      text: {
        vi: "UBND cấp tỉnh có thể quy định mức cao hơn / cụ thể trong khung quốc gia (Điều 2).",
        en: "Provincial People's Committees may set stricter or specific values within the national frame (Art. 2, as reported)."
      },
      status: "verified",
      sources: [
        "S_EVN"
      ]
    },
    {
      id: "commune-2016-2020.r4",
      text: {
        vi: "Các chỉ tiêu 2.1–2.4, 3.1, 6.1: UBND cấp tỉnh quy định cụ thể.",
        en: "Indicators 2.1–2.4, 3.1 and 6.1 carry footnotes delegating specifics to the province."
      },
      status: "verified",
      sources: [
        "S_GT1",
        "S_GT2",
        "S_NA_EN",
        "S_TL",
        "S_CSVH",
        "S_CSVH2"
      ]
    },
    {
      id: "commune-2016-2020.r5",
      text: {
        vi: "Quy tắc ngoại lệ áp dụng cột vùng khác (vd. xã miền núi → TDMNPB) trong giai đoạn 2016–2020: chưa tìm thấy.",
        en: "Any exception assigning communes to another region's column in 2016–2020 was not found (whether Vĩnh Phúc QĐ 22/2017 did so could not be checked)."
      },
      status: "not-found",
      sources: [
        "SC_VP22"
      ]
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
        vi: "Nhóm 1. Quy hoạch",
        en: "Group 1. Planning"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "1.1",
          text: {
            vi: "Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn",
            en: "The commune has an approved general construction plan, published on time"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_QH"
              ]
            }
          },
          note: "Same for all regions [VERIFIED; S_QH]. Chung (cả nước, not a commune threshold): Đạt."
        },
        {
          code: "1.2",
          text: {
            vi: "Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch",
            en: "Regulations on managing the general plan are issued and the plan is implemented"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_QH"
              ]
            }
          },
          note: "Same for all regions [VERIFIED; S_QH]. Chung (cả nước, not a commune threshold): Đạt."
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
        vi: "Nhóm 2. Hạ tầng kinh tế - xã hội",
        en: "Group 2. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "2.1",
          text: {
            vi: "Đường xã và đường từ trung tâm xã đến đường huyện được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện quanh năm",
            en: "Commune roads and roads from the commune centre to the district road are asphalted or concreted, passable by car all year"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_GT1",
                "S_GT2"
              ]
            }
          },
          note: "Footnote: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội, đảm bảo tính kết nối của hệ thống giao thông trên địa bàn' - numeric road-hardening ratios are provincial, not national, in 2016–2020 [VERIFIED; S_GT1, S_GT2, S_NA_EN]. Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording. Vĩnh Phúc (ĐBSH) applied 'trục xã hardened 100%' to Tam Đảo [PROVINCIAL; SC_TAMDAO]."
        },
        {
          code: "2.2",
          text: {
            vi: "Đường trục thôn, bản, ấp và đường liên thôn, bản, ấp ít nhất được cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm",
            en: "Village trunk and inter-village roads at least hardened, passable by car all year"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_GT1",
                "S_GT2"
              ]
            }
          },
          note: "Footnote: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội, đảm bảo tính kết nối của hệ thống giao thông trên địa bàn' - numeric road-hardening ratios are provincial, not national, in 2016–2020 [VERIFIED; S_GT1, S_GT2, S_NA_EN]. Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording. Vĩnh Phúc (ĐBSH) applied 'trục thôn / liên thôn hardened 100%' (Tam Đảo end-2020: 80%, chưa đạt) [PROVINCIAL; SC_TAMDAO]."
        },
        {
          code: "2.3",
          text: {
            vi: "Đường ngõ, xóm sạch và không lầy lội vào mùa mưa",
            en: "Lanes and hamlet roads clean and not muddy in the rainy season"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_GT1",
                "S_GT2"
              ]
            }
          },
          note: "Footnote: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội, đảm bảo tính kết nối của hệ thống giao thông trên địa bàn' - numeric road-hardening ratios are provincial, not national, in 2016–2020 [VERIFIED; S_GT1, S_GT2, S_NA_EN]. Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording. Vĩnh Phúc (ĐBSH) applied 'ngõ xóm and nội đồng hardened 100%' (Tam Đảo end-2020: 80%) [PROVINCIAL; SC_TAMDAO]."
        },
        {
          code: "2.4",
          text: {
            vi: "Đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm",
            en: "Main field roads allow convenient transport of goods all year"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_GT1",
                "S_GT2"
              ]
            }
          },
          note: "Footnote: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội, đảm bảo tính kết nối của hệ thống giao thông trên địa bàn' - numeric road-hardening ratios are provincial, not national, in 2016–2020 [VERIFIED; S_GT1, S_GT2, S_NA_EN]. Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording. Vĩnh Phúc (ĐBSH) applied 'ngõ xóm and nội đồng hardened 100%' (Tam Đảo end-2020: 80%) [PROVINCIAL; SC_TAMDAO]."
        }
      ]
    },
    {
      id: "3",
      number: 3,
      name: {
        vi: "Thủy lợi",
        en: "Irrigation"
      },
      group: {
        vi: "Nhóm 2. Hạ tầng kinh tế - xã hội",
        en: "Group 2. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "3.1",
          text: {
            vi: "Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động đạt từ 80% trở lên",
            en: "Share of agricultural land with active irrigation and drainage, at least 80%"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 80,
              op: ">=",
              sources: [
                "S_TL"
              ]
            }
          },
          note: "The 80% threshold is in the indicator wording; whether the region columns read 'Đạt' or '≥80%' was not seen. Footnote: 'UBND cấp tỉnh quy định cụ thể theo hướng đảm bảo mục tiêu cơ cấu lại ngành nông nghiệp, thích ứng với biến đổi khí hậu và hình thành các vùng sản xuất nông sản hàng hóa phát triển bền vững' [VERIFIED; S_TL]. Chung (cả nước, not a commune threshold): Đạt (≥80%)."
        },
        {
          code: "3.2",
          text: {
            vi: "Đảm bảo đủ điều kiện đáp ứng yêu cầu dân sinh và theo quy định về phòng chống thiên tai tại chỗ",
            en: "Conditions meet residents' needs and on-the-spot disaster-prevention rules"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_TL"
              ]
            }
          },
          note: "Guidance: 'bốn tại chỗ' (four on-the-spot) disaster-prevention arrangements [VERIFIED; S_TL]. Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording."
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
        vi: "Nhóm 2. Hạ tầng kinh tế - xã hội",
        en: "Group 2. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "4.1",
          text: {
            vi: "Hệ thống điện đạt chuẩn",
            en: "The electricity system meets the standard"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_EVN"
              ]
            }
          },
          note: "Wording [VERIFIED; S_EVN, S_BK]. Chung (cả nước, not a commune threshold): Đạt [VERIFIED; S_EVN]."
        },
        {
          code: "4.2",
          text: {
            vi: "Tỷ lệ hộ có đăng ký sử dụng điện thường xuyên, an toàn từ các nguồn",
            en: "Share of households registered to use electricity regularly and safely from all sources"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "provincial",
              value: null,
              op: ">=",
              sources: [
                "S_BK"
              ],
              candidates: [
                {
                  value: 95,
                  sources: [
                    "S_BK"
                  ],
                  province: "Bắc Kạn"
                }
              ],
              note: "Bắc Kạn provincial set 2017–2020 (a TDMNPB province) uses ≥95%; national TDMNPB column not seen."
            },
            "red-river-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥99% (not used as a value). Same as the QĐ 491/2009 column (S_QD491); 2016 value not seen."
            },
            "north-central": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥98% (not used as a value). Same as the QĐ 491/2009 column."
            },
            "south-central-coast": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥98% (not used as a value). Same as the QĐ 491/2009 column."
            },
            "central-highlands": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥98% (not used as a value). Same as the QĐ 491/2009 column."
            },
            southeast: {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥99% (not used as a value). Same as the QĐ 491/2009 column."
            },
            "mekong-delta": {
              status: "provincial",
              value: null,
              op: ">=",
              sources: [
                "RG_VL_DIEN"
              ],
              candidates: [
                {
                  value: 98,
                  sources: [
                    "RG_VL_DIEN"
                  ],
                  province: "Vĩnh Long"
                }
              ],
              note: "Vĩnh Long (ĐBSCL) restatement 31/10/2019: 'đạt từ 98% trở lên'; national ĐBSCL column not seen. an earlier reading had recalled ≥98% (QĐ 491 column)."
            }
          },
          note: "Wording [VERIFIED; S_EVN, S_TKL]; the Vĩnh Long article words it 'Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn' (without 'có đăng ký') [PROVINCIAL; RG_VL_DIEN]. Chung (cả nước, not a commune threshold): ≥98% [VERIFIED; S_EVN, S_TKL]."
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
        vi: "Nhóm 2. Hạ tầng kinh tế - xã hội",
        en: "Group 2. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "5",
          text: {
            vi: "Tỷ lệ trường học các cấp (mầm non, mẫu giáo, tiểu học, THCS; hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) có cơ sở vật chất và thiết bị dạy học đạt chuẩn quốc gia",
            en: "Share of schools (pre-school, primary, lower secondary, or multi-level up to lower secondary) whose facilities and teaching equipment meet the national standard"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥70% (not used as a value)."
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
              note: "Recalled ≥80% (not used as a value)."
            },
            "south-central-coast": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥80% (not used as a value)."
            },
            "central-highlands": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥70% (not used as a value)."
            },
            southeast: {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥80% (not used as a value)."
            },
            "mekong-delta": {
              status: "verified",
              value: 70,
              op: ">=",
              sources: [
                "S_SGDVL"
              ],
              note: "Sở GD&ĐT Vĩnh Long quoting the Sổ tay: ĐBSCL ≥70%; a later reading found no new source."
            }
          },
          note: "Sổ tay (QĐ 69/QĐ-BNN-VP, 09/01/2017): MN/MG and TH schools count if đạt chuẩn QG mức độ 1 trở lên; THCS if đạt chuẩn QG; ratio = số trường đạt / tổng số trường của xã [VERIFIED; S_SGDVL]. Chung (cả nước, not a commune threshold): ≥80% [VERIFIED; S_TKL]."
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
        vi: "Nhóm 2. Hạ tầng kinh tế - xã hội",
        en: "Group 2. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "6.1",
          text: {
            vi: "Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã",
            en: "The commune has a cultural house or multi-purpose hall and a sports ground for the whole commune"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_CSVH",
                "S_CSVH2"
              ]
            }
          },
          note: "Footnote: 'UBND cấp tỉnh quy định cụ thể để phù hợp với quy hoạch, điều kiện thực tế, nhu cầu phát triển kinh tế - xã hội / nhu cầu của cộng đồng và đặc điểm văn hóa từng dân tộc' [VERIFIED; S_CSVH, S_CSVH2]. Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording."
        },
        {
          code: "6.2",
          text: {
            vi: "Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định",
            en: "The commune has play, recreation and sports points for children and the elderly"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_CSVH",
                "S_CSVH2"
              ]
            }
          },
          note: "Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording."
        },
        {
          code: "6.3",
          text: {
            vi: "Tỷ lệ thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng",
            en: "Share of villages with a cultural house or place for community cultural and sports activities"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). S_CSVH states a single 100% threshold; per-region equality not seen."
            },
            "red-river-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). S_CSVH states a single 100% threshold; per-region equality not seen."
            },
            "north-central": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). S_CSVH states a single 100% threshold; per-region equality not seen."
            },
            "south-central-coast": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). S_CSVH states a single 100% threshold; per-region equality not seen."
            },
            "central-highlands": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). S_CSVH states a single 100% threshold; per-region equality not seen."
            },
            southeast: {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). S_CSVH states a single 100% threshold; per-region equality not seen."
            },
            "mekong-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). S_CSVH states a single 100% threshold; per-region equality not seen."
            }
          },
          note: "Chung (cả nước, not a commune threshold): 100% [VERIFIED; S_CSVH]."
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
        vi: "Nhóm 2. Hạ tầng kinh tế - xã hội",
        en: "Group 2. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "7.1",
          text: {
            vi: "Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa",
            en: "The commune has a rural market or a place to buy, sell and exchange goods"
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
          note: "Wording RECALLED. Guidance QĐ 4800/QĐ-BCT (10/12/2016): passes with a chợ nông thôn in the approved plan meeting the standard, or a siêu thị mini / cửa hàng tiện lợi / cửa hàng kinh doanh tổng hợp meeting the standard; if the facility is planned but not yet needed, or the xã has none in its plan, the criterion is NOT considered (not-applicable, not fail) [VERIFIED; S_BCT]."
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
        vi: "Nhóm 2. Hạ tầng kinh tế - xã hội",
        en: "Group 2. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "8.1",
          text: {
            vi: "Xã có điểm phục vụ bưu chính",
            en: "The commune has a postal service point"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_TTTT",
                "S_TB441"
              ]
            }
          },
          note: "All 4 contents of criterion 8 must be met (QĐ 441/QĐ-BTTTT) [VERIFIED; S_TB441]. Chung (cả nước, not a commune threshold): Đạt."
        },
        {
          code: "8.2",
          text: {
            vi: "Xã có dịch vụ viễn thông, internet",
            en: "The commune has telecom and internet services"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_TTTT",
                "S_TB441"
              ]
            }
          },
          note: "All 4 contents of criterion 8 must be met (QĐ 441/QĐ-BTTTT) [VERIFIED; S_TB441]. Chung (cả nước, not a commune threshold): Đạt."
        },
        {
          code: "8.3",
          text: {
            vi: "Xã có đài truyền thanh và hệ thống loa đến các thôn",
            en: "The commune has a radio station and loudspeakers reaching every village"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_TTTT",
                "S_TB441"
              ]
            }
          },
          note: "All 4 contents of criterion 8 must be met (QĐ 441/QĐ-BTTTT) [VERIFIED; S_TB441]. Chung (cả nước, not a commune threshold): Đạt."
        },
        {
          code: "8.4",
          text: {
            vi: "Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành",
            en: "The commune uses IT in management and administration"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_TTTT",
                "S_TB441"
              ]
            }
          },
          note: "All 4 contents of criterion 8 must be met (QĐ 441/QĐ-BTTTT) [VERIFIED; S_TB441]. Chung (cả nước, not a commune threshold): Đạt."
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
        vi: "Nhóm 2. Hạ tầng kinh tế - xã hội",
        en: "Group 2. Socio-economic infrastructure"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "9.1",
          text: {
            vi: "Nhà tạm, dột nát",
            en: "Temporary or dilapidated houses (must be none: 'Không')"
          },
          textStatus: "verified",
          measure: "count",
          targets: {
            all: {
              status: "verified",
              value: 0,
              op: "<=",
              sources: [
                "S_TVPLN",
                "S_NO"
              ]
            }
          },
          note: "Chung (cả nước, not a commune threshold): Không."
        },
        {
          code: "9.2",
          text: {
            vi: "Tỷ lệ hộ có nhà ở đạt tiêu chuẩn theo quy định",
            en: "Share of households whose house meets the standard"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥75% (not used as a value). Low confidence."
            },
            "red-river-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥80% (not used as a value). Low confidence."
            },
            "north-central": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥75% (not used as a value). Low confidence."
            },
            "south-central-coast": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥80% (not used as a value). Low confidence."
            },
            "central-highlands": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥75% (not used as a value). Low confidence."
            },
            southeast: {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥80% (not used as a value). Low confidence."
            },
            "mekong-delta": {
              status: "provincial",
              value: null,
              op: ">=",
              sources: [
                "S_NO",
                "RG_VL_NHAO"
              ],
              candidates: [
                {
                  value: 70,
                  sources: [
                    "S_NO",
                    "RG_VL_NHAO"
                  ],
                  province: "Vĩnh Long"
                }
              ],
              note: "Value applied in Vĩnh Long (ĐBSCL) per Báo Vĩnh Long (10/03/2019 and 13/09/2017); national ĐBSCL column not seen."
            }
          },
          note: "Wording [VERIFIED; S_TKL, S_NO]. Chung (cả nước, not a commune threshold): ≥80% [VERIFIED; S_TKL, S_TVPLN]."
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
        vi: "Nhóm 3. Kinh tế và tổ chức sản xuất",
        en: "Group 3. Economy and production organisation"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "10",
          text: {
            vi: "Thu nhập bình quân đầu người khu vực nông thôn đến năm 2020 (triệu đồng/người)",
            en: "Average rural income per person by 2020 (million VND/person/year)"
          },
          textStatus: "verified",
          measure: "amount",
          unit: {
            vi: "triệu đồng/người/năm",
            en: "million VND/person/year"
          },
          targets: {
            "northern-midlands-mountains": {
              status: "verified",
              value: 36,
              op: ">=",
              sources: [
                "S_TN",
                "S_VL16"
              ]
            },
            "red-river-delta": {
              status: "verified",
              value: 50,
              op: ">=",
              sources: [
                "S_TN",
                "S_VL16"
              ]
            },
            "north-central": {
              status: "verified",
              value: 36,
              op: ">=",
              sources: [
                "S_TN",
                "S_VL16"
              ]
            },
            "south-central-coast": {
              status: "verified",
              value: 41,
              op: ">=",
              sources: [
                "S_TN",
                "S_VL16"
              ]
            },
            "central-highlands": {
              status: "verified",
              value: 41,
              op: ">=",
              sources: [
                "S_TN",
                "S_VL16"
              ]
            },
            southeast: {
              status: "verified",
              value: 59,
              op: ">=",
              sources: [
                "S_TN",
                "S_VL16"
              ]
            },
            "mekong-delta": {
              status: "verified",
              value: 50,
              op: ">=",
              sources: [
                "S_TN",
                "S_VL16",
                "S_THVL"
              ]
            }
          },
          note: "2020 end-targets only. Per-year thresholds 2016–2019 NOT_FOUND (two separate searches); do not encode numbers for 2016–2019 without a source. The target rises every year and a commune is assessed against the threshold of the year of assessment [VERIFIED; S_THVL, RG_THANHHOA_TN]. BNN temporary formula for 2016–2017 (QĐ 342 basis) is in the 1980/QĐ-TTg document notes [VERIFIED; S_ANLAO]. seed-case.md restates the same regional values [VERIFIED; S_TN, S_TVPLN]; weak corroboration [VERIFIED; S_PUBG]. Tam Đảo (ĐBSH) end-2020: communes 'hơn 40', district 49.63 million - chưa đạt vs 50 (would pass the TDMNPB 36) [VERIFIED; SC_TAMDAO]. Chung (cả nước, not a commune threshold): ≥45 [VERIFIED; S_TN, S_VL16, S_TVPLN]. Target year printed in the row: 2020."
        }
      ]
    },
    {
      id: "11",
      number: 11,
      name: {
        vi: "Hộ nghèo",
        en: "Poor households"
      },
      group: {
        vi: "Nhóm 3. Kinh tế và tổ chức sản xuất",
        en: "Group 3. Economy and production organisation"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "11",
          text: {
            vi: "Tỷ lệ hộ nghèo đa chiều giai đoạn 2016-2020",
            en: "Multidimensional poor-household rate (2016–2020 poverty line)"
          },
          textStatus: "recalled",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "not-found",
              value: null,
              op: "<=",
              sources: [],
              note: "Not found. Weak recollection ≤12% (RECALLED, do not encode)."
            },
            "red-river-delta": {
              status: "provincial",
              value: null,
              op: "<=",
              sources: [
                "SC_TAMDAO"
              ],
              candidates: [
                {
                  value: 2,
                  sources: [
                    "SC_TAMDAO"
                  ],
                  province: "Vĩnh Phúc"
                }
              ],
              note: "Stated as the ĐBSH requirement in an article on Tam Đảo (Vĩnh Phúc); Tam Đảo 2.32% = chưa đạt. National ĐBSH column not seen."
            },
            "north-central": {
              status: "not-found",
              value: null,
              op: "<=",
              sources: [],
              note: "Regional ceiling not found (an earlier reading; about 14 queries in a second check returned only poverty statistics)."
            },
            "south-central-coast": {
              status: "not-found",
              value: null,
              op: "<=",
              sources: [],
              note: "Regional ceiling not found (an earlier reading; about 14 queries in a second check returned only poverty statistics)."
            },
            "central-highlands": {
              status: "not-found",
              value: null,
              op: "<=",
              sources: [],
              note: "Regional ceiling not found (an earlier reading; about 14 queries in a second check returned only poverty statistics)."
            },
            southeast: {
              status: "not-found",
              value: null,
              op: "<=",
              sources: [],
              note: "Regional ceiling not found (an earlier reading; about 14 queries in a second check returned only poverty statistics)."
            },
            "mekong-delta": {
              status: "not-found",
              value: null,
              op: "<=",
              sources: [],
              note: "Regional ceiling not found (an earlier reading; about 14 queries in a second check returned only poverty statistics)."
            }
          },
          note: "Wording RECALLED; 'poor household rate ... 6 percent under the multidimensional poverty line' (general) [VERIFIED; S_VNP, S_HNT]. Sổ tay excludes households under social protection (bảo trợ xã hội) [RECALLED]. 2016–2017 rule: rate ≤ the regional rate applied for 2016–2017 (values not given) [VERIFIED; S_ANLAO]. TC-10 (Hồng Sơn, Nghệ An, BTB, 2.77% poor) is a region-selection test whose BTB threshold is unknown [VERIFIED; SC_HONGSON]. Chung (cả nước, not a commune threshold): ≤6% [VERIFIED; S_VNP, S_HNT, S_PUBG] ('chung ≤6%, tùy theo khu vực' per S_PUBG)."
        }
      ]
    },
    {
      id: "12",
      number: 12,
      name: {
        vi: "Lao động có việc làm",
        en: "Employment"
      },
      group: {
        vi: "Nhóm 3. Kinh tế và tổ chức sản xuất",
        en: "Group 3. Economy and production organisation"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "12",
          text: {
            vi: "Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động",
            en: "Employed persons as a share of the working-age population able to work"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥90% (not used as a value). Believed identical for all regions; a second check NOT_FOUND."
            },
            "red-river-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥90% (not used as a value). Believed identical for all regions; a second check NOT_FOUND."
            },
            "north-central": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥90% (not used as a value). Believed identical for all regions; a second check NOT_FOUND."
            },
            "south-central-coast": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥90% (not used as a value). Believed identical for all regions; a second check NOT_FOUND."
            },
            "central-highlands": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥90% (not used as a value). Believed identical for all regions; a second check NOT_FOUND."
            },
            southeast: {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥90% (not used as a value). Believed identical for all regions; a second check NOT_FOUND."
            },
            "mekong-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥90% (not used as a value). Believed identical for all regions; a second check NOT_FOUND."
            }
          },
          note: "Wording [VERIFIED; S_TKL]. Chung (cả nước, not a commune threshold): ≥90% [VERIFIED; S_TKL, S_TVPLN]."
        }
      ]
    },
    {
      id: "13",
      number: 13,
      name: {
        vi: "Tổ chức sản xuất",
        en: "Production organisation"
      },
      group: {
        vi: "Nhóm 3. Kinh tế và tổ chức sản xuất",
        en: "Group 3. Economy and production organisation"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "13.1",
          text: {
            vi: "Xã có hợp tác xã hoạt động theo đúng quy định của Luật Hợp tác xã năm 2012",
            en: "The commune has a cooperative operating under the 2012 Cooperatives Law"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_TCSX",
                "S_DN13"
              ]
            }
          },
          note: "Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording. Vĩnh Long guidance adds 'với ít nhất 10 thành viên trở lên' (not seen in national text) [PROVINCIAL; S_TCSX]."
        },
        {
          code: "13.2",
          text: {
            vi: "Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững",
            en: "The commune has a sustainable production-linkage model tied to sales of its key products"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_TCSX",
                "S_DN13"
              ]
            }
          },
          note: "Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording."
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
        vi: "Nhóm 4. Văn hóa - xã hội - môi trường",
        en: "Group 4. Culture, society and environment"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "14.1",
          text: {
            vi: "Phổ cập giáo dục mầm non cho trẻ 5 tuổi, xóa mù chữ, phổ cập giáo dục tiểu học đúng độ tuổi; phổ cập giáo dục trung học cơ sở",
            en: "Universal pre-school for 5-year-olds, literacy, universal primary at the right age, universal lower secondary"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_GD"
              ]
            }
          },
          note: "All regions 'Đạt' seen [VERIFIED; S_GD]. Chung (cả nước, not a commune threshold): Đạt."
        },
        {
          code: "14.2",
          text: {
            vi: "Tỷ lệ học sinh tốt nghiệp trung học cơ sở được tiếp tục học trung học (phổ thông, bổ túc, trung cấp)",
            en: "Share of lower-secondary graduates continuing to upper secondary (general, continuing education, vocational)"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "verified",
              value: 70,
              op: ">=",
              sources: [
                "S_GD"
              ]
            },
            "red-river-delta": {
              status: "verified",
              value: 90,
              op: ">=",
              sources: [
                "S_GD"
              ]
            },
            "north-central": {
              status: "verified",
              value: 85,
              op: ">=",
              sources: [
                "S_GD"
              ]
            },
            "south-central-coast": {
              status: "verified",
              value: 85,
              op: ">=",
              sources: [
                "S_GD"
              ]
            },
            "central-highlands": {
              status: "verified",
              value: 70,
              op: ">=",
              sources: [
                "S_GD"
              ]
            },
            southeast: {
              status: "verified",
              value: 90,
              op: ">=",
              sources: [
                "S_GD"
              ]
            },
            "mekong-delta": {
              status: "verified",
              value: 80,
              op: ">=",
              sources: [
                "S_GD"
              ]
            }
          },
          note: "Chung (cả nước, not a commune threshold): ≥85% [VERIFIED; S_GD]."
        },
        {
          code: "14.3",
          text: {
            vi: "Tỷ lệ lao động có việc làm qua đào tạo",
            en: "Share of employed workers who have had training"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "verified",
              value: 25,
              op: ">=",
              sources: [
                "S_GD"
              ]
            },
            "red-river-delta": {
              status: "verified",
              value: 40,
              op: ">=",
              sources: [
                "S_GD"
              ]
            },
            "north-central": {
              status: "verified",
              value: 40,
              op: ">=",
              sources: [
                "S_GD"
              ]
            },
            "south-central-coast": {
              status: "verified",
              value: 40,
              op: ">=",
              sources: [
                "S_GD"
              ]
            },
            "central-highlands": {
              status: "verified",
              value: 25,
              op: ">=",
              sources: [
                "S_GD"
              ]
            },
            southeast: {
              status: "verified",
              value: 45,
              op: ">=",
              sources: [
                "S_GD"
              ]
            },
            "mekong-delta": {
              status: "verified",
              value: 25,
              op: ">=",
              sources: [
                "S_GD"
              ]
            }
          },
          note: "Chung (cả nước, not a commune threshold): ≥40% [VERIFIED; S_GD]."
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
        vi: "Nhóm 4. Văn hóa - xã hội - môi trường",
        en: "Group 4. Culture, society and environment"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "15.1",
          text: {
            vi: "Tỷ lệ người dân tham gia bảo hiểm y tế",
            en: "Share of residents with health insurance"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 85,
              op: ">=",
              sources: [
                "S_YT",
                "S_TBTV",
                "S_TKL"
              ],
              note: "≥85% seen for the general column and all 7 regions."
            }
          },
          note: "Chung (cả nước, not a commune threshold): ≥85%."
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
                "S_YT",
                "S_TBTV"
              ]
            }
          },
          note: "Chung (cả nước, not a commune threshold): Đạt."
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
              value: 26.7,
              op: "<=",
              sources: [
                "S_YT"
              ],
              note: "S_YT writes 'tối thiểu' but this is a ceiling (the stunting rate must not exceed it)."
            },
            "red-river-delta": {
              status: "verified",
              value: 13.9,
              op: "<=",
              sources: [
                "S_YT"
              ],
              note: "S_YT writes 'tối thiểu' but this is a ceiling (the stunting rate must not exceed it)."
            },
            "north-central": {
              status: "verified",
              value: 24.2,
              op: "<=",
              sources: [
                "S_YT"
              ],
              note: "S_YT writes 'tối thiểu' but this is a ceiling (the stunting rate must not exceed it)."
            },
            "south-central-coast": {
              status: "verified",
              value: 24.2,
              op: "<=",
              sources: [
                "S_YT"
              ],
              note: "S_YT writes 'tối thiểu' but this is a ceiling (the stunting rate must not exceed it)."
            },
            "central-highlands": {
              status: "conflict",
              value: null,
              op: "<=",
              sources: [
                "S_YT",
                "S_TBTV"
              ],
              candidates: [
                {
                  value: 31.4,
                  sources: [
                    "S_YT"
                  ]
                },
                {
                  value: 31,
                  sources: [
                    "S_TBTV"
                  ]
                }
              ],
              note: "Candidates: 31.4 (S_YT, TVPL Q&A 24BBF, re-seen in a second check) vs 31 (implied by Thái Bình TV's national range '13,9% đến 31%', 2 copies; may just round 31.4). Use only after checking the official text."
            },
            southeast: {
              status: "verified",
              value: 14.3,
              op: "<=",
              sources: [
                "S_YT"
              ],
              note: "S_YT writes 'tối thiểu' but this is a ceiling (the stunting rate must not exceed it)."
            },
            "mekong-delta": {
              status: "verified",
              value: 20.5,
              op: "<=",
              sources: [
                "S_YT"
              ],
              note: "S_YT writes 'tối thiểu' but this is a ceiling (the stunting rate must not exceed it)."
            }
          },
          note: "Chung (cả nước, not a commune threshold): ≤21,8% [VERIFIED; S_YT]."
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
        vi: "Nhóm 4. Văn hóa - xã hội - môi trường",
        en: "Group 4. Culture, society and environment"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "16",
          text: {
            vi: "Tỷ lệ thôn, bản, ấp đạt tiêu chuẩn văn hóa theo quy định",
            en: "Share of villages meeting the cultural standard"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥70% (not used as a value). S_VH states a single ≥70% threshold; per-region equality not seen; a second check NOT_FOUND."
            },
            "red-river-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥70% (not used as a value). S_VH states a single ≥70% threshold; per-region equality not seen; a second check NOT_FOUND."
            },
            "north-central": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥70% (not used as a value). S_VH states a single ≥70% threshold; per-region equality not seen; a second check NOT_FOUND."
            },
            "south-central-coast": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥70% (not used as a value). S_VH states a single ≥70% threshold; per-region equality not seen; a second check NOT_FOUND."
            },
            "central-highlands": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥70% (not used as a value). S_VH states a single ≥70% threshold; per-region equality not seen; a second check NOT_FOUND."
            },
            southeast: {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥70% (not used as a value). S_VH states a single ≥70% threshold; per-region equality not seen; a second check NOT_FOUND."
            },
            "mekong-delta": {
              status: "provincial",
              value: null,
              op: ">=",
              sources: [
                "S_VH"
              ],
              candidates: [
                {
                  value: 70,
                  sources: [
                    "S_VH"
                  ],
                  province: "Vĩnh Long"
                }
              ],
              note: "Báo Vĩnh Long 12/07/2018: 'Theo QĐ 1980 … từ 70% trở lên' - a Vĩnh Long (ĐBSCL) paper; a second check reads it as possibly the ĐBSCL column."
            }
          },
          note: "Wording [VERIFIED; S_VH]. Chung (cả nước, not a commune threshold): ≥70% [VERIFIED; S_VH] (an earlier reading); a second check: the only source does not say whether this is the Chung or the ĐBSCL column."
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
        vi: "Nhóm 4. Văn hóa - xã hội - môi trường",
        en: "Group 4. Culture, society and environment"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "17.1a",
          text: {
            vi: "Tỷ lệ hộ được sử dụng nước hợp vệ sinh và nước sạch theo quy định - phần tổng (nước hợp vệ sinh)",
            en: "Share of households using hygienic water (total, of which part must be clean water; see 17.1b)"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "verified",
              value: 90,
              op: ">=",
              sources: [
                "S_MT"
              ]
            },
            "red-river-delta": {
              status: "verified",
              value: 98,
              op: ">=",
              sources: [
                "S_MT"
              ],
              note: "Vĩnh Phúc article on Tam Đảo gives the ĐBSH requirement as 100% hygienic (Tam Đảo 90%, chưa đạt) - a provincial application, not the national column [PROVINCIAL; SC_TAMDAO]; seed-case did not know the S_MT ĐBSH value."
            },
            "north-central": {
              status: "verified",
              value: 98,
              op: ">=",
              sources: [
                "S_MT"
              ]
            },
            "south-central-coast": {
              status: "conflict",
              value: null,
              op: ">=",
              sources: [
                "S_MT"
              ],
              candidates: [
                {
                  value: 55,
                  sources: [
                    "S_MT"
                  ],
                  note: "as printed; impossible beside the 60% clean-water share"
                }
              ],
              note: "Both Q&A mirrors print 'tối thiểu là 55% trong đó tối thiểu 60% là nước sạch' - internally impossible (55 < 60); almost certainly a typo (likely 95 or 98). Candidates: 55 as printed. Treat as unknown."
            },
            "central-highlands": {
              status: "verified",
              value: 95,
              op: ">=",
              sources: [
                "S_MT"
              ]
            },
            southeast: {
              status: "verified",
              value: 98,
              op: ">=",
              sources: [
                "S_MT"
              ]
            },
            "mekong-delta": {
              status: "verified",
              value: 95,
              op: ">=",
              sources: [
                "S_MT"
              ]
            }
          },
          note: "One indicator (17.1) in the decision, split here into total (17.1a) and clean-water share (17.1b). Wording [VERIFIED; S_MT, S_VL16]. S_INFONET lists 8 (sic) indicators of criterion 17 with 'nước HVS ≥90%, nước sạch ≥50%; CSSX-KD 100%; cảnh quan đạt; mai táng; CTR & nước thải thu gom xử lý; nhà tiêu-nhà tắm-bể nước 3 sạch ≥70%; chuồng trại ≥60%; ATTP 100%' without naming a region (its 17.1 values equal the TDMNPB column of S_MT) [VERIFIED; S_INFONET]. Pre-2016 region rule (80/45, 90/50, 85/50) from a third-party FAQ is context only [RECALLED; SC_WATERFAQ]. Chung (cả nước, not a commune threshold): ≥95% hợp vệ sinh [VERIFIED; S_MT, S_TVPLN]."
        },
        {
          code: "17.1b",
          text: {
            vi: "Tỷ lệ hộ được sử dụng nước hợp vệ sinh và nước sạch theo quy định - phần nước sạch ('trong đó tối thiểu …% là nước sạch')",
            en: "Clean-water share within 17.1 ('of which at least …% clean water', base as written in the source)"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "verified",
              value: 50,
              op: ">=",
              sources: [
                "S_MT"
              ]
            },
            "red-river-delta": {
              status: "verified",
              value: 65,
              op: ">=",
              sources: [
                "S_MT"
              ],
              note: "Vĩnh Phúc article gives '> 65%' as the ĐBSH requirement (Tam Đảo 53%, chưa đạt) [PROVINCIAL; SC_TAMDAO]."
            },
            "north-central": {
              status: "verified",
              value: 60,
              op: ">=",
              sources: [
                "S_MT"
              ]
            },
            "south-central-coast": {
              status: "verified",
              value: 60,
              op: ">=",
              sources: [
                "S_MT"
              ],
              note: "Same garbled cell as 17.1a DHNTB; the 60% clean share itself was marked VERIFIED by an earlier reading."
            },
            "central-highlands": {
              status: "verified",
              value: 50,
              op: ">=",
              sources: [
                "S_MT"
              ]
            },
            southeast: {
              status: "verified",
              value: 65,
              op: ">=",
              sources: [
                "S_MT"
              ]
            },
            "mekong-delta": {
              status: "verified",
              value: 65,
              op: ">=",
              sources: [
                "S_MT"
              ],
              note: "S_MT cuts mid-word ('tối thiểu 65% là nư…'); 65 is visible."
            }
          },
          note: "Split from 17.1. Chung (cả nước, not a commune threshold): CONFLICT - nước sạch ≥65% (S_MT, both TVPL/TKL mirrors re-read in a second check) vs ≥60% (S_TVPLN news 19/10/2016; also seed-case's 'national summary 95/60') [CONFLICT; S_MT, S_TVPLN]."
        },
        {
          code: "17.2",
          text: {
            vi: "Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường",
            en: "Share of production/business, aquaculture and craft-village establishments complying with environmental rules"
          },
          textStatus: "verified",
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
          note: "Wording [VERIFIED; S_VL16, S_THMT, S_INFONET]. Chung (cả nước, not a commune threshold): 100% [VERIFIED; S_INFONET]."
        },
        {
          code: "17.3",
          text: {
            vi: "Xây dựng cảnh quan, môi trường xanh - sạch - đẹp, an toàn",
            en: "Green, clean, beautiful and safe landscape and environment"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_VL16",
                "S_THMT",
                "S_INFONET"
              ]
            }
          },
          note: "an earlier reading: Chung 'Đạt' VERIFIED (S_INFONET), region cells RECALLED; flag rule applied."
        },
        {
          code: "17.4",
          text: {
            vi: "Mai táng phù hợp với quy định và theo quy hoạch",
            en: "Burials follow regulations and the plan"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_THMT",
                "S_INFONET"
              ]
            }
          },
          note: "an earlier reading: Chung 'Đạt' VERIFIED (S_INFONET), region cells RECALLED; flag rule applied."
        },
        {
          code: "17.5",
          text: {
            vi: "Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung, cơ sở sản xuất - kinh doanh được thu gom, xử lý theo quy định",
            en: "Solid waste and wastewater of residential areas and businesses are collected and treated as required"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_INFONET"
              ]
            }
          },
          note: "an earlier reading: Chung 'Đạt' VERIFIED (S_INFONET), region cells RECALLED; flag rule applied."
        },
        {
          code: "17.6",
          text: {
            vi: "Tỷ lệ hộ có nhà tiêu, nhà tắm, bể chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch",
            en: "Share of households with hygienic latrine, bathroom and water tank, meeting the '3 clean' standard"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [
                "S_INFONET"
              ],
              note: "Recalled ≥70% by inference: S_INFONET lists ≥70% beside 17.1 = TDMNPB values; region not stated. A second check: NOT_FOUND."
            },
            "red-river-delta": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [],
              note: "Regional value not found (two separate searches)."
            },
            "north-central": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [],
              note: "Regional value not found (two separate searches)."
            },
            "south-central-coast": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [],
              note: "Regional value not found (two separate searches)."
            },
            "central-highlands": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [],
              note: "Regional value not found (two separate searches)."
            },
            southeast: {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [],
              note: "Regional value not found (two separate searches)."
            },
            "mekong-delta": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [],
              note: "Regional value not found (two separate searches)."
            }
          },
          note: "Wording [VERIFIED; S_TKL]. Chung (cả nước, not a commune threshold): ≥85% [VERIFIED; S_TKL]."
        },
        {
          code: "17.7",
          text: {
            vi: "Tỷ lệ hộ chăn nuôi có chuồng trại chăn nuôi đảm bảo vệ sinh môi trường",
            en: "Share of livestock households whose pens meet environmental hygiene"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [
                "S_INFONET"
              ],
              note: "Recalled ≥60% by inference from S_INFONET (region not stated). A second check: NOT_FOUND."
            },
            "red-river-delta": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [],
              note: "Not found (two separate searches)."
            },
            "north-central": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [],
              note: "Not found (two separate searches)."
            },
            "south-central-coast": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [],
              note: "Not found (two separate searches)."
            },
            "central-highlands": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [],
              note: "Not found (two separate searches)."
            },
            southeast: {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [],
              note: "Not found (two separate searches)."
            },
            "mekong-delta": {
              status: "not-found",
              value: null,
              op: ">=",
              sources: [],
              note: "Not found (two separate searches)."
            }
          },
          note: "Wording [VERIFIED; S_INFONET]. Chung (cả nước, not a commune threshold): not found [NOT_FOUND]."
        },
        {
          code: "17.8",
          text: {
            vi: "Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm",
            en: "Share of households and food businesses complying with food-safety rules"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            "northern-midlands-mountains": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). A second check: regional columns NOT_FOUND."
            },
            "red-river-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). A second check: regional columns NOT_FOUND."
            },
            "north-central": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). A second check: regional columns NOT_FOUND."
            },
            "south-central-coast": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). A second check: regional columns NOT_FOUND."
            },
            "central-highlands": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). A second check: regional columns NOT_FOUND."
            },
            southeast: {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). A second check: regional columns NOT_FOUND."
            },
            "mekong-delta": {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). A second check: regional columns NOT_FOUND."
            }
          },
          note: "Wording [VERIFIED; S_TKL, S_INFONET]. Chung (cả nước, not a commune threshold): 100% [VERIFIED; S_TKL, S_INFONET]."
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
        vi: "Nhóm 5. Hệ thống chính trị",
        en: "Group 5. Political system"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "18.1",
          text: {
            vi: "Cán bộ, công chức xã đạt chuẩn",
            en: "Commune officials and civil servants meet the standard"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_HTCT",
                "S_SLNV"
              ]
            }
          },
          note: "Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording. Sơn La guidance HD 750/HD-SNV reads it as '100% CBCC xã đạt chuẩn' [PROVINCIAL; S_SLNV]."
        },
        {
          code: "18.2",
          text: {
            vi: "Có đủ các tổ chức trong hệ thống chính trị cơ sở theo quy định",
            en: "All grassroots political-system organisations are in place"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_HTCT"
              ]
            }
          },
          note: "Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording."
        },
        {
          code: "18.3",
          text: {
            vi: "Đảng bộ, chính quyền xã đạt tiêu chuẩn \"trong sạch, vững mạnh\"",
            en: "Commune Party committee and government rated 'clean and strong'"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_HTCT"
              ]
            }
          },
          note: "Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording."
        },
        {
          code: "18.4",
          text: {
            vi: "Tổ chức chính trị - xã hội của xã đạt loại khá trở lên",
            en: "Commune socio-political organisations rated 'good' or better"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "recalled",
              value: null,
              op: ">=",
              sources: [],
              note: "Recalled ≥100% (not used as a value). Sơn La guidance: 'Có 100% tổ chức chính trị – xã hội của xã đạt loại khá trở lên' (provincial guidance, S_SLNV)."
            }
          },
          note: "Wording [VERIFIED; S_HTCT, S_SLNV]."
        },
        {
          code: "18.5",
          text: {
            vi: "Xã đạt chuẩn tiếp cận pháp luật theo quy định",
            en: "The commune meets the access-to-law standard"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_HTCT"
              ]
            }
          },
          note: "Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording."
        },
        {
          code: "18.6",
          text: {
            vi: "Đảm bảo bình đẳng giới và phòng chống bạo lực gia đình; bảo vệ và hỗ trợ những người dễ bị tổn thương trong các lĩnh vực của gia đình và đời sống xã hội",
            en: "Gender equality, prevention of domestic violence, protection of vulnerable people"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_HTCT"
              ]
            }
          },
          note: "Table cell not seen (an earlier reading marked the 'Đạt' cells RECALLED); per the flag rule the target status follows the verified wording."
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
        vi: "Nhóm 5. Hệ thống chính trị",
        en: "Group 5. Political system"
      },
      status: "verified",
      sources: [
        "S_VP",
        "S_NA_EN"
      ],
      indicators: [
        {
          code: "19.1",
          text: {
            vi: "Xây dựng lực lượng dân quân \"vững mạnh, rộng khắp\" và hoàn thành các chỉ tiêu quốc phòng",
            en: "Militia 'strong and widespread'; defence targets completed"
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
          note: "Wording RECALLED."
        },
        {
          code: "19.2",
          text: {
            vi: "Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và đảm bảo bình yên: không có khiếu kiện đông người kéo dài; không để xảy ra trọng án; tội phạm và tệ nạn xã hội (ma túy, trộm cắp, cờ bạc, nghiện hút) được kiềm chế, giảm liên tục so với các năm trước",
            en: "Commune safe in security and order: no prolonged mass complaints, no serious crimes, crime and social evils contained and falling"
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
          note: "Wording RECALLED."
        }
      ]
    }
  ],
  conditions: [
    {
      id: "registered",
      text: {
        vi: "Có đăng ký xã đạt chuẩn NTM và được UBND cấp huyện đưa vào kế hoạch thực hiện",
        en: "Commune registered as an NTM candidate and included in the district's plan (QĐ 2540)"
      },
      purpose: "recognition",
      status: "verified",
      sources: [
        "S_2540"
      ],
      check: {
        kind: "fact",
        fact: "registeredInPlan",
        op: "=",
        value: true
      },
      document: "2540/QĐ-TTg",
      note: "Reference check: registeredInDistrictPlan == true"
    },
    {
      id: "allCriteria",
      text: {
        vi: "Có 100% tiêu chí thực hiện trên địa bàn xã đạt chuẩn theo quy định",
        en: "100% of the criteria met (QĐ 2540)"
      },
      purpose: "recognition",
      status: "verified",
      sources: [
        "S_2540"
      ],
      check: {
        kind: "criteria-met"
      },
      document: "2540/QĐ-TTg",
      note: "Reference check: count(criteria met) == 19"
    },
    {
      id: "noDebt",
      text: {
        vi: "Không có nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới",
        en: "No outstanding basic-construction debt in NTM building (QĐ 2540); applied in Vĩnh Phúc 2018 appraisals (TC-07)"
      },
      purpose: "recognition",
      status: "verified",
      sources: [
        "S_2540",
        "SC_TC07"
      ],
      check: {
        kind: "fact",
        fact: "outstandingConstructionDebt",
        op: "<=",
        value: 0
      },
      document: "2540/QĐ-TTg",
      note: "Reference check: outstandingBasicConstructionDebt == 0"
    }
  ],
  facts: {
    outstandingConstructionDebt: {
      kind: "number",
      text: {
        vi: "Nợ đọng xây dựng cơ bản trong xây dựng NTM (triệu đồng)",
        en: "Outstanding capital-construction debt in the NTM programme (million VND)"
      }
    },
    registeredInPlan: {
      kind: "boolean",
      text: {
        vi: "Đã đăng ký và được đưa vào kế hoạch của cấp trên",
        en: "Registered and included in the higher level's plan"
      }
    }
  },
  sources: {
    RG_VL_DIEN: {
      url: "http://baovinhlong.com.vn/thoi-su/201910/long-ho-100-xa-dat-tieu-chi-dien-2971541/",
      what: "Báo Vĩnh Long 31/10/2019 (Long Hồ, ĐBSCL): 'tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn đạt từ 98% trở lên' (1980 4.2 as applied in Vĩnh Long)"
    },
    RG_VL_NHAO: {
      url: "http://baovinhlong.com.vn/xa-hoi/201709/hau-het-cac-xa-co-tren-70-nha-o-dat-chuan-2843065/",
      what: "Báo Vĩnh Long 13/09/2017: most communes have over 70% standard houses (1980 9.2 ≥70% as applied in Vĩnh Long, ĐBSCL)"
    },
    SC_TAMDAO: {
      url: "https://langngheviet.com.vn/tam-dao-vinh-phuc-phan-dau-100-cac-xa-dat-chuan-ntm-vao-nam-2025-14933.html",
      what: "Làng nghề Việt 2021: Tam Đảo end-2020 actual values next to the ĐBSH requirement (roads 100%; income ≥50; poor ≤2%; water 100% HVS / >65% sạch); Hồ Sơn NTM nâng cao income 60 million"
    },
    SC_TC07: {
      url: "https://test.mekongsean.vn/vinh-phuc-xet-cong-nhan-xa-dat-chuan-nong-thon-moi.html/",
      what: "Vĩnh Phúc 2018 appraisal: 16 communes (Lập Thạch, Vĩnh Tường, Tam Dương) 'cơ bản đạt 19/19' and không nợ đọng XDCB; council voted 100% to propose recognition [seed-case TC-07]"
    },
    SC_VP22: {
      url: "https://ls1.hethongphapluat.com/quyet-dinh-22-2017-qd-ubnd-quy-dinh-danh-gia-thuc-hien-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-tren-dia-ban-tinh-vinh-phuc-giai-doan-2017-2020-do-uy-ban-nhan-dan-tinh-ban-hanh.html",
      what: "Vĩnh Phúc QĐ 22/2017/QĐ-UBND (28/7/2017) evaluation rules for the national commune set 2017–2020; replaced QĐ 07/2014/QĐ-UBND (opening only)"
    },
    S_2540: {
      url: "https://dansinh.dantri.com.vn/dien-dan-dan-sinh/de-dat-chuan-nong-thon-moi-khong-no-dong-xay-dung-co-ban-20170104114541000.htm",
      what: "Dân trí 04/01/2017 on QĐ 2540: competent authorities; 3 conditions for xã; 4 conditions for huyện (excerpt cut before thị xã)"
    },
    S_BK: {
      url: "https://backan.gov.vn/Pages/chuong-trinh-muc-tieu-quoc-gia-xay-dung-nong-thon-moi-244/tin-hoat-dong-177/huyen-bach-thong-1516-xa-hoan-thanh-tie-806e903a7408a421.aspx",
      what: "Bắc Kạn portal: provincial set 2017-2020 (a TDMNPB province) uses 4.2 ≥95%"
    },
    S_CSVH: {
      url: "https://baovinhlong.com.vn/van-hoa-giai-tri/202001/gan-36-ty-dong-xay-dung-co-so-vat-chat-van-hoa-2982715",
      what: "Báo Vĩnh Long 09/01/2020: criterion 6 wording, provincial-specification footnote on 6.1, and '100% thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao'"
    },
    S_CSVH2: {
      url: "https://baovinhlong.com.vn/xa-hoi/202012/6087-xa-xay-dung-nong-thon-moi-dat-tieu-chi-co-so-vat-chat-van-hoa-3036084",
      what: "Báo Vĩnh Long 23/12/2020: same criterion 6 wording + footnote"
    },
    S_DN13: {
      url: "http://m.baodaknong.org.vn/print/113552.html",
      what: "Báo Đắk Nông: criterion 13 has 2 indicators (HTX theo Luật HTX 2012; mô hình liên kết SX gắn tiêu thụ nông sản chủ lực)"
    },
    S_EVN: {
      url: "https://www.evn.com.vn/d6/news/Den-nam-2020-tat-ca-so-xa-nong-thon-moi-dat-chuan-tieu-chi-ve-dien-2-10-18976.aspx",
      what: "EVN news on QĐ 1980: 4.1 all communes 'hệ thống điện đạt chuẩn'; 4.2 ≥98% (general)"
    },
    S_GD: {
      url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/24BBA-hd-tieu-chi-ve-giao-duc-va-dao-tao-xa-nong-thon-moi-giai-doan-2016-2020.html",
      what: "Thư Viện Pháp Luật Q&A restating QĐ 1980 criterion 14 (14.1-14.3) general + 7 regions"
    },
    S_GT1: {
      url: "http://baovinhlong.com.vn/thoi-su/201911/vung-liem-100-duong-lien-xa-dat-chuan-2972455/",
      what: "Báo Vĩnh Long: wording of 2.1-2.4 + 'UBND cấp tỉnh quy định cụ thể...' footnote"
    },
    S_GT2: {
      url: "https://baovinhlong.vn/thoi-su/201909/nang-cap-va-xay-moi-613km-duong-giao-thong-2965526/",
      what: "Báo Vĩnh Long: same wording of 2.1-2.4 + provincial-specification footnote"
    },
    S_HTCT: {
      url: "https://baovinhlong.com.vn/thoi-su/202005/6-xa-dang-ky-dat-tieu-chi-he-thong-chinh-tri-va-tiep-can-phap-luat-3005434/",
      what: "Báo Vĩnh Long: wording of the 6 indicators of criterion 18"
    },
    S_INFONET: {
      url: "https://m.infonet.vietnamnet.vn/chuyen-de/nong-thon-moi/toan-dan-ra-quan-xay-dung-tieu-chi-moi-truong-nong-thon-moi-267304.html",
      what: "Infonet: the 8 (sic) indicators of criterion 17 with values 'nước HVS ≥90%, nước sạch ≥50%; CSSX-KD 100%; cảnh quan đạt; mai táng; CTR & nước thải thu gom xử lý; nhà tiêu-nhà tắm-bể nước 3 sạch ≥70%; chuồng trại ≥60%; ATTP 100%' - region not stated (17.1 values equal the TDMNPB column of S_MT)"
    },
    S_MT: {
      url: "http://118.69.201.249:801/hoi-dap-phap-luat/iframe/24BCB-hd-tieu-chi-ve-moi-truong-va-an-toan-thuc-pham-xa-nong-thon-moi-giai-doan-2016-2020.html",
      what: "Thư Ký Luật / TVPL Q&A restating QĐ 1980 indicator 17.1 general + 7 regions (excerpt truncated after 17.1); mirror: https://nganhangphapluat.thukyluat.vn/tu-van-phap-luat/xay-dung--do-thi/tieu-chi-ve-moi-truong-va-an-toan-thuc-pham-xa-nong-thon-moi-giai-150475"
    },
    S_NA_EN: {
      url: "https://baonghean.vn/en/nhieu-thay-doi-trong-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-giai-doan-2016-2020-10116980.html",
      what: "Báo Nghệ An (EN): 5 groups / 19 criteria with group membership; general + 7 regional targets; transport footnote"
    },
    S_NO: {
      url: "http://baovinhlong.com.vn/thoi-su/201903/59-xa-dat-tieu-chi-nha-o-dan-cu-2936489/",
      what: "Báo Vĩnh Long: 9 = no temporary/dilapidated houses + ≥70% standard houses (ĐBSCL)"
    },
    S_QH: {
      url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/24B70-hd-tieu-chi-quy-hoach-xa-nong-thon-moi-giai-doan-2016-2020.html",
      what: "Thư Viện Pháp Luật Q&A restating QĐ 1980 criterion 1 (Quy hoạch): both indicators, same for all regions"
    },
    S_SGDVL: {
      url: "http://sgddt.vinhlong.gov.vn/web/guest/tin-tuc/-/journal_content/56_INSTANCE_sNx4z8Lu2lH0/10180/24040",
      what: "Sở GD&ĐT Vĩnh Long: Sổ tay (BNN, 09/01/2017) definitions for criterion 5; ĐBSCL ≥70%"
    },
    S_SLNV: {
      url: "http://sonoivu.sonla.gov.vn/2017/06/huong-dan-so-750hd-snv-ngay-0962017-ve-thuc-hien-danh-gia-tieu-chi-18-trong-bo-tieu-chi-quoc-gia-ve-nong-thon-moi.html",
      what: "Sở Nội vụ Sơn La HD 750/HD-SNV (09/6/2017): 18.1 = 100% CBCC xã đạt chuẩn; 18.4 = 100% tổ chức CT-XH đạt loại khá trở lên; cites QĐ 69/QĐ-BNN-VPĐP 09/01/2017"
    },
    S_TB441: {
      url: "https://thaibinh.gov.vn/nongthonmoi/thuc-hien-tieu-chi-thong-tin-va-truyen-thong-trong-bo-tieu-c.html",
      what: "Thái Bình portal: QĐ 441/QĐ-BTTTT (28/3/2017) details criterion 8; a xã passes only if it meets all 4 contents; replaces QĐ 463/QĐ-BTTTT (2012)"
    },
    S_TBTV: {
      url: "https://www.thaibinhtv.vn/news/69/32493/ty-le-nguoi-dan-tham-gia-bhyt-phai-dat-tu-85-tro-len",
      what: "Thái Bình TV 22/10/2016 (same text: tinnhanhchungkhoan.vn post146513): BHYT ≥85%; stunting targets by region range 13,9%-31%; effective 01/12/2016 (mirror seen in a later reading: http://thunghiem.thaibinhtv.vn/news/69/32493/ty-le-nguoi-dan-tham-gia-bhyt-phai-dat-tu-85-tro-len)"
    },
    S_TCSX: {
      url: "http://baovinhlong.com.vn/xa-hoi/201805/5289-xa-dat-tieu-chi-to-chuc-san-xuat-2893760/",
      what: "Báo Vĩnh Long: criterion 13 wording (HTX theo Luật HTX 2012, 'ít nhất 10 thành viên' per provincial guidance; liên kết SX gắn tiêu thụ nông sản chủ lực)"
    },
    S_THMT: {
      url: "https://123docz.net/trich-doan/2631901-ket-qua-thuc-hien.htm",
      what: "Thanh Hóa 2017-2020 appraisal guidance excerpt: names of 17.1-17.4 (nước sạch HVS; cơ sở SX-KD, NTTS, làng nghề; mai táng; cảnh quan xanh-sạch-đẹp)"
    },
    S_THVL: {
      url: "https://www.thvl.vn/thoi-su-thvl/tin-dia-phuong/nang-m%E1%BB%A9c-thu-nh%E1%BA%ADp-ng%C6%B0%E1%BB%9Di-dan-loan-m%E1%BB%B9/",
      what: "THVL: QĐ 1980 income 2020 for ĐBSCL ≥50 million"
    },
    S_TKL: {
      url: "https://thukyluat.vn/news/thong-bao-van-ban-moi/ban-hanh-bo-tieu-chi-quoc-gia-xa-nong-thon-moi-giai-doan-2016-2020-19904.html",
      what: "Thư Ký Luật news: headline general targets (điện ≥98%, trường ≥80%, nhà ở ≥80%, việc làm ≥90%, BHYT ≥85%, nhà tiêu-nhà tắm-bể nước 3 sạch ≥85%, ATTP 100%); effective 01/12/2016; replaces QĐ 491/2009 and 342/2013"
    },
    S_TL: {
      url: "http://baovinhlong.com.vn/xa-hoi/202001/gan-232-ty-dong-dau-tu-cac-cong-trinh-thuy-loi-2982530/",
      what: "Báo Vĩnh Long: 3.1 (≥80% tưới tiêu chủ động + provincial footnote) and 3.2 wording"
    },
    S_TN: {
      url: "https://thuviennhadat.vn/phap-ly-nha-dat/tieu-chi-ve-thu-nhap-xa-nong-thon-moi-giai-doan-2016---2020-hien-nay-duoc-quy-dinh-ra-sao-318802.html",
      what: "Q&A restating QĐ 1980 criterion 10 by region (= S34 in ntm-2021-2025; also cited by seed-case.md)"
    },
    S_TTTT: {
      url: "http://baovinhlong.vn/khao-hoc-cong-nghe/202011/ha-tang-buu-chinh-vien-thong-duoc-dau-tu-va-phat-trien-3031251/",
      what: "Báo Vĩnh Long 18/11/2020: the 4 indicators of criterion 8"
    },
    S_TVPLN: {
      url: "http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/14746/bo-tieu-chi-xa-nong-thon-moi-giai-doan-2016-2020",
      what: "Thư Viện Pháp Luật news 19/10/2016: income ≥45, việc làm ≥90%, nước HVS ≥95% of which ≥60% nước sạch, no temporary houses, ≥80% nhà ở đạt chuẩn; effective 01/12/2016"
    },
    S_VH: {
      url: "http://baovinhlong.com.vn/thoi-su/201807/8389-xa-da-duoc-cong-nhan-dat-tieu-chi-van-hoa-2901906/",
      what: "Báo Vĩnh Long citing QĐ 1980: criterion 16 = tỷ lệ thôn, bản, ấp đạt tiêu chuẩn văn hóa ≥70%"
    },
    S_VL16: {
      url: "http://www.baovinhlong.com.vn/chu-truong-chinh-sach-moi/201610/ban-hanh-bo-19-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-2748327/",
      what: "Báo Vĩnh Long 25/10/2016: group sizes (1/8/4/6), income 2020 by region (45/36/50/36/41/41/59/50), names of 17.1-17.3"
    },
    S_VP: {
      url: "http://ntmoi.vinhphuc.gov.vn/ct/cms/chuyenmon/Lists/BanTonGiao/View_Detail.aspx?ItemID=1242",
      what: "NTM Vĩnh Phúc Q&A: 5 groups + names of the 19 criteria (QĐ 1980)"
    },
    S_YT: {
      url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/24BBF-hd-tieu-chi-ve-y-te-xa-nong-thon-moi-giai-doan-2016-2020.html",
      what: "Thư Viện Pháp Luật Q&A restating QĐ 1980 criterion 15 (15.1-15.3) general + 7 regions (= S35 in ntm-2021-2025; re-read in a later reading)"
    }
  },
  notes: [
    "Effective 01/12/2016 [VERIFIED; S_TVPLN, S_TKL, S_TBTV]; replaces QĐ 491/QĐ-TTg (16/4/2009) and QĐ 342/QĐ-TTg (20/02/2013) [VERIFIED; S_TKL].",
    "5 groups / 19 criteria: G1 Quy hoạch (1); G2 Hạ tầng kinh tế - xã hội (2–9); G3 Kinh tế và tổ chức sản xuất (10–13); G4 Văn hóa - xã hội - môi trường (14–17); G5 Hệ thống chính trị (18–19) [VERIFIED; S_VP, S_NA_EN].",
    "Grouping discrepancy: S_VL16 is recorded with group sizes 1/8/4/6 (criteria 14–19 in one group), while S_VP and S_NA_EN give 5 groups (1/8/4/4/2). Not reconciled; criteria 18–19 are placed in G5 here [CONFLICT; S_VL16, S_VP, S_NA_EN].",
    "An earlier reading encoded 49 indicators (codes as used in the decision; RECALLED numbering for unverified rows). Here 17.1 is split into 17.1a/17.1b (total / clean-water share).",
    "Columns: 'chỉ tiêu chung' (nationwide) + 7 regions [VERIFIED; S_NA_EN]. The Chung column is not a commune's threshold; it is kept in each indicator's note.",
    "The decision table itself was never retrieved: every VERIFIED value comes from a secondary restatement (TVPL/Thư Ký Luật Q&A, official news, provincial portals). Re-check against the official gazette (congbao.chinhphu.vn) before production use.",
    "Provincial UBND may set stricter/specific values within the national frame (Điều 2, as reported) [VERIFIED; S_EVN]; provincial restatements (e.g. Bắc Kạn) can differ from the national regional column [VERIFIED; S_BK].",
    "Q&A sources write 'tối thiểu' even for ceiling indicators (15.3); ops here follow the meaning of the indicator.",
    "Pass rule: xã đạt chuẩn NTM khi đạt 100% (19/19) tiêu chí [VERIFIED; S_2540]. 'Đạt 19/19' is not the same as 'được công nhận' (Vĩnh Phúc 2017: 87 communes at 19 criteria, 74 recognised) [VERIFIED; SC_TC05].",
    "Income roadmap: only the 2020 end-targets are VERIFIED; the per-year thresholds 2016–2019 were NOT_FOUND in any retrieved text (two separate searches). The target rises every year [VERIFIED; S_THVL, RG_THANHHOA_TN].",
    "BNN temporary guidance for 2016–2017: threshold(year) = 2015 regional standard + (2020 target per QĐ 342 − 2015 standard)/5 per year; e.g. ĐBSCL 2016 = (49−29)/5+29 = 33 triệu đồng/người. A xã meets criterion 10 if its income ≥ that year's regional threshold. Poverty 2016–2017: xã meets 11 if its rate ≤ the regional rate applied for 2016–2017 (rates proposed by MOLISA, values not given) [VERIFIED; S_ANLAO]. Caveat: based on QĐ 342 targets (ĐBSCL 49), not QĐ 1980 (ĐBSCL 50); not a basis for 2018–2019.",
    "Period end 2020-12-31 is the end of the named period; no repeal date was found. The 1980 ĐBSH column was still applied to Tam Đảo communes in the 2021 article [VERIFIED; SC_TAMDAO].",
    "Whether Vĩnh Phúc QĐ 22/2017/QĐ-UBND let mountain communes (Tam Đảo) use TDMNPB columns could not be checked (opening only) [NOT_FOUND; SC_VP22].",
    "Provincial restatements seen only by title/preamble: Hòa Bình QĐ 816/QĐ-UBND (19/5/2017) [VERIFIED; S_HB]; Điện Biên QĐ 455/QĐ-UBND (25/5/2017) [VERIFIED; S_DB]; Vĩnh Phúc QĐ 22/2017/QĐ-UBND [VERIFIED; SC_VP22]."
  ]
});
