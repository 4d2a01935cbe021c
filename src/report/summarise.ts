import { describe } from '../_lib/did-you-mean.js';
import { isRefusal, readOwn, readOwnList, type OwnRecord } from '../_lib/read-own.js';
import type { InputIssue, InputIssueCode } from '../evaluate/issue.js';
import { issue } from '../evaluate/make-issue.js';
import type { LocalizedText } from '../model/text.js';
import type { EvaluationResult } from '../evaluate/result.js';

/**
 * One unit in a report: its result (a full `EvaluationResult`, or just the four fields a
 * report reads, as an app may store them), where it is, and whether it was officially
 * recognised (a decision the caller supplies; the library never infers it).
 * @example
 * const row: ReportRow = { id: 'ho-son', district: 'Tam Đảo', province: 'Vĩnh Phúc', result, recognised: true };
 */
export interface ReportRow {
  readonly id: string;
  readonly district?: string;
  readonly province?: string;
  readonly result: Pick<EvaluationResult, 'metCount' | 'total' | 'meetsAllCriteria' | 'recognisable'>;
  /** Officially recognised (công nhận) by the competent authority, as the caller records it. */
  readonly recognised?: boolean;
}

/**
 * A band of "criteria met" counts, inclusive, with its label.
 * @example
 * const band: CriteriaBand = { min: 15, max: 18, label: { vi: '15–18', en: '15–18' } };
 */
export interface CriteriaBand {
  readonly min: number;
  readonly max: number;
  readonly label: LocalizedText;
}

/**
 * A band with the number of units in it.
 * @example
 * summariseResults(rows).bins[0]; // { min: 19, max: 19, label: { vi: '19', en: '19' }, count: 1 }
 */
export interface CriteriaBin extends CriteriaBand {
  readonly count: number;
}

/**
 * Counts over a group of units.
 * @example
 * const { units, averageCriteriaMet, meetingAll, recognised } = summariseResults(rows);
 */
export interface Summary {
  readonly units: number;
  /** Units by number of criteria met, highest band first. */
  readonly bins: readonly CriteriaBin[];
  /** Criteria met, summed over the units. */
  readonly criteriaMet: number;
  /** `criteriaMet / units` (0 for no units); a plain float, for display. */
  readonly averageCriteriaMet: number;
  /** Units meeting every criterion (`meetsAllCriteria`). */
  readonly meetingAll: number;
  /** Units whose recognition conditions hold as well (`recognisable`). */
  readonly recognisable: number;
  /** Units the caller marks as officially recognised. */
  readonly recognised: number;
}

/**
 * A report: the whole population, then per district and per province (in order of first appearance).
 * @example
 * const report: SummaryReport = summariseResults(rows);
 * report.byProvince.map((p) => `${p.province}: ${p.meetingAll}/${p.units}`); // ['Vĩnh Phúc: 1/3']
 */
export interface SummaryReport extends Summary {
  readonly criteriaCount: number;
  /**
   * Rows that could not be counted (a count that is NaN, text, infinite, fractional, negative,
   * above its total or above `MAX_CRITERIA_COUNT`; a flag that is not a boolean; a row that is
   * not plain data), one issue per problem, with the row's index in `path`. Such a row is left
   * out of every count, so it can never be mis-banded.
   */
  readonly issues: readonly InputIssue[];
  readonly byDistrict: readonly (Summary & { readonly district: string; readonly province?: string })[];
  readonly byProvince: readonly (Summary & { readonly province: string })[];
}

/**
 * The bands officials report communes in, for a set of `criteriaCount` criteria. For the 19
 * commune criteria they are the published ones: 19, 15–18, 10–14, 5–9, under 5. For another
 * count the same cut points are kept relative to the top (all; missing 1–4; missing 5–9)
 * and at the bottom (under 5), dropping any that fall outside or coincide: 11 criteria give
 * 11, 7–10, 5–6, under 5; 9 criteria give 9, 5–8, under 5.
 * @example
 * criteriaBands(19).map((b) => b.label.en); // ['19', '15–18', '10–14', '5–9', 'under 5']
 */
export function criteriaBands(criteriaCount: number): readonly CriteriaBand[] {
  const n = Math.max(0, Math.floor(criteriaCount));
  const cuts = [n, n - 4, n - 9 > 5 ? n - 9 : -1, 5 < n - 4 ? 5 : -1, 0];
  const lows = [...new Set(cuts.filter((c) => c >= 0 && c <= n))].sort((a, b) => b - a);
  const bands: CriteriaBand[] = [];
  let max = n;
  for (const min of lows) {
    if (min > max) continue;
    bands.push({ min, max, label: labelOf(min, max) });
    max = min - 1;
  }
  return bands;
}

function labelOf(min: number, max: number): LocalizedText {
  if (min === max) return { vi: String(min), en: String(min) };
  if (min === 0) return { vi: `dưới ${max + 1}`, en: `under ${max + 1}` };
  return { vi: `${min}–${max}`, en: `${min}–${max}` };
}

/**
 * The largest criteria count a report accepts (sets have at most 19 criteria): a stored row
 * with a huge `total` is an issue, not a band table of a billion entries.
 * @example
 * MAX_CRITERIA_COUNT; // 1000
 */
export const MAX_CRITERIA_COUNT = 1000;

/** A row's fields as the report reads them, after checking. */
interface CleanRow {
  readonly district?: string;
  readonly province?: string;
  readonly metCount: number;
  readonly total: number;
  readonly meetsAllCriteria: boolean;
  readonly recognisable: boolean;
  readonly recognised: boolean;
}

const own = (record: OwnRecord, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The issue code of a count that is not a whole number from 0 to `max`, or null. */
function countProblem(value: unknown, max: number): InputIssueCode | null {
  if (typeof value === 'string') return 'number-as-string';
  if (typeof value !== 'number') return 'invalid-type';
  if (Number.isNaN(value)) return 'not-a-number';
  if (!Number.isFinite(value)) return 'not-finite';
  if (value < 0) return 'negative';
  if (!Number.isInteger(value)) return 'not-integer';
  return value > max ? 'out-of-range' : null;
}

/** Reads one stored row, or records why it cannot be counted. */
function readRow(raw: unknown, index: number, issues: InputIssue[]): CleanRow | null {
  const before = issues.length;
  const row = readOwn(raw);
  if (isRefusal(row)) {
    issues.push(issue(row.refused === 'not-a-record' ? 'invalid-type' : 'unreadable', [index], 'report-row', row.received));
    return null;
  }
  const result = readOwn(own(row, 'result'));
  if (isRefusal(result)) {
    issues.push(
      issue(result.refused === 'not-a-record' ? 'invalid-type' : 'unreadable', [index, 'result'], 'report-result', result.received),
    );
    return null;
  }
  const total = own(result, 'total');
  const totalProblem = countProblem(total, MAX_CRITERIA_COUNT);
  if (totalProblem)
    issues.push(issue(totalProblem, [index, 'result', 'total'], { range: { from: 0, to: MAX_CRITERIA_COUNT } }, describe(total)));
  const metCount = own(result, 'metCount');
  const metProblem = countProblem(metCount, totalProblem ? MAX_CRITERIA_COUNT : (total as number));
  if (metProblem) issues.push(issue(metProblem, [index, 'result', 'metCount'], 'count-of-total', describe(metCount)));
  const flag = (record: OwnRecord, key: string, path: readonly (string | number)[], optional: boolean): boolean => {
    const value = own(record, key);
    if (typeof value === 'boolean') return value;
    if (!(optional && value === undefined)) issues.push(issue('invalid-type', path, 'flag', describe(value)));
    return false;
  };
  const meetsAllCriteria = flag(result, 'meetsAllCriteria', [index, 'result', 'meetsAllCriteria'], false);
  const recognisable = flag(result, 'recognisable', [index, 'result', 'recognisable'], false);
  const recognised = flag(row, 'recognised', [index, 'recognised'], true);
  const text = (key: 'district' | 'province'): string | undefined => {
    const value = own(row, key);
    if (value === undefined || typeof value === 'string') return value;
    issues.push(issue('invalid-type', [index, key], 'text', describe(value)));
    return undefined;
  };
  const district = text('district');
  const province = text('province');
  if (issues.length > before) return null;
  return {
    ...(district !== undefined ? { district } : {}),
    ...(province !== undefined ? { province } : {}),
    metCount: metCount as number,
    total: total as number,
    meetsAllCriteria,
    recognisable,
    recognised,
  };
}

/** A running tally, turned into a `Summary` at the end. */
class Tally {
  units = 0;
  criteriaMet = 0;
  meetingAll = 0;
  recognisable = 0;
  recognised = 0;
  readonly counts: number[];
  constructor(bands: number) {
    this.counts = new Array<number>(bands).fill(0);
  }
  add(row: CleanRow, band: number): void {
    this.units++;
    this.criteriaMet += row.metCount;
    if (row.meetsAllCriteria) this.meetingAll++;
    if (row.recognisable) this.recognisable++;
    if (row.recognised) this.recognised++;
    this.counts[band]!++;
  }
  summary(bands: readonly CriteriaBand[]): Summary {
    return {
      units: this.units,
      bins: bands.map((b, i) => ({ ...b, count: this.counts[i]! })),
      criteriaMet: this.criteriaMet,
      averageCriteriaMet: this.units === 0 ? 0 : this.criteriaMet / this.units,
      meetingAll: this.meetingAll,
      recognisable: this.recognisable,
      recognised: this.recognised,
    };
  }
}

/**
 * Summarises many units' results the way officials report them: units by number of criteria
 * met (see `criteriaBands`), average criteria met, how many meet all criteria, how many are
 * recognisable and how many are recognised, for the whole population and per district and
 * province. One pass over the rows (plus one to find the criteria count when it is not
 * given): linear in the number of units, fine for tens of thousands of communes. Never
 * throws: a stored row that cannot be counted (NaN, text, Infinity, a huge total…) is left out
 * and reported in `issues`.
 * @example
 * const report = summariseResults(rows); // criteria count: the largest `total` among the rows
 * report.bins.map((b) => `${b.label.vi}: ${b.count}`); // ['19: 1', '15–18: 0', '10–14: 1', '5–9: 0', 'dưới 5: 1']
 * report.byDistrict.find((d) => d.district === 'Tam Đảo')?.meetingAll; // 1
 */
export function summariseResults(rows: readonly ReportRow[], options: { readonly criteriaCount?: number } = {}): SummaryReport {
  const issues: InputIssue[] = [];
  const list = readOwnList(rows);
  if (isRefusal(list)) issues.push(issue('invalid-input', [], 'report-rows', list.received));
  const clean: CleanRow[] = [];
  if (!isRefusal(list)) {
    for (let i = 0; i < list.length; i++) {
      const row = readRow(list[i], i, issues);
      if (row) clean.push(row);
    }
  }
  const given = options?.criteriaCount;
  let criteriaCount = 0;
  if (given !== undefined) {
    const problem = countProblem(given, MAX_CRITERIA_COUNT);
    if (problem) issues.push(issue(problem, ['criteriaCount'], { range: { from: 0, to: MAX_CRITERIA_COUNT } }, describe(given)));
    else criteriaCount = given as number;
  }
  if (given === undefined || criteriaCount !== given) for (const row of clean) criteriaCount = Math.max(criteriaCount, row.total);
  const bands = criteriaBands(criteriaCount);
  // Band of each possible count, so each row is placed in constant time.
  const bandOf = new Array<number>(criteriaCount + 1);
  bands.forEach((b, i) => {
    for (let m = b.min; m <= b.max; m++) bandOf[m] = i;
  });

  const all = new Tally(bands.length);
  const districts = new Map<string, { tally: Tally; province?: string }>();
  const provinces = new Map<string, Tally>();
  for (const row of clean) {
    const met = Math.min(row.metCount, criteriaCount);
    const band = bandOf[met] ?? 0;
    all.add(row, band);
    if (row.district !== undefined) {
      // Districts are keyed with their province: two provinces may have districts of the same name.
      const key = `${row.province ?? ''}\u0000${row.district}`;
      let d = districts.get(key);
      if (!d)
        districts.set(key, (d = { tally: new Tally(bands.length), ...(row.province !== undefined ? { province: row.province } : {}) }));
      d.tally.add(row, band);
    }
    if (row.province !== undefined) {
      let p = provinces.get(row.province);
      if (!p) provinces.set(row.province, (p = new Tally(bands.length)));
      p.add(row, band);
    }
  }
  return {
    criteriaCount,
    ...all.summary(bands),
    byDistrict: [...districts].map(([key, d]) => ({
      district: key.slice(key.indexOf('\u0000') + 1),
      ...(d.province !== undefined ? { province: d.province } : {}),
      ...d.tally.summary(bands),
    })),
    byProvince: [...provinces].map(([province, tally]) => ({ province, ...tally.summary(bands) })),
    issues,
  };
}
