import type { CriteriaSet } from '../src/model/criteria-set.js';
import { LEVELS, type Level } from '../src/model/level.js';
import type { ProvinceId } from '../src/model/province.js';
import { createRegistry, type InForceQuery } from '../src/registry.js';
import { commune1980 } from './national/2016-2020/commune-1980.js';
import { communeModel691 } from './national/2016-2020/commune-model-691.js';
import { district558 } from './national/2016-2020/district-558.js';
import { province1274 } from './national/2016-2020/province-1274.js';
import { town558 } from './national/2016-2020/town-558.js';
import {
  commune318Amended211,
  communeAdvanced318Amended211,
  district320Amended211,
  districtAdvanced320Amended211,
} from './national/2021-2025/amend-211.js';
import { commune318 } from './national/2021-2025/commune-318.js';
import { communeAdvanced318 } from './national/2021-2025/commune-advanced-318.js';
import { communeModel319 } from './national/2021-2025/commune-model-319.js';
import { district320 } from './national/2021-2025/district-320.js';
import { districtAdvanced320 } from './national/2021-2025/district-advanced-320.js';
import { districtSpecial211 } from './national/2021-2025/district-special-211.js';
import { province321 } from './national/2021-2025/province-321.js';
import { town320 } from './national/2021-2025/town-320.js';
import { commune51 } from './national/2026-2030/commune-51.js';
import { communeModernPilot51 } from './national/2026-2030/commune-modern-pilot-51.js';
import { province51 } from './national/2026-2030/province-51.js';
import { thaiBinhCommuneAdvanced } from './provincial/thai-binh/commune-advanced-2018-2020.js';
import { vinhPhucCommuneAdvanced } from './provincial/vinh-phuc/commune-advanced-2016-2020.js';
import { vinhPhucVillageModel } from './provincial/vinh-phuc/village-model.js';

export {
  commune1980,
  district558,
  town558,
  communeModel691,
  province1274,
  commune318,
  communeAdvanced318,
  communeModel319,
  district320,
  town320,
  districtAdvanced320,
  province321,
  commune318Amended211,
  communeAdvanced318Amended211,
  district320Amended211,
  districtAdvanced320Amended211,
  districtSpecial211,
  commune51,
  communeModernPilot51,
  province51,
  vinhPhucCommuneAdvanced,
  vinhPhucVillageModel,
  thaiBinhCommuneAdvanced,
};

/** The national sets, every version, by period and then level (base before amended version). */
const NATIONAL_SETS = [
  commune1980,
  district558,
  town558,
  communeModel691,
  province1274,
  commune318,
  communeAdvanced318,
  communeModel319,
  district320,
  town320,
  districtAdvanced320,
  province321,
  commune318Amended211,
  communeAdvanced318Amended211,
  district320Amended211,
  districtAdvanced320Amended211,
  districtSpecial211,
  commune51,
  communeModernPilot51,
  province51,
] as const;

/** Provincial sets: returned by `inForce` only to a query naming their province. */
const PROVINCIAL_SETS = [vinhPhucCommuneAdvanced, vinhPhucVillageModel, thaiBinhCommuneAdvanced] as const;

/**
 * Every national and provincial criteria set the package carries, every version.
 * @example
 * registry.list().length;
 * registry.inForce({ level: 'district', on: '2021-10-11' }).id; // 'district-2016-2020'
 */
export const registry = createRegistry([...NATIONAL_SETS, ...PROVINCIAL_SETS]);

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
