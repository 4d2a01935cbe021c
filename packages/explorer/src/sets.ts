// Which set the page shows: the one in force on a date for a level (and province), or a version
// chosen by id; its previous version for the diff; its columns and their labels.
import {
  COMMUNE_GROUPS,
  REGIONS,
  columnIdsOf,
  criteriaSetInForce,
  isCommuneGroupId,
  isRegionId,
  listCriteriaSets,
  type ColumnId,
  type CriteriaSet,
  type Level,
  type ProvinceId,
} from '@ntm/criteria';
import { local, type Lang } from './i18n.js';

/** Today's date as YYYY-MM-DD in the viewer's calendar: the page's default date (the library has no clock). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The set in force for a level on a date (with the province's own sets), or `null` when none is. */
export function setInForce(level: Level, on: string, province?: ProvinceId): CriteriaSet | null {
  try {
    return criteriaSetInForce({ level, on, ...(province ? { province } : {}) });
  } catch {
    return null;
  }
}

/** Every version of a level: the national ones, and the province's when one is chosen. */
export function versionsOf(level: Level, province?: ProvinceId): readonly CriteriaSet[] {
  return listCriteriaSets().filter((s) => s.level === level && (s.province === undefined || s.province === province));
}

/** The set a page state names: an explicit version when it exists, else the one in force. */
export function chooseSet(level: Level, on: string, province: ProvinceId | undefined, id: string | undefined): CriteriaSet | null {
  if (id) {
    const chosen = listCriteriaSets().find((s) => s.id === id);
    if (chosen) return chosen;
  }
  return setInForce(level, on, province);
}

/**
 * The version a set replaced: the same family's version in force from an earlier date, else
 * the set of the same level (and scope, and province) in force the day before this one took effect.
 */
export function previousVersion(set: CriteriaSet): CriteriaSet | null {
  const from = set.period.from;
  if (!from) return null;
  const earlier = listCriteriaSets().filter(
    (s) =>
      s.id !== set.id &&
      s.level === set.level &&
      s.scope === set.scope &&
      s.province === set.province &&
      s.period.from !== null &&
      s.period.from < from,
  );
  const sameFamily = earlier.filter((s) => s.family === set.family);
  const pool = sameFamily.length > 0 ? sameFamily : earlier;
  return pool.reduce<CriteriaSet | null>((best, s) => (!best || s.period.from! > best.period.from! ? s : best), null);
}

/** The columns a set's table prints, in the decree's order. */
export function columnsOf(set: CriteriaSet): readonly ColumnId[] {
  return columnIdsOf(set.columns);
}

/** A column's header: the region's abbreviation or the group's name; `long` gives the full name. */
export function columnLabel(column: ColumnId, lang: Lang, long = false): string {
  if (isRegionId(column)) return long ? local(REGIONS[column].name, lang) : REGIONS[column].abbreviation;
  if (isCommuneGroupId(column)) return local(COMMUNE_GROUPS[column].name, lang);
  return lang === 'vi' ? 'Mức yêu cầu' : 'Target';
}

/** How many indicators a set has. */
export function indicatorCount(set: CriteriaSet): number {
  return set.criteria.reduce((n, c) => n + c.indicators.length, 0);
}
