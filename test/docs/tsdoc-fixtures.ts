// The named values the TSDoc examples use without defining them (`result`, `plan`, `units`…):
// tsdoc-program.ts imports a block's free name from here when neither its file nor the package's
// public API has it. Figures marked TEST-ONLY are not the law of any province or commune; the
// Tam Đảo figures are the seed case of examples/tam-dao (their sources are stated there).
import {
  commune1980,
  commune318,
  communeAdvanced318,
  type AggregateUnit,
  type CriteriaSetPatch,
  type CriteriaTable,
  type EvaluationInput,
  type Indicator,
  evaluate,
  findIndicator,
  gapPlan,
  type ReportRow,
  safeEvaluate,
} from '../../src/index.js';
import { tamDaoPlan } from '../../examples/tam-dao/gap-plan.js';
import { district, districtInput } from '../../examples/tam-dao/scenario.js';
import { testOnlyPovertyTable } from '../table/fixtures/test-only-ha-noi-commune-2026.js';

export { district, districtInput };

/** Tam Đảo's gap plan (examples/tam-dao/gap-plan.ts): its communes' plans and the district's conditions. */
export const districtPlan = tamDaoPlan;

/**
 * TEST-ONLY figures: a commune of Vĩnh Phúc (Red River Delta) in 2024 under 318/QĐ-TTg, with
 * its plan approved (1.1), 85% of its farmland irrigated (3.1), an income of 60 million VND (10)
 * and 97.5% of households on hygienic water (17.1).
 */
export const input = {
  province: 'vinh-phuc',
  year: 2024,
  values: { '1.1': true, '3.1': 85, '10': 60, '17.1': 97.5 },
} as const satisfies EvaluationInput<'1.1' | '3.1' | '10' | '17.1'>;

/** `input` evaluated under 318/QĐ-TTg. */
export const result = evaluate(commune318, input);

/** `input` as the JSON text an app receives. */
export const inputJson = JSON.stringify(input);

/** An input issue: 17.1 given as the text "95.5" (`number-as-string`). */
export const issue = safeEvaluate(commune318, { ...input, values: { '17.1': '95.5' } }).issues[0]!;

/** Indicator 3.1 of 318/QĐ-TTg (farmland with active irrigation, a percent; verified targets). */
export const indicator = findIndicator<Indicator>(commune318, '3.1')!;

/** Indicator 1.1 of 318/QĐ-TTg (an approved general plan: a flag). */
export const flagIndicator = findIndicator<Indicator>(commune318, '1.1')!;

/** A Vĩnh Phúc commune's result under the advanced-commune set of 318/QĐ-TTg with no data: a unit's ready result. */
export const advancedResult = evaluate(communeAdvanced318, { province: 'vinh-phuc', year: 2024, values: {} });

/**
 * TEST-ONLY figures: a commune of Vĩnh Phúc in 2020 under 1980/QĐ-TTg with 1,940 of 2,000
 * households on hygienic water (17.1a), a construction debt of 1,200 million VND and no other
 * data; and its gap plan.
 */
export const plan = gapPlan(
  evaluate(commune1980, {
    province: 'vinh-phuc',
    year: 2020,
    values: { '17.1a': { numerator: 1940, denominator: 2000 } },
    facts: { outstandingConstructionDebt: 1200 },
  }),
  { sets: [commune1980] },
);

/**
 * TEST-ONLY: a provincial table for Hà Nội's communes under 51/2025/QĐ-TTg, with a value for the
 * multidimensional poverty rate (6.x1) in each commune group (the tables tests' own fixture).
 * Not the law of any province.
 */
export const testOnlyTable: CriteriaTable = testOnlyPovertyTable;

/** `testOnlyTable` as the JSON text a province would publish. */
export const tableJson = JSON.stringify(testOnlyTable);

/** TEST-ONLY figures: two communes of Hà Nội in 2026 (commune groups 1 and 2), for a province's aggregate. */
export const units: AggregateUnit[] = [
  { id: 'xa-a', name: 'Xã A', inputs: { commune: { group: 'group-1', values: { '6.x1': 0.5 } } } },
  { id: 'xa-b', name: 'Xã B', inputs: { commune: { group: 'group-2', values: { '6.x1': 3 } } } },
];

/** TEST-ONLY: a 318/QĐ-TTg patch that makes income (10) in the Red River Delta column unknown. */
export const patch: CriteriaSetPatch = {
  id: 'commune-2021-2025+test-only',
  version: '318/QĐ-TTg + TEST-ONLY',
  amendment: {
    document: 'TEST-ONLY/2024',
    role: 'amendment',
    title: { vi: 'TEST-ONLY', en: 'TEST-ONLY' },
    signed: '2024-03-01',
    inForce: null,
  },
  period: { from: '2024-03-01', to: '2026-02-14' },
  targets: [{ code: '10', column: 'red-river-delta', cell: { status: 'not-found', value: null, op: '>=', sources: [] } }],
};

/** TEST-ONLY: three communes' results for a report (two of them in Tam Đảo). */
export const rows: ReportRow[] = [
  { id: 'ho-son', district: 'Tam Đảo', province: 'Vĩnh Phúc', result, recognised: true },
  {
    id: 'dao-tru',
    district: 'Tam Đảo',
    province: 'Vĩnh Phúc',
    result: { metCount: 19, total: 19, meetsAllCriteria: true, recognisable: true },
  },
  {
    id: 'xa-c',
    district: 'Lập Thạch',
    province: 'Vĩnh Phúc',
    result: { metCount: 12, total: 19, meetsAllCriteria: false, recognisable: false },
  },
];

/**
 * TEST-ONLY figures: a CSV of two communes' data in the wide layout (a row per commune, the
 * indicator codes as columns), as an official's sheet holds it.
 */
export const unitsCsv = [
  'STT,Tên xã,Tỉnh,Năm,1.1,10,17.1',
  '1,Hồ Sơn,Vĩnh Phúc,2024,Đạt,"60","97,5%"',
  '2,Đạo Trù,Vĩnh Phúc,2024,Chưa đạt,abc,98%',
].join('\n');

/** `unitsCsv` as a file a user picked in the browser. */
export const file = new File([unitsCsv], 'xa.csv', { type: 'text/csv' });
