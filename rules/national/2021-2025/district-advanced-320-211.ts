// 211/QĐ-TTg over districtAdvanced320 (see amend-211.ts for what 211 changes and what is known of it).
import { amendCriteriaSet } from '../../../src/amend.js';
import { COMMON } from './amend-211.js';
import { districtAdvanced320 } from './district-advanced-320.js';

/**
 * Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao 2021–2025 (320/QĐ-TTg Phụ lục III) được sửa đổi bởi 211/QĐ-TTg.
 * National criteria for advanced NTM districts, 2021–2025, as amended by 211/QĐ-TTg.
 * @example
 * districtAdvanced320Amended211.legalBasis.map((d) => `${d.role} ${d.document}`);
 * // ['base 320/QĐ-TTg', 'amendment 211/QĐ-TTg']
 */
export const districtAdvanced320Amended211 = /* @__PURE__ */ amendCriteriaSet(districtAdvanced320, {
  ...COMMON,
  id: 'district-advanced-2021-2025+211',
  version: '320/QĐ-TTg + 211/QĐ-TTg',
  title: {
    vi: 'Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục III), sửa đổi bởi 211/QĐ-TTg',
    en: 'National criteria for advanced NTM districts, 2021–2025 (Annex III), as amended by 211/QĐ-TTg',
  },
});
