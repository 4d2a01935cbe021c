import { describe, expectTypeOf, it } from 'vitest';
import {
  type AmendedCriteriaSet,
  type CriteriaSet,
  type CriteriaSetOf,
  type CriterionId,
  type FactName,
  type IndicatorCode,
  type IndicatorResult,
  amendCriteriaSet,
  commune318,
  commune318Amended211,
  commune51,
  createRegistry,
  evaluate,
  findIndicator,
  indicatorsOf,
  tableForm,
  verified,
} from '../../src/index.js';
import { demoSet } from '../fixtures/demo-set.js';

// The generics that carry a set's names from its definition to its results, each pinned.
describe('the generics that carry a set’s names', () => {
  it('defineCriteriaSet keeps id, level, codes, criterion ids and fact names', () => {
    expectTypeOf(demoSet.id).toEqualTypeOf<'demo-commune'>();
    expectTypeOf(demoSet.level).toEqualTypeOf<'commune'>();
    expectTypeOf(demoSet).toExtend<CriteriaSet>();
    expectTypeOf(demoSet).toEqualTypeOf<
      CriteriaSetOf<
        IndicatorCode<typeof demoSet>,
        'demo-commune',
        'commune',
        'schoolCount' | 'coastal' | 'outstandingConstructionDebt',
        'incomeAtRecognition',
        '1' | '2' | '3' | '4'
      >
    >();
  });

  it('CriteriaSetOf defaults every name after the codes to string', () => {
    type Loose = CriteriaSetOf<'1'>;
    expectTypeOf<Loose['id']>().toEqualTypeOf<string>();
    expectTypeOf<CriterionId<Loose>>().toEqualTypeOf<string>();
    expectTypeOf<FactName<Loose>>().toEqualTypeOf<string>();
    expectTypeOf<IndicatorCode<Loose>>().toEqualTypeOf<'1'>();
    expectTypeOf<IndicatorCode<CriteriaSet>>().toEqualTypeOf<string>();
    expectTypeOf<CriterionId<CriteriaSet>>().toEqualTypeOf<string>();
  });

  it('a table form keeps criterion ids through criterion, group and set', () => {
    const { row, criterion, group } = tableForm<'single', 'T1'>('single');
    const income = criterion({ id: 'income', number: 1, name: { vi: 'Thu nhập', en: 'Income' }, status: 'verified', sources: ['T1'] }, [
      row(
        { code: '1.1', measure: 'amount', op: '>=', textStatus: 'verified', text: { vi: 'Thu nhập', en: 'Income' } },
        verified(60, ['T1']),
      ),
    ]);
    expectTypeOf(income.id).toEqualTypeOf<'income'>();
    expectTypeOf(income.indicators[0]!.code).toEqualTypeOf<'1.1'>();
    const grouped = group({ vi: 'Nhóm', en: 'Group' }, [income]);
    expectTypeOf(grouped[0]!.id).toEqualTypeOf<'income'>();
    expectTypeOf<CriterionId<typeof commune51>>().toExtend<string>();
    expectTypeOf<'1'>().toExtend<CriterionId<typeof commune51>>();
  });

  it('amendCriteriaSet keeps the base’s codes, criterion ids and facts under its own id', () => {
    expectTypeOf(commune318Amended211.id).toEqualTypeOf<'commune-2021-2025+211'>();
    expectTypeOf<IndicatorCode<typeof commune318Amended211>>().toEqualTypeOf<IndicatorCode<typeof commune318>>();
    expectTypeOf<CriterionId<typeof commune318Amended211>>().toEqualTypeOf<CriterionId<typeof commune318>>();
    expectTypeOf<FactName<typeof commune318Amended211>>().toEqualTypeOf<FactName<typeof commune318>>();
    const amended = amendCriteriaSet(demoSet, {
      id: 'demo-commune+test',
      version: 'test + TEST-ONLY',
      amendment: { document: 'TEST-ONLY', role: 'amendment', title: { vi: 'Thử', en: 'Test' }, signed: null, inForce: null },
      period: { from: null, to: null },
    });
    expectTypeOf(amended).toEqualTypeOf<AmendedCriteriaSet<typeof demoSet, 'demo-commune+test'>>();
    // @ts-expect-error the amended demo set has the base's codes, and no 9.9
    evaluate(amended, { values: { '9.9': 1 } });
  });

  it('createRegistry returns the sets it was given, with their types', () => {
    const registry = createRegistry([commune318, commune51]);
    expectTypeOf(registry.get('commune-2021-2025')).toEqualTypeOf<typeof commune318 | typeof commune51>();
    expectTypeOf(registry.inForce({ level: 'commune', on: '2024-06-30' }).id).toEqualTypeOf<'commune-2021-2025' | 'commune-2026-2030'>();
    expectTypeOf(createRegistry([commune318 as CriteriaSet]).list()).toEqualTypeOf<readonly CriteriaSet[]>();
  });

  it('findIndicator and indicatorsOf return what the holder holds', () => {
    const result = evaluate(commune318, { region: 'red-river-delta', values: {} });
    type Code318 = IndicatorCode<typeof commune318>;
    expectTypeOf(findIndicator(result, '17.8')).toEqualTypeOf<IndicatorResult<Code318, CriterionId<typeof commune318>> | undefined>();
    expectTypeOf(findIndicator(commune318, '17.8')!.code).toEqualTypeOf<Code318>();
    expectTypeOf(indicatorsOf(result)[0]!.code).toEqualTypeOf<Code318>();
  });
});
