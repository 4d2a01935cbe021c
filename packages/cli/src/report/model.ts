import {
  en,
  formatMessage,
  safeEvaluate,
  vi,
  summariseResults,
  type ColumnId,
  type CriteriaSet,
  type CriterionResult,
  type EvaluationInput,
  type EvaluationResult,
  type IndicatorResult,
  type InputIssue,
  type SummaryReport,
  type Verdict,
} from '@ntm/criteria';
import type { SheetIssue, UnitRow } from '@ntm/sheets';
import { say, type Lang } from '../lang.js';
import { planOf, type PlanLine } from './plan.js';

/**
 * One problem in the input, from the sheet reader or the engine, placed at its cell.
 * @example
 * const issue: ReportIssue = { cell: 'Xã!D7', unit: 'Hồ Sơn', indicator: '17.1', code: 'percent-over-100',
 *   expected: 'a percent from 0 to 100', received: '120', vi: '…', en: '…' };
 */
export interface ReportIssue {
  readonly cell: string;
  readonly unit?: string;
  readonly indicator?: string;
  /** The set whose input has the issue, where a report has several (an aggregate's levels). */
  readonly set?: string;
  readonly code: string;
  /** What was expected, in English (for logs and code); `expectedText` to show it. */
  readonly expected: string;
  /** What was expected, in Vietnamese and English, where the reader or the engine words it. */
  readonly expectedText?: { readonly vi: string; readonly en: string };
  readonly received: string;
  readonly vi: string;
  readonly en: string;
}

/**
 * What an engine issue expected, in both languages (the locale files word every expectation).
 * @example
 * expectedOf(issue); // { vi: 'một tỷ lệ phần trăm từ 0 đến 100, …', en: 'a percent from 0 to 100, …' }
 */
export function expectedOf(issue: InputIssue): { readonly vi: string; readonly en: string } | undefined {
  const expects = issue.params?.expects;
  return expects === undefined ? undefined : { vi: vi.expectation(expects), en: en.expectation(expects) };
}

/**
 * One indicator of a unit as a report shows it: what the tables and the JSON need of the
 * engine's indicator result, without its reason (a report of 10,000 communes keeps half a
 * million of these, so the full results are not kept).
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * const line: IndicatorLine = report.units[0]!.criteria[16]!.indicators[0]!;
 * line.actual; // 97.5
 */
interface IndicatorLine {
  readonly code: string;
  readonly status: IndicatorResult['status'];
  readonly measure: IndicatorResult['measure'];
  readonly actual: IndicatorResult['actual'];
  readonly ratio?: IndicatorResult['ratio'];
  readonly target: IndicatorResult['target'];
  readonly comparison: IndicatorResult['comparison'];
  readonly targetStatus: IndicatorResult['targetStatus'];
  /** The document the target is printed in. */
  readonly source: string;
  /** Who set the target instead of the library (a province's value), with its source. */
  readonly override?: string;
}

/**
 * One criterion of a unit as a report shows it.
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * report.units[0]!.criteria.map((c) => c.status); // ['incomplete', 'incomplete', …]
 */
interface CriterionLine {
  readonly id: string;
  readonly number: number | null;
  readonly status: CriterionResult['status'];
  readonly indicators: readonly IndicatorLine[];
}

/**
 * One evaluated unit of a report: where it was read, its verdict and counts, each criterion and
 * indicator as the report shows it, its gap plan and its issues (what the report needs of the
 * engine's result, which is not kept).
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * const unit: UnitReport = report.units[0]!;
 * unit.metCount; // 0
 */
export interface UnitReport {
  readonly id: string;
  readonly name?: string;
  readonly district?: string;
  readonly province?: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly recognised?: boolean;
  readonly setId: string;
  readonly status: Verdict;
  readonly recognition: Verdict;
  readonly metCount: number;
  readonly total: number;
  readonly meetsAllCriteria: boolean;
  readonly recognisable: boolean;
  /** The column judged (`null`: none could be chosen). */
  readonly column: ColumnId | null;
  readonly criteria: readonly CriterionLine[];
  readonly unknownTargets: readonly string[];
  readonly plan: readonly PlanLine[];
  readonly issues: readonly ReportIssue[];
}

/**
 * A whole report: the set, every unit, every input issue, and the officials' summary.
 * @example
 * const reading = readUnits(unitsCsv, commune318, { format: 'csv' });
 * const report: Report = evaluateUnits(commune318, reading.units, reading.issues.map((i) => fromSheetIssue(i)), {});
 * report.summary.bins.map((b) => b.count); // [0, 0, 0, 0, 2]
 */
export interface Report {
  readonly set: CriteriaSet;
  readonly units: readonly UnitReport[];
  readonly issues: readonly ReportIssue[];
  readonly summary: SummaryReport;
}

/**
 * A sheet issue as a report issue (both languages kept).
 * @example
 * fromSheetIssue(readUnits(unitsCsv, commune318, { format: 'csv' }).issues[0]!).cell; // 'CSV!F3'
 */
export function fromSheetIssue(issue: SheetIssue, set?: string): ReportIssue {
  // In an aggregate (several sets), an issue of a unit's row names the unit and the set, as the engine's do.
  const within = (lang: Lang, text: string) =>
    set !== undefined && issue.unit !== undefined ? say('within', lang, { unit: issue.unit, set, message: text }) : text;
  return {
    cell: issue.cell,
    ...(issue.unit !== undefined ? { unit: issue.unit } : {}),
    ...(issue.indicator !== undefined ? { indicator: issue.indicator } : {}),
    ...(set !== undefined ? { set } : {}),
    code: issue.code,
    expected: issue.expected,
    expectedText: issue.expectedText,
    received: issue.received,
    vi: within('vi', formatMessage(issue, 'vi')),
    en: within('en', formatMessage(issue, 'en')),
  };
}

/**
 * An engine issue at the cell its input came from (the unit's row when the path has no cell);
 * `within` names the unit and set when the message should (an aggregate's several sets).
 * @example
 * const unit = readUnits(unitsCsv, commune318, { format: 'csv' }).units[0]!;
 * fromEngineIssue(issue, unit).cell; // 'CSV!G2'
 */
export function fromEngineIssue(issue: InputIssue, unit: UnitRow, set?: string): ReportIssue {
  const key = issue.path.join('.');
  // A JSON unit has no cells: its issue is placed by unit and input path.
  const cell = unit.cells[key] ?? (unit.row > 0 ? `${unit.sheet}!${unit.row}:${unit.row}` : `${unit.sheet}#${unit.id}/${key}`);
  const code = issue.path[0] === 'values' && typeof issue.path[1] === 'string' ? issue.path[1] : undefined;
  const named =
    set !== undefined && issue.params.within === undefined
      ? { ...issue, params: { ...issue.params, within: { unit: unit.name ?? unit.id, set } } }
      : issue;
  return {
    cell,
    unit: unit.id,
    ...(code !== undefined ? { indicator: code } : {}),
    ...(set !== undefined ? { set } : {}),
    code: issue.code,
    expected: issue.expected,
    ...withExpected(issue),
    received: issue.received,
    vi: formatMessage(named, 'vi'),
    en: formatMessage(named, 'en'),
  };
}

/**
 * The place flags (`--province`, `--region`, `--group`, `--year`) fill what a row leaves out.
 * @example
 * withDefaults({ values: {} }, { year: 2024 }); // { year: 2024, values: {} }
 */
function withDefaults(input: EvaluationInput, defaults: Partial<EvaluationInput>): EvaluationInput {
  const merged: Record<string, unknown> = { ...defaults, ...input };
  // A row's region or group wins; the flag's other column key must not clash with it.
  if (input.region !== undefined || input.group !== undefined) {
    if (input.region === undefined) delete merged['region'];
    if (input.group === undefined) delete merged['group'];
  }
  return merged as unknown as EvaluationInput;
}

/**
 * What a report keeps of one unit's result: verdict, counts, each criterion's and indicator's
 * status with actual and target, and the gap plan; the result itself is let go.
 * @example
 * const row = readUnits(unitsCsv, commune318, { format: 'csv' }).units[0]!;
 * const unit = unitReport(row, safeEvaluate(commune318, row.input).result, commune318, []);
 */
function unitReport(unit: UnitRow, result: EvaluationResult, set: CriteriaSet, issues: readonly ReportIssue[]): UnitReport {
  return {
    id: unit.id,
    ...(unit.name !== undefined ? { name: unit.name } : {}),
    ...(unit.district !== undefined ? { district: unit.district } : {}),
    ...(unit.provinceLabel !== undefined ? { province: unit.provinceLabel } : {}),
    sheet: unit.sheet,
    row: unit.row,
    ...(unit.recognised !== undefined ? { recognised: unit.recognised } : {}),
    setId: result.setId,
    status: result.status,
    recognition: result.recognition,
    metCount: result.metCount,
    total: result.total,
    meetsAllCriteria: result.meetsAllCriteria,
    recognisable: result.recognisable,
    column: result.column.column,
    criteria: result.criteria.map((c) => ({ id: c.id, number: c.number, status: c.status, indicators: c.indicators.map(indicatorLine) })),
    unknownTargets: result.unknownTargets,
    plan: planOf(result, set),
    issues,
  };
}

function indicatorLine(r: IndicatorResult): IndicatorLine {
  // Half a million of these for 10,000 communes: one object each, its optional fields added after.
  const line: { -readonly [K in keyof IndicatorLine]: IndicatorLine[K] } = {
    code: r.code,
    status: r.status,
    measure: r.measure,
    actual: r.actual,
    target: r.target,
    comparison: r.comparison,
    targetStatus: r.targetStatus,
    source: r.source.document,
  };
  if (r.ratio) line.ratio = r.ratio;
  if (r.override) line.override = `${r.override.by}${r.override.source ? ` (${r.override.source})` : ''}`;
  return line;
}

/**
 * Evaluates every unit read from a sheet under a set, safely (never throws), one row at a time:
 * every row of the input is a unit of the report, with its verdict, counts, indicators, gap plan
 * and issues at their cells; each full result is dropped once its report row is made, so
 * 10,000 communes stay small. `set` names the set in every issue (an aggregate's levels).
 * @example
 * const reading = readUnits(unitsCsv, commune318, { format: 'csv' });
 * const report = evaluateUnits(commune318, reading.units, reading.issues.map((i) => fromSheetIssue(i)), { year: 2024 });
 */
export function evaluateUnits(
  set: CriteriaSet,
  units: readonly UnitRow[],
  sheetIssues: readonly ReportIssue[],
  defaults: Partial<EvaluationInput>,
  options: { readonly onProgress?: (done: number, total: number) => void; readonly nameSet?: boolean } = {},
): Report {
  const issues: ReportIssue[] = [...sheetIssues];
  const byUnit = new Map<string, ReportIssue[]>();
  for (const issue of issues)
    if (issue.unit !== undefined) (byUnit.get(issue.unit) ?? byUnit.set(issue.unit, []).get(issue.unit)!).push(issue);
  const reports: UnitReport[] = [];
  const { onProgress } = options;
  units.forEach((unit, i) => {
    const { result } = safeEvaluate(set, withDefaults(unit.input, defaults));
    const own = byUnit.get(unit.id) ?? [];
    for (const issue of result.issues) {
      const placed = fromEngineIssue(issue, unit, options.nameSet ? set.id : undefined);
      issues.push(placed);
      own.push(placed);
    }
    reports.push(unitReport(unit, result, set, own));
    if (onProgress && (i % 200 === 199 || i === units.length - 1)) onProgress(i + 1, units.length);
  });
  return { set, units: reports, issues, summary: summaryOf(reports, set) };
}

/**
 * The officials' summary (bands, averages, per district and province) of a report's units.
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * summaryOf(report.units, commune318).bins.map((b) => b.count); // [0, 0, 0, 0, 2]
 */
export function summaryOf(reports: readonly UnitReport[], set: CriteriaSet): SummaryReport {
  return summariseResults(
    reports.map((r) => ({
      id: r.id,
      ...(r.district !== undefined ? { district: r.district } : {}),
      ...(r.province !== undefined ? { province: r.province } : {}),
      result: {
        total: r.total,
        metCount: r.metCount,
        meetsAllCriteria: r.meetsAllCriteria,
        recognisable: r.recognisable,
      } as EvaluationResult,
      ...(r.recognised !== undefined ? { recognised: r.recognised } : {}),
    })),
    { criteriaCount: set.criteria.length },
  );
}

/** The `expectedText` field of a report issue made from an engine issue, when it has one. */
function withExpected(issue: InputIssue): { readonly expectedText?: { readonly vi: string; readonly en: string } } {
  const text = expectedOf(issue);
  return text ? { expectedText: text } : {};
}
