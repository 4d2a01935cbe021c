// What a result shares with other results (issue 12: heap per retained result), and that
// sharing never mixes up two units: a shared part is frozen, and equal to what the unit's own
// evaluation would have made.
import { describe, expect, it } from 'vitest';
import { evaluate, getCriteriaSet, safeEvaluate, type EvaluationResult } from '../../src/index.js';

const set = getCriteriaSet('commune-2021-2025');
const base = { region: 'red-river-delta', year: 2024 } as const;

/** A criterion of the set whose indicators are all flags, judged against verified targets in the Red River Delta column. */
function flagCriterion(): { id: string; codes: string[] } {
  const result = evaluate(set, { ...base, values: {} });
  for (const c of set.criteria) {
    const r = result.criteria.find((x) => x.id === c.id)!;
    if (
      c.indicators.length > 1 &&
      c.indicators.every((i) => i.measure === 'flag') &&
      r.indicators.every((i) => i.targetStatus === 'verified')
    )
      return { id: c.id, codes: c.indicators.map((i) => i.code) };
  }
  throw new Error('no criterion of flags with verified targets');
}

const criterionOf = (r: EvaluationResult, id: string) => r.criteria.find((c) => c.id === id)!;
const indicatorOf = (r: EvaluationResult, code: string) => r.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;

describe('shared parts of a result', () => {
  it('a criterion of flags is one frozen result for every unit with the same flags, and its own for other flags', () => {
    const { id, codes } = flagCriterion();
    const values = (flag: boolean) => Object.fromEntries(codes.map((code, i) => [code, i === 0 ? flag : true]));
    const a = criterionOf(evaluate(set, { ...base, values: values(true) }), id);
    const b = criterionOf(evaluate(set, { ...base, values: values(true) }), id);
    const c = criterionOf(evaluate(set, { ...base, values: values(false) }), id);
    expect(b).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.indicators)).toBe(true);
    expect(a.status).toBe('met');
    expect(c).not.toBe(a);
    expect(c.status).toBe('not-met');
    expect(c.indicators[0]!.actual).toBe(false);
    expect(() => (a.indicators as unknown[]).push(1)).toThrow(TypeError);
  });

  it('an invalid flag is never shown as missing through a shared criterion', () => {
    const { id, codes } = flagCriterion();
    // First a unit with no value for the first flag (a shared "missing" result), then one whose value is invalid.
    const missing = criterionOf(evaluate(set, { ...base, values: { [codes[1]!]: true } }), id);
    expect(missing.indicators[0]!.reason.code).toBe('indicator.missing-value');
    const invalid = safeEvaluate(set, { ...base, values: { [codes[0]!]: 'yes', [codes[1]!]: true } });
    expect(invalid.issues.map((i) => i.code)).toEqual(['invalid-type']);
    expect(criterionOf(invalid.result, id).indicators[0]!.reason.code).toBe('indicator.invalid-value');
  });

  it('a flag shown beside an unknown target is a shared result; a number is the unit’s own', () => {
    const unknown = evaluate(set, { ...base, values: {} })
      .criteria.flatMap((c) => c.indicators)
      .filter((i) => i.status === 'unknown-target');
    const flag = unknown.find((i) => i.measure === 'flag')!;
    const number = unknown.find((i) => i.measure === 'percent')!;
    const first = evaluate(set, { ...base, values: { [flag.code]: true, [number.code]: 40 } });
    const second = evaluate(set, { ...base, values: { [flag.code]: true, [number.code]: 41 } });
    expect(indicatorOf(second, flag.code)).toBe(indicatorOf(first, flag.code));
    expect(indicatorOf(first, flag.code)).toMatchObject({ status: 'unknown-target', actual: true });
    expect(Object.isFrozen(indicatorOf(first, flag.code))).toBe(true);
    expect(indicatorOf(first, number.code)).toMatchObject({ status: 'unknown-target', actual: 40 });
    expect(indicatorOf(second, number.code)).toMatchObject({ status: 'unknown-target', actual: 41 });
    expect(Object.isFrozen(indicatorOf(first, number.code))).toBe(false);
    // The reason does not show the value, so it is shared too; the value is the result's own.
    expect(indicatorOf(second, number.code).reason).toBe(indicatorOf(first, number.code).reason);
    expect('actual' in indicatorOf(first, number.code).reason).toBe(false);
  });

  it('the list of unknown targets is shared by units with the same list, and each unit gets its own list', () => {
    const plain = evaluate(set, { ...base, values: {} }).unknownTargets;
    const code = plain[1]!;
    const measure = set.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!.measure;
    const value = measure === 'flag' ? true : 50;
    const overridden = evaluate(set, { ...base, values: {}, overrides: { [code]: { value, by: 'TEST-ONLY: not a legal value' } } });
    expect(overridden.unknownTargets).toEqual(plain.filter((c) => c !== code));
    const again = evaluate(set, { ...base, values: {} }).unknownTargets;
    expect(again).toEqual(plain);
    expect(Object.isFrozen(again)).toBe(true);
    expect(evaluate(set, { ...base, values: {} }).unknownTargets).toBe(again);
  });
});
