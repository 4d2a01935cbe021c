import { z } from 'zod';
import { lazySchema } from '../_lib/lazy-schema.js';
import { localizedTextSchema } from './text.js';

/**
 * Schema of a pointer into a legal document: which document, and where in it.
 * @example
 * legalReferenceSchema().parse({ document: '318/QĐ-TTg', annex: 'Phụ lục I', row: '17.8' });
 */
export const legalReferenceSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** Document number as officials write it, e.g. `318/QĐ-TTg`. */
      document: z.string().min(1),
      annex: z.string().optional(),
      article: z.string().optional(),
      row: z.string().optional(),
    })
    .readonly(),
);

/**
 * Where a value comes from: a document number and the annex, article or row inside it.
 * @interface
 * @example
 * const ref: LegalReference = { document: '318/QĐ-TTg', annex: 'Phụ lục I', row: '17.8' };
 */
export type LegalReference = z.infer<ReturnType<typeof legalReferenceSchema>>;

/**
 * Schema of a legal document that is the basis of a criteria set.
 * @example
 * legalDocumentSchema().parse({
 *   document: '318/QĐ-TTg', role: 'base',
 *   title: { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới…', en: 'National criteria for NTM communes…' },
 *   signed: '2022-03-08', inForce: null,
 * });
 */
export const legalDocumentSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      document: z.string().min(1),
      /** Who issued it, e.g. `UBND thành phố Hà Nội` (given for a provincial table's decision). */
      issuer: z.string().min(1).optional(),
      /** `base`: the decree that issues the set; `amendment`: a decree that patches it. */
      role: z.enum(['base', 'amendment']),
      title: localizedTextSchema(),
      /** ISO date (YYYY-MM-DD); `null` when no source gave it. */
      signed: z.iso.date().nullable(),
      /** ISO date the document took effect; `null` when no source gave it. */
      inForce: z.iso.date().nullable(),
      annex: z.string().optional(),
      /** Documents this one replaces, by number. */
      replaces: z.array(z.string()).readonly().optional(),
      sources: z.array(z.string()).readonly().optional(),
    })
    .readonly(),
);

/**
 * A decree (or provincial decision) that issues or amends a criteria set.
 * @interface
 * @example
 * const decree: LegalDocument = {
 *   document: '318/QĐ-TTg', role: 'base', annex: 'Phụ lục I',
 *   title: { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới…', en: 'National criteria for NTM communes…' },
 *   signed: '2022-03-08', inForce: null,
 * };
 */
export type LegalDocument = z.infer<ReturnType<typeof legalDocumentSchema>>;

/**
 * Schema of a cited source: a public text in which a value was read.
 * @example
 * sourceSchema().parse({ url: 'https://thuvienphapluat.vn/…', what: 'TVPL Q&A restating criterion 1' });
 */
export const sourceSchema = /* @__PURE__ */ lazySchema(() => z.object({ url: z.string().optional(), what: z.string().min(1) }).readonly());

/**
 * A public text in which a value was read (restatement, Q&A, portal), with what it says.
 * @interface
 * @example
 * const source: Source = { url: 'https://thuvienphapluat.vn/…', what: 'TVPL Q&A restating criterion 17' };
 */
export type Source = z.infer<ReturnType<typeof sourceSchema>>;
