// Imported from shared/reference/criteria.json (generated 2026-11-28) by
// scripts/import-reference.py, then maintained by hand: every value keeps its source ids and
// its verification status; only `verified` values are targets.
import { defineCriteriaSet } from '../../../src/model/criteria-set.js';
import { r18NoDebt, r18Satisfaction, r18Security } from './recognition-18-2022.js';

/**
 * Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025 (319/QĐ-TTg).
 * Model NTM communes, 2021–2025.
 * @example
 * const r = evaluate(communeModel319, { year: 2022, values: { 'KM.1': true } });
 * r.criteria[0].indicators[0].status;
 */
export const communeModel319 = defineCriteriaSet({
  id: "commune-model-2021-2025",
  family: "commune-model-2021-2025",
  version: "319/QĐ-TTg",
  level: "commune-model",
  title: {
    vi: "Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025",
    en: "Model NTM communes, 2021–2025"
  },
  period: {
    from: "2022-03-08",
    to: "2026-02-14"
  },
  years: {
    from: 2021,
    to: 2026
  },
  legalBasis: [
    {
      document: "319/QĐ-TTg",
      role: "base",
      title: {
        vi: "Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021-2025",
        en: "Criteria for model NTM communes, 2021–2025"
      },
      signed: "2022-03-08",
      inForce: null
    }
  ],
  columns: "single",
  columnRules: [
    {
      id: "commune-model-2021-2025.r1",
      text: {
        vi: "Không phân vùng; thu nhập so với mức xã NTM nâng cao của vùng tại cùng thời điểm.",
        en: "Single column; the income test refers to the advanced-commune income level of the same region and time."
      },
      status: "verified",
      sources: [
        "RG_319DTPT"
      ]
    }
  ],
  criteria: [
    {
      id: "1",
      number: 1,
      name: {
        vi: "Điều kiện xã NTM kiểu mẫu",
        en: "Model-commune conditions"
      },
      status: "verified",
      sources: [
        "S08",
        "RG_319DTPT"
      ],
      indicators: [
        {
          code: "KM.1",
          text: {
            vi: "Là xã đạt chuẩn NTM nâng cao giai đoạn 2021–2025; xã đã được công nhận NTM nâng cao giai đoạn 2018–2020 phải tập trung rà soát, chỉ đạo thực hiện, đáp ứng đầy đủ mức đạt chuẩn theo Bộ tiêu chí xã NTM nâng cao 2021–2025",
            en: "Recognised as advanced NTM 2021–2025; communes recognised advanced in 2018–2020 must be re-checked against the 2021–2025 advanced set"
          },
          textStatus: "verified",
          measure: "flag",
          targets: {
            all: {
              status: "verified",
              value: true,
              op: "=",
              sources: [
                "S08",
                "RG_319DTPT"
              ]
            }
          }
        },
        {
          code: "KM.2",
          text: {
            vi: "Thu nhập bình quân đầu người của xã tại thời điểm xét, công nhận cao hơn từ 10% trở lên so với mức thu nhập bình quân đầu người áp dụng theo quy định đối với xã NTM nâng cao tại cùng thời điểm",
            en: "Per-capita income at assessment at least 10% above the income level required of an advanced NTM commune at the same time"
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
              value: 1.1,
              op: ">=",
              sources: [
                "S08",
                "RG_319DTPT"
              ],
              relativeTo: "advancedCommuneIncomeTarget",
              note: "Reference value: the advanced-commune (318 PL II) income threshold for the same year and region."
            }
          },
          note: "A second check (dantocphattrien) settles an earlier reading's inference: the reference is the nâng cao threshold, not the commune's own earlier income."
        },
        {
          code: "KM.3",
          text: {
            vi: "Có ít nhất một mô hình thôn thông minh (UBND cấp tỉnh quy định cụ thể)",
            en: "At least one 'smart village' model (defined by the province)"
          },
          textStatus: "verified",
          measure: "count",
          targets: {
            all: {
              status: "verified",
              value: 1,
              op: ">=",
              sources: [
                "S08",
                "RG_319DTPT",
                "SC_319LNV"
              ]
            }
          },
          note: "Content of 'thôn thông minh' delegated to provinces; no national definition in 319."
        },
        {
          code: "KM.4",
          text: {
            vi: "Đạt tiêu chí xã NTM kiểu mẫu theo ít nhất một trong các lĩnh vực nổi trội nhất (về sản xuất, về giáo dục, về văn hóa, về du lịch, về cảnh quan môi trường, về an ninh trật tự, về chuyển đổi số…) mang giá trị đặc trưng của địa phương, do UBND cấp tỉnh ban hành",
            en: "Meets province-issued model criteria in at least one outstanding field (production, education, culture, tourism, landscape/environment, security, digital transformation …)"
          },
          textStatus: "verified",
          measure: "count",
          targets: {
            all: {
              status: "verified",
              value: 1,
              op: ">=",
              sources: [
                "S08",
                "RG_319DTPT"
              ],
              note: "Count of fields; the list of 7 fields is open-ended ('…')."
            }
          }
        }
      ]
    }
  ],
  conditions: [
    {
      id: "r18.meetsSet",
      text: {
        vi: "Đáp ứng đầy đủ mức đạt chuẩn của bộ tiêu chí tương ứng (Quy định xã NTM kiểu mẫu 319)",
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
  references: {
    advancedCommuneIncomeTarget: {
      kind: "number",
      text: {
        vi: "Mức thu nhập bình quân đầu người quy định đối với xã NTM nâng cao tại cùng thời điểm (cùng vùng)",
        en: "Per-capita income required of an advanced NTM commune at the same time (same region)"
      },
      unit: {
        vi: "triệu đồng/người/năm",
        en: "million VND/person/year"
      }
    }
  },
  sources: {
    RG_319DTPT: {
      url: "https://dantocphattrien.vietnamnet.vn/xa-nong-thon-moi-kieu-mau-co-it-nhat-1-mo-hinh-thon-thong-minh-1646752269529.htm",
      what: "Dân tộc & Phát triển: 319/QĐ-TTg conditions KM.1–KM.4 in fuller wording (income +10% vs nâng cao level at the same time; thôn thông minh; list of 7 lĩnh vực nổi trội); implementation clause cut"
    },
    S08: {
      url: "https://baoquangnam.vn/thoi-su-nong-thon-moi/quy-dinh-xa-nong-thon-moi-kieu-mau-giai-doan-2021-2025-124590.html",
      what: "Báo Quảng Nam 03/2022: conditions of 319/QĐ-TTg (xã NTM kiểu mẫu)."
    },
    S15: {
      url: "https://langngheviet.com.vn/nong-thon-moi/nhung-dieu-kien-de-cong-nhan-dia-phuong-dat-chuan-nong-thon-moi-giai-doan-2021-2025.html33991",
      what: "Conditions for recognition under 18/2022/QĐ-TTg: 4 commune conditions; start of district conditions."
    },
    SC_319LNV: {
      url: "https://langngheviet.com.vn/xa-nong-thon-moi-kieu-mau-giai-doan-2021-2025-can-co-it-nhat-1-mo-hinh-thon-thong-minh-15155.html",
      what: "319/QĐ-TTg summary: xã NTM kiểu mẫu needs ≥1 thôn thông minh model"
    }
  },
  notes: [
    "Signed with 318, 320, 321 [VERIFIED; S36, S33].",
    "The content of 'thôn thông minh' and the 'lĩnh vực nổi trội' criteria are delegated to each province; no national definition exists in 319 [VERIFIED; RG_319DTPT, S08].",
    "Recognition is against the 4 conditions of Mục 1, Điều 4, QĐ 18/2022/QĐ-TTg; the decision names the field (e.g. Nam Định 23/3/2023: Kim Thái về lĩnh vực văn hóa; Xuân Thượng, Xuân Kiên, Xuân Hòa, Giao Tân, Giao Thịnh về lĩnh vực giáo dục) [PROVINCIAL; RG_NAMDINH]; Giao Phong 'nổi trội về lĩnh vực giáo dục' [PROVINCIAL; RG_GIAOPHONG]; Nghệ An 'mỗi xã chọn một tiêu chí nổi trội' (Nam Giang 2023: du lịch tâm linh, cộng đồng) [PROVINCIAL; RG_NGHEAN_KM]; Nghệ An QĐ 1669/QĐ-UBND (04/7/2024) kiểu mẫu by domain [PROVINCIAL; SC_NGHEAN1669].",
    "Thôn thông minh descriptions (journalistic, no national list): Vĩnh Phúc TV ('1 trong 4 tiêu chí của xã NTM kiểu mẫu'; broadband, free wifi, >90% smartphones, geocoded households) [PROVINCIAL; RG_VPTV_TTM]; Báo Nghệ An 24/10/2025 [PROVINCIAL; RG_NGHEAN_TTM].",
    "Not thôn thông minh: CV 3445/BNN-VPĐP (2023) temporary guidance for pilot xã NTM thông minh and xã thương mại điện tử under QĐ 924/QĐ-TTg (02/8/2022) [VERIFIED; RG_3445].",
    "Implementation clause 'Thủ tướng Chính phủ giao Bộ Nôn[g nghiệp…]' cut [NOT_FOUND; RG_319DTPT]."
  ]
});
