import { describe, didYouMean } from '../_lib/did-you-mean.js';
import { COMMUNE_GROUP_IDS, isCommuneGroupId, type CommuneGroupId } from '../model/commune-group.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { Indicator } from '../model/indicator.js';
import { isProvinceId, PROVINCE_IDS, type ProvinceId } from '../model/province.js';
import { isRegionId, REGION_IDS, REGIONS, type RegionId } from '../model/region.js';
import { COMPARISONS, type Comparison } from '../model/target.js';
import type { TargetOverride } from './input.js';
import type { InputIssue, InputIssueCode } from './issue.js';
import { issue } from './make-issue.js';
import type { ExpectationKey } from '../locale/messages.js';
import { indexOf } from './set-index.js';

/** A value that passed validation. @internal */
export type CleanValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'flag'; readonly value: boolean }
  | { readonly kind: 'ratio'; readonly numerator: number; readonly denominator: number };

/** The clean values by indicator code (a Map, or `ValuesInOrder` from the fast validator). @internal */
export interface ValueLookup {
  get(code: string): CleanValue | undefined;
}

/** The input after validation: only valid parts, in prototype-free maps. @internal */
export interface CleanInput {
  readonly region?: RegionId;
  readonly group?: CommuneGroupId;
  readonly province?: ProvinceId;
  readonly categories: readonly string[];
  readonly year: number | null;
  readonly values: ValueLookup;
  /** Codes whose value was given but invalid. */
  readonly invalid: ReadonlySet<string>;
  readonly facts: ReadonlyMap<string, number | boolean>;
  readonly references: ReadonlyMap<string, number>;
  readonly overrides: ReadonlyMap<string, TargetOverride>;
}

const TOP_LEVEL_KEYS = [
  'region',
  'group',
  'province',
  'communeCategories',
  'year',
  'values',
  'facts',
  'references',
  'overrides',
] as const;

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The number a text probably stands for, as a hint only: text is never read as a number.
 * Why: a spreadsheet writes 95.5 as "95,5" in Vietnamese and "95.5" in English, and writes
 * one thousand two hundred thirty-four as "1.234" or "1,234". One separator followed by
 * exactly three digits is therefore ambiguous, and gets no hint. A trailing "%" is dropped.
 * @internal
 */
export function numberHint(text: string): string | undefined {
  // Linear: a regex such as /\s*%$/ retries at every space of a long inner run (quadratic), and
  // no number is longer than 40 characters, so longer text gets no hint at all.
  if (text.length > 200) return undefined;
  const trimmed = text.trim();
  const t = trimmed.endsWith('%') ? trimmed.slice(0, -1).trimEnd() : trimmed;
  if (/^-?\d+$/.test(t)) return t;
  // One separator with 1–2 or 4+ digits after it: a decimal separator, whichever it is.
  if (/^-?\d+[.,](\d{1,2}|\d{4,})$/.test(t)) return t.replace(',', '.');
  // Both separators: the last one is the decimal separator ("1.234,5", "1,234.5").
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(t)) return t.replace(/\./g, '').replace(',', '.');
  if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(t)) return t.replace(/,/g, '');
  return undefined;
}

/** The flag a caller probably meant by a number or word, as a hint only. */
function flagHint(raw: unknown): string | undefined {
  if (raw === 1 || raw === '1' || raw === 'true' || raw === 'đạt' || raw === 'Đạt' || raw === 'có' || raw === 'Có') return 'true';
  if (raw === 0 || raw === '0' || raw === 'false' || raw === 'không' || raw === 'Không' || raw === 'không đạt' || raw === 'Không đạt') {
    return 'false';
  }
  return undefined;
}

/** Checks one finite number against the range its measure allows; returns the issue code or null. */
function numberProblem(value: number, indicator: Indicator): InputIssueCode | null {
  if (Number.isNaN(value)) return 'not-a-number';
  if (!Number.isFinite(value)) return 'not-finite';
  if (value < 0) return 'negative';
  if (indicator.measure === 'percent' && value > 100) return 'percent-over-100';
  if (indicator.measure === 'count' && !Number.isInteger(value)) return 'not-integer';
  return null;
}

const EXPECTED: Record<Indicator['measure'], ExpectationKey> = {
  percent: 'percent-or-ratio',
  flag: 'flag',
  amount: 'non-negative-number',
  count: 'non-negative-integer',
};

function validateValue(
  raw: unknown,
  indicator: Indicator,
  path: readonly (string | number)[],
  issues: InputIssue[],
): CleanValue | null | 'invalid' {
  if (raw === null || raw === undefined) return null;
  const expected = EXPECTED[indicator.measure];
  if (indicator.measure === 'flag') {
    if (typeof raw === 'boolean') return { kind: 'flag', value: raw };
    issues.push(issue('invalid-type', path, expected, describe(raw), flagHint(raw)));
    return 'invalid';
  }
  if (typeof raw === 'number') {
    const problem = numberProblem(raw, indicator);
    if (problem) {
      issues.push(issue(problem, path, expected, describe(raw)));
      return 'invalid';
    }
    return { kind: 'number', value: raw };
  }
  if (typeof raw === 'string') {
    issues.push(issue('number-as-string', path, expected, describe(raw), numberHint(raw)));
    return 'invalid';
  }
  if (indicator.measure === 'percent' && isPlainObject(raw) && 'numerator' in raw && 'denominator' in raw) {
    const { numerator, denominator } = raw;
    let ok = true;
    for (const [key, part] of [
      ['numerator', numerator],
      ['denominator', denominator],
    ] as const) {
      if (typeof part !== 'number') {
        issues.push(issue('invalid-type', [...path, key], 'number', describe(part)));
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
    return { kind: 'ratio', numerator: n, denominator: d };
  }
  issues.push(issue('invalid-type', path, expected, describe(raw)));
  return 'invalid';
}

function validateOverride(raw: unknown, indicator: Indicator, path: readonly string[], issues: InputIssue[]) {
  const expected = 'override';
  if (!isPlainObject(raw)) {
    issues.push(issue('invalid-override', path, expected, describe(raw)));
    return null;
  }
  const { value, by, op, source, note } = raw;
  const valueOk =
    indicator.measure === 'flag'
      ? typeof value === 'boolean'
      : typeof value === 'number' && Number.isFinite(value) && value >= 0 && !(indicator.measure === 'percent' && value > 100);
  if (!valueOk) {
    issues.push(issue('invalid-override', [...path, 'value'], EXPECTED[indicator.measure], describe(value)));
    return null;
  }
  if (typeof by !== 'string' || by.trim() === '') {
    issues.push(issue('invalid-override', [...path, 'by'], 'override-by', describe(by)));
    return null;
  }
  if (op !== undefined && !(COMPARISONS as readonly unknown[]).includes(op)) {
    issues.push(issue('invalid-override', [...path, 'op'], { oneOf: COMPARISONS }, describe(op)));
    return null;
  }
  const override: TargetOverride = {
    value: value as number | boolean,
    by,
    ...(op !== undefined ? { op: op as Comparison } : {}),
    ...(typeof source === 'string' ? { source } : {}),
    ...(typeof note === 'string' ? { note } : {}),
  };
  return override;
}

function regionHint(text: string): string | undefined {
  const byAbbreviation = REGION_IDS.find(
    (id) =>
      REGIONS[id].abbreviation.toLowerCase() === text.toLowerCase() ||
      REGIONS[id].abbreviation.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'D').toLowerCase() ===
        text.toLowerCase() ||
      REGIONS[id].name.vi.toLowerCase() === text.toLowerCase() ||
      REGIONS[id].name.en.toLowerCase() === text.toLowerCase(),
  );
  return byAbbreviation ?? didYouMean(text, REGION_IDS);
}

/**
 * Validates an input of unknown shape against a set. Never throws: every problem becomes an
 * issue, and every valid part is kept. @internal
 */
// Keep in step with validate-common.ts, its fast path for well-formed input (test/perf checks both agree).
export function validateInput(set: CriteriaSet, input: unknown): { clean: CleanInput; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const values = new Map<string, CleanValue>();
  const invalid = new Set<string>();
  const facts = new Map<string, number | boolean>();
  const references = new Map<string, number>();
  const overrides = new Map<string, TargetOverride>();
  let region: RegionId | undefined;
  let group: CommuneGroupId | undefined;
  let province: ProvinceId | undefined;
  let categories: string[] = [];
  let year: number | null = null;

  const clean = (): CleanInput => ({
    ...(region ? { region } : {}),
    ...(group ? { group } : {}),
    ...(province ? { province } : {}),
    categories,
    year,
    values,
    invalid,
    facts,
    references,
    overrides,
  });

  if (!isPlainObject(input)) {
    issues.push(issue('invalid-input', [], 'input-object', describe(input)));
    return { clean: clean(), issues };
  }
  const { indicators, codes } = indexOf(set);

  for (const key of Object.keys(input)) {
    if (UNSAFE_KEYS.has(key)) issues.push(issue('unsafe-key', [key], 'field-name', key));
    else if (!(TOP_LEVEL_KEYS as readonly string[]).includes(key)) {
      issues.push(issue('unknown-key', [key], { oneOf: TOP_LEVEL_KEYS }, key, didYouMean(key, TOP_LEVEL_KEYS)));
    }
  }

  // Column inputs.
  if (hasOwn(input, 'region') && input.region !== undefined) {
    const raw = input.region;
    if (isRegionId(raw)) region = raw;
    else {
      issues.push(
        issue('unknown-region', ['region'], { oneOf: REGION_IDS }, describe(raw), typeof raw === 'string' ? regionHint(raw) : undefined),
      );
    }
  }
  if (hasOwn(input, 'group') && input.group !== undefined) {
    const raw = input.group;
    const normalised = typeof raw === 'number' && [1, 2, 3].includes(raw) ? `group-${raw}` : raw;
    if (isCommuneGroupId(normalised)) {
      if (typeof raw === 'number') {
        issues.push(issue('unknown-group', ['group'], { oneOf: COMMUNE_GROUP_IDS }, describe(raw), normalised));
      } else group = normalised;
    } else {
      issues.push(
        issue('unknown-group', ['group'], { oneOf: COMMUNE_GROUP_IDS }, describe(raw), typeof raw === 'string' ? didYouMean(raw, COMMUNE_GROUP_IDS) : undefined),
      );
    }
  }
  if (hasOwn(input, 'province') && input.province !== undefined) {
    const raw = input.province;
    if (isProvinceId(raw)) province = raw;
    else {
      issues.push(
        issue('unknown-province', ['province'], 'province-id', describe(raw), typeof raw === 'string' ? didYouMean(raw, PROVINCE_IDS) : undefined),
      );
    }
  }
  if (set.columns === 'groups' && region !== undefined) {
    issues.push(issue('wrong-column-kind', ['region'], 'group', 'region'));
  }
  if (set.columns === 'regions' && group !== undefined) {
    issues.push(issue('wrong-column-kind', ['group'], 'region', 'commune group'));
  }
  if (hasOwn(input, 'communeCategories') && input.communeCategories !== undefined) {
    const raw = input.communeCategories;
    if (Array.isArray(raw) && raw.every((c) => typeof c === 'string')) {
      const known = new Set((set.communeCategories ?? []).map((c) => c.id));
      categories = [];
      raw.forEach((c: string, i) => {
        if (known.has(c)) categories.push(c);
        else issues.push(issue('unknown-key', ['communeCategories', i], known.size > 0 ? { oneOf: [...known] } : 'no-categories', describe(c), didYouMean(c, [...known])));
      });
    } else issues.push(issue('invalid-type', ['communeCategories'], 'category-ids', describe(raw)));
  }

  // Year.
  if (hasOwn(input, 'year') && input.year !== undefined) {
    const raw = input.year;
    if (typeof raw !== 'number' || !Number.isInteger(raw)) {
      issues.push(issue(typeof raw === 'string' ? 'number-as-string' : 'invalid-type', ['year'], 'year', describe(raw), typeof raw === 'string' ? numberHint(raw) : undefined));
    } else if (set.years && (raw < set.years.from || raw > set.years.to)) {
      issues.push(issue('year-outside-period', ['year'], { range: set.years }, String(raw)));
    } else year = raw;
  }

  // Indicator values.
  if (!hasOwn(input, 'values') || input.values === undefined) {
    issues.push(issue('invalid-type', ['values'], 'values-object', 'undefined'));
  } else if (!isPlainObject(input.values)) {
    issues.push(issue('invalid-type', ['values'], 'values-object', describe(input.values)));
  } else {
    const raw = input.values;
    for (const code of Object.keys(raw)) {
      const path = ['values', code] as const;
      if (UNSAFE_KEYS.has(code)) {
        issues.push(issue('unsafe-key', path, 'indicator-code', code));
        continue;
      }
      const entry = indicators.get(code);
      if (!entry) {
        issues.push(issue('unknown-indicator', path, 'indicator-code-of-set', code, didYouMean(code, codes)));
        continue;
      }
      const value = validateValue(raw[code], entry.indicator, path, issues);
      if (value === 'invalid') invalid.add(code);
      else if (value !== null) values.set(code, value);
    }
  }

  // Facts and references.
  for (const [field, target] of [
    ['facts', facts],
    ['references', references],
  ] as const) {
    if (!hasOwn(input, field) || input[field] === undefined) continue;
    const raw = input[field];
    if (!isPlainObject(raw)) {
      issues.push(issue('invalid-type', [field], 'names-object', describe(raw)));
      continue;
    }
    // A name a set that declares its names does not read is a typo or a wrong set: report it
    // rather than ignore it. (A set that declares none accepts any name.)
    const names = field === 'facts' ? set.facts : set.references;
    const declared = names ? Object.keys(names) : undefined;
    for (const name of Object.keys(raw)) {
      const value = raw[name];
      if (UNSAFE_KEYS.has(name)) {
        issues.push(issue('unsafe-key', [field, name], 'name', name));
      } else if (declared && !declared.includes(name)) {
        issues.push(issue('unknown-key', [field, name], { oneOf: declared }, name, didYouMean(name, declared)));
      } else if (field === 'facts' && typeof value === 'boolean') {
        target.set(name, value);
      } else if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
        target.set(name, value);
      } else {
        const code = typeof value === 'string' ? 'number-as-string' : Number.isNaN(value) ? 'not-a-number' : typeof value === 'number' && !Number.isFinite(value) ? 'not-finite' : typeof value === 'number' ? 'negative' : 'invalid-type';
        issues.push(issue(code, [field, name], field === 'facts' ? 'number-or-flag' : 'non-negative-number', describe(value), typeof value === 'string' ? numberHint(value) : undefined));
      }
    }
  }

  // Overrides.
  if (hasOwn(input, 'overrides') && input.overrides !== undefined) {
    const raw = input.overrides;
    if (!isPlainObject(raw)) issues.push(issue('invalid-type', ['overrides'], 'codes-object', describe(raw)));
    else {
      for (const code of Object.keys(raw)) {
        const path = ['overrides', code];
        if (UNSAFE_KEYS.has(code)) {
          issues.push(issue('unsafe-key', path, 'indicator-code', code));
          continue;
        }
        const entry = indicators.get(code);
        if (!entry) {
          issues.push(issue('unknown-indicator', path, 'indicator-code-of-set', code, didYouMean(code, codes)));
          continue;
        }
        const override = validateOverride(raw[code], entry.indicator, path, issues);
        if (override) overrides.set(code, override);
      }
    }
  }

  return { clean: clean(), issues };
}
