// Generators of evaluation inputs for any criteria set, shared by the property tests.
// They read the set itself (codes, measures, columns, facts, years, verified targets), so a
// set added to the registry is covered without touching the tests.
import fc from 'fast-check';
import { isImplausible } from '../../src/schema/input-description.js';
import {
  COMMUNE_GROUP_IDS,
  PROVINCE_IDS,
  REGION_IDS,
  type Comparison,
  type CriteriaSet,
  type EvaluationResult,
  type Indicator,
  type Target,
} from '../../src/index.js';

/** Every indicator of a set, in order. */
export function indicatorsOf(set: CriteriaSet): readonly Indicator[] {
  return set.criteria.flatMap((c) => c.indicators);
}

/** Every target case of an indicator, over all columns. */
export function targetsOf(indicator: Indicator): readonly Target[] {
  return Object.values(indicator.targets).flatMap((cell) =>
    cell === undefined ? [] : Array.isArray(cell) ? (cell as readonly Target[]) : [cell as Target],
  );
}

/** Numbers a set uses as verified targets of an indicator: where a verdict flips. */
function boundaries(indicator: Indicator): number[] {
  const found = targetsOf(indicator)
    .map((t) => t.value)
    .filter((v): v is number => typeof v === 'number');
  return found.length > 0 ? [...new Set(found)] : [50];
}

/** A decimal as a person writes it: up to two decimals. */
const decimal = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);

/** A value near one of the indicator's targets (on it, just above, just below). */
function nearTarget(indicator: Indicator, max: number, integer: boolean) {
  const steps = integer ? [-1, 0, 1] : [-1, -0.5, -0.01, 0, 0.01, 0.5, 1];
  return fc
    .tuple(fc.constantFrom(...boundaries(indicator)), fc.constantFrom(...steps))
    .map(([t, s]) => Math.min(max, Math.max(0, Math.round((t + s) * 100) / 100)));
}

/** A share as counts: numerator ≤ denominator, sometimes a non-integer numerator. */
const ratioArb = fc
  .integer({ min: 1, max: 2000 })
  .chain((d) => fc.tuple(fc.constant(d), fc.oneof(fc.integer({ min: 0, max: d }), decimal(d))))
  .map(([denominator, numerator]) => ({ numerator, denominator }));

/** A valid value for one indicator (never one the engine reports as implausible). */
function valueArb(indicator: Indicator): fc.Arbitrary<unknown> {
  return anyValueArb(indicator).filter((v) => !isImplausible(indicator, v));
}

function anyValueArb(indicator: Indicator): fc.Arbitrary<unknown> {
  switch (indicator.measure) {
    case 'flag':
      return fc.boolean();
    case 'count':
      return fc.oneof(nearTarget(indicator, 1e6, true).map(Math.round), fc.nat({ max: 500 }));
    case 'amount':
      return fc.oneof(nearTarget(indicator, 1e9, false), decimal(500));
    case 'percent':
      return fc.oneof(nearTarget(indicator, 100, false), decimal(100), fc.double({ min: 0, max: 100, noNaN: true }), ratioArb);
  }
}

/** The comparison an indicator's targets use (its first target case). */
function opOf(indicator: Indicator): Comparison {
  return targetsOf(indicator)[0]?.op ?? (indicator.measure === 'flag' ? '=' : '>=');
}

/** A target an app supplies for an indicator the library has no verified value for. */
function overrideArb(indicator: Indicator) {
  const value =
    indicator.measure === 'flag'
      ? fc.constant(true)
      : indicator.measure === 'percent'
        ? decimal(100)
        : indicator.measure === 'count'
          ? fc.nat({ max: 50 })
          : decimal(500);
  return value.map((v) => ({ value: v, op: opOf(indicator), by: 'Property test' }));
}

/** Whether some target cell of the indicator is not verified. */
const hasUnknownTarget = (indicator: Indicator) => targetsOf(indicator).some((t) => t.status !== 'verified');

export interface GeneratedInput {
  region?: string;
  province?: string;
  group?: string;
  communeCategories?: string[];
  year: number;
  values: Record<string, unknown>;
  facts: Record<string, number | boolean>;
  references: Record<string, number>;
  overrides?: Record<string, unknown>;
}

/**
 * A valid input for a set: a column (region, province or group), categories, a year in the
 * set's period, any subset of values, facts and references, and (with `overrides`) a target
 * for indicators whose target is unknown, so the laws are exercised on them too.
 */
export function inputArb(set: CriteriaSet, options: { overrides?: boolean } = {}): fc.Arbitrary<GeneratedInput> {
  const indicators = indicatorsOf(set);
  const column: fc.Arbitrary<Partial<GeneratedInput>> =
    set.columns === 'regions'
      ? fc.oneof(fc.record({ region: fc.constantFrom(...REGION_IDS) }), fc.record({ province: fc.constantFrom(...PROVINCE_IDS) }))
      : set.columns === 'groups'
        ? fc.record({ group: fc.constantFrom(...COMMUNE_GROUP_IDS) })
        : fc.constant({});
  const categoryIds = (set.communeCategories ?? []).map((c) => c.id);
  const categories: fc.Arbitrary<Partial<GeneratedInput>> =
    categoryIds.length > 0 ? fc.subarray(categoryIds).map((c) => (c.length ? { communeCategories: c } : {})) : fc.constant({});
  const year = set.years ? fc.integer({ min: set.years.from, max: set.years.to }) : fc.integer({ min: 2010, max: 2030 });
  const values = fc.record(Object.fromEntries(indicators.map((i) => [i.code, valueArb(i)])), { requiredKeys: [] });
  const named = (names: CriteriaSet['facts']) =>
    fc.record(
      Object.fromEntries(
        Object.entries(names ?? {}).map(([name, def]) => [
          name,
          def.kind === 'boolean' ? fc.boolean() : fc.oneof(fc.nat({ max: 20 }), decimal(200)),
        ]),
      ),
      { requiredKeys: [] },
    ) as fc.Arbitrary<Record<string, number | boolean>>;
  const unknown = indicators.filter(hasUnknownTarget);
  const overrides: fc.Arbitrary<Partial<GeneratedInput>> =
    options.overrides && unknown.length > 0
      ? fc.record(Object.fromEntries(unknown.map((i) => [i.code, overrideArb(i)])), { requiredKeys: [] }).map((o) => ({ overrides: o }))
      : fc.constant({});
  return fc
    .tuple(column, categories, year, values, named(set.facts), named(set.references) as fc.Arbitrary<Record<string, number>>, overrides)
    .map(([c, cat, y, v, f, r, o]) => ({ ...c, ...cat, year: y, values: v, facts: f, references: r, ...o }));
}

/** Order of verdicts, worst first, for monotonicity checks. */
export const RANK: Record<string, number> = { 'not-met': 0, incomplete: 1, missing: 1, 'unknown-target': 1, 'not-applicable': 1, met: 2 };

/** Every verdict of a result, keyed: set, recognition, each criterion, each indicator. */
export function verdicts(result: EvaluationResult): Map<string, string> {
  const out = new Map<string, string>([
    ['set', result.status],
    ['recognition', result.recognition],
  ]);
  for (const c of result.criteria) {
    out.set(`criterion ${c.id}`, c.status);
    for (const i of c.indicators) out.set(`indicator ${i.code}`, i.status);
  }
  return out;
}

/** Freezes a value and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/**
 * fast-check settings for one set: a budget of runs shared by every set the package carries
 * (so adding sets does not slow the suite), with a floor per set. No fixed seed: a new
 * failure should be able to show up; fast-check prints the seed to replay it.
 */
export const RUNS = (total: number, sets: number) => ({ numRuns: Math.max(50, Math.ceil(total / sets)) });
