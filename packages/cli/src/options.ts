import {
  COMMUNE_GROUP_IDS,
  LEVELS,
  REGION_IDS,
  criteriaSetInForce,
  getCriteriaSet,
  type CommuneGroupId,
  type CriteriaSet,
  type Level,
  type ProvinceId,
  type RegionId,
} from '@ntm/criteria';
import { groupOfLabel, provinceOfLabel, regionOfLabel } from '@ntm/sheets';
import { say, UsageError, type Lang } from './lang.js';

/**
 * The language asked for (`--lang vi|en`, Vietnamese by default).
 * @example
 * langOf({ lang: 'en' }); // 'en'
 */
export function langOf(flags: { readonly lang?: string }): Lang {
  return flags.lang === 'en' ? 'en' : 'vi';
}

/**
 * An ISO date flag, checked.
 * @example
 * dateFlag('2024-06-30', 'vi'); // '2024-06-30'
 */
export function dateFlag(value: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.toISOString().slice(0, 10) !== value) throw new UsageError(say('badDate', lang, { value }));
  return value;
}

/**
 * A level flag, checked.
 * @example
 * levelFlag('commune', 'vi'); // 'commune'
 */
export function levelFlag(value: string, lang: Lang): Level {
  const level = LEVELS.find((l) => l === value);
  if (!level) throw new UsageError(say('badLevel', lang, { value, known: LEVELS.join(', ') }));
  return level;
}

/**
 * The unit's place given on the command line: `--province`, `--region` or `--group`, `--year`.
 * @example
 * placeFlags({ region: 'ĐBSH', year: '2024' }, 'vi'); // { region: 'red-river-delta', year: 2024 }
 */
export function placeFlags(
  flags: { readonly province?: string; readonly region?: string; readonly group?: string; readonly year?: string },
  lang: Lang,
): { province?: ProvinceId; region?: RegionId; group?: CommuneGroupId; year?: number } {
  const out: { province?: ProvinceId; region?: RegionId; group?: CommuneGroupId; year?: number } = {};
  if (flags.region !== undefined && flags.group !== undefined) throw new UsageError(say('regionAndGroup', lang));
  if (flags.province !== undefined) {
    const province = provinceOfLabel(flags.province);
    if (!province) throw new UsageError(say('badProvince', lang, { value: flags.province }));
    out.province = province;
  }
  if (flags.region !== undefined) {
    const region = regionOfLabel(flags.region);
    if (!region) throw new UsageError(say('badRegion', lang, { value: flags.region, known: REGION_IDS.join(', ') }));
    out.region = region;
  }
  if (flags.group !== undefined) {
    const group = groupOfLabel(flags.group);
    if (!group || !COMMUNE_GROUP_IDS.includes(group)) throw new UsageError(say('badGroup', lang, { value: flags.group }));
    out.group = group;
  }
  if (flags.year !== undefined) {
    const year = Number(flags.year);
    if (!/^\d{4}$/.test(flags.year) || year < 1990 || year > 2100) throw new UsageError(say('badYear', lang, { value: flags.year }));
    out.year = year;
  }
  return out;
}

/**
 * The set a command works on: `--set ID`, or the one in force `--on DATE` for `--level`.
 * @example
 * chooseSet({ set: 'commune-2021-2025' }, 'vi').version; // '318/QĐ-TTg'
 */
export function chooseSet(
  flags: { readonly set?: string; readonly on?: string; readonly level?: string; readonly province?: string },
  lang: Lang,
): CriteriaSet {
  if (flags.set !== undefined) return setById(flags.set, lang);
  if (flags.on === undefined || flags.level === undefined) throw new UsageError(say('needSet', lang));
  const on = dateFlag(flags.on, lang);
  const level = levelFlag(flags.level, lang);
  const province = flags.province !== undefined ? provinceOfLabel(flags.province) : undefined;
  try {
    return criteriaSetInForce({ level, on, ...(province ? { province } : {}) });
  } catch {
    throw new UsageError(say('noSetInForce', lang, { level, on }));
  }
}

/**
 * A set by id; an unknown id is a usage error naming `ntm sets`.
 * @example
 * setById('commune-2026-2030', 'en').level; // 'commune'
 */
export function setById(id: string, lang: Lang): CriteriaSet {
  try {
    return getCriteriaSet(id);
  } catch {
    throw new UsageError(say('unknownSet', lang, { id }));
  }
}
