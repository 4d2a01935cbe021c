import type { CriteriaSet } from '../model/criteria-set.js';
import type { Criterion } from '../model/criterion.js';
import type { Indicator } from '../model/indicator.js';
import type { Target } from '../model/target.js';
import { formatNumber } from '../locale/format.js';
import { evaluateIndicator, type IndicatorContext } from './evaluate-indicator.js';
import { resolveTarget } from './resolve-target.js';
import { indexOf } from './set-index.js';
import { ValuesInOrder } from './values-in-order.js';
import type { IndicatorResult, Reason } from './result.js';
import type { TargetOverride } from './input.js';
import type { CleanInput, CleanValue } from './validate-input.js';

/**
 * A compiled plan: the results `evaluateIndicator` gives for one set, column and year,
 * precomputed once so that an evaluation only fills in the value.
 *
 * Why it cannot change a result: every template below is an actual output of
 * `evaluateIndicator` (made with a stand-in value), and only indicators whose output depends
 * on nothing but their own value (no facts, references or overrides) are planned; the rest
 * are evaluated as before. A number's reason is cut around the stand-in number's text, and the
 * plan is refused when the stand-in does not appear exactly once in it.
 * @internal
 */
export interface IndicatorPlan {
  readonly indicator: Indicator;
  /** The indicator's slot in a `ValuesInOrder` of this set. */
  readonly position: number;
  readonly criterion: Criterion;
  /** Undefined: evaluate this indicator the generic way. */
  readonly fast?: FastPlan;
  /** Plans with a caller's override, by the override's content (made on first use). */
  readonly overridden?: OverridePlan[];
  /** For targets chosen by a fact (`when`): plans by the case the facts choose (made on first use). */
  readonly byCase?: Map<unknown, FastPlan | undefined>;
  readonly ctx?: IndicatorContext;
}

// Enough for a province's overrides; a caller who varies them endlessly gets the generic path.
const MAX_OVERRIDE_PLANS = 32;

/** The plan for one override's content (undefined: that override takes the generic path). */
interface OverridePlan {
  readonly override: TargetOverride;
  readonly fast: FastPlan | undefined;
}

/**
 * Whether two overrides have the same content, so give the same results. Why field by field:
 * it is what the plan depends on, and cheaper than a serialised key on every call.
 */
function sameOverride(a: TargetOverride, b: TargetOverride): boolean {
  return a.value === b.value && a.op === b.op && a.by === b.by && a.source === b.source && a.note === b.note;
}

/** A planned indicator's precomputed outcomes. @internal */
interface FastPlan {
  /** The outcome does not depend on the value (not applicable, unknown target…): only `actual` is filled in. */
  readonly fixed?: IndicatorResult;
  readonly missing?: IndicatorResult;
  readonly invalid?: IndicatorResult;
  readonly flagTrue?: IndicatorResult;
  readonly flagFalse?: IndicatorResult;
  readonly numberMet?: NumberTemplate;
  readonly numberNotMet?: NumberTemplate;
  /** The comparison and target a number is judged against. */
  readonly op?: '>=' | '<=';
  readonly goal?: number;
}

interface NumberTemplate {
  readonly result: IndicatorResult;
  readonly code: Reason['code'];
  readonly vi: readonly [string, string];
  readonly en: readonly [string, string];
}

// A stand-in value whose printed form cannot be mistaken for any other part of a reason.
const STAND_IN = 987654.321;

function cleanInputWith(
  year: number | null,
  code: string,
  value: CleanValue | undefined,
  invalid: boolean,
  override: TargetOverride | undefined,
  facts: ReadonlyMap<string, number | boolean>,
): CleanInput {
  return {
    categories: [],
    year,
    values: new Map(value === undefined ? [] : [[code, value]]),
    invalid: new Set(invalid ? [code] : []),
    facts,
    references: new Map(),
    overrides: new Map(override ? [[code, override]] : []),
  };
}

function targetsOf(indicator: Indicator): Target[] {
  return Object.values(indicator.targets).flatMap((cell) => (Array.isArray(cell) ? (cell as Target[]) : [cell as Target]));
}

/** Splits a reason around the stand-in's text; undefined unless it occurs exactly once. */
function cut(text: string, standIn: string): readonly [string, string] | undefined {
  const parts = text.split(standIn);
  return parts.length === 2 ? [parts[0]!, parts[1]!] : undefined;
}

function freeze(result: IndicatorResult): IndicatorResult {
  // Shared by every result made from the plan: frozen, so no consumer can change another's.
  Object.freeze(result.source);
  Object.freeze(result.reason);
  if (result.override) Object.freeze(result.override);
  return result;
}

function planIndicator(
  indicator: Indicator,
  criterion: Criterion,
  ctx: IndicatorContext,
  override?: TargetOverride,
  facts: ReadonlyMap<string, number | boolean> = new Map(),
): FastPlan | undefined {
  const issues: unknown[] = [];
  const plan = outcomes(indicator, criterion, ctx, override, facts, issues);
  // A refused override is an input issue: only the generic path reports it.
  return issues.length === 0 ? plan : undefined;
}

function outcomes(
  indicator: Indicator,
  criterion: Criterion,
  ctx: IndicatorContext,
  override: TargetOverride | undefined,
  facts: ReadonlyMap<string, number | boolean>,
  issues: unknown[],
): FastPlan | undefined {
  if (!plannable(indicator)) return undefined;

  const code = indicator.code;
  const year = ctx.input.year;
  const run = (value: CleanValue | undefined, invalid = false) => {
    const scratch = { ...ctx, input: cleanInputWith(year, code, value, invalid, override, facts), issues: [] };
    const result = evaluateIndicator(indicator, criterion, scratch);
    issues.push(...scratch.issues);
    return result;
  };

  const missing = run(undefined);
  const fixedStatus = missing.reason.code !== 'missing-value';
  if (fixedStatus) {
    // The outcome must not depend on the value: check with a number and a flag.
    const a = run({ kind: 'number', value: STAND_IN });
    const b = run({ kind: 'flag', value: true });
    for (const r of [a, b]) {
      if (r.status !== missing.status || r.reason.vi !== missing.reason.vi || r.reason.en !== missing.reason.en) return undefined;
    }
    return { fixed: freeze(missing) };
  }

  const invalid = freeze(run(undefined, true));
  if (indicator.measure === 'flag') {
    return { missing: freeze(missing), invalid, flagTrue: freeze(run({ kind: 'flag', value: true })), flagFalse: freeze(run({ kind: 'flag', value: false })) };
  }
  const op = missing.comparison;
  const goal = missing.target;
  if ((op !== '>=' && op !== '<=') || typeof goal !== 'number') return { missing: freeze(missing), invalid };
  const high = template(run({ kind: 'number', value: STAND_IN }), STAND_IN);
  const low = template(run({ kind: 'number', value: -STAND_IN }), -STAND_IN);
  const [met, notMet] = op === '>=' ? [high, low] : [low, high];
  if (met?.result.status !== 'met' || notMet?.result.status !== 'not-met') return { missing: freeze(missing), invalid };
  return { missing: freeze(missing), invalid, numberMet: met, numberNotMet: notMet, op, goal };
}

/**
 * Whether an indicator's result depends on nothing but its value, the column and year, and
 * (for targets chosen by a fact) the case the facts choose. Applicability by a fact and
 * relative targets are evaluated the generic way.
 */
function plannable(indicator: Indicator): boolean {
  return !indicator.appliesWhen && !targetsOf(indicator).some((t) => t.relativeTo !== undefined);
}

function hasCases(indicator: Indicator): boolean {
  return targetsOf(indicator).some((t) => t.when !== undefined);
}

function template(result: IndicatorResult, standIn: number): NumberTemplate | undefined {
  const vi = cut(result.reason.vi, formatNumber(standIn, 'vi'));
  const en = cut(result.reason.en, formatNumber(standIn, 'en'));
  if (!vi || !en) return undefined;
  return { result: freeze(result), code: result.reason.code, vi, en };
}

/** Plans kept per set and column: years beyond these are planned again when asked. @internal */
export const MAX_YEARS_CACHED = 16;

// Why a cache: a set is immutable data, so its plan for a column and year is a pure function
// of it; keyed weakly by the set, so a set that is dropped takes its plans with it. Nested maps
// by column then year, not one string key: no key text (and no year as text) built per call.
const cache = new WeakMap<CriteriaSet, Map<string | null, Map<number | null, CachedPlan>>>();

/** A plan and the document and annex it was made for (the set's base: the same on every call). */
interface CachedPlan {
  readonly document: string;
  readonly annex: string | undefined;
  readonly plan: readonly IndicatorPlan[];
}

/**
 * The plan of a set for the context's column and year (built on first use).
 * `ctx` must be the context `evaluateWith` builds for this set. @internal
 */
export function planOf(set: CriteriaSet, ctx: IndicatorContext): readonly IndicatorPlan[] {
  let byColumn = cache.get(set);
  if (!byColumn) cache.set(set, (byColumn = new Map()));
  let byYear = byColumn.get(ctx.column);
  if (!byYear) byColumn.set(ctx.column, (byYear = new Map()));
  const cached = byYear.get(ctx.input.year);
  if (cached && cached.document === ctx.document && cached.annex === ctx.annex) return cached.plan;
  const { indicators } = indexOf(set);
  const plan = set.criteria.flatMap((criterion) =>
    criterion.indicators.map((indicator): IndicatorPlan => {
      const position = indicators.get(indicator.code)!.position;
      if (plannable(indicator) && hasCases(indicator)) return { indicator, position, criterion, byCase: new Map(), ctx };
      const fast = planIndicator(indicator, criterion, ctx);
      return fast ? { indicator, position, criterion, fast, overridden: [], ctx } : { indicator, position, criterion };
    }),
  );
  // Bounded: a set without a year range accepts any integer year, so a caller looping over
  // years must not grow the cache for ever. The oldest year's plan goes first.
  if (byYear.size >= MAX_YEARS_CACHED && !byYear.has(ctx.input.year)) byYear.delete(byYear.keys().next().value as number | null);
  byYear.set(ctx.input.year, { document: ctx.document, annex: ctx.annex, plan });
  return plan;
}

/**
 * One indicator's result from its plan, or `undefined` when this input needs the generic
 * evaluation (an outcome the plan does not hold, e.g. a ratio). @internal
 */
export function planned(p: IndicatorPlan, input: CleanInput): IndicatorResult | undefined {
  let fast = p.fast;
  const code = p.indicator.code;
  if (p.byCase) {
    if (input.overrides.size > 0 && input.overrides.has(code)) return undefined;
    // The facts only choose the case: results are the same for all facts that choose it.
    const resolved = resolveTarget(p.indicator, p.ctx!.column, input.year, input.facts);
    const key = resolved.kind === 'target' ? resolved.target : resolved.kind === 'missing-fact' ? `missing-fact:${resolved.fact}` : resolved.kind;
    if (!p.byCase.has(key)) {
      if (p.byCase.size >= MAX_OVERRIDE_PLANS) return undefined;
      p.byCase.set(key, planIndicator(p.indicator, p.criterion, p.ctx!, undefined, input.facts));
    }
    fast = p.byCase.get(key);
  }
  if (!fast) return undefined;
  if (input.overrides.size > 0) {
    const given = input.overrides.get(code);
    if (given) {
      const plans = p.overridden!;
      let found: OverridePlan | undefined;
      for (let i = 0; i < plans.length && !found; i++) if (sameOverride(plans[i]!.override, given)) found = plans[i];
      if (!found) {
        if (plans.length >= MAX_OVERRIDE_PLANS) return undefined;
        plans.push((found = { override: given, fast: planIndicator(p.indicator, p.criterion, p.ctx!, given) }));
      }
      fast = found.fast;
      if (!fast) return undefined;
    }
  }
  const values = input.values;
  const value = values instanceof ValuesInOrder ? values.slots[p.position] : values.get(code);
  if (fast.fixed) {
    if (value === undefined) return { ...fast.fixed };
    return value.kind === 'ratio' ? undefined : { ...fast.fixed, actual: value.value };
  }
  if (value === undefined) return input.invalid.has(code) ? { ...fast.invalid! } : { ...fast.missing! };
  if (value.kind === 'flag') {
    const t = value.value ? fast.flagTrue : fast.flagFalse;
    return t ? { ...t } : undefined;
  }
  if (value.kind !== 'number' || fast.goal === undefined) return undefined;
  const v = value.value;
  const t = (fast.op === '>=' ? v >= fast.goal : v <= fast.goal) ? fast.numberMet! : fast.numberNotMet!;
  return {
    ...t.result,
    actual: v,
    reason: { code: t.code, vi: t.vi[0] + formatNumber(v, 'vi') + t.vi[1], en: t.en[0] + formatNumber(v, 'en') + t.en[1] },
  };
}
