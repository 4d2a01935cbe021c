// 211/QĐ-TTg over district320 (see amend-211.ts for what 211 changes and what is known of it).
import { amendCriteriaSet } from '../../../src/amend.js';
import { COMMON } from './amend-211.js';
import { district320 } from './district-320.js';

/**
 * Bộ tiêu chí quốc gia về huyện nông thôn mới 2021–2025 (320/QĐ-TTg Phụ lục I) được sửa đổi bởi 211/QĐ-TTg.
 * National criteria for NTM districts, 2021–2025, as amended by 211/QĐ-TTg.
 * @example
 * const r = evaluate(district320Amended211, { year: 2024, values: { '2.2': 100 } });
 * r.version; // '320/QĐ-TTg + 211/QĐ-TTg'
 */
export const district320Amended211 = /* @__PURE__ */ amendCriteriaSet(district320, {
  ...COMMON,
  id: 'district-2021-2025+211',
  version: '320/QĐ-TTg + 211/QĐ-TTg',
  title: {
    vi: 'Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021–2025 (Phụ lục I), sửa đổi bởi 211/QĐ-TTg',
    en: 'National criteria for NTM districts, 2021–2025 (Annex I), as amended by 211/QĐ-TTg',
  },
});
