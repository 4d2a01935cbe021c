import { describe, expect, it } from 'vitest';
import { evaluate, safeEvaluate, formatMessage } from '../../src/index.js';
import { demoSet, passingInput, valuesElsewhere } from '../fixtures/demo-set.js';
import { indicator } from './helpers.js';

describe('overrides', () => {
  it('supply an unknown target, and the result records who set it', () => {
    const r = evaluate(demoSet, {
      ...passingInput,
      region: 'southeast',
      values: { ...valuesElsewhere, '1.1': 91 },
      overrides: { '1.1': { value: 90, by: 'UBND tỉnh Đồng Nai', source: 'QĐ 1/2024/QĐ-UBND' } },
    });
    const i = indicator(r, '1.1');
    expect(i.status).toBe('met');
    expect(i.target).toBe(90);
    expect(i.targetStatus).toBe('override');
    expect(i.override).toMatchObject({ code: '1.1', value: 90, by: 'UBND tỉnh Đồng Nai', replaced: null });
    expect(r.overrides).toEqual([i.override]);
    expect(formatMessage(i.reason, 'vi')).toContain('UBND tỉnh Đồng Nai');
  });

  it('a stricter provincial value replaces a verified one', () => {
    const r = evaluate(demoSet, {
      ...passingInput,
      values: { ...passingInput.values, '1.1': 96 },
      overrides: { '1.1': { value: 98, by: 'UBND tỉnh Vĩnh Phúc' } },
    });
    expect(indicator(r, '1.1')).toMatchObject({ status: 'not-met', target: 98, targetStatus: 'override' });
    expect(r.overrides[0]!.replaced).toBe(95);
  });

  it('a less strict value is refused with an issue, and the verified target is kept', () => {
    const safe = safeEvaluate(demoSet, {
      ...passingInput,
      values: { ...passingInput.values, '1.1': 92 },
      overrides: { '1.1': { value: 90, by: 'someone' } },
    });
    expect(safe.issues.map((i) => i.code)).toEqual(['override-less-strict']);
    expect(indicator(safe.result, '1.1')).toMatchObject({ status: 'not-met', target: 95, targetStatus: 'verified' });
    expect(safe.result.overrides).toEqual([]);
  });

  it('a ceiling: a lower value is stricter', () => {
    const r = evaluate(demoSet, { ...passingInput, overrides: { '1.2': { value: 1, by: 'province' } } });
    expect(indicator(r, '1.2')).toMatchObject({ status: 'not-met', target: 1 });
  });

  it('an override without `by` is invalid', () => {
    const safe = safeEvaluate(demoSet, { ...passingInput, overrides: { '1.1': { value: 99 } } });
    expect(safe.issues[0]).toMatchObject({ code: 'invalid-override', path: ['overrides', '1.1', 'by'] });
  });
});
