import type { CriteriaSet } from '@ntm/criteria';
import type { Lang } from './lang.js';
import type { ReportIssue } from './report/model.js';

/**
 * The set with a provincial table applied (`--table FILE`), and the table's issues.
 * (Wired to `applyTable` once it lands in the library.)
 * @example
 * const { set, issues } = withTable(base, 'bang-ha-noi.xlsx', 'vi');
 */
export function withTable(set: CriteriaSet, path: string | undefined, _lang: Lang): { set: CriteriaSet; issues: ReportIssue[] } {
  if (path === undefined) return { set, issues: [] };
  return { set, issues: [] };
}
