import { say, UsageError, type Lang } from '../lang.js';
import { assertWritable, extensionOf, writeOutput, writeOutputPieces } from '../io.js';
import type { Report } from './model.js';
import { issuesTable, indicatorsTable, indicatorsWideTable, planTable, resultsTable, summaryTable, type ReportTable } from './tables.js';
import { csvPieces } from './csv.js';
import { reportJson, reportJsonPieces } from './json.js';
import { markdownReport } from './markdown.js';
import { htmlReport } from './html.js';
import { reportBook } from './book.js';

/** The report formats, by the output file's extension. */
const REPORT_EXTENSIONS = ['xlsx', 'csv', 'json', 'md', 'html'] as const;

/**
 * The files a report to `path` writes: one, or for CSV the results plus `.indicators.csv`,
 * `.plan.csv` and `.issues.csv` beside it (a CSV holds one table). A wrong extension is a usage error.
 * @example
 * reportPaths('out/report.csv', 'vi'); // ['out/report.csv', 'out/report.indicators.csv', 'out/report.plan.csv', 'out/report.issues.csv']
 */
function reportPaths(path: string, lang: Lang): string[] {
  const ext = extensionOf(path);
  if (!(REPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new UsageError(say('badExtension', lang, { path, known: REPORT_EXTENSIONS.map((e) => `.${e}`).join(', ') }));
  }
  if (ext !== 'csv') return [path];
  const stem = path.slice(0, -'.csv'.length);
  return [path, `${stem}.indicators.csv`, `${stem}.plan.csv`, `${stem}.issues.csv`];
}

/**
 * Checks before any work that a report can be written there (extension known, no file in the way).
 * @example
 * checkReportPath('report.xlsx', { force: false, lang: 'vi' });
 */
export function checkReportPath(path: string, options: { readonly force: boolean; readonly lang: Lang }): void {
  for (const p of reportPaths(path, options.lang)) assertWritable(p, options.force, options.lang);
}

/**
 * Writes a report in the format its file name says; returns the paths written.
 * @example
 * // Not run: writes report.xlsx
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * writeReport(report, 'report.xlsx', { force: false, lang: 'vi' }); // ['report.xlsx']
 */
export function writeReport(
  report: Report,
  path: string,
  options: { readonly force: boolean; readonly lang: Lang },
  /** Tables put first (an aggregate's own), and fields added to the JSON. */
  extra: { readonly tables?: readonly ReportTable[]; readonly json?: Record<string, unknown>; readonly issueSets?: boolean } = {},
): string[] {
  const { lang } = options;
  const lead = extra.tables ?? [];
  const paths = reportPaths(path, lang);
  const ext = extensionOf(path);
  // The tables of a large report are made one at a time, each let go once written.
  if (ext === 'xlsx') {
    function* sheets(): Generator<ReportTable> {
      yield* lead;
      yield summaryTable(report, lang);
      yield resultsTable(report, lang);
      yield indicatorsWideTable(report, lang);
      yield planTable(report, lang);
      yield issuesTable(report, lang, { sets: extra.issueSets === true });
    }
    writeOutput(path, reportBook(sheets()), options);
  } else if (ext === 'csv') {
    const tables = [
      () => resultsTable(report, lang),
      () => indicatorsTable(report, lang),
      () => planTable(report, lang),
      () => issuesTable(report, lang, { sets: extra.issueSets === true }),
    ];
    tables.forEach((t, i) => writeOutputPieces(paths[i]!, csvPieces(t()), options));
    lead.forEach((t, i) => writeOutputPieces(`${path.slice(0, -'.csv'.length)}.${i + 1}.csv`, csvPieces(t), options));
  } else if (ext === 'json') {
    // Indented for a few units, to be read; otherwise one line, written unit by unit.
    if (report.units.length > 100) writeOutputPieces(path, reportJsonPieces(report, extra.json ?? {}), options);
    else writeOutput(path, `${JSON.stringify({ ...extra.json, ...reportJson(report) }, null, 2)}\n`, options);
  } else if (ext === 'md') writeOutput(path, markdownReport(report, lang, lead, extra.issueSets === true), options);
  else writeOutput(path, htmlReport(report, lang, lead, extra.issueSets === true), options);
  return ext === 'csv' ? [...paths, ...lead.map((_, i) => `${path.slice(0, -'.csv'.length)}.${i + 1}.csv`)] : paths;
}
