// Imported from shared/reference/criteria.json (generated 2026-11-28) by
// scripts/import-reference.py, then maintained by hand: every value keeps its source ids and
// its verification status; only `verified` values are targets.
import { defineCriteriaSet } from '../../../src/model/criteria-set.js';
import { r18Others } from './recognition-18-2022.js';

/**
 * Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025 (Phụ lục II) (320/QĐ-TTg).
 * Towns and provincial cities completing the NTM task, 2021–2025 (Annex II).
 * @example
 * const r = evaluate(town320, { year: 2022, values: {} });
 * r.conditions.map((c) => [c.id, c.status]);
 */
export const town320 = defineCriteriaSet({
  id: "town-2021-2025",
  family: "town-2021-2025",
  version: "320/QĐ-TTg",
  level: "town",
  title: {
    vi: "Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2021–2025 (Phụ lục II)",
    en: "Towns and provincial cities completing the NTM task, 2021–2025 (Annex II)"
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
      document: "320/QĐ-TTg",
      role: "base",
      title: {
        vi: "Bộ tiêu chí quốc gia về huyện nông thôn mới; quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới và Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021-2025",
        en: "National criteria for NTM districts, advanced NTM districts, and towns/cities completing the NTM task, 2021–2025"
      },
      signed: "2022-03-08",
      inForce: null,
      annex: "Phụ lục II"
    }
  ],
  columns: "single",
  columnRules: [
    {
      id: "town-2021-2025.r1",
      text: {
        vi: "Không phân vùng (một cột).",
        en: "Not regionalised (one column)."
      },
      status: "verified",
      sources: [
        "S09"
      ]
    }
  ],
  criteria: [],
  conditions: [
    {
      id: "q320.pl2.communes",
      text: {
        vi: "(1) Có 100% số xã … (bị cắt)",
        en: "(1) 100% of communes … (text cut; predicate not seen, probably 'đạt chuẩn NTM')"
      },
      purpose: "criteria",
      status: "verified",
      sources: [
        "S09"
      ],
      check: {
        kind: "unit-share",
        unitLevel: "commune",
        standard: "meets-set",
        op: ">=",
        percent: 100
      },
      note: "Reference check: share(communes ?) == 100%"
    },
    {
      id: "q320.pl2.others",
      text: {
        vi: "Các điều kiện tiếp theo của Phụ lục II",
        en: "Further conditions of Annex II"
      },
      purpose: "criteria",
      status: "not-found",
      sources: [],
      check: {
        kind: "not-checkable"
      },
      note: "Reference check: n/a (NOT_FOUND)"
    },
    {
      id: "r18.meetsSet",
      text: {
        vi: "Đáp ứng đầy đủ các điều kiện và mức đạt chuẩn của 320 Phụ lục II",
        en: "Meets all conditions and targets of the corresponding set (QĐ 18/2022)"
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
      note: "Reference check: allConditionsAndIndicatorsMet(set) == true"
    },
    r18Others
  ],
  sources: {
    S09: {
      url: "http://118.69.201.250:801/phap-luat/ho-tro-phap-luat/tieu-chi-ve-huyen-nong-thon-moi-quy-dinh-thi-xa-thanh-pho-truc-thuoc-cap-tinh-hoan-thanh-nhiem-vu-x-1493.html",
      what: "Mirror of a TVPL Q&A: 320/QĐ-TTg Phụ lục I conditions (1)–(4) and start of Phụ lục II."
    },
    S15: {
      url: "https://langngheviet.com.vn/nong-thon-moi/nhung-dieu-kien-de-cong-nhan-dia-phuong-dat-chuan-nong-thon-moi-giai-doan-2021-2025.html33991",
      what: "Conditions for recognition under 18/2022/QĐ-TTg: 4 commune conditions; start of district conditions."
    }
  },
  notes: [
    "PL I huyện NTM; PL II thị xã/TP thuộc tỉnh hoàn thành nhiệm vụ; PL III huyện NTM nâng cao [VERIFIED; S09].",
    "Huyện NTM has 9 criteria (count from the brief; names RECALLED except Giao thông) [RECALLED]. A second check searched again: names and indicators of criteria 1, 3–9 NOT_FOUND.",
    "PL III: huyện NTM nâng cao is assessed on 38 chỉ tiêu (Phú Bình, Thái Nguyên, met 34/38) - may be the national count, but the source is a provincial paper [PROVINCIAL; RG_TN_PHUBINH].",
    "Provincial restatement of PL III: Quảng Nam QĐ 2428/QĐ-UBND (16/9/2022), header only [VERIFIED; RG_QNAM2428].",
    "District recognition decisions (fixtures): Phú Bình QĐ 567/QĐ-TTg (NTM 2022) [VERIFIED; SC_PHUBINH]; Mỹ Đức QĐ 1571/QĐ-TTg (NTM 2022) [VERIFIED; SC_MYDUC]."
  ]
});
