import type { CriteriaSet } from '../model/criteria-set.js';
import { evaluateCriterion } from './evaluate-criterion.js';
import { evaluateIndicator, type IndicatorContext } from './evaluate-indicator.js';
import { planned, planOf } from './indicator-plan.js';
import type { CriterionResult, IndicatorResult } from './result.js';

/**
 * Evaluates every criterion of a set, through the set's compiled plan for the context's
 * column and year (see `indicator-plan.ts`): the same results as evaluating each indicator
 * the generic way, without redoing per unit what depends only on the set, column and year.
 * @internal
 */
export function evaluateCriteria(set: CriteriaSet, ctx: IndicatorContext): CriterionResult[] {
  const plan = planOf(set, ctx);
  const criteria: CriterionResult[] = [];
  let k = 0;
  for (const criterion of set.criteria) {
    const indicators: IndicatorResult[] = [];
    for (let i = 0; i < criterion.indicators.length; i++, k++) {
      const p = plan[k]!;
      indicators.push(planned(p, ctx.input) || evaluateIndicator(p.indicator, criterion, ctx));
    }
    criteria.push(evaluateCriterion(criterion, ctx, indicators));
  }
  return criteria;
}
