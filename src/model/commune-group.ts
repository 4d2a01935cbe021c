import { z } from 'zod';
import { lazySchema } from '../_lib/lazy-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * Ids of the three commune groups (nhóm xã) of 51/2025/QĐ-TTg (2026–2030), which replace
 * the seven regions as the columns of the commune set.
 * @example
 * COMMUNE_GROUP_IDS[0]; // 'group-1'
 */
export const COMMUNE_GROUP_IDS = /* @__PURE__ */ deepFreeze(['group-1', 'group-2', 'group-3'] as const);

/**
 * One of the three commune groups of 51/2025/QĐ-TTg.
 * @example
 * const group: CommuneGroupId = 'group-2';
 */
export type CommuneGroupId = (typeof COMMUNE_GROUP_IDS)[number];

/**
 * A commune group with its legal definition.
 * @example
 * const group: CommuneGroup = COMMUNE_GROUPS['group-1'];
 * group.definition.vi; // 'Xã liền kề đô thị hiện hữu …'
 */
export interface CommuneGroup {
  readonly id: CommuneGroupId;
  readonly number: 1 | 2 | 3;
  readonly name: { readonly vi: string; readonly en: string };
  /** Who belongs to the group, as the decree words it. */
  readonly definition: { readonly vi: string; readonly en: string };
  /** Source ids (see the set's `sources`), all VERIFIED in the reference. */
  readonly sources: readonly string[];
}

/**
 * The three commune groups of 51/2025/QĐ-TTg, keyed by id (reference: communeGroups2026,
 * VERIFIED; sources S21, S20, S23).
 * @example
 * COMMUNE_GROUPS['group-3'].definition.en;
 */
export const COMMUNE_GROUPS: { readonly [K in CommuneGroupId]: CommuneGroup & { readonly id: K } } = /* @__PURE__ */ deepFreeze({
  'group-1': {
    id: 'group-1',
    number: 1,
    name: { vi: 'Nhóm 1', en: 'Group 1' },
    definition: {
      vi: 'Xã liền kề đô thị hiện hữu và có định hướng phát triển thành đô thị hoặc xã có tỷ trọng ngành nông nghiệp trong cơ cấu kinh tế dưới 10%, hoặc xã được định hướng là đô thị mới',
      en: 'Communes adjacent to an existing urban area and oriented to become urban, or with agriculture under 10% of the economic structure, or oriented to become a new urban area',
    },
    sources: ['S21', 'S20', 'S23'],
  },
  'group-2': {
    id: 'group-2',
    number: 2,
    name: { vi: 'Nhóm 2', en: 'Group 2' },
    definition: {
      vi: 'Xã không thuộc nhóm 1 và nhóm 3',
      en: 'All communes not in group 1 or group 3',
    },
    sources: ['S21', 'S23'],
  },
  'group-3': {
    id: 'group-3',
    number: 3,
    name: { vi: 'Nhóm 3', en: 'Group 3' },
    definition: {
      vi: 'Xã khu vực II và xã khu vực III thuộc địa bàn vùng đồng bào dân tộc thiểu số và miền núi được cấp có thẩm quyền phân định theo quy định (giai đoạn 2026–2030: Nghị định 272/2025/NĐ-CP ngày 16/10/2025)',
      en: 'Region II and region III communes of ethnic-minority and mountainous areas, as classified by the competent authority (for 2026–2030: Decree 272/2025/NĐ-CP of 16 October 2025)',
    },
    sources: ['S21', 'S23', 'H5', 'H6'],
  },
});

/**
 * Whether a value is one of the three commune group ids.
 * @example
 * isCommuneGroupId('group-2'); // true
 */
export function isCommuneGroupId(value: unknown): value is CommuneGroupId {
  return typeof value === 'string' && (COMMUNE_GROUP_IDS as readonly string[]).includes(value);
}

/**
 * Schema of a commune group id.
 * @example
 * communeGroupIdSchema().parse('group-1');
 */
export const communeGroupIdSchema = /* @__PURE__ */ lazySchema(() => z.enum(COMMUNE_GROUP_IDS));
