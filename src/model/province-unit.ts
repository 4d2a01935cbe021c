import { PROVINCES, type ProvinceId } from './province.js';
import { PROVINCES_2025, PROVINCES_2025_FROM, type Province2025Id } from './provinces-2025.js';
import { REGION_IDS, type RegionId } from './region.js';
import type { VerificationStatus } from './verification.js';

/**
 * A provincial unit (tỉnh or thành phố trực thuộc trung ương) as it stood for a span of dates:
 * one of the 63 until 2025-06-30 or one of the 34 from 2025-07-01.
 * @example
 * const unit: ProvinceUnit = listProvinces({ on: '2026-01-01' }).find((p) => p.id === 'phu-tho')!;
 * unit.formedFrom; // ['vinh-phuc', 'hoa-binh', 'phu-tho']
 * unit.regions;    // ['northern-midlands-mountains', 'red-river-delta']
 * unit.region;     // null: two NTM regions, no default column
 */
export interface ProvinceUnit {
  /** Stable id, e.g. `phu-tho`. The same id may name an old and a new unit; the date tells which. */
  readonly id: ProvinceUnitId;
  /** Official two-digit code, e.g. `'25'` (the 63: 124/2004/QĐ-TTg; the 34: 19/2025/QĐ-TTg). */
  readonly code: string;
  /** Vietnamese name, e.g. `Phú Thọ`. */
  readonly name: string;
  /** `city`: thành phố trực thuộc trung ương; `province`: tỉnh. */
  readonly kind: 'province' | 'city';
  /** First day in force, `null` before the lists begin (the 63 predate every NTM set). */
  readonly from: string | null;
  /** Last day in force, `null` while in force. */
  readonly to: string | null;
  /** The old provinces (of the 63) a unit of the 34 took in; itself for an unchanged unit, `[]` for the 63. */
  readonly formedFrom: readonly ProvinceId[];
  /** The NTM regions of its territory, in the decrees' column order: one for the 63; the old provinces' regions for the 34. */
  readonly regions: readonly RegionId[];
  /** Its one NTM region, or `null` when its territory spans two (no column can be chosen from it alone). */
  readonly region: RegionId | null;
  /**
   * Status of `code` and `region`: the province → region map is not printed in the reference
   * (see `PROVINCES`), nor are the old codes, so it is `recalled` for every unit.
   */
  readonly status: VerificationStatus;
}

/** The last day of the 63 provinces. */
const OLD_TO = '2025-06-30';
const CITIES_BEFORE_2025 = new Set<string>(['ha-noi', 'hai-phong', 'da-nang', 'ho-chi-minh', 'can-tho']);

function freezeUnit(unit: ProvinceUnit): ProvinceUnit {
  Object.freeze(unit.formedFrom);
  Object.freeze(unit.regions);
  return Object.freeze(unit);
}

const OLD_UNITS: readonly ProvinceUnit[] = Object.freeze(
  (Object.keys(PROVINCES) as ProvinceId[]).map((id) => {
    const p = PROVINCES[id];
    return freezeUnit({
      id,
      code: p.code,
      name: p.name,
      kind: CITIES_BEFORE_2025.has(id) ? 'city' : 'province',
      from: null,
      to: OLD_TO,
      formedFrom: [],
      regions: [p.region],
      region: p.region,
      status: 'recalled',
    });
  }),
);

const NEW_UNITS: readonly ProvinceUnit[] = Object.freeze(
  (Object.keys(PROVINCES_2025) as Province2025Id[]).map((id) => {
    const p = PROVINCES_2025[id];
    const own = new Set<RegionId>(p.formedFrom.map((old) => PROVINCES[old].region));
    const regions = REGION_IDS.filter((r) => own.has(r));
    return freezeUnit({
      id,
      code: p.code,
      name: p.name,
      kind: p.kind,
      from: PROVINCES_2025_FROM,
      to: null,
      formedFrom: [...p.formedFrom],
      regions,
      region: regions.length === 1 ? regions[0]! : null,
      status: 'recalled',
    });
  }),
);

/**
 * Every provincial unit the library knows, old (63) then new (34), frozen.
 * @example
 * PROVINCE_UNITS.length; // 97
 */
export const PROVINCE_UNITS: readonly ProvinceUnit[] = Object.freeze([...OLD_UNITS, ...NEW_UNITS]);

/**
 * Id of a unit of either list: one of the 63 provinces or one of the 34 units (only `hue` is new).
 * @example
 * const id: ProvinceUnitId = 'hue';
 */
export type ProvinceUnitId = ProvinceId | Province2025Id;

/**
 * Every id of either list, once (64: the 63 and `hue`).
 * @example
 * PROVINCE_UNIT_IDS.includes('hue'); // true
 */
export const PROVINCE_UNIT_IDS: readonly ProvinceUnitId[] = Object.freeze([...new Set(PROVINCE_UNITS.map((u) => u.id))]);

/**
 * A span of dates (inclusive ISO dates; `null` is unbounded) that a province query means.
 * @example
 * const whole2025: DateSpan = { from: '2025-01-01', to: '2025-12-31' };
 */
export interface DateSpan {
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * Whether a unit was in force on some day of a span.
 * @example
 * inForceDuring(PROVINCE_UNITS[0]!, { from: '2025-01-01', to: '2025-12-31' }); // true
 * @internal
 */
export function inForceDuring(unit: ProvinceUnit, span: DateSpan): boolean {
  return (
    (unit.from === null || span.to === null || unit.from <= span.to) && (unit.to === null || span.from === null || unit.to >= span.from)
  );
}

/**
 * What `listProvinces` reads: a date (`on`, ISO `YYYY-MM-DD`).
 * @example
 * const query: ProvinceListQuery = { on: '2026-01-01' };
 */
export interface ProvinceListQuery {
  readonly on: string;
}

/**
 * The provincial units in force on a date: the 63 provinces until 2025-06-30, the 34 units
 * from 2025-07-01 (Nghị quyết 202/2025/QH15). A date that is not a real `YYYY-MM-DD` day
 * gives an empty list rather than a guess.
 * @example
 * listProvinces({ on: '2026-01-01' }).length; // 34
 * listProvinces({ on: '2025-06-30' }).length; // 63
 * listProvinces({ on: '2026-01-01' }).find((p) => p.name === 'Huế')?.formedFrom; // ['thua-thien-hue']
 */
export function listProvinces(query: ProvinceListQuery): readonly ProvinceUnit[] {
  const on = query?.on;
  if (!isIsoDate(on)) return [];
  return PROVINCE_UNITS.filter((u) => inForceDuring(u, { from: on, to: on }));
}

/** Whether a value is a real calendar day written `YYYY-MM-DD`. @internal */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}
