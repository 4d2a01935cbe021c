import { compareFractions, fractionOf, toNumber, type Fraction } from '../_lib/exact.js';
import type { IndicatorReasonParams } from '../locale/messages.js';
import type { ColumnId } from '../model/column.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { Criterion } from '../model/criterion.js';
import type { Indicator } from '../model/indicator.js';
import { isUsableTarget, type Comparison, type Target } from '../model/target.js';
import { meets, relativeTarget } from './compare.js';
import type { TargetOverride } from './input.js';
import type { InputIssue } from './issue.js';
import { issue } from './make-issue.js';
import { resolveTarget, testFact, type ResolvedTarget } from './resolve-target.js';
import type { AppliedOverride, IndicatorResult, IndicatorStatus, Reason, ReasonCode, TargetSource } from './result.js';
import type { CleanInput, CleanValue } from './validate-input.js';
import { describeInput } from '../schema/input-description.js';
import { casesOf, cellFor, existsIn } from '../model/cell.js';

/** What every indicator of one evaluation shares. @internal */
export interface IndicatorContext {
  readonly document: string;
  readonly annex: string | undefined;
  readonly column: ColumnId | null;
  readonly input: CleanInput;
  /** Issues found while evaluating (a refused override), appended in order. */
  readonly issues: InputIssue[];
}

/**
 * What one indicator's result depends on in one column, worked out once per set and column:
 * whether it exists there, its target when no year or fact chooses it, where that target is
 * printed, and the results that do not depend on the value (shared by every evaluation, so
 * frozen). Why: an evaluation then only compares and builds the results that carry a number.
 * @internal
 */
interface Cell {
  readonly indicator: Indicator;
  readonly criterion: Criterion;
  /** The slot of the indicator's value in a clean input. */
  readonly position: number;
  /** The outcome whatever the input (not in this column; no column to choose a target). */
  readonly fixed?: IndicatorResult;
  /** The target when it depends on nothing but the column; undefined: resolve per call. */
  readonly target?: Target;
  readonly source?: TargetSource;
  /** Sources of the cases of a cased cell (by year or fact), made on first use. */
  sources?: Map<Target, TargetSource>;
  /** Shared outcomes for the static target, made on first use. */
  shared?: { missing?: IndicatorResult; invalid?: IndicatorResult; flagTrue?: IndicatorResult; flagFalse?: IndicatorResult; unknown?: IndicatorResult };
}

// Keyed by the set object, then the column: bounded by the sets and their columns (at most
// 11 columns and "none"), never by caller data.
const cells = new WeakMap<CriteriaSet, Map<ColumnId | null, readonly Cell[]>>();

/** The cells of a set for one column, in the set's indicator order. @internal */
export function cellsOf(set: CriteriaSet, column: ColumnId | null, document: string, annex: string | undefined): readonly Cell[] {
  let byColumn = cells.get(set);
  if (!byColumn) cells.set(set, (byColumn = new Map()));
  let list = byColumn.get(column);
  if (!list) {
    const made: Cell[] = [];
    const { byCode } = describeInput(set);
    for (const criterion of set.criteria) {
      for (const indicator of criterion.indicators) made.push(makeCell(indicator, criterion, byCode.get(indicator.code)!.position, column, document, annex));
    }
    byColumn.set(column, (list = made));
  }
  return list;
}

function makeCell(indicator: Indicator, criterion: Criterion, position: number, column: ColumnId | null, document: string, annex: string | undefined): Cell {
  const base = { indicator, criterion, position };
  if (indicator.columns !== undefined) {
    if (column === null) {
      return { ...base, fixed: frozen(result(indicator, criterion, 'missing', 'indicator.missing-column', null, undefined, sourceOf(indicator, undefined, document, annex), column)) };
    }
    if (!existsIn(indicator, column)) {
      return { ...base, fixed: frozen(result(indicator, criterion, 'not-applicable', 'indicator.not-in-column', null, undefined, sourceOf(indicator, undefined, document, annex), column)) };
    }
  }
  const resolved = resolveTarget(indicator, column, null, EMPTY_FACTS);
  // A target that asks for the year or a fact is resolved per call; a static one, once.
  const staticTarget = resolved.kind === 'target' && !isCased(indicator, column) ? resolved.target : undefined;
  const source = Object.freeze(sourceOf(indicator, staticTarget, document, annex));
  if (resolved.kind === 'missing-column' && !indicator.appliesWhen) {
    return { ...base, fixed: frozen(result(indicator, criterion, 'missing', 'indicator.missing-column', null, undefined, source, column)) };
  }
  return staticTarget ? { ...base, target: staticTarget, source } : { ...base, source };
}

const EMPTY_FACTS: ReadonlyMap<string, number | boolean> = new Map();

/** Whether the cell of this column holds cases (by year or fact), so its target varies per unit. */
function isCased(indicator: Indicator, column: ColumnId | null): boolean {
  const list = casesOf(cellFor(indicator, column));
  return list.length > 1 || list.some((t) => t.years !== undefined || t.when !== undefined);
}

function sourceOf(indicator: Indicator, target: Target | undefined, document: string, annex: string | undefined): TargetSource {
  // The annex comes with the document that names it: a provincial decision cited by a target
  // (applyTable) must not borrow the base decree's annex.
  const ref = target?.ref ?? indicator.ref;
  const a = ref ? ref.annex : annex;
  const source: { -readonly [K in keyof TargetSource]: TargetSource[K] } = {
    document: ref?.document ?? document,
    row: target?.ref?.row ?? indicator.ref?.row ?? indicator.code,
    sources: target?.sources ?? [],
  };
  if (a !== undefined) source.annex = a;
  if (target?.amendedBy) source.amendedBy = target.amendedBy;
  return source;
}

function frozen(r: IndicatorResult): IndicatorResult {
  Object.freeze(r.reason.params);
  Object.freeze(r.reason);
  return Object.freeze(r);
}

/**
 * Whether an override is at least as strict as a verified target (same comparison assumed). A
 * relative target's value is a factor (1.1 × the advanced-commune income), not a threshold: the
 * override is compared with the threshold it computes, so without the reference value it
 * cannot be shown strict enough, and is refused.
 */
function isAtLeastAsStrict(override: TargetOverride, target: Target, references: ReadonlyMap<string, number>): boolean {
  if (typeof override.value !== typeof target.value) return false;
  if (target.relativeTo !== undefined) {
    const reference = references.get(target.relativeTo);
    if (reference === undefined || typeof override.value !== 'number') return false;
    const sign = compareFractions(fractionOf(override.value), relativeTarget(target.value as number, reference));
    return target.op === '>=' ? sign >= 0 : target.op === '<=' ? sign <= 0 : sign === 0;
  }
  if (target.op === '>=') return (override.value as number) >= (target.value as number);
  if (target.op === '<=') return (override.value as number) <= (target.value as number);
  return override.value === target.value;
}

/**
 * Evaluates one indicator for one unit, from its cell (what depends only on the set and
 * column) and the unit's clean value. @internal
 */
export function evaluateIndicator(cell: Cell, value: CleanValue | undefined, ctx: IndicatorContext): IndicatorResult {
  const { input } = ctx;
  if (cell.fixed) {
    if (cell.fixed.status === 'not-applicable') notApplicableValue(cell, ctx);
    return value === undefined ? cell.fixed : withActual(cell.fixed, value);
  }
  const { indicator, criterion } = cell;
  const code = indicator.code;
  const column = ctx.column;

  if (indicator.appliesWhen) {
    const applies = testFact(indicator.appliesWhen, input.facts);
    if (applies === false) {
      notApplicableValue(cell, ctx);
      return result(indicator, criterion, 'not-applicable', 'indicator.not-applicable', actualOf(value), ratioOf(value), cell.source!, column, { test: indicator.appliesWhen });
    }
    if (applies === undefined) {
      return result(indicator, criterion, 'missing', 'indicator.missing-fact', actualOf(value), ratioOf(value), cell.source!, column, { fact: indicator.appliesWhen.fact });
    }
  }

  let target = cell.target;
  let source = cell.source!;
  if (!target) {
    const resolved: ResolvedTarget = resolveTarget(indicator, column, input.year, input.facts);
    if (resolved.kind !== 'target') {
      const status: IndicatorStatus = resolved.kind === 'no-target-for-year' ? 'unknown-target' : 'missing';
      const extra =
        resolved.kind === 'missing-fact' ? { fact: resolved.fact } : resolved.kind === 'no-target-for-year' && input.year !== null ? { year: input.year } : undefined;
      return result(indicator, criterion, status, `indicator.${resolved.kind}`, actualOf(value), ratioOf(value), source, column, extra);
    }
    target = resolved.target;
    // One source object per case of the cell, made on first use (bounded by the set's data).
    const sources = (cell.sources ??= new Map());
    let known = sources.get(target);
    if (!known) sources.set(target, (known = Object.freeze(sourceOf(indicator, target, ctx.document, ctx.annex))));
    source = known;
  }

  const given = input.overrides.size > 0 ? input.overrides.get(code) : undefined;
  const verified = target.status === 'verified';
  const usable = isUsableTarget(target);
  // The common case: a static target, no override, no relative target: outcomes without a number are shared.
  const plain = given === undefined && target.relativeTo === undefined && cell.target !== undefined;
  if (!usable && given === undefined) {
    if (plain) {
      // The reason of an unknown target does not show the value: one shared reason, the value in `actual`.
      const known = cell.shared?.unknown ?? keep(cell, 'unknown', unknownResult(cell, target, source, column, undefined));
      return value === undefined ? known : withActual(known, value);
    }
    return unknownResult(cell, target, source, column, value);
  }

  let op: Comparison = target.op;
  let goal: number | boolean | Fraction | null = target.value;
  let override: AppliedOverride | undefined;
  let relative: IndicatorResult['relative'];
  if (given !== undefined) {
    const givenOp = given.op ?? target.op;
    if (givenOp !== target.op) {
      // A different comparison is a different rule, not a stricter value of this one.
      ctx.issues.push(issue('override-comparison-differs', ['overrides', code, 'op'], { oneOf: [target.op] }, givenOp));
      if (!usable) return unknownResult(cell, target, source, column, value);
    } else if (verified && !isAtLeastAsStrict(given, target, input.references)) {
      // A relative target is shown as the threshold it computes when the reference is known.
      const reference = target.relativeTo !== undefined ? input.references.get(target.relativeTo) : undefined;
      const shown = reference !== undefined ? toNumber(relativeTarget(target.value as number, reference)) : target.value!;
      ctx.issues.push(issue('override-less-strict', ['overrides', code], { target: { op: target.op, value: shown } }, `${givenOp} ${String(given.value)}`));
    } else {
      override = { ...given, code, replaced: usable ? target.value : null };
      goal = given.value;
    }
  }
  if (override === undefined && target.relativeTo !== undefined) {
    const reference = input.references.get(target.relativeTo);
    relative = { factor: target.value as number, reference: target.relativeTo, referenceValue: reference ?? null };
    if (reference === undefined) {
      return result(indicator, criterion, 'missing', 'indicator.missing-reference', actualOf(value), ratioOf(value), source, column, { reference: target.relativeTo }, { op, target: null, relative });
    }
    goal = relativeTarget(target.value as number, reference);
  }
  const targetNumber = goal === null || typeof goal === 'number' || typeof goal === 'boolean' ? goal : toNumber(goal);

  if (value !== undefined && value.kind === 'number' && override === undefined && relative === undefined) {
    const ok = meets(value, op, goal!);
    if (verified) return judged(indicator, criterion.id, ok ? 'met' : 'not-met', ok ? 'indicator.met' : 'indicator.not-met', value.value, targetNumber, op, source, column);
    return result(indicator, criterion, ok ? 'met' : 'not-met', ok ? 'indicator.met' : 'indicator.not-met', value.value, undefined, source, column, undefined, { op, target: targetNumber, targetStatus: target.status });
  }
  const details: Details = { op, target: targetNumber, override, relative, ...(verified ? {} : { targetStatus: target.status }) };
  if (value === undefined) {
    const reasonCode = input.invalid.has(code) ? 'indicator.invalid-value' : 'indicator.missing-value';
    const key = reasonCode === 'indicator.missing-value' ? 'missing' : 'invalid';
    const known = plain ? cell.shared?.[key] : undefined;
    if (known) return known;
    const made = result(indicator, criterion, 'missing', reasonCode, null, undefined, source, column, undefined, details);
    return plain ? keep(cell, key, made) : made;
  }
  const ok = meets(value, op, goal!);
  const status = ok ? 'met' : 'not-met';
  if (value.kind === 'flag') {
    const key = value.value ? 'flagTrue' : 'flagFalse';
    const known = plain ? cell.shared?.[key] : undefined;
    if (known) return known;
    const made = result(indicator, criterion, status, ok ? 'indicator.met' : 'indicator.not-met', value.value, undefined, source, column, undefined, details);
    return plain ? keep(cell, key, made) : made;
  }
  if (value.kind === 'ratio') {
    const ratio = { numerator: value.numerator, denominator: value.denominator };
    return result(indicator, criterion, status, ok ? 'indicator.met' : 'indicator.not-met', round((value.numerator * 100) / value.denominator), ratio, source, column, undefined, details);
  }
  return result(indicator, criterion, status, ok ? 'indicator.met' : 'indicator.not-met', value.value, undefined, source, column, undefined, details);
}

/**
 * The common result, a number judged against a verified target with no override: the same
 * objects `result` builds, in the same key order, without its optional branches.
 */
function judged(
  indicator: Indicator,
  criterionId: string,
  status: IndicatorStatus,
  code: 'indicator.met' | 'indicator.not-met',
  actual: number | boolean,
  target: number | boolean | null,
  op: Comparison,
  source: TargetSource,
  column: ColumnId | null,
): IndicatorResult {
  const unit = indicator.unit;
  const measure = indicator.measure;
  if (unit === undefined) {
    return {
      code: indicator.code,
      criterionId,
      status,
      measure,
      actual,
      target,
      comparison: op,
      targetStatus: 'verified',
      source,
      reason: { code, params: { indicator: indicator.code, measure, actual, target, op, column, source } },
    };
  }
  return {
    code: indicator.code,
    criterionId,
    status,
    measure,
    actual,
    target,
    comparison: op,
    targetStatus: 'verified',
    source,
    reason: { code, params: { indicator: indicator.code, measure, actual, target, op, column, source, unit } },
    unit,
  };
}

/** A value given for an indicator that does not apply to the unit is an issue, not silently dropped. */
function notApplicableValue(cell: Cell, ctx: IndicatorContext): void {
  const code = cell.indicator.code;
  if (ctx.input.values[cell.position] !== undefined || ctx.input.invalid.has(code)) ctx.issues.push(issue('not-applicable-value', ['values', code], 'indicator-code-of-set', code));
}

/** The value shown in a result: a number, a flag, or a ratio's percent (rounded for display). */
function actualOf(value: CleanValue | undefined): number | boolean | null {
  return value === undefined ? null : value.kind === 'ratio' ? round((value.numerator * 100) / value.denominator) : value.value;
}

function ratioOf(value: CleanValue | undefined): { numerator: number; denominator: number } | undefined {
  return value?.kind === 'ratio' ? { numerator: value.numerator, denominator: value.denominator } : undefined;
}

/** A shared outcome with the unit's own value in `actual` (the value did not decide it, and its reason does not show it). */
function withActual(fixed: IndicatorResult, value: CleanValue): IndicatorResult {
  const actual = actualOf(value);
  const ratio = ratioOf(value);
  // The reason (shared, frozen) does not show the value; the result does. One literal, in the
  // key order of \`result\` (a spread of a frozen object takes V8's slow path).
  const r: { -readonly [K in keyof IndicatorResult]: IndicatorResult[K] } = {
    code: fixed.code,
    criterionId: fixed.criterionId,
    status: fixed.status,
    measure: fixed.measure,
    actual,
    target: fixed.target,
    comparison: fixed.comparison,
    targetStatus: fixed.targetStatus,
    source: fixed.source,
    reason: fixed.reason,
  };
  if (fixed.unit) r.unit = fixed.unit;
  if (ratio) r.ratio = ratio;
  if (fixed.candidates) r.candidates = fixed.candidates;
  if (fixed.relative) r.relative = fixed.relative;
  if (fixed.override) r.override = fixed.override;
  return r;
}

function unknownResult(cell: Cell, target: Target, source: TargetSource, column: ColumnId | null, value: CleanValue | undefined): IndicatorResult {
  return result(cell.indicator, cell.criterion, 'unknown-target', 'indicator.unknown-target', actualOf(value), ratioOf(value), source, column, undefined, {
    op: target.op,
    target: null,
    targetStatus: target.status,
    candidates: target.candidates,
  });
}

type SharedKey = keyof NonNullable<Cell['shared']>;

/** Keeps a value-independent outcome in its cell, frozen, for every later evaluation. */
function keep(cell: Cell, key: SharedKey, made: IndicatorResult): IndicatorResult {
  const store = (cell.shared ??= {});
  return (store[key] = frozen(made));
}

interface Details {
  readonly op: Comparison;
  readonly target: number | boolean | null;
  readonly override?: AppliedOverride | undefined;
  readonly relative?: IndicatorResult['relative'];
  readonly targetStatus?: Target['status'];
  readonly candidates?: Target['candidates'];
}

/** Builds a result and its reason, with a fixed key order (one object shape for V8). */
function result(
  indicator: Indicator,
  criterion: Criterion,
  status: IndicatorStatus,
  code: ReasonCode,
  actual: number | boolean | null,
  ratio: { readonly numerator: number; readonly denominator: number } | undefined,
  source: TargetSource,
  column: ColumnId | null,
  extra?: Pick<IndicatorReasonParams, 'fact' | 'test' | 'reference' | 'year'>,
  details?: Details,
): IndicatorResult {
  const op = details?.op ?? firstOp(indicator);
  const target = details?.target ?? null;
  const params: { -readonly [K in keyof IndicatorReasonParams]: IndicatorReasonParams[K] } = {
    indicator: indicator.code,
    measure: indicator.measure,
    actual,
    target,
    op,
    column,
    source,
  };
  if (indicator.unit) params.unit = indicator.unit;
  if (ratio) params.ratio = ratio;
  if (details?.override) params.by = details.override.by;
  if (details?.relative) params.relative = details.relative;
  if (details?.targetStatus) params.targetStatus = details.targetStatus;
  if (details?.candidates?.length) params.candidates = details.candidates;
  if (extra) {
    if (extra.fact !== undefined) params.fact = extra.fact;
    if (extra.test !== undefined) params.test = extra.test;
    if (extra.reference !== undefined) params.reference = extra.reference;
    if (extra.year !== undefined) params.year = extra.year;
  }
  const r: { -readonly [K in keyof IndicatorResult]: IndicatorResult[K] } = {
    code: indicator.code,
    criterionId: criterion.id,
    status,
    measure: indicator.measure,
    actual,
    target,
    comparison: op,
    targetStatus: details?.override ? 'override' : (details?.targetStatus ?? (details ? 'verified' : 'not-found')),
    source,
    reason: { code, params } as Reason,
  };
  if (indicator.unit) r.unit = indicator.unit;
  if (ratio) r.ratio = ratio;
  if (details?.candidates?.length) r.candidates = details.candidates;
  if (details?.relative) r.relative = details.relative;
  if (details?.override) r.override = details.override;
  return r;
}

/** The comparison of an indicator's first target, used when no target applies. */
function firstOp(indicator: Indicator): Comparison {
  for (const cell of Object.values(indicator.targets)) {
    const first = casesOf(cell)[0];
    if (first) return first.op;
  }
  return indicator.measure === 'flag' ? '=' : '>=';
}

/** Rounds a displayed percent to 2 decimals (display only; comparisons are exact). */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
