// Which kind of unit a level is awarded to (src/evaluate/unit-kind.ts), for every level: an
// aggregate's unit shares count units of that kind.
import { describe, expect, it } from 'vitest';
import { LEVELS, type Level, type UnitKind, unitKindOf } from '../../src/index.js';

describe('unitKindOf', () => {
  it('gives each level the kind of unit it is awarded to, and none for a province', () => {
    const expected: Record<Level, UnitKind | null> = {
      commune: 'commune',
      'commune-advanced': 'commune',
      'commune-model': 'commune',
      district: 'district',
      'district-advanced': 'district',
      town: 'town',
      'village-model': 'village',
      province: null,
    };
    expect(Object.keys(expected).sort()).toEqual([...LEVELS].sort());
    for (const level of LEVELS) expect(unitKindOf(level), level).toBe(expected[level]);
  });
});
