import type { SheetLocale } from './types.js';

const q = (s: string | undefined) => `"${s ?? ''}"`;

/**
 * Every text of the package's issues in English (a translation of `vi.ts`). The words to type in
 * a cell ("Đạt", "Có") are quoted as officials type them, with their meaning.
 * @internal
 */
export const en: SheetLocale = {
  expected: {
    'csv-file': () => 'a CSV file',
    'xlsx-file': () => 'an Excel workbook (XLSX)',
    utf8: () => 'UTF-8 text',
    sheet: () => 'a sheet of the file',
    'units-header': () => 'a row of indicator codes, or a column "Mã chỉ tiêu" (indicator code)',
    'table-header': () => 'a header row with a cell "Mã chỉ tiêu" (indicator code)',
    'indicator-code': () => 'an indicator code of this set',
    'one-column-per-code': () => 'one column per indicator code',
    'code-as-text': () => 'the indicator code written as text, such as "17.10"',
    'unit-id': () => 'a unit id or name',
    'unique-unit-id': () => 'a unit id no other row has',
    'unit-row': () => 'a row of one unit',
    percent: () => 'a percent such as 97,5 or 97,5%, or numerator/denominator such as 1.940/2.000',
    flag: () => '"Đạt" (met) or "Chưa đạt" (not met)',
    'yes-no': () => '"Có" (yes) or "Không" (no)',
    number: () => 'a number, such as 97,5 or 1.940',
    'whole-number': () => 'a whole number, such as 12 or 1.940',
    'ratio-parts': () => 'both a numerator and a denominator',
    region: () => 'a region name, an abbreviation such as "ĐBSH", or an id such as red-river-delta',
    group: () => '1, 2, 3, "Nhóm 1" (group 1) or group-1',
    province: () => 'a province name such as "Vĩnh Phúc" or an id such as vinh-phuc',
    year: () => 'a year, such as 2024',
    comparison: () => '≥, ≤ or =',
    'criterion-number': () => 'a criterion number, such as 17',
    target: () => 'a target such as 95, "≤ 2" or "Đạt" (met)',
  },
  messages: {
    'unreadable-file': (p, e) => `Cannot read the file (expected ${e}): ${p.detail ?? 'it is damaged or not in that format'}`,
    'not-utf8': () => 'The CSV file is not UTF-8: save it again as "CSV UTF-8"; unreadable characters are kept as they are',
    'no-sheet': (p) => `There is no sheet ${q(p.received)}${p.detail ? `; the sheets of the file are: ${p.detail}` : ''}`,
    'no-header': (_p, e) => `No header found: expected ${e}`,
    'unknown-column': (p) =>
      `Column ${q(p.received)} is not an indicator code of this set, so it is not read${p.detail ? ` (did you mean ${q(p.detail)}?)` : ''}`,
    'duplicate-column': (p) => `Code ${q(p.received)} heads several columns; only the first is read`,
    'ambiguous-code': (p) =>
      `Code ${q(p.received)} is stored as a number, so it cannot be told apart from ${p.detail ?? ''}; format the cell as Text`,
    'missing-unit-id': (p) => `The row has data but no unit id or name; it is called ${q(p.detail)}`,
    'duplicate-unit-id': (p) => `Unit id ${q(p.received)} repeats an earlier row; this row is called ${q(p.detail)}`,
    'total-row': (p) => `Row ${q(p.received)} is a total row, not a unit: not evaluated`,
    'unreadable-number': (p, e) =>
      `Indicator ${p.indicator ?? ''}: cannot read a number from ${q(p.received)} (expected ${e}); treated as no data`,
    'unreadable-flag': (p, e) => `Indicator ${p.indicator ?? ''}: ${q(p.received)} is not ${e}; treated as no data`,
    'unreadable-ratio': (p, e) =>
      `Indicator ${p.indicator ?? ''}: cannot read a ratio from ${q(p.received)} (expected ${e}); treated as no data`,
    'unreadable-region': (p, e) => `Unknown region ${q(p.received)} (expected ${e})`,
    'unreadable-group': (p, e) => `Unknown commune group ${q(p.received)} (expected ${e})`,
    'unreadable-province': (p, e) =>
      `Unknown province ${q(p.received)}${p.detail ? ` (did you mean ${q(p.detail)}?)` : ` (expected ${e})`}`,
    'unreadable-year': (p, e) => `Invalid year ${q(p.received)} (expected ${e})`,
    'unreadable-op': (p, e) => `Cannot read the comparison ${q(p.received)} (expected ${e})`,
    'formula-error': (p) => `The cell holds a formula error ${q(p.received)}; treated as no data`,
    'orphan-denominator': (p) =>
      `Indicator ${p.indicator ?? ''}: only the ${p.part === 'denominator' ? 'denominator' : 'numerator'} of the ratio is given; both numerator and denominator are needed`,
    'unknown-criterion': (p, e) => `Cannot read the criterion number ${q(p.received)} (expected ${e})`,
    'input-issue': (p) => p.text?.en ?? '',
  },
  form: {
    wideTitle: (set) => `Data collection form: ${set}`,
    longTitle: (set) => `Self-assessment form: ${set}`,
    labels: {
      stt: 'No.',
      unitId: 'Unit id',
      unitName: 'Name',
      province: 'Province',
      year: 'Year',
      region: 'Region',
      group: 'Commune group',
      code: 'Code',
      text: 'Indicator',
      target: 'Target',
      unit: 'Unit',
      criterion: 'Criterion',
      indicator: 'Indicator',
      result: 'Result',
      numerator: 'Numerator',
      denominator: 'Denominator',
      note: 'Note',
      otherFacts: 'Other facts',
    },
    yesNo: 'Yes / No',
    instructionsTitle: 'Instructions',
    instructions: {
      wide: [
        'Each row is one commune, starting on the first row under the header rows.',
        'The codes in the "Mã chỉ tiêu" row are text: do not edit them or turn them into numbers.',
      ],
      long: [
        'This sheet is for one commune: write its name, province and year at the top, the results in the "Kết quả" column.',
        'Copy the sheet for each commune.',
      ],
      cells: [
        'Yes/no indicators: write "Đạt" (met) or "Chưa đạt" (not met).',
        'Shares: write 97,5 or 97,5% or 1.940/2.000 (numerator/denominator); a cell formatted as % works too.',
        'Numbers: a comma for decimals (45,5), dots between thousands (1.940).',
        'Leave a cell empty when there is no data.',
      ],
    },
  },
  target: {
    unknown: 'unknown',
    met: 'Met',
    notMet: 'No',
    from: (year) => `from ${year}`,
    to: (year) => `to ${year}`,
    flagUnit: 'Met / Not met',
    count: 'count',
  },
};
