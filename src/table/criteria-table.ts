import type { CriteriaSet } from '../model/criteria-set.js';
import type { Criterion } from '../model/criterion.js';
import type { Indicator } from '../model/indicator.js';
import type { LegalDocument } from '../model/legal-basis.js';
import { PROVINCES } from '../model/province.js';
import type { Comparison, Target } from '../model/target.js';
import { cellOf } from './cell.js';
import { CRITERIA_TABLE_FORMAT, TABLE_COLUMN_IDS, type CriteriaTable, type TableDocument, type TableRow } from './format.js';

/**
 * A set as a criteria table (`ntm-criteria-table/1`): one row per indicator, in the set's
 * order, each cell in full form with its value, comparison, status and sources, so every
 * unknown cell is marked (`value: null`, its status, and any note or candidates). The table
 * names the set as its `base` and keeps its id: it is the template a province fills in (give
 * it its own `id`, `province` and `document`) and hands to `applyTable`. Applying a set's
 * own table to it gives the same set back.
 * @example
 * const template = criteriaTable(commune51);
 * template.rows.length; // 6 (the indicators the library knows of 51/2025/QĐ-TTg)
 * template.rows[0]!.cells['group-1']; // { value: null, op: '>=', status: 'not-found', sources: [] }
 * JSON.stringify(applyTable(commune51, template).set) === JSON.stringify(commune51); // true
 */
export function criteriaTable(set: CriteriaSet): CriteriaTable {
  const rows: TableRow[] = [];
  for (const criterion of set.criteria) for (const indicator of criterion.indicators) rows.push(rowOf(criterion, indicator));
  return {
    format: CRITERIA_TABLE_FORMAT,
    id: set.id,
    base: set.id,
    ...(set.province ? { province: set.province } : {}),
    document: documentOf(set, set.legalBasis[set.legalBasis.length - 1]!),
    complete: set.criteria.every((c) => c.incompleteIndicators === undefined),
    rows,
  };
}

function rowOf(criterion: Criterion, indicator: Indicator): TableRow {
  const cells: Record<string, ReturnType<typeof cellOf>> = {};
  // Cells in the decree's column order (all, regions, groups), whatever order the data has.
  for (const column of TABLE_COLUMN_IDS) {
    const cell = indicator.targets[column];
    if (cell !== undefined) cells[column] = cellOf(cell);
  }
  return {
    criterion: criterion.number ?? criterion.id,
    criterionName: criterion.name,
    code: indicator.code,
    text: indicator.text,
    textStatus: indicator.textStatus,
    measure: indicator.measure,
    ...(indicator.unit ? { unit: indicator.unit } : {}),
    op: rowOp(indicator),
    cells,
    ...(indicator.columns ? { columns: indicator.columns } : {}),
    ...(indicator.appliesWhen ? { appliesWhen: indicator.appliesWhen } : {}),
    ...(indicator.ref ? { source: indicator.ref } : {}),
    ...(indicator.note !== undefined ? { note: indicator.note } : {}),
  };
}

/** The comparison of the row (so sánh): that of its first cell. */
function rowOp(indicator: Indicator): Comparison {
  for (const column of TABLE_COLUMN_IDS) {
    const cell = indicator.targets[column];
    const first = Array.isArray(cell) ? (cell as readonly Target[])[0] : (cell as Target | undefined);
    if (first) return first.op;
  }
  return indicator.measure === 'flag' ? '=' : '>=';
}

/** The table's document: the latest document of the set's legal basis. */
function documentOf(set: CriteriaSet, document: LegalDocument): TableDocument {
  return {
    number: document.document,
    signed: document.signed,
    issuer: document.issuer ?? issuerOf(document.document, set),
    title: document.title,
    inForce: document.inForce,
    ...(document.annex !== undefined ? { annex: document.annex } : {}),
  };
}

/**
 * Who issued a document, read from its number where the number says it (QĐ-TTg: the Prime
 * Minister), else the set's province, else unknown.
 */
function issuerOf(number: string, set: CriteriaSet): string {
  if (/QĐ-TTg$/.test(number)) return 'Thủ tướng Chính phủ';
  if (set.province) return `UBND tỉnh ${PROVINCES[set.province as keyof typeof PROVINCES]?.name ?? set.province}`;
  return 'Chưa rõ cơ quan ban hành';
}
