// Finding an indicator by its code, in a set or in an evaluation result (both hold criteria
// that hold indicators).

/**
 * Anything that holds criteria holding indicators: a `CriteriaSet` or an `EvaluationResult`.
 * @example
 * const holder: HasIndicators<Indicator> = commune318;
 */
export type HasIndicators<I> = { readonly criteria: readonly { readonly indicators: readonly I[] }[] };

/**
 * Every indicator (or indicator result) in order, across criteria.
 * @example
 * indicatorsOf(commune318).length; // 56
 * indicatorsOf(evaluate(commune318, input)).filter((r) => r.status === 'met').length;
 */
export function indicatorsOf<I>(holder: HasIndicators<I>): readonly I[] {
  return holder.criteria.flatMap((c) => c.indicators);
}

/**
 * The indicator (or indicator result) with this code, or `undefined`.
 * @example
 * findIndicator<Indicator>(commune318, '17.1')?.measure; // 'percent'
 * findIndicator(evaluate(commune318, input), '3.1')?.status; // 'met'
 */
export function findIndicator<I extends { readonly code: string }>(holder: HasIndicators<I>, code: string): I | undefined {
  for (const criterion of holder.criteria) {
    for (const indicator of criterion.indicators) if (indicator.code === code) return indicator;
  }
  return undefined;
}
