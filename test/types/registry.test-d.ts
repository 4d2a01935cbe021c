import { describe, expectTypeOf, it } from 'vitest';
import {
  commune318,
  commune318Amended211,
  criteriaSetInForce,
  evaluate,
  getCriteriaSet,
  type CriteriaSet,
  type IndicatorCode,
  type ShippedSetId,
} from '../../src/index.js';

describe('the registry keeps the type of the set it returns', () => {
  it('getCriteriaSet with a literal id returns that set, with its codes', () => {
    const set = getCriteriaSet('commune-2021-2025');
    expectTypeOf(set).toEqualTypeOf<typeof commune318>();
    expectTypeOf(set.id).toEqualTypeOf<'commune-2021-2025'>();
    expectTypeOf(getCriteriaSet('commune-2021-2025+211').id).toEqualTypeOf<typeof commune318Amended211.id>();
    evaluate(set, { region: 'red-river-delta', values: { '17.8': 100 } });
    // @ts-expect-error 318/QĐ-TTg Annex I has no indicator 17.99
    evaluate(set, { region: 'red-river-delta', values: { '17.99': 100 } });
  });

  it('any other string gives a plain CriteriaSet', () => {
    const id: string = 'commune-2021-2025';
    expectTypeOf(getCriteriaSet(id)).toEqualTypeOf<CriteriaSet>();
    // @ts-expect-error a shipped id is one of the manifest's ids
    const wrong: ShippedSetId = 'commune-2021';
    void wrong;
  });

  it('criteriaSetInForce narrows to the sets of the level asked for', () => {
    const district = criteriaSetInForce({ level: 'district', on: '2024-06-30' });
    expectTypeOf(district.level).toEqualTypeOf<'district'>();
    expectTypeOf<'commune-2021-2025'>().not.toMatchTypeOf<typeof district.id>();
    const commune = criteriaSetInForce({ level: 'commune', on: '2024-06-30' });
    expectTypeOf<'commune-2021-2025'>().toMatchTypeOf<typeof commune.id>();
    // A code of any commune version compiles (the version depends on the date); one of none does not.
    expectTypeOf<'17.8'>().toMatchTypeOf<IndicatorCode<typeof commune>>();
    // @ts-expect-error no commune set has an indicator 99.1
    evaluate(commune, { region: 'red-river-delta', values: { '99.1': 1 } });
  });
});
