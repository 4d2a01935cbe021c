import { z } from 'zod';
import { lazySchema } from '../_lib/lazy-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * Ids of the seven NTM regions (vùng), in the order the decrees print their columns.
 * @example
 * REGION_IDS.includes('red-river-delta'); // true
 */
export const REGION_IDS = /* @__PURE__ */ deepFreeze([
  'northern-midlands-mountains',
  'red-river-delta',
  'north-central',
  'south-central-coast',
  'central-highlands',
  'southeast',
  'mekong-delta',
] as const);

/**
 * One of the seven NTM regions, e.g. `'red-river-delta'` (Đồng bằng sông Hồng).
 * @example
 * const region: RegionId = 'red-river-delta';
 */
export type RegionId = (typeof REGION_IDS)[number];

/**
 * A region with its official abbreviation and names.
 * @example
 * const region: Region = REGIONS['mekong-delta'];
 * region.abbreviation; // 'ĐBSCL'
 */
export interface Region {
  readonly id: RegionId;
  /** Abbreviation used in the decrees' column headers, e.g. `ĐBSH`. */
  readonly abbreviation: string;
  readonly name: { readonly vi: string; readonly en: string };
}

/**
 * The seven NTM regions, keyed by id.
 * @example
 * REGIONS['red-river-delta'].name.vi; // 'Đồng bằng sông Hồng'
 */
export const REGIONS: { readonly [K in RegionId]: Region & { readonly id: K } } = /* @__PURE__ */ deepFreeze({
  'northern-midlands-mountains': {
    id: 'northern-midlands-mountains',
    abbreviation: 'TDMNPB',
    name: { vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
  },
  'red-river-delta': {
    id: 'red-river-delta',
    abbreviation: 'ĐBSH',
    name: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
  },
  'north-central': {
    id: 'north-central',
    abbreviation: 'BTB',
    name: { vi: 'Bắc Trung Bộ', en: 'North Central' },
  },
  'south-central-coast': {
    id: 'south-central-coast',
    abbreviation: 'DHNTB',
    name: { vi: 'Duyên hải Nam Trung Bộ', en: 'South Central Coast' },
  },
  'central-highlands': {
    id: 'central-highlands',
    abbreviation: 'TN',
    name: { vi: 'Tây Nguyên', en: 'Central Highlands' },
  },
  southeast: {
    id: 'southeast',
    abbreviation: 'ĐNB',
    name: { vi: 'Đông Nam Bộ', en: 'Southeast' },
  },
  'mekong-delta': {
    id: 'mekong-delta',
    abbreviation: 'ĐBSCL',
    name: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta' },
  },
});

/**
 * Whether a value is one of the seven region ids.
 * @example
 * isRegionId('mekong-delta'); // true
 * isRegionId('ĐBSCL');        // false: use the id, not the abbreviation
 */
export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

/**
 * Schema of a region id.
 * @example
 * regionIdSchema().parse('southeast');
 */
export const regionIdSchema = /* @__PURE__ */ lazySchema(() => z.enum(REGION_IDS));
