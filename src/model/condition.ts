import { z } from 'zod';
import { lazySchema } from '../_lib/lazy-schema.js';
import { LEVELS } from './level.js';
import { localizedTextSchema } from './text.js';
import { VERIFICATION_STATUSES } from './verification.js';

/**
 * Schema of how a set-level condition is checked:
 * - `criteria-met`: every criterion of the set is met;
 * - `fact`: a fact the input supplies passes a test (`value: null` when the threshold is unknown);
 * - `unit-share`: a share of the unit's sub-units (communes of a district…) reaches a percent,
 *   for a standard (`meets-set`: meets the set of that level in force; `recognised`);
 * - `not-checkable`: known to exist but not machine-checkable (wording cut, content unknown).
 * @example
 * conditionCheckSchema().parse({ kind: 'fact', fact: 'outstandingConstructionDebt', op: '<=', value: 0 });
 */
export const conditionCheckSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('criteria-met') }).readonly(),
    z
      .object({
        kind: z.literal('fact'),
        fact: z.string().min(1),
        op: z.enum(['>', '>=', '<', '<=', '=']),
        value: z.union([z.number(), z.boolean()]).nullable(),
      })
      .readonly(),
    z
      .object({
        kind: z.literal('unit-share'),
        unitLevel: z.enum(LEVELS),
        standard: z.enum(['meets-set', 'recognised']),
        op: z.enum(['>=', '=']),
        percent: z.number().min(0).max(100).nullable(),
      })
      .readonly(),
    z.object({ kind: z.literal('not-checkable') }).readonly(),
  ]),
);

/**
 * How a set-level condition is checked.
 * @example
 * const check: ConditionCheck = { kind: 'unit-share', unitLevel: 'commune', standard: 'meets-set', op: '>=', percent: 100 };
 */
export type ConditionCheck = z.infer<ReturnType<typeof conditionCheckSchema>>;

/**
 * Schema of a set-level condition (điều kiện), e.g. "no outstanding construction debt".
 * `purpose: 'criteria'` conditions belong to meeting the set; `recognition` ones are the
 * extra conditions of recognition (công nhận), reported apart; `procedure` ones describe how
 * the assessment is done and never change a verdict.
 * @example
 * conditionSchema().parse({
 *   id: 'noDebt', purpose: 'recognition', status: 'verified', sources: ['S_2540'],
 *   text: { vi: 'Không có nợ đọng xây dựng cơ bản', en: 'No outstanding construction debt' },
 *   check: { kind: 'fact', fact: 'outstandingConstructionDebt', op: '<=', value: 0 },
 * });
 */
export const conditionSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      id: z.string().min(1),
      text: localizedTextSchema(),
      purpose: z.enum(['criteria', 'recognition', 'procedure']),
      status: z.enum(VERIFICATION_STATUSES),
      sources: z.array(z.string()).readonly(),
      check: conditionCheckSchema(),
      /** Document that states the condition, when it is not the set's base decree. */
      document: z.string().optional(),
      /** What is known of the condition and from where, in Vietnamese and English. */
      note: localizedTextSchema().optional(),
    })
    .readonly(),
);

/**
 * A set-level condition, with how it is checked and where it comes from.
 * @interface
 * @example
 * const condition: Condition = {
 *   id: 'noDebt', purpose: 'recognition', status: 'verified', sources: ['S_2540'],
 *   text: { vi: 'Không có nợ đọng xây dựng cơ bản', en: 'No outstanding construction debt' },
 *   check: { kind: 'fact', fact: 'outstandingConstructionDebt', op: '<=', value: 0 },
 * };
 */
export type Condition = z.infer<ReturnType<typeof conditionSchema>>;
