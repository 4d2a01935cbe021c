import { isValid, parseISO } from 'date-fns';
import { deepFreeze } from './_lib/deep-freeze.js';
import type { CriteriaSet } from './model/criteria-set.js';
import type { Level } from './model/level.js';
import type { ProvinceId } from './model/province.js';

/**
 * What `inForce` reads: a level and a date, and optionally a province for provincial sets.
 * @example
 * const query: InForceQuery = { level: 'commune', on: '2024-06-30' };
 * criteriaSetInForce(query).id; // 'commune-2021-2025+211'
 */
export interface InForceQuery {
  readonly level: Level;
  /** The assessment date: a `Date` or an ISO date string (YYYY-MM-DD). No implicit "today". */
  readonly on: Date | string;
  /** Include the sets this province issued (its id, e.g. `vinh-phuc`). */
  readonly province?: ProvinceId;
  /**
   * The kind of unit within the level, for sets that apply to it alone (a set's `scope`), e.g.
   * `no-commune-units` for a district without commune-level units (211/QĐ-TTg). A set of that
   * scope wins over the level's general sets; where none is in force the general set applies.
   */
  readonly scope?: string;
}

/**
 * A registry of criteria sets: list, get by id, and the one in force on a date.
 * @example
 * const registry: CriteriaSetRegistry = createRegistry([commune1980, commune318]);
 * registry.get('commune-2021-2025').version; // '318/QĐ-TTg'
 */
export interface CriteriaSetRegistry<S extends CriteriaSet = CriteriaSet> {
  /** Every set (every version), in registration order: a frozen list of frozen sets. */
  list(): readonly S[];
  /** The set with this id; throws a `RangeError` naming the known ids when there is none. */
  get(id: string): S;
  /** The version in force for a level on a date; throws a `RangeError` when none is. */
  inForce(query: InForceQuery): S;
}

/**
 * The calendar day of a query as `YYYY-MM-DD`. A `Date` is read in UTC (as `new Date('2024-06-30')`
 * is made), so the answer never depends on the machine's time zone.
 */
function toDay(on: Date | string): string {
  if (typeof on === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || !isValid(parseISO(on))) {
      throw new RangeError(
        `Invalid date "${on}" (expected an ISO date YYYY-MM-DD or a Date) / Ngày không hợp lệ "${on}" (cần ngày ISO YYYY-MM-DD hoặc một Date)`,
      );
    }
    return on;
  }
  if (!(on instanceof Date) || !isValid(on)) {
    throw new RangeError(`Invalid date: ${String(on)} / Ngày không hợp lệ: ${String(on)}`);
  }
  return on.toISOString().slice(0, 10);
}

/**
 * Builds a registry over a list of sets. When several sets of a level are in force on the same
 * date, a set of the query's `scope` wins over general ones; then the one in force from the
 * later date (an amended version over its base); on the same date, the later registered.
 * Every set is deep-frozen on registration (a registry is shared by every caller: none may
 * change a set another reads), and `list()` is a frozen copy of the list given.
 * @example
 * const registry = createRegistry([commune1980, commune318]);
 * registry.inForce({ level: 'commune', on: '2021-10-11' }).id; // 'commune-2016-2020'
 */
export function createRegistry<S extends CriteriaSet>(given: readonly S[]): CriteriaSetRegistry<S> {
  const sets: readonly S[] = Object.freeze([...given]);
  const byId = new Map<string, S>();
  for (const set of sets) {
    if (byId.has(set.id)) throw new Error(`Duplicate criteria set id: ${set.id} / Trùng mã bộ tiêu chí: ${set.id}`);
    byId.set(set.id, deepFreeze(set));
  }
  const registry: CriteriaSetRegistry<S> = {
    list: () => sets,
    get(id) {
      const set = byId.get(id);
      if (!set) {
        const known = [...byId.keys()].join(', ');
        throw new RangeError(`Unknown criteria set "${id}". Known sets: ${known} / Không có bộ tiêu chí "${id}". Các bộ đã có: ${known}`);
      }
      return set;
    },
    inForce({ level, on, province, scope }) {
      const day = toDay(on);
      let best: S | undefined;
      for (const set of sets) {
        if (set.level !== level || (set.province !== undefined && set.province !== province)) continue;
        if (set.scope !== undefined && set.scope !== scope) continue;
        const { from, to } = set.period;
        // ISO days compare correctly as strings.
        if (!from || day < from || (to !== null && day > to)) continue;
        if (!best || preferred(set, best, scope)) best = set;
      }
      if (!best) {
        const known = sets
          .filter((s) => s.level === level)
          .map((s) => `${s.id}${s.scope ? ` [${s.scope}]` : ''} (${s.period.from ?? '?'} → ${s.period.to ?? '?'})`)
          .join(', ');
        throw new RangeError(
          `No ${level} criteria set is in force on ${day}${scope ? ` for scope "${scope}"` : ''}. Sets of this level: ${known || 'none'}` +
            ` / Không có bộ tiêu chí cấp ${level} có hiệu lực vào ngày ${day}${scope ? ` (phạm vi "${scope}")` : ''}. Các bộ của cấp này: ${known || 'không có'}`,
        );
      }
      return best;
    },
  };
  return Object.freeze(registry);
}

/**
 * Whether `a` wins over `b` (both in force): a set of the asked scope over a general one; then
 * the later `from` (an amended version over its base); on the same date, the later registered.
 */
function preferred(a: CriteriaSet, b: CriteriaSet, scope: string | undefined): boolean {
  const scoped = (s: CriteriaSet) => (scope !== undefined && s.scope === scope ? 1 : 0);
  if (scoped(a) !== scoped(b)) return scoped(a) > scoped(b);
  return a.period.from! >= b.period.from!;
}
