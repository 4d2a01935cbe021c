// A criterion's verdict and reason from its indicators' verdicts (src/evaluate/evaluate-criterion.ts),
// rule by rule, with every list the reason carries. TEST-ONLY criteria: no legal content.
import { describe, expect, it } from 'vitest';
import { criterionVerdict } from '../../src/evaluate/evaluate-criterion.js';
import type { Criterion, IndicatorResult } from '../../src/index.js';

const unlisted = { vi: 'Còn chỉ tiêu chưa mã hóa', en: 'Rows not encoded' };
const criterion = (extra: Partial<Criterion> = {}) =>
  ({ id: 'c', number: 1, name: { vi: 'C', en: 'C' }, status: 'verified', sources: [], indicators: [], ...extra }) as Criterion;
const results = (statuses: string) =>
  statuses
    .split(' ')
    .filter(Boolean)
    .map((s, i) => {
      const status = { m: 'met', n: 'not-met', x: 'missing', u: 'unknown-target', a: 'not-applicable' }[s]!;
      return { code: `${i + 1}`, status } as IndicatorResult;
    });
const verdict = (statuses: string, extra: Partial<Criterion> = {}) => criterionVerdict(criterion(extra), results(statuses));
const params = (met: number, applicable: number, notMet: string[], open: string[]) => ({ criterion: 'c', met, applicable, notMet, open });

describe('criterionVerdict, rule all', () => {
  it('every applicable indicator met is met; not-applicable ones are not counted', () => {
    expect(verdict('m m a')).toEqual({ status: 'met', reason: { code: 'criterion.met', params: params(2, 2, [], []) } });
    expect(verdict('m')).toEqual({ status: 'met', reason: { code: 'criterion.met', params: params(1, 1, [], []) } });
  });

  it('the shared met reason is frozen and kept per criterion and count', () => {
    const c = criterion();
    const two = criterionVerdict(c, results('m m')).reason;
    expect(Object.isFrozen(two)).toBe(true);
    expect(Object.isFrozen(two.params)).toBe(true);
    expect(criterionVerdict(c, results('m m')).reason).toBe(two);
    expect(criterionVerdict(c, results('m m m')).reason.params).toEqual(params(3, 3, [], []));
    expect(criterionVerdict(c, results('m m')).reason.params).toEqual(params(2, 2, [], []));
  });

  it('one not met is not met, and the reason lists the not met and the undecided', () => {
    expect(verdict('m n x a u')).toEqual({
      status: 'not-met',
      reason: { code: 'criterion.not-met', params: params(1, 4, ['2'], ['3', '5']) },
    });
    expect(verdict('n n')).toEqual({ status: 'not-met', reason: { code: 'criterion.not-met', params: params(0, 2, ['1', '2'], []) } });
  });

  it('an undecided indicator and no failure is incomplete', () => {
    expect(verdict('m x u')).toEqual({
      status: 'incomplete',
      reason: { code: 'criterion.incomplete', params: params(1, 3, [], ['2', '3']) },
    });
  });

  it('no indicators is incomplete; only not-applicable ones is not applicable', () => {
    expect(verdict('')).toEqual({ status: 'incomplete', reason: { code: 'criterion.no-indicators', params: params(0, 0, [], []) } });
    expect(verdict('a a')).toEqual({
      status: 'not-applicable',
      reason: { code: 'criterion.not-applicable', params: params(0, 0, [], []) },
    });
  });

  it('a known incomplete list of indicators is never met, but can be not met', () => {
    const reason = (p: ReturnType<typeof params>) => ({ code: 'criterion.incomplete-list', params: { ...p, unlisted } });
    expect(verdict('m m', { incompleteIndicators: unlisted })).toEqual({ status: 'incomplete', reason: reason(params(2, 2, [], [])) });
    expect(verdict('m x', { incompleteIndicators: unlisted })).toEqual({ status: 'incomplete', reason: reason(params(1, 2, [], ['2'])) });
    expect(verdict('', { incompleteIndicators: unlisted })).toEqual({ status: 'incomplete', reason: reason(params(0, 0, [], [])) });
    expect(verdict('a', { incompleteIndicators: unlisted })).toEqual({ status: 'incomplete', reason: reason(params(0, 0, [], [])) });
    expect(verdict('m n', { incompleteIndicators: unlisted })).toEqual({
      status: 'not-met',
      reason: { code: 'criterion.not-met', params: params(1, 2, ['2'], []) },
    });
  });

  it('an explicit `all` rule is the default rule', () => {
    expect(verdict('m m', { rule: { kind: 'all' } })).toEqual(verdict('m m'));
    expect(verdict('m n', { rule: { kind: 'all' } })).toEqual(verdict('m n'));
  });
});

describe('criterionVerdict, rule at-least', () => {
  const atLeast = (count: number, statuses: string, extra: Partial<Criterion> = {}) =>
    verdict(statuses, { rule: { kind: 'at-least', count }, ...extra });

  it('met once the count is met, whatever the others; every indicator met says so by the count', () => {
    expect(atLeast(2, 'm n m')).toEqual({
      status: 'met',
      reason: { code: 'criterion.met-at-least', params: { ...params(2, 3, ['2'], []), count: 2 } },
    });
    expect(atLeast(2, 'm m')).toEqual({
      status: 'met',
      reason: { code: 'criterion.met-at-least', params: { ...params(2, 2, [], []), count: 2 } },
    });
    expect(atLeast(1, 'm x', { incompleteIndicators: unlisted }).status).toBe('met');
  });

  it('not met when even the undecided could not reach the count', () => {
    expect(atLeast(2, 'm n n')).toEqual({
      status: 'not-met',
      reason: { code: 'criterion.not-met-at-least', params: { ...params(1, 3, ['2', '3'], []), count: 2 } },
    });
    expect(atLeast(3, 'm x n').status).toBe('not-met');
  });

  it('incomplete while the undecided could still reach the count (exactly, too)', () => {
    expect(atLeast(2, 'm x n')).toEqual({
      status: 'incomplete',
      reason: { code: 'criterion.incomplete', params: { ...params(1, 3, ['3'], ['2']), count: 2 } },
    });
    expect(atLeast(3, 'm x u').status).toBe('incomplete');
  });

  it('with a known incomplete list, too few is only incomplete: the unseen rows could count', () => {
    expect(atLeast(2, 'm n', { incompleteIndicators: unlisted })).toEqual({
      status: 'incomplete',
      reason: { code: 'criterion.incomplete-list', params: { ...params(1, 2, ['2'], []), unlisted } },
    });
  });
});
