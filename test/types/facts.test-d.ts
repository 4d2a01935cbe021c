import { describe, expectTypeOf, it } from 'vitest';
import {
  type CriteriaSet,
  type CriteriaSetOf,
  type EvaluationInput,
  type FactName,
  type ReferenceName,
  commune318,
  type commune318Amended211,
  communeModel319,
  criteriaSetInForce,
  district558,
  evaluate,
  evaluateAggregate,
  getCriteriaSet,
  type inputSchema,
  tableForm,
  verified,
  type vinhPhucVillageModel,
} from '../../src/index.js';
import type { demoSet } from '../fixtures/demo-set.js';

type Commune318Fact = 'outstandingConstructionDebt' | 'satisfactionRate' | 'schoolCount' | 'securityComplexArea';

// A fact a set's rules read is named in `set.facts`; a name it never reads is refused at run time
// (`unknown-key`), so for a typed set it does not compile either.
describe('fact and reference names are the set’s own at compile time', () => {
  it('knows the names a set declares, and none for a set that declares none', () => {
    expectTypeOf<FactName<typeof commune318>>().toEqualTypeOf<Commune318Fact>();
    expectTypeOf<FactName<typeof commune318Amended211>>().toEqualTypeOf<Commune318Fact>();
    expectTypeOf<FactName<typeof demoSet>>().toEqualTypeOf<'schoolCount' | 'coastal' | 'outstandingConstructionDebt'>();
    expectTypeOf<ReferenceName<typeof demoSet>>().toEqualTypeOf<'incomeAtRecognition'>();
    expectTypeOf<ReferenceName<typeof communeModel319>>().toEqualTypeOf<'advancedCommuneIncomeTarget'>();
    expectTypeOf<FactName<typeof vinhPhucVillageModel>>().toBeNever();
    expectTypeOf<ReferenceName<typeof district558>>().toBeNever();
  });

  it('keeps `string` for a set TypeScript does not know', () => {
    expectTypeOf<FactName<CriteriaSet>>().toEqualTypeOf<string>();
    expectTypeOf<ReferenceName<CriteriaSet>>().toEqualTypeOf<string>();
    expectTypeOf<FactName<CriteriaSetOf<'1'>>>().toEqualTypeOf<string>();
    expectTypeOf<EvaluationInput['facts']>().toEqualTypeOf<{ readonly [name: string]: number | boolean } | undefined>();
    expectTypeOf<EvaluationInput<'1', 'a', 'b'>['facts']>().toEqualTypeOf<{ readonly a?: number | boolean } | undefined>();
    expectTypeOf<EvaluationInput<'1', 'a', 'b'>['references']>().toEqualTypeOf<{ readonly b?: number } | undefined>();
    const loaded: CriteriaSet = commune318;
    evaluate(loaded, { region: 'red-river-delta', values: { '17.99': 1 }, facts: { schoolCout: 3 }, references: { any: 1 } });
  });

  it('accepts the facts a shipped set reads and refuses a misspelt one', () => {
    evaluate(commune318, { region: 'red-river-delta', values: {}, facts: { schoolCount: 3, securityComplexArea: false } });
    // @ts-expect-error 318/QĐ-TTg reads `schoolCount`, not `schoolCout`
    evaluate(commune318, { region: 'red-river-delta', values: {}, facts: { schoolCout: 3 } });
    // @ts-expect-error a fact is a number or a flag
    evaluate(commune318, { region: 'red-river-delta', values: {}, facts: { schoolCount: '3' } });
    // A set that declares no facts takes any name: its rules may read facts it does not declare.
    expectTypeOf<EvaluationInput<'1', FactName<typeof vinhPhucVillageModel>>['facts']>().toEqualTypeOf<EvaluationInput['facts']>();
    const byId = getCriteriaSet('commune-2021-2025+211');
    evaluate(byId, { region: 'red-river-delta', values: {}, facts: { outstandingConstructionDebt: 0 } });
    // @ts-expect-error the amended version reads the base's facts
    evaluate(byId, { region: 'red-river-delta', values: {}, facts: { outstandingDebt: 0 } });
  });

  it('checks reference names the same way', () => {
    evaluate(communeModel319, { values: {}, references: { advancedCommuneIncomeTarget: 70 } });
    // @ts-expect-error 319/QĐ-TTg names its reference advancedCommuneIncomeTarget
    evaluate(communeModel319, { values: {}, references: { advancedIncome: 70 } });
  });

  it('narrows by level: a fact of any version of the level compiles, one of none does not', () => {
    const commune = criteriaSetInForce({ level: 'commune', on: '2024-06-30' });
    expectTypeOf<'schoolCount'>().toExtend<FactName<typeof commune>>();
    // @ts-expect-error no commune set reads a fact `schoolCout`
    evaluate(commune, { region: 'red-river-delta', values: {}, facts: { schoolCout: 3 } });
  });

  it('checks an aggregate’s own facts and its input schema', () => {
    const units = [{ id: 'ho-son', inputs: { commune: { values: { '10': 40 } } } }];
    evaluateAggregate(district558, { year: 2020, values: {}, facts: { registeredInPlan: true }, units });
    // @ts-expect-error 558/QĐ-TTg reads registeredInPlan
    evaluateAggregate(district558, { year: 2020, values: {}, facts: { registered: true }, units });
    type Parsed = ReturnType<ReturnType<typeof inputSchema<typeof commune318>>['parse']>;
    expectTypeOf<keyof NonNullable<Parsed['facts']>>().toEqualTypeOf<Commune318Fact>();
  });

  it('keeps the names a table form declares', () => {
    const { row, criterion, set } = tableForm<'single', 'T1'>('single');
    const village = set({
      id: 'test-village',
      family: 'test-village',
      version: 'TEST-ONLY',
      level: 'village-model',
      title: { vi: 'Thôn thử nghiệm', en: 'Test village' },
      period: { from: null, to: null },
      legalBasis: [{ document: 'TEST-ONLY', role: 'base', title: { vi: 'Thử', en: 'Test' }, signed: null, inForce: null }],
      columnRules: [],
      conditions: [],
      sources: { T1: { what: 'test data, not law' } },
      facts: { coastal: { kind: 'boolean', text: { vi: 'Ven biển', en: 'Coastal' } } },
      criteria: [
        criterion({ id: 'income', number: 1, name: { vi: 'Thu nhập', en: 'Income' }, status: 'verified', sources: ['T1'] }, [
          row(
            { code: '1', measure: 'amount', op: '>=', textStatus: 'verified', text: { vi: 'Thu nhập', en: 'Income' } },
            verified(60, ['T1']),
          ),
        ]),
      ],
    });
    expectTypeOf<FactName<typeof village>>().toEqualTypeOf<'coastal'>();
    expectTypeOf<ReferenceName<typeof village>>().toBeNever();
    evaluate(village, { values: { '1': 61 }, facts: { coastal: true } });
    // @ts-expect-error the test village reads `coastal` only
    evaluate(village, { values: { '1': 61 }, facts: { inland: true } });
  });
});
