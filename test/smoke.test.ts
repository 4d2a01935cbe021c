import { describe, expect, it } from 'vitest';
import { commune1980, evaluate } from '../src/index.js';

describe('smoke', () => {
  it('evaluates income against the Red River Delta column of 1980/QĐ-TTg', () => {
    const r = evaluate(commune1980, { region: 'red-river-delta', year: 2020, values: { '10': 40 } });
    const income = r.criteria.find((c) => c.id === '10')!.indicators[0]!;
    expect(income.status).toBe('not-met');
    expect(income.target).toBe(50);
  });
});
