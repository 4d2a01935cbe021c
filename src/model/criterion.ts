import { z } from 'zod';
import { lazySchema } from '../_lib/lazy-schema.js';
import { indicatorSchema } from './indicator.js';
import { localizedTextSchema } from './text.js';
import { VERIFICATION_STATUSES } from './verification.js';

/**
 * Schema of a criterion's pass rule: `all` applicable indicators met (the default), or
 * `at-least` a count of them.
 * @example
 * criterionRuleSchema().parse({ kind: 'at-least', count: 2 });
 */
export const criterionRuleSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }).readonly(),
    z.object({ kind: z.literal('at-least'), count: z.number().int().positive() }).readonly(),
  ]),
);

/**
 * When a criterion is met: all its applicable indicators, or at least a count of them.
 * @example
 * const rule: CriterionRule = { kind: 'at-least', count: 2 };
 */
export type CriterionRule = z.infer<ReturnType<typeof criterionRuleSchema>>;

/**
 * Schema of a criterion (tiêu chí).
 * @example
 * criterionSchema().parse({
 *   id: '1', number: 1, name: { vi: 'Quy hoạch', en: 'Planning' }, status: 'verified', sources: [],
 *   indicators: [],
 * });
 */
export const criterionSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** Stable id within the set; the number as a string where it is known. */
      id: z.string().min(1),
      /** Official number (1–19 for communes); `null` where the position was not seen. */
      number: z.number().int().positive().nullable(),
      name: localizedTextSchema(),
      /** The group (nhóm) the criterion belongs to, e.g. `II. Hạ tầng kinh tế - xã hội`. */
      group: localizedTextSchema().optional(),
      status: z.enum(VERIFICATION_STATUSES),
      sources: z.array(z.string()).readonly(),
      rule: criterionRuleSchema().optional(),
      indicators: z.array(indicatorSchema()).readonly(),
      /**
       * Set when the decree's list of indicators for this criterion is known to be incomplete
       * (rows not seen): why, in vi/en. Such a criterion is never met on the known rows alone.
       */
      incompleteIndicators: localizedTextSchema().optional(),
    })
    .readonly(),
);

/**
 * A criterion (tiêu chí): number, name, group and its indicators.
 * @interface
 * @example
 * const income: Criterion | undefined = commune318.criteria.find((c) => c.number === 10);
 * income?.indicators.map((i) => i.code); // ['10']
 */
export type Criterion = z.infer<ReturnType<typeof criterionSchema>>;
