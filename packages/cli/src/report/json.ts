import type { Report } from './model.js';

/**
 * A report as plain JSON for machines: the set, the summary, every unit with its full result
 * and plan, and every issue (both languages).
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * JSON.stringify(reportJson(report));
 */
export function reportJson(report: Report) {
  return {
    format: 'ntm-report/1',
    set: { id: report.set.id, version: report.set.version, level: report.set.level, title: report.set.title },
    summary: report.summary,
    units: report.units.map((u) => ({
      id: u.id,
      ...(u.name !== undefined ? { name: u.name } : {}),
      ...(u.sheet !== undefined ? { sheet: u.sheet, row: u.row } : {}),
      status: u.status,
      metCount: u.metCount,
      total: u.total,
      recognition: u.recognition,
      column: u.column,
      criteria: u.criteria.map((c) => ({
        id: c.id,
        number: c.number,
        status: c.status,
        indicators: c.indicators.map((i) => ({
          code: i.code,
          status: i.status,
          actual: i.actual,
          ...(i.ratio ? { ratio: i.ratio } : {}),
          target: i.target,
          comparison: i.comparison,
          targetStatus: i.targetStatus,
          source: i.source,
          ...(i.override ? { override: i.override } : {}),
        })),
      })),
      plan: u.plan,
      issues: u.issues,
    })),
    issues: report.issues,
  };
}
