import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/_lib/did-you-mean.js';
import { commune318, resolveProvince, safeEvaluate } from '../../src/index.js';

const codes318 = commune318.criteria.flatMap((c) => c.indicators.map((i) => i.code));

describe('did-you-mean: suggestions from the same criterion first', () => {
  it('"18.1" suggests an indicator of criterion 18, never 1.1', () => {
    expect(codes318).toContain('1.1');
    expect(didYouMean('18.1', codes318)).toBe('18.x');
    expect(didYouMean('17.11', codes318)).toBe('17.1');
    expect(didYouMean('14.1f', codes318)).toMatch(/^14\.1[a-e]$/);
  });

  it('in an evaluation, the issue carries that suggestion', () => {
    const outcome = safeEvaluate(commune318, { region: 'red-river-delta', year: 2023, values: { '18.1': true } });
    expect(outcome.issues.find((i) => i.code === 'unknown-indicator')?.suggestion).toBe('18.x');
  });

  it('a criterion the candidates lack falls back to every candidate; typos still found', () => {
    expect(didYouMean('20.1', ['1.1', '2.1', '19.1'])).toBe('2.1');
    expect(didYouMean('17,8', codes318)).toBe('17.8');
    expect(didYouMean(' 17. 8 ', codes318)).toBe('17.8');
    expect(didYouMean('schoolCont', ['schoolCount', 'incomeAtRecognition'])).toBe('schoolCount');
    expect(didYouMean('zzzz', codes318)).toBeUndefined();
  });

  it('province names: diacritics, case and spacing never stop a match; a near miss is suggested', () => {
    for (const name of ['Phu Tho', 'PHÚ THỌ', 'phu-tho', 'Phú  Thọ', 'phutho']) {
      expect(resolveProvince(name, { year: 2024 })).toMatchObject({ ok: true, key: 'phu-tho' });
    }
    const outcome = safeEvaluate(commune318, { province: 'Vinh Phuk', year: 2023, values: {} });
    expect(outcome.issues.find((i) => i.code === 'unknown-province')).toMatchObject({ path: ['province'], suggestion: 'vinh-phuc' });
  });
});
