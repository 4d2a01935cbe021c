// Totality: gapPlan and gapTable return a plan for anything — junk, a result with junk inside,
// results of every shipped set on random inputs, aggregates included — and never throw; every
// message of the plan renders in both languages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatMessage,
  gapPlan,
  gapTable,
  listCriteriaSets,
  safeEvaluate,
  safeEvaluateAggregate,
  type AggregateResult,
  type GapPlan,
  type Message,
} from '../../src/index.js';
import { inputArb } from '../properties/arbitraries.js';

const sets = listCriteriaSets();

/** Every message of a plan and of its sub-units' plans. */
function messages(plan: GapPlan): Message[] {
  return [
    plan.message,
    ...plan.criteria.flatMap((c) => [c.message, ...c.gaps.map((g) => g.message)]),
    ...plan.conditions.map((c) => c.message),
    ...plan.dataToCollect.map((d) => d.message),
    ...plan.targetsToObtain.map((t) => t.message),
    ...plan.units.flatMap((u) => (u.plan ? messages(u.plan) : [])),
  ];
}

function checkRenders(plan: GapPlan) {
  for (const m of messages(plan)) {
    for (const lang of ['vi', 'en'] as const) {
      const text = formatMessage(m, lang);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
  }
}

const junk = fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true });

describe('gapPlan is total', () => {
  it('on junk, and on results with junk inside', () => {
    fc.assert(
      fc.property(junk, junk, (a, b) => {
        for (const result of [
          a,
          { ...(typeof a === 'object' ? a : {}), criteria: [b, { indicators: [a, b], status: 'not-met' }], units: [b], conditions: [a, b] },
        ]) {
          const plan = gapPlan(result as never, { sets: b as never });
          expect(typeof plan.setId).toBe('string');
          gapTable(plan);
        }
      }),
      { numRuns: 200 },
    );
  });

  for (const set of sets) {
    it(`${set.id}: a plan for any input, every message in vi and en`, () => {
      fc.assert(
        fc.property(inputArb(set, { overrides: true }), (input) => {
          const plan = gapPlan(safeEvaluate(set, input).result, { sets });
          checkRenders(plan);
          expect(plan.criteria.length).toBeLessThanOrEqual(set.criteria.length);
          const table = gapTable(plan);
          expect(table.byUnit).toHaveLength(1);
        }),
        { numRuns: 25 },
      );
    });
  }

  it('aggregates of every set with unit-share conditions, from random units', () => {
    const aggregates = sets.filter((s) => s.conditions.some((c) => c.check.kind === 'unit-share'));
    expect(aggregates.length).toBeGreaterThan(3);
    for (const set of aggregates) {
      const levels = set.conditions.flatMap((c) => (c.check.kind === 'unit-share' ? [c.check.unitLevel] : []));
      const unitSets = Object.fromEntries(
        levels.flatMap((l) =>
          sets
            .filter((s) => s.level === l && (s.period.from ?? '') <= (set.period.to ?? '9999'))
            .slice(0, 1)
            .map((s) => [l, s]),
        ),
      );
      const communeSet = unitSets.commune ?? sets[0]!;
      fc.assert(
        fc.property(fc.array(inputArb(communeSet), { maxLength: 4 }), (inputs) => {
          const units = inputs.map((input, i) => ({ id: `u${i}`, kind: 'commune' as const, input }));
          const result = (safeEvaluateAggregate as unknown as (s: unknown, i: unknown, o: unknown) => { result: AggregateResult })(
            set,
            { values: {}, units, unitSets },
            { keep: 'results' },
          ).result;
          const plan = gapPlan(result, { sets });
          checkRenders(plan);
          for (const c of plan.conditions) {
            if (c.kind !== 'unit-share' || c.more === null || c.direction !== 'raise') continue;
            expect(c.closest.length).toBe(Math.min(c.more, c.candidates.length));
            expect(c.passing! + c.more).toBe(c.required);
          }
          gapTable(plan);
        }),
        { numRuns: 8 },
      );
    }
  });
});
