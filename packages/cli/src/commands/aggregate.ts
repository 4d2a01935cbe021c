import {
  UNIT_KINDS,
  formatMessage,
  safeEvaluateAggregate,
  unitKindOf,
  unitSetsInForce,
  type AggregateResult,
  type AggregateUnit,
  type CriteriaSet,
  type Level,
  type UnitKind,
} from '@ntm/criteria';
import { normaliseLabel, type UnitRow } from '@ntm/sheets';
import { say, UsageError, type Lang } from '../lang.js';
import { dateFlag, langOf, placeFlags, setById } from '../options.js';
import { createProgress } from '../progress.js';
import { criterionText, verdictText } from '../report/labels.js';
import { evaluateUnits, fromSheetIssue, type Report } from '../report/model.js';
import { planOf } from '../report/plan.js';
import type { ReportTable } from '../report/tables.js';
import { checkReportPath, writeReport } from '../report/write.js';
import { withTable } from '../table-file.js';
import { readUnitsFile } from '../units-file.js';
import { issueLines } from './evaluate.js';

/** Flags of `ntm aggregate`. */
export interface AggregateFlags {
  readonly set?: string;
  readonly on?: string;
  readonly province?: string;
  readonly region?: string;
  readonly group?: string;
  readonly year?: string;
  readonly name?: string;
  /** The aggregate's own data (its indicators and facts): one row or one long sheet. */
  readonly values?: string;
  readonly output?: string;
  readonly table?: string;
  readonly sheet?: string;
  readonly force?: boolean;
  readonly json?: boolean;
  readonly lang?: string;
}

/** The unit levels a set's unit-share conditions count (commune, commune-advanced, district…). */
function unitLevelsOf(set: CriteriaSet): Level[] {
  const levels = new Set<Level>();
  for (const condition of set.conditions) if (condition.check.kind === 'unit-share') levels.add(condition.check.unitLevel);
  return [...levels];
}

/** One set that knows every indicator of the unit sets, to read a units sheet once. */
function readingSet(sets: readonly CriteriaSet[]): CriteriaSet {
  const seen = new Set<string>();
  const criteria = sets.flatMap((s) =>
    s.criteria.map((c) => ({
      ...c,
      indicators: c.indicators.filter((i) => (seen.has(i.code) ? false : (seen.add(i.code), true))),
    })),
  );
  const facts = Object.assign({}, ...sets.map((s) => s.facts ?? {}));
  return { ...sets[0]!, criteria, facts };
}

const KIND_BY_LABEL = new Map<string, UnitKind>([
  ['xa', 'commune'],
  ['thi tran', 'township'],
  ['huyen', 'district'],
  ['thi xa', 'town'],
  ['thon', 'village'],
  ...UNIT_KINDS.map((k) => [k, k] as [string, UnitKind]),
]);

/** The communes as aggregate units; grouped under their districts for a province set. */
function aggregateUnits(rows: readonly UnitRow[], nestByDistrict: boolean): AggregateUnit[] {
  const asUnit = (row: UnitRow): AggregateUnit => {
    const kind = row.kind !== undefined ? KIND_BY_LABEL.get(normaliseLabel(row.kind)) : undefined;
    return { id: row.id, ...(row.name !== undefined ? { name: row.name } : {}), ...(kind ? { kind } : {}), input: row.input };
  };
  if (!nestByDistrict || !rows.some((r) => r.district !== undefined)) return rows.map(asUnit);
  const districts = new Map<string, AggregateUnit[]>();
  const loose: AggregateUnit[] = [];
  for (const row of rows) {
    if (row.district === undefined) loose.push(asUnit(row));
    else (districts.get(row.district) ?? districts.set(row.district, []).get(row.district)!).push(asUnit(row));
  }
  return [...[...districts].map(([name, units]): AggregateUnit => ({ id: `huyen:${name}`, name, kind: 'district', units })), ...loose];
}

/** The aggregate's own tables: its verdict and criteria, each condition with its units, the units' standings. */
function aggregateTables(result: AggregateResult, set: CriteriaSet, name: string, on: string, unitSets: Record<string, CriteriaSet | undefined>, lang: Lang): ReportTable[] {
  const vi = lang === 'vi';
  const rows: (string | number)[][] = [
    [vi ? 'Đơn vị' : 'Unit', name],
    [vi ? 'Bộ tiêu chí' : 'Criteria set', `${set.id} (${set.version})`],
    [vi ? 'Ngày đánh giá' : 'Assessment date', on],
    ...Object.entries(unitSets).map(([level, s]) => [`${vi ? 'Bộ cho cấp' : 'Set for level'} ${level}`, s ? `${s.id} (${s.version})` : '—']),
    [vi ? 'Kết luận' : 'Verdict', verdictText(result.status, lang)],
    [vi ? 'Số tiêu chí đạt' : 'Criteria met', `${result.metCount}/${result.total}`],
    [vi ? 'Xét công nhận' : 'Recognition', verdictText(result.recognition, lang)],
    ...result.criteria.map((c) => [`${vi ? 'Tiêu chí' : 'Criterion'} ${c.number ?? c.id}: ${c.name[lang]}`, criterionText(c.status, lang)]),
  ];
  const conditions: ReportTable = {
    name: vi ? 'Điều kiện' : 'Conditions',
    header: [vi ? 'Điều kiện' : 'Condition', vi ? 'Trạng thái' : 'Status', vi ? 'Lý do' : 'Reason', vi ? 'Đơn vị chưa đạt' : 'Failing units', vi ? 'Đơn vị chưa xác định' : 'Undecided units'],
    rows: result.conditions.map((c) => [
      c.text[lang],
      c.status === 'unknown-target' ? (vi ? 'Chưa rõ mục tiêu' : 'Target unknown') : verdictText(c.status, lang),
      formatMessage(c.reason, lang),
      (c.failingUnits ?? []).join(', '),
      (c.undecidedUnits ?? []).join(', '),
    ]),
  };
  const standings: ReportTable = {
    name: vi ? 'Đơn vị cấp dưới' : 'Sub-units',
    header: [vi ? 'Mã' : 'Id', vi ? 'Tên' : 'Name', vi ? 'Loại' : 'Kind', vi ? 'Thuộc' : 'Parent', vi ? 'Cấp' : 'Level', vi ? 'Kết luận' : 'Verdict', vi ? 'Căn cứ' : 'Basis'],
    rows: result.units.flatMap((u) =>
      u.standings.map((s) => [u.id, u.name ?? '', u.kind, u.parent ?? '', s.level, verdictText(s.verdict, lang), s.basis]),
    ),
  };
  const plan: ReportTable = {
    name: vi ? 'Kế hoạch đơn vị' : 'Aggregate plan',
    header: [vi ? 'Loại' : 'Kind', vi ? 'Việc cần làm' : 'What to do'],
    rows: planOf(result, set).map((l) => [l.kind, l[lang]]),
  };
  return [{ name: vi ? 'Đơn vị tổng hợp' : 'Aggregate', header: [vi ? 'Mục' : 'Item', vi ? 'Giá trị' : 'Value'], rows }, conditions, standings, plan];
}

/**
 * `ntm aggregate <units>`: a district's or province's verdict from its units' rows. The
 * units are re-evaluated under the sets in force on the assessment date (`--on`, by default
 * the first day of the set), and the set's conditions on them (e.g. every commune meets the
 * commune set) are applied; the report holds the aggregate, its conditions with the units that
 * block them, and every unit's own result.
 * @example
 * runAggregate('xa-tam-dao.xlsx', { set: 'district-2016-2020', on: '2021-10-11', province: 'vinh-phuc', output: 'huyen.xlsx' });
 */
export function runAggregate(data: string, flags: AggregateFlags): number {
  const lang = langOf(flags);
  if (flags.set === undefined) throw new UsageError(say('needSet', lang));
  const place = placeFlags(flags, lang);
  if (flags.output !== undefined) checkReportPath(flags.output, { force: flags.force === true, lang });
  const chosen = withTable(setById(flags.set, lang), flags.table, lang);
  const { set } = chosen;
  const levels = unitLevelsOf(set);
  if (levels.length === 0) throw new UsageError(say('notAggregate', lang, { id: set.id }));
  const on = flags.on !== undefined ? dateFlag(flags.on, lang) : (set.period.from ?? undefined);
  if (on === undefined) throw new UsageError(say('needSet', lang));
  const unitSets = unitSetsInForce({ on, levels, ...(place.province ? { province: place.province } : {}) });
  const present = Object.values(unitSets).filter((s): s is CriteriaSet => s !== undefined);
  const communeSet = unitSets.commune ?? present[0];
  const reading = readUnitsFile(data, present.length > 0 ? readingSet(present) : set, { lang, ...(flags.sheet !== undefined ? { sheet: flags.sheet } : {}) });
  const progress = createProgress(process.stderr, flags.json !== true);
  const unitsReport = communeSet
    ? evaluateUnits(communeSet, reading.units, reading.issues, place, (d, t) => progress.update(d, t))
    : undefined;
  progress.done();
  const own = flags.values !== undefined ? readUnitsFile(flags.values, set, { lang }) : undefined;
  const ownInput = own?.units[0]?.input;
  const nest = levels.some((l) => unitKindOf(l) === 'district');
  const { result } = safeEvaluateAggregate(set, {
    ...place,
    ...(ownInput ? { ...ownInput, ...place } : {}),
    units: aggregateUnits(reading.units, nest),
    unitSets,
  });
  const name = flags.name ?? set.title[lang];
  const extra = aggregateTables(result, set, name, on, Object.fromEntries(levels.map((l) => [l, unitSets[l]])), lang);
  const report: Report = unitsReport
    ? { ...unitsReport, issues: [...chosen.issues, ...unitsReport.issues] }
    : { set, units: [], issues: [...chosen.issues], summary: { criteriaCount: 0, units: 0, bins: [], criteriaMet: 0, averageCriteriaMet: 0, meetingAll: 0, recognisable: 0, recognised: 0, byDistrict: [], byProvince: [], issues: [] } };
  const aggregateIssues = result.issues.map((i) => ({ cell: i.path.join('.'), code: i.code, expected: i.expected, received: i.received, vi: formatMessage(i, 'vi'), en: formatMessage(i, 'en') }));
  const ownIssues = (own?.issues ?? []).map(fromSheetIssue);
  const full: Report = { ...report, issues: [...ownIssues, ...report.issues, ...aggregateIssues] };
  const written = flags.output !== undefined ? writeReport(full, flags.output, { force: flags.force === true, lang }, { tables: extra, json: { aggregate: result } }) : [];
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ wrote: written, aggregate: { setId: result.setId, status: result.status, recognition: result.recognition, metCount: result.metCount, total: result.total, conditions: result.conditions }, issues: full.issues })}\n`);
  } else {
    const vi = lang === 'vi';
    const lines = [
      `${name}: ${verdictText(result.status, lang)} (${result.metCount}/${result.total} ${vi ? 'tiêu chí' : 'criteria'}); ${vi ? 'xét công nhận' : 'recognition'}: ${verdictText(result.recognition, lang)}`,
      ...result.conditions.filter((c) => c.status !== 'met').map((c) => `- ${c.text[lang]}: ${formatMessage(c.reason, lang)}`),
      ...issueLines(full.issues, lang),
      ...written.map((path) => say('wrote', lang, { path })),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return full.issues.length > 0 ? 1 : 0;
}
