import type { CriteriaSet } from '../model/criteria-set.js';
import { evaluateCriterion } from './evaluate-criterion.js';
import { cellsOf, evaluateIndicator, type IndicatorContext } from './evaluate-indicator.js';
import type { CriterionResult, IndicatorResult } from './result.js';

/**
 * Evaluates every criterion of a set: each indicator from its cell for the context's column
 * (what depends only on the set and column, worked out once) and the unit's value.
 * @internal
 */
export function evaluateCriteria(set: CriteriaSet, ctx: IndicatorContext): CriterionResult[] {
  const cells = cellsOf(set, ctx.column, ctx.document, ctx.annex);
  const values = ctx.input.values;
  const criteria: CriterionResult[] = [];
  let k = 0;
  for (const criterion of set.criteria) {
    const n = criterion.indicators.length;
    const indicators: IndicatorResult[] = new Array(n);
    for (let i = 0; i < n; i++, k++) {
      const cell = cells[k]!;
      indicators[i] = evaluateIndicator(cell, values[cell.position], ctx);
    }
    criteria.push(evaluateCriterion(criterion, indicators));
  }
  return criteria;
}
