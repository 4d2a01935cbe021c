import type { CriteriaSet } from '../model/criteria-set.js';
import type { Criterion } from '../model/criterion.js';
import type { Indicator, Measure } from '../model/indicator.js';
import type { LocalizedText } from '../model/text.js';
import type { Comparison } from '../model/target.js';
import { targetsOf } from '../model/cell.js';

/**
 * What one indicator's value may be. The validator (`validateInput`) and both schemas
 * (`inputSchema`, `inputJsonSchema`) read these same fields, so the schemas are at least as
 * strict as the engine by construction.
 * @internal
 */
export interface ValueRule {
  readonly code: string;
  readonly indicator: Indicator;
  readonly criterion: Criterion;
  /** The slot of this code in a clean input's values (first occurrence of the code). */
  readonly position: number;
  readonly measure: Measure;
  /** Percent: at most 100. */
  readonly max?: number;
  /** Count: whole numbers only. */
  readonly integer: boolean;
  /** Percent: `{ numerator, denominator }` is also accepted. */
  readonly ratio: boolean;
  /**
   * A percent whose targets are all "at least 10% or more": a value strictly between 0 and 1
   * is almost surely a fraction (0.95 for 95%), reported as `implausible` (and still judged
   * as given: it can only fail).
   */
  readonly fractionGap: boolean;
  /**
   * An amount: a value above this is far outside any target of the indicator (1,000 times its
   * largest, and at least 10,000), e.g. 45,000,000 for an income in million VND; refused as
   * `implausible` (judged as given it would pass every target).
   */
  readonly plausibleMax?: number;
  /** The comparisons its targets use (an override must use the target's own). */
  readonly ops: readonly Comparison[];
}

/**
 * A fact or reference name the set reads, with its kind.
 * @internal
 */
export interface NameRule {
  readonly kind: 'number' | 'boolean' | 'either';
  readonly text?: LocalizedText;
}

/**
 * The input of one set, described once: the one statement of its rules that the validator and
 * the zod and JSON schemas are made from. @internal
 */
export interface InputDescription {
  readonly set: CriteriaSet;
  readonly columns: CriteriaSet['columns'];
  readonly years?: { readonly from: number; readonly to: number };
  /** Top-level fields accepted. */
  readonly fields: readonly string[];
  /** One rule per distinct code, in the set's order. */
  readonly values: readonly ValueRule[];
  readonly byCode: ReadonlyMap<string, ValueRule>;
  readonly codes: readonly string[];
  readonly facts: ReadonlyMap<string, NameRule>;
  readonly references: ReadonlyMap<string, NameRule>;
  readonly categories: readonly string[];
  /** Categories that choose the column by themselves (a decree's column rule). */
  readonly selectingCategories: readonly string[];
}

/** Top-level fields of every input, in the order the docs list them. @internal */
export const INPUT_FIELDS = [
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

/** Override fields. @internal */
export const OVERRIDE_FIELDS = ['value', 'op', 'by', 'source', 'note'] as const;

// Why a cache: a set is immutable data, so its description is a pure function of it; keyed by
// the set object, it cannot grow with caller data.
const cache = new WeakMap<CriteriaSet, InputDescription>();

/** The input description of a set (built once per set object). @internal */
export function describeInput(set: CriteriaSet): InputDescription {
  let d = cache.get(set);
  if (!d) cache.set(set, (d = build(set)));
  return d;
}

function valueRule(indicator: Indicator, criterion: Criterion, position: number): ValueRule {
  const targets = targetsOf(indicator);
  const numbers = targets.flatMap((t) => (t.status === 'verified' && typeof t.value === 'number' && !t.relativeTo ? [t.value] : []));
  // Values reported for unknown targets bound what is plausible too (they are never targets).
  const reported = targets.flatMap((t) =>
    t.relativeTo ? [] : (t.candidates ?? []).flatMap((c) => (typeof c.value === 'number' ? [c.value] : [])),
  );
  const inMillions = /triệu|million/i.test(indicator.unit?.vi ?? '') || /million/i.test(indicator.unit?.en ?? '');
  const ops = [...new Set(targets.map((t) => t.op))];
  const measure = indicator.measure;
  const largest = Math.max(0, ...numbers, ...reported);
  return {
    code: indicator.code,
    indicator,
    criterion,
    position,
    measure,
    ...(measure === 'percent' ? { max: 100 } : {}),
    integer: measure === 'count',
    ratio: measure === 'percent',
    fractionGap: measure === 'percent' && numbers.length > 0 && ops.length === 1 && ops[0] === '>=' && Math.min(...numbers) >= 10,
    ...(measure === 'amount' && (largest > 0 || inMillions) ? { plausibleMax: Math.max(largest * 1000, 1e4) } : {}),
    ops,
  };
}

function build(set: CriteriaSet): InputDescription {
  const values: ValueRule[] = [];
  const byCode = new Map<string, ValueRule>();
  for (const criterion of set.criteria) {
    for (const indicator of criterion.indicators) {
      // A code given twice keeps its first rule and position.
      if (byCode.has(indicator.code)) continue;
      const rule = valueRule(indicator, criterion, values.length);
      values.push(rule);
      byCode.set(indicator.code, rule);
    }
  }

  // Every fact the rules read: declared ones with their kind, the others by the tests on them.
  const facts = new Map<string, NameRule>();
  for (const [name, fact] of Object.entries(set.facts ?? {})) facts.set(name, { kind: fact.kind, text: fact.text });
  const seen = (name: string, value: number | boolean | null) => {
    const kind = value === null ? 'either' : typeof value === 'boolean' ? 'boolean' : 'number';
    const known = facts.get(name);
    if (!known) facts.set(name, { kind });
    else if (known.text === undefined && known.kind !== kind) facts.set(name, { kind: 'either' });
  };
  for (const condition of set.conditions) if (condition.check.kind === 'fact') seen(condition.check.fact, condition.check.value);
  const references = new Map<string, NameRule>();
  for (const [name, ref] of Object.entries(set.references ?? {})) references.set(name, { kind: 'number', text: ref.text });
  for (const criterion of set.criteria) {
    for (const indicator of criterion.indicators) {
      if (indicator.appliesWhen) seen(indicator.appliesWhen.fact, indicator.appliesWhen.value);
      for (const target of targetsOf(indicator)) {
        if (target.when) seen(target.when.fact, target.when.value);
        if (target.relativeTo && !references.has(target.relativeTo)) references.set(target.relativeTo, { kind: 'number' });
      }
    }
  }

  const fields = INPUT_FIELDS.filter((f) => !(f === 'region' && set.columns === 'groups') && !(f === 'group' && set.columns === 'regions'));
  return {
    set,
    columns: set.columns,
    ...(set.years ? { years: set.years } : {}),
    fields,
    values,
    byCode,
    codes: values.map((v) => v.code),
    facts,
    references,
    categories: (set.communeCategories ?? []).map((c) => c.id),
    selectingCategories: set.columnRules.flatMap((rule) => rule.select?.categories ?? []),
  };
}

/**
 * Whether a plain number is one the engine reports as `implausible` for this indicator (a
 * fraction for a percent, or far above any target of an amount). For test generators.
 * @internal
 */
export function isImplausible(indicator: Indicator, value: unknown): boolean {
  if (typeof value !== 'number') return false;
  const rule = valueRule(indicator, undefined as unknown as Criterion, 0);
  return (rule.fractionGap && value > 0 && value < 1) || (rule.plausibleMax !== undefined && value > rule.plausibleMax);
}
