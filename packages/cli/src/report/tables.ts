import { COMMUNE_GROUPS, REGIONS, type CriteriaSet, type Region } from '@ntm/criteria';
import { tr } from '../lang.js';
import type { Lang } from '../lang.js';
import { actualText, criterionText, indicatorText, numberText, targetOf, verdictText } from './labels.js';
import type { Report } from './model.js';

/** A table of a report: a header and rows of plain cells, shared by every output format. */
export interface ReportTable {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

const H = {
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  results: { vi: 'Kết quả', en: 'Results' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  issues: { vi: 'Vấn đề', en: 'Issues' },
} as const;

/**
 * The name of a report table in a language.
 * @example
 * tableName('issues', 'vi'); // 'Vấn đề'
 */
export function tableName(key: keyof typeof H, lang: Lang): string {
  return tr(H[key], lang);
}

/** The target column a unit was judged in, as officials name it: the region ("Đồng bằng sông Hồng") or the commune group ("Nhóm 2"). */
function columnOf(unit: Report['units'][number], lang: Lang): string {
  const { column } = unit;
  if (column === null || column === 'all') return '';
  const region = (REGIONS as Record<string, Region | undefined>)[column];
  if (region) return tr(region.name, lang);
  const group = (COMMUNE_GROUPS as Record<string, { readonly number: number } | undefined>)[column];
  return group ? `${tr({ vi: 'Nhóm', en: 'Group' }, lang)} ${group.number}` : column;
}

/**
 * The summary: the set, units by criteria met in the officials' bands, averages, and the same
 * per province and district when the rows name them.
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * summaryTable(report, 'vi').rows[0]; // ['Bộ tiêu chí', 'commune-2021-2025 (318/QĐ-TTg)']
 */
export function summaryTable(report: Report, lang: Lang): ReportTable {
  const s = report.summary;
  const rows: (string | number)[][] = [
    [tr({ vi: 'Bộ tiêu chí', en: 'Criteria set' }, lang), `${report.set.id} (${report.set.version})`],
    [tr({ vi: 'Tên bộ', en: 'Title' }, lang), tr(report.set.title, lang)],
    [tr({ vi: 'Số đơn vị', en: 'Units' }, lang), s.units],
    [tr({ vi: 'Số tiêu chí', en: 'Criteria' }, lang), s.criteriaCount],
  ];
  for (const bin of s.bins)
    rows.push([
      `${tr({ vi: 'Đạt', en: 'Meeting' }, lang)} ${tr(bin.label, lang)} ${tr({ vi: 'tiêu chí', en: 'criteria' }, lang)}`,
      bin.count,
    ]);
  rows.push(
    [tr({ vi: 'Bình quân tiêu chí đạt/đơn vị', en: 'Average criteria met per unit' }, lang), round2(s.averageCriteriaMet)],
    [tr({ vi: 'Đạt chuẩn (đủ tiêu chí)', en: 'Meeting all criteria' }, lang), s.meetingAll],
    [tr({ vi: 'Đủ điều kiện đề nghị công nhận', en: 'Recognisable' }, lang), s.recognisable],
    [tr({ vi: 'Đã được công nhận', en: 'Recognised' }, lang), s.recognised],
    [tr({ vi: 'Số vấn đề trong dữ liệu', en: 'Input issues' }, lang), report.issues.length],
    [
      tr({ vi: 'Chỉ tiêu chưa rõ mục tiêu (chưa đánh giá được)', en: 'Indicators whose target is unknown (cannot be judged)' }, lang),
      unknownTargets(report).join(', '),
    ],
  );
  for (const group of [
    ...s.byProvince.map((p) => ({ label: p.province, g: p })),
    ...s.byDistrict.map((d) => ({ label: d.district, g: d })),
  ]) {
    rows.push([
      group.label,
      `${group.g.units} ${tr({ vi: 'đơn vị', en: 'units' }, lang)}; ${group.g.meetingAll} ${tr({ vi: 'đạt chuẩn', en: 'meeting all' }, lang)}; ${tr({ vi: 'bình quân', en: 'average' }, lang)} ${numberText(round2(group.g.averageCriteriaMet), lang)}; ${group.g.bins
        .map((b) => `${tr(b.label, lang)}: ${b.count}`)
        .join(', ')}`,
    ]);
  }
  return {
    name: tableName('summary', lang),
    header: [tr({ vi: 'Mục', en: 'Item' }, lang), tr({ vi: 'Giá trị', en: 'Value' }, lang)],
    rows,
  };
}

/** The indicators whose target is unknown for some unit, in set order: the same for many units, so listed once. */
function unknownTargets(report: Report): string[] {
  const seen = new Set<string>();
  for (const u of report.units) for (const code of u.unknownTargets) seen.add(code);
  return report.set.criteria.flatMap((c) => c.indicators.map((i) => i.code)).filter((code) => seen.has(code));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Every unit in one row: verdict, criteria met of total, each criterion's status, the gap plan.
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * resultsTable(report, 'en').header.slice(0, 4); // ['No.', 'Unit id', 'Name', 'Sheet row']
 */
export function resultsTable(report: Report, lang: Lang): ReportTable {
  const set: CriteriaSet = report.set;
  const header = [
    tr({ vi: 'STT', en: 'No.' }, lang),
    tr({ vi: 'Mã', en: 'Unit id' }, lang),
    tr({ vi: 'Tên', en: 'Name' }, lang),
    tr({ vi: 'Hàng', en: 'Sheet row' }, lang),
    tr({ vi: 'Cột mục tiêu', en: 'Target column' }, lang),
    tr({ vi: 'Kết luận', en: 'Verdict' }, lang),
    tr({ vi: 'Số tiêu chí đạt', en: 'Criteria met' }, lang),
    tr({ vi: 'Tổng số tiêu chí', en: 'Criteria' }, lang),
    tr({ vi: 'Đạt/tổng', en: 'Met/total' }, lang),
    ...set.criteria.map((c) => `${tr({ vi: 'TC', en: 'C' }, lang)} ${c.number ?? c.id}`),
    tr({ vi: 'Xét công nhận', en: 'Recognition' }, lang),
    tr({ vi: 'Kế hoạch', en: 'Gap plan' }, lang),
    tr({ vi: 'Số vấn đề', en: 'Issues' }, lang),
  ];
  const rows = report.units.map((u, i) => [
    i + 1,
    u.id,
    u.name ?? '',
    u.sheet !== undefined && u.row !== undefined ? `${u.sheet}!${u.row}` : '',
    columnOf(u, lang),
    verdictText(u.status, lang),
    u.metCount,
    u.total,
    `${u.metCount}/${u.total}`,
    ...set.criteria.map((c) => {
      const r = u.criteria.find((x) => x.id === c.id);
      return r ? criterionText(r.status, lang) : '';
    }),
    verdictText(u.recognition, lang),
    u.plan
      .filter((p) => p.kind === 'gap' || p.kind === 'condition')
      .map((p) => p[lang])
      .join('\n'),
    u.issues.length,
  ]);
  return { name: tableName('results', lang), header, rows };
}

/**
 * Every indicator of every unit, one row each: status, actual, target, where the target comes
 * from, and the plan line for it.
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * indicatorsTable(report, 'vi').rows.length; // 112: 2 units × 56 indicators
 */
export function indicatorsTable(report: Report, lang: Lang): ReportTable {
  const header = [
    tr({ vi: 'Mã đơn vị', en: 'Unit id' }, lang),
    tr({ vi: 'Tên', en: 'Name' }, lang),
    tr({ vi: 'Tiêu chí', en: 'Criterion' }, lang),
    tr({ vi: 'Mã chỉ tiêu', en: 'Code' }, lang),
    tr({ vi: 'Trạng thái', en: 'Status' }, lang),
    tr({ vi: 'Thực tế', en: 'Actual' }, lang),
    tr({ vi: 'Mục tiêu', en: 'Target' }, lang),
    tr({ vi: 'Nguồn mục tiêu', en: 'Target source' }, lang),
    tr({ vi: 'Kế hoạch', en: 'Gap plan' }, lang),
  ];
  const rows: (string | number)[][] = [];
  for (const u of report.units) {
    const plan = new Map(u.plan.filter((p) => p.code !== undefined && p.kind === 'gap').map((p) => [p.code!, p[lang]]));
    for (const c of u.criteria) {
      for (const r of c.indicators) {
        rows.push([
          u.id,
          u.name ?? '',
          String(c.number ?? c.id),
          r.code,
          indicatorText(r.status, lang),
          actualText(r, lang),
          targetOf(r, lang),
          r.override ?? r.source,
          plan.get(r.code) ?? '',
        ]);
      }
    }
  }
  return { name: tableName('indicators', lang), header, rows };
}

/**
 * Every indicator of every unit in one row per unit: for each indicator its status, actual and
 * target (three columns), compact enough for 10,000 communes in one sheet.
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * indicatorsWideTable(report, 'vi').header.slice(0, 5); // ['Mã đơn vị', 'Tên', '1.1 · Trạng thái', '1.1 · Thực tế', '1.1 · Mục tiêu']
 */
export function indicatorsWideTable(report: Report, lang: Lang): ReportTable {
  const codes = report.set.criteria.flatMap((c) => c.indicators.map((i) => i.code));
  const parts = [
    tr({ vi: 'Trạng thái', en: 'Status' }, lang),
    tr({ vi: 'Thực tế', en: 'Actual' }, lang),
    tr({ vi: 'Mục tiêu', en: 'Target' }, lang),
  ];
  const header = [
    tr({ vi: 'Mã đơn vị', en: 'Unit id' }, lang),
    tr({ vi: 'Tên', en: 'Name' }, lang),
    ...codes.flatMap((code) => parts.map((p) => `${code} · ${p}`)),
  ];
  // Where each code's three columns are (a code listed twice has two places); one row array per
  // unit, filled in place (10,000 rows of 170 cells): a later result of a code wins, as in a Map.
  const places = new Map<string, number[]>();
  codes.forEach((code, k) => {
    const list = places.get(code) ?? [];
    list.push(2 + 3 * k);
    places.set(code, list);
  });
  const rows = report.units.map((u) => {
    const row: string[] = new Array<string>(2 + 3 * codes.length).fill('');
    row[0] = u.id;
    row[1] = u.name ?? '';
    for (const c of u.criteria)
      for (const r of c.indicators) {
        const at = places.get(r.code);
        if (at === undefined) continue;
        const status = indicatorText(r.status, lang);
        const actual = actualText(r, lang);
        const target = targetOf(r, lang);
        for (const p of at) {
          row[p] = status;
          row[p + 1] = actual;
          row[p + 2] = target;
        }
      }
    return row;
  });
  return { name: tableName('indicators', lang), header, rows };
}

/**
 * The kinds of plan lines as a report names them.
 * @example
 * tr(PLAN_KINDS.gap, 'vi'); // 'Thiếu hụt'
 */
export const PLAN_KINDS = {
  gap: { vi: 'Thiếu hụt', en: 'Shortfall' },
  condition: { vi: 'Điều kiện', en: 'Condition' },
  data: { vi: 'Cần số liệu', en: 'Data to collect' },
  target: { vi: 'Chưa rõ mục tiêu', en: 'Target to obtain' },
} as const;

/**
 * Every line of every unit's gap plan.
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * planTable(report, 'vi').rows[0]; // ['Hồ Sơn', 'Hồ Sơn', 'Điều kiện', '', '', 'Điều kiện "Đáp ứng đầy đủ …": còn 19 tiêu chí chưa đạt']
 */
export function planTable(report: Report, lang: Lang): ReportTable {
  const rows: (string | number)[][] = [];
  for (const u of report.units)
    for (const p of u.plan) rows.push([u.id, u.name ?? '', tr(PLAN_KINDS[p.kind], lang), p.criterionId ?? '', p.code ?? '', p[lang]]);
  return {
    name: tableName('plan', lang),
    header: [
      tr({ vi: 'Mã đơn vị', en: 'Unit id' }, lang),
      tr({ vi: 'Tên', en: 'Name' }, lang),
      tr({ vi: 'Loại', en: 'Kind' }, lang),
      tr({ vi: 'Tiêu chí', en: 'Criterion' }, lang),
      tr({ vi: 'Mã chỉ tiêu', en: 'Code' }, lang),
      tr({ vi: 'Việc cần làm', en: 'What to do' }, lang),
    ],
    rows,
  };
}

/**
 * Every input issue with its cell and both messages.
 * @example
 * const report = evaluateUnits(commune318, readUnits(unitsCsv, commune318, { format: 'csv' }).units, [], { year: 2024 });
 * issuesTable(report, 'en').header; // ['Cell', 'Unit', 'Indicator', 'Code', 'Expected', 'Received', 'Tiếng Việt', 'English']
 */
export function issuesTable(report: Report, lang: Lang, options: { readonly sets?: boolean } = {}): ReportTable {
  return {
    name: tableName('issues', lang),
    header: [
      tr({ vi: 'Ô', en: 'Cell' }, lang),
      tr({ vi: 'Đơn vị', en: 'Unit' }, lang),
      tr({ vi: 'Chỉ tiêu', en: 'Indicator' }, lang),
      tr({ vi: 'Mã lỗi', en: 'Code' }, lang),
      tr({ vi: 'Cần', en: 'Expected' }, lang),
      tr({ vi: 'Nhận được', en: 'Received' }, lang),
      'Tiếng Việt',
      'English',
      // An aggregate's issues come from several sets (communes, advanced communes…): each names its own.
      ...(options.sets ? [tr({ vi: 'Bộ tiêu chí', en: 'Criteria set' }, lang)] : []),
    ],
    rows: report.issues.map((i) => [
      i.cell,
      i.unit ?? '',
      i.indicator ?? '',
      i.code,
      i.expectedText?.[lang] ?? i.expected,
      i.received,
      i.vi,
      i.en,
      ...(options.sets ? [i.set ?? ''] : []),
    ]),
  };
}
