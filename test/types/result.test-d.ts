import { describe, expectTypeOf, it } from 'vitest';
import {
  type AggregateResult,
  type CriteriaSet,
  type CriteriaSetDiff,
  type CriterionId,
  type EvaluationResult,
  type GapPlan,
  type IndicatorCode,
  type SafeAggregateEvaluation,
  type SafeEvaluation,
  commune318,
  commune51,
  commune1980,
  diff,
  district558,
  evaluate,
  evaluateAggregate,
  gapPlan,
  safeEvaluate,
  safeEvaluateAggregate,
} from '../../src/index.js';
import type { demoSet } from '../fixtures/demo-set.js';

type Code318 = IndicatorCode<typeof commune318>;
type Criterion318 = CriterionId<typeof commune318>;

// A typed set's result names only that set's codes: a misspelt code in a lookup does not compile.
describe('a result carries the literal codes of its set', () => {
  const result = evaluate(commune318, { region: 'red-river-delta', values: { '17.8': 100 } });

  it('types every code and criterion id of the result', () => {
    expectTypeOf(result).toEqualTypeOf<EvaluationResult<Code318, Criterion318>>();
    expectTypeOf(result.notMet).toEqualTypeOf<readonly Code318[]>();
    expectTypeOf(result.missing).toEqualTypeOf<readonly Code318[]>();
    expectTypeOf(result.unknownTargets).toEqualTypeOf<readonly Code318[]>();
    expectTypeOf(result.overrides[0]!.code).toEqualTypeOf<Code318>();
    expectTypeOf(result.criteria[0]!.id).toEqualTypeOf<Criterion318>();
    expectTypeOf(result.criteria[0]!.indicators[0]!.code).toEqualTypeOf<Code318>();
    expectTypeOf(result.criteria[0]!.indicators[0]!.criterionId).toEqualTypeOf<Criterion318>();
    expectTypeOf<'17.8'>().toExtend<Code318>();
    expectTypeOf<'10'>().toExtend<Criterion318>();
    expectTypeOf<CriterionId<typeof demoSet>>().toEqualTypeOf<'1' | '2' | '3' | '4'>();
  });

  it('refuses a code or criterion id the set does not have', () => {
    result.notMet.includes('17.8');
    // @ts-expect-error 318/QĐ-TTg has no indicator 17.99
    result.notMet.includes('17.99');
    // @ts-expect-error a decimal comma is not a code
    result.missing.includes('17,8');
    // @ts-expect-error 318/QĐ-TTg has 19 criteria
    result.criteria.find((c) => c.id === '20');
    result.criteria.flatMap((c) => c.indicators).find((i) => i.code === '17.8');
    // @ts-expect-error no indicator 17.99
    result.criteria.flatMap((c) => c.indicators).find((i) => i.code === '17.99');
  });

  it('is still an EvaluationResult for code that takes any result', () => {
    expectTypeOf(result).toExtend<EvaluationResult>();
    const any: EvaluationResult = result;
    void any;
  });

  it('keeps `string` for a set TypeScript does not know (loaded from JSON)', () => {
    const loaded: CriteriaSet = JSON.parse('{}') as CriteriaSet;
    const plain = evaluate(loaded, { values: { anything: 1 } });
    expectTypeOf(plain).toEqualTypeOf<EvaluationResult>();
    expectTypeOf(plain.notMet).toEqualTypeOf<readonly string[]>();
    expectTypeOf<EvaluationResult>().toEqualTypeOf<EvaluationResult<string, string>>();
    plain.notMet.includes('17.99');
  });

  it('safeEvaluate reads any input and returns the set’s codes', () => {
    const outcome = safeEvaluate(commune318, JSON.parse('{}') as unknown);
    expectTypeOf(outcome).toEqualTypeOf<SafeEvaluation<Code318, Criterion318>>();
    expectTypeOf(outcome.result.notMet).toEqualTypeOf<readonly Code318[]>();
    expectTypeOf(safeEvaluate(commune318 as CriteriaSet, {})).toEqualTypeOf<SafeEvaluation>();
  });
});

describe('an aggregate result carries its set’s codes unless tables may add some', () => {
  const units = [{ id: 'ho-son', inputs: { commune: { values: { '10': 40 } } } }];
  type Code558 = IndicatorCode<typeof district558>;
  type Criterion558 = CriterionId<typeof district558>;

  it('evaluateAggregate', () => {
    const r = evaluateAggregate(district558, { year: 2020, values: { '1.1': true }, units, unitSets: { commune: commune1980 } });
    expectTypeOf(r).toEqualTypeOf<AggregateResult<Code558, Criterion558>>();
    expectTypeOf(r.notMet).toEqualTypeOf<readonly Code558[]>();
    // @ts-expect-error 558/QĐ-TTg has no indicator 17.8
    evaluateAggregate(district558, { year: 2020, values: { '17.8': 1 }, units });
    // A province's table may add indicators and criteria: the codes are then plain strings.
    expectTypeOf(evaluateAggregate(district558, { year: 2020, units, tables: [] })).toEqualTypeOf<AggregateResult>();
  });

  it('safeEvaluateAggregate', () => {
    expectTypeOf(safeEvaluateAggregate(district558, { units })).toEqualTypeOf<SafeAggregateEvaluation<Code558, Criterion558>>();
    expectTypeOf(safeEvaluateAggregate(district558, { units, tables: [] })).toEqualTypeOf<SafeAggregateEvaluation>();
    expectTypeOf(safeEvaluateAggregate(district558 as CriteriaSet, { units })).toEqualTypeOf<SafeAggregateEvaluation>();
  });
});

describe('gap plans and diffs keep the codes that flow through them', () => {
  it('gapPlan of a typed result names that set’s codes and criteria', () => {
    const plan = gapPlan(evaluate(commune318, { region: 'red-river-delta', values: {} }));
    expectTypeOf(plan).toEqualTypeOf<GapPlan<Code318, Criterion318>>();
    expectTypeOf(plan.criteria[0]!.id).toEqualTypeOf<Criterion318>();
    expectTypeOf(plan.criteria[0]!.gaps[0]!.code).toEqualTypeOf<Code318>();
    expectTypeOf(plan.criteria[0]!.open).toEqualTypeOf<readonly Code318[]>();
    expectTypeOf(plan.dataToCollect[0]!.code).toEqualTypeOf<Code318 | undefined>();
    expectTypeOf(plan.targetsToObtain[0]!.code).toEqualTypeOf<Code318 | undefined>();
    // @ts-expect-error no indicator 17.99
    plan.criteria.flatMap((c) => c.gaps).find((g) => g.code === '17.99');
    // Sub-units' plans are untyped: their sets are known only at run time.
    expectTypeOf(plan.units[0]!.plan).toEqualTypeOf<GapPlan | undefined>();
    const plain: EvaluationResult = evaluate(commune318, { values: {} });
    expectTypeOf(gapPlan(plain)).toEqualTypeOf<GapPlan>();
  });

  it('diff names added items by the second set’s codes and removed ones by the first’s', () => {
    const d = diff(commune318, commune51);
    expectTypeOf(d).toEqualTypeOf<CriteriaSetDiff<typeof commune318, typeof commune51>>();
    expectTypeOf(d.from.id).toEqualTypeOf<'commune-2021-2025'>();
    expectTypeOf(d.to.id).toEqualTypeOf<'commune-2026-2030'>();
    expectTypeOf(d.indicators.added[0]!.code).toEqualTypeOf<IndicatorCode<typeof commune51>>();
    expectTypeOf(d.indicators.removed[0]!.code).toEqualTypeOf<Code318>();
    expectTypeOf(d.indicators.changed[0]!.code).toEqualTypeOf<IndicatorCode<typeof commune51>>();
    expectTypeOf(d.indicators.changed[0]!.codeBefore).toEqualTypeOf<Code318>();
    expectTypeOf(d.criteria.removed[0]!.id).toEqualTypeOf<Criterion318>();
    expectTypeOf(d.criteria.changed[0]!.idBefore).toEqualTypeOf<Criterion318>();
    expectTypeOf(d.criteria.changed[0]!.id).toEqualTypeOf<CriterionId<typeof commune51>>();
    // @ts-expect-error 51/2025 has no indicator 17.8 (it was 318's)
    d.indicators.added.find((i) => i.code === '17.8');
    const plain: CriteriaSet = commune318;
    expectTypeOf(diff(plain, plain)).toEqualTypeOf<CriteriaSetDiff>();
    expectTypeOf(diff(plain, plain).indicators.added[0]!.code).toEqualTypeOf<string>();
  });
});
