import type { Criterion } from '../model/criterion.js';
import { evaluateIndicator, type IndicatorContext } from './evaluate-indicator.js';
import type { CriterionResult, IndicatorResult } from './result.js';

/**
 * The verdict of a criterion from its indicators' verdicts:
 * - rule `all` (default): not met if any applicable indicator is not met; incomplete if any
 *   is missing or has an unknown target; met when all applicable ones are met;
 * - rule `at-least n`: met once n are met; not met when even the undecided ones could not
 *   make n; otherwise incomplete.
 * A criterion whose indicators are all not applicable is `not-applicable`; one whose list of
 * indicators is known to be incomplete (`incompleteIndicators`) is never `met`.
 * @internal
 */
export function criterionVerdict(criterion: Criterion, indicators: readonly IndicatorResult[]): CriterionResult['status'] {
  let met = 0;
  let notMet = 0;
  let open = 0;
  for (const r of indicators) {
    if (r.status === 'met') met++;
    else if (r.status === 'not-met') notMet++;
    else if (r.status !== 'not-applicable') open++;
  }
  const applicable = met + notMet + open;
  // Rows of the decree that are not encoded could still apply and fail: never "met" on the known ones.
  const complete = criterion.incompleteIndicators === undefined;
  if (applicable === 0) return indicators.length === 0 || !complete ? 'incomplete' : 'not-applicable';
  const rule = criterion.rule ?? { kind: 'all' as const };
  if (rule.kind === 'at-least') {
    // n met is enough whatever the other rows; too few is only final when every row is known.
    if (met >= rule.count) return 'met';
    return met + open < rule.count && complete ? 'not-met' : 'incomplete';
  }
  if (notMet > 0) return 'not-met';
  return open > 0 || !complete ? 'incomplete' : 'met';
}

/** Evaluates one criterion and its indicators (or takes its indicators' results, already made). @internal */
export function evaluateCriterion(
  criterion: Criterion,
  ctx: IndicatorContext,
  indicators: readonly IndicatorResult[] = criterion.indicators.map((indicator) => evaluateIndicator(indicator, criterion, ctx)),
): CriterionResult {
  return {
    id: criterion.id,
    number: criterion.number,
    name: criterion.name,
    status: criterionVerdict(criterion, indicators),
    indicators,
  };
}
