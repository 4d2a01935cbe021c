import type { CriterionReasonParams } from '../locale/messages.js';
import type { Criterion } from '../model/criterion.js';
import type { LocalizedText } from '../model/text.js';
import type { CriterionReason, CriterionResult, IndicatorResult } from './result.js';

/**
 * The verdict of a criterion from its indicators' verdicts, and its reason:
 * - rule `all` (default): not met if any applicable indicator is not met; incomplete if any
 *   is missing or has an unknown target; met when all applicable ones are met;
 * - rule `at-least n`: met once n are met; not met when even the undecided ones could not
 *   make n; otherwise incomplete.
 * A criterion whose indicators are all not applicable is `not-applicable`; one whose list of
 * indicators is known to be incomplete (`incompleteIndicators`) is never `met`, and its reason
 * says so (`criterion.incomplete-list`).
 * @internal
 */
export function criterionVerdict(
  criterion: Criterion,
  indicators: readonly IndicatorResult[],
): { status: CriterionResult['status']; reason: CriterionReason } {
  let met = 0;
  let notMet: string[] = NONE;
  let open: string[] = NONE;
  for (let i = 0; i < indicators.length; i++) {
    const r = indicators[i]!;
    if (r.status === 'met') met++;
    else if (r.status === 'not-met') (notMet === NONE ? (notMet = []) : notMet).push(r.code);
    else if (r.status !== 'not-applicable') (open === NONE ? (open = []) : open).push(r.code);
  }
  const applicable = met + notMet.length + open.length;
  const unlisted = criterion.incompleteIndicators;
  // The common case, every applicable indicator met: one shared, frozen reason per criterion and count.
  if (notMet === NONE && open === NONE && !unlisted && applicable > 0 && (criterion.rule?.kind ?? 'all') === 'all') {
    return { status: 'met', reason: metReason(criterion, applicable) };
  }
  const params = { criterion: criterion.id, met, applicable, notMet, open };
  // Rows of the decree that are not encoded could still apply and fail: never "met" on the known ones.
  const incompleteList = unlisted ? listIncomplete(params, unlisted) : (undefined as never);
  if (indicators.length === 0) {
    return { status: 'incomplete', reason: unlisted ? incompleteList : { code: 'criterion.no-indicators', params } };
  }
  if (applicable === 0) {
    return unlisted
      ? { status: 'incomplete', reason: incompleteList }
      : { status: 'not-applicable', reason: { code: 'criterion.not-applicable', params } };
  }
  const rule = criterion.rule ?? { kind: 'all' as const };
  if (rule.kind === 'at-least') {
    const count = rule.count;
    // n met is enough whatever the other rows; too few is only final when every row is known.
    if (met >= count) return { status: 'met', reason: { code: 'criterion.met-at-least', params: { ...params, count } } };
    if (met + open.length < count && !unlisted)
      return { status: 'not-met', reason: { code: 'criterion.not-met-at-least', params: { ...params, count } } };
    return { status: 'incomplete', reason: unlisted ? incompleteList : { code: 'criterion.incomplete', params: { ...params, count } } };
  }
  if (notMet.length > 0) return { status: 'not-met', reason: { code: 'criterion.not-met', params } };
  if (unlisted) return { status: 'incomplete', reason: incompleteList };
  if (open.length > 0) return { status: 'incomplete', reason: { code: 'criterion.incomplete', params } };
  return { status: 'met', reason: { code: 'criterion.met', params } };
}

function listIncomplete(params: Omit<CriterionReasonParams, 'unlisted'>, unlisted: LocalizedText): CriterionReason {
  return { code: 'criterion.incomplete-list', params: { ...params, unlisted } };
}

// Shared by every criterion reason with no code to list; frozen, so no result can change it.
const NONE = Object.freeze([]) as unknown as string[];
const metReasons = new WeakMap<Criterion, Map<number, CriterionReason>>();

function metReason(criterion: Criterion, applicable: number): CriterionReason {
  let byCount = metReasons.get(criterion);
  if (!byCount) metReasons.set(criterion, (byCount = new Map()));
  let reason = byCount.get(applicable);
  if (!reason) {
    const params = Object.freeze({ criterion: criterion.id, met: applicable, applicable, notMet: NONE, open: NONE });
    byCount.set(applicable, (reason = Object.freeze({ code: 'criterion.met', params }) as CriterionReason));
  }
  return reason;
}
