import { formatComparison, formatNumber } from './locale/format.js';
import { casesOf, cellFor, existsIn } from './model/cell.js';
import { columnIdsOf, type ColumnId } from './model/column.js';
import { COMMUNE_GROUPS, isCommuneGroupId } from './model/commune-group.js';
import type { Condition } from './model/condition.js';
import type { CriteriaSet } from './model/criteria-set.js';
import type { Criterion } from './model/criterion.js';
import type { Indicator } from './model/indicator.js';
import { REGIONS, isRegionId } from './model/region.js';
import type { Comparison, FactTest, Target } from './model/target.js';
import type { LocalizedText } from './model/text.js';
import type { VerificationStatus } from './model/verification.js';

/**
 * One case of a target cell as the diff compares it (sources and notes left out).
 * @example
 * const snapshot: TargetSnapshot = { status: 'verified', value: 45, op: '>=', years: { from: 2021, to: 2021 } };
 */
export interface TargetSnapshot {
  readonly status: VerificationStatus;
  readonly value: number | boolean | null;
  readonly op: Comparison;
  readonly relativeTo?: string;
  readonly when?: FactTest;
  readonly years?: { readonly from?: number; readonly to?: number };
  readonly amendedBy?: string;
}

/**
 * A column whose target differs: the cases before and after; `null` where the indicator has no cell there.
 * @example
 * const change: TargetChange = {
 *   column: 'red-river-delta',
 *   before: [{ status: 'verified', value: 50, op: '>=' }],
 *   after: [{ status: 'not-found', value: null, op: '>=' }],
 * };
 */
export interface TargetChange {
  readonly column: ColumnId;
  readonly before: readonly TargetSnapshot[] | null;
  readonly after: readonly TargetSnapshot[] | null;
}

/**
 * A criterion named in a diff.
 * @example
 * const ref: CriterionRef = { id: '10', number: 10, name: { vi: 'Thu nhập', en: 'Income' } };
 */
export interface CriterionRef {
  readonly id: string;
  readonly number: number | null;
  readonly name: LocalizedText;
}

/**
 * A criterion in both versions whose own fields differ (name, group, status, rule, …).
 * @example
 * diff(commune1980, commune318).criteria.changed[0]?.fields; // e.g. ['name']
 */
export interface CriterionChange extends CriterionRef {
  readonly fields: readonly string[];
  readonly nameBefore: LocalizedText;
}

/**
 * An indicator named in a diff.
 * @example
 * const ref: IndicatorRef = { code: '17.8', criterionId: '17', text: { vi: '…', en: '…' } };
 */
export interface IndicatorRef {
  readonly code: string;
  readonly criterionId: string;
  readonly text: LocalizedText;
}

/**
 * An indicator in both versions whose fields or targets differ.
 * @example
 * const income = diff(commune1980, commune318).indicators.changed.find((i) => i.code === '10');
 * income?.targets.map((t) => t.column);
 */
export interface IndicatorChange extends IndicatorRef {
  /** Fields other than the targets that differ: `text`, `measure`, `unit`, `textStatus`, `criterion`, `columns`, `appliesWhen`. */
  readonly fields: readonly string[];
  readonly targets: readonly TargetChange[];
}

/**
 * A column rule or a condition named in a diff.
 * @example
 * const ref: RuleRef = { id: '318.art1', text: { vi: '…', en: '…' }, status: 'verified' };
 */
export interface RuleRef {
  readonly id: string;
  readonly text: LocalizedText;
  readonly status: VerificationStatus;
  readonly amendedBy?: string;
}

/**
 * A column rule or condition in both versions whose fields differ.
 * @example
 * diff(commune318, commune318Amended211).conditions.changed.map((c) => `${c.id}: ${c.statusBefore} → ${c.status}`);
 */
export interface RuleChange extends RuleRef {
  readonly fields: readonly string[];
  readonly statusBefore: VerificationStatus;
}

/**
 * What was added, removed and changed in one kind of item.
 * @example
 * const { added, removed, changed } = diff(commune1980, commune318).criteria;
 */
export interface Changes<Ref, Change> {
  readonly added: readonly Ref[];
  readonly removed: readonly Ref[];
  readonly changed: readonly Change[];
}

/**
 * What changed from one set (version) to another, as plain data with vi/en summary lines.
 * @example
 * const d: CriteriaSetDiff = diff(commune318, commune318Amended211);
 * d.columnRules.added.map((r) => r.id); // ['211.special-column', …]
 */
export interface CriteriaSetDiff {
  readonly from: { readonly id: string; readonly version: string };
  readonly to: { readonly id: string; readonly version: string };
  readonly criteria: Changes<CriterionRef, CriterionChange>;
  readonly indicators: Changes<IndicatorRef, IndicatorChange>;
  readonly columnRules: Changes<RuleRef, RuleChange>;
  readonly conditions: Changes<RuleRef, RuleChange>;
  /** One line per change, Vietnamese first; the first line counts them. */
  readonly summary: readonly LocalizedText[];
}

/**
 * What changed between two criteria sets, usually two versions of one set (318/QĐ-TTg →
 * 318/QĐ-TTg + 211/QĐ-TTg) or a set and its successor (1980 → 318): criteria and indicators
 * added, removed and changed (matched by criterion id and indicator code), with the target
 * before and after in every region or group column, status changes included; and the column
 * rules and conditions added, removed or changed. Sources and notes are not compared.
 * @example
 * const d = diff(commune1980, commune318);
 * d.indicators.changed.find((i) => i.code === '10')?.targets[0];
 * // { column: 'northern-midlands-mountains', before: [{ value: 36, … }], after: [{ value: 45, … }] }
 * d.summary.map((l) => l.vi).join('\n');
 */
export function diff(a: CriteriaSet, b: CriteriaSet): CriteriaSetDiff {
  const columns = [...new Set([...columnIdsOf(a.columns), ...columnIdsOf(b.columns)])];

  const critA = new Map(a.criteria.map((c) => [c.id, c]));
  const critB = new Map(b.criteria.map((c) => [c.id, c]));
  const criteria: Changes<CriterionRef, CriterionChange> = {
    added: b.criteria.filter((c) => !critA.has(c.id)).map(criterionRef),
    removed: a.criteria.filter((c) => !critB.has(c.id)).map(criterionRef),
    changed: b.criteria.flatMap((c) => {
      const before = critA.get(c.id);
      if (!before) return [];
      const fields = changedFields(before, c, ['number', 'name', 'group', 'status', 'rule', 'incompleteIndicators']);
      return fields.length ? [{ ...criterionRef(c), fields, nameBefore: before.name }] : [];
    }),
  };

  const indA = indicatorsOf(a);
  const indB = indicatorsOf(b);
  const indicators: Changes<IndicatorRef, IndicatorChange> = {
    added: [...indB.values()].filter((i) => !indA.has(i.indicator.code)).map(indicatorRef),
    removed: [...indA.values()].filter((i) => !indB.has(i.indicator.code)).map(indicatorRef),
    changed: [...indB.values()].flatMap((after) => {
      const before = indA.get(after.indicator.code);
      if (!before) return [];
      const fields = changedFields(
        { ...before.indicator, text: before.indicator.text.vi, criterion: before.criterionId },
        { ...after.indicator, text: after.indicator.text.vi, criterion: after.criterionId },
        ['text', 'measure', 'unit', 'textStatus', 'criterion', 'columns', 'appliesWhen'],
      );
      const targets = columns.flatMap((column): TargetChange[] => {
        const x = snapshots(before.indicator, column);
        const y = snapshots(after.indicator, column);
        return same(x, y) ? [] : [{ column, before: x, after: y }];
      });
      return fields.length || targets.length ? [{ ...indicatorRef(after), fields, targets }] : [];
    }),
  };

  const columnRules = compareRules(a.columnRules, b.columnRules, ['text', 'status', 'select', 'amendedBy']);
  const conditions = compareRules(
    a.conditions.map(conditionRef),
    b.conditions.map(conditionRef),
    ['text', 'status', 'purpose', 'check'],
  );
  const result = { from: { id: a.id, version: a.version }, to: { id: b.id, version: b.version }, criteria, indicators, columnRules, conditions };
  return { ...result, summary: summarize(result) };
}

function criterionRef(c: Criterion): CriterionRef {
  return { id: c.id, number: c.number, name: c.name };
}

interface Located {
  readonly indicator: Indicator;
  readonly criterionId: string;
}

function indicatorsOf(set: CriteriaSet): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const c of set.criteria) for (const i of c.indicators) out.set(i.code, { indicator: i, criterionId: c.id });
  return out;
}

function indicatorRef({ indicator, criterionId }: Located): IndicatorRef {
  return { code: indicator.code, criterionId, text: indicator.text };
}

/** The cases of one column: the column's own cell, else the `all` cell; `null` where the indicator does not exist. */
function snapshots(indicator: Indicator, column: ColumnId): TargetSnapshot[] | null {
  if (!existsIn(indicator, column)) return null;
  const cell = cellFor(indicator, column);
  if (cell === undefined) return null;
  const cases = casesOf(cell);
  return cases.map((t) => ({
    status: t.status,
    value: t.value,
    op: t.op,
    ...(t.relativeTo !== undefined ? { relativeTo: t.relativeTo } : {}),
    ...(t.when !== undefined ? { when: t.when } : {}),
    ...(t.years !== undefined ? { years: t.years } : {}),
    ...(t.amendedBy !== undefined ? { amendedBy: t.amendedBy } : {}),
  }));
}

function conditionRef(c: Condition): RuleRef & { readonly purpose: string; readonly check: unknown } {
  return { id: c.id, text: c.text, status: c.status, purpose: c.purpose, check: c.check };
}

function compareRules<R extends RuleRef>(a: readonly R[], b: readonly R[], keys: readonly string[]): Changes<RuleRef, RuleChange> {
  const ids = (rs: readonly R[]) => new Set(rs.map((r) => r.id));
  const inA = ids(a);
  const inB = ids(b);
  const ref = (r: R): RuleRef => ({ id: r.id, text: r.text, status: r.status, ...(r.amendedBy ? { amendedBy: r.amendedBy } : {}) });
  return {
    added: b.filter((r) => !inA.has(r.id)).map(ref),
    removed: a.filter((r) => !inB.has(r.id)).map(ref),
    changed: b.flatMap((r) => {
      const before = a.find((x) => x.id === r.id);
      if (!before) return [];
      const fields = changedFields({ ...before, text: before.text.vi }, { ...r, text: r.text.vi }, keys);
      return fields.length ? [{ ...ref(r), fields, statusBefore: before.status }] : [];
    }),
  };
}

function changedFields(a: object, b: object, keys: readonly string[]): string[] {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.filter((k) => !same(x[k], y[k]));
}

/** Structural equality of plain data (key order ignored). */
function same(x: unknown, y: unknown): boolean {
  return canonical(x) === canonical(y);
}

function canonical(x: unknown): string {
  if (x === undefined) return 'undefined';
  if (x === null || typeof x !== 'object') return JSON.stringify(x);
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  const o = x as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}

type Locale = 'vi' | 'en';

function columnName(column: ColumnId, locale: Locale): string {
  if (isRegionId(column)) return REGIONS[column].abbreviation;
  if (isCommuneGroupId(column)) return COMMUNE_GROUPS[column].name[locale];
  return locale === 'vi' ? 'chung' : 'all';
}

function formatCases(cases: readonly TargetSnapshot[] | null, locale: Locale): string {
  if (cases === null) return locale === 'vi' ? 'không có' : 'none';
  return cases
    .map((t) => {
      const value =
        t.value === null
          ? `${locale === 'vi' ? 'chưa biết' : 'unknown'} (${t.status})`
          : typeof t.value === 'boolean'
            ? locale === 'vi'
              ? 'Đạt'
              : 'achieved'
            : `${formatComparison(t.op)} ${formatNumber(t.value, locale)}${t.relativeTo ? ` × ${t.relativeTo}` : ''}`;
      const when = t.when ? ` (${t.when.fact} ${formatComparison(t.when.op)} ${String(t.when.value)})` : '';
      const years = t.years ? ` [${t.years.from ?? ''}–${t.years.to ?? ''}]` : '';
      const amended = t.amendedBy ? ` {${t.amendedBy}}` : '';
      return value + when + years + amended;
    })
    .join('; ');
}

function line(vi: string, en: string): LocalizedText {
  return { vi, en };
}

function summarize(d: Omit<CriteriaSetDiff, 'summary'>): LocalizedText[] {
  const n = (c: Changes<unknown, unknown>) => [c.added.length, c.removed.length, c.changed.length] as const;
  const [ca, cr, cc] = n(d.criteria);
  const [ia, ir, ic] = n(d.indicators);
  const lines: LocalizedText[] = [
    line(
      `${d.from.version} (${d.from.id}) → ${d.to.version} (${d.to.id}): tiêu chí thêm ${ca}, bỏ ${cr}, sửa ${cc}; chỉ tiêu thêm ${ia}, bỏ ${ir}, sửa ${ic}.`,
      `${d.from.version} (${d.from.id}) → ${d.to.version} (${d.to.id}): criteria added ${ca}, removed ${cr}, changed ${cc}; indicators added ${ia}, removed ${ir}, changed ${ic}.`,
    ),
  ];
  for (const c of d.criteria.added) lines.push(line(`Thêm tiêu chí ${c.id}: ${c.name.vi}`, `Added criterion ${c.id}: ${c.name.en}`));
  for (const c of d.criteria.removed) lines.push(line(`Bỏ tiêu chí ${c.id}: ${c.name.vi}`, `Removed criterion ${c.id}: ${c.name.en}`));
  for (const c of d.criteria.changed) {
    lines.push(line(`Sửa tiêu chí ${c.id} (${c.fields.join(', ')}): ${c.nameBefore.vi} → ${c.name.vi}`, `Changed criterion ${c.id} (${c.fields.join(', ')}): ${c.nameBefore.en} → ${c.name.en}`));
  }
  for (const i of d.indicators.added) lines.push(line(`Thêm chỉ tiêu ${i.code}: ${i.text.vi}`, `Added indicator ${i.code}: ${i.text.en}`));
  for (const i of d.indicators.removed) lines.push(line(`Bỏ chỉ tiêu ${i.code}: ${i.text.vi}`, `Removed indicator ${i.code}: ${i.text.en}`));
  for (const i of d.indicators.changed) {
    const parts = (locale: Locale) => {
      const out: string[] = [];
      if (i.fields.length) out.push((locale === 'vi' ? 'sửa ' : 'changed ') + i.fields.join(', '));
      // One entry for all columns when every column changed the same way.
      const first = i.targets[0];
      const uniform =
        i.targets.length > 1 && i.targets.every((t) => same(t.before, first!.before) && same(t.after, first!.after));
      const targets = uniform ? [{ ...first!, label: locale === 'vi' ? 'mọi cột' : 'every column' }] : i.targets.map((t) => ({ ...t, label: columnName(t.column, locale) }));
      for (const t of targets) out.push(`${t.label} ${formatCases(t.before, locale)} → ${formatCases(t.after, locale)}`);
      return out.join('; ');
    };
    lines.push(line(`Chỉ tiêu ${i.code}: ${parts('vi')}`, `Indicator ${i.code}: ${parts('en')}`));
  }
  const rules = (what: readonly [string, string], c: Changes<RuleRef, RuleChange>) => {
    for (const r of c.added) lines.push(line(`Thêm ${what[0]} ${r.id} (${r.status}${r.amendedBy ? `, ${r.amendedBy}` : ''})`, `Added ${what[1]} ${r.id} (${r.status}${r.amendedBy ? `, ${r.amendedBy}` : ''})`));
    for (const r of c.removed) lines.push(line(`Bỏ ${what[0]} ${r.id} (${r.status})`, `Removed ${what[1]} ${r.id} (${r.status})`));
    for (const r of c.changed) {
      lines.push(line(`Sửa ${what[0]} ${r.id} (${r.fields.join(', ')}; ${r.statusBefore} → ${r.status})`, `Changed ${what[1]} ${r.id} (${r.fields.join(', ')}; ${r.statusBefore} → ${r.status})`));
    }
  };
  rules(['quy tắc chọn cột', 'column rule'], d.columnRules);
  rules(['điều kiện', 'condition'], d.conditions);
  return lines;
}
