import { tr } from '../lang.js';
import type { Lang } from '../lang.js';
import type { Report } from './model.js';
import { issuesTable, resultsTable, summaryTable, planTable, type ReportTable } from './tables.js';

function cell(value: string | number): string {
  return String(value).replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

function table(t: ReportTable): string {
  const lines = [`| ${t.header.map(cell).join(' | ')} |`, `| ${t.header.map(() => '---').join(' | ')} |`];
  for (const row of t.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/**
 * A report as Markdown: the summary, the results, the plan and the issues.
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * markdownReport(report, 'vi').startsWith('# '); // true
 */
export function markdownReport(report: Report, lang: Lang, lead: readonly ReportTable[] = [], issueSets = false): string {
  const parts = [`# ${tr(report.set.title, lang)} (${report.set.version})`];
  for (const t of [
    ...lead,
    summaryTable(report, lang),
    resultsTable(report, lang),
    planTable(report, lang),
    issuesTable(report, lang, { sets: issueSets }),
  ]) {
    parts.push(`## ${t.name}`, t.rows.length > 0 ? table(t) : tr({ vi: '_Không có._', en: '_None._' }, lang));
  }
  return `${parts.join('\n\n')}\n`;
}
