import { z } from 'zod';
import { lazySchema } from '../_lib/lazy-schema.js';
import { COMMUNE_GROUP_IDS } from './commune-group.js';
import { factTestSchema, targetSchema } from './target.js';
import { legalReferenceSchema } from './legal-basis.js';
import { REGION_IDS } from './region.js';
import { localizedTextSchema } from './text.js';
import { VERIFICATION_STATUSES } from './verification.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * What an indicator measures:
 * - `percent`: a share, given as a percent or as `{ numerator, denominator }`;
 * - `flag`: achieved or not (`true`/`false`), e.g. "has an approved plan";
 * - `amount`: a quantity with a unit, e.g. income in million VND per person per year;
 * - `count`: a whole number, e.g. smart-village models, temporary houses.
 * @example
 * MEASURES.includes('percent'); // true
 */
export const MEASURES = /* @__PURE__ */ deepFreeze(['percent', 'flag', 'amount', 'count'] as const);

/**
 * What an indicator measures.
 * @example
 * const measure: Measure = 'count'; // a whole number, e.g. smart-village models
 */
export type Measure = (typeof MEASURES)[number];

/**
 * Schema of an indicator (chỉ tiêu), keyed by its official code.
 * @example
 * indicatorSchema().parse({
 *   code: '1.1', measure: 'flag', textStatus: 'verified',
 *   text: { vi: 'Có quy hoạch chung xây dựng xã…', en: 'Approved general construction plan…' },
 *   targets: { all: { status: 'verified', value: true, op: '=', sources: ['S_QH'] } },
 * });
 */
export const indicatorSchema = /* @__PURE__ */ lazySchema(() => {
  const cell = z.union([targetSchema(), z.array(targetSchema()).readonly()]);
  return z
    .object({
      /** Official code as officials write it: `'2.1'`, `'10'`, `'17.8'`. */
      code: z.string().min(1),
      text: localizedTextSchema(),
      /** Status of the wording (was the indicator's text itself seen?). */
      textStatus: z.enum(VERIFICATION_STATUSES),
      measure: z.enum(MEASURES),
      unit: localizedTextSchema().optional(),
      /** Targets by column: `all`, a region id or a group id. */
      targets: z.partialRecord(z.enum(['all', ...REGION_IDS, ...COMMUNE_GROUP_IDS]), cell),
      /** The columns in which the indicator exists (all when absent); elsewhere it is not applicable. */
      columns: z
        .array(z.enum(['all', ...REGION_IDS, ...COMMUNE_GROUP_IDS]))
        .readonly()
        .optional(),
      /** The indicator applies only to units whose fact passes this test; otherwise not applicable. */
      appliesWhen: factTestSchema().optional(),
      /** Where the indicator is printed (document, annex, row); defaults to the set's base decree. */
      ref: legalReferenceSchema().optional(),
      /** What is known of the indicator and from where, in Vietnamese and English. */
      note: localizedTextSchema().optional(),
    })
    .readonly();
});

/**
 * An indicator (chỉ tiêu): code, text, measure, targets per column, applicability, source.
 * @interface
 * @example
 * const indicators: readonly Indicator[] = commune318.criteria.flatMap((c) => c.indicators);
 * indicators.filter((i) => i.measure === 'percent').length; // 27
 */
export type Indicator = z.infer<ReturnType<typeof indicatorSchema>>;
