import type { CriteriaSet } from '../src/model/criteria-set.js';
import { LEVELS, type Level } from '../src/model/level.js';
import type { ProvinceId } from '../src/model/province.js';
import { createRegistry, type InForceQuery } from '../src/registry.js';
import * as MANIFEST from './manifest.js';

export * from './manifest.js';

/**
 * Every set the package carries, each with its literal `id` and `level`.
 * @example
 * const districts: Extract<ShippedCriteriaSet, { level: 'district' }>['id'][] = ['district-2016-2020'];
 */
export type ShippedCriteriaSet = (typeof MANIFEST)[keyof typeof MANIFEST];

/**
 * The id of a set the package carries, e.g. `'commune-2021-2025'`.
 * @example
 * const id: ShippedSetId = 'commune-2021-2025+211';
 */
export type ShippedSetId = ShippedCriteriaSet['id'];

/**
 * Every set of the manifest in the registry's order: national before provincial, then by the
 * day the set took effect (unknown last), by level, and by id (a base before its amended version).
 */
const SETS: readonly CriteriaSet[] = (Object.values(MANIFEST) as CriteriaSet[]).sort(
  (a, b) =>
    Number(a.province !== undefined) - Number(b.province !== undefined) ||
    (a.period.from ?? '9999').localeCompare(b.period.from ?? '9999') ||
    LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
    a.id.localeCompare(b.id),
);

/**
 * Every national and provincial criteria set the package carries, every version.
 * @example
 * registry.list().length; // 24
 * registry.inForce({ level: 'district', on: '2021-10-11' }).id; // 'district-2016-2020'
 */
export const registry = createRegistry(SETS);

/**
 * Every criteria set the package carries (national and provincial, every version).
 * @example
 * listCriteriaSets().map((s) => s.id); // ['district-2016-2020', 'town-2016-2020', 'commune-2016-2020', …]
 */
export function listCriteriaSets() {
  return registry.list();
}

/**
 * The set with this id; an unknown id throws a `RangeError` that names the known ids. Given a
 * literal id of a shipped set, the result has that set's own type, so its indicator codes are
 * checked at compile time; any other string gives a `CriteriaSet`.
 * @example
 * getCriteriaSet('commune-2021-2025').version; // '318/QĐ-TTg'
 */
export function getCriteriaSet<const Id extends ShippedSetId>(id: Id): Extract<ShippedCriteriaSet, { readonly id: Id }>;
export function getCriteriaSet(id: string): CriteriaSet;
export function getCriteriaSet(id: string): CriteriaSet {
  return registry.get(id);
}

/**
 * The version of a level's set in force on a date (no implicit "today": pass the date). The
 * result is narrowed to the shipped sets of that level: which version it is depends on the
 * date, known only at run time, so codes that only some versions of the level have still
 * compile; check `result.id` (or use `getCriteriaSet` with a literal id) to narrow further.
 * @example
 * criteriaSetInForce({ level: 'commune', on: '2021-10-11' }).id; // 'commune-2016-2020'
 */
export function criteriaSetInForce<const L extends Level>(
  query: InForceQuery & { readonly level: L },
): Extract<ShippedCriteriaSet, { readonly level: L }>;
export function criteriaSetInForce(query: InForceQuery): CriteriaSet;
export function criteriaSetInForce(query: InForceQuery): CriteriaSet {
  return registry.inForce(query);
}

/**
 * The set in force on a date for each level, as `evaluateAggregate` reads them (`unitSets`):
 * a district assessed in October 2021 re-evaluates its communes under the commune set in force
 * then. Levels with no set in force on that date are left out (their units stay undecided).
 * @example
 * const unitSets = unitSetsInForce({ on: '2021-10-11', levels: ['commune'] });
 * unitSets.commune?.id; // 'commune-2016-2020'
 */
export function unitSetsInForce(query: {
  readonly on: Date | string;
  /** The levels wanted; every level when absent. */
  readonly levels?: readonly Level[];
  /** Include the sets this province issued (its id, e.g. `vinh-phuc`). */
  readonly province?: ProvinceId;
}): { [L in Level]?: CriteriaSet } {
  const out: { [L in Level]?: CriteriaSet } = {};
  for (const level of query.levels ?? LEVELS) {
    try {
      out[level] = registry.inForce({ level, on: query.on, ...(query.province ? { province: query.province } : {}) });
    } catch (error) {
      // No version of this level is in force on that date: leave the level out.
      if (!(error instanceof RangeError) || /Invalid date/.test(error.message)) throw error;
    }
  }
  return out;
}
