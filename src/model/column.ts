import { z } from 'zod';
import { lazySchema } from '../_lib/lazy-schema.js';
import { COMMUNE_GROUP_IDS, type CommuneGroupId } from './commune-group.js';
import { REGION_IDS, type RegionId } from './region.js';
import { localizedTextSchema } from './text.js';
import { VERIFICATION_STATUSES } from './verification.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * How a set's targets are laid out: one column per region (2016–2025 commune sets), one per
 * commune group (2026–2030), or a single column.
 * @example
 * COLUMN_KINDS; // ['regions', 'groups', 'single']
 */
export const COLUMN_KINDS = /* @__PURE__ */ deepFreeze(['regions', 'groups', 'single'] as const);

/**
 * How a set's targets are laid out.
 * @example
 * const kind: ColumnKind = commune318.columns; // 'regions'
 */
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/**
 * A column key: a region, a commune group, or `all` (the same value for every column).
 * @example
 * const column: ColumnId = 'group-3';
 */
export type ColumnId = RegionId | CommuneGroupId | 'all';

/**
 * The column ids a set of the given kind uses.
 * @example
 * columnIdsOf('groups'); // ['group-1', 'group-2', 'group-3']
 */
export function columnIdsOf(kind: ColumnKind): readonly ColumnId[] {
  return kind === 'regions' ? REGION_IDS : kind === 'groups' ? COMMUNE_GROUP_IDS : ['all'];
}

/**
 * Schema of a column rule: a decree's statement of which column a unit uses. A rule with
 * `select` is applied by the engine (units in one of the listed categories use `column`);
 * one without is documentation.
 * @example
 * columnRuleSchema().parse({
 *   id: '318.art1', status: 'verified', sources: ['S02'],
 *   text: { vi: 'Đối với các xã đặc biệt khó khăn…', en: 'Extremely disadvantaged communes…' },
 *   select: { categories: ['extremely-disadvantaged'], column: 'northern-midlands-mountains' },
 * });
 */
export const columnRuleSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      id: z.string().min(1),
      text: localizedTextSchema(),
      status: z.enum(VERIFICATION_STATUSES),
      sources: z.array(z.string()).readonly(),
      select: z
        .object({
          categories: z.array(z.string().min(1)).readonly(),
          column: z.enum([...REGION_IDS, ...COMMUNE_GROUP_IDS]),
        })
        .readonly()
        .optional(),
      amendedBy: z.string().optional(),
    })
    .readonly(),
);

/**
 * A decree's statement of which column a unit uses.
 * @interface
 * @example
 * const rule: ColumnRule | undefined = commune318.columnRules.find((r) => r.select);
 * rule?.select?.column; // 'northern-midlands-mountains'
 */
export type ColumnRule = z.infer<ReturnType<typeof columnRuleSchema>>;

/**
 * Schema of a commune category named by a column rule (e.g. `extremely-disadvantaged`).
 * @example
 * communeCategorySchema().parse({ id: 'safe-zone', name: { vi: 'Xã an toàn khu', en: 'Safe-zone commune' } });
 */
export const communeCategorySchema = /* @__PURE__ */ lazySchema(() =>
  z.object({ id: z.string().min(1), name: localizedTextSchema() }).readonly(),
);

/**
 * A category of commune that a column rule singles out.
 * @interface
 * @example
 * const category: CommuneCategory = { id: 'safe-zone', name: { vi: 'Xã an toàn khu', en: 'Safe-zone commune' } };
 */
export type CommuneCategory = z.infer<ReturnType<typeof communeCategorySchema>>;
