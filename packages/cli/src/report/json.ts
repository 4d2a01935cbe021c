import type { Report, UnitReport } from './model.js';

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
    units: report.units.map(unitJson),
    issues: report.issues,
  };
}

/** One unit of a JSON report. */
function unitJson(u: UnitReport) {
  return {
    id: u.id,
    ...(u.name !== undefined ? { name: u.name } : {}),
    ...(u.sheet !== undefined ? { sheet: u.sheet, row: u.row } : {}),
    status: u.status,
    metCount: u.metCount,
    total: u.total,
    recognition: u.recognition,
    column: u.column,
    criteria: u.criteria.map((c) => ({ id: c.id, number: c.number, status: c.status, indicators: c.indicators.map(indicatorJson) })),
    plan: u.plan,
    issues: u.issues,
  };
}

type IndicatorLine = UnitReport['criteria'][number]['indicators'][number];

/**
 * One indicator of a JSON report, its optional fields where they always were. Made without
 * spreads: half a million of these for 10,000 communes, each of one of a few shapes, which
 * JSON.stringify writes fastest.
 */
function indicatorJson(i: IndicatorLine) {
  const { code, status, actual, ratio, target, comparison, targetStatus, source, override } = i;
  const json: Record<string, unknown> = ratio
    ? { code, status, actual, ratio, target, comparison, targetStatus, source }
    : { code, status, actual, target, comparison, targetStatus, source };
  if (override) json['override'] = override;
  return json;
}

/**
 * The text of `JSON.stringify({ ...extra, ...reportJson(report) })` (no indentation) and a final newline, in pieces
 * of about a megabyte: each unit is made and written in turn, so a report of 10,000 communes
 * (over 100 MB of JSON) is never one string nor one tree of objects in memory.
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * [...reportJsonPieces(report, {})].join('') === `${JSON.stringify(reportJson(report))}\n`; // true
 */
export function* reportJsonPieces(report: Report, extra: Record<string, unknown>): Generator<string> {
  // Everything but the units, with a marker where they go: a text found nowhere else in it.
  const head = (marker: string) => JSON.stringify({ ...extra, ...reportJson({ ...report, units: [] }), units: marker });
  let marker = 'ntm-units';
  let whole = head(marker);
  let quoted = JSON.stringify(marker);
  for (let k = 0; whole.indexOf(quoted) !== whole.lastIndexOf(quoted); k++) {
    marker = `ntm-units-${k}`;
    whole = head(marker);
    quoted = JSON.stringify(marker);
  }
  const at = whole.indexOf(quoted);
  let piece = `${whole.slice(0, at)}[`;
  for (let i = 0; i < report.units.length; i++) {
    piece += (i === 0 ? '' : ',') + JSON.stringify(unitJson(report.units[i]!));
    if (piece.length >= 1 << 20) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}]${whole.slice(at + quoted.length)}\n`;
}
