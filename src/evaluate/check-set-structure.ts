import { isDeepFrozen } from '../_lib/deep-freeze.js';
import { type CriteriaSet, criteriaSetSchema } from '../model/criteria-set.js';

// Sets found well-formed that can never change (deep-frozen: every shipped set): checked once.
const CHECKED = new WeakSet<object>();

/** What `checkSetStructure` found: the set to use, or the first problem, in words. @internal */
export type SetCheck = { readonly set: CriteriaSet; readonly problem?: undefined } | { readonly set?: undefined; readonly problem: string };

/**
 * Whether a value passed in as a criteria set (an aggregate's `unitSets`) has the structure the
 * engine reads: the set to use when it has, else a short description of the first problem (where
 * and what), for an issue. Never throws, whatever the value (getters and proxies included).
 *
 * Why not trust the type: `unitSets` often comes from JSON or a form, and a small object that
 * merely looks like a set (`{ id, criteria: [{}], conditions: [] }`) would make the evaluation
 * throw deep inside. This is the structural part of the model's schema; a full
 * `checkCriteriaSet` (references between parts) may replace it.
 *
 * Why the set to use is a copy unless deep-frozen: a set that can change, or whose fields are
 * getters or a proxy's traps, may answer differently (or throw) when the engine reads it again;
 * the copy the check made is plain data, read once.
 * @example
 * checkSetStructure(commune318).set === commune318; // true
 * checkSetStructure({ id: 'x', criteria: [{}], conditions: [] }).problem; // 'family: …'
 * @internal
 */
export function checkSetStructure(value: unknown): SetCheck {
  if (typeof value !== 'object' || value === null) return { problem: `not an object (${typeof value})` };
  if (CHECKED.has(value)) return { set: value as CriteriaSet };
  let parsed: ReturnType<ReturnType<typeof criteriaSetSchema>['safeParse']>;
  try {
    parsed = criteriaSetSchema().safeParse(value);
  } catch {
    return { problem: 'a set that throws when read' };
  }
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? first.path.map(String).join('.') : '(set)';
    return { problem: `${where}: ${first?.message ?? 'invalid'}`.slice(0, 120) };
  }
  if (!isDeepFrozen(value)) return { set: parsed.data };
  CHECKED.add(value);
  return { set: value as CriteriaSet };
}
