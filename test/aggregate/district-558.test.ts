import { describe, expect, it } from 'vitest';
import {
  commune1980,
  district558,
  evaluate,
  evaluateAggregate,
  EvaluationError,
  safeEvaluateAggregate,
  type AggregateUnit,
  type EvaluationResult,
  formatMessage,
} from '../../src/index.js';
import { failing, passing, testCommune, testCommuneOld } from '../fixtures/unit-sets.js';
import { DISTRICT_558_OWN } from '../fixtures/district-558-own.js';

const OWN = { ...DISTRICT_558_OWN };

const communes = (...inputs: (typeof passing | typeof failing | undefined)[]): AggregateUnit[] =>
  inputs.map((input, i) => ({ id: `c${i + 1}`, ...(input ? { input } : {}) }));

const condition = (r: EvaluationResult, id: string) => r.conditions.find((c) => c.id === id)!;

describe('558/QĐ-TTg: 100% of communes meet the commune set in force', () => {
  it('is met, and the district recognisable, when every commune meets it and the other conditions hold', () => {
    const r = evaluateAggregate(district558, { ...OWN, units: communes(passing, passing, passing), unitSets: { commune: testCommune } });
    expect(condition(r, 'allCommunesNTM')).toMatchObject({ status: 'met', purpose: 'recognition' });
    expect(r.meetsAllCriteria).toBe(true);
    expect(r.recognition).toBe('met');
    expect(r.recognisable).toBe(true);
  });

  it('names the commune that fails; the district still meets all its criteria but is not recognisable', () => {
    const r = evaluateAggregate(district558, { ...OWN, units: communes(passing, failing, passing), unitSets: { commune: testCommune } });
    expect(condition(r, 'allCommunesNTM')).toMatchObject({ status: 'not-met', failingUnits: ['c2'] });
    expect(r.meetsAllCriteria).toBe(true);
    expect(r.recognisable).toBe(false);
    expect(r.units.find((u) => u.id === 'c2')!.standings[0]).toMatchObject({
      level: 'commune',
      verdict: 'not-met',
      basis: 'evaluated',
      setId: 'test-commune',
    });
  });

  it('is undecided (incomplete) when a commune has no data, and says which', () => {
    const r = evaluateAggregate(district558, { ...OWN, units: communes(passing, undefined), unitSets: { commune: testCommune } });
    expect(condition(r, 'allCommunesNTM')).toMatchObject({ status: 'incomplete', undecidedUnits: ['c2'], failingUnits: [] });
    expect(r.recognition).toBe('incomplete');
    expect(r.units[1]!.standings[0]!.basis).toBe('no-data');
  });

  it('does not count a commune recognised under an older set: its stored result is stale', () => {
    const old = evaluate(testCommuneOld, passing); // met, but under another set
    const current = evaluate(testCommune, passing);
    const r = evaluateAggregate(district558, {
      ...OWN,
      units: [
        { id: 'old', results: { commune: old } },
        { id: 'current', results: { commune: current } },
      ],
      unitSets: { commune: testCommune },
    });
    const [stale, given] = r.units.map((u) => u.standings[0]!);
    expect(stale).toMatchObject({ basis: 'stale', verdict: 'incomplete', setId: 'test-commune-old' });
    expect(given).toMatchObject({ basis: 'given', verdict: 'met' });
    expect(condition(r, 'allCommunesNTM')).toMatchObject({ status: 'incomplete', undecidedUnits: ['old'] });
  });

  it('prefers the data for a level to a stored result for it, and a stored result for a level to the one-record input', () => {
    const stored = evaluate(testCommune, passing);
    const r = evaluateAggregate(district558, {
      ...OWN,
      units: [
        { id: 'c1', inputs: { commune: failing }, results: { commune: stored } },
        { id: 'c2', input: failing, results: { commune: stored } },
      ],
      unitSets: { commune: testCommune },
    });
    expect(r.units[0]!.standings[0]).toMatchObject({ basis: 'evaluated', verdict: 'not-met' });
    expect(r.units[1]!.standings[0]).toMatchObject({ basis: 'given', verdict: 'met' });
  });

  it('reports outstanding construction debt and a missing registration as recognition conditions of 2540/QĐ-TTg', () => {
    const units = communes(passing, passing);
    const debt = evaluateAggregate(district558, {
      ...OWN,
      facts: { registeredInPlan: true, outstandingConstructionDebt: 120 },
      units,
      unitSets: { commune: testCommune },
    });
    expect(condition(debt, 'noDebt')).toMatchObject({ status: 'not-met', purpose: 'recognition' });
    expect(debt.meetsAllCriteria).toBe(true);
    expect(debt.recognition).toBe('not-met');
    const unregistered = evaluateAggregate(district558, {
      ...OWN,
      facts: { outstandingConstructionDebt: 0 },
      units,
      unitSets: { commune: testCommune },
    });
    expect(condition(unregistered, 'registered').status).toBe('incomplete');
    expect(unregistered.recognition).toBe('incomplete');
  });

  it("judges communes in the district's column unless a commune names its own", () => {
    const r = evaluateAggregate(
      district558,
      {
        ...OWN,
        units: [
          { id: 'delta', input: { values: { '10': 40 } } },
          { id: 'mountain', input: { region: 'northern-midlands-mountains', values: { '10': 40 } } },
        ],
        unitSets: { commune: commune1980 },
      },
      { keep: 'results' },
    );
    const income = (i: number) => r.units[i]!.standings[0]!.result!.criteria.find((c) => c.id === '10')!.indicators[0]!;
    expect(income(0)).toMatchObject({ target: 50, status: 'not-met' });
    expect(income(1)).toMatchObject({ target: 36, status: 'met' });
    expect(r.units[0]!.standings[0]!.result!.year).toBe(2020); // inherited
  });

  it("lists the units' input issues under their path, and throws them at once", () => {
    const input = { ...OWN, units: [{ id: 'bad', input: { values: { '10': -5 } } }], unitSets: { commune: commune1980 } };
    const safe = safeEvaluateAggregate(district558, input);
    expect(safe.success).toBe(false);
    expect(safe.issues[0]).toMatchObject({ code: 'negative', path: ['units', 0, 'input', 'values', '10'] });
    expect(safe.result.issues[0]!.params.within).toEqual({ unit: 'bad', set: 'commune-2016-2020' });
    expect(formatMessage(safe.issues[0]!, 'en').startsWith('bad (commune-2016-2020): ')).toBe(true);
    expect(() => evaluateAggregate(district558, input)).toThrow(EvaluationError);
  });

  it('without a set for the units, every commune is undecided and the reason says what is needed', () => {
    const r = evaluateAggregate(district558, { ...OWN, units: communes(passing) });
    expect(r.units[0]!.standings[0]).toMatchObject({ basis: 'no-data', setId: null, verdict: 'incomplete' });
    expect(formatMessage(r.units[0]!.standings[0]!.reason, 'en')).toContain('unitSets');
  });
});
