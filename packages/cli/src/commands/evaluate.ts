import type { UnitsLayout } from '@ntm/sheets';
import { say, UsageError, type Lang, tr } from '../lang.js';
import { chooseSet, langOf, placeFlags } from '../options.js';
import { createProgress } from '../progress.js';
import { evaluateUnits, fromSheetIssue, type Report, type ReportIssue } from '../report/model.js';
import { reportJson } from '../report/json.js';
import { checkReportPath, writeReport } from '../report/write.js';
import { numberText } from '../report/labels.js';
import { withTable } from '../table-file.js';
import { readUnitsFile } from '../units-file.js';

/** Flags of `ntm evaluate`. */
export interface EvaluateFlags {
  readonly set?: string;
  readonly on?: string;
  readonly level?: string;
  readonly province?: string;
  readonly region?: string;
  readonly group?: string;
  readonly year?: string;
  readonly output?: string;
  readonly table?: string;
  readonly sheet?: string;
  readonly layout?: string;
  readonly force?: boolean;
  readonly json?: boolean;
  readonly lang?: string;
}

/**
 * `ntm evaluate <data>`: every unit of a data file evaluated, a report written, a summary
 * printed; exit code 0 when every row was read and evaluated without an issue, 1 otherwise.
 * @example
 * // Not run: reads xa.xlsx and writes bao-cao.xlsx
 * runEvaluate('xa.xlsx', { set: 'commune-2021-2025', region: 'ĐBSH', output: 'bao-cao.xlsx' });
 */
export function runEvaluate(data: string, flags: EvaluateFlags): number {
  const lang = langOf(flags);
  const place = placeFlags(flags, lang);
  if (flags.layout !== undefined && flags.layout !== 'wide' && flags.layout !== 'long')
    throw new UsageError(say('badLayout', lang, { value: flags.layout }));
  if (flags.output !== undefined) checkReportPath(flags.output, { force: flags.force === true, lang });
  const chosen = withTable(chooseSet(flags, lang), flags.table, lang);
  const { set } = chosen;
  let reading: ReturnType<typeof readUnitsFile> | undefined = readUnitsFile(data, set, {
    lang,
    ...(flags.sheet !== undefined ? { sheet: flags.sheet } : {}),
    ...(flags.layout !== undefined ? { layout: flags.layout as UnitsLayout } : {}),
  });
  const progress = createProgress(process.stderr, flags.json !== true);
  const evaluated = evaluateUnits(
    set,
    reading.units,
    reading.issues.map((i) => fromSheetIssue(i)),
    place,
    { onProgress: (done, total) => progress.update(done, total) },
  );
  progress.done();
  reading = undefined; // the rows read (every cell's address) are not needed to write the report
  const report: Report = { ...evaluated, issues: [...chosen.issues, ...evaluated.issues] };
  const written = flags.output !== undefined ? writeReport(report, flags.output, { force: flags.force === true, lang }) : [];
  if (flags.json)
    process.stdout.write(
      `${JSON.stringify(flags.output !== undefined ? { wrote: written, summary: report.summary, issues: report.issues } : reportJson(report))}\n`,
    );
  else printSummary(report, written, lang);
  return report.issues.length > 0 ? 1 : 0;
}

/**
 * The human summary on standard output: counts, bands, the first issues.
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * printSummary(report, ['bao-cao.xlsx'], 'vi');
 */
function printSummary(report: Report, written: readonly string[], lang: Lang): void {
  const s = report.summary;
  const lines = [
    say('evaluated', lang, {
      units: s.units,
      set: `${report.set.id} (${report.set.version})`,
      met: s.meetingAll,
      average: numberText(Math.round(s.averageCriteriaMet * 100) / 100, lang),
      issues: report.issues.length,
    }),
    s.bins.map((b) => `${tr(b.label, lang)}: ${b.count}`).join(' | '),
  ];
  lines.push(...issueLines(report.issues, lang));
  for (const path of written) lines.push(say('wrote', lang, { path }));
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The first 20 issues, one per line, then how many more. */
export function issueLines(issues: readonly ReportIssue[], lang: Lang): string[] {
  const lines = issues.slice(0, 20).map((i) => say('issueLine', lang, { cell: i.cell, message: i[lang] }));
  if (issues.length > 20) lines.push(say('moreIssues', lang, { count: issues.length - 20 }));
  return lines;
}
