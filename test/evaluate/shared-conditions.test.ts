import { describe, expect, it } from 'vitest';
import { commune1980 } from '../../rules/index.js';
import { type CriteriaSet, safeEvaluate } from '../../src/index.js';

// A condition's result is shared between units with the same verdict (evaluate-conditions.ts).
// Sets may share their condition objects (an amended set keeps its base's): the shared result
// must still say how many criteria the set being evaluated has.
describe('a criteria-met condition shared by two sets', () => {
  const bigger: CriteriaSet = {
    ...commune1980,
    id: 'commune-2016-2020-plus-one',
    // TEST-ONLY: the 1980 set with its first criterion repeated as a twentieth; not the law.
    criteria: [...commune1980.criteria, { ...commune1980.criteria[0]!, id: '20', number: 20 }],
  };
  const input = { region: 'red-river-delta' as const, year: 2020, values: {} };
  const totalOf = (set: CriteriaSet) => {
    const reason = safeEvaluate(set, input).result?.conditions.find((c) => c.id === 'allCriteria')?.reason;
    return reason !== undefined && 'params' in reason ? (reason.params as { total?: number }).total : undefined;
  };

  it('counts each set’s own criteria, whichever set was evaluated first', () => {
    expect(totalOf(commune1980)).toBe(19);
    expect(totalOf(bigger)).toBe(20);
    expect(totalOf(commune1980)).toBe(19);
  });
});
