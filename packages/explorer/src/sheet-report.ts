// A spreadsheet of units evaluated: each row's result, the bands officials report, and the
// report workbook (results and bands sheets) the page offers for download.
import {
  formatMessage,
  gapTable,
  safeEvaluate,
  summariseResults,
  type CriteriaSet,
  type EvaluationResult,
  type GapPlan,
  type InputIssue,
  type SummaryReport,
} from '@ntm/criteria';
import { readUnits, writeBook, formatOfFileName, type SheetIssue, type UnitRow, type SheetSpec } from '@ntm/sheets';
import { planOf } from './gap-plan.js';
import { WORDS, type Lang } from './i18n.js';

/** One unit of the sheet with its result, and its engine issues placed at their cells. */
interface EvaluatedRow {
  readonly unit: UnitRow;
  readonly result: EvaluationResult;
  readonly plan: GapPlan;
  readonly issues: readonly { readonly issue: InputIssue; readonly cell?: string }[];
}

/** A sheet evaluated: its rows, the problems of the file, and the report's counts. */
export interface SheetEvaluation {
  readonly fileName: string;
  readonly rows: readonly EvaluatedRow[];
  readonly sheetIssues: readonly SheetIssue[];
  readonly summary: SummaryReport;
}

/** Reads a file's bytes as units of `set` and evaluates each one. */
export function evaluateSheet(set: CriteriaSet, fileName: string, bytes: Uint8Array): SheetEvaluation {
  const format = formatOfFileName(fileName) ?? 'xlsx';
  const reading = readUnits(bytes, set, { format, name: fileName.replace(/\.[^.]*$/, '') });
  const rows = reading.units.map((unit): EvaluatedRow => {
    const { result, issues } = safeEvaluate(set, unit.input);
    const plan = planOf(result, set, { id: unit.id, ...(unit.name ? { name: unit.name } : {}) });
    return { unit, result, plan, issues: issues.map((issue) => ({ issue, cell: unit.cells[issue.path.join('.')] })) };
  });
  const summary = summariseResults(
    rows.map((r) => ({
      id: r.unit.id,
      result: r.result,
      ...(r.unit.district ? { district: r.unit.district } : {}),
      ...(r.unit.provinceLabel ? { province: r.unit.provinceLabel } : {}),
      ...(r.unit.recognised !== undefined ? { recognised: r.unit.recognised } : {}),
    })),
  );
  return { fileName, rows, sheetIssues: reading.issues, summary };
}

/** The report workbook: one row per unit (verdicts, counts, codes not met, problems), the bands, the gap plan's tasks, the file's problems. */
export function reportBook(evaluation: SheetEvaluation, lang: Lang): Uint8Array {
  const w = WORDS[lang];
  const vi = lang === 'vi';
  const results: SheetSpec = {
    name: vi ? 'Kết quả' : 'Results',
    widths: [14, 24, 16, 16, 10, 18, 18, 30, 30, 50],
    rows: [
      vi
        ? [
            'Mã',
            'Tên',
            'Huyện',
            'Tỉnh',
            'Số tiêu chí đạt',
            'Kết quả',
            'Xét công nhận',
            'Chỉ tiêu chưa đạt',
            'Chỉ tiêu thiếu số liệu',
            'Vấn đề',
          ]
        : [
            'Id',
            'Name',
            'District',
            'Province',
            'Criteria met',
            'Verdict',
            'Recognition',
            'Indicators not met',
            'Indicators without data',
            'Problems',
          ],
      ...evaluation.rows.map((r) => [
        r.unit.id,
        r.unit.name ?? '',
        r.unit.district ?? '',
        r.unit.provinceLabel ?? '',
        `${r.result.metCount}/${r.result.total}`,
        w.verdict[r.result.status],
        w.verdict[r.result.recognition],
        r.result.notMet.join(', '),
        r.result.missing.join(', '),
        r.issues.map((i) => `${i.cell ?? i.issue.path.join('.')}: ${formatMessage(i.issue, lang)}`).join('\n'),
      ]),
    ],
  };
  const bands: SheetSpec = {
    name: vi ? 'Phân nhóm' : 'Bands',
    widths: [20, 12],
    rows: [[w.band, w.count], ...evaluation.summary.bins.map((b) => [b.label[lang], b.count])],
  };
  const tasks = evaluation.rows.flatMap((r) => gapTable(r.plan).byUnit.flatMap((u) => u.tasks));
  const plan: SheetSpec = {
    name: vi ? 'Kế hoạch' : 'Plan',
    widths: [14, 24, 12, 10, 10, 12, 80],
    rows: [
      vi
        ? ['Mã', 'Tên', 'Loại việc', 'Tiêu chí', 'Chỉ tiêu', 'Còn thiếu', 'Việc cần làm']
        : ['Id', 'Name', 'Kind', 'Criterion', 'Indicator', 'Shortfall', 'Task'],
      ...tasks.map((t) => [
        t.unitId ?? '',
        t.unitName ?? '',
        t.kind,
        t.criterionId ?? '',
        t.code ?? '',
        t.shortfall ?? '',
        formatMessage(t.message, lang),
      ]),
    ],
  };
  const problems: SheetSpec = {
    name: vi ? 'Vấn đề của tệp' : 'File problems',
    widths: [16, 80],
    rows: [[vi ? 'Ô' : 'Cell', vi ? 'Vấn đề' : 'Problem'], ...evaluation.sheetIssues.map((i) => [i.cell, formatMessage(i, lang)])],
  };
  return writeBook([results, bands, plan, problems], 'xlsx');
}
