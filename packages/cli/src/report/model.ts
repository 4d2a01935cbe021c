import {
  formatMessage,
  safeEvaluate,
  summariseResults,
  type CriteriaSet,
  type EvaluationInput,
  type EvaluationResult,
  type InputIssue,
  type SummaryReport,
} from '@ntm/criteria';
import type { SheetIssue, UnitRow } from '@ntm/sheets';
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
  readonly code: string;
  readonly expected: string;
  readonly received: string;
  readonly vi: string;
  readonly en: string;
}

/**
 * One evaluated unit of a report: where it was read, its result, its gap plan, its issues.
 * @example
 * const unit: UnitReport = report.units[0]!;
 * unit.result.metCount;
 */
export interface UnitReport {
  readonly id: string;
  readonly name?: string;
  readonly district?: string;
  readonly province?: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly recognised?: boolean;
  readonly result: EvaluationResult;
  readonly plan: readonly PlanLine[];
  readonly issues: readonly ReportIssue[];
}

/**
 * A whole report: the set, every unit, every input issue, and the officials' summary.
 * @example
 * const report: Report = evaluateUnits(set, units, sheetIssues, {});
 * report.summary.bins.map((b) => b.count);
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
 * fromSheetIssue(reading.issues[0]!).cell; // 'Xã!D7'
 */
export function fromSheetIssue(issue: SheetIssue): ReportIssue {
  return {
    cell: issue.cell,
    ...(issue.unit !== undefined ? { unit: issue.unit } : {}),
    ...(issue.indicator !== undefined ? { indicator: issue.indicator } : {}),
    code: issue.code,
    expected: issue.expected,
    received: issue.received,
    vi: formatMessage(issue, 'vi'),
    en: formatMessage(issue, 'en'),
  };
}

/** An engine issue at the cell its input came from (the unit's row when the path has no cell). */
function fromEngineIssue(issue: InputIssue, unit: UnitRow): ReportIssue {
  const key = issue.path.join('.');
  // A JSON unit has no cells: its issue is placed by unit and input path.
  const cell = unit.cells[key] ?? (unit.row > 0 ? `${unit.sheet}!${unit.row}:${unit.row}` : `${unit.sheet}#${unit.id}/${key}`);
  const code = issue.path[0] === 'values' && typeof issue.path[1] === 'string' ? issue.path[1] : undefined;
  return {
    cell,
    unit: unit.id,
    ...(code !== undefined ? { indicator: code } : {}),
    code: issue.code,
    expected: issue.expected,
    received: issue.received,
    vi: formatMessage(issue, 'vi'),
    en: formatMessage(issue, 'en'),
  };
}

/**
 * The place flags (`--province`, `--region`, `--group`, `--year`) fill what a row leaves out.
 * @example
 * withDefaults({ values: {} }, { year: 2024 }); // { year: 2024, values: {} }
 */
export function withDefaults(input: EvaluationInput, defaults: Partial<EvaluationInput>): EvaluationInput {
  const merged: Record<string, unknown> = { ...defaults, ...input };
  // A row's region or group wins; the flag's other column key must not clash with it.
  if (input.region !== undefined || input.group !== undefined) {
    if (input.region === undefined) delete merged['region'];
    if (input.group === undefined) delete merged['group'];
  }
  return merged as unknown as EvaluationInput;
}

/**
 * Evaluates every unit read from a sheet under a set, safely (never throws): every row of the
 * input is a unit of the report, with its result, gap plan and issues at their cells.
 * @example
 * const report = evaluateUnits(set, reading.units, reading.issues, { year: 2024 });
 */
export function evaluateUnits(
  set: CriteriaSet,
  units: readonly UnitRow[],
  sheetIssues: readonly SheetIssue[],
  defaults: Partial<EvaluationInput>,
  onProgress?: (done: number, total: number) => void,
): Report {
  const issues: ReportIssue[] = sheetIssues.map(fromSheetIssue);
  const byUnit = new Map<string, ReportIssue[]>();
  for (const issue of issues) if (issue.unit !== undefined) (byUnit.get(issue.unit) ?? byUnit.set(issue.unit, []).get(issue.unit)!).push(issue);
  const reports: UnitReport[] = [];
  units.forEach((unit, i) => {
    const { result } = safeEvaluate(set, withDefaults(unit.input, defaults));
    const own = byUnit.get(unit.id) ?? [];
    for (const issue of result.issues) {
      const placed = fromEngineIssue(issue, unit);
      issues.push(placed);
      own.push(placed);
    }
    reports.push({
      id: unit.id,
      ...(unit.name !== undefined ? { name: unit.name } : {}),
      ...(unit.district !== undefined ? { district: unit.district } : {}),
      ...(unit.provinceLabel !== undefined ? { province: unit.provinceLabel } : {}),
      sheet: unit.sheet,
      row: unit.row,
      ...(unit.recognised !== undefined ? { recognised: unit.recognised } : {}),
      result,
      plan: planOf(result, set),
      issues: own,
    });
    if (onProgress && (i % 200 === 199 || i === units.length - 1)) onProgress(i + 1, units.length);
  });
  const summary = summariseResults(
    reports.map((r) => ({
      id: r.id,
      ...(r.district !== undefined ? { district: r.district } : {}),
      ...(r.province !== undefined ? { province: r.province } : {}),
      result: r.result,
      ...(r.recognised !== undefined ? { recognised: r.recognised } : {}),
    })),
    { criteriaCount: set.criteria.length },
  );
  return { set, units: reports, issues, summary };
}
