import { compareFractions, fractionOf, toNumber, type Fraction } from '../_lib/exact.js';
import type { ColumnId } from '../model/column.js';
import type { Criterion } from '../model/criterion.js';
import type { Indicator } from '../model/indicator.js';
import { isUsableTarget, type Comparison, type Target } from '../model/target.js';
import { meets, relativeTarget } from './compare.js';
import type { RatioValue, TargetOverride } from './input.js';
import type { InputIssue } from './issue.js';
import { issue } from './make-issue.js';
import { resolveTarget, testFact, type ResolvedTarget } from './resolve-target.js';
import type { AppliedOverride, IndicatorResult, IndicatorStatus, Reason, ReasonCode, ReasonParams, TargetSource } from './result.js';
import { cleanValue, type CleanInput, type CleanValue, type StoredValue } from './validate-input.js';
import { casesOf } from '../model/cell.js';
import { type Cell, FIXED, GE, GENERAL, LE, sourceOf, UNKNOWN } from './indicator-view.js';

/** Status codes an evaluation counts by: met, not met, missing, unknown target, not applicable. @internal */
const S_MET = 0;
export const S_NOT_MET = 1;
export const S_MISSING = 2;
export const S_UNKNOWN = 3;
export const S_NA = 4;

/** What every indicator of one evaluation shares, and what the last one found. @internal */
export interface IndicatorContext {
  readonly document: string;
  readonly annex: string | undefined;
  readonly column: ColumnId | null;
  readonly input: CleanInput;
  /** Issues found while evaluating (a refused override), appended in order. */
  readonly issues: InputIssue[];
  /** The status code (S_*) of the indicator just evaluated. */
  status: number;
  /** Overrides used, in indicator order. */
  overrides: AppliedOverride[] | undefined;
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
 * Evaluates one indicator for one unit, from its cell (what depends only on the set, column
 * and year) and the unit's stored value, and sets `ctx.status`. The common cells (a static
 * target, no override) are judged here with no allocation but the result itself; the others
 * (facts, references, overrides, a year without target) by `evaluateGeneral`. @internal
 */
export function evaluateIndicator(cell: Cell, stored: StoredValue | undefined, ctx: IndicatorContext): IndicatorResult {
  const kind = cell.kind;
  if (kind === FIXED) {
    const fixed = cell.fixed ?? (cell.fixed = fixedResult(cell, ctx.column));
    if (cell.notInColumn) {
      notApplicableValue(cell, ctx);
      ctx.status = S_NA;
    } else ctx.status = S_MISSING;
    return stored === undefined ? fixed : shownWith(cell, fixed, stored);
  }
  if (kind === GENERAL || (ctx.input.overrides.size > 0 && ctx.input.overrides.has(cell.code))) return general(cell, stored, ctx);
  if (kind === UNKNOWN) {
    ctx.status = S_UNKNOWN;
    const known = cell.unknown ?? (cell.unknown = frozen(unknownResult(cell, cell.target!, cell.targetSource, ctx.column, undefined)));
    return stored === undefined ? known : shownWith(cell, known, stored);
  }
  // JUDGE: a usable static target.
  if (stored === undefined) {
    ctx.status = S_MISSING;
    if (ctx.input.invalid.has(cell.code))
      return cell.invalid ?? (cell.invalid = frozen(missingResult(cell, 'indicator.invalid-value', ctx.column)));
    return cell.missing ?? (cell.missing = frozen(missingResult(cell, 'indicator.missing-value', ctx.column)));
  }
  const goal = cell.goal!;
  if (typeof stored === 'number' && typeof goal === 'number') {
    const op = cell.opCode;
    const ok = op === GE ? stored >= goal : op === LE ? stored <= goal : stored === goal;
    ctx.status = ok ? S_MET : S_NOT_MET;
    const target = cell.target!;
    if (cell.verified)
      return judged(
        cell,
        ok ? 'met' : 'not-met',
        ok ? 'indicator.met' : 'indicator.not-met',
        stored,
        goal,
        target.op,
        cell.targetSource,
        cell.params ?? (cell.params = staticParams(cell, goal, target.op, ctx.column)),
      );
    return result(
      cell.indicator,
      cell.criterion,
      ok ? 'met' : 'not-met',
      ok ? 'indicator.met' : 'indicator.not-met',
      stored,
      undefined,
      cell.targetSource,
      ctx.column,
      undefined,
      {
        op: target.op,
        target: goal,
        targetStatus: target.status,
      },
    );
  }
  if (typeof stored === 'boolean') {
    const ok = stored === goal;
    ctx.status = ok ? S_MET : S_NOT_MET;
    if (stored) return cell.flagTrue ?? (cell.flagTrue = frozen(judgedOther(cell, ok, stored, ctx.column)));
    return cell.flagFalse ?? (cell.flagFalse = frozen(judgedOther(cell, ok, stored, ctx.column)));
  }
  // A ratio (compared exactly), or a number against a flag target.
  const value = cleanValue(stored);
  const ok = meets(value, cell.target!.op, goal);
  ctx.status = ok ? S_MET : S_NOT_MET;
  return judgedOther(cell, ok, value, ctx.column);
}

/** The details of a static usable target, as `result` reads them. */
function staticDetails(cell: Cell): Details {
  const target = cell.target!;
  return cell.verified ? { op: target.op, target: target.value } : { op: target.op, target: target.value, targetStatus: target.status };
}

function missingResult(cell: Cell, code: 'indicator.missing-value' | 'indicator.invalid-value', column: ColumnId | null): IndicatorResult {
  return result(
    cell.indicator,
    cell.criterion,
    'missing',
    code,
    null,
    undefined,
    cell.targetSource,
    column,
    undefined,
    staticDetails(cell),
  );
}

/** A flag, a ratio, or a number against a flag target, judged against a static usable target. */
function judgedOther(cell: Cell, ok: boolean, value: boolean | CleanValue, column: ColumnId | null): IndicatorResult {
  const status = ok ? 'met' : 'not-met';
  const code = ok ? 'indicator.met' : 'indicator.not-met';
  if (typeof value === 'boolean')
    return result(
      cell.indicator,
      cell.criterion,
      status,
      code,
      value,
      undefined,
      cell.targetSource,
      column,
      undefined,
      staticDetails(cell),
    );
  return result(
    cell.indicator,
    cell.criterion,
    status,
    code,
    actualOf(value),
    ratioOf(value),
    cell.targetSource,
    column,
    undefined,
    staticDetails(cell),
  );
}

/** The outcome of a FIXED cell: not in this column, or no column to choose its target. */
function fixedResult(cell: Cell, column: ColumnId | null): IndicatorResult {
  return cell.notInColumn
    ? frozen(result(cell.indicator, cell.criterion, 'not-applicable', 'indicator.not-in-column', null, undefined, cell.source, column))
    : frozen(result(cell.indicator, cell.criterion, 'missing', 'indicator.missing-column', null, undefined, cell.source, column));
}

const STATUS_CODES: Readonly<Record<IndicatorStatus, number>> = {
  met: S_MET,
  'not-met': S_NOT_MET,
  missing: S_MISSING,
  'unknown-target': S_UNKNOWN,
  'not-applicable': S_NA,
};

/** Any cell, any input: facts, references, overrides and cases chosen per call. */
function general(cell: Cell, stored: StoredValue | undefined, ctx: IndicatorContext): IndicatorResult {
  const r = evaluateGeneral(cell, stored === undefined ? undefined : cleanValue(stored), ctx);
  ctx.status = STATUS_CODES[r.status];
  if (r.override) (ctx.overrides ??= []).push(r.override);
  return r;
}

function evaluateGeneral(cell: Cell, value: CleanValue | undefined, ctx: IndicatorContext): IndicatorResult {
  const { input } = ctx;
  const { indicator, criterion } = cell;
  const code = indicator.code;
  const column = ctx.column;

  if (indicator.appliesWhen) {
    const applies = testFact(indicator.appliesWhen, input.facts);
    if (applies === false) {
      notApplicableValue(cell, ctx);
      return result(
        indicator,
        criterion,
        'not-applicable',
        'indicator.not-applicable',
        actualOf(value),
        ratioOf(value),
        cell.source,
        column,
        { test: indicator.appliesWhen },
      );
    }
    if (applies === undefined) {
      return result(indicator, criterion, 'missing', 'indicator.missing-fact', actualOf(value), ratioOf(value), cell.source, column, {
        fact: indicator.appliesWhen.fact,
      });
    }
  }

  let target = cell.target;
  let source = cell.targetSource;
  if (!target) {
    const resolved: ResolvedTarget = resolveTarget(indicator, column, input.year, input.facts);
    if (resolved.kind !== 'target') {
      const status: IndicatorStatus = resolved.kind === 'no-target-for-year' ? 'unknown-target' : 'missing';
      const extra =
        resolved.kind === 'missing-fact'
          ? { fact: resolved.fact }
          : resolved.kind === 'no-target-for-year' && input.year !== null
            ? { year: input.year }
            : undefined;
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
      const known = cell.unknown ?? keep(cell, 'unknown', unknownResult(cell, target, source, column, undefined));
      return value === undefined ? known : shownWith(cell, known, storedOf(value));
    }
    return unknownResult(cell, target, source, column, value);
  }

  const op: Comparison = target.op;
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
      ctx.issues.push(
        issue(
          'override-less-strict',
          ['overrides', code],
          { target: { op: target.op, value: shown } },
          `${givenOp} ${String(given.value)}`,
        ),
      );
    } else {
      override = { ...given, code, replaced: usable ? target.value : null };
      goal = given.value;
    }
  }
  if (override === undefined && target.relativeTo !== undefined) {
    const reference = input.references.get(target.relativeTo);
    relative = { factor: target.value as number, reference: target.relativeTo, referenceValue: reference ?? null };
    if (reference === undefined) {
      return result(
        indicator,
        criterion,
        'missing',
        'indicator.missing-reference',
        actualOf(value),
        ratioOf(value),
        source,
        column,
        { reference: target.relativeTo },
        { op, target: null, relative },
      );
    }
    goal = relativeTarget(target.value as number, reference);
  }
  const targetNumber = goal === null || typeof goal === 'number' || typeof goal === 'boolean' ? goal : toNumber(goal);

  if (value !== undefined && value.kind === 'number' && override === undefined && relative === undefined) {
    const ok = meets(value, op, goal!);
    if (verified)
      return judged(
        cell,
        ok ? 'met' : 'not-met',
        ok ? 'indicator.met' : 'indicator.not-met',
        value.value,
        targetNumber,
        op,
        source,
        judgedParams(cell, targetNumber, op, column, source),
      );
    return result(
      indicator,
      criterion,
      ok ? 'met' : 'not-met',
      ok ? 'indicator.met' : 'indicator.not-met',
      value.value,
      undefined,
      source,
      column,
      undefined,
      { op, target: targetNumber, targetStatus: target.status },
    );
  }
  const details: Details = { op, target: targetNumber, override, relative, ...(verified ? {} : { targetStatus: target.status }) };
  if (value === undefined) {
    const reasonCode = input.invalid.has(code) ? 'indicator.invalid-value' : 'indicator.missing-value';
    const key = reasonCode === 'indicator.missing-value' ? 'missing' : 'invalid';
    const known = plain ? cell[key] : undefined;
    if (known) return known;
    const made = result(indicator, criterion, 'missing', reasonCode, null, undefined, source, column, undefined, details);
    return plain ? keep(cell, key, made) : made;
  }
  const ok = meets(value, op, goal!);
  const status = ok ? 'met' : 'not-met';
  if (value.kind === 'flag') {
    const key = value.value ? 'flagTrue' : 'flagFalse';
    const known = plain ? cell[key] : undefined;
    if (known) return known;
    const made = result(
      indicator,
      criterion,
      status,
      ok ? 'indicator.met' : 'indicator.not-met',
      value.value,
      undefined,
      source,
      column,
      undefined,
      details,
    );
    return plain ? keep(cell, key, made) : made;
  }
  if (value.kind === 'ratio') {
    const ratio = { numerator: value.numerator, denominator: value.denominator };
    return result(
      indicator,
      criterion,
      status,
      ok ? 'indicator.met' : 'indicator.not-met',
      round((value.numerator * 100) / value.denominator),
      ratio,
      source,
      column,
      undefined,
      details,
    );
  }
  return result(
    indicator,
    criterion,
    status,
    ok ? 'indicator.met' : 'indicator.not-met',
    value.value,
    undefined,
    source,
    column,
    undefined,
    details,
  );
}

/**
 * The common result, a number judged against a verified target with no override: the same
 * objects `result` builds, in the same key order, without its optional branches. Its reason
 * is the code, the params shared by every result of the cell (they do not show the value), and
 * the value beside them.
 */
function judged(
  cell: Cell,
  status: IndicatorStatus,
  code: 'indicator.met' | 'indicator.not-met',
  actual: number,
  target: number | boolean | null,
  op: Comparison,
  source: TargetSource,
  params: ReasonParams,
): IndicatorResult {
  // Read from the cell (one class), not the indicator (set data of many shapes).
  const unit = cell.unit;
  if (unit === undefined) {
    return {
      code: cell.code,
      criterionId: cell.criterionId,
      status,
      measure: cell.measure,
      actual,
      target,
      comparison: op,
      targetStatus: 'verified',
      source,
      reason: { code, params, actual },
    };
  }
  return {
    code: cell.code,
    criterionId: cell.criterionId,
    status,
    measure: cell.measure,
    actual,
    target,
    comparison: op,
    targetStatus: 'verified',
    source,
    reason: { code, params, actual },
    unit,
  };
}

/** The params of a number judged against a verified target: they depend on the cell, the target and the column, never on the value. */
function judgedParams(
  cell: Cell,
  target: number | boolean | null,
  op: Comparison,
  column: ColumnId | null,
  source: TargetSource,
): ReasonParams {
  const params: { -readonly [K in keyof ReasonParams]: ReasonParams[K] } = {
    indicator: cell.code,
    measure: cell.measure,
    target,
    op,
    column,
    source,
  };
  if (cell.unit !== undefined) params.unit = cell.unit;
  return params;
}

/** `judgedParams` of the cell's static target, shared by every result of the cell (so frozen). */
function staticParams(cell: Cell, target: number | boolean, op: Comparison, column: ColumnId | null): ReasonParams {
  return Object.freeze(judgedParams(cell, target, op, column, cell.targetSource));
}

/** A value given for an indicator that does not apply to the unit is an issue, not silently dropped. */
function notApplicableValue(cell: Cell, ctx: IndicatorContext): void {
  const code = cell.indicator.code;
  if (ctx.input.values[cell.position] !== undefined || ctx.input.invalid.has(code))
    ctx.issues.push(issue('not-applicable-value', ['values', code], 'indicator-code-of-set', code));
}

/** The value shown in a result: a number, a flag, or a ratio's percent (rounded for display). */
function actualOf(value: CleanValue | undefined): number | boolean | null {
  return value === undefined ? null : value.kind === 'ratio' ? round((value.numerator * 100) / value.denominator) : value.value;
}

function ratioOf(value: CleanValue | undefined): { numerator: number; denominator: number } | undefined {
  return value?.kind === 'ratio' ? { numerator: value.numerator, denominator: value.denominator } : undefined;
}

/** A shared outcome with the unit's own value in `actual` (the value did not decide it, and its reason does not show it). */
function withActual(fixed: IndicatorResult, stored: StoredValue): IndicatorResult {
  // The reason (shared, frozen) does not show the value; the result does. One literal per
  // shape, in the key order of `result` (a spread of a frozen object takes V8's slow path, and
  // a field added after the literal costs a second block of memory).
  const ratio = typeof stored === 'object';
  const actual = ratio ? round((stored.numerator * 100) / stored.denominator) : stored;
  const unit = fixed.unit;
  let r: { -readonly [K in keyof IndicatorResult]: IndicatorResult[K] };
  if (unit === undefined) {
    r = {
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
  } else {
    r = {
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
      unit,
    };
  }
  if (ratio) r.ratio = { numerator: stored.numerator, denominator: stored.denominator };
  if (fixed.candidates) r.candidates = fixed.candidates;
  if (fixed.relative) r.relative = fixed.relative;
  if (fixed.override) r.override = fixed.override;
  return r;
}

/**
 * `withActual` for the shared result of a FIXED or UNKNOWN cell. Why: the shared results have
 * many shapes (one per set of optional fields), so reading their fields in the loop is slow;
 * the cell keeps a copy of the one it shows values in, in one class (`Template`).
 */
function shownWith(cell: Cell, shared: IndicatorResult, stored: StoredValue): IndicatorResult {
  const t = cell.template === shared ? cell.plain! : copyTemplate(cell, shared);
  // A flag has two values: each result shown with one is shared (frozen) like the result itself.
  if (stored === true) return t.withTrue ?? (t.withTrue = Object.freeze(t.extra ? withActual(shared, true) : shownNumber(t, true)));
  if (stored === false) return t.withFalse ?? (t.withFalse = Object.freeze(t.extra ? withActual(shared, false) : shownNumber(t, false)));
  if (t.extra || typeof stored === 'object') return withActual(shared, stored);
  return shownNumber(t, stored);
}

function shownNumber(t: Template, stored: number | boolean): IndicatorResult {
  if (t.unit === undefined) {
    return {
      code: t.code,
      criterionId: t.criterionId,
      status: t.status,
      measure: t.measure,
      actual: stored,
      target: t.target,
      comparison: t.comparison,
      targetStatus: t.targetStatus,
      source: t.source,
      reason: t.reason,
    };
  }
  return {
    code: t.code,
    criterionId: t.criterionId,
    status: t.status,
    measure: t.measure,
    actual: stored,
    target: t.target,
    comparison: t.comparison,
    targetStatus: t.targetStatus,
    source: t.source,
    reason: t.reason,
    unit: t.unit,
  };
}

function copyTemplate(cell: Cell, shared: IndicatorResult): Template {
  const t = new Template(shared);
  cell.template = shared;
  cell.plain = t;
  return t;
}

/** The fields of a shared result, in one class (one object shape). @internal */
export class Template {
  readonly code: string;
  readonly criterionId: string;
  readonly status: IndicatorStatus;
  readonly measure: IndicatorResult['measure'];
  readonly target: IndicatorResult['target'];
  readonly comparison: Comparison;
  readonly targetStatus: IndicatorResult['targetStatus'];
  readonly source: TargetSource;
  readonly reason: Reason;
  readonly unit: IndicatorResult['unit'];
  /** It has optional fields beyond the unit (candidates, relative, override): copied by `withActual`. */
  readonly extra: boolean;
  /** The result shown with the flag `true`, and with `false` (shared, frozen), made on first use. */
  withTrue: IndicatorResult | undefined = undefined;
  withFalse: IndicatorResult | undefined = undefined;
  constructor(r: IndicatorResult) {
    this.code = r.code;
    this.criterionId = r.criterionId;
    this.status = r.status;
    this.measure = r.measure;
    this.target = r.target;
    this.comparison = r.comparison;
    this.targetStatus = r.targetStatus;
    this.source = r.source;
    this.reason = r.reason;
    this.unit = r.unit;
    this.extra = r.candidates !== undefined || r.relative !== undefined || r.override !== undefined || r.ratio !== undefined;
  }
}

/** The stored form of a clean value. */
function storedOf(value: CleanValue): StoredValue {
  return value.kind === 'ratio' ? value : value.value;
}

function unknownResult(
  cell: Cell,
  target: Target,
  source: TargetSource,
  column: ColumnId | null,
  value: CleanValue | undefined,
): IndicatorResult {
  return result(
    cell.indicator,
    cell.criterion,
    'unknown-target',
    'indicator.unknown-target',
    actualOf(value),
    ratioOf(value),
    source,
    column,
    undefined,
    {
      op: target.op,
      target: null,
      targetStatus: target.status,
      candidates: target.candidates,
    },
  );
}

type SharedKey = 'missing' | 'invalid' | 'flagTrue' | 'flagFalse' | 'unknown';

/** Keeps a value-independent outcome in its cell, frozen, for every later evaluation. */
function keep(cell: Cell, key: SharedKey, made: IndicatorResult): IndicatorResult {
  return (cell[key] = frozen(made));
}

function frozen(r: IndicatorResult): IndicatorResult {
  Object.freeze(r.reason.params);
  Object.freeze(r.reason);
  return Object.freeze(r);
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
  extra?: Pick<ReasonParams, 'fact' | 'test' | 'reference' | 'year'>,
  details?: Details,
): IndicatorResult {
  const op = details?.op ?? firstOp(indicator);
  const target = details?.target ?? null;
  const params: { -readonly [K in keyof ReasonParams]: ReasonParams[K] } = {
    indicator: indicator.code,
    measure: indicator.measure,
    target,
    op,
    column,
    source,
  };
  if (indicator.unit) params.unit = indicator.unit;
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
    reason: reasonOf(code, params, actual, ratio),
  };
  if (indicator.unit) r.unit = indicator.unit;
  if (ratio) r.ratio = ratio;
  if (details?.candidates?.length) r.candidates = details.candidates;
  if (details?.relative) r.relative = details.relative;
  if (details?.override) r.override = details.override;
  return r;
}

/**
 * A reason: its code and params, and the value beside them when its text shows it (a number or
 * ratio met or not met). Why beside: params depend on the cell, so they can be shared.
 */
function reasonOf(code: ReasonCode, params: ReasonParams, actual: number | boolean | null, ratio: RatioValue | undefined): Reason {
  if ((code !== 'indicator.met' && code !== 'indicator.not-met') || typeof actual !== 'number') return { code, params } as Reason;
  return (ratio ? { code, params, actual, ratio } : { code, params, actual }) as Reason;
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
