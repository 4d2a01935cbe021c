import { describe, expect, it } from 'vitest';
import { commune1980, commune318, communeModel319, defineCriteriaSet, evaluate, formatMessage } from '../../src/index.js';
import { testCommune } from '../fixtures/unit-sets.js';

// A one-flag set carrying the real recognition conditions of 2540/QĐ-TTg (from 1980/QĐ-TTg),
// so that "meets all criteria" can be true while recognition is decided by the conditions.
const with2540 = defineCriteriaSet({ ...testCommune, id: 'test-2540', conditions: commune1980.conditions });
const with18 = defineCriteriaSet({ ...testCommune, id: 'test-18-2022', conditions: commune318.conditions });

const byId = (r: ReturnType<typeof evaluate>, id: string) => r.conditions.find((c) => c.id === id)!;

describe('meeting all criteria (đạt chuẩn) is not recognition (đủ điều kiện công nhận)', () => {
  it('2540/QĐ-TTg: registered in the plan and no outstanding construction debt are recognition conditions', () => {
    for (const id of ['registered', 'allCriteria', 'noDebt']) {
      expect(byId(evaluate(with2540, { values: {} }), id)).toMatchObject({ purpose: 'recognition', verification: 'verified' });
    }
    expect(commune1980.conditions.find((c) => c.id === 'noDebt')!.document).toBe('2540/QĐ-TTg');

    const clean = evaluate(with2540, { values: { ok: true }, facts: { registeredInPlan: true, outstandingConstructionDebt: 0 } });
    expect([clean.meetsAllCriteria, clean.recognition, clean.recognisable]).toEqual([true, 'met', true]);

    const indebted = evaluate(with2540, { values: { ok: true }, facts: { registeredInPlan: true, outstandingConstructionDebt: 350 } });
    expect([indebted.meetsAllCriteria, indebted.recognition, indebted.recognisable]).toEqual([true, 'not-met', false]);
    // The test set names no facts, so the message shows the fact's id.
    expect(formatMessage(byId(indebted, 'noDebt').reason, 'en')).toBe('Not met: outstandingConstructionDebt = 350, needs ≤ 0.');

    const unregistered = evaluate(with2540, { values: { ok: true }, facts: { registeredInPlan: false, outstandingConstructionDebt: 0 } });
    expect(byId(unregistered, 'registered').status).toBe('not-met');
    expect(unregistered.recognisable).toBe(false);

    const unknown = evaluate(with2540, { values: { ok: true } });
    expect([unknown.meetsAllCriteria, unknown.recognition]).toEqual([true, 'incomplete']);
  });

  it('a unit not meeting the criteria is never recognisable, whatever the facts', () => {
    const r = evaluate(with2540, { values: { ok: false }, facts: { registeredInPlan: true, outstandingConstructionDebt: 0 } });
    expect([r.meetsAllCriteria, r.recognition, r.recognisable]).toEqual([false, 'not-met', false]);
  });

  it('18/2022/QĐ-TTg: no debt, not a complex security area, satisfaction (threshold unknown)', () => {
    for (const set of [commune318, communeModel319]) {
      const ids = set.conditions.filter((c) => c.purpose === 'recognition').map((c) => c.id);
      expect(ids).toEqual(expect.arrayContaining(['r18.noDebt', 'r18.security', 'r18.satisfaction']));
    }
    const ok = evaluate(with18, {
      values: { ok: true },
      facts: { outstandingConstructionDebt: 0, securityComplexArea: false, satisfactionRate: 95 },
    });
    expect(byId(ok, 'r18.noDebt')).toMatchObject({ status: 'met', purpose: 'recognition' });
    expect(byId(ok, 'r18.security').status).toBe('met');
    // The satisfaction threshold for communes was not found: it can never be decided here.
    expect(byId(ok, 'r18.satisfaction')).toMatchObject({ status: 'unknown-target', verification: 'not-found' });
    expect(ok.meetsAllCriteria).toBe(true);
    expect(ok.recognition).toBe('incomplete');

    const complex = evaluate(with18, { values: { ok: true }, facts: { outstandingConstructionDebt: 0, securityComplexArea: true } });
    expect(byId(complex, 'r18.security').status).toBe('not-met');
    expect(complex.recognition).toBe('not-met');
  });
});
