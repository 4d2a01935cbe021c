// The seed scenario: Tam Đảo district (Vĩnh Phúc, Red River Delta) assessed in October 2021
// under 558/QĐ-TTg, with its communes re-tested against 1980/QĐ-TTg. Pure data and
// evaluation; examples/tam-dao-2021.ts prints it and test/tam-dao.test.ts checks every figure.
//
// Where the figures come from (shared/reference/seed-case.md):
// - the communes' end-2020 figures are the district-wide ones the 2021 article published
//   (SC_TAMDAO); no per-commune table was published, so every commune gets them;
// - income "hơn 40" (over 40) million VND is entered as 40;
// - the 2% poor-household limit is known only from Vĩnh Phúc's own application of the
//   Red River Delta column (PROVINCIAL): it is supplied as the province's override;
// - 9/9 district criteria, Hồ Sơn at 3/5 groups and the two villages at 9/9 are the article's
//   conclusions (FROM BRIEF); the indicator values behind them were not published, so the
//   example enters each at the level the conclusion implies and says so.
import {
  commune1980,
  district558,
  evaluate,
  evaluateAggregate,
  unitSetsInForce,
  vinhPhucCommuneAdvanced,
  vinhPhucVillageModel,
  type AggregateInput,
  type AggregateUnit,
  type TargetOverride,
} from '../../src/index.js';

/** The assessment date of the seed article (11/10/2021) and the year of the figures. */
export const ASSESSED_ON = '2021-10-11';
export const DATA_YEAR = 2020;

const VINH_PHUC = 'UBND tỉnh Vĩnh Phúc';

/** Vĩnh Phúc's own values, known only from its application of the national sets (PROVINCIAL). */
const provincialOverrides = {
  '11': {
    value: 2,
    op: '<=',
    by: VINH_PHUC,
    source: 'SC_TAMDAO (langngheviet.com.vn, 2021)',
    note: 'Tỷ lệ hộ nghèo ≤ 2%: mức tỉnh áp dụng cho cột ĐBSH; cột quốc gia chưa kiểm chứng / the ≤ 2% poverty limit as the province applies the ĐBSH column; the national cell is not verified',
  },
  '17.1a': {
    value: 100,
    op: '>=',
    by: VINH_PHUC,
    source: 'SC_TAMDAO (langngheviet.com.vn, 2021)',
    note: 'Tỉnh áp dụng 100% nước hợp vệ sinh, chặt hơn mức quốc gia ĐBSH 98% / the province applies 100% hygienic water, stricter than the national ĐBSH 98%',
  },
} as const satisfies Record<string, TargetOverride>;

/** The communes' end-2020 figures (district-wide, as published) in 1980/QĐ-TTg codes. */
const communeFigures2020 = {
  '2.1': true, // đường trục xã cứng hóa 100% / commune roads 100% hardened
  '2.2': false, // trục thôn, liên thôn 80% (tỉnh yêu cầu 100%) / village roads 80% of the province's 100%
  '2.3': false, // ngõ xóm 80% / lanes 80%
  '2.4': false, // nội đồng 80% / field roads 80%
  '10': 40, // "hơn 40" triệu đồng/người/năm / "over 40" million VND per person
  '11': 2.32, // tỷ lệ hộ nghèo / poor households, %
  '17.1a': 90, // hộ dùng nước hợp vệ sinh / households with hygienic water, %
  '17.1b': 53, // hộ dùng nước sạch / households with clean water, %
} as const;

/** The six communes (xã) and three townships (thị trấn) of Tam Đảo (SC_UNPKG). */
export const COMMUNES = [
  { id: 'dao-tru', name: 'Đạo Trù' },
  { id: 'yen-duong', name: 'Yên Dương' },
  { id: 'bo-ly', name: 'Bồ Lý' },
  { id: 'minh-quang', name: 'Minh Quang' },
  { id: 'ho-son', name: 'Hồ Sơn' },
  { id: 'tam-quan', name: 'Tam Quan' },
] as const;
const TOWNSHIPS = [
  { id: 'tt-tam-dao', name: 'Tam Đảo' },
  { id: 'tt-hop-chau', name: 'Hợp Châu' },
  { id: 'tt-dai-dinh', name: 'Đại Đình' },
] as const;

const units: AggregateUnit[] = [
  ...TOWNSHIPS.map((t) => ({ ...t, kind: 'township' as const })),
  ...COMMUNES.map((c) => ({
    ...c,
    kind: 'commune' as const,
    input: { values: communeFigures2020, overrides: provincialOverrides },
  })),
];

/** The sets in force on the assessment date (558/QĐ-TTg's district, 1980/QĐ-TTg's commune). */
export const unitSets = unitSetsInForce({ on: ASSESSED_ON, levels: ['commune'] });

/** The district's own 9 criteria: entered at their targets, as the published "9/9" implies. */
const districtValues = {
  '1.1': true,
  '2.1': true,
  '2.2': 100,
  '3.1': true,
  '4.1': true,
  '5.1': true,
  '5.2': true,
  '5.3': 60,
  '6.1': true,
  '7.1': true,
  '7.2': 100,
  '8.1': true,
  '9.1': true,
  '9.2': true,
} as const;

/** Criterion 9's rows are not verified in the reference: the province supplies their targets. */
const districtOverrides = {
  '9.1': { value: true, by: VINH_PHUC, note: 'Nội dung 9.1 chưa kiểm chứng trong thư viện / row 9.1 not verified in the library' },
  '9.2': { value: true, by: VINH_PHUC, note: 'Nội dung 9.2 chưa kiểm chứng trong thư viện / row 9.2 not verified in the library' },
} as const satisfies Record<string, TargetOverride>;

/** Tam Đảo's data: its own values and its communes and townships (the TSDoc examples use it too). */
export const districtInput = {
  province: 'vinh-phuc',
  year: DATA_YEAR,
  values: districtValues,
  overrides: districtOverrides,
  units,
  unitSets,
} as const satisfies AggregateInput;

/** Tam Đảo under 558/QĐ-TTg, its communes re-evaluated under 1980/QĐ-TTg (Red River Delta). */
export const district = evaluateAggregate(district558, districtInput, { keep: 'results' }); // the report below reads each commune's full result

/** Control: the same commune figures in the northern midlands and mountains column. */
export const controlNorthernMountains = evaluate(commune1980, {
  region: 'northern-midlands-mountains',
  year: DATA_YEAR,
  values: communeFigures2020,
});

/** Vĩnh Phúc's group targets: "the group's indicators are met", as the province assesses them. */
const groupTargets = Object.fromEntries(
  ['1', '2', '3', '4', '5'].map((code) => [
    code,
    { value: true, by: VINH_PHUC, note: 'Nhóm được tỉnh đánh giá chung / group assessed as a whole by the province' },
  ]),
) as Record<'1' | '2' | '3' | '4' | '5', TargetOverride>;

/**
 * Hồ Sơn against Vĩnh Phúc's advanced-commune set: groups 3–5 met and group 1 not met as the
 * article reports; group 2 fails on income (40 against 60).
 */
export const hoSonAdvanced = evaluate(vinhPhucCommuneAdvanced, {
  year: 2021,
  values: { '1': false, '2.x1': communeFigures2020['10'], '3': true, '4': true, '5': true },
  overrides: groupTargets,
});

/** The nine village criteria, each met as the province assessed it (contents unknown). */
const NINE = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
const villageTargets = Object.fromEntries(
  NINE.map((code) => [code, { value: true, by: VINH_PHUC, note: 'Tiêu chí do tỉnh đánh giá / criterion assessed by the province' }]),
) as Record<(typeof NINE)[number], TargetOverride>;
const allNine = Object.fromEntries(NINE.map((code) => [code, true])) as Record<(typeof NINE)[number], boolean>;

/** The two model villages (thôn NTM kiểu mẫu) of the article. */
export const villages = [
  { id: 'tan-long', name: 'thôn Tân Long', commune: 'Hồ Sơn' },
  { id: 'chua-vang', name: 'thôn Chùa Vàng', commune: 'Minh Quang' },
].map((village) => ({
  ...village,
  result: evaluate(vinhPhucVillageModel, { year: 2021, values: allNine, overrides: villageTargets }),
}));
