import { z } from 'zod';
import { lazySchema } from '../_lib/lazy-schema.js';
import { legalReferenceSchema } from './legal-basis.js';
import { localizedTextSchema } from './text.js';
import { VERIFICATION_STATUSES } from './verification.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * The comparisons a target can ask for.
 * @example
 * COMPARISONS; // ['>=', '<=', '=']
 */
export const COMPARISONS = /* @__PURE__ */ deepFreeze(['>=', '<=', '='] as const);

/**
 * A comparison: at least (`>=`), at most (`<=`), or exactly (`=`, flags).
 * @example
 * const op: Comparison = '<='; // a ceiling, e.g. the poverty rate
 */
export type Comparison = (typeof COMPARISONS)[number];

/**
 * Schema of a value someone reported for a target that is not verified: a province's own
 * value, or one side of a conflict. Kept so humans can check it; never used as a target.
 * @example
 * targetCandidateSchema().parse({ value: 2, province: 'Vĩnh Phúc', sources: ['SC_TAMDAO'] });
 */
export const targetCandidateSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      value: z.union([z.number(), z.boolean()]),
      /** The province whose restatement gave the value, if it is provincial. */
      province: z.string().optional(),
      sources: z.array(z.string()).readonly(),
      /** Who reported the value and where, in Vietnamese and English. */
      note: localizedTextSchema().optional(),
    })
    .readonly(),
);

/**
 * A value reported for an unverified target, with who reported it.
 * @interface
 * @example
 * const candidate: TargetCandidate = { value: 2, province: 'Vĩnh Phúc', sources: ['SC_TAMDAO'] };
 */
export type TargetCandidate = z.infer<ReturnType<typeof targetCandidateSchema>>;

/**
 * Schema of a condition on a fact of the unit, choosing between target cases
 * (e.g. 318/QĐ-TTg criterion 5: a commune with more than 3 schools needs 70%, else 50%).
 * @example
 * factTestSchema().parse({ fact: 'schoolCount', op: '>', value: 3 });
 */
export const factTestSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      fact: z.string().min(1),
      op: z.enum(['>', '>=', '<', '<=', '=']),
      value: z.union([z.number(), z.boolean()]),
    })
    .readonly(),
);

/**
 * A test on one fact of the unit, e.g. `{ fact: 'schoolCount', op: '>', value: 3 }`.
 * @interface
 * @example
 * const test: FactTest = { fact: 'schoolCount', op: '>', value: 3 };
 */
export type FactTest = z.infer<ReturnType<typeof factTestSchema>>;

/**
 * Schema of one target cell: the value a unit must reach in one column, with its status.
 * A `verified` target has a `value`; so may a `provincial` one, in a set derived from a
 * province's table (`applyTable`), where the province's decision set it; any other status has
 * `value: null` and keeps what is known in `candidates` and `note`.
 * @example
 * targetSchema().parse({ status: 'verified', value: 95, op: '>=', sources: ['S_MT'] });
 * targetSchema().parse({ status: 'not-found', value: null, op: '>=', sources: [] });
 */
export const targetSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      status: z.enum(VERIFICATION_STATUSES),
      value: z.union([z.number(), z.boolean()]).nullable(),
      op: z.enum(COMPARISONS),
      /** Source ids (keys of the set's `sources`). */
      sources: z.array(z.string()).readonly(),
      /** What is known of the value and from where, in Vietnamese and English. */
      note: localizedTextSchema().optional(),
      candidates: z.array(targetCandidateSchema()).readonly().optional(),
      /** The target is `value` times a reference value the input supplies under this name. */
      relativeTo: z.string().optional(),
      /** The target applies only to units whose fact passes this test. */
      when: factTestSchema().optional(),
      /** The target applies only to assessment years in this range (inclusive). */
      years: z.object({ from: z.number().int().optional(), to: z.number().int().optional() }).readonly().optional(),
      /** Where the value is printed, when it is not the indicator's own row. */
      ref: legalReferenceSchema().optional(),
      /** Number of the amending decree that set this value, if any. */
      amendedBy: z.string().optional(),
      /**
       * On a provincial value (a set derived from a province's table): the base set's cell it
       * took the place of, so the national status and value stay visible.
       */
      replaces: z
        .object({
          status: z.enum(VERIFICATION_STATUSES),
          value: z.union([z.number(), z.boolean()]).nullable(),
          op: z.enum(COMPARISONS),
          sources: z.array(z.string()).readonly(),
        })
        .readonly()
        .optional(),
    })
    .readonly()
    .refine((t) => (t.status === 'verified' ? t.value !== null : t.status === 'provincial' || t.value === null), {
      message: 'A verified target carries a value; a provincial one may (its province decided it); any other has value null',
    }),
);

/**
 * Whether a target can be compared with: a `verified` national value, or a `provincial` value
 * a province's decision sets (in a set `applyTable` derived, its `ref` naming the decision).
 * A provincial status without a value (a restatement seen in one province) is not a target.
 * @example
 * isUsableTarget({ status: 'verified', value: 95, op: '>=', sources: ['S_MT'] }); // true
 * isUsableTarget({ status: 'provincial', value: null, op: '>=', sources: [] }); // false
 */
export function isUsableTarget(target: Target): boolean {
  return target.value !== null && (target.status === 'verified' || target.status === 'provincial');
}

/**
 * One target cell: the value a unit must reach in one column, with its status and source.
 * @interface
 * @example
 * const target: Target = { status: 'verified', value: 95, op: '>=', sources: ['S_MT'] };
 * const unknown: Target = { status: 'not-found', value: null, op: '>=', sources: [] };
 */
export type Target = z.infer<ReturnType<typeof targetSchema>>;

/**
 * One column's cell: a single target, or several cases chosen by year or by a fact
 * (the first case whose `years` and `when` match the unit is used).
 * @example
 * const income: TargetCell = [
 *   { status: 'verified', value: 45, op: '>=', sources: ['S01'], years: { to: 2021 } },
 *   { status: 'not-found', value: null, op: '>=', sources: [], years: { from: 2022 } },
 * ];
 */
export type TargetCell = Target | readonly Target[];

/**
 * Whether a value with a comparison is at least as strict as a target: the same comparison,
 * and no lower a floor (`>=`), no higher a ceiling (`<=`), the same value (`=`). The rule the
 * engine applies to a caller's override of a verified target, and `applyTable` to a province's
 * value (test/table/strictness.test.ts checks that the two agree).
 * @example
 * isAsStrictAs(98, '>=', { value: 95, op: '>=' }); // true
 * isAsStrictAs(2, '<=', { value: 1.5, op: '<=' }); // false
 */
export function isAsStrictAs(value: number | boolean, op: Comparison, target: Pick<Target, 'value' | 'op'>): boolean {
  if (op !== target.op || typeof value !== typeof target.value) return false;
  if (op === '>=') return (value as number) >= (target.value as number);
  if (op === '<=') return (value as number) <= (target.value as number);
  return value === target.value;
}
