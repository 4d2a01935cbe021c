// How the plan reads an aggregate's sub-units. Every read of a unit's result goes through
// `unitResultOf`, so a change in what an aggregate keeps (verdicts and tallies by default,
// full unit results on request) is a change in this one file. @internal
import type { AggregateResult, UnitOutcome, UnitStanding } from '../evaluate/aggregate.js';
import type { EvaluationResult, Verdict } from '../evaluate/result.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The sub-units of an aggregate result (none for a plain result). */
export function outcomesOf(result: EvaluationResult): readonly UnitOutcome[] {
  const units = (result as Partial<AggregateResult>).units;
  return Array.isArray(units) ? units.filter((u): u is UnitOutcome => isObject(u) && typeof u.id === 'string') : [];
}

/**
 * The sub-units below `unitId` in a flat aggregate (each outcome names its `parent`): every
 * descendant, as the aggregate's own list holds every unit below it. Why: an aggregate keeps
 * a district's result without its communes, so a district's plan finds them here.
 */
export function descendantsOf(all: readonly UnitOutcome[], unitId: string): readonly UnitOutcome[] {
  const below = new Set([unitId]);
  const found: UnitOutcome[] = [];
  // Parents come before their children in the aggregate's order (the order of the unit tree).
  for (const outcome of all) {
    if (typeof outcome.parent === 'string' && below.has(outcome.parent)) {
      below.add(outcome.id);
      found.push(outcome);
    }
  }
  return found;
}

/** The standings of one sub-unit, one per level it was counted at. */
export function standingsOf(outcome: UnitOutcome): readonly UnitStanding[] {
  return Array.isArray(outcome.standings)
    ? outcome.standings.filter((s): s is UnitStanding => isObject(s) && typeof s.level === 'string')
    : [];
}

/**
 * THE accessor of a sub-unit's full result: present only when the aggregate kept it (a unit
 * re-evaluated from its data, or given as a ready result). A result judged under another set
 * than the one in force (`stale`) is not planned against: it must be re-evaluated first.
 */
export function unitResultOf(standing: UnitStanding): EvaluationResult | undefined {
  if (standing.basis === 'stale') return undefined;
  const result = standing.result;
  return isObject(result) && typeof result.setId === 'string' ? result : undefined;
}

/**
 * The verdict a unit-share condition counts: the set verdict (`meets-set`), or the unit's
 * recognition verdict (`recognised`), as the aggregate counts them.
 */
export function countedVerdict(standing: UnitStanding, standard: 'meets-set' | 'recognised'): Verdict {
  const verdict: Verdict = standing.verdict === 'met' || standing.verdict === 'not-met' ? standing.verdict : 'incomplete';
  if (standard === 'meets-set') return verdict;
  if (standing.basis === 'stale') return 'incomplete';
  // An aggregate that keeps verdicts only records the recognition verdict on the standing.
  const kept = (standing as { readonly recognition?: unknown }).recognition;
  const recognition = kept !== undefined ? kept : unitResultOf(standing)?.recognition;
  return recognition === 'met' || recognition === 'not-met' ? recognition : 'incomplete';
}

/** Criteria met and in all at the standing's level, from the standing or its result; `null` when unknown. */
export function countsOf(standing: UnitStanding): { readonly metCount: number | null; readonly total: number | null } {
  const own = standing as { readonly metCount?: unknown; readonly total?: unknown };
  const result = unitResultOf(standing);
  const pick = (kept: unknown, fromResult: unknown) =>
    typeof kept === 'number' ? kept : typeof fromResult === 'number' ? fromResult : null;
  return { metCount: pick(own.metCount, result?.metCount), total: pick(own.total, result?.total) };
}
