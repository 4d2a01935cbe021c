// What the rules know and do not know, counted cell by cell (issue 8's coverage table).
import { columnIdsOf, type ColumnId } from '../../src/model/column.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import type { Target, TargetCandidate } from '../../src/model/target.js';
import type { LocalizedText } from '../../src/model/text.js';
import type { VerificationStatus } from '../../src/model/verification.js';
import { casesOf, cellFor, existsIn } from '../../src/model/cell.js';

/** One target case of one column of one indicator: the unit the coverage counts. */
export interface TargetCase {
  readonly criterion: string;
  readonly code: string;
  readonly column: ColumnId;
  /** The key of `targets` the case comes from (`all` when the column inherits it). */
  readonly from: ColumnId;
  /** Position among the cell's cases (years or facts); 0 for a single target. */
  readonly index: number;
  /** `missing` when the indicator has no cell for the column at all. */
  readonly status: VerificationStatus | 'missing';
  readonly target: Target | null;
}

export { casesOf, existsIn } from '../../src/model/cell.js';

/**
 * Every target case of a set, column by column: a column without its own cell uses the `all`
 * cell (as the engine does), so an `all` target counts once per column.
 */
export function targetCases(set: CriteriaSet): TargetCase[] {
  const out: TargetCase[] = [];
  for (const criterion of set.criteria) {
    for (const indicator of criterion.indicators) {
      for (const column of columnIdsOf(set.columns)) {
        if (!existsIn(indicator, column)) continue;
        const from: ColumnId = column !== 'all' && indicator.targets[column] !== undefined ? column : 'all';
        const cases = casesOf(cellFor(indicator, column));
        if (cases.length === 0) {
          out.push({ criterion: criterion.id, code: indicator.code, column, from, index: 0, status: 'missing', target: null });
        }
        cases.forEach((target, index) =>
          out.push({ criterion: criterion.id, code: indicator.code, column, from, index, status: target.status, target }),
        );
      }
    }
  }
  return out;
}

/** One cell of the coverage: an indicator in a column where it exists, or the unknown rest of a criterion's list. */
export interface CoverageCell {
  readonly criterion: string;
  /** The indicator's code; `null` for a criterion whose list of indicators is unknown or incomplete. */
  readonly code: string | null;
  readonly column: ColumnId;
  /** `verified` when every case of the cell is verified; else the status of its first other case. */
  readonly status: VerificationStatus | 'missing';
}

/**
 * The cells of a set, the one unit the README table and docs/coverage.md count: every indicator
 * in every column where it exists (a cell whose cases are all verified is verified), and, for
 * each criterion with no indicator or with an incomplete list, one unknown cell per column (what
 * is not known of its indicators cannot count as verified).
 */
export function coverageCells(set: CriteriaSet): CoverageCell[] {
  const out: CoverageCell[] = [];
  const columns = columnIdsOf(set.columns);
  for (const criterion of set.criteria) {
    for (const indicator of criterion.indicators) {
      for (const column of columns) {
        if (!existsIn(indicator, column)) continue;
        const cases = casesOf(cellFor(indicator, column));
        const weak = cases.find((t) => t.status !== 'verified');
        out.push({
          criterion: criterion.id,
          code: indicator.code,
          column,
          status: cases.length === 0 ? 'missing' : (weak?.status ?? 'verified'),
        });
      }
    }
    if (criterion.indicators.length === 0 || criterion.incompleteIndicators) {
      for (const column of columns) out.push({ criterion: criterion.id, code: null, column, status: 'not-found' });
    }
  }
  return out;
}

/** Coverage counts of one set. */
export interface Coverage {
  readonly setId: string;
  readonly indicators: number;
  /** Cells (`coverageCells`): indicators × the columns where they exist, plus the unknown lists. */
  readonly cells: number;
  readonly verified: number;
  readonly provincial: number;
  readonly conflict: number;
  /** Recalled, not found, or no cell at all. */
  readonly unknown: number;
  /** Verified / cells, in percent with one decimal; `null` when the set has no cells. */
  readonly percentVerified: number | null;
  readonly conditions: number;
  readonly conditionsVerified: number;
}

/** Coverage of a set, from its rules. */
export function coverageOf(set: CriteriaSet): Coverage {
  const cases = coverageCells(set);
  const count = (...statuses: string[]) => cases.filter((c) => statuses.includes(c.status)).length;
  const verified = count('verified');
  return {
    setId: set.id,
    indicators: set.criteria.reduce((n, c) => n + c.indicators.length, 0),
    cells: cases.length,
    verified,
    provincial: count('provincial'),
    conflict: count('conflict'),
    unknown: count('recalled', 'not-found', 'missing'),
    percentVerified: cases.length === 0 ? null : Math.round((verified * 1000) / cases.length) / 10,
    conditions: set.conditions.length,
    conditionsVerified: set.conditions.filter((c) => c.status === 'verified').length,
  };
}

/** One value that is not (yet) a target: what is known about it. */
export interface Unresolved {
  readonly criterion: string;
  readonly code: string;
  /** The columns sharing this cell (an `all` cell is listed once, for every column). */
  readonly columns: readonly ColumnId[];
  readonly index: number;
  readonly status: VerificationStatus | 'missing';
  readonly candidates: readonly TargetCandidate[];
  readonly note?: LocalizedText;
  readonly years?: Target['years'];
  readonly when?: Target['when'];
}

/** The cells of a set that are not verified, grouped by the cell they come from. */
export function unresolvedOf(set: CriteriaSet): Unresolved[] {
  const byCell = new Map<string, { first: TargetCase; columns: ColumnId[] }>();
  for (const c of targetCases(set)) {
    if (c.status === 'verified') continue;
    const key = `${c.criterion}\u0000${c.code}\u0000${c.from}\u0000${c.index}`;
    const entry = byCell.get(key);
    if (entry) entry.columns.push(c.column);
    else byCell.set(key, { first: c, columns: [c.column] });
  }
  return [...byCell.values()].map(({ first, columns }) => ({
    criterion: first.criterion,
    code: first.code,
    columns: first.from === 'all' && columns.length === columnIdsOf(set.columns).length ? ['all'] : columns,
    index: first.index,
    status: first.status,
    candidates: first.target?.candidates ?? [],
    ...(first.target?.note !== undefined ? { note: first.target.note } : {}),
    ...(first.target?.years !== undefined ? { years: first.target.years } : {}),
    ...(first.target?.when !== undefined ? { when: first.target.when } : {}),
  }));
}
