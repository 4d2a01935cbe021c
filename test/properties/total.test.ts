// Totality: whatever comes in (JSON, junk, prototype keys), safeEvaluate returns a result and
// issues, never throws; a bad value is never met, and the good values beside it are kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  EvaluationError,
  INPUT_ISSUE_CODES,
  listCriteriaSets,
  safeEvaluate,
  safeEvaluateAggregate,
  type CriteriaSet,
  formatMessage,
} from '../../src/index.js';
import { indicatorsOf, inputArb, RUNS } from './arbitraries.js';

const VERDICTS = ['met', 'not-met', 'incomplete'];

/** Checks the outcome is well formed, and that `evaluate` fails only with an EvaluationError. */
function checkTotal(set: CriteriaSet, input: unknown) {
  const outcome = safeEvaluate(set, input);
  expect(VERDICTS).toContain(outcome.result.status);
  expect(outcome.success).toBe(outcome.issues.length === 0);
  for (const i of outcome.issues) {
    expect(INPUT_ISSUE_CODES).toContain(i.code);
    expect(formatMessage(i, 'vi').length).toBeGreaterThan(0);
    expect(formatMessage(i, 'en').length).toBeGreaterThan(0);
  }
  // No silent pass: an indicator whose value was refused is never met.
  for (const i of outcome.issues) {
    if (i.path[0] !== 'values' || typeof i.path[1] !== 'string') continue;
    const code = i.path[1];
    const r = outcome.result.criteria.flatMap((c) => c.indicators).find((x) => x.code === code);
    if (r) expect(r.status, `${code} has an issue but is met`).not.toBe('met');
  }
  try {
    evaluate(set, input as never);
    expect(outcome.success).toBe(true);
  } catch (error) {
    expect(error).toBeInstanceOf(EvaluationError);
    expect((error as EvaluationError).issues).toStrictEqual(outcome.issues);
  }
  return outcome;
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** JSON text with prototype keys at any level, parsed the way an app parses an upload. */
const hostileJson = fc
  .jsonValue({ maxDepth: 3 })
  .chain((v) =>
    fc
      .constantFrom(...PROTO_KEYS)
      .map((key) =>
        JSON.parse(
          `{"${key}": {"polluted": 1, "values": {"${key}": {"polluted": 2}}}, "values": {"${key}": {"polluted": 3}, "x": ${JSON.stringify(v) ?? 'null'}},` +
            ` "facts": {"${key}": 1}, "references": {"${key}": 2}, "overrides": {"${key}": {"value": 1, "by": "x"}}}`,
        ),
      ),
  );

const junk = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const snapshotPrototype = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

const sets = listCriteriaSets();

for (const set of sets) {
  const codes = indicatorsOf(set).map((i) => i.code);
  const key = fc.oneof(fc.constantFrom(...codes, ...PROTO_KEYS), fc.string({ maxLength: 6 }));
  /** An input that has the right outer shape with junk inside. */
  const shapedJunk = fc.record(
    {
      region: junk,
      group: junk,
      province: junk,
      communeCategories: fc.oneof(junk, fc.array(junk)),
      year: junk,
      values: fc.oneof(fc.dictionary(key, junk), junk),
      facts: fc.oneof(fc.dictionary(key, junk), junk),
      references: fc.oneof(fc.dictionary(key, junk), junk),
      overrides: fc.oneof(fc.dictionary(key, fc.oneof(junk, fc.record({ value: junk, by: junk, op: junk }))), junk),
    },
    { requiredKeys: [] },
  );

  describe(`totality on ${set.id}`, () => {
    it('never throws on any JSON value', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (v) => void checkTotal(set, v)),
        RUNS(1200, sets.length),
      );
    });

    it('never throws on any JavaScript value (maps, dates, bigints, boxed values, sparse arrays, null prototypes)', () => {
      fc.assert(
        fc.property(junk, (v) => void checkTotal(set, v)),
        RUNS(1200, sets.length),
      );
    });

    it('never throws on inputs of the right shape filled with junk', () => {
      fc.assert(
        fc.property(shapedJunk, (v) => void checkTotal(set, v)),
        RUNS(1600, sets.length),
      );
    });

    it('refuses __proto__ / constructor / prototype keys at every level without polluting prototypes', () => {
      const before = snapshotPrototype();
      fc.assert(
        fc.property(hostileJson, (v) => {
          const outcome = checkTotal(set, v);
          expect(outcome.issues.some((i) => i.code === 'unsafe-key')).toBe(true);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        RUNS(400, sets.length),
      );
      expect(snapshotPrototype()).toBe(before);
    });

    it.skipIf(codes.length === 0)('keeps every valid value beside bad ones (no lost value), and never meets a bad one', () => {
      const bad = fc.oneof(
        fc.constantFrom(NaN, Infinity, -Infinity, -1, 101, '95,5', '', 'đạt', [], {}, { numerator: 5, denominator: 0 }),
        junk.filter((v) => v !== null && v !== undefined),
      );
      fc.assert(
        fc.property(inputArb(set), fc.dictionary(fc.constantFrom(...codes), bad, { minKeys: 1 }), (input, spoiled) => {
          const values = { ...input.values, ...spoiled };
          const outcome = checkTotal(set, { ...input, values });
          const results = new Map(outcome.result.criteria.flatMap((c) => c.indicators).map((r) => [r.code, r]));
          for (const [code, value] of Object.entries(values)) {
            const r = results.get(code)!;
            // Two codes report a value and keep it: implausible (a fraction judged as given, it can
            // only fail) and not-applicable-value (shown, never counted).
            const refused = outcome.issues.some(
              (i) => i.path[0] === 'values' && i.path[1] === code && i.code !== 'implausible' && i.code !== 'not-applicable-value',
            );
            if (code in spoiled && refused) {
              expect(r.status).not.toBe('met');
              expect(r.actual).toBeNull();
            } else if (!(code in spoiled) && value !== undefined && value !== null) {
              expect(refused, `${code} was refused`).toBe(false);
              if (typeof value === 'object') expect(r.ratio).toStrictEqual(value);
              else expect(r.actual).toBe(value);
            }
          }
        }),
        RUNS(1000, sets.length),
      );
    });
  });
}

describe('totality of safeEvaluateAggregate', () => {
  const unit = fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 4 }), junk),
      name: junk,
      kind: fc.oneof(fc.constantFrom('commune', 'township', 'district', 'town'), junk),
      input: fc.oneof(junk, fc.record({ values: junk, region: junk, year: junk }, { requiredKeys: [] })),
      units: fc.oneof(junk, fc.array(junk, { maxLength: 3 })),
      results: junk,
    },
    { requiredKeys: [] },
  );
  const input = fc.oneof(
    junk,
    fc.record(
      {
        region: fc.oneof(fc.constant('red-river-delta'), junk),
        year: junk,
        values: junk,
        units: fc.oneof(junk, fc.array(fc.oneof(unit, junk), { maxLength: 4 })),
        unitSets: fc.oneof(
          junk,
          fc.dictionary(
            fc.constantFrom('commune', 'commune-advanced', 'district', 'town', '__proto__'),
            fc.oneof(junk, fc.constantFrom(...sets)),
          ),
        ),
      },
      { requiredKeys: [] },
    ),
  );

  it('never throws, whatever the unit tree and unitSets hold', () => {
    for (const set of sets) {
      fc.assert(
        fc.property(input, (v) => {
          const outcome = safeEvaluateAggregate(set, v as never);
          expect(VERDICTS).toContain(outcome.result.status);
          expect(outcome.success).toBe(outcome.issues.length === 0);
        }),
        RUNS(1200, sets.length),
      );
    }
  });
});
