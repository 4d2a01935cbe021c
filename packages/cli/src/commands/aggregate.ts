import {
  LEVEL_NAMES,
  LEVELS,
  UNIT_KINDS,
  formatMessage,
  safeEvaluateAggregate,
  unitKindOf,
  unitSetsInForce,
  type AggregateResult,
  type AggregateUnit,
  type CriteriaSet,
  type EvaluationInput,
  type InputIssue,
  type Level,
  type StandingReason,
  type UnitKind,
} from '@ntm/criteria';
import { normaliseLabel, type UnitRow } from '@ntm/sheets';
import { say, UsageError, type Lang, tr } from '../lang.js';
import { dateFlag, langOf, placeFlags, setById } from '../options.js';
import { createProgress } from '../progress.js';
import { criterionText, kindText, verdictText } from '../report/labels.js';
import { evaluateUnits, expectedOf, fromEngineIssue, fromSheetIssue, summaryOf, type Report, type ReportIssue } from '../report/model.js';
import { reportJson } from '../report/json.js';
import { PLAN_KINDS, planTable, resultsTable, tableName } from '../report/tables.js';
import { LEVEL_SHORT, readUnitLevels } from '../unit-levels.js';
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

const KIND_BY_LABEL = new Map<string, UnitKind>([
  ['xa', 'commune'],
  ['thi tran', 'township'],
  ['huyen', 'district'],
  ['thi xa', 'town'],
  ['thon', 'village'],
  ...UNIT_KINDS.map((k) => [k, k] as [string, UnitKind]),
]);

/** One unit of the files, with its row for each level it has data for. */
interface MergedUnit {
  readonly id: string;
  readonly first: UnitRow;
  readonly rows: Map<Level, UnitRow>;
}

/** The rows of all levels merged by unit id (a commune on the sheet "Xã" and on "Xã nâng cao" is one unit), in order of first appearance. */
function mergeUnits(rows: ReadonlyMap<Level, readonly UnitRow[]>): MergedUnit[] {
  const units = new Map<string, MergedUnit>();
  for (const level of LEVELS) {
    for (const row of rows.get(level) ?? []) {
      let unit = units.get(row.id);
      if (!unit) units.set(row.id, (unit = { id: row.id, first: row, rows: new Map() }));
      unit.rows.set(level, row);
    }
  }
  return [...units.values()];
}

/**
 * The units as the engine reads them: each with its data per level (`inputs`), grouped under
 * their districts for a province set; and, for each unit's data, the row it came from, keyed by
 * the path the engine gives its issues (`units.3.inputs.commune`), so each issue finds its cell.
 */
function aggregateUnits(
  merged: readonly MergedUnit[],
  nestByDistrict: boolean,
): { units: AggregateUnit[]; rowAt: Map<string, { row: UnitRow; level: Level }> } {
  const rowAt = new Map<string, { row: UnitRow; level: Level }>();
  const asUnit = (unit: MergedUnit, path: string): AggregateUnit => {
    const label = [...unit.rows.values()].find((r) => r.kind !== undefined)?.kind;
    const kind = label !== undefined ? KIND_BY_LABEL.get(normaliseLabel(label)) : undefined;
    const inputs: Partial<Record<Level, EvaluationInput>> = {};
    for (const [level, row] of unit.rows) {
      inputs[level] = row.input;
      rowAt.set(`${path}.inputs.${level}`, { row, level });
    }
    const name = [...unit.rows.values()].find((r) => r.name !== undefined)?.name;
    return { id: unit.id, ...(name !== undefined ? { name } : {}), ...(kind ? { kind } : {}), inputs };
  };
  const districtOf = (unit: MergedUnit) => [...unit.rows.values()].find((r) => r.district !== undefined)?.district;
  if (!nestByDistrict || !merged.some((u) => districtOf(u) !== undefined))
    return { units: merged.map((u, i) => asUnit(u, `units.${i}`)), rowAt };
  const districts = new Map<string, MergedUnit[]>();
  const loose: MergedUnit[] = [];
  for (const unit of merged) {
    const district = districtOf(unit);
    if (district === undefined) loose.push(unit);
    else (districts.get(district) ?? districts.set(district, []).get(district)!).push(unit);
  }
  const units: AggregateUnit[] = [...districts].map(
    ([name, members], d): AggregateUnit => ({
      id: `huyen:${name}`,
      name,
      kind: 'district',
      units: members.map((u, i) => asUnit(u, `units.${d}.units.${i}`)),
    }),
  );
  loose.forEach((u, i) => units.push(asUnit(u, `units.${districts.size + i}`)));
  return { units, rowAt };
}

/** An engine issue of the aggregate at its cell: a unit's at the cell of the row it came from. */
function placeIssue(
  issue: InputIssue,
  rowAt: ReadonlyMap<string, { row: UnitRow; level: Level }>,
  unitSets: { readonly [L in Level]?: CriteriaSet },
  own: UnitRow | undefined,
  setId: string,
): ReportIssue {
  const at = issue.path.indexOf('inputs');
  const prefix = at >= 0 ? issue.path.slice(0, at + 2).join('.') : '';
  const source = at >= 0 ? rowAt.get(prefix) : undefined;
  if (source) {
    const rest = { ...issue, path: issue.path.slice(at + 2) };
    return {
      ...fromEngineIssue(rest, source.row, unitSets[source.level]?.id),
      vi: formatMessage(issue, 'vi'),
      en: formatMessage(issue, 'en'),
    };
  }
  // The aggregate's own data (or the unit tree itself): under the aggregate's set.
  if (own && !issue.path.some((p) => p === 'units')) return { ...fromEngineIssue(issue, own), set: setId };
  return {
    cell: issue.path.join('.'),
    set: setId,
    code: issue.code,
    expected: issue.expected,
    ...(expectedOf(issue) ? { expectedText: expectedOf(issue)! } : {}),
    received: issue.received,
    vi: formatMessage(issue, 'vi'),
    en: formatMessage(issue, 'en'),
  };
}

/**
 * Why a unit stands where it does, through `formatMessage`, with the level named as officials
 * name it: the core's sentences for "no data at this level" print the level's id (`commune-advanced`).
 */
function standingText(reason: StandingReason, lang: Lang): string {
  const params = reason.params as { level?: Level };
  if (params.level === undefined || !(params.level in LEVEL_NAMES)) return formatMessage(reason, lang);
  return formatMessage({ ...reason, params: { ...params, level: tr(LEVEL_NAMES[params.level], lang) } } as unknown as StandingReason, lang);
}

/** The aggregate's own tables: its verdict and criteria, each condition with its units, the units' standings. */
function aggregateTables(
  result: AggregateResult,
  set: CriteriaSet,
  name: string,
  on: string,
  unitSets: { readonly [L in Level]?: CriteriaSet },
  lang: Lang,
): ReportTable[] {
  const rows: (string | number)[][] = [
    [tr({ vi: 'Đơn vị', en: 'Unit' }, lang), name],
    [tr({ vi: 'Bộ tiêu chí', en: 'Criteria set' }, lang), `${set.id} (${set.version})`],
    [tr({ vi: 'Ngày đánh giá', en: 'Assessment date' }, lang), on],
    ...(Object.entries(unitSets) as [Level, CriteriaSet | undefined][]).map(([level, s]) => [
      `${tr({ vi: 'Bộ cho cấp', en: 'Set for level' }, lang)}: ${tr(LEVEL_NAMES[level], lang)}`,
      s ? `${s.id} (${s.version})` : '—',
    ]),
    [tr({ vi: 'Kết luận', en: 'Verdict' }, lang), verdictText(result.status, lang)],
    [tr({ vi: 'Số tiêu chí đạt', en: 'Criteria met' }, lang), `${result.metCount}/${result.total}`],
    [tr({ vi: 'Xét công nhận', en: 'Recognition' }, lang), verdictText(result.recognition, lang)],
    ...result.criteria.map((c) => [
      `${tr({ vi: 'Tiêu chí', en: 'Criterion' }, lang)} ${c.number ?? c.id}: ${tr(c.name, lang)}`,
      criterionText(c.status, lang),
    ]),
  ];
  const conditions: ReportTable = {
    name: tr({ vi: 'Điều kiện', en: 'Conditions' }, lang),
    header: [
      tr({ vi: 'Điều kiện', en: 'Condition' }, lang),
      tr({ vi: 'Trạng thái', en: 'Status' }, lang),
      tr({ vi: 'Lý do', en: 'Reason' }, lang),
      tr({ vi: 'Đơn vị chưa đạt', en: 'Failing units' }, lang),
      tr({ vi: 'Đơn vị chưa xác định', en: 'Undecided units' }, lang),
    ],
    rows: result.conditions.map((c) => [
      tr(c.text, lang),
      c.status === 'unknown-target' ? tr({ vi: 'Chưa rõ mục tiêu', en: 'Target unknown' }, lang) : verdictText(c.status, lang),
      formatMessage(c.reason, lang),
      (c.failingUnits ?? []).join(', '),
      (c.undecidedUnits ?? []).join(', '),
    ]),
  };
  const standings: ReportTable = {
    name: tr({ vi: 'Đơn vị cấp dưới', en: 'Sub-units' }, lang),
    header: [
      tr({ vi: 'Mã', en: 'Id' }, lang),
      tr({ vi: 'Tên', en: 'Name' }, lang),
      tr({ vi: 'Loại', en: 'Kind' }, lang),
      tr({ vi: 'Thuộc', en: 'Parent' }, lang),
      tr({ vi: 'Cấp', en: 'Level' }, lang),
      tr({ vi: 'Kết luận', en: 'Verdict' }, lang),
      tr({ vi: 'Căn cứ', en: 'Basis' }, lang),
    ],
    rows: result.units.flatMap((u) =>
      u.standings.map((s) => [
        u.id,
        u.name ?? '',
        kindText(u.kind, lang),
        u.parent ?? '',
        tr(LEVEL_NAMES[s.level], lang),
        verdictText(s.verdict, lang),
        standingText(s.reason, lang),
      ]),
    ),
  };
  const plan: ReportTable = {
    name: tr({ vi: 'Kế hoạch đơn vị', en: 'Aggregate plan' }, lang),
    header: [tr({ vi: 'Loại', en: 'Kind' }, lang), tr({ vi: 'Việc cần làm', en: 'What to do' }, lang)],
    rows: planOf(result, set).map((l) => [tr(PLAN_KINDS[l.kind], lang), l[lang]]),
  };
  return [
    {
      name: tr({ vi: 'Đơn vị tổng hợp', en: 'Aggregate' }, lang),
      header: [tr({ vi: 'Mục', en: 'Item' }, lang), tr({ vi: 'Giá trị', en: 'Value' }, lang)],
      rows,
    },
    conditions,
    standings,
    plan,
  ];
}

/**
 * `ntm aggregate <units>`: a district's or province's verdict from its units' rows. The
 * units are re-evaluated under the sets in force on the assessment date (`--on`, by default
 * the first day of the set), and the set's conditions on them (e.g. every commune meets the
 * commune set) are applied; the report holds the aggregate, its conditions with the units that
 * block them, and every unit's own result.
 * @example
 * // Not run: reads xa-tam-dao.xlsx and writes huyen.xlsx
 * runAggregate(['xa-tam-dao.xlsx'], { set: 'district-2016-2020', on: '2021-10-11', province: 'vinh-phuc', output: 'huyen.xlsx' });
 */
export function runAggregate(files: readonly string[], flags: AggregateFlags): number {
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
  // A sheet that names no level is the form of the first level counted (communes for a district).
  const mainLevel = LEVELS.find((l) => levels.includes(l))!;
  const reading = readUnitLevels(files, unitSets, mainLevel, { lang, ...(flags.sheet !== undefined ? { sheet: flags.sheet } : {}) });
  const progress = createProgress(process.stderr, flags.json !== true);
  // Each level's rows evaluated one at a time for the report (verdict, counts, indicators, plan).
  const levelReports = new Map<Level, Report>();
  const withRows = LEVELS.filter((l) => (reading.rows.get(l)?.length ?? 0) > 0 && unitSets[l] !== undefined);
  const total = withRows.reduce((n, l) => n + reading.rows.get(l)!.length, 0);
  let done = 0;
  for (const level of withRows) {
    const rows = reading.rows.get(level)!;
    // The level's sheet issues count in each unit's row; the report's issue list is built below, once.
    const sheetIssues = reading.issues.filter((i) => i.set === unitSets[level]!.id);
    levelReports.set(
      level,
      evaluateUnits(unitSets[level]!, rows, sheetIssues, place, { nameSet: true, onProgress: (d) => progress.update(done + d, total) }),
    );
    done += rows.length;
  }
  progress.done();
  const own = flags.values !== undefined ? readUnitsFile(flags.values, set, { lang }) : undefined;
  const ownRow = own?.units[0];
  const nest = levels.some((l) => unitKindOf(l) === 'district');
  const { units, rowAt } = aggregateUnits(mergeUnits(reading.rows), nest);
  // The aggregate keeps each unit's verdicts only (the engine's default): the units' own
  // results, indicators and plans are in the level reports above.
  const { result } = safeEvaluateAggregate(set, {
    ...place,
    ...(ownRow ? { ...ownRow.input, ...place } : {}),
    units,
    unitSets,
  });
  const name = flags.name ?? tr(set.title, lang);
  const extra = aggregateTables(result, set, name, on, Object.fromEntries(levels.map((l) => [l, unitSets[l]])), lang);
  const mainReport = levelReports.get(mainLevel) ?? levelReports.values().next().value;
  const others = [...levelReports].filter(([, r]) => r !== mainReport);
  const levelTables = others.flatMap(([level, r]) => {
    const suffix = ` – ${tr(LEVEL_SHORT[level], lang)}`;
    return [
      { ...resultsTable(r, lang), name: `${tableName('results', lang)}${suffix}` },
      { ...planTable(r, lang), name: `${tableName('plan', lang)}${suffix}` },
    ];
  });
  const issues: ReportIssue[] = [
    ...chosen.issues,
    ...(own?.issues ?? []).map((i) => fromSheetIssue(i)),
    ...reading.issues,
    ...result.issues.map((i) => placeIssue(i, rowAt, unitSets, ownRow, set.id)),
  ];
  const base: Report = mainReport ?? {
    set: unitSets[mainLevel] ?? set,
    units: [],
    issues: [],
    summary: summaryOf([], unitSets[mainLevel] ?? set),
  };
  const full: Report = { ...base, issues };
  const written =
    flags.output !== undefined
      ? writeReport(
          full,
          flags.output,
          { force: flags.force === true, lang },
          {
            tables: [...extra, ...levelTables],
            issueSets: true,
            json: { aggregate: result, levels: Object.fromEntries(others.map(([level, r]) => [level, reportJson(r).units])) },
          },
        )
      : [];
  if (flags.json) {
    process.stdout.write(
      `${JSON.stringify({ wrote: written, aggregate: { setId: result.setId, status: result.status, recognition: result.recognition, metCount: result.metCount, total: result.total, conditions: result.conditions, units: result.units }, issues: full.issues })}\n`,
    );
  } else {
    const lines = [
      say('aggregateVerdict', lang, {
        name,
        verdict: verdictText(result.status, lang),
        met: result.metCount,
        total: result.total,
        recognition: verdictText(result.recognition, lang),
      }),
      ...result.conditions.filter((c) => c.status !== 'met').map((c) => `- ${tr(c.text, lang)}: ${formatMessage(c.reason, lang)}`),
      ...issueLines(full.issues, lang),
      ...written.map((path) => say('wrote', lang, { path })),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return full.issues.length > 0 ? 1 : 0;
}
