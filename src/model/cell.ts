// The model's questions about cells, answered once for the engine, the docs and the tests.
import type { ColumnId } from './column.js';
import type { Indicator } from './indicator.js';
import type { Target, TargetCell } from './target.js';

/**
 * The cell that applies to an indicator in a column: the column's own cell, else the `all`
 * cell; `undefined` when the indicator has neither. `null` (no column chosen) gives the `all`
 * cell. This is the engine's rule (`resolveTarget`).
 * @example
 * cellFor(indicator, 'red-river-delta'); // the ĐBSH cell, or the `all` cell
 */
export function cellFor(indicator: Pick<Indicator, 'targets'>, column: ColumnId | null): TargetCell | undefined {
  return (column !== null && column !== 'all' ? indicator.targets[column] : undefined) ?? indicator.targets.all;
}

/**
 * The cases of a cell: a single target as a list of one, the cases of a year- or fact-dependent
 * cell as they are, nothing for no cell.
 * @example
 * casesOf(cellFor(indicator, 'mekong-delta')).map((t) => t.status);
 */
export function casesOf(cell: TargetCell | undefined): readonly Target[] {
  if (cell === undefined) return [];
  return Array.isArray(cell) ? (cell as readonly Target[]) : [cell as Target];
}

/**
 * Every target case of an indicator, in every column it has a cell for.
 * @example
 * targetsOf(indicator).some((t) => t.status === 'verified');
 */
export function targetsOf(indicator: Pick<Indicator, 'targets'>): readonly Target[] {
  return Object.values(indicator.targets).flatMap((cell) => casesOf(cell));
}

/**
 * Whether the indicator exists in a column: always when it lists no `columns`, or when its
 * `columns` name the column or `all` (every column). Elsewhere it is not applicable.
 * @example
 * existsIn({ columns: ['all'] }, 'red-river-delta'); // true
 * existsIn({ columns: ['mekong-delta'] }, 'red-river-delta'); // false
 */
export function existsIn(indicator: Pick<Indicator, 'columns'>, column: ColumnId): boolean {
  return indicator.columns === undefined || indicator.columns.includes(column) || indicator.columns.includes('all');
}
