// Imported from shared/reference/criteria.json (generated 2026-11-28) by
// scripts/import-reference.py, then maintained by hand: every value keeps its source ids and
// its verification status; only `verified` values are targets.
import { defineCriteriaSet } from '../../../src/model/criteria-set.js';

/**
 * Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2016–2020 (558/QĐ-TTg).
 * Towns and provincial cities completing the NTM task, 2016–2020.
 * @example
 * const r = evaluate(town558, { year: 2017, values: {} });
 * r.conditions.map((c) => [c.id, c.status]);
 */
export const town558 = defineCriteriaSet({
  id: "town-2016-2020",
  family: "town-2016-2020",
  version: "558/QĐ-TTg",
  level: "town",
  title: {
    vi: "Quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2016–2020",
    en: "Towns and provincial cities completing the NTM task, 2016–2020"
  },
  period: {
    from: "2016-04-05",
    to: "2022-03-07"
  },
  years: {
    from: 2016,
    to: 2022
  },
  legalBasis: [
    {
      document: "558/QĐ-TTg",
      role: "base",
      title: {
        vi: "Tiêu chí huyện nông thôn mới và quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới",
        en: "Criteria for NTM districts and for towns/provincial cities completing the NTM task (2016–2020)"
      },
      signed: "2016-04-05",
      inForce: null
    }
  ],
  columns: "single",
  columnRules: [
    {
      id: "town-2016-2020.r1",
      text: {
        vi: "Không phân vùng.",
        en: "Not regionalised."
      },
      status: "verified",
      sources: [
        "S_558GT"
      ]
    }
  ],
  criteria: [],
  conditions: [
    {
      id: "allCommunesNTM",
      text: {
        vi: "100% số xã trên địa bàn đạt chuẩn nông thôn mới",
        en: "100% of the communes in the town/city meet the NTM standard (premise of the brief; QĐ 558 wording not seen)"
      },
      purpose: "recognition",
      status: "recalled",
      sources: [],
      check: {
        kind: "unit-share",
        unitLevel: "commune",
        standard: "meets-set",
        op: ">=",
        percent: 100
      },
      document: "2540/QĐ-TTg",
      note: "Reference check: share(communes recognised as NTM) == 100%"
    },
    {
      id: "conditions2540",
      text: {
        vi: "Điều kiện QĐ 2540 cho thị xã/TP: đăng ký + 100% xã đạt chuẩn + đạt yêu cầu QĐ 558 + không nợ đọng XDCB",
        en: "QĐ 2540 conditions for towns/cities were not retrieved (Dân trí excerpt cut); expected by analogy: registration + 100% communes NTM + QĐ 558 requirements + no XDCB debt"
      },
      purpose: "recognition",
      status: "recalled",
      sources: [
        "S_2540"
      ],
      check: {
        kind: "not-checkable"
      },
      note: "Reference check: n/a (text not retrieved)"
    },
    {
      id: "districtCriteriaSubset",
      text: {
        vi: "Các tiêu chí huyện áp dụng cho thị xã, thành phố thuộc tỉnh (Điều 2 QĐ 558)",
        en: "Which district criteria also apply to towns/cities (Art. 2 of QĐ 558): not retrieved"
      },
      purpose: "criteria",
      status: "not-found",
      sources: [],
      check: {
        kind: "not-checkable"
      },
      note: "Reference check: n/a"
    },
    {
      id: "authority",
      text: {
        vi: "Thủ tướng Chính phủ xét, công nhận và công bố thị xã, thành phố thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng NTM",
        en: "The Prime Minister recognises towns/cities as having completed the NTM task (QĐ 2540)"
      },
      purpose: "procedure",
      status: "verified",
      sources: [
        "S_2540"
      ],
      check: {
        kind: "not-checkable"
      },
      note: "Reference check: recognisedBy == 'Thủ tướng Chính phủ'"
    }
  ],
  sources: {
    S_2540: {
      url: "https://dansinh.dantri.com.vn/dien-dan-dan-sinh/de-dat-chuan-nong-thon-moi-khong-no-dong-xay-dung-co-ban-20170104114541000.htm",
      what: "Dân trí 04/01/2017 on QĐ 2540: competent authorities; 3 conditions for xã; 4 conditions for huyện (excerpt cut before thị xã)"
    },
    S_558GT: {
      url: "http://giaothuy.nongthonmoi.vietedutechjsc.com/baocaoh",
      what: "Giao Thủy district NTM data portal: table '9 tiêu chí NTM cấp huyện (Theo QĐ số 558/QĐ-TTg)' with indicator codes and targets (cut off at 9.1)"
    }
  },
  notes: [
    "9 huyện criteria: Quy hoạch; Giao thông; Thủy lợi; Điện; Y tế - Văn hóa - Giáo dục; Sản xuất; Môi trường; An ninh, trật tự xã hội; Chỉ đạo xây dựng nông thôn mới [VERIFIED; S_558GT, SC_TT35]. Not regionalised.",
    "Indicator table seen on the Giao Thủy district data portal, cut off at 9.1 [VERIFIED; S_558GT].",
    "Effective date NOT_FOUND; period.from uses the signing date.",
    "Điều 2 (which huyện criteria also apply to thị xã / thành phố thuộc tỉnh) NOT retrieved [NOT_FOUND].",
    "Guidance: TT 35/2016/TT-BNNPTNT [VERIFIED; S_TT35, SC_TT35].",
    "Seed case Tam Đảo (Vĩnh Phúc, ĐBSH): met 9/9 district criteria but failed '100% communes' because its 6 communes did not meet the ĐBSH commune targets (FROM BRIEF) [RECALLED]. Units: thị trấn Tam Đảo, Hợp Châu, Đại Đình; xã Đạo Trù, Yên Dương, Bồ Lý, Minh Quang, Hồ Sơn, Tam Quan [VERIFIED; SC_UNPKG] (link to '6 communes' inferred). Communes recognised 2013 Bồ Lý, Hồ Sơn; 2014 Hợp Châu; 2015 Minh Quang; 2016 Yên Dương; 2017 Tam Quan, Đại Đình; 2018 Đạo Trù - the first four before QĐ 1980 existed [VERIFIED; SC_TAMDAO_YEARS]. Hồ Sơn met 3/19 criteria in 2011 [VERIFIED; SC_HOSON2011]. Province pre-check 29/07/2019 (công văn 5645/2019): eligible for 2018 with 8/8 communes and 9/9 criteria [VERIFIED; SC_TAMDAO2019]. Geography: Vĩnh Phúc has plain, midland and mountain zones; Tam Đảo is its typical mountainous district [VERIFIED; SC_PASTEBIN, SC_KIENTRUC]. Outcome (year, QĐ-TTg number of any recognition) NOT_FOUND. After 30/6/2025 thị trấn Tam Đảo, Hợp Châu, xã Hồ Sơn and Minh Quang merged into xã Tam Đảo; district level abolished [VERIFIED; SC_NGOISAO]. Province support 27.8 billion VND (FROM BRIEF) [RECALLED]."
  ]
});
