// Imported from shared/reference/criteria.json (generated 2026-11-28) by
// scripts/import-reference.py, then maintained by hand: every value keeps its source ids and
// its verification status; only `verified` values are targets.
import { defineCriteriaSet } from '../../../src/model/criteria-set.js';

/**
 * Điều kiện công nhận tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2020 (1274/QĐ-TTg).
 * Conditions for provinces and centrally-run cities completing the NTM task in 2020.
 * @example
 * const r = evaluate(province1274, { year: 2020, values: {}, facts: { outstandingConstructionDebt: 0 } });
 * r.conditions.map((c) => [c.id, c.status]);
 */
export const province1274 = defineCriteriaSet({
  id: "province-2020",
  family: "province-2020",
  version: "1274/QĐ-TTg",
  level: "province",
  title: {
    vi: "Điều kiện công nhận tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2020",
    en: "Conditions for provinces and centrally-run cities completing the NTM task in 2020"
  },
  period: {
    from: "2020-08-19",
    to: "2020-12-31"
  },
  years: {
    from: 2020,
    to: 2020
  },
  legalBasis: [
    {
      document: "1274/QĐ-TTg",
      role: "base",
      title: {
        vi: "Điều kiện công nhận tỉnh, thành phố trực thuộc trung ương hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2020",
        en: "Conditions for provinces completing the NTM task in 2020"
      },
      signed: "2020-08-19",
      inForce: null
    }
  ],
  columns: "single",
  columnRules: [
    {
      id: "province-2020.r1",
      text: {
        vi: "Không phân vùng.",
        en: "Not regionalised."
      },
      status: "verified",
      sources: [
        "S_1274"
      ]
    }
  ],
  criteria: [],
  conditions: [
    {
      id: "allDistrictsNTM",
      text: {
        vi: "100% huyện đạt chuẩn NTM (rà soát đáp ứng QĐ 558)",
        en: "100% of districts recognised as NTM, re-checked against QĐ 558"
      },
      purpose: "criteria",
      status: "verified",
      sources: [
        "S_1274"
      ],
      check: {
        kind: "unit-share",
        unitLevel: "district",
        standard: "meets-set",
        op: ">=",
        percent: 100
      },
      note: "Reference check: share(districts NTM, re-checked vs 558) == 100%"
    },
    {
      id: "allTownsCompleted",
      text: {
        vi: "100% thị xã/TP thuộc tỉnh hoàn thành nhiệm vụ (đáp ứng QĐ 558)",
        en: "100% of towns/cities completed the NTM task (meet QĐ 558)"
      },
      purpose: "criteria",
      status: "verified",
      sources: [
        "S_1274"
      ],
      check: {
        kind: "unit-share",
        unitLevel: "town",
        standard: "meets-set",
        op: ">=",
        percent: 100
      },
      note: "Reference check: share(towns completed, vs 558) == 100%"
    },
    {
      id: "allCommunesNTM",
      text: {
        vi: "100% xã sau rà soát đáp ứng QĐ 1980",
        en: "100% of communes, after review, meet QĐ 1980"
      },
      purpose: "criteria",
      status: "verified",
      sources: [
        "S_1274"
      ],
      check: {
        kind: "unit-share",
        unitLevel: "commune",
        standard: "meets-set",
        op: ">=",
        percent: 100
      },
      note: "Reference check: share(communes meeting commune-2016-2020) == 100%"
    },
    {
      id: "noDebt",
      text: {
        vi: "Không nợ đọng XDCB thuộc Chương trình MTQG XD NTM",
        en: "No outstanding basic-construction debt under the NTM programme"
      },
      purpose: "criteria",
      status: "verified",
      sources: [
        "S_1274"
      ],
      check: {
        kind: "fact",
        fact: "outstandingConstructionDebt",
        op: "<=",
        value: 0
      },
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
    }
  },
  sources: {
    S_1274: {
      url: "https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thoi-su-phap-luat/chinh-sach-moi/30694/dieu-kien-cong-nhan-tinh-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi-nam-2020",
      what: "TVPL 21/08/2020 on QĐ 1274/QĐ-TTg (19/8/2020): conditions for tỉnh/TP trực thuộc TW hoàn thành nhiệm vụ XD NTM năm 2020"
    }
  },
  notes: [
    "Encoded as set province-2020 [VERIFIED; S_1274]."
  ]
});
