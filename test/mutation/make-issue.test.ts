// An input issue as data (src/evaluate/make-issue.ts): only the fields it has, and the key or
// value its message quotes clipped past 60 characters, seen through `safeEvaluate`. The demo set
// is TEST-ONLY (not law).
import { describe, expect, it } from 'vitest';
import { formatMessage, safeEvaluate } from '../../src/index.js';
import { demoSet, passingInput } from '../fixtures/demo-set.js';

const issuesOf = (values: Record<string, unknown>) =>
  safeEvaluate(demoSet, { ...passingInput, values: { ...passingInput.values, ...values } }).issues;

describe('issue', () => {
  it('an issue without a likely intended value has no suggestion field, in itself or its params', () => {
    const [unknown] = issuesOf({ zz: 1 });
    expect(Object.keys(unknown!).sort()).toEqual(['code', 'expected', 'params', 'path', 'received']);
    expect(Object.keys(unknown!.params).sort()).toEqual(['expects', 'path', 'received']);
  });

  it('an issue with a likely intended value carries it in itself and its params', () => {
    const [asString] = issuesOf({ '1.1': '95' });
    expect(asString).toMatchObject({ code: 'number-as-string', suggestion: '95', params: { suggestion: '95' } });
  });

  it('a path of 60 characters is quoted whole, one of 61 is clipped to 60 and an ellipsis', () => {
    const sixty = 'k'.repeat(53); // "values." and 53 characters
    const [whole] = issuesOf({ [sixty]: 1 });
    expect(whole!.params.path).toBe(`values.${sixty}`);
    expect(formatMessage(whole!, 'en')).toContain(`(at values.${sixty}).`);
    const [clipped] = issuesOf({ [`${sixty}x`]: 1 });
    expect(clipped!.params.path).toBe(`values.${sixty}…`);
    expect(clipped!.path).toEqual(['values', `${sixty}x`]);
  });
});
