import type { CriteriaSet } from '@ntm/criteria';
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
  return H[key][lang];
}

function columnOf(unit: Report['units'][number]): string {
  const { column } = unit.result.column;
  return column === null || column === 'all' ? '' : column;
}

/**
 * The summary: the set, units by criteria met in the officials' bands, averages, and the same
 * per province and district when the rows name them.
 * @example
 * summaryTable(report, 'vi').rows[0]; // ['Bộ tiêu chí', 'commune-2021-2025 (318/QĐ-TTg)']
 */
export function summaryTable(report: Report, lang: Lang): ReportTable {
  const s = report.summary;
  const vi = lang === 'vi';
  const rows: (string | number)[][] = [
    [vi ? 'Bộ tiêu chí' : 'Criteria set', `${report.set.id} (${report.set.version})`],
    [vi ? 'Tên bộ' : 'Title', report.set.title[lang]],
    [vi ? 'Số đơn vị' : 'Units', s.units],
    [vi ? 'Số tiêu chí' : 'Criteria', s.criteriaCount],
  ];
  for (const bin of s.bins) rows.push([`${vi ? 'Đạt' : 'Meeting'} ${bin.label[lang]} ${vi ? 'tiêu chí' : 'criteria'}`, bin.count]);
  rows.push(
    [vi ? 'Bình quân tiêu chí đạt/đơn vị' : 'Average criteria met per unit', round2(s.averageCriteriaMet)],
    [vi ? 'Đạt chuẩn (đủ tiêu chí)' : 'Meeting all criteria', s.meetingAll],
    [vi ? 'Đủ điều kiện đề nghị công nhận' : 'Recognisable', s.recognisable],
    [vi ? 'Đã được công nhận' : 'Recognised', s.recognised],
    [vi ? 'Số vấn đề trong dữ liệu' : 'Input issues', report.issues.length],
    [vi ? 'Chỉ tiêu chưa rõ mục tiêu (chưa đánh giá được)' : 'Indicators whose target is unknown (cannot be judged)', unknownTargets(report).join(', ')],
  );
  for (const group of [...s.byProvince.map((p) => ({ label: p.province, g: p })), ...s.byDistrict.map((d) => ({ label: d.district, g: d }))]) {
    rows.push([
      group.label,
      `${group.g.units} ${vi ? 'đơn vị' : 'units'}; ${group.g.meetingAll} ${vi ? 'đạt chuẩn' : 'meeting all'}; ${vi ? 'bình quân' : 'average'} ${numberText(round2(group.g.averageCriteriaMet), lang)}; ${group.g.bins
        .map((b) => `${b.label[lang]}: ${b.count}`)
        .join(', ')}`,
    ]);
  }
  return { name: tableName('summary', lang), header: [vi ? 'Mục' : 'Item', vi ? 'Giá trị' : 'Value'], rows };
}

/** The indicators whose target is unknown for some unit, in set order: the same for many units, so listed once. */
function unknownTargets(report: Report): string[] {
  const seen = new Set<string>();
  for (const u of report.units) for (const code of u.result.unknownTargets) seen.add(code);
  return report.set.criteria.flatMap((c) => c.indicators.map((i) => i.code)).filter((code) => seen.has(code));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Every unit in one row: verdict, criteria met of total, each criterion's status, the gap plan.
 * @example
 * resultsTable(report, 'en').header.slice(0, 4); // ['No.', 'Unit id', 'Name', 'Sheet row']
 */
export function resultsTable(report: Report, lang: Lang): ReportTable {
  const vi = lang === 'vi';
  const set: CriteriaSet = report.set;
  const header = [
    vi ? 'STT' : 'No.',
    vi ? 'Mã' : 'Unit id',
    vi ? 'Tên' : 'Name',
    vi ? 'Hàng' : 'Sheet row',
    vi ? 'Cột mục tiêu' : 'Target column',
    vi ? 'Kết luận' : 'Verdict',
    vi ? 'Số tiêu chí đạt' : 'Criteria met',
    vi ? 'Tổng số tiêu chí' : 'Criteria',
    vi ? 'Đạt/tổng' : 'Met/total',
    ...set.criteria.map((c) => `${vi ? 'TC' : 'C'} ${c.number ?? c.id}`),
    vi ? 'Xét công nhận' : 'Recognition',
    vi ? 'Kế hoạch' : 'Gap plan',
    vi ? 'Số vấn đề' : 'Issues',
  ];
  const rows = report.units.map((u, i) => [
    i + 1,
    u.id,
    u.name ?? '',
    u.sheet !== undefined && u.row !== undefined ? `${u.sheet}!${u.row}` : '',
    columnOf(u),
    verdictText(u.result.status, lang),
    u.result.metCount,
    u.result.total,
    `${u.result.metCount}/${u.result.total}`,
    ...set.criteria.map((c) => {
      const r = u.result.criteria.find((x) => x.id === c.id);
      return r ? criterionText(r.status, lang) : '';
    }),
    verdictText(u.result.recognition, lang),
    u.plan.filter((p) => p.kind === 'gap' || p.kind === 'condition').map((p) => p[lang]).join('\n'),
    u.issues.length,
  ]);
  return { name: tableName('results', lang), header, rows };
}

/**
 * Every indicator of every unit, one row each: status, actual, target, where the target comes
 * from, and the plan line for it.
 * @example
 * indicatorsTable(report, 'vi').rows.length; // units × indicators
 */
export function indicatorsTable(report: Report, lang: Lang): ReportTable {
  const vi = lang === 'vi';
  const header = [
    vi ? 'Mã đơn vị' : 'Unit id',
    vi ? 'Tên' : 'Name',
    vi ? 'Tiêu chí' : 'Criterion',
    vi ? 'Mã chỉ tiêu' : 'Code',
    vi ? 'Trạng thái' : 'Status',
    vi ? 'Thực tế' : 'Actual',
    vi ? 'Mục tiêu' : 'Target',
    vi ? 'Nguồn mục tiêu' : 'Target source',
    vi ? 'Kế hoạch' : 'Gap plan',
  ];
  const rows: (string | number)[][] = [];
  for (const u of report.units) {
    const plan = new Map(u.plan.filter((p) => p.code !== undefined && p.kind === 'gap').map((p) => [p.code!, p[lang]]));
    for (const c of u.result.criteria) {
      for (const r of c.indicators) {
        rows.push([
          u.id,
          u.name ?? '',
          String(c.number ?? c.id),
          r.code,
          indicatorText(r.status, lang),
          actualText(r, lang),
          targetOf(r, lang),
          r.override ? `${r.override.by}${r.override.source ? ` (${r.override.source})` : ''}` : r.source.document,
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
 * indicatorsWideTable(report, 'vi').header.slice(0, 5); // ['Mã đơn vị', 'Tên', '1.1 · Trạng thái', '1.1 · Thực tế', '1.1 · Mục tiêu']
 */
export function indicatorsWideTable(report: Report, lang: Lang): ReportTable {
  const vi = lang === 'vi';
  const codes = report.set.criteria.flatMap((c) => c.indicators.map((i) => i.code));
  const parts = vi ? ['Trạng thái', 'Thực tế', 'Mục tiêu'] : ['Status', 'Actual', 'Target'];
  const header = [vi ? 'Mã đơn vị' : 'Unit id', vi ? 'Tên' : 'Name', ...codes.flatMap((code) => parts.map((p) => `${code} · ${p}`))];
  const rows = report.units.map((u) => {
    const byCode = new Map(u.result.criteria.flatMap((c) => c.indicators).map((r) => [r.code, r]));
    return [
      u.id,
      u.name ?? '',
      ...codes.flatMap((code) => {
        const r = byCode.get(code);
        return r ? [indicatorText(r.status, lang), actualText(r, lang), targetOf(r, lang)] : ['', '', ''];
      }),
    ];
  });
  return { name: tableName('indicators', lang), header, rows };
}

/**
 * Every line of every unit's gap plan.
 * @example
 * planTable(report, 'vi').rows[0]; // ['X01', 'Hồ Sơn', '17', '17.1', '…']
 */
export function planTable(report: Report, lang: Lang): ReportTable {
  const vi = lang === 'vi';
  const rows: (string | number)[][] = [];
  const kinds = {
    gap: { vi: 'Thiếu hụt', en: 'Shortfall' },
    condition: { vi: 'Điều kiện', en: 'Condition' },
    data: { vi: 'Cần số liệu', en: 'Data to collect' },
    target: { vi: 'Chưa rõ mục tiêu', en: 'Target to obtain' },
  } as const;
  for (const u of report.units) for (const p of u.plan) rows.push([u.id, u.name ?? '', kinds[p.kind][lang], p.criterionId ?? '', p.code ?? '', p[lang]]);
  return {
    name: tableName('plan', lang),
    header: [vi ? 'Mã đơn vị' : 'Unit id', vi ? 'Tên' : 'Name', vi ? 'Loại' : 'Kind', vi ? 'Tiêu chí' : 'Criterion', vi ? 'Mã chỉ tiêu' : 'Code', vi ? 'Việc cần làm' : 'What to do'],
    rows,
  };
}

/**
 * Every input issue with its cell and both messages.
 * @example
 * issuesTable(report, 'en').header; // ['Cell', 'Unit', 'Indicator', 'Code', 'Expected', 'Received', 'Tiếng Việt', 'English']
 */
export function issuesTable(report: Report, lang: Lang): ReportTable {
  const vi = lang === 'vi';
  return {
    name: tableName('issues', lang),
    header: [
      vi ? 'Ô' : 'Cell',
      vi ? 'Đơn vị' : 'Unit',
      vi ? 'Chỉ tiêu' : 'Indicator',
      vi ? 'Mã lỗi' : 'Code',
      vi ? 'Cần' : 'Expected',
      vi ? 'Nhận được' : 'Received',
      'Tiếng Việt',
      'English',
    ],
    rows: report.issues.map((i) => [i.cell, i.unit ?? '', i.indicator ?? '', i.code, i.expected, i.received, i.vi, i.en]),
  };
}
