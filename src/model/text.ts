import { z } from 'zod';
import { lazySchema } from '../_lib/lazy-schema.js';

/**
 * Schema of a text given in Vietnamese (authoritative) and English.
 * @example
 * localizedTextSchema().parse({ vi: 'Thu nhập', en: 'Income' });
 */
export const localizedTextSchema = /* @__PURE__ */ lazySchema(() => z.object({ vi: z.string().min(1), en: z.string().min(1) }).readonly());

/**
 * A text in Vietnamese (authoritative) and English (a helpful translation): every name, wording
 * and note of a set has this shape.
 * @interface
 * @example
 * const name: LocalizedText = { vi: 'Thu nhập', en: 'Income' };
 */
export type LocalizedText = z.infer<ReturnType<typeof localizedTextSchema>>;
