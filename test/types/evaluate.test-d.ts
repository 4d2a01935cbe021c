import { describe, expectTypeOf, it } from 'vitest';
import { commune318, evaluate, type CriterionId, type EvaluationResult, type IndicatorCode } from '../../src/index.js';
import { demoSet } from '../fixtures/demo-set.js';

describe('indicator codes are checked at compile time', () => {
  it('knows every code of a set defined with defineCriteriaSet', () => {
    expectTypeOf<IndicatorCode<typeof demoSet>>().toEqualTypeOf<'1.1' | '1.2' | '2' | '3' | '3.r' | '4.1' | '4.2' | '4.3' | '4.4'>();
    expectTypeOf<'17.8'>().toMatchTypeOf<IndicatorCode<typeof commune318>>();
  });

  it('accepts known codes and returns a result', () => {
    expectTypeOf(evaluate(commune318, { region: 'red-river-delta', values: { '17.8': 100 } })).toEqualTypeOf<
      EvaluationResult<IndicatorCode<typeof commune318>, CriterionId<typeof commune318>>
    >();
  });

  it('rejects a code the set does not have', () => {
    // @ts-expect-error 318/QĐ-TTg Annex I has no indicator 17.99
    evaluate(commune318, { region: 'red-river-delta', values: { '17.99': 100 } });
    // @ts-expect-error a decimal comma is not a code
    evaluate(demoSet, { region: 'red-river-delta', values: { '1,1': 100 } });
  });

  it('rejects a wrong region id and a wrong value type', () => {
    // @ts-expect-error use the id, not the abbreviation
    evaluate(demoSet, { region: 'ĐBSH', values: {} });
    // @ts-expect-error a number as text is not a value
    evaluate(demoSet, { region: 'red-river-delta', values: { '1.1': '95,5' } });
  });
});
