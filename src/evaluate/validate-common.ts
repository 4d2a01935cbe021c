import { isCommuneGroupId, type CommuneGroupId } from '../model/commune-group.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { Measure } from '../model/indicator.js';
import type { Comparison } from '../model/target.js';
import { resolveProvince } from '../model/resolve-province.js';
import { isRegionId, type RegionId } from '../model/region.js';
import type { TargetOverride } from './input.js';
import type { InputIssue } from './issue.js';
import { indexOf } from './set-index.js';
import { ValuesInOrder } from './values-in-order.js';
import type { CleanInput, CleanValue } from './validate-input.js';

// Why shared: a clean value is internal and never handed out, so one object per flag value is enough.
const TRUE: CleanValue = Object.freeze({ kind: 'flag', value: true });
const FALSE: CleanValue = Object.freeze({ kind: 'flag', value: false });
// Empty parts of every common-case input, shared for the same reason: nothing mutates a clean input.
const NO_CATEGORIES: readonly string[] = Object.freeze([]);
const NONE_INVALID: ReadonlySet<string> = new Set();
const NO_REFERENCES: ReadonlyMap<string, number> = new Map();
const NO_OVERRIDES: ReadonlyMap<string, TargetOverride> = new Map();

/**
 * The common case of `validateInput`, fast: a well-formed input with only `region`, `group`,
 * `province`, `year`, `values` (plain numbers and flags), `facts` and `overrides`, and nothing
 * wrong with it. Returns `undefined` for anything else (ratios, references, categories, any
 * value or override that would raise an issue), and the generic validator then runs and reports.
 *
 * Why: it returns exactly the clean input `validateInput` returns for such an input, with no
 * issue, at a fraction of the cost (no issue paths, no per-field bookkeeping).
 * test/perf/compiled-plan.test.ts compares the two on good and bad inputs of every kind.
 * @internal
 */
export function validateCommon(set: CriteriaSet, input: unknown): { clean: CleanInput; issues: InputIssue[] } | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const raw = input as Record<string, unknown>;
  let region: RegionId | undefined;
  let group: CommuneGroupId | undefined;
  let province: string | undefined;
  let year: number | null = null;
  let rawValues: unknown;
  let rawFacts: unknown;
  let rawOverrides: unknown;
  for (const key of Object.keys(raw)) {
    const v = raw[key];
    if (v === undefined) {
      if (key !== 'region' && key !== 'group' && key !== 'province' && key !== 'year' && key !== 'facts' && key !== 'overrides') return undefined;
      continue;
    }
    switch (key) {
      case 'region':
        if (set.columns === 'groups' || !isRegionId(v)) return undefined;
        region = v;
        break;
      case 'group':
        if (set.columns === 'regions' || typeof v !== 'string' || !isCommuneGroupId(v)) return undefined;
        group = v;
        break;
      case 'province':
        const found = resolveProvince(v, { year: Number.isInteger(raw.year) ? (raw.year as number) : undefined, period: set.period });
        if (!found.ok) return undefined;
        province = found.key;
        break;
      case 'year':
        if (typeof v !== 'number' || !Number.isInteger(v) || (set.years && (v < set.years.from || v > set.years.to))) return undefined;
        year = v;
        break;
      case 'values':
        rawValues = v;
        break;
      case 'facts':
        rawFacts = v;
        break;
      case 'overrides':
        rawOverrides = v;
        break;
      default:
        return undefined;
    }
  }
  if (typeof rawValues !== 'object' || rawValues === null || Array.isArray(rawValues)) return undefined;

  const index = indexOf(set);
  const { indicators } = index;
  const given = rawValues as Record<string, unknown>;
  const codes = Object.keys(given);
  const slots: (CleanValue | undefined)[] = new Array(index.codes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    const entry = indicators.get(code);
    if (!entry || code === '__proto__' || code === 'constructor' || code === 'prototype') return undefined;
    const v = given[code];
    if (v === null || v === undefined) continue;
    const measure = entry.indicator.measure;
    if (measure === 'flag') {
      if (typeof v !== 'boolean') return undefined;
      slots[entry.position] = v ? TRUE : FALSE;
    } else {
      if (typeof v !== 'number' || !(v >= 0) || v === Infinity) return undefined;
      if (measure === 'percent' ? v > 100 : measure === 'count' && !Number.isInteger(v)) return undefined;
      slots[entry.position] = { kind: 'number', value: v };
    }
  }

  const facts = new Map<string, number | boolean>();
  if (rawFacts !== undefined) {
    if (typeof rawFacts !== 'object' || rawFacts === null || Array.isArray(rawFacts)) return undefined;
    const f = rawFacts as Record<string, unknown>;
    const declared = set.facts;
    for (const name of Object.keys(f)) {
      if (name === '__proto__' || name === 'constructor' || name === 'prototype') return undefined;
      // An undeclared fact raises an issue: only the generic validator reports it.
      if (declared && !Object.prototype.hasOwnProperty.call(declared, name)) return undefined;
      const v = f[name];
      if (typeof v === 'boolean' || (typeof v === 'number' && v >= 0 && v !== Infinity)) facts.set(name, v);
      else return undefined;
    }
  }

  let overrides = NO_OVERRIDES;
  if (rawOverrides !== undefined) {
    if (typeof rawOverrides !== 'object' || rawOverrides === null || Array.isArray(rawOverrides)) return undefined;
    const o = rawOverrides as Record<string, unknown>;
    const found = new Map<string, TargetOverride>();
    for (const code of Object.keys(o)) {
      const entry = indicators.get(code);
      if (!entry || code === '__proto__' || code === 'constructor' || code === 'prototype') return undefined;
      const override = wellFormedOverride(o[code], entry.indicator.measure);
      if (!override) return undefined;
      found.set(code, override);
    }
    overrides = found;
  }

  // One literal with every field (absent ones undefined), not conditional spreads: a spread
  // after the first makes V8 copy properties one by one, which cost more than the whole loop
  // above. The clean input is internal and never serialised, so absent vs undefined is moot.
  const clean: CleanInput = {
    region,
    group,
    province,
    categories: NO_CATEGORIES,
    year,
    values: new ValuesInOrder(slots, index),
    invalid: NONE_INVALID,
    facts,
    references: NO_REFERENCES,
    overrides,
  };
  return { clean, issues: [] };
}

/**
 * The override `validateInput`'s `validateOverride` keeps for a raw override that raises no
 * issue (same checks, same keys in the same order); undefined for any other.
 */
function wellFormedOverride(raw: unknown, measure: Measure): TargetOverride | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { value, by, op, source, note } = raw as Record<string, unknown>;
  if (measure === 'flag' ? typeof value !== 'boolean' : typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (measure === 'percent' && value > 100)) {
    return undefined;
  }
  if (typeof by !== 'string' || by.trim() === '') return undefined;
  if (op !== undefined && op !== '>=' && op !== '<=' && op !== '=') return undefined;
  // Optional fields added one by one, in validateOverride's key order: spreads after the first
  // field would make V8 copy properties through the runtime, for every override of every call.
  const override: { -readonly [K in keyof TargetOverride]: TargetOverride[K] } = { value: value as number | boolean, by };
  if (op !== undefined) override.op = op as Comparison;
  if (typeof source === 'string') override.source = source;
  if (typeof note === 'string') override.note = note;
  return override;
}
