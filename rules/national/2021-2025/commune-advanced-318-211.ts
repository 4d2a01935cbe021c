// 211/QĐ-TTg over communeAdvanced318 (see amend-211.ts for what 211 changes and what is known of it).
import { amendCriteriaSet } from '../../../src/amend.js';
import { communePatch } from './amend-211.js';
import { communeAdvanced318 } from './commune-advanced-318.js';

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao 2021–2025 (318/QĐ-TTg Phụ lục II) được sửa đổi bởi 211/QĐ-TTg.
 * National criteria for advanced NTM communes, 2021–2025, as amended by 211/QĐ-TTg.
 * @example
 * const r = evaluate(communeAdvanced318Amended211, { region: 'red-river-delta', year: 2024, values: { '14.x': 96 } });
 * r.criteria[13]!.indicators[0]!.status; // 'met'
 */
export const communeAdvanced318Amended211 = /* @__PURE__ */ amendCriteriaSet(
  communeAdvanced318,
  communePatch('commune-advanced-2021-2025+211', '318/QĐ-TTg + 211/QĐ-TTg', {
    vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025 (Phụ lục II), sửa đổi bởi 211/QĐ-TTg',
    en: 'National criteria for advanced NTM communes, 2021–2025 (Annex II), as amended by 211/QĐ-TTg',
  }),
);
