import { describe, expect, it } from 'vitest';
import { columnFor, commune318, evaluate, safeEvaluate } from '../../src/index.js';
import { demoSet, passingInput, valuesElsewhere } from '../fixtures/demo-set.js';
import { indicator } from './helpers.js';

describe('which column applies', () => {
  it('the caller names the region', () => {
    expect(columnFor(demoSet, { region: 'mekong-delta' })).toMatchObject({ column: 'mekong-delta', rule: 'caller', status: 'verified' });
  });

  it("the province's region by default (an inferred rule: its status says so)", () => {
    expect(columnFor(demoSet, { province: 'can-tho' })).toMatchObject({ column: 'mekong-delta', rule: 'province', status: 'recalled' });
  });

  it('an explicit region wins over the province (a merged province can span two regions)', () => {
    expect(columnFor(demoSet, { province: 'can-tho', region: 'southeast' }).column).toBe('southeast');
  });

  it("a decree's exception wins over the region, and the result records the rule", () => {
    const r = evaluate(demoSet, { ...passingInput, communeCategories: ['hardship'], values: { ...valuesElsewhere, '1.1': 86 } });
    expect(r.column).toMatchObject({ column: 'northern-midlands-mountains', rule: 'test.hardship' });
    expect(indicator(r, '1.1')).toMatchObject({ status: 'met', target: 85 });
  });

  it('318/QĐ-TTg Art. 1: an extremely disadvantaged commune of Vĩnh Phúc uses the northern-mountain targets', () => {
    const choice = columnFor(commune318, { province: 'vinh-phuc', communeCategories: ['extremely-disadvantaged'] });
    expect(choice).toMatchObject({ column: 'northern-midlands-mountains', rule: '318.art1', status: 'verified' });
  });

  it('no region or province: a missing-column issue, per-column indicators are missing, uniform ones still evaluated', () => {
    const { region: _, ...rest } = passingInput;
    const safe = safeEvaluate(demoSet, rest);
    expect(safe.issues.map((i) => i.code)).toEqual(['missing-column']);
    expect(indicator(safe.result, '1.1').reason.code).toBe('indicator.missing-column');
    expect(indicator(safe.result, '1.2').status).toBe('met');
    expect(safe.result.column.column).toBeNull();
  });
});
