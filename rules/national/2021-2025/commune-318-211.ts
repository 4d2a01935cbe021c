// 211/QĐ-TTg over commune318 (see amend-211.ts for what 211 changes and what is known of it).
import { amendCriteriaSet } from '../../../src/amend.js';
import { communePatch } from './amend-211.js';
import { commune318 } from './commune-318.js';

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới 2021–2025 (318/QĐ-TTg Phụ lục I) được sửa đổi bởi 211/QĐ-TTg, từ 01/3/2024.
 * National criteria for NTM communes, 2021–2025, as amended by 211/QĐ-TTg (from 1 March 2024).
 * @example
 * const r = evaluate(commune318Amended211, { province: 'vinh-phuc', communeCategories: ['ethnic-minority-mountain-kv3'], year: 2024, values: { '10': 60 } });
 * r.column.rule;   // '211.special-column'
 * r.column.status; // 'recalled' (the column name is cut in every source)
 */
export const commune318Amended211 = /* @__PURE__ */ amendCriteriaSet(
  commune318,
  communePatch('commune-2021-2025+211', '318/QĐ-TTg + 211/QĐ-TTg', {
    vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025 (Phụ lục I), sửa đổi bởi 211/QĐ-TTg',
    en: 'National criteria for NTM communes, 2021–2025 (Annex I), as amended by 211/QĐ-TTg',
  }),
);
