// Imported from shared/reference/criteria.json (generated 2026-11-28) by
// scripts/import-reference.py, then maintained by hand: every value keeps its source ids and
// its verification status; only `verified` values are targets.
import { defineCriteriaSet } from '../../../src/model/criteria-set.js';

/**
 * Tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2018–2020 (691/QĐ-TTg).
 * Criteria for model NTM communes, 2018–2020.
 * @example
 * const r = evaluate(communeModel691, { values: { '1.2': 70 }, references: { incomeAtRecognition: 45 } });
 * r.criteria[0].indicators[1].target; // 67.5 (1.5 × 45)
 */
export const communeModel691 = defineCriteriaSet({
  id: "commune-model-2018-2020",
  family: "commune-model-2018-2020",
  version: "691/QĐ-TTg",
  level: "commune-model",
  title: {
    vi: "Tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2018–2020",
    en: "Criteria for model NTM communes, 2018–2020"
  },
  period: {
    from: "2018-06-05",
    to: "2022-03-07"
  },
  years: {
    from: 2018,
    to: 2022
  },
  legalBasis: [
    {
      document: "691/QĐ-TTg",
      role: "base",
      title: {
        vi: "Tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2018-2020",
        en: "Criteria for model NTM communes, 2018–2020"
      },
      signed: "2018-06-05",
      inForce: null
    }
  ],
  columns: "single",
  columnRules: [
    {
      id: "commune-model-2018-2020.r1",
      text: {
        vi: "Không phân vùng; ngưỡng thống nhất toàn quốc.",
        en: "Not regionalised; uniform national thresholds (as reported)."
      },
      status: "verified",
      sources: [
        "S_691A",
        "S_691B"
      ]
    }
  ],
  criteria: [
    {
      id: "1",
      number: 1,
      name: {
        vi: "Sản xuất - Thu nhập - Hộ nghèo",
        en: "Production - Income - Poverty"
      },
      status: "verified",
      sources: [
        "S_691D",
        "S_691A"
      ],
      indicators: [
        {
          code: "1.1",
          text: {
            vi: "Có vùng sản xuất hàng hóa tập trung đối với các sản phẩm chủ lực của xã",
            en: "Concentrated commodity production zone for the commune's key products"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_691B"
              ]
            }
          }
        },
        {
          code: "1.2",
          text: {
            vi: "Thu nhập bình quân đầu người của xã tại thời điểm xét, công nhận xã NTM kiểu mẫu cao hơn từ 1,5 lần trở lên so với thu nhập bình quân đầu người tại thời điểm được công nhận xã đạt chuẩn NTM",
            en: "Per-capita income at the time of model-commune assessment at least 1.5 times the income when the commune was recognised as NTM"
          },
          textStatus: "verified",
          measure: "amount",
          unit: {
            vi: "triệu đồng/người/năm",
            en: "million VND/person/year"
          },
          targets: {
            all: {
              status: "verified",
              value: 1.5,
              op: ">=",
              sources: [
                "S_691A",
                "S_691B",
                "S_691C"
              ],
              relativeTo: "incomeAtRecognition",
              note: "Reference value: the commune's own per-capita income at its NTM recognition date."
            }
          }
        },
        {
          code: "1.3",
          text: {
            vi: "Không có hộ nghèo (trừ các trường hợp thuộc diện bảo trợ xã hội theo quy định, hoặc do tai nạn rủi ro bất khả kháng, hoặc do bệnh hiểm nghèo)",
            en: "No poor households (except households under social protection, or poor due to force-majeure accidents or grave illness)"
          },
          textStatus: "verified",
          measure: "count",
          targets: {
            all: {
              status: "verified",
              value: 0,
              op: "<=",
              sources: [
                "S_691A",
                "S_691C"
              ],
              note: "Exceptions: bảo trợ xã hội; tai nạn rủi ro bất khả kháng; bệnh hiểm nghèo."
            }
          }
        }
      ]
    },
    {
      id: "2",
      number: 2,
      name: {
        vi: "Giáo dục - Y tế - Văn hóa",
        en: "Education - Health - Culture"
      },
      status: "verified",
      sources: [
        "S_691D",
        "S_691A"
      ],
      indicators: [
        {
          code: "2.1a",
          text: {
            vi: "Tỷ lệ huy động trẻ đi học mẫu giáo",
            en: "Kindergarten enrolment rate"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 90,
              op: ">=",
              sources: [
                "S_691A",
                "S_691C"
              ]
            }
          },
          note: "Split from one education row; other education sub-items NOT_FOUND."
        },
        {
          code: "2.1b",
          text: {
            vi: "Tỷ lệ trẻ 6 tuổi vào lớp 1",
            en: "Share of 6-year-olds entering grade 1"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 100,
              op: ">=",
              sources: [
                "S_691A",
                "S_691C"
              ],
              note: "Written 'đạt 100%'."
            }
          },
          note: "Split from one education row."
        },
        {
          code: "2.2a",
          text: {
            vi: "Trạm y tế xã có đủ điều kiện khám, chữa bệnh bảo hiểm y tế",
            en: "Commune health station qualified for insured treatment"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_691B",
                "S_691C"
              ]
            }
          },
          note: "Split from one health row."
        },
        {
          code: "2.2b",
          text: {
            vi: "Tỷ lệ dân số thường trú trên địa bàn xã được quản lý, theo dõi sức khỏe",
            en: "Share of resident population under health management/monitoring"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 90,
              op: ">=",
              sources: [
                "S_691B",
                "S_691C"
              ]
            }
          },
          note: "Split from one health row."
        },
        {
          code: "2.2c",
          text: {
            vi: "Tỷ lệ người dân tham gia bảo hiểm y tế",
            en: "Health-insurance coverage"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 95,
              op: ">=",
              sources: [
                "S_691B",
                "S_691C"
              ]
            }
          },
          note: "Split from one health row."
        }
      ]
    },
    {
      id: "3",
      number: 3,
      name: {
        vi: "Môi trường",
        en: "Environment"
      },
      status: "verified",
      sources: [
        "S_691D",
        "S_691A"
      ],
      indicators: [
        {
          code: "3.1a",
          text: {
            vi: "Tỷ lệ chất thải rắn được thu gom và xử lý theo đúng quy định",
            en: "Share of solid waste collected and treated as required"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 90,
              op: ">=",
              sources: [
                "S_691B"
              ]
            }
          },
          note: "Split from one environment row. Guidance: CV 3217/TCMT-QLCT [VERIFIED; S_TCMT]."
        },
        {
          code: "3.1b",
          text: {
            vi: "Tỷ lệ rác thải sinh hoạt được phân loại, áp dụng biện pháp xử lý phù hợp",
            en: "Share of household waste sorted and suitably treated"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 50,
              op: ">=",
              sources: [
                "S_691B"
              ]
            }
          },
          note: "Split from one environment row."
        },
        {
          code: "3.2",
          text: {
            vi: "Có từ 60% trở lên tuyến đường xã, thôn có rãnh thoát nước và trồng cây bóng mát hoặc trồng hoa, cây cảnh",
            en: "At least 60% of commune/village roads have drains and shade trees or flowers"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 60,
              op: ">=",
              sources: [
                "S_691A"
              ]
            }
          }
        },
        {
          code: "3.3",
          text: {
            vi: "Từ 90% số hộ chăn nuôi có chuồng trại chăn nuôi đảm bảo vệ sinh môi trường",
            en: "At least 90% of livestock households have hygienic pens"
          },
          textStatus: "verified",
          measure: "percent",
          targets: {
            all: {
              status: "verified",
              value: 90,
              op: ">=",
              sources: [
                "S_691A"
              ]
            }
          }
        }
      ]
    },
    {
      id: "4",
      number: 4,
      name: {
        vi: "An ninh trật tự - Hành chính công",
        en: "Security and order - Public administration"
      },
      status: "verified",
      sources: [
        "S_691D",
        "S_691A"
      ],
      indicators: [
        {
          code: "4.1",
          text: {
            vi: "Trong 03 năm liên tục trước năm xét công nhận xã NTM kiểu mẫu: không có khiếu kiện đông người trái pháp luật; không có công dân cư trú trên địa bàn phạm tội; tai nạn, tệ nạn xã hội được kiềm chế, giảm",
            en: "For 3 consecutive years before assessment: no unlawful mass complaints; no resident committing crimes; accidents and social evils contained and falling"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_691A"
              ]
            }
          },
          note: "S_691A wording; the qualifier 'tội phạm nghiêm trọng trở lên' is RECALLED."
        },
        {
          code: "4.2",
          text: {
            vi: "Công khai, minh bạch các thủ tục hành chính, giải quyết các thủ tục hành chính cho các tổ chức, công dân hiệu quả",
            en: "Administrative procedures public, transparent and handled efficiently"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S_691A"
              ]
            }
          }
        }
      ]
    }
  ],
  conditions: [
    {
      id: "isAdvancedNTM",
      text: {
        vi: "Xã đã đạt chuẩn nông thôn mới nâng cao (theo quy định của UBND cấp tỉnh)",
        en: "Precondition: the commune is already recognised as advanced NTM (per provincial rules)"
      },
      purpose: "criteria",
      status: "verified",
      sources: [
        "S_691A",
        "S_691D"
      ],
      check: {
        kind: "fact",
        fact: "recognisedAdvanced",
        op: "=",
        value: true
      },
      note: "Reference check: commune.recognised('commune-advanced') == true"
    },
    {
      id: "procedureByProvince",
      text: {
        vi: "Điều kiện, trình tự, thủ tục, hồ sơ: UBND tỉnh quy định cụ thể căn cứ QĐ 2540/QĐ-TTg; Chủ tịch UBND tỉnh xét, công nhận, công bố",
        en: "Conditions, procedure and dossier set by the province on the basis of QĐ 2540; the provincial chairman recognises"
      },
      purpose: "procedure",
      status: "verified",
      sources: [
        "S_691D",
        "S_691E"
      ],
      check: {
        kind: "not-checkable"
      },
      note: "Reference check: n/a (provincial rules)"
    }
  ],
  facts: {
    recognisedAdvanced: {
      kind: "boolean",
      text: {
        vi: "Xã đã được công nhận đạt chuẩn NTM nâng cao",
        en: "The commune is recognised as an advanced NTM commune"
      }
    }
  },
  references: {
    incomeAtRecognition: {
      kind: "number",
      text: {
        vi: "Thu nhập bình quân đầu người của xã tại thời điểm được công nhận đạt chuẩn NTM",
        en: "Per-capita income of the commune when it was recognised NTM"
      },
      unit: {
        vi: "triệu đồng/người/năm",
        en: "million VND/person/year"
      }
    }
  },
  sources: {
    S_691A: {
      url: "http://bacgiangtv.vn/tin-tuc/240/62128/4-tieu-chi-cong-nhan-xa-nong-thon-moi-kieu-mau",
      what: "Bắc Giang TV 11/06/2018: 691 precondition (NTM nâng cao) + 4 criteria with several thresholds"
    },
    S_691B: {
      url: "http://nhandan.com.vn/xahoi/tin-tuc/item/36655702-bon-tieu-chi-dap-ung-xa-nong-thon-moi-kieu-mau.html",
      what: "Nhân Dân 09/06/2018: 691 thresholds (1,5 lần thu nhập; không hộ nghèo; 90% quản lý sức khỏe; BHYT ≥95%; CTR thu gom-xử lý ≥90%; phân loại rác ≥50%)"
    },
    S_691C: {
      url: "https://tuoitrethudo.vn/tieu-chi-xa-nong-thon-moi-kieu-mau-ty-le-tham-gia-bhyt-dat-tu-95-tro-len-19855.html",
      what: "Tuổi trẻ Thủ đô 13/06/2018: 691 health/income/poverty wording incl. exceptions for hộ nghèo"
    },
    S_691D: {
      url: "http://www.ninhthuan.gov.vn/chinhquyen/sonv/Pages/Thu-tuong-Chinh-phu-ban-hanh-tieu-chi-xa-nong-thon-moi-kieu-mau-giai-doan-2018-2020.aspx",
      what: "Ninh Thuận Sở Nội vụ: 691 names of 4 criteria; procedure delegated to provinces per QĐ 2540; Chủ tịch UBND tỉnh công nhận"
    },
    S_691E: {
      url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/3C97F-hd-dieu-kien-trinh-tu-thu-tuc-ho-so-va-tham-quyen-xet-cong-nhan-cong-bo-xa-nong-thon-moi-kieu-mau-giai-doan-2018-2020-duoc-quy-dinh-ra-sao.html",
      what: "TVPL Q&A on Điều 3 QĐ 691 (procedure/authority)"
    }
  },
  notes: [
    "Not regionalised; thresholds uniform nationally (as reported) [VERIFIED; S_691A, S_691B].",
    "UBND địa phương lựa chọn loại hình xã NTM kiểu mẫu nổi trội nhất (theo lĩnh vực) để chỉ đạo thực hiện [VERIFIED; S_691B].",
    "Guidance: CV 3217/TCMT-QLCT on the environment criterion [VERIFIED; S_TCMT].",
    "seed-case.md lists 691 as RECALLED; an earlier reading saw it (S_691A–E)."
  ]
});
