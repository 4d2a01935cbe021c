import type { EvaluationResult, IndicatorResult } from '../../src/index.js';

/** The result of one indicator by code. */
export function indicator(result: EvaluationResult, code: string): IndicatorResult {
  for (const c of result.criteria) for (const i of c.indicators) if (i.code === code) return i;
  throw new Error(`no indicator ${code}`);
}

/** The result of one criterion by id. */
export function criterion(result: EvaluationResult, id: string) {
  const c = result.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
}
