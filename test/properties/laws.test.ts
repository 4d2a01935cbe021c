// The engine's laws, checked on generated inputs for every set the package carries:
// monotone, missing is never met, deterministic and pure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCriteriaSets, safeEvaluate, type CriteriaSet, type EvaluationResult } from '../../src/index.js';
import { deepFreeze, indicatorsOf, targetsOf, inputArb, RANK, RUNS, verdicts, type GeneratedInput } from './arbitraries.js';

type Ratio = { numerator: number; denominator: number };
const isRatio = (v: unknown): v is Ratio => typeof v === 'object' && v !== null && 'numerator' in v;

/** The value moved `step` toward "better" for its comparison, staying valid for its measure. */
function improve(value: unknown, op: string, measure: string, step: number): unknown {
  const up = op === '>=';
  if (isRatio(value)) {
    const n = up ? Math.min(value.denominator, value.numerator + step) : Math.max(0, value.numerator - step);
    return { numerator: n, denominator: value.denominator };
  }
  const v = value as number;
  const delta = measure === 'count' ? step : step / 4;
  const moved = up ? v + delta : Math.max(0, v - delta);
  return measure === 'percent' ? Math.min(100, moved) : moved;
}

function result(set: CriteriaSet, input: unknown): EvaluationResult {
  return safeEvaluate(set, input).result;
}

const sets = listCriteriaSets();

for (const set of sets) {
  const measures = new Map(indicatorsOf(set).map((i) => [i.code, i.measure]));

  // A set without indicators (only set-level conditions) has no value to move or remove.
  describe.skipIf(measures.size === 0)(`laws of ${set.id}`, () => {
    // Flags and "=" targets have no "better" direction: a set of only those has nothing to move.
    const movable = indicatorsOf(set).some((i) => i.measure !== 'flag' && targetsOf(i).some((t) => t.op !== '='));
    it.skipIf(!movable)('is monotone: a better value never lowers a verdict (indicator, criterion, set)', () => {
      const steps = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: measures.size, maxLength: measures.size });
      let moved = 0;
      let metByOverride = 0; // runs where an override supplied a target
      let indicatorsMet = 0;
      fc.assert(
        fc.property(inputArb(set, { overrides: true }), steps, (input, stepList) => {
          const before = result(set, input);
          const comparison = new Map(before.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i.comparison])));
          const values: Record<string, unknown> = { ...input.values };
          Object.keys(values).forEach((code, k) => {
            const op = comparison.get(code);
            const measure = measures.get(code)!;
            if (measure === 'flag' || (op !== '>=' && op !== '<=')) return;
            values[code] = improve(values[code], op, measure, stepList[k % stepList.length]!);
            moved++;
          });
          const after = result(set, { ...input, values });
          const a = verdicts(before);
          const b = verdicts(after);
          for (const [key, verdict] of a) {
            const now = b.get(key)!;
            if (verdict === 'met') expect(now, key).toBe('met');
            expect(RANK[now]!, `${key}: ${verdict} → ${now}`).toBeGreaterThanOrEqual(RANK[verdict]!);
          }
          expect(after.metCount).toBeGreaterThanOrEqual(before.metCount);
          metByOverride += after.overrides.length > 0 ? 1 : 0;
          indicatorsMet += after.criteria.flatMap((c) => c.indicators).filter((i) => i.status === 'met').length;
        }),
        RUNS(1600, sets.length),
      );
      // The law was exercised, not vacuous: values moved, indicators met, unknown targets overridden.
      expect(moved).toBeGreaterThan(0);
      expect(indicatorsMet).toBeGreaterThan(0);
      if (indicatorsOf(set).some((i) => targetsOf(i).some((t) => t.status !== 'verified'))) expect(metByOverride).toBeGreaterThan(0);
    });

    it('never counts missing as met: removing values, facts or references never creates a "met"', () => {
      fc.assert(
        fc.property(inputArb(set, { overrides: true }), fc.func(fc.boolean()), fc.boolean(), (input: GeneratedInput, drop, asNull) => {
          const before = result(set, input);
          const keep = <T>(o: Record<string, T>) =>
            Object.fromEntries(
              Object.entries(o).flatMap(([k, v]): [string, T | null][] => (drop(k) ? (asNull ? [[k, null]] : []) : [[k, v]])),
            );
          const removed = Object.keys(input.values).filter((k) => drop(k));
          const reduced = {
            ...input,
            values: keep(input.values),
            facts: keep(input.facts) as Record<string, number | boolean>,
            references: keep(input.references) as Record<string, number>,
          };
          // `null` means "no data" for a value, but is invalid for a fact: only values get it.
          if (asNull) {
            reduced.facts = Object.fromEntries(Object.entries(reduced.facts).filter(([, v]) => v !== null));
            reduced.references = Object.fromEntries(Object.entries(reduced.references).filter(([, v]) => v !== null));
          }
          const after = result(set, reduced);
          const a = verdicts(before);
          for (const [key, verdict] of verdicts(after)) {
            if (verdict === 'met') expect(a.get(key), `${key} became met`).toBe('met');
          }
          const status = new Map(after.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i])));
          for (const code of removed) {
            expect(status.get(code)!.status).not.toBe('met');
            expect(status.get(code)!.actual).toBeNull();
          }
        }),
        RUNS(1600, sets.length),
      );
    });

    it('is deterministic and pure: deep-equal results, frozen input and set accepted and never mutated', () => {
      const frozenSet = deepFreeze(structuredClone(set)) as CriteriaSet;
      fc.assert(
        fc.property(inputArb(set, { overrides: true }), (input) => {
          const snapshot = structuredClone(input);
          const first = safeEvaluate(set, input);
          expect(input).toEqual(snapshot); // toEqual: fast-check may build null-prototype records
          const frozen = deepFreeze(structuredClone(input));
          const second = safeEvaluate(frozenSet, frozen);
          expect(second).toStrictEqual(first);
          expect(safeEvaluate(set, input)).toStrictEqual(first);
        }),
        RUNS(500, sets.length),
      );
    });
  });
}
