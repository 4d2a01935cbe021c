import { z } from 'zod';
import { lazySchema } from '../_lib/lazy-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * How well a value is established, carried from the reference (`shared/reference`):
 * - `verified`: seen in a retrieved text at the cited source; the only status that is a target;
 * - `provincial`: seen only in one province's restatement or practice;
 * - `conflict`: sources disagree, every candidate is recorded;
 * - `recalled`: not seen in any retrieved text (memory, brief, inference);
 * - `not-found`: searched for and not seen.
 * @example
 * VERIFICATION_STATUSES.length; // 5
 */
export const VERIFICATION_STATUSES = /* @__PURE__ */ deepFreeze(['verified', 'provincial', 'conflict', 'recalled', 'not-found'] as const);

/**
 * One of the five verification statuses; only `verified` values are used as targets.
 * @example
 * const status: VerificationStatus = 'provincial'; // a value seen only in one province's text
 */
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/**
 * Labels of the verification statuses.
 * @example
 * VERIFICATION_LABELS.conflict.vi; // 'Nguồn mâu thuẫn'
 */
export const VERIFICATION_LABELS: {
  readonly [K in VerificationStatus]: { readonly vi: string; readonly en: string };
} = /* @__PURE__ */ deepFreeze({
  verified: { vi: 'Đã kiểm chứng', en: 'Verified' },
  provincial: { vi: 'Chỉ thấy ở văn bản của tỉnh', en: 'Seen only in a provincial source' },
  conflict: { vi: 'Nguồn mâu thuẫn', en: 'Sources conflict' },
  recalled: { vi: 'Chưa thấy trong văn bản (nhớ lại/suy luận)', en: 'Not seen in a text (recalled or inferred)' },
  'not-found': { vi: 'Chưa tìm thấy', en: 'Not found' },
});

/**
 * Schema of a verification status.
 * @example
 * verificationStatusSchema().parse('verified');
 */
export const verificationStatusSchema = /* @__PURE__ */ lazySchema(() => z.enum(VERIFICATION_STATUSES));
