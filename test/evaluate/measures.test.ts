import { describe, expect, it } from 'vitest';
import { safeEvaluate } from '../../src/index.js';
import { demoSet, passingInput } from '../fixtures/demo-set.js';
import { indicator } from './helpers.js';

function statusOf(code: string, value: unknown, extra: Record<string, unknown> = {}) {
  const r = safeEvaluate(demoSet, { ...passingInput, ...extra, values: { ...passingInput.values, [code]: value } });
  return indicator(r.result, code).status;
}

// Each kind of indicator at, just below and just above its target.
describe('measures at, below and above the target', () => {
  it.each([
    ['percent ≥ 95', '1.1', 94.99, 95, 95.01],
    ['amount ≥ 50 (2024 case)', '3', 49.99, 50, 50.01],
    ['percent ≥ 70 (case: more than 3 schools)', '4.2', 69.9, 70, 70.1],
    ['count ≥ 1', '4.4', 0, 1, 2],
  ])('%s', (_name, code, below, at, above) => {
    expect(statusOf(code, below)).toBe('not-met');
    expect(statusOf(code, at)).toBe('met');
    expect(statusOf(code, above)).toBe('met');
  });

  it.each([
    ['percent ≤ 2', '1.2', 1.99, 2, 2.01],
    ['count ≤ 0', '4.1', 0, 0, 1],
  ])('%s (a ceiling)', (_name, code, below, at, above) => {
    expect(statusOf(code, below)).toBe('met');
    expect(statusOf(code, at)).toBe('met');
    expect(statusOf(code, above)).toBe('not-met');
  });

  it('flag: true meets, false does not', () => {
    expect(statusOf('2', true)).toBe('met');
    expect(statusOf('2', false)).toBe('not-met');
  });

  it('relative target: 1.5 × the income at recognition, computed exactly', () => {
    const r = safeEvaluate(demoSet, {
      ...passingInput,
      references: { incomeAtRecognition: 40 },
      values: { ...passingInput.values, '3.r': 59.99 },
    });
    const i = indicator(r.result, '3.r');
    expect(i.status).toBe('not-met');
    expect(i.target).toBe(60);
    expect(i.relative).toEqual({ factor: 1.5, reference: 'incomeAtRecognition', referenceValue: 40 });
    expect(statusOf('3.r', 60)).toBe('met');
    // 1.5 × 0.3 is 0.45 exactly, though 1.5 * 0.3 in floating point is 0.44999…
    expect(
      indicator(
        safeEvaluate(demoSet, {
          ...passingInput,
          references: { incomeAtRecognition: 0.3 },
          values: { ...passingInput.values, '3.r': 0.45 },
        }).result,
        '3.r',
      ).status,
    ).toBe('met');
  });

  it('relative target without its reference value is missing data', () => {
    const r = safeEvaluate(demoSet, { ...passingInput, references: {} });
    const i = indicator(r.result, '3.r');
    expect(i.status).toBe('missing');
    expect(i.reason.code).toBe('indicator.missing-reference');
  });

  it('year-dependent target: 46 until 2023, 50 from 2024', () => {
    expect(statusOf('3', 47, { year: 2023 })).toBe('met');
    expect(statusOf('3', 47, { year: 2024 })).toBe('not-met');
    const noYear = safeEvaluate(demoSet, { ...passingInput, year: undefined });
    expect(indicator(noYear.result, '3').reason.code).toBe('indicator.missing-year');
  });

  it('fact-dependent target: 50 with 3 schools or fewer', () => {
    expect(statusOf('4.2', 55, { facts: { ...passingInput.facts, schoolCount: 3 } })).toBe('met');
    expect(statusOf('4.2', 55, { facts: { ...passingInput.facts, schoolCount: 4 } })).toBe('not-met');
    const r = safeEvaluate(demoSet, { ...passingInput, facts: { coastal: false } });
    expect(indicator(r.result, '4.2').reason.code).toBe('indicator.missing-fact');
  });
});

describe('exact ratios', () => {
  it('19 of 20 is 95%, which meets ≥ 95', () => {
    const r = safeEvaluate(demoSet, { ...passingInput, values: { ...passingInput.values, '1.1': { numerator: 19, denominator: 20 } } });
    const i = indicator(r.result, '1.1');
    expect(i.status).toBe('met');
    expect(i.actual).toBe(95);
    expect(i.ratio).toEqual({ numerator: 19, denominator: 20 });
  });

  it('1949 of 2000 (97.45%) does not meet ≥ 97.5, 39 of 40 (97.5%) does', () => {
    const mekong = { ...passingInput, region: 'mekong-delta' };
    expect(
      indicator(safeEvaluate(demoSet, { ...mekong, values: { '1.1': { numerator: 1949, denominator: 2000 } } }).result, '1.1').status,
    ).toBe('not-met');
    expect(
      indicator(safeEvaluate(demoSet, { ...mekong, values: { '1.1': { numerator: 39, denominator: 40 } } }).result, '1.1').status,
    ).toBe('met');
  });

  it('a ceiling met exactly by a ratio: 1 of 50 households is 2%', () => {
    expect(statusOf('1.2', { numerator: 1, denominator: 50 })).toBe('met');
    expect(statusOf('1.2', { numerator: 51, denominator: 2500 })).toBe('not-met');
  });

  it('works with huge counts beyond 2^53 without rounding', () => {
    const unit = 2 ** 56; // 19 × 2^56 of 20 × 2^56 is exactly 95%
    expect(statusOf('1.1', { numerator: 19 * unit, denominator: 20 * unit })).toBe('met');
    expect(statusOf('1.1', { numerator: 19 * unit - 2 ** 10, denominator: 20 * unit })).toBe('not-met');
  });
});
