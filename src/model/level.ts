import { z } from 'zod';
import { lazySchema } from '../_lib/lazy-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * The administrative levels and tiers a criteria set can apply to.
 * @example
 * LEVELS.includes('commune-advanced'); // true
 */
export const LEVELS = /* @__PURE__ */ deepFreeze([
  'commune',
  'commune-advanced',
  'commune-model',
  'district',
  'district-advanced',
  'town',
  'province',
  'village-model',
] as const);

/**
 * A level: `commune` (xã NTM), `commune-advanced` (xã NTM nâng cao), `commune-model` (xã NTM kiểu mẫu), `district` (huyện NTM), `district-advanced`, `town` (thị xã/thành phố completing the task), `province`, `village-model` (thôn NTM kiểu mẫu).
 * @example
 * const level: Level = 'commune-advanced';
 * LEVEL_NAMES[level].vi; // 'Xã nông thôn mới nâng cao'
 */
export type Level = (typeof LEVELS)[number];

/**
 * Names of each level in Vietnamese and English.
 * @example
 * LEVEL_NAMES['commune-advanced'].vi; // 'Xã nông thôn mới nâng cao'
 */
export const LEVEL_NAMES: { readonly [K in Level]: { readonly vi: string; readonly en: string } } = /* @__PURE__ */ deepFreeze({
  commune: { vi: 'Xã nông thôn mới', en: 'NTM commune' },
  'commune-advanced': { vi: 'Xã nông thôn mới nâng cao', en: 'Advanced NTM commune' },
  'commune-model': { vi: 'Xã nông thôn mới kiểu mẫu', en: 'Model NTM commune' },
  district: { vi: 'Huyện nông thôn mới', en: 'NTM district' },
  'district-advanced': { vi: 'Huyện nông thôn mới nâng cao', en: 'Advanced NTM district' },
  town: {
    vi: 'Thị xã, thành phố thuộc tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới',
    en: 'Town or provincial city that has completed the NTM task',
  },
  province: { vi: 'Tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới', en: 'Province that has completed the NTM task' },
  'village-model': { vi: 'Thôn nông thôn mới kiểu mẫu', en: 'Model NTM village' },
});

/**
 * Schema of a level.
 * @example
 * levelSchema().parse('district');
 */
export const levelSchema = /* @__PURE__ */ lazySchema(() => z.enum(LEVELS));
