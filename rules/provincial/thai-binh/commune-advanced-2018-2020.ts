// Thái Bình's advanced-commune set (xã NTM nâng cao, 2538/QĐ-UBND), written by hand from
// shared/reference/criteria.json (set thaibinh-commune-advanced-2018-2020): the eleven
// criterion names are known, their indicators are not; each criterion is one assessed flag.
import { defineCriteriaSet } from '../../../src/model/criteria-set.js';
import { basis } from '../../decrees.js';
import { SC_TB2020, SC_TB2022, SC_TB_HOIDAP } from '../../sources.js';

/** A criterion whose name is known and whose indicators are not: one flag the province assesses. */
function namedCriterion<const N extends number>(n: N, vi: string, en: string) {
  const code = String(n) as `${N}`;
  return {
    id: code,
    number: n,
    name: { vi, en },
    status: 'verified',
    sources: ['SC_TB_HOIDAP'],
    indicators: [
      {
        code,
        text: {
          vi: `Đạt tiêu chí "${vi}" theo 2538/QĐ-UBND (chỉ tiêu chưa tìm thấy)`,
          en: `Criterion "${en}" met under 2538/QĐ-UBND (its indicators were not found)`,
        },
        textStatus: 'not-found',
        measure: 'flag',
        targets: {
          all: {
            status: 'not-found',
            value: null,
            op: '=',
            sources: [],
            note: {
              vi: 'Chưa tìm thấy chỉ tiêu và mức đạt; tỉnh cung cấp mức đạt (trường overrides) và kết quả đánh giá (giá trị).',
              en: 'Indicators and thresholds not found; the province supplies the target (override) and its assessment (value).',
            },
          },
        },
      },
    ],
  } as const;
}

/**
 * Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Thái Bình giai đoạn 2018–2020 (2538/QĐ-UBND,
 * 05/10/2018): a flat list of eleven criteria (names VERIFIED, indicators not found).
 * @example
 * const r = evaluate(thaiBinhCommuneAdvanced, { values: { '1': true } });
 * r.criteria[0]!.status; // 'incomplete': the target is unknown until the province supplies it
 */
export const thaiBinhCommuneAdvanced = defineCriteriaSet({
  id: 'thaibinh-commune-advanced-2018-2020',
  family: 'thaibinh-commune-advanced',
  version: '2538/QĐ-UBND (Thái Bình)',
  level: 'commune-advanced',
  province: 'thai-binh',
  title: {
    vi: 'Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Thái Bình giai đoạn 2018–2020',
    en: 'Thái Bình criteria for advanced NTM communes, 2018–2020',
  },
  period: { from: '2018-10-05', to: '2020-12-31' },
  legalBasis: [basis('2538/QĐ-UBND (Thái Bình)', 'base')],
  columns: 'single',
  columnRules: [
    {
      id: 'thaibinh-commune-advanced.r1',
      text: { vi: 'Bộ tiêu chí cấp tỉnh (không có cột vùng).', en: 'Provincial set; no regional columns.' },
      status: 'verified',
      sources: ['SC_TB_HOIDAP'],
    },
  ],
  criteria: [
    namedCriterion(1, 'Giao thông', 'Transport'),
    namedCriterion(2, 'Thủy lợi', 'Irrigation'),
    namedCriterion(3, 'Trường học', 'Schools'),
    namedCriterion(4, 'Văn hóa – thể thao', 'Culture and sports'),
    namedCriterion(5, 'Nhà ở', 'Housing'),
    namedCriterion(6, 'Sản xuất', 'Production'),
    namedCriterion(7, 'Thu nhập – hộ nghèo', 'Income and poverty'),
    namedCriterion(8, 'Giáo dục', 'Education'),
    namedCriterion(9, 'Y tế', 'Health'),
    namedCriterion(10, 'Môi trường', 'Environment'),
    namedCriterion(11, 'Quốc phòng – an ninh – hành chính công', 'Defence, security and public administration'),
  ],
  conditions: [
    {
      id: 'allCriteria',
      text: { vi: 'Xã đạt 11/11 tiêu chí', en: 'A commune passes with 11/11 criteria' },
      purpose: 'recognition',
      status: 'recalled',
      sources: ['SC_TB2020', 'SC_TB2022'],
      check: { kind: 'criteria-met' },
      note: { vi: 'Suy ra từ các bản tin về những xã đạt 11/11 tiêu chí.', en: "Inferred from reports of communes 'completing 11/11'." },
    },
  ],
  sources: { SC_TB_HOIDAP, SC_TB2020, SC_TB2022 },
  notes: [
    {
      vi: '11 tiêu chí [đã kiểm chứng trong văn bản công khai: SC_TB_HOIDAP]; chưa tìm thấy chỉ tiêu và mức đạt.',
      en: '11 criteria [verified in a public text: SC_TB_HOIDAP]; indicators and thresholds not found.',
    },
  ],
});
