// Vĩnh Phúc's model-village set (thôn NTM kiểu mẫu), written by hand from
// shared/reference/criteria.json (set vinhphuc-village-model): nine criteria whose names and
// contents were not found, each one assessed flag with an unknown target.
import { defineCriteriaSet } from '../../../src/model/criteria-set.js';
import { basis } from '../../decrees.js';
import { SC_HOSON } from '../../sources.js';

/** Criterion n of the nine, content unknown: one flag the province assesses. */
function unknownCriterion<const N extends number>(n: N) {
  const code = String(n) as `${N}`;
  return {
    id: code,
    number: n,
    name: { vi: `Tiêu chí ${n} (nội dung chưa tìm thấy)`, en: `Criterion ${n} (content not found)` },
    status: 'recalled',
    sources: [],
    indicators: [
      {
        code,
        text: {
          vi: `Tiêu chí ${n} của thôn NTM kiểu mẫu đạt theo đánh giá của tỉnh (nội dung chưa tìm thấy)`,
          en: `Criterion ${n} of the model village is met as the province assesses it (content not found)`,
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
              vi: 'Chưa tìm thấy nội dung; tỉnh cung cấp mức đạt (trường overrides) và kết quả đánh giá (giá trị).',
              en: 'Content not found; the province supplies the target (override) and its assessment (value).',
            },
          },
        },
      },
    ],
  } as const;
}

/**
 * Bộ tiêu chí thôn (khu dân cư) nông thôn mới kiểu mẫu tỉnh Vĩnh Phúc (decision and period
 * not found). Nine criteria (count FROM BRIEF: thôn Tân Long and thôn Chùa Vàng met 9/9);
 * their contents are unknown, so each is an assessed flag with an unknown target that the
 * province supplies through `overrides`.
 * @example
 * const yes = { value: true, by: 'UBND tỉnh Vĩnh Phúc' } as const;
 * evaluate(vinhPhucVillageModel, { values: { '1': true }, overrides: { '1': yes } });
 */
export const vinhPhucVillageModel = defineCriteriaSet({
  id: 'vinhphuc-village-model',
  family: 'vinhphuc-village-model',
  version: 'Vĩnh Phúc, thôn NTM kiểu mẫu',
  level: 'village-model',
  province: 'vinh-phuc',
  title: {
    vi: 'Bộ tiêu chí thôn (khu dân cư) nông thôn mới kiểu mẫu tỉnh Vĩnh Phúc',
    en: 'Vĩnh Phúc criteria for model NTM villages',
  },
  period: { from: null, to: null },
  legalBasis: [basis('Vĩnh Phúc: thôn NTM kiểu mẫu (số chưa tìm thấy)', 'base')],
  columns: 'single',
  columnRules: [
    {
      id: 'vinhphuc-village-model.r1',
      text: { vi: 'Bộ tiêu chí cấp tỉnh.', en: 'Provincial set.' },
      status: 'verified',
      sources: ['SC_HOSON'],
    },
  ],
  criteria: [
    unknownCriterion(1),
    unknownCriterion(2),
    unknownCriterion(3),
    unknownCriterion(4),
    unknownCriterion(5),
    unknownCriterion(6),
    unknownCriterion(7),
    unknownCriterion(8),
    unknownCriterion(9),
  ],
  conditions: [
    {
      id: 'allNineCriteria',
      text: { vi: 'Thôn đạt 9/9 tiêu chí', en: 'A village passes with 9/9 criteria' },
      purpose: 'recognition',
      status: 'recalled',
      sources: [],
      check: { kind: 'criteria-met' },
      note: {
        vi: 'Số lượng chưa thấy trong văn bản: thôn Tân Long và thôn Chùa Vàng đạt 9/9; chưa biết nội dung.',
        en: 'Count not seen in a text: Tân Long and Chùa Vàng met 9/9; contents unknown.',
      },
    },
  ],
  sources: { SC_HOSON },
  notes: [
    {
      vi: 'Chín tiêu chí: số lượng chưa thấy trong văn bản [chưa thấy trong văn bản]; chưa tìm thấy nội dung. Các nội dung thường gặp được nhớ lại (thu nhập cao hơn bình quân của xã, không còn hộ nghèo, đường giao thông, cảnh quan…) cố ý không được ghi vào bộ.',
      en: 'Nine criteria: count not seen in a text [not seen in a text]; contents not found. Recalled typical contents (income above the commune average, no poor households, roads, landscape…) are deliberately not encoded.',
    },
    {
      vi: "Không phải chương trình 'làng văn hóa kiểu mẫu' riêng của Vĩnh Phúc.",
      en: "Not Vĩnh Phúc's separate 'làng văn hóa kiểu mẫu' programme.",
    },
  ],
});
