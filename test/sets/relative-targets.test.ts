import { describe, expect, it } from 'vitest';
import {
  communeAdvanced318Amended211,
  communeModel319,
  communeModel691,
  evaluate,
  findIndicator,
  type EvaluationResult,
} from '../../src/index.js';

const indicator = (r: EvaluationResult, code: string) => findIndicator(r, code)!;

describe('relative targets of the model-commune sets', () => {
  it('691/QĐ-TTg 1.2: income at least 1.5 times the income when the commune was recognised NTM', () => {
    const r = evaluate(communeModel691, { values: { '1.2': 67.5 }, references: { incomeAtRecognition: 45 } });
    expect(indicator(r, '1.2')).toMatchObject({
      status: 'met',
      target: 67.5,
      relative: { factor: 1.5, reference: 'incomeAtRecognition', referenceValue: 45 },
    });
    expect(indicator(evaluate(communeModel691, { values: { '1.2': 67 }, references: { incomeAtRecognition: 45 } }), '1.2').status).toBe(
      'not-met',
    );
  });

  it('without the reference value the indicator is missing, never met', () => {
    const r = evaluate(communeModel691, { values: { '1.2': 1000 } });
    expect(indicator(r, '1.2').status).toBe('missing');
    expect(indicator(r, '1.2').reason.code).toBe('indicator.missing-reference');
  });

  it('319/QĐ-TTg KM.2: at least 10% above the advanced-commune income level of the same time', () => {
    const r = evaluate(communeModel319, { year: 2024, values: { 'KM.2': 66 }, references: { advancedCommuneIncomeTarget: 60 } });
    expect(indicator(r, 'KM.2')).toMatchObject({ status: 'met', target: 66 });
  });
});

describe('the example of the amended advanced-commune set', () => {
  it('14.x health insurance ≥95% in the Red River Delta', () => {
    const r = evaluate(communeAdvanced318Amended211, { region: 'red-river-delta', year: 2024, values: { '14.x': 96 } });
    expect(r.criteria[13]!.indicators[0]!).toMatchObject({ code: '14.x', status: 'met', target: 95 });
    expect(r.criteria[13]!.status).toBe('incomplete'); // Annex II rows not all seen
  });
});
