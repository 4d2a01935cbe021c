// Reads a criteria set's data, independently of the engine, into per-column rule plans that
// the generated json-rules-engine rules, json-logic rules and the hand loop are built from.
import type { ColumnId, Comparison, CriteriaSet, FactTest, Indicator, Target, TargetOverride } from '../src/engine.js';

/** One case of an indicator's target: the first case whose `when` passes applies. */
export interface PlanCase {
  readonly when?: FactTest;
  readonly op: Comparison;
  readonly value: number | boolean;
}

/** How one indicator is decided in one column and year. */
export interface PlanIndicator {
  readonly code: string;
  readonly criterionIndex: number;
  readonly appliesWhen?: FactTest;
  /** `null`: no usable target (unknown, or not in this column): never decided. */
  readonly cases: readonly PlanCase[] | null;
  /** The indicator does not exist in this column (not applicable). */
  readonly notInColumn: boolean;
}

/** Everything the other engines need for one column and year. */
export interface RulePlan {
  readonly indicators: readonly PlanIndicator[];
  readonly criteria: readonly { readonly id: string; readonly atLeast?: number; readonly size: number }[];
}

function casesOf(indicator: Indicator, column: ColumnId, year: number | undefined): readonly Target[] {
  const cell = (column !== 'all' ? indicator.targets[column] : undefined) ?? indicator.targets.all;
  if (cell === undefined) return [];
  const list: readonly Target[] = Array.isArray(cell) ? (cell as readonly Target[]) : [cell as Target];
  return list.filter((t) => !t.years || (year !== undefined && (t.years.from ?? -Infinity) <= year && year <= (t.years.to ?? Infinity)));
}

/**
 * The rule plan of a set for one column and year, with the caller's overrides (which, like the
 * engine, replace an unverified target's op and value).
 */
export function rulePlan(
  set: CriteriaSet,
  column: ColumnId,
  year: number | undefined,
  overrides: Readonly<Record<string, TargetOverride>> = {},
): RulePlan {
  const indicators: PlanIndicator[] = [];
  set.criteria.forEach((criterion, criterionIndex) => {
    for (const indicator of criterion.indicators) {
      const notInColumn = indicator.columns !== undefined && !indicator.columns.includes(column);
      const override = overrides[indicator.code];
      const raw = casesOf(indicator, column, year);
      const usable = raw.map((t): PlanCase | null => {
        if (t.relativeTo && !override) return null; // relative targets: not generated (none in the benched sets)
        if (override) {
          if (t.status === 'verified') throw new Error(`bench: override on a verified target ${indicator.code}`);
          return { ...(t.when ? { when: t.when } : {}), op: override.op ?? t.op, value: override.value };
        }
        return t.status === 'verified' && t.value !== null ? { ...(t.when ? { when: t.when } : {}), op: t.op, value: t.value } : null;
      });
      if (usable.some((c) => c === null) && usable.some((c) => c !== null)) {
        throw new Error(`bench: indicator ${indicator.code} mixes known and unknown cases; the generator does not support it`);
      }
      const cases = usable.length === 0 || usable[0] === null ? null : (usable as PlanCase[]);
      indicators.push({
        code: indicator.code,
        criterionIndex,
        ...(indicator.appliesWhen ? { appliesWhen: indicator.appliesWhen } : {}),
        cases,
        notInColumn,
      });
    }
  });
  return {
    indicators,
    criteria: set.criteria.map((c) => ({
      id: c.id,
      size: c.indicators.length,
      ...(c.rule?.kind === 'at-least' ? { atLeast: c.rule.count } : {}),
    })),
  };
}
