// Vĩnh Phúc's advanced-commune set (xã NTM nâng cao), written by hand from
// shared/reference/criteria.json (set vinhphuc-commune-advanced-2016-2020). Only the group
// names and the income level are known; each group's other indicators are one assessed flag
// whose target is unknown until the province supplies it (an override).
import { defineCriteriaSet } from '../../../src/model/criteria-set.js';
import { basis } from '../../decrees.js';
import { SC_6638, SC_HOSON, SC_TAMDAO } from '../../sources.js';

const PROVINCE = 'vinh-phuc';

/** A group's indicators that the reference does not know, as one flag the province assesses. */
function assessed<const C extends string>(code: C, group: string, groupEn: string) {
  return {
    code,
    text: {
      vi: `Các chỉ tiêu của nhóm "${group}" đạt theo đánh giá của tỉnh (nội dung chỉ tiêu chưa tìm thấy)`,
      en: `The indicators of group "${groupEn}" are met as the province assesses them (their content was not found)`,
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
          vi: 'Chưa tìm thấy quyết định và bảng chỉ tiêu; tỉnh cung cấp mức đạt (trường overrides) và kết quả đánh giá (giá trị).',
          en: 'The decision and its indicator table were not found; the province supplies the target (override) and its assessment (value).',
        },
      },
    },
  } as const;
}

/**
 * Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Vĩnh Phúc (≈2018–2020; decision number and
 * period not found). Five groups; a group passes only if all its indicators pass, and the
 * commune only with 5/5. Known: income ≥ 60 million VND/person/year (VERIFIED, SC_TAMDAO).
 * Every other indicator is an assessed flag with an unknown target: supply it through
 * `overrides` (as the province) to evaluate.
 * @example
 * const byProvince = { value: true, by: 'UBND tỉnh Vĩnh Phúc' } as const;
 * const r = evaluate(vinhPhucCommuneAdvanced, {
 *   values: { '1': false, '2.x1': 40, '3': true, '4': true, '5': true },
 *   overrides: { '1': byProvince, '2': byProvince, '3': byProvince, '4': byProvince, '5': byProvince },
 * });
 * r.metCount; // 3 (of 5 groups): group 1 assessed not met, group 2 fails on income 40 < 60
 */
export const vinhPhucCommuneAdvanced = defineCriteriaSet({
  id: 'vinhphuc-commune-advanced-2016-2020',
  family: 'vinhphuc-commune-advanced',
  version: 'Vĩnh Phúc, xã NTM nâng cao (≈2018–2020)',
  level: 'commune-advanced',
  province: PROVINCE,
  title: {
    vi: 'Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Vĩnh Phúc (≈2017/2018–2020)',
    en: 'Vĩnh Phúc criteria for advanced NTM communes (≈2017/2018–2020)',
  },
  period: { from: null, to: null },
  legalBasis: [basis('Vĩnh Phúc: xã NTM nâng cao (QĐ-UBND, số chưa tìm thấy)', 'base')],
  columns: 'single',
  columnRules: [
    {
      id: 'vinhphuc-commune-advanced.r1',
      text: {
        vi: 'Bộ tiêu chí cấp tỉnh (không có cột vùng).',
        en: 'Provincial set; no regional columns (in 2016–2020 the advanced set was a provincial instrument per CV 6638/BNN-VPĐP).',
      },
      status: 'verified',
      sources: ['SC_6638'],
    },
  ],
  criteria: [
    {
      id: '1',
      number: 1,
      name: { vi: 'Hạ tầng kinh tế – xã hội', en: 'Socio-economic infrastructure' },
      status: 'verified',
      sources: ['SC_HOSON'],
      indicators: [assessed('1', 'Hạ tầng kinh tế – xã hội', 'Socio-economic infrastructure')],
    },
    {
      id: '2',
      number: 2,
      name: {
        vi: 'Phát triển kinh tế nông thôn, nâng cao đời sống nhân dân',
        en: 'Rural economic development, better living standards',
      },
      status: 'verified',
      sources: ['SC_HOSON'],
      indicators: [
        {
          code: '2.x1',
          text: {
            vi: 'Thu nhập bình quân đầu người (xã NTM nâng cao)',
            en: 'Average income per person (advanced commune)',
          },
          textStatus: 'verified',
          measure: 'amount',
          unit: { vi: 'triệu đồng/người/năm', en: 'million VND/person/year' },
          targets: {
            all: {
              status: 'verified',
              value: 60,
              op: '>=',
              sources: ['SC_TAMDAO'],
              note: {
                vi: 'Để đạt xã NTM nâng cao, thu nhập của Hồ Sơn phải đạt 60 triệu đồng (mức xã NTM thông thường của vùng ĐBSH là ≥50).',
                en: "Hồ Sơn's income had to reach 60 million for NTM nâng cao (ordinary ĐBSH NTM level ≥50).",
              },
            },
          },
          note: {
            vi: 'Việc xếp chỉ tiêu vào nhóm này là suy luận; chưa thấy mã chỉ tiêu.',
            en: 'Placement under this group is inferred; code not seen.',
          },
        },
        assessed('2', 'Phát triển kinh tế nông thôn, nâng cao đời sống nhân dân', 'Rural economic development, better living standards'),
      ],
    },
    {
      id: '3',
      number: 3,
      name: { vi: 'Giáo dục, y tế, văn hóa', en: 'Education, health, culture' },
      status: 'verified',
      sources: ['SC_HOSON'],
      indicators: [assessed('3', 'Giáo dục, y tế, văn hóa', 'Education, health, culture')],
    },
    {
      id: '4',
      number: 4,
      name: {
        vi: 'Cảnh quan, không gian nông thôn sáng – xanh – sạch – đẹp (môi trường)',
        en: 'Bright-green-clean-beautiful rural landscape (environment)',
      },
      status: 'verified',
      sources: ['SC_HOSON'],
      indicators: [
        assessed('4', 'Cảnh quan, không gian nông thôn sáng – xanh – sạch – đẹp', 'Bright-green-clean-beautiful rural landscape'),
      ],
    },
    {
      id: '5',
      number: 5,
      name: { vi: 'An ninh chính trị, trật tự an toàn xã hội', en: 'Political security and social order' },
      status: 'verified',
      sources: ['SC_HOSON'],
      indicators: [assessed('5', 'An ninh chính trị, trật tự an toàn xã hội', 'Political security and social order')],
    },
  ],
  conditions: [
    {
      id: 'allGroups',
      text: {
        vi: 'Xã đạt khi đạt cả 5/5 nhóm; mỗi nhóm đạt khi đạt mọi chỉ tiêu trong nhóm',
        en: 'A commune passes only with 5/5 groups; a group passes only if all its indicators pass',
      },
      purpose: 'recognition',
      status: 'recalled',
      sources: [],
      check: { kind: 'criteria-met' },
      note: {
        vi: 'Năm 2021 Hồ Sơn đạt 3/5 nhóm, tức chưa đạt (chưa thấy trong văn bản). Thư viện áp dụng cùng quy tắc này khi kết luận về các tiêu chí.',
        en: 'Hồ Sơn met 3 of 5 = chưa đạt in 2021 (not seen in a text). The engine applies the same rule to the criteria verdict.',
      },
    },
  ],
  sources: { SC_HOSON, SC_TAMDAO, SC_6638 },
  notes: [
    {
      vi: 'Chưa tìm thấy số và ngày của quyết định; chưa biết thời gian hiệu lực (đang áp dụng năm 2021, khi Hồ Sơn được đánh giá), nên thư viện không bao giờ chọn bộ này theo ngày.',
      en: 'Number and date of the decision not found; period unknown (in force in 2021 when Hồ Sơn was assessed), so the registry never returns it by date.',
    },
    {
      vi: 'Việc năm lĩnh vực nêu trong bài viết về Hồ Sơn chính là năm nhóm của bộ tiêu chí được suy ra từ trường hợp Tam Đảo [chưa thấy trong văn bản].',
      en: 'That the five areas of the Hồ Sơn article are the five groups of the set is inferred from the Tam Đảo case [not seen in a text].',
    },
  ],
});
