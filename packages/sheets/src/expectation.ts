/**
 * What a cell or sheet should have held, as a key: the locale files word it in Vietnamese and
 * English (`sheetExpected`), and its English wording is the issue's `expected`.
 * @example
 * SHEET_EXPECTATIONS.includes('percent'); // true
 */
export const SHEET_EXPECTATIONS = [
  'csv-file',
  'xlsx-file',
  'utf8',
  'sheet',
  'units-header',
  'table-header',
  'indicator-code',
  'one-column-per-code',
  'code-as-text',
  'unit-id',
  'unique-unit-id',
  'unit-row',
  'percent',
  'flag',
  'yes-no',
  'number',
  'whole-number',
  'ratio-parts',
  'region',
  'group',
  'province',
  'year',
  'comparison',
  'criterion-number',
  'target',
] as const;

/**
 * The key of what a cell or sheet should have held.
 * @example
 * const wanted: SheetExpectation = 'flag'; // 'flag': "Đạt" or "Chưa đạt"
 */
export type SheetExpectation = (typeof SHEET_EXPECTATIONS)[number];
