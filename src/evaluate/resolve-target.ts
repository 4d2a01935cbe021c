import { casesOf, cellFor } from '../model/cell.js';
import type { ColumnId } from '../model/column.js';
import type { Indicator } from '../model/indicator.js';
import type { FactTest, Target } from '../model/target.js';

/** The target cell that applies to a unit, or why none could be chosen. @internal */
export type ResolvedTarget =
  | { readonly kind: 'target'; readonly target: Target }
  | { readonly kind: 'missing-column' }
  | { readonly kind: 'missing-year' }
  | { readonly kind: 'no-target-for-year' }
  | { readonly kind: 'missing-fact'; readonly fact: string };

/** Whether a fact passes a test; `undefined` when the fact is absent. @internal */
export function testFact(test: FactTest, facts: ReadonlyMap<string, number | boolean>): boolean | undefined {
  const value = facts.get(test.fact);
  if (value === undefined) return undefined;
  switch (test.op) {
    case '>':
      return value > test.value;
    case '>=':
      return value >= test.value;
    case '<':
      return value < test.value;
    case '<=':
      return value <= test.value;
    case '=':
      return value === test.value;
  }
}

/**
 * Chooses the target of one indicator for a column, year and facts: the column's cell, else
 * the `all` cell; among cases, the first whose `years` and `when` match. When a case cannot be
 * decided for lack of a fact or the year, that is the answer: never a later case. @internal
 */
export function resolveTarget(
  indicator: Indicator,
  column: ColumnId | null,
  year: number | null,
  facts: ReadonlyMap<string, number | boolean>,
): ResolvedTarget {
  const cell = cellFor(indicator, column);
  if (cell === undefined) return { kind: 'missing-column' };
  for (const target of casesOf(cell)) {
    const resolved = resolveCase(target, year, facts);
    // A case that cannot be decided (its fact or the year is missing) stops the search: the
    // first matching case applies, so a later case must not be used in its place.
    if (resolved !== undefined) return resolved;
  }
  return { kind: 'no-target-for-year' };
}

function resolveCase(target: Target, year: number | null, facts: ReadonlyMap<string, number | boolean>): ResolvedTarget | undefined {
  if (target.years) {
    if (year === null) return { kind: 'missing-year' };
    if ((target.years.from !== undefined && year < target.years.from) || (target.years.to !== undefined && year > target.years.to)) {
      return undefined;
    }
  }
  if (target.when) {
    const passes = testFact(target.when, facts);
    if (passes === undefined) return { kind: 'missing-fact', fact: target.when.fact };
    if (!passes) return undefined;
  }
  return { kind: 'target', target };
}
