import { describe, didYouMean } from '../_lib/did-you-mean.js';
import { inForceDuring, isIsoDate, PROVINCE_UNITS, type DateSpan, type ProvinceUnit } from './province-unit.js';

/**
 * When a province is named: on a day (`on`), in an assessment year (`year`), or during a set's
 * period (`period`), in that order of precedence; with none, at any date.
 * @example
 * const query: ProvinceResolveQuery = { year: 2026 };
 */
export interface ProvinceResolveQuery {
  readonly on?: string | undefined;
  readonly year?: number | null | undefined;
  readonly period?: DateSpan | undefined;
}

/**
 * The units a province name stands for at the queried time, or why it stands for none, ready
 * to become an input issue (`code`, `expected`, `received`, `suggestion`).
 * @example
 * const found = resolveProvince('Ha Nam', { year: 2024 });
 * if (found.ok) found.units[0]!.code; // '35'
 */
export type ProvinceResolution =
  | {
      readonly ok: true;
      /** The key to pass on (an id when every unit shares one, e.g. `phu-tho`). */
      readonly key: string;
      /** The units it names: one, or an old and a new unit when the time spans 1 July 2025. */
      readonly units: readonly ProvinceUnit[];
    }
  | {
      readonly ok: false;
      readonly code: 'unknown-province' | 'province-not-in-force';
      /** For `province-not-in-force`, the time asked about (`2027`, `2026-01-01`, `2026-02-15…2030-12-31`). */
      readonly expected: string;
      readonly received: string;
      /** The likely meant id: the closest name, or the unit that took the old province in. */
      readonly suggestion?: string;
      /** Units the name stands for at other times (empty for an unknown name). */
      readonly units: readonly ProvinceUnit[];
    };

// Words that only say "province" or "city" before a name: "Tỉnh Hà Nam", "TP. Hồ Chí Minh".
const PREFIXES: readonly (readonly string[])[] = [['tinh'], ['thanh', 'pho'], ['tp']];

/**
 * A name reduced to what identifies it: no diacritics, no case, no spaces or hyphens, no
 * leading "tỉnh"/"thành phố"/"TP" ("Hà Nam", "Ha Nam", "ha-nam", "Tỉnh Hà Nam" → `hanam`).
 * @example
 * provinceKey('Thừa Thiên – Huế'); // 'thuathienhue'
 * @internal
 */
function provinceKey(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  for (const prefix of PREFIXES) {
    if (words.length > prefix.length && prefix.every((w, i) => words[i] === w)) return words.slice(prefix.length).join('');
  }
  return words.join('');
}

// Other names in use for a unit (by id of the old or new unit).
const ALIASES: { readonly [id: string]: readonly string[] } = {
  // Thừa Thiên Huế became the centrally run city of Huế on 1 January 2025, before the merger.
  'thua-thien-hue': ['Huế'],
  'ho-chi-minh': ['Hồ Chí Minh', 'TP HCM', 'TPHCM', 'HCM'],
  'ba-ria-vung-tau': ['Vũng Tàu'],
};

const BY_ID = new Map<string, ProvinceUnit[]>();
const BY_KEY = new Map<string, ProvinceUnit[]>();
const BY_CODE = new Map<string, ProvinceUnit[]>();
for (const unit of PROVINCE_UNITS) {
  const keys = new Set([provinceKey(unit.id), provinceKey(unit.name), ...(ALIASES[unit.id] ?? []).map(provinceKey)]);
  for (const key of keys) BY_KEY.set(key, [...(BY_KEY.get(key) ?? []), unit]);
  BY_CODE.set(unit.code, [...(BY_CODE.get(unit.code) ?? []), unit]);
}
// An id is what apps pass; it is found without normalising (the evaluation's common case).
for (const [key, units] of BY_KEY) for (const unit of units) if (provinceKey(unit.id) === key) BY_ID.set(unit.id, units);
const ALL_KEYS = [...BY_KEY.keys()];

function spanOf(query: ProvinceResolveQuery): { span: DateSpan; label: string } {
  if (isIsoDate(query.on)) return { span: { from: query.on, to: query.on }, label: query.on };
  if (typeof query.year === 'number' && Number.isInteger(query.year)) {
    return { span: { from: `${query.year}-01-01`, to: `${query.year}-12-31` }, label: String(query.year) };
  }
  if (query.period) return { span: query.period, label: `${query.period.from ?? '…'}…${query.period.to ?? '…'}` };
  return { span: { from: null, to: null }, label: '' };
}

function candidates(name: unknown): readonly ProvinceUnit[] {
  if (typeof name === 'number')
    return Number.isInteger(name) && name > 0 && name < 100 ? (BY_CODE.get(String(name).padStart(2, '0')) ?? []) : [];
  if (typeof name !== 'string') return [];
  const byId = BY_ID.get(name);
  if (byId) return byId;
  const trimmed = name.trim();
  if (/^\d{1,2}$/.test(trimmed)) return BY_CODE.get(trimmed.padStart(2, '0')) ?? [];
  return BY_KEY.get(provinceKey(trimmed)) ?? [];
}

/**
 * Which provincial unit(s) a name means at a time: by id (`ha-nam`), official code (`'35'`,
 * `35`), or Vietnamese name with or without diacritics, in any case and spacing (`Hà Nam`,
 * `Ha Nam`, `HA NAM`, `Tỉnh Hà Nam`, `Huế`). A name means the units in force at the queried
 * time: the 63 until 2025-06-30, the 34 from 2025-07-01, both for a time that spans the day
 * (a year 2025, a 2021–2025 set's period). Codes change meaning too: `24` is Bắc Giang until
 * 2025-06-30, the new Bắc Ninh after.
 *
 * Never throws: an unknown name, or one not in force then (Hà Nam in 2027), gives `ok: false`
 * with what an input issue needs, suggesting the closest name or the unit that took it in.
 * @example
 * resolveProvince('Ha Nam', { year: 2024 });   // { ok: true, key: 'ha-nam', units: [{ code: '35', … }] }
 * resolveProvince('ha-nam', { year: 2027 });   // { ok: false, code: 'province-not-in-force', suggestion: 'ninh-binh', … }
 * resolveProvince('Phú Thọ', { year: 2025 }).ok && resolveProvince('Phú Thọ', { year: 2025 }).units.length; // 2
 * resolveProvince('Vinh Phuk', {});            // { ok: false, code: 'unknown-province', suggestion: 'vinh-phuc', … }
 */
export function resolveProvince(name: unknown, query: ProvinceResolveQuery = {}): ProvinceResolution {
  const all = candidates(name);
  if (all.length === 0) {
    const received = describe(name);
    const suggestion = typeof name === 'string' ? suggest(name, query) : undefined;
    return {
      ok: false,
      code: 'unknown-province',
      expected: 'a province id such as vinh-phuc',
      received,
      ...(suggestion ? { suggestion } : {}),
      units: [],
    };
  }
  const { span, label } = spanOf(query);
  const units = all.filter((u) => inForceDuring(u, span));
  if (units.length === 0) {
    const successor = PROVINCE_UNITS.find(
      (u) => inForceDuring(u, span) && u.formedFrom.some((old) => all.some((a) => a.id === old && a.to !== null)),
    );
    return {
      ok: false,
      code: 'province-not-in-force',
      expected: label,
      received: [...new Set(all.map((u) => u.name))].join(' / '),
      ...(successor ? { suggestion: successor.id } : {}),
      units: all,
    };
  }
  const ids = new Set(units.map((u) => u.id));
  const key = ids.size === 1 ? units[0]!.id : typeof name === 'number' ? String(name).padStart(2, '0') : String(name).trim();
  return { ok: true, key, units };
}

function suggest(name: string, query: ProvinceResolveQuery): string | undefined {
  const key = didYouMean(provinceKey(name), ALL_KEYS);
  if (key === undefined) return undefined;
  const units = BY_KEY.get(key)!;
  const { span } = spanOf(query);
  return (units.find((u) => inForceDuring(u, span)) ?? units[0]!).id;
}
