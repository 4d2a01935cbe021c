// The table form at compile time: a row takes exactly as many cells as its decree has
// columns, a source id must be in the source list, and the set keeps its codes as literals.
import { describe, expectTypeOf, it } from 'vitest';
import { tableForm, unverified, verified, same, each, type IndicatorCode } from '../../src/index.js';
import { regions, groups, single } from '../../rules/table.js';

const head = {
  code: '1.1',
  measure: 'percent',
  op: '>=',
  textStatus: 'verified',
  text: { vi: 'Chỉ tiêu thử', en: 'Test indicator' },
} as const;
const c = verified(90, ['S01']);

describe('a row has one cell per column of its decree', () => {
  it('takes 7 cells for the regions, 3 for the groups, one for a single column', () => {
    regions.row(head, [c, c, c, c, c, c, c]);
    regions.row(head, [c, null, c, c, c, null, c]);
    groups.row(head, [c, c, c]);
    single.row(head, c);
    regions.row(head, same(c));
    groups.row(head, each(c));
  });

  it('refuses a wrong number of cells', () => {
    // @ts-expect-error six cells for seven regions
    regions.row(head, [c, c, c, c, c, c]);
    // @ts-expect-error eight cells for seven regions
    regions.row(head, [c, c, c, c, c, c, c, c]);
    // @ts-expect-error two cells for three commune groups
    groups.row(head, [c, c]);
    // @ts-expect-error a single-column table takes one cell, not a tuple
    single.row(head, [c, c]);
  });

  it('refuses a source id the source list does not have', () => {
    // @ts-expect-error S999 is not in rules/sources.ts
    regions.row(head, same(verified(90, ['S999'])));
    // @ts-expect-error a misspelt id in a criterion
    single.criterion({ id: '1', number: 1, name: { vi: 'A', en: 'A' }, status: 'verified', sources: ['S0l'] }, []);
  });

  it('refuses a value on a cell that is not verified', () => {
    // @ts-expect-error unverified cells take a status, never a value
    unverified(90, []);
    // @ts-expect-error 'verified' is not a status of an unverified cell
    unverified('verified', []);
  });
});

describe('a set written as a table keeps its indicator codes', () => {
  it('knows its codes as literal types', () => {
    const S1 = { what: 'Test data: Decision 1/QĐ-UBND of a made-up province' };
    const form = tableForm<'single', 'S1'>('single');
    const set = form.set({
      id: 'test-table',
      family: 'test-table',
      version: '1',
      level: 'village-model',
      title: { vi: 'Bộ thử', en: 'Test set' },
      period: { from: null, to: null },
      legalBasis: [
        { document: '1/QĐ-UBND', role: 'base', title: { vi: 'Quyết định thử', en: 'Test decision' }, signed: null, inForce: null },
      ],
      columnRules: [],
      conditions: [],
      sources: { S1 },
      criteria: [
        form.criterion({ id: '1', number: 1, name: { vi: 'A', en: 'A' }, status: 'verified', sources: ['S1'] }, [
          form.row({ ...head, code: '1.1' }, verified(1, ['S1'])),
          form.row({ ...head, code: '1.2' }, verified(1, ['S1'])),
        ]),
      ],
    });
    expectTypeOf<IndicatorCode<typeof set>>().toEqualTypeOf<'1.1' | '1.2'>();
  });
});
