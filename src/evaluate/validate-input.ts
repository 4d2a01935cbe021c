import { isRefusal, readOwnList } from '../_lib/read-own.js';
import { describe, didYouMean } from '../_lib/did-you-mean.js';
import type { Expectation, ExpectationKey } from '../locale/messages.js';
import { COMMUNE_GROUP_IDS, isCommuneGroupId, type CommuneGroupId } from '../model/commune-group.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { Measure } from '../model/indicator.js';
import { resolveProvince } from '../model/resolve-province.js';
import { isRegionId, REGION_IDS, REGIONS, type RegionId } from '../model/region.js';
import { COMPARISONS, type Comparison } from '../model/target.js';
import { describeInput, INPUT_FIELDS, OVERRIDE_FIELDS, type InputDescription, type ValueRule } from '../schema/input-description.js';
import type { TargetOverride } from './input.js';
import type { InputIssue } from './issue.js';
import { issue } from './make-issue.js';

/** A value that passed validation, as the judging code reads it. @internal */
export type CleanValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'flag'; readonly value: boolean }
  | { readonly kind: 'ratio'; readonly numerator: number; readonly denominator: number };

/** A ratio that passed validation. @internal */
interface CleanRatio {
  readonly kind: 'ratio';
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * A value that passed validation, as a clean input stores it: the number or flag itself (no
 * wrapper object per value: most values are one of these), or the ratio. @internal
 */
export type StoredValue = number | boolean | CleanRatio;

/** The clean value of a stored one (the ratio is already one). @internal */
export function cleanValue(stored: StoredValue): CleanValue {
  return typeof stored === 'number' ? { kind: 'number', value: stored } : typeof stored === 'boolean' ? (stored ? TRUE : FALSE) : stored;
}

/** The input after validation: only valid parts, in prototype-free structures. @internal */
export interface CleanInput {
  readonly region?: RegionId;
  readonly group?: CommuneGroupId;
  /** A key `resolveProvince` resolves (an id where one unit is meant). */
  readonly province?: string;
  readonly categories: readonly string[];
  readonly year: number | null;
  /** By the code's position in the set's input description; a hole where no value was given. */
  readonly values: readonly (StoredValue | undefined)[];
  /** Codes whose value was given but invalid. */
  readonly invalid: ReadonlySet<string>;
  readonly facts: ReadonlyMap<string, number | boolean>;
  readonly references: ReadonlyMap<string, number>;
  readonly overrides: ReadonlyMap<string, TargetOverride>;
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The shortest unsafe key: shorter ones need no lookup. */
const UNSAFE_LENGTH = 9;

// Why shared: a clean value is internal and never handed out, so one object per flag is enough.
const TRUE: CleanValue = Object.freeze({ kind: 'flag', value: true });
const FALSE: CleanValue = Object.freeze({ kind: 'flag', value: false });
const NONE: ReadonlySet<string> = new Set();
const NO_FACTS: ReadonlyMap<string, number | boolean> = new Map();
const NO_REFERENCES: ReadonlyMap<string, number> = new Map();
const NO_OVERRIDES: ReadonlyMap<string, TargetOverride> = new Map();
const NO_CATEGORIES: readonly string[] = Object.freeze([]);
const VALUES_PATH = Object.freeze(['values']) as readonly string[];

/** Longest text that could be a number or a flag word: anything longer gets no hint (bounded work). */
const HINT_LENGTH = 40;

/**
 * The number a text probably stands for, as a hint only: text is never read as a number.
 * Why: a spreadsheet writes 95.5 as "95,5" in Vietnamese and "95.5" in English, and writes
 * one thousand two hundred thirty-four as "1.234" or "1,234". One separator followed by
 * exactly three digits is therefore ambiguous, and gets no hint. A trailing "%" is dropped.
 * Texts longer than 40 characters get no hint, so the work is bounded whatever the input.
 * @internal
 */
export function numberHint(text: string): string | undefined {
  if (text.length > HINT_LENGTH) return undefined;
  let t = text.trim();
  if (t.endsWith('%')) t = t.slice(0, -1).trimEnd();
  if (/^-?\d+$/.test(t)) return t;
  // One separator with 1–2 or 4+ digits after it: a decimal separator, whichever it is.
  if (/^-?\d+[.,](\d{1,2}|\d{4,})$/.test(t)) return t.replace(',', '.');
  // Both separators: the last one is the decimal separator ("1.234,5", "1,234.5").
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(t)) return t.replace(/\./g, '').replace(',', '.');
  if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(t)) return t.replace(/,/g, '');
  return undefined;
}

const TRUE_WORDS = new Set(['1', 'true', 'đạt', 'dat', 'có', 'co', 'x', 'yes', 'đã đạt', 'da dat', 'hoàn thành', 'hoan thanh']);
const FALSE_WORDS = new Set([
  '0',
  'false',
  'không',
  'khong',
  'không đạt',
  'khong dat',
  'chưa đạt',
  'chua dat',
  'chưa',
  'chua',
  'no',
  'chưa hoàn thành',
  'chua hoan thanh',
]);

/**
 * The flag a caller probably meant by a number or word, as a hint only: every spelling of the
 * flag words ("Chưa đạt", " Đạt ", "KHÔNG ĐẠT", "khong dat") gets the same hint.
 * @internal
 */
export function flagHint(raw: unknown): string | undefined {
  if (raw === 1) return 'true';
  if (raw === 0) return 'false';
  if (typeof raw !== 'string' || raw.length > HINT_LENGTH) return undefined;
  const word = raw.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (TRUE_WORDS.has(word)) return 'true';
  if (FALSE_WORDS.has(word)) return 'false';
  return undefined;
}

/** An empty or blank text (an empty spreadsheet cell): no data, like `null`. */
function isBlank(raw: unknown): boolean {
  return typeof raw === 'string' && (raw.length === 0 || (raw.length <= HINT_LENGTH && raw.trim() === ''));
}

/**
 * A short description of any value that reads nothing from it that could throw: the kind of
 * an exotic object, never its contents. @internal
 */
function describeSafely(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a bigint';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return describe(value);
  const kind = exoticKind(value);
  return kind ?? 'an object';
}

/** What kind of non-plain object a value is (`undefined` for a plain record). Never throws. */
function exoticKind(value: object): string | undefined {
  let proto: unknown;
  try {
    proto = Object.getPrototypeOf(value);
  } catch {
    return 'a throwing getter or Proxy';
  }
  if (proto === null || proto === Object.prototype) return undefined;
  if (value instanceof Map) return 'a Map';
  if (value instanceof Set) return 'a Set';
  if (value instanceof Date) return 'a Date';
  // A plain object of another realm (vm, iframe) has that realm's Object.prototype.
  try {
    if (Object.getPrototypeOf(proto) === null && typeof (proto as { constructor?: unknown }).constructor === 'function') {
      if ((proto as { constructor: { name?: unknown } }).constructor.name === 'Object') return undefined;
    }
  } catch {
    return 'a throwing getter or Proxy';
  }
  return 'a class instance';
}

/** What `readOwn` returns for a value whose getter or Proxy threw (the issue is already recorded). @internal */
const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * The own enumerable keys of a record, the one way every record of an input is entered:
 * anything that is not a plain record (an array, a Map, a Date, a class instance) is an
 * `invalid-type` issue, and a Proxy that throws is an `unreadable` issue, never an exception.
 * Returns `undefined` when the record cannot be used. Read each value with `readOwn`.
 * @internal
 */
function recordKeys(raw: unknown, path: readonly (string | number)[], expects: ExpectationKey, issues: InputIssue[]): string[] | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.push(issue(path.length === 0 ? 'invalid-input' : 'invalid-type', path, expects, describeSafely(raw)));
    return undefined;
  }
  const kind = exoticKind(raw);
  if (kind !== undefined) {
    const throws = kind === 'a throwing getter or Proxy';
    issues.push(
      issue(throws ? 'unreadable' : path.length === 0 ? 'invalid-input' : 'invalid-type', path, throws ? 'readable-value' : expects, kind),
    );
    return undefined;
  }
  try {
    return Object.keys(raw);
  } catch {
    issues.push(issue('unreadable', path, 'readable-value', 'a throwing getter or Proxy'));
    return undefined;
  }
}

/** One own value of a record entered with `recordKeys`; a getter that throws is an `unreadable` issue. @internal */
function readOwn(record: object, key: string, path: readonly (string | number)[], issues: InputIssue[]): unknown {
  try {
    return (record as Record<string, unknown>)[key];
  } catch {
    issues.push(issue('unreadable', [...path, key], 'readable-value', 'a throwing getter or Proxy'));
    return UNREADABLE;
  }
}

/** Checks one finite number against the range its measure allows; returns the issue code or null. */
function numberProblem(value: number, rule: ValueRule): InputIssue['code'] | null {
  if (Number.isNaN(value)) return 'not-a-number';
  if (!Number.isFinite(value)) return 'not-finite';
  if (value < 0) return 'negative';
  if (rule.max !== undefined && value > rule.max) return 'percent-over-100';
  if (rule.integer && !Number.isInteger(value)) return 'not-integer';
  if (rule.plausibleMax !== undefined && value > rule.plausibleMax) return 'implausible';
  return null;
}

/** What a caller probably meant by an implausible value. */
function meant(value: number, rule: ValueRule): string | undefined {
  if (rule.measure === 'percent') return `${Math.round(value * 10000) / 100}%`;
  if (rule.plausibleMax === undefined) return undefined;
  for (const scale of [1e6, 1e3]) if (value / scale <= rule.plausibleMax / 10) return String(value / scale);
  return undefined;
}

/** Expectation of a value, by measure. @internal */
const EXPECTED: Readonly<Record<Measure, ExpectationKey>> = {
  percent: 'percent-or-ratio',
  flag: 'flag',
  amount: 'non-negative-number',
  count: 'non-negative-integer',
};

function validateValue(
  raw: unknown,
  rule: ValueRule,
  path: readonly (string | number)[],
  issues: InputIssue[],
): CleanValue | null | 'invalid' {
  if (raw === null || raw === undefined || isBlank(raw)) return null;
  const expected = EXPECTED[rule.measure];
  if (rule.measure === 'flag') {
    if (raw === true) return TRUE;
    if (raw === false) return FALSE;
    issues.push(issue('invalid-type', path, expected, describeSafely(raw), flagHint(raw)));
    return 'invalid';
  }
  if (typeof raw === 'number') {
    const problem = numberProblem(raw, rule);
    if (problem === null) {
      if (rule.fractionGap && raw > 0 && raw < 1) {
        // Judged as given (below 1% it can only fail a target of 10% or more), and reported.
        const m = meant(raw, rule);
        issues.push(
          issue('implausible', path, 'plausible-value', String(raw), m, {
            ...(m !== undefined ? { meant: m } : {}),
            measure: rule.measure,
          }),
        );
      }
      return { kind: 'number', value: raw };
    }
    if (problem === 'implausible') {
      const m = meant(raw, rule);
      const unit = rule.indicator.unit;
      issues.push(
        issue('implausible', path, 'plausible-value', String(raw), m, {
          ...(m !== undefined ? { meant: m } : {}),
          measure: rule.measure,
          ...(unit ? { unit } : {}),
        }),
      );
    } else issues.push(issue(problem, path, expected, describe(raw)));
    return 'invalid';
  }
  if (typeof raw === 'string') {
    issues.push(issue('number-as-string', path, expected, describe(raw), numberHint(raw)));
    return 'invalid';
  }
  if (rule.ratio && typeof raw === 'object' && !Array.isArray(raw)) {
    const keys = recordKeys(raw, path, expected, issues);
    if (!keys) return 'invalid';
    let numerator: unknown;
    let denominator: unknown;
    let ok = true;
    for (const key of keys) {
      const part = readOwn(raw, key, path, issues);
      if (part === UNREADABLE) {
        ok = false;
        continue;
      }
      if (key === 'numerator') numerator = part;
      else if (key === 'denominator') denominator = part;
      else {
        issues.push(
          issue(UNSAFE_KEYS.has(key) ? 'unsafe-key' : 'unknown-key', [...path, key], { oneOf: ['numerator', 'denominator'] }, key),
        );
        ok = false;
      }
    }
    for (const [key, part] of [
      ['numerator', numerator],
      ['denominator', denominator],
    ] as const) {
      if (typeof part !== 'number') {
        issues.push(issue('invalid-type', [...path, key], 'number', describeSafely(part)));
        ok = false;
        continue;
      }
      const problem = Number.isNaN(part) ? 'not-a-number' : !Number.isFinite(part) ? 'not-finite' : part < 0 ? 'negative' : null;
      if (problem) {
        issues.push(issue(problem, [...path, key], 'non-negative-finite-number', describe(part)));
        ok = false;
      }
    }
    if (!ok) return 'invalid';
    const n = numerator as number;
    const d = denominator as number;
    if (d === 0) {
      issues.push(issue('zero-denominator', [...path, 'denominator'], 'positive-number', '0'));
      return 'invalid';
    }
    if (n > d) {
      issues.push(issue('numerator-exceeds-denominator', path, 'numerator-not-over-denominator', `${n}/${d}`));
      return 'invalid';
    }
    return { kind: 'ratio', numerator: n, denominator: d } satisfies CleanRatio;
  }
  issues.push(issue('invalid-type', path, expected, describeSafely(raw)));
  return 'invalid';
}

function overrideValueOk(value: unknown, rule: ValueRule): boolean {
  if (rule.measure === 'flag') return typeof value === 'boolean';
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && !(rule.max !== undefined && value > rule.max);
}

function validateOverride(raw: unknown, rule: ValueRule, path: readonly (string | number)[], issues: InputIssue[]): TargetOverride | null {
  const keys = recordKeys(raw, path, 'override', issues);
  if (!keys) {
    // recordKeys reports a non-record as invalid-type; an override's problem is invalid-override.
    const last = issues[issues.length - 1];
    if (last && last.code === 'invalid-type' && last.path === path)
      issues[issues.length - 1] = issue('invalid-override', path, 'override', last.received);
    return null;
  }
  const fields: Record<string, unknown> = Object.create(null);
  let ok = true;
  for (const key of keys) {
    const v = readOwn(raw as object, key, path, issues);
    if (v === UNREADABLE) ok = false;
    else if ((OVERRIDE_FIELDS as readonly string[]).includes(key)) fields[key] = v;
    else {
      issues.push(
        issue(
          UNSAFE_KEYS.has(key) ? 'unsafe-key' : 'unknown-key',
          [...path, key],
          { oneOf: OVERRIDE_FIELDS },
          key,
          didYouMean(key, OVERRIDE_FIELDS),
        ),
      );
      ok = false;
    }
  }
  const { value, by, op, source, note } = fields;
  if (!overrideValueOk(value, rule)) {
    issues.push(issue('invalid-override', [...path, 'value'], EXPECTED[rule.measure], describeSafely(value)));
    ok = false;
  }
  if (typeof by !== 'string' || by.trim() === '') {
    issues.push(issue('invalid-override', [...path, 'by'], 'override-by', describeSafely(by)));
    ok = false;
  }
  if (op !== undefined && !(COMPARISONS as readonly unknown[]).includes(op)) {
    issues.push(issue('invalid-override', [...path, 'op'], { oneOf: COMPARISONS }, describeSafely(op)));
    ok = false;
  }
  for (const [key, text] of [
    ['source', source],
    ['note', note],
  ] as const) {
    if (text !== undefined && typeof text !== 'string') {
      issues.push(issue('invalid-override', [...path, key], 'text', describeSafely(text)));
      ok = false;
    }
  }
  if (!ok) return null;
  // Optional fields added one by one: one object shape, no spreads on the common path.
  const override: { -readonly [K in keyof TargetOverride]: TargetOverride[K] } = { value: value as number | boolean, by: by as string };
  if (op !== undefined) override.op = op as Comparison;
  if (source !== undefined) override.source = source as string;
  if (note !== undefined) override.note = note as string;
  return override;
}

function regionHint(text: string): string | undefined {
  if (text.length > HINT_LENGTH) return undefined;
  const plain = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .trim();
  const wanted = plain(text);
  const byName = REGION_IDS.find(
    (id) => plain(REGIONS[id].abbreviation) === wanted || plain(REGIONS[id].name.vi) === wanted || plain(REGIONS[id].name.en) === wanted,
  );
  return byName ?? didYouMean(text, REGION_IDS);
}

/**
 * The group id a caller probably meant by a group's number: 2, or the text a spreadsheet or
 * form holds ("2", "Nhóm 2", "nhom-2", "Group 2"), as a hint only.
 */
function groupNumberOf(raw: unknown): CommuneGroupId | undefined {
  if (typeof raw === 'number') return raw === 1 || raw === 2 || raw === 3 ? `group-${raw}` : undefined;
  if (typeof raw !== 'string' || raw.length > HINT_LENGTH) return undefined;
  const m = /^(?:nh[oó]m|group)?[\s\-_]*([123])$/.exec(raw.normalize('NFC').trim().toLowerCase());
  return m ? (`group-${m[1]}` as CommuneGroupId) : undefined;
}

/** A fact's or reference's value, or the issue it raises. */
function nameValue(
  field: 'facts' | 'references',
  kind: 'number' | 'boolean' | 'either',
  value: unknown,
  path: readonly (string | number)[],
  issues: InputIssue[],
): number | boolean | undefined {
  if (value === undefined || value === null || isBlank(value)) return undefined;
  if (typeof value === 'boolean' && field === 'facts' && kind !== 'number') return value;
  if (typeof value === 'number' && kind !== 'boolean' && Number.isFinite(value) && value >= 0) return value;
  const expects: Expectation =
    field === 'references' || kind === 'number' ? 'non-negative-number' : kind === 'boolean' ? 'flag' : 'number-or-flag';
  // A flag word ("có", "Đạt") or 1/0 where a flag is allowed: the flag it stands for, as a hint.
  // Text is called a number given as text only when a number is what is wanted, or what it reads as.
  const flag = field === 'facts' && kind !== 'number' ? flagHint(value) : undefined;
  const number = typeof value === 'string' && kind !== 'boolean' ? numberHint(value) : undefined;
  const code =
    expects === 'flag'
      ? 'invalid-type'
      : typeof value === 'string'
        ? expects === 'non-negative-number' || number !== undefined
          ? 'number-as-string'
          : 'invalid-type'
        : typeof value !== 'number'
          ? 'invalid-type'
          : Number.isNaN(value)
            ? 'not-a-number'
            : !Number.isFinite(value)
              ? 'not-finite'
              : // A finite number of at least 0 was accepted above (a flag's numbers stop at the first test).
                'negative';
  issues.push(issue(code, path, expects, describeSafely(value), number ?? flag));
  return undefined;
}

/**
 * Validates an input of unknown shape against a set, from the set's input description (the
 * same one the schemas are made from). Never throws: every problem becomes an issue, and
 * every valid part is kept. @internal
 */
export function validateInput(set: CriteriaSet, input: unknown): { clean: CleanInput; issues: InputIssue[] } {
  const d: InputDescription = describeInput(set);
  const issues: InputIssue[] = [];
  const values: (StoredValue | undefined)[] = new Array(d.values.length);
  let invalid: Set<string> | undefined;
  let facts: Map<string, number | boolean> | undefined;
  let references: Map<string, number> | undefined;
  let overrides: Map<string, TargetOverride> | undefined;
  let region: RegionId | undefined;
  let group: CommuneGroupId | undefined;
  let province: string | undefined;
  let rawProvince: unknown;
  let categories: string[] | undefined;
  let year: number | null = null;
  let sawValues = false;

  const entries = recordKeys(input, [], 'input-object', issues);
  for (const key of entries ?? []) {
    const raw = readOwn(input as object, key, [], issues);
    if (raw === undefined || raw === UNREADABLE) continue;
    switch (key) {
      case 'region':
        if (isRegionId(raw)) region = raw;
        else
          issues.push(
            issue(
              'unknown-region',
              ['region'],
              { oneOf: REGION_IDS },
              describeSafely(raw),
              typeof raw === 'string' ? regionHint(raw) : undefined,
            ),
          );
        break;
      case 'group': {
        const numbered = groupNumberOf(raw);
        if (typeof raw === 'string' && isCommuneGroupId(raw)) group = raw;
        else {
          const hint = numbered ?? (typeof raw === 'string' && raw.length <= HINT_LENGTH ? didYouMean(raw, COMMUNE_GROUP_IDS) : undefined);
          issues.push(issue('unknown-group', ['group'], { oneOf: COMMUNE_GROUP_IDS }, describeSafely(raw), hint));
        }
        break;
      }
      case 'province':
        // Resolved after the loop: which provinces exist depends on the year.
        rawProvince = raw;
        break;
      case 'communeCategories': {
        // Read through readOwnList: a proxy may forge a length of 2³² − 1 (a set names a few categories).
        const list = Array.isArray(raw) ? readOwnList(raw, 1000) : undefined;
        if (!Array.isArray(raw)) issues.push(issue('invalid-type', ['communeCategories'], 'category-ids', describeSafely(raw)));
        else if (isRefusal(list))
          issues.push(
            issue(
              list.refused === 'accessor' || list.refused === 'unreadable' ? 'unreadable' : 'invalid-type',
              ['communeCategories'],
              'category-ids',
              list.received,
            ),
          );
        else {
          // Each element on its own: one bad element never discards the others (and the column rule they select).
          categories = [];
          const known = d.categories;
          for (let i = 0; i < list!.length; i++) {
            let c: unknown;
            try {
              c = list![i];
            } catch {
              issues.push(issue('unreadable', ['communeCategories', i], 'readable-value', 'a throwing getter or Proxy'));
              continue;
            }
            if (typeof c === 'string' && known.includes(c)) {
              if (!categories.includes(c)) categories.push(c);
            } else {
              const hint = typeof c === 'string' && c.length <= HINT_LENGTH ? didYouMean(c, known) : undefined;
              issues.push(
                issue(
                  'unknown-key',
                  ['communeCategories', i],
                  known.length > 0 ? { oneOf: known } : 'no-categories',
                  describeSafely(c),
                  hint,
                ),
              );
            }
          }
        }
        break;
      }
      case 'year':
        if (typeof raw !== 'number' || !Number.isInteger(raw)) {
          const text = typeof raw === 'string';
          issues.push(
            issue(text ? 'number-as-string' : 'invalid-type', ['year'], 'year', describeSafely(raw), text ? numberHint(raw) : undefined),
          );
        } else if (d.years && (raw < d.years.from || raw > d.years.to)) {
          issues.push(issue('year-outside-period', ['year'], { range: d.years }, String(raw)));
        } else year = raw;
        break;
      case 'values': {
        sawValues = true;
        const list = recordKeys(raw, ['values'], 'values-object', issues);
        if (!list) break;
        // Values usually come in the set's order (a form, a template, a file made from one):
        // the rule after the last one found is tried first, a string comparison, before the map.
        const rules = d.values;
        let next = 0;
        for (let k = 0; k < list.length; k++) {
          const code = list[k]!;
          const v = readOwn(raw as object, code, VALUES_PATH, issues);
          if (v === UNREADABLE) continue;
          const guess = next < rules.length ? rules[next]! : undefined;
          const rule = guess !== undefined && guess.code === code ? guess : d.byCode.get(code);
          if (rule !== undefined) next = rule.position + 1;
          if (rule === undefined || (code.length >= UNSAFE_LENGTH && UNSAFE_KEYS.has(code))) {
            if (UNSAFE_KEYS.has(code)) issues.push(issue('unsafe-key', ['values', code], 'indicator-code', code));
            else
              issues.push(
                issue(
                  'unknown-indicator',
                  ['values', code],
                  'indicator-code-of-set',
                  code,
                  code.length <= HINT_LENGTH ? didYouMean(code, d.codes) : undefined,
                ),
              );
            continue;
          }
          // The common case first: a plain number or flag that needs nothing more.
          if (
            typeof v === 'number' &&
            rule.measure !== 'flag' &&
            numberProblem(v, rule) === null &&
            !(rule.fractionGap && v > 0 && v < 1)
          ) {
            values[rule.position] = v;
            continue;
          }
          if (typeof v === 'boolean' && rule.measure === 'flag') {
            values[rule.position] = v;
            continue;
          }
          const value = validateValue(v, rule, ['values', code], issues);
          if (value === null) continue;
          if (value === 'invalid') (invalid ??= new Set()).add(code);
          else values[rule.position] = value.kind === 'ratio' ? value : value.value;
        }
        break;
      }
      case 'facts':
      case 'references': {
        const names = key === 'facts' ? d.facts : d.references;
        const list = recordKeys(raw, [key], 'names-object', issues);
        if (!list) break;
        for (const name of list) {
          const v = readOwn(raw as object, name, [key], issues);
          if (v === UNREADABLE) continue;
          const known = names.get(name);
          if (name.length >= UNSAFE_LENGTH && UNSAFE_KEYS.has(name)) {
            issues.push(issue('unsafe-key', [key, name], 'name', name));
          } else if (known === undefined) {
            // A name the set's rules never read is a typo or a wrong set: reported, not ignored.
            const list = [...names.keys()];
            issues.push(
              issue(
                'unknown-key',
                [key, name],
                list.length > 0 ? { oneOf: list } : { oneOf: [] },
                name,
                name.length <= HINT_LENGTH ? didYouMean(name, list) : undefined,
              ),
            );
          } else {
            const value = nameValue(key, known.kind, v, [key, name], issues);
            if (value === undefined) continue;
            if (key === 'facts') (facts ??= new Map()).set(name, value);
            else (references ??= new Map()).set(name, value as number);
          }
        }
        break;
      }
      case 'overrides': {
        const list = recordKeys(raw, ['overrides'], 'codes-object', issues);
        if (!list) break;
        for (const code of list) {
          const v = readOwn(raw as object, code, ['overrides'], issues);
          if (v === undefined || v === UNREADABLE) continue;
          const rule = d.byCode.get(code);
          if (UNSAFE_KEYS.has(code)) issues.push(issue('unsafe-key', ['overrides', code], 'indicator-code', code));
          else if (rule === undefined) {
            issues.push(
              issue(
                'unknown-indicator',
                ['overrides', code],
                'indicator-code-of-set',
                code,
                code.length <= HINT_LENGTH ? didYouMean(code, d.codes) : undefined,
              ),
            );
          } else {
            const override = validateOverride(v, rule, ['overrides', code], issues);
            if (override) (overrides ??= new Map()).set(code, override);
          }
        }
        break;
      }
      default:
        if (UNSAFE_KEYS.has(key)) issues.push(issue('unsafe-key', [key], 'field-name', key));
        else
          issues.push(
            issue(
              'unknown-key',
              [key],
              { oneOf: INPUT_FIELDS },
              key,
              key.length <= HINT_LENGTH ? didYouMean(key, INPUT_FIELDS) : undefined,
            ),
          );
    }
  }
  if (rawProvince !== undefined) {
    const found = resolveProvince(rawProvince, { year: year ?? undefined, period: set.period });
    if (found.ok) province = found.key;
    else issues.push(issue(found.code, ['province'], { oneOf: [found.expected] }, found.received, found.suggestion));
  }
  if (entries && !sawValues) issues.push(issue('invalid-type', ['values'], 'values-object', 'undefined'));
  if (set.columns === 'groups' && region !== undefined) {
    issues.push(issue('wrong-column-kind', ['region'], 'group', 'region'));
    region = undefined;
  }
  if (set.columns === 'regions' && group !== undefined) {
    issues.push(issue('wrong-column-kind', ['group'], 'region', 'commune group'));
    group = undefined;
  }

  const clean: { -readonly [K in keyof CleanInput]: CleanInput[K] } = {
    categories: categories ?? NO_CATEGORIES,
    year,
    values,
    invalid: invalid ?? NONE,
    facts: facts ?? NO_FACTS,
    references: references ?? NO_REFERENCES,
    overrides: overrides ?? NO_OVERRIDES,
  };
  if (region !== undefined) clean.region = region;
  if (group !== undefined) clean.group = group;
  if (province !== undefined) clean.province = province;
  return { clean, issues };
}
