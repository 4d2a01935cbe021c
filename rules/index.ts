import { createRegistry, type InForceQuery } from '../src/registry.js';
import { commune1980 } from './national/2016-2020/commune-1980.js';
import { commune318 } from './national/2021-2025/commune-318.js';

export { commune1980, commune318 };

/** Every national and provincial criteria set the package carries, every version. */
export const registry = createRegistry([commune1980, commune318]);

/**
 * Every criteria set the package carries (national and provincial, every version).
 * @example
 * listCriteriaSets().map((s) => s.id); // ['commune-2016-2020', 'commune-2021-2025', …]
 */
export function listCriteriaSets() {
  return registry.list();
}

/**
 * The set with this id; an unknown id throws a `RangeError` that names the known ids.
 * @example
 * getCriteriaSet('commune-2021-2025').version; // '318/QĐ-TTg'
 */
export function getCriteriaSet(id: string) {
  return registry.get(id);
}

/**
 * The version of a level's set in force on a date (no implicit "today": pass the date).
 * @example
 * criteriaSetInForce({ level: 'commune', on: '2021-10-11' }).id; // 'commune-2016-2020'
 */
export function criteriaSetInForce(query: InForceQuery) {
  return registry.inForce(query);
}
