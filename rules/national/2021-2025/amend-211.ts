// 211/QĐ-TTg (signed 01/3/2024) as dated patches over the 318/QĐ-TTg and 320/QĐ-TTg sets.
// From shared/reference/criteria.json (set amendments-211-2024 and the 318 column rules); the
// special-district criteria of 211 are their own set (district-special-211.ts). Each amended set is
// its own file (so each set's subpath carries only its own base); this file holds what they share.
// What the reference knows of 211: its scope (318 PL I/II, 320 PL I/III), the new list of
// communes that use another region's targets (the column it names is cut in every source:
// RECALLED), and nothing of the new indicator values (NOT_FOUND). Nothing else is patched.
import type { CriteriaSetPatch } from '../../../src/amend.js';
import type { ColumnRule, CommuneCategory } from '../../../src/model/column.js';
import type { Condition } from '../../../src/model/condition.js';
import { basis } from '../../decrees.js';
import { H7, S02, S17, S18, SC_IPSARD } from '../../sources.js';

const DECREE_211 = basis('211/QĐ-TTg', 'amendment');

const SOURCES_211 = { S02, S17, S18, SC_IPSARD };

/** The communes 211/QĐ-TTg names for the special column (replacing those of 318 Art. 1). */
const CATEGORIES_211: readonly CommuneCategory[] = [
  {
    id: 'ethnic-minority-mountain-kv2',
    name: { vi: 'Xã khu vực II thuộc vùng đồng bào dân tộc thiểu số và miền núi', en: 'Region II (KV II) commune of the ethnic-minority and mountainous areas' },
  },
  {
    id: 'ethnic-minority-mountain-kv3',
    name: { vi: 'Xã khu vực III thuộc vùng đồng bào dân tộc thiểu số và miền núi', en: 'Region III (KV III) commune of the ethnic-minority and mountainous areas' },
  },
  {
    id: 'extremely-disadvantaged-coastal-island',
    name: { vi: 'Xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo', en: 'Extremely disadvantaged coastal-sandbank or island commune' },
  },
  {
    // Not `safe-zone-poor-district` (318): 211 names poor districts only, no longer those just out of poverty in 2018–2020.
    id: 'safe-zone-poor-district-211',
    name: { vi: 'Xã an toàn khu thuộc huyện nghèo', en: 'Safe-zone (ATK) commune of a poor district' },
  },
];

/** The 211 column rule. Its categories are VERIFIED; the column it names is cut in every source (RECALLED). */
const COLUMN_RULE_211: ColumnRule = {
  id: '211.special-column',
  text: {
    vi: "Từ 01/3/2024 (QĐ 211/QĐ-TTg): áp dụng cho xã khu vực II, khu vực III vùng đồng bào DTTS & miền núi; xã ĐBKK vùng bãi ngang ven biển và hải đảo; xã ATK thuộc huyện nghèo — 'mức đạt chuẩn NTM hoặc NTM nâng cao được áp dụng theo quy định đạt chuẩn đ…' (bị cắt). Cột áp dụng, vùng Trung du và miền núi phía Bắc, chưa thấy trong văn bản (suy ra từ Điều 1 của 318/QĐ-TTg).",
    en: 'From 01/03/2024 (211/QĐ-TTg) KV II and KV III communes of ethnic-minority & mountain areas, extremely disadvantaged coastal-sandbank and island communes, and ATK communes of poor districts use another region\'s targets; this replaced the 318 Art. 1 rule. The column is cut in every source: northern-midlands-mountains is RECALLED, by analogy with Art. 1 of 318/QĐ-TTg.',
  },
  status: 'recalled',
  sources: ['S17', 'SC_IPSARD', 'S02'],
  select: {
    categories: CATEGORIES_211.map((c) => c.id),
    column: 'northern-midlands-mountains',
  },
  amendedBy: '211/QĐ-TTg',
};

/** The changed values are not known: the amended set is never met until they are. */
const VALUES_NOT_FOUND: Condition = {
  id: '211.amendedIndicators',
  text: {
    vi: 'Các chỉ tiêu được 211/QĐ-TTg sửa đổi (thu nhập 10, nghèo 11, môi trường 17.x, …) và giá trị mới: chưa tìm thấy',
    en: 'Which indicators 211/QĐ-TTg amended (income 10, poverty 11, environment 17.x, …) and their new values: not found',
  },
  purpose: 'criteria',
  status: 'not-found',
  sources: [],
  check: { kind: 'not-checkable' },
  note: { vi: 'Tham chiếu bộ amendments-211-2024, điều kiện change.amendedIndicators (chưa tìm thấy). Các mức đạt của phiên bản này là của quyết định gốc; bất kỳ mức nào trong số đó cũng có thể đã được 211 sửa đổi.', en: 'Reference amendments-211-2024, condition change.amendedIndicators (not found). The targets of this version are those of the base decree; any of them may have been changed by 211.' },
};

const NOTE_211 =
  { vi: '211/QĐ-TTg (01/3/2024) sửa đổi bộ này [đã kiểm chứng trong văn bản công khai: S17, S18]. Chưa tìm thấy những chỉ tiêu được sửa và mức mới của chúng. Phiên bản này giữ mọi mức đạt của bộ gốc và thêm điều kiện 211.amendedIndicators (không kiểm tra tự động được), nên không kết quả đánh giá nào theo phiên bản này là "đạt" cho đến khi các mức sửa đổi được ghi vào.', en: '211/QĐ-TTg (01/3/2024) amends this set [verified in a public text: S17, S18]. Which indicators it changed and their new values: not found. This version keeps every base target and adds the condition 211.amendedIndicators (not checkable), so no evaluation under it is "met" until the amended values are encoded.' };

/** A province applying the 211 rule: it corroborates 211's list of communes, not the column 211 names. */
const NOTE_QUANG_BINH =
  { vi: 'Quảng Bình áp dụng ngoại lệ của 211 tại QĐ 1271/QĐ-UBND (16/5/2024): các xã khu vực II, khu vực III thuộc vùng đồng bào DTTS và miền núi, các xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo của tỉnh áp dụng mức quy định cho các xã đặc biệt khó khăn của huyện Minh Hóa. Điều này khớp với danh sách xã của 211 (không nhắc đến xã an toàn khu); văn bản không cho thấy cột mà chính 211 nêu [chỉ thấy ở văn bản của tỉnh: H7].', en: "Quảng Bình applies the 211 exception in QĐ 1271/QĐ-UBND (16/5/2024): its KV II and KV III communes of the ethnic-minority and mountainous areas, and its especially disadvantaged coastal and island communes, use the level set for the especially disadvantaged communes of Minh Hóa district. This matches 211's list of communes (safe-zone communes are not mentioned); it does not show the column 211 itself names [seen only in a province's text: H7]." };

export const COMMON = {
  amendment: DECREE_211,
  period: { from: '2024-03-01', to: '2026-02-14' },
  years: { from: 2024, to: 2026 },
  conditions: { add: [VALUES_NOT_FOUND] },
  sources: SOURCES_211,
  notes: [NOTE_211],
} satisfies Partial<CriteriaSetPatch>;

/** The commune-level patch: the same column rule change for PL I and PL II of 318. */
export function communePatch<const Id extends string>(id: Id, version: string, title: CriteriaSetPatch['title']): CriteriaSetPatch & { readonly id: Id } {
  return {
    ...COMMON,
    id,
    version,
    title,
    columnRules: { remove: ['318.art1'], add: [COLUMN_RULE_211] },
    communeCategories: CATEGORIES_211,
    sources: { ...SOURCES_211, H7 },
    notes: [NOTE_QUANG_BINH, ...COMMON.notes],
  };
}
