import { describe, expect, it } from 'vitest';
import { evaluate, EvaluationError, safeEvaluate, formatMessage } from '../../src/index.js';
import { demoSet, passingInput, valuesElsewhere } from '../fixtures/demo-set.js';
import { criterion, indicator } from './helpers.js';

describe('statuses', () => {
  it('a complete, passing input is met: every criterion, every indicator', () => {
    const r = evaluate(demoSet, passingInput);
    expect(r.status).toBe('met');
    expect(r.meetsAllCriteria).toBe(true);
    expect(r.metCount).toBe(4);
    expect(r.total).toBe(4);
    expect(r.missing).toEqual([]);
    expect(r.notMet).toEqual([]);
    expect(r.recognition).toBe('met');
    expect(r.setId).toBe('demo-commune');
    expect(r.version).toBe('test');
    expect(r.column).toMatchObject({ column: 'red-river-delta', rule: 'caller' });
  });

  it('not-applicable: a fact rules the indicator out; it does not count against the criterion', () => {
    const r = evaluate(demoSet, passingInput);
    const i = indicator(r, '4.3');
    expect(i.status).toBe('not-applicable');
    expect(i.reason.code).toBe('indicator.not-applicable');
    expect(criterion(r, '4').status).toBe('met');
  });

  it('not-applicable outside the columns where an indicator exists; a value given for it is an issue, never silently used', () => {
    const r = evaluate(demoSet, { ...passingInput, region: 'mekong-delta', values: { ...valuesElsewhere, '1.1': 98 } });
    expect(indicator(r, '4.4').status).toBe('not-applicable');
    const given = safeEvaluate(demoSet, { ...passingInput, region: 'mekong-delta', values: { ...passingInput.values, '1.1': 98 } });
    expect(given.issues.map((i) => [i.code, i.path])).toEqual([['not-applicable-value', ['values', '4.4']]]);
    expect(indicator(given.result, '4.4').status).toBe('not-applicable');
  });

  it('missing data makes the criterion and the set incomplete, never met', () => {
    const { '1.2': _, ...values } = passingInput.values;
    const r = evaluate(demoSet, { ...passingInput, values });
    expect(indicator(r, '1.2').status).toBe('missing');
    expect(indicator(r, '1.2').reason.code).toBe('indicator.missing-value');
    expect(criterion(r, '1').status).toBe('incomplete');
    expect(r.status).toBe('incomplete');
    expect(r.meetsAllCriteria).toBe(false);
    expect(r.missing).toEqual(['1.2']);
    expect(r.metCount).toBe(3);
  });

  it('a set with one not-met is not-met even when other values are missing', () => {
    const r = evaluate(demoSet, { ...passingInput, values: { '2': false } });
    expect(r.status).toBe('not-met');
    expect(r.notMet).toEqual(['2']);
    expect(r.missing.length).toBeGreaterThan(0);
  });

  it.each([
    ['north-central', 'provincial', [{ value: 90, province: 'Nghệ An', sources: ['T1'] }]],
    [
      'south-central-coast',
      'conflict',
      [
        { value: 90, sources: ['T1'] },
        { value: 92, sources: ['T1'] },
      ],
    ],
    ['central-highlands', 'recalled', undefined],
    ['southeast', 'not-found', undefined],
  ] as const)('an unverified target (%s: %s) is unknown-target, never met, and keeps its candidates', (region, status, candidates) => {
    const r = evaluate(demoSet, { ...passingInput, region, values: { ...valuesElsewhere, '1.1': 100 } });
    const i = indicator(r, '1.1');
    expect(i.status).toBe('unknown-target');
    expect(i.targetStatus).toBe(status);
    expect(i.target).toBeNull();
    expect(i.candidates).toEqual(candidates);
    expect(r.unknownTargets).toEqual(['1.1']);
    expect(r.status).toBe('incomplete');
    if (candidates?.[0] && 'province' in candidates[0]) expect(formatMessage(i.reason, 'vi')).toContain('Nghệ An');
  });

  it('recognition is separate from meeting the criteria', () => {
    const r = evaluate(demoSet, { ...passingInput, facts: { ...passingInput.facts, outstandingConstructionDebt: 120 } });
    expect(r.meetsAllCriteria).toBe(true);
    expect(r.recognition).toBe('not-met');
    expect(r.conditions[0]).toMatchObject({ id: 'noDebt', purpose: 'recognition', status: 'not-met' });
  });

  it('every reason is data ({ code, params, actual }) that formatMessage renders in Vietnamese and English', () => {
    const r = evaluate(demoSet, { ...passingInput, values: { ...passingInput.values, '3': 49.5 } });
    const i = indicator(r, '3');
    expect(i.reason).toEqual({
      code: 'indicator.not-met',
      params: { indicator: '3', measure: 'amount', target: 50, op: '>=', column: 'red-river-delta', source: i.source, unit: i.unit },
      actual: 49.5,
    });
    // The params do not depend on the value: one object serves every unit judged in the column.
    const other = indicator(evaluate(demoSet, { ...passingInput, values: { ...passingInput.values, '3': 51 } }), '3');
    expect(other.reason).toMatchObject({ code: 'indicator.met', actual: 51 });
    expect(other.reason.params).toBe(i.reason.params);
    expect(Object.isFrozen(i.reason.params)).toBe(true);
    expect(JSON.parse(JSON.stringify(i.reason))).toEqual(i.reason);
    expect(formatMessage(i.reason, 'vi')).toBe(
      'Chưa đạt: 49,5 triệu đồng/người/năm, yêu cầu ≥ 50 triệu đồng/người/năm (vùng Đồng bằng sông Hồng; 1/QĐ-TEST Phụ lục I, chỉ tiêu 3).',
    );
    expect(formatMessage(i.reason, 'en')).toBe(
      'Not met: 49.5 million VND/person/year, required ≥ 50 million VND/person/year (Red River Delta column; 1/QĐ-TEST Annex I, indicator 3).',
    );
    expect(i.source).toEqual({ document: '1/QĐ-TEST', annex: 'Phụ lục I', row: '3', sources: ['T1'] });
  });

  it('evaluate throws one EvaluationError listing every issue; safeEvaluate returns them', () => {
    const bad = { ...passingInput, values: { ...passingInput.values, '1.1': 120, '9.9': 1 } };
    expect(() => evaluate(demoSet, bad as never)).toThrow(EvaluationError);
    try {
      evaluate(demoSet, bad as never);
    } catch (e) {
      const error = e as EvaluationError;
      expect(error.issues.map((i) => i.code)).toEqual(['percent-over-100', 'unknown-indicator']);
      expect(error.result.criteria.length).toBe(4);
    }
    const safe = safeEvaluate(demoSet, bad);
    expect(safe.success).toBe(false);
    expect(safe.issues.map((i) => i.code).sort()).toEqual(['percent-over-100', 'unknown-indicator']);
    // The valid values beside the bad ones are still evaluated.
    expect(indicator(safe.result, '1.2').status).toBe('met');
    expect(indicator(safe.result, '1.1').reason.code).toBe('indicator.invalid-value');
  });
});

describe('facts and references a set does not read', () => {
  it('are reported with a did-you-mean, and the rest is still evaluated', () => {
    const safe = safeEvaluate(demoSet, { ...passingInput, facts: { ...passingInput.facts, schoolCont: 4 } });
    expect(safe.issues).toHaveLength(1);
    expect(safe.issues[0]).toMatchObject({ code: 'unknown-key', path: ['facts', 'schoolCont'], suggestion: 'schoolCount' });
    expect(indicator(safe.result, '4.2').status).toBe('met');
  });
});
