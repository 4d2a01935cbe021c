// The error `evaluate` throws (src/evaluate/error.ts): its name, the issues and partial result it
// carries, and its message, which lists every issue in words that need no locale (code, where,
// expected, received). The demo set is TEST-ONLY (not law).
import { describe, expect, it } from 'vitest';
import { EvaluationError, evaluate } from '../../src/index.js';
import { demoSet, passingInput } from '../fixtures/demo-set.js';

function thrown(input: unknown): EvaluationError {
  try {
    evaluate(demoSet, input as never);
  } catch (error) {
    if (error instanceof EvaluationError) return error;
    throw error;
  }
  throw new Error('evaluate did not throw');
}

describe('EvaluationError', () => {
  it('is named, and carries every issue and the result of the valid parts', () => {
    const error = thrown({ ...passingInput, year: 1800, values: { ...passingInput.values, '1.1': -1 } });
    expect(error.name).toBe('EvaluationError');
    expect(error.issues.map((i) => i.code)).toEqual(['year-outside-period', 'negative']);
    expect(error.result.issues).toBe(error.issues);
    expect(error.result.criteria.length).toBeGreaterThan(0);
  });

  it('lists several issues one a line, each with its code, path, expectation and value', () => {
    expect(thrown({ ...passingInput, year: 1800, values: { ...passingInput.values, '1.1': -1 } }).message).toBe(
      'Invalid evaluation input (2 issues):\n' +
        '- year-outside-period at year: expected 2022–2025, received 1800\n' +
        '- negative at values.1.1: expected a percent from 0 to 100, or { numerator, denominator }, received -1',
    );
  });

  it('says "1 issue" for one, and "(input)" for an issue about the whole input', () => {
    expect(thrown('junk').message).toBe(
      'Invalid evaluation input (1 issue):\n- invalid-input at (input): expected an object { values, region?, year?, … }, received "junk"',
    );
  });
});
