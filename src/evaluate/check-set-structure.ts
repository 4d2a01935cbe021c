import { isDeepFrozen } from '../_lib/deep-freeze.js';
import { criteriaSetSchema } from '../model/criteria-set.js';

// Sets found well-formed that can never change (deep-frozen: every shipped set): checked once.
const CHECKED = new WeakSet<object>();

/**
 * Whether a value passed in as a criteria set (an aggregate's `unitSets`) has the structure the
 * engine reads: `null` when it has, else a short description of the first problem (where and
 * what), for an issue. Never throws, whatever the value (getters and proxies included).
 *
 * Why not trust the type: `unitSets` often comes from JSON or a form, and a small object that
 * merely looks like a set (`{ id, criteria: [{}], conditions: [] }`) would make the evaluation
 * throw deep inside. This is the structural part of the model's schema; a full
 * `checkCriteriaSet` (references between parts) may replace it.
 * @example
 * checkSetStructure(commune318); // null
 * checkSetStructure({ id: 'x', criteria: [{}], conditions: [] }); // 'family: …'
 * @internal
 */
export function checkSetStructure(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return `not an object (${typeof value})`;
  if (CHECKED.has(value)) return null;
  try {
    const parsed = criteriaSetSchema().safeParse(value);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first && first.path.length > 0 ? first.path.map(String).join('.') : '(set)';
      return `${where}: ${first?.message ?? 'invalid'}`.slice(0, 120);
    }
  } catch {
    return 'a set that throws when read';
  }
  if (isDeepFrozen(value)) CHECKED.add(value);
  return null;
}
