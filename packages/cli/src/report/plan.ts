import type { EvaluationResult } from '@ntm/criteria';
import type { UnitRow } from '@ntm/sheets';

/**
 * One line of a unit's gap plan: what to do for an indicator (or a criterion, a condition),
 * in both languages.
 * @example
 * const line: PlanLine = { code: '17.1', criterionId: '17', vi: '17.1: thêm 20 hộ…', en: '17.1: 20 more households…' };
 */
export interface PlanLine {
  readonly code?: string;
  readonly criterionId?: string;
  readonly vi: string;
  readonly en: string;
}

/**
 * The gap plan of a unit's result as lines. (Wired to `gapPlan` from the library once it lands.)
 * @example
 * planOf(result, unit).map((l) => l.vi);
 */
export function planOf(_result: EvaluationResult, _unit: UnitRow): readonly PlanLine[] {
  return [];
}
