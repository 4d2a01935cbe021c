import { tr } from '../lang.js';
import type { Lang } from '../lang.js';
import type { Report } from './model.js';
import { issuesTable, resultsTable, summaryTable, planTable, type ReportTable } from './tables.js';

function escapeHtml(value: string | number): string {
  return String(value)
    .replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/\n/g, '<br>');
}

function table(t: ReportTable): string {
  const head = `<tr>${t.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/**
 * A report as one self-contained HTML page (no script, no external file).
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * htmlReport(report, 'en').includes('<table>'); // true
 */
export function htmlReport(report: Report, lang: Lang, lead: readonly ReportTable[] = [], issueSets = false): string {
  const title = escapeHtml(`${tr(report.set.title, lang)} (${report.set.version})`);
  const sections = [
    ...lead,
    summaryTable(report, lang),
    resultsTable(report, lang),
    planTable(report, lang),
    issuesTable(report, lang, { sets: issueSets }),
  ]
    .map((t) => `<h2>${escapeHtml(t.name)}</h2>\n${t.rows.length > 0 ? table(t) : `<p>${tr({ vi: 'Không có.', en: 'None.' }, lang)}</p>`}`)
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}th{background:#f3f3f3}</style>
</head>
<body>
<h1>${title}</h1>
${sections}
</body>
</html>
`;
}
