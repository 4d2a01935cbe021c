import type { Level } from '../model/level.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * The kinds of administrative unit an aggregate counts: xã (`commune`), thị trấn
 * (`township`), huyện (`district`), thị xã / thành phố thuộc tỉnh (`town`), thôn (`village`).
 * A township is listed so that a district can pass all its units: the commune shares of
 * 558/QĐ-TTg and 320/QĐ-TTg count communes only, and skip townships.
 * @example
 * UNIT_KINDS.includes('township'); // true
 */
export const UNIT_KINDS = /* @__PURE__ */ deepFreeze(['commune', 'township', 'district', 'town', 'village'] as const);

/**
 * A kind of administrative unit.
 * @example
 * const kind: UnitKind = unitKindOf('district') ?? 'district'; // 'district'
 */
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * The kind of unit a level is awarded to, i.e. which units a share of that level counts:
 * "10% of communes are advanced" counts communes against the advanced-commune set.
 * `null` for a province, which is never a sub-unit here.
 * @example
 * unitKindOf('commune-advanced'); // 'commune'
 * unitKindOf('district-advanced'); // 'district'
 */
export function unitKindOf(level: Level): UnitKind | null {
  switch (level) {
    case 'commune':
    case 'commune-advanced':
    case 'commune-model':
      return 'commune';
    case 'district':
    case 'district-advanced':
      return 'district';
    case 'town':
      return 'town';
    case 'village-model':
      return 'village';
    case 'province':
      return null;
  }
}
