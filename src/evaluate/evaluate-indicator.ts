import { compareFractions, fractionOf, toNumber, type Fraction } from '../_lib/exact.js';
import { formatComparison, formatValue } from '../locale/format.js';
import { enReasons } from '../locale/en.js';
import type { ReasonMessageData } from '../locale/messages.js';
import { viReasons } from '../locale/vi.js';
import type { Criterion } from '../model/criterion.js';
import type { Indicator } from '../model/indicator.js';
import type { LocalizedText } from '../model/text.js';
import type { Comparison, Target } from '../model/target.js';
import { VERIFICATION_LABELS } from '../model/verification.js';
import { meets, relativeTarget } from './compare.js';
import { describeSource } from './describe-column.js';
import type { TargetOverride } from './input.js';
import type { InputIssue } from './issue.js';
import { issue } from './make-issue.js';
import { resolveTarget, testFact } from './resolve-target.js';
import type { AppliedOverride, IndicatorResult, IndicatorStatus, ReasonCode, TargetSource } from './result.js';
import type { CleanInput } from './validate-input.js';
import type { ColumnId } from '../model/column.js';

/** What every indicator of one evaluation shares. @internal */
// indicator-plan.ts caches results by column, year, document and annex: a new field here that
// changes results must join its cache key.
export interface IndicatorContext {
  readonly document: string;
  readonly annex: string | undefined;
  readonly column: ColumnId | null;
  readonly columnName: LocalizedText;
  readonly input: CleanInput;
  /** Issues found while evaluating (a refused override), appended in order. */
  readonly issues: InputIssue[];
}

/**
 * Whether an override is at least as strict as a verified target. A relative target's value is
 * a factor (1.1 × the advanced-commune income), not a threshold: the override is compared with
 * the threshold it computes, so without the reference value it cannot be shown strict enough.
 */
function isAtLeastAsStrict(override: TargetOverride, target: Target, op: Comparison, references: CleanInput['references']): boolean {
  if (op !== target.op) return false;
  if (typeof override.value !== typeof target.value) return false;
  if (target.relativeTo !== undefined) {
    const reference = references.get(target.relativeTo);
    if (reference === undefined || typeof override.value !== 'number') return false;
    const sign = compareFractions(fractionOf(override.value), relativeTarget(target.value as number, reference));
    return op === '>=' ? sign >= 0 : op === '<=' ? sign <= 0 : sign === 0;
  }
  if (op === '>=') return (override.value as number) >= (target.value as number);
  if (op === '<=') return (override.value as number) <= (target.value as number);
  return override.value === target.value;
}

/** Evaluates one indicator for one unit. @internal */
export function evaluateIndicator(indicator: Indicator, criterion: Criterion, ctx: IndicatorContext): IndicatorResult {
  const { input } = ctx;
  const code = indicator.code;
  const unit = indicator.unit;
  const value = input.values.get(code);

  let target: Target | undefined;
  let status: IndicatorStatus;
  let reasonCode: ReasonCode;
  let needed: string | undefined;
  let override: AppliedOverride | undefined;
  let goal: number | boolean | Fraction | null = null;
  let relative: IndicatorResult['relative'];

  const inColumn =
    indicator.columns === undefined ? true : ctx.column === null ? undefined : indicator.columns.includes(ctx.column);
  const applies = indicator.appliesWhen ? testFact(indicator.appliesWhen, input.facts) : true;
  const resolved = resolveTarget(indicator, ctx.column, input.year, input.facts);
  if (resolved.kind === 'target') target = resolved.target;
  let op: Comparison = target?.op ?? firstOp(indicator);

  if (inColumn === false) {
    status = 'not-applicable';
    reasonCode = 'not-applicable';
    needed = ctx.columnName.en;
  } else if (inColumn === undefined) {
    status = 'missing';
    reasonCode = 'missing-column';
  } else if (applies === false) {
    status = 'not-applicable';
    reasonCode = 'not-applicable';
    const t = indicator.appliesWhen!;
    needed = `${t.fact} ${formatComparison(t.op)} ${String(t.value)}`;
  } else if (applies === undefined) {
    status = 'missing';
    reasonCode = 'missing-fact';
    needed = indicator.appliesWhen!.fact;
  } else if (resolved.kind !== 'target') {
    status = resolved.kind === 'no-target-for-year' ? 'unknown-target' : 'missing';
    reasonCode = resolved.kind;
    needed = resolved.kind === 'missing-fact' ? resolved.fact : resolved.kind === 'no-target-for-year' ? String(input.year) : undefined;
  } else {
    const t = resolved.target;
    const given = input.overrides.get(code);
    let usable = t.status === 'verified';
    goal = t.value;
    if (given) {
      if (usable && !isAtLeastAsStrict(given, t, given.op ?? t.op, input.references)) {
        ctx.issues.push(
          issue(
            'override-less-strict',
            ['overrides', code],
            `${formatComparison(t.op)} ${String(t.value)}${t.relativeTo !== undefined ? ` × ${t.relativeTo}` : ''}`,
            `${formatComparison(given.op ?? t.op)} ${String(given.value)}`,
          ),
        );
      } else {
        override = { ...given, code, replaced: t.status === 'verified' ? t.value : null };
        op = given.op ?? t.op;
        goal = given.value;
        usable = true;
      }
    }
    if (usable && t.relativeTo && !override) {
      const reference = input.references.get(t.relativeTo);
      relative = { factor: t.value as number, reference: t.relativeTo, referenceValue: reference ?? null };
      goal = reference === undefined ? null : relativeTarget(t.value as number, reference);
    }
    if (!usable) {
      status = 'unknown-target';
      reasonCode = 'unknown-target';
    } else if (goal === null) {
      status = 'missing';
      reasonCode = 'missing-reference';
      needed = t.relativeTo;
    } else if (value === undefined) {
      status = 'missing';
      reasonCode = input.invalid.has(code) ? 'invalid-value' : 'missing-value';
    } else {
      const ok = meets(value, op, goal);
      status = ok ? 'met' : 'not-met';
      reasonCode = ok ? 'met' : 'not-met';
    }
  }

  const targetNumber = goal === null || typeof goal === 'number' || typeof goal === 'boolean' ? goal : toNumber(goal);
  const actual = value === undefined ? null : value.kind === 'ratio' ? round((value.numerator * 100) / value.denominator) : value.value;
  const ratio = value?.kind === 'ratio' ? { numerator: value.numerator, denominator: value.denominator } : undefined;
  const source: TargetSource = {
    document: target?.ref?.document ?? indicator.ref?.document ?? ctx.document,
    ...((target?.ref?.annex ?? indicator.ref?.annex ?? ctx.annex) !== undefined
      ? { annex: (target?.ref?.annex ?? indicator.ref?.annex ?? ctx.annex)! }
      : {}),
    row: target?.ref?.row ?? indicator.ref?.row ?? code,
    sources: target?.sources ?? [],
    ...(target?.amendedBy ? { amendedBy: target.amendedBy } : {}),
  };
  const where = describeSource(source.document, source.annex, source.row ?? code);

  const data = (locale: 'vi' | 'en'): ReasonMessageData => ({
    code,
    actual:
      ratio !== undefined
        ? `${ratio.numerator}/${ratio.denominator} (${formatValue(actual, 'percent', locale)})`
        : formatValue(actual, indicator.measure, locale, unit),
    target: formatValue(targetNumber, indicator.measure, locale, unit),
    op: formatComparison(op),
    column: ctx.columnName[locale],
    source: where[locale],
    ...(indicator.measure === 'flag' ? { flag: true } : {}),
    ...(needed !== undefined ? { needed } : {}),
    ...(override ? { overrideBy: override.by } : {}),
    ...(target && target.status !== 'verified' ? { targetStatus: VERIFICATION_LABELS[target.status][locale] } : {}),
    ...(target?.candidates?.length
      ? {
          candidates: target.candidates
            .map((c) => `${formatValue(c.value, indicator.measure, locale, unit)}${c.province ? ` (${c.province})` : ''}`)
            .join(', '),
        }
      : {}),
    ...(relative && relative.referenceValue !== null
      ? { relative: `${relative.factor} × ${formatValue(relative.referenceValue, indicator.measure, locale, unit)}` }
      : {}),
  });

  return {
    code,
    criterionId: criterion.id,
    status,
    measure: indicator.measure,
    ...(unit ? { unit } : {}),
    actual,
    ...(ratio ? { ratio } : {}),
    target: targetNumber,
    comparison: op,
    targetStatus: override ? 'override' : (target?.status ?? 'not-found'),
    ...(target?.candidates?.length ? { candidates: target.candidates } : {}),
    ...(relative ? { relative } : {}),
    ...(override ? { override } : {}),
    source,
    reason: { code: reasonCode, vi: viReasons[reasonCode](data('vi')), en: enReasons[reasonCode](data('en')) },
  };
}

/** The comparison of an indicator's first target, used when no target applies. */
function firstOp(indicator: Indicator): Comparison {
  for (const cell of Object.values(indicator.targets)) {
    const first = Array.isArray(cell) ? (cell as readonly Target[])[0] : (cell as Target | undefined);
    if (first) return first.op;
  }
  return indicator.measure === 'flag' ? '=' : '>=';
}

/** Rounds a displayed percent to 2 decimals (display only; comparisons are exact). */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
