// The page's state and its URL hash: everything a result depends on (view, language, date,
// level, set, unit, values) is in the hash, so a link reproduces the page exactly.
import {
  isCommuneGroupId,
  isProvinceId,
  isRegionId,
  LEVELS,
  type CommuneGroupId,
  type Level,
  type ProvinceId,
  type RegionId,
} from '@ntm/criteria';
import type { Lang } from './i18n.js';

/** The three views of the page. */
export type Tab = 'browse' | 'evaluate' | 'sheet';

/** What the user typed for one indicator: a number, a flag, or a ratio's two counts (strings as typed). */
export interface Entry {
  readonly value?: string;
  readonly numerator?: string;
  readonly denominator?: string;
}

/** The whole state of the page. */
export interface PageState {
  readonly tab: Tab;
  readonly lang: Lang;
  readonly on: string;
  readonly level: Level;
  /** Province whose own sets are offered (browse) and of the unit (evaluate). */
  readonly province?: ProvinceId;
  /** An explicitly chosen version; absent: the set in force on `on`. */
  readonly setId?: string;
  /** Browse: one column only; absent: every column. Evaluate: the unit's region or group. */
  readonly region?: RegionId;
  readonly group?: CommuneGroupId;
  readonly year?: string;
  readonly categories: readonly string[];
  readonly entries: { readonly [code: string]: Entry };
  readonly facts: { readonly [name: string]: string };
  readonly references: { readonly [name: string]: string };
}

/** The state of a page opened without a hash, on a given day. */
export function initialState(on: string): PageState {
  return { tab: 'browse', lang: 'vi', on, level: 'commune', categories: [], entries: {}, facts: {}, references: {} };
}

/** The hash of a state: short keys, values only where set (`v.17.1=1940/2000`, `f.schoolCount=4`). */
export function toHash(state: PageState): string {
  const p = new URLSearchParams();
  p.set('view', state.tab);
  p.set('lang', state.lang);
  p.set('on', state.on);
  p.set('level', state.level);
  if (state.province) p.set('province', state.province);
  if (state.setId) p.set('set', state.setId);
  if (state.region) p.set('region', state.region);
  if (state.group) p.set('group', state.group);
  if (state.year) p.set('year', state.year);
  if (state.categories.length) p.set('cat', state.categories.join(','));
  for (const [code, e] of Object.entries(state.entries)) {
    if (e.numerator || e.denominator) p.set(`v.${code}`, `${e.numerator ?? ''}/${e.denominator ?? ''}`);
    else if (e.value) p.set(`v.${code}`, e.value);
  }
  for (const [name, v] of Object.entries(state.facts)) if (v !== '') p.set(`f.${name}`, v);
  for (const [name, v] of Object.entries(state.references)) if (v !== '') p.set(`r.${name}`, v);
  return `#${p.toString()}`;
}

/** The state a hash describes; anything unknown or malformed falls back to the default. */
export function fromHash(hash: string, fallback: PageState): PageState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const view = p.get('view');
  const lang = p.get('lang');
  const level = p.get('level');
  const on = p.get('on');
  const province = p.get('province');
  const region = p.get('region');
  const group = p.get('group');
  const entries: Record<string, Entry> = {};
  const facts: Record<string, string> = {};
  const references: Record<string, string> = {};
  for (const [key, value] of p) {
    if (key.startsWith('v.')) {
      const slash = value.indexOf('/');
      entries[key.slice(2)] = slash >= 0 ? { numerator: value.slice(0, slash), denominator: value.slice(slash + 1) } : { value };
    } else if (key.startsWith('f.')) facts[key.slice(2)] = value;
    else if (key.startsWith('r.')) references[key.slice(2)] = value;
  }
  return {
    tab: view === 'evaluate' || view === 'sheet' || view === 'browse' ? view : fallback.tab,
    lang: lang === 'en' || lang === 'vi' ? lang : fallback.lang,
    on: on && /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : fallback.on,
    level: level && (LEVELS as readonly string[]).includes(level) ? (level as Level) : fallback.level,
    ...(province && isProvinceId(province) ? { province } : {}),
    ...(p.get('set') ? { setId: p.get('set')! } : {}),
    ...(region && isRegionId(region) ? { region } : {}),
    ...(group && isCommuneGroupId(group) ? { group } : {}),
    ...(p.get('year') ? { year: p.get('year')! } : {}),
    categories: (p.get('cat') ?? '').split(',').filter(Boolean),
    entries,
    facts,
    references,
  };
}
