import { applyTable, formatMessage, type CriteriaSet } from '@ntm/criteria';
import { formatOfFileName, readCriteriaTable, tableIssueCell } from '@ntm/sheets';
import { basename } from 'node:path';
import { extensionOf, readInput } from './io.js';
import { say, UsageError, type Lang } from './lang.js';
import { fromSheetIssue, type ReportIssue } from './report/model.js';

/**
 * A provincial table that could not be applied: its issues, each at its cell. The command
 * line prints them and exits with code 1 (an input problem), evaluating nothing: evaluating
 * under the national set instead would silently drop the province's values.
 * @example
 * throw new TableRefused('bang.xlsx', []); // throws TableRefused
 */
export class TableRefused extends Error {
  override readonly name = 'TableRefused';
  constructor(
    readonly path: string,
    readonly issues: readonly ReportIssue[],
  ) {
    super(`criteria table ${path} refused`);
  }
}

/**
 * The set with a provincial table applied (`--table FILE`: the JSON format, or an XLSX/CSV
 * sheet in the decree's layout), and the problems of the sheet that did not stop it.
 * @example
 * // Not run: reads bang-tinh.xlsx
 * const { set, issues } = withTable(commune51, 'bang-tinh.xlsx', 'vi');
 */
export function withTable(set: CriteriaSet, path: string | undefined, lang: Lang): { set: CriteriaSet; issues: ReportIssue[] } {
  if (path === undefined) return { set, issues: [] };
  const bytes = readInput(path, lang);
  const name = basename(path);
  let table: unknown;
  let place = (issue: { path: readonly (string | number)[] }): string => `${name}#/${issue.path.join('/')}`;
  const sheetIssues: ReportIssue[] = [];
  if (extensionOf(path) === 'json') {
    try {
      table = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      throw new UsageError(say('badJson', lang, { path, detail: error instanceof Error ? error.message : String(error) }));
    }
  } else {
    const format = formatOfFileName(path);
    if (format === undefined) throw new UsageError(say('badExtension', lang, { path, known: '.xlsx, .csv, .json' }));
    const reading = readCriteriaTable(bytes, { format, base: set, ...(format === 'csv' ? { name: name.replace(/\.[^.]+$/, '') } : {}) });
    sheetIssues.push(...reading.issues.map((i) => fromSheetIssue(i)));
    table = reading.table;
    place = (issue) => `${name}: ${tableIssueCell(reading, issue as Parameters<typeof tableIssueCell>[1])}`;
  }
  const applied = applyTable(set, table);
  if (applied.set === undefined) {
    const issues = applied.issues.map(
      (issue): ReportIssue => ({
        cell: place(issue),
        ...(issue.indicator !== undefined ? { indicator: issue.indicator } : {}),
        code: issue.code,
        expected: issue.expected,
        received: issue.received,
        vi: formatMessage(issue, 'vi'),
        en: formatMessage(issue, 'en'),
      }),
    );
    throw new TableRefused(path, [...sheetIssues, ...issues]);
  }
  return { set: applied.set, issues: sheetIssues };
}
