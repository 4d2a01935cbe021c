// @ntm/sheets: spreadsheets in and out for @ntm/criteria, in Node and the browser (bytes in,
// bytes out; no file system here).
export { SHEET_ISSUE_CODES, type SheetIssue, type SheetIssueCode } from './issue.js';
export { SHEET_EXPECTATIONS, type SheetExpectation } from './expectation.js';
export { sheetMessage, sheetExpected, type MessageParams } from './messages.js';
export {
  readGrids,
  cellAddress,
  cellAt,
  columnLetters,
  textOf,
  formatOfFileName,
  type SheetCell,
  type SheetGrid,
  type SheetFormat,
} from './grid.js';
export { normaliseLabel } from './normalise.js';
export { readIndicatorCell, readFlag, readNumber, readRatio, percentOfFraction, type CellReading } from './cell-value.js';
export { indicatorCodes, matchCode, looksLikeCode, type CodeMatch, type CodePart } from './codes.js';
export {
  UNIT_FIELD_LABELS,
  unitFieldOf,
  namedInputOf,
  regionOfLabel,
  groupOfLabel,
  provinceOfLabel,
  type UnitField,
} from './unit-fields.js';
export {
  readUnits,
  readUnitsFromGrids,
  type UnitRow,
  type UnitsLayout,
  type UnitsReading,
  type ReadUnitsOptions,
} from './read-units.js';
export { writeInputForm, type InputFormOptions } from './write-form.js';
export { writeBook, type SheetSpec } from './write-book.js';
export { targetText, unitText, formatNumber } from './target-text.js';
export { writeCriteriaTable, readCriteriaTable, tableIssueCell, TABLE_SHEET, type TableReading } from './table-sheet.js';
