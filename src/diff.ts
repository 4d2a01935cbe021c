import { formatComparison, formatNumber } from './locale/format.js';
import { casesOf, cellFor, existsIn } from './model/cell.js';
import { COLUMN_KINDS, columnIdsOf, type ColumnId } from './model/column.js';
import { COMMUNE_GROUPS, isCommuneGroupId } from './model/commune-group.js';
import type { Condition } from './model/condition.js';
import type { CriteriaSet, CriterionId, IndicatorCode } from './model/criteria-set.js';
import type { Criterion } from './model/criterion.js';
import type { Indicator } from './model/indicator.js';
import { REGIONS, isRegionId } from './model/region.js';
import type { Comparison, FactTest } from './model/target.js';
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
export interface CriterionRef<Id extends string = string> {
  readonly id: Id;
  readonly number: number | null;
  readonly name: LocalizedText;
}

/**
 * A criterion in both versions whose own fields differ (name, group, status, rule, …).
 * @example
 * diff(commune1980, commune318).criteria.changed[0]?.fields; // ['group']
 */
export interface CriterionChange<Id extends string = string, IdBefore extends string = Id> extends CriterionRef<Id> {
  /** Fields that differ: `id`, `number` (renumbered), `name`, `group`, `status`, `rule`, `incompleteIndicators`. */
  readonly fields: readonly string[];
  /** The id, number and name the criterion had in the first set (it is matched by content, not by number). */
  readonly idBefore: IdBefore;
  readonly numberBefore: number | null;
  readonly nameBefore: LocalizedText;
}

/**
 * An indicator named in a diff.
 * @example
 * const ref: IndicatorRef = { code: '17.8', criterionId: '17', text: { vi: '…', en: '…' } };
 */
export interface IndicatorRef<Code extends string = string, CriterionId extends string = string> {
  readonly code: Code;
  readonly criterionId: CriterionId;
  readonly text: LocalizedText;
}

/**
 * An indicator in both versions whose fields or targets differ.
 * @example
 * const income = diff(commune1980, commune318).indicators.changed.find((i) => i.code === '10');
 * income?.targets.map((t) => t.column); // ['northern-midlands-mountains', 'red-river-delta', …, 'mekong-delta']
 */
export interface IndicatorChange<
  Code extends string = string,
  CriterionId extends string = string,
  CodeBefore extends string = Code,
  CriterionIdBefore extends string = CriterionId,
> extends IndicatorRef<Code, CriterionId> {
  /**
   * Fields other than the targets that differ: `code` (renumbered), `text`, `measure`, `unit`,
   * `textStatus`, `criterion` (moved to a criterion that is not the match of its old one),
   * `columns`, `appliesWhen`.
   */
  readonly fields: readonly string[];
  /** The code, criterion and text the indicator had in the first set. */
  readonly codeBefore: CodeBefore;
  readonly criterionIdBefore: CriterionIdBefore;
  readonly textBefore: LocalizedText;
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
 * diff(commune318, commune318Amended211).conditions.changed.map((c) => `${c.id}: ${c.statusBefore} → ${c.status}`); // []
 */
export interface RuleChange extends RuleRef {
  readonly fields: readonly string[];
  readonly statusBefore: VerificationStatus;
}

/**
 * What was added, removed and changed in one kind of item; `Removed` is the kind of a removed
 * item when it differs from an added one (an indicator of the first set, not of the second).
 * @example
 * const { added, removed, changed } = diff(commune1980, commune318).criteria;
 */
export interface Changes<Ref, Change, Removed = Ref> {
  readonly added: readonly Ref[];
  readonly removed: readonly Removed[];
  readonly changed: readonly Change[];
}

/**
 * What changed from one set (version) to another, as plain data with vi/en summary lines.
 * For sets whose codes TypeScript knows, an added or changed item has the codes and criterion
 * ids of `To`, a removed one (and the `…Before` fields) those of `From`.
 * @example
 * const d: CriteriaSetDiff = diff(commune318, commune318Amended211);
 * d.columnRules.added.map((r) => r.id); // ['211.special-column', …]
 */
export interface CriteriaSetDiff<From extends CriteriaSet = CriteriaSet, To extends CriteriaSet = CriteriaSet> {
  readonly from: { readonly id: From['id']; readonly version: string };
  readonly to: { readonly id: To['id']; readonly version: string };
  readonly criteria: Changes<
    CriterionRef<CriterionId<To>>,
    CriterionChange<CriterionId<To>, CriterionId<From>>,
    CriterionRef<CriterionId<From>>
  >;
  readonly indicators: Changes<
    IndicatorRef<IndicatorCode<To>, CriterionId<To>>,
    IndicatorChange<IndicatorCode<To>, CriterionId<To>, IndicatorCode<From>, CriterionId<From>>,
    IndicatorRef<IndicatorCode<From>, CriterionId<From>>
  >;
  readonly columnRules: Changes<RuleRef, RuleChange>;
  readonly conditions: Changes<RuleRef, RuleChange>;
  /** One line per change, Vietnamese first; the first line counts them. */
  readonly summary: readonly LocalizedText[];
}

/**
 * What changed between two criteria sets, usually two versions of one set (318/QĐ-TTg →
 * 318/QĐ-TTg + 211/QĐ-TTg) or a set and its successor (1980 → 318, 318 → 51/2025): criteria
 * and indicators added, removed and changed, with the target before and after in every region
 * or group column, status changes included; and the column rules and conditions added,
 * removed or changed. Sources and notes are not compared.
 *
 * Criteria and indicators are matched by content, not by number, because a successor decree
 * renumbers them (51/2025 has 10 criteria where 318 had 19). In order, each item matched once:
 * 1. criteria with the same name (no diacritics, case or punctuation), then criteria with the
 *    same number whose names share words (a rename in place: "Thủy lợi" → "Thủy lợi và phòng,
 *    chống thiên tai");
 * 2. indicators with the same code in matched criteria; then indicators whose texts are nearly
 *    the same (at least 85% of their words shared, period phrases such as "giai đoạn
 *    2021–2025" left out) and whose measure is the same, wherever they sit (poverty, 11 → 6.x1);
 * 3. the remaining criteria that hold matched indicators (most first), then those whose names
 *    share at least 60% of their words, whatever their number;
 * 4. indicators with the same code in the criteria matched in step 3.
 * What is left is added or removed. The rule is symmetric: `diff(b, a)` is `diff(a, b)` reversed.
 * @example
 * const d = diff(commune1980, commune318);
 * d.indicators.changed.find((i) => i.code === '10')?.targets[0];
 * // { column: 'northern-midlands-mountains', before: [{ value: null, … }, { value: 36, … }], after: [{ status: 'provincial', value: null, … }] }
 * diff(commune318Amended211, commune51).indicators.changed.find((i) => i.code === '6.x1')?.codeBefore; // '11'
 * d.summary.map((l) => l.vi).join('\n');
 */
export function diff<const A extends CriteriaSet, const B extends CriteriaSet>(a: A, b: B): CriteriaSetDiff<A, B>;
export function diff(a: CriteriaSet, b: CriteriaSet): CriteriaSetDiff {
  // Columns in one fixed order (regions, groups, single), whichever set comes first.
  const columns = COLUMN_KINDS.filter((kind) => kind === a.columns || kind === b.columns).flatMap(columnIdsOf);
  const { criterionPairs, indicatorPairs, indA, indB } = matchByContent(a, b);

  const criterionMatch = new Map(criterionPairs.map(([x, y]) => [x, y]));
  const matchedA = new Set(criterionPairs.map(([x]) => x));
  const matchedB = new Set(criterionPairs.map(([, y]) => y));
  const criteria: Changes<CriterionRef, CriterionChange> = {
    added: b.criteria.filter((c) => !matchedB.has(c)).map(criterionRef),
    removed: a.criteria.filter((c) => !matchedA.has(c)).map(criterionRef),
    changed: inOrderOf(b.criteria, criterionPairs).flatMap(([before, c]) => {
      const fields = changedFields(before, c, ['id', 'number', 'name', 'group', 'status', 'rule', 'incompleteIndicators']);
      return fields.length
        ? [{ ...criterionRef(c), fields, idBefore: before.id, numberBefore: before.number, nameBefore: before.name }]
        : [];
    }),
  };

  const pairedA = new Set(indicatorPairs.map(([x]) => x));
  const pairedB = new Set(indicatorPairs.map(([, y]) => y));
  const indicators: Changes<IndicatorRef, IndicatorChange> = {
    added: indB.filter((i) => !pairedB.has(i)).map(indicatorRef),
    removed: indA.filter((i) => !pairedA.has(i)).map(indicatorRef),
    changed: inOrderOf(indB, indicatorPairs).flatMap(([before, after]) => {
      const moved = criterionMatch.get(before.criterion) !== after.criterion;
      const fields = [
        ...(before.indicator.code !== after.indicator.code ? ['code'] : []),
        ...changedFields({ ...before.indicator, text: before.indicator.text.vi }, { ...after.indicator, text: after.indicator.text.vi }, [
          'text',
          'measure',
          'unit',
          'textStatus',
        ]),
        ...(moved ? ['criterion'] : []),
        ...changedFields(before.indicator, after.indicator, ['columns', 'appliesWhen']),
      ];
      const targets = columns.flatMap((column): TargetChange[] => {
        const x = snapshots(before.indicator, column);
        const y = snapshots(after.indicator, column);
        return same(x, y) ? [] : [{ column, before: x, after: y }];
      });
      return fields.length || targets.length
        ? [
            {
              ...indicatorRef(after),
              fields,
              codeBefore: before.indicator.code,
              criterionIdBefore: before.criterion.id,
              textBefore: before.indicator.text,
              targets,
            },
          ]
        : [];
    }),
  };

  const columnRules = compareRules(a.columnRules, b.columnRules, ['text', 'status', 'select', 'amendedBy']);
  const conditions = compareRules(a.conditions.map(conditionRef), b.conditions.map(conditionRef), ['text', 'status', 'purpose', 'check']);
  const result = {
    from: { id: a.id, version: a.version },
    to: { id: b.id, version: b.version },
    criteria,
    indicators,
    columnRules,
    conditions,
  };
  return { ...result, summary: summarize(result) };
}

/** Pairs in the order of their second item in `order`. */
function inOrderOf<T>(order: readonly T[], pairs: readonly (readonly [T, T])[]): (readonly [T, T])[] {
  const position = new Map(order.map((item, i) => [item, i]));
  return [...pairs].sort((x, y) => position.get(x[1])! - position.get(y[1])!);
}

// ---- Matching by content ----

// Words that carry no content in a criterion's name or an indicator's text.
const STOP_WORDS = new Set(['va', 'cac', 'cua', 'theo', 'duoc', 'co', 'cho', 'tren', 've', 'la', 'voi']);

/** The words of a Vietnamese text without diacritics, case, punctuation, period phrases or stop words. */
function words(text: string): ReadonlySet<string> {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    // "giai đoạn 2021–2025", "đến năm 2020": the period is the set's, not the indicator's content.
    .replace(/giai doan \d{4}\s*[-–]\s*\d{4}|den nam \d{4}/g, ' ');
  return new Set(plain.split(/[^a-z0-9]+/).filter((w) => w && !STOP_WORDS.has(w)));
}

/** Share of words two texts have in common (Dice coefficient): 1 for the same words, 0 for none. */
function likeness(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size + y.size === 0) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

const SAME_NUMBER_NAME_LIKENESS = 0.3;
const MOVED_NAME_LIKENESS = 0.6;
const INDICATOR_TEXT_LIKENESS = 0.85;

interface Candidate<T> {
  readonly x: T;
  readonly y: T;
  readonly score: number;
  readonly order: readonly [number, number, string];
}

/**
 * Pairs items best score first, each at most once. Ties break on positions and keys in a way
 * that does not depend on which set comes first, so that `diff(b, a)` mirrors `diff(a, b)`.
 */
function pairGreedily<T>(
  xs: readonly T[],
  ys: readonly T[],
  key: (item: T) => string,
  score: (x: T, y: T) => number | null,
  taken: { readonly x: Set<T>; readonly y: Set<T> },
): (readonly [T, T])[] {
  const candidates: Candidate<T>[] = [];
  xs.forEach((x, i) => {
    if (taken.x.has(x)) return;
    ys.forEach((y, j) => {
      if (taken.y.has(y)) return;
      const s = score(x, y);
      if (s !== null) candidates.push({ x, y, score: s, order: [i + j, Math.abs(i - j), [key(x), key(y)].sort().join('\u0000')] });
    });
  });
  candidates.sort(
    (p, q) =>
      q.score - p.score ||
      p.order[0] - q.order[0] ||
      p.order[1] - q.order[1] ||
      (p.order[2] < q.order[2] ? -1 : p.order[2] > q.order[2] ? 1 : 0),
  );
  const pairs: (readonly [T, T])[] = [];
  for (const c of candidates) {
    if (taken.x.has(c.x) || taken.y.has(c.y)) continue;
    taken.x.add(c.x);
    taken.y.add(c.y);
    pairs.push([c.x, c.y]);
  }
  return pairs;
}

/** The pairs of criteria and of indicators that are the same item in both sets (see `diff`). */
function matchByContent(a: CriteriaSet, b: CriteriaSet) {
  const nameWords = new Map([...a.criteria, ...b.criteria].map((c) => [c, words(c.name.vi)]));
  const sameName = (x: Criterion, y: Criterion) => [...nameWords.get(x)!].join(' ') === [...nameWords.get(y)!].join(' ');
  const criterionKey = (c: Criterion) => `${c.id}:${c.name.vi}`;
  const takenCriteria = { x: new Set<Criterion>(), y: new Set<Criterion>() };
  const criterionPairs: (readonly [Criterion, Criterion])[] = [];
  const pairCriteria = (score: (x: Criterion, y: Criterion) => number | null) =>
    criterionPairs.push(...pairGreedily(a.criteria, b.criteria, criterionKey, score, takenCriteria));

  const indA = located(a);
  const indB = located(b);
  const textWords = new Map([...indA, ...indB].map((i) => [i, words(i.indicator.text.vi)]));
  const indicatorKey = (i: Located) => `${i.indicator.code}:${i.indicator.text.vi}`;
  const takenIndicators = { x: new Set<Located>(), y: new Set<Located>() };
  const indicatorPairs: (readonly [Located, Located])[] = [];
  const pairIndicators = (score: (x: Located, y: Located) => number | null) =>
    indicatorPairs.push(...pairGreedily(indA, indB, indicatorKey, score, takenIndicators));
  const sameCodeInMatchedCriteria = (x: Located, y: Located) =>
    x.indicator.code === y.indicator.code && criterionPairs.some(([p, q]) => p === x.criterion && q === y.criterion) ? 1 : null;

  // 1. Criteria by name; a rename in place.
  pairCriteria((x, y) => (sameName(x, y) ? 1 : null));
  pairCriteria((x, y) => {
    if (x.number === null || x.number !== y.number) return null;
    const l = likeness(nameWords.get(x)!, nameWords.get(y)!);
    return l >= SAME_NUMBER_NAME_LIKENESS ? l : null;
  });
  // 2. Indicators by code within matched criteria; by nearly the same text anywhere.
  pairIndicators(sameCodeInMatchedCriteria);
  pairIndicators((x, y) => {
    if (x.indicator.measure !== y.indicator.measure) return null;
    const l = likeness(textWords.get(x)!, textWords.get(y)!);
    return l >= INDICATOR_TEXT_LIKENESS ? l : null;
  });
  // 3. Criteria that hold matched indicators; criteria moved and renamed.
  pairCriteria((x, y) => {
    const shared = indicatorPairs.filter(([p, q]) => p.criterion === x && q.criterion === y).length;
    return shared > 0 ? shared : null;
  });
  pairCriteria((x, y) => {
    const l = likeness(nameWords.get(x)!, nameWords.get(y)!);
    return l >= MOVED_NAME_LIKENESS ? l : null;
  });
  // 4. Indicators by code within the criteria matched last.
  pairIndicators(sameCodeInMatchedCriteria);
  return { criterionPairs, indicatorPairs, indA, indB };
}

function criterionRef(c: Criterion): CriterionRef {
  return { id: c.id, number: c.number, name: c.name };
}

interface Located {
  readonly indicator: Indicator;
  readonly criterion: Criterion;
}

function located(set: CriteriaSet): Located[] {
  return set.criteria.flatMap((criterion) => criterion.indicators.map((indicator) => ({ indicator, criterion })));
}

function indicatorRef({ indicator, criterion }: Located): IndicatorRef {
  return { code: indicator.code, criterionId: criterion.id, text: indicator.text };
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
    const id = c.idBefore === c.id ? c.id : `${c.idBefore} → ${c.id}`;
    lines.push(
      line(
        `Sửa tiêu chí ${id} (${c.fields.join(', ')}): ${c.nameBefore.vi} → ${c.name.vi}`,
        `Changed criterion ${id} (${c.fields.join(', ')}): ${c.nameBefore.en} → ${c.name.en}`,
      ),
    );
  }
  for (const i of d.indicators.added) lines.push(line(`Thêm chỉ tiêu ${i.code}: ${i.text.vi}`, `Added indicator ${i.code}: ${i.text.en}`));
  for (const i of d.indicators.removed)
    lines.push(line(`Bỏ chỉ tiêu ${i.code}: ${i.text.vi}`, `Removed indicator ${i.code}: ${i.text.en}`));
  for (const i of d.indicators.changed) {
    const parts = (locale: Locale) => {
      const out: string[] = [];
      if (i.fields.length) out.push((locale === 'vi' ? 'sửa ' : 'changed ') + i.fields.join(', '));
      // One entry for all columns when every column changed the same way.
      const first = i.targets[0];
      const uniform = i.targets.length > 1 && i.targets.every((t) => same(t.before, first!.before) && same(t.after, first!.after));
      const targets = uniform
        ? [{ ...first!, label: locale === 'vi' ? 'mọi cột' : 'every column' }]
        : i.targets.map((t) => ({ ...t, label: columnName(t.column, locale) }));
      for (const t of targets) out.push(`${t.label} ${formatCases(t.before, locale)} → ${formatCases(t.after, locale)}`);
      return out.join('; ');
    };
    const code = i.codeBefore === i.code ? i.code : `${i.codeBefore} → ${i.code}`;
    lines.push(line(`Chỉ tiêu ${code}: ${parts('vi')}`, `Indicator ${code}: ${parts('en')}`));
  }
  const rules = (what: readonly [string, string], c: Changes<RuleRef, RuleChange>) => {
    for (const r of c.added)
      lines.push(
        line(
          `Thêm ${what[0]} ${r.id} (${r.status}${r.amendedBy ? `, ${r.amendedBy}` : ''})`,
          `Added ${what[1]} ${r.id} (${r.status}${r.amendedBy ? `, ${r.amendedBy}` : ''})`,
        ),
      );
    for (const r of c.removed) lines.push(line(`Bỏ ${what[0]} ${r.id} (${r.status})`, `Removed ${what[1]} ${r.id} (${r.status})`));
    for (const r of c.changed) {
      lines.push(
        line(
          `Sửa ${what[0]} ${r.id} (${r.fields.join(', ')}; ${r.statusBefore} → ${r.status})`,
          `Changed ${what[1]} ${r.id} (${r.fields.join(', ')}; ${r.statusBefore} → ${r.status})`,
        ),
      );
    }
  };
  rules(['quy tắc chọn cột', 'column rule'], d.columnRules);
  rules(['điều kiện', 'condition'], d.conditions);
  return lines;
}
