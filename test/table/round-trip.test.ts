import { describe, expect, it } from 'vitest';
import { applyTable, commune51, criteriaTable, listCriteriaSets, type CriteriaSet } from '../../src/index.js';
import { testOnlyCompleteTable, testOnlyPovertyTable, testOnlyVillageTable } from './fixtures/test-only-ha-noi-commune-2026.js';

/** A table as it comes back from a file: plain JSON. */
const viaJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

function derived(base: CriteriaSet | null, table: unknown): CriteriaSet {
  const { set, issues } = applyTable(base, table);
  expect(issues).toEqual([]);
  return set!;
}

describe('set → table → set', () => {
  const sets = listCriteriaSets();

  it.each(sets.map((s) => [s.id, s] as const))('%s comes back deep-equal from its own table (through JSON)', (_id, set) => {
    const back = derived(set, viaJson(criteriaTable(set)));
    expect(back).toStrictEqual(set);
  });

  it('covers every shipped set, each with rows where it has indicators', () => {
    expect(sets.length).toBeGreaterThanOrEqual(20);
    for (const set of sets) {
      const count = set.criteria.reduce((n, c) => n + c.indicators.length, 0);
      expect(criteriaTable(set).rows).toHaveLength(count);
    }
  });

  it.each([
    ['a partial provincial table', testOnlyPovertyTable],
    ['a complete provincial table', testOnlyCompleteTable],
  ])('a set derived from %s comes back deep-equal from its own table', (_name, table) => {
    const set = derived(commune51, table);
    expect(derived(set, viaJson(criteriaTable(set)))).toStrictEqual(set);
  });

  it('a whole provincial set (no base) comes back deep-equal from its own table', () => {
    const set = derived(null, testOnlyVillageTable);
    expect(derived(set, viaJson(criteriaTable(set)))).toStrictEqual(set);
  });

  it('a set derived twice (a table over a derived set) keeps the first table and adds the second', () => {
    const first = derived(commune51, testOnlyPovertyTable);
    const second = derived(first, {
      ...testOnlyPovertyTable,
      id: 'test-only-ha-noi-poverty-2',
      base: first.id,
      document: { number: 'TEST-ONLY/2027', signed: '2027-01-05', issuer: 'UBND thành phố Hà Nội (dữ liệu thử nghiệm)' },
      rows: [{ ...testOnlyPovertyTable.rows[0]!, cells: { 'group-1': 0.5 } }],
    });
    expect(second.legalBasis.map((d) => d.document)).toEqual(['51/2025/QĐ-TTg', 'TEST-ONLY/2026', 'TEST-ONLY/2027']);
    const cells = second.criteria[5]!.indicators[0]!.targets;
    expect(cells['group-1']).toMatchObject({
      status: 'provincial',
      value: 0.5,
      ref: { document: 'TEST-ONLY/2027' },
      replaces: { status: 'not-found', value: null },
    });
    expect(cells['group-2']).toMatchObject({ status: 'provincial', value: 2, ref: { document: 'TEST-ONLY/2026' } });
    expect(derived(second, viaJson(criteriaTable(second)))).toStrictEqual(second);
  });
});

describe('criteriaTable', () => {
  it('marks every unknown cell with its status and what is known', () => {
    const table = criteriaTable(listCriteriaSets().find((s) => s.id === 'commune-2021-2025')!);
    const cases = table.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => (Array.isArray(c) ? c : [c])));
    const unknown = cases.filter((c) => typeof c === 'object' && c.value === null);
    expect(unknown.length).toBeGreaterThan(100);
    for (const c of unknown) expect(typeof c === 'object' && c.status !== undefined && c.status !== 'verified').toBe(true);
    expect(unknown.some((c) => typeof c === 'object' && (c.candidates?.length ?? 0) > 0)).toBe(true);
  });

  it('lays a row out as the spreadsheet does, cells in the decree’s column order', () => {
    const table = criteriaTable(commune51);
    expect(table).toMatchObject({ format: 'ntm-criteria-table/1', id: 'commune-2026-2030', base: 'commune-2026-2030', complete: false });
    expect(table.document).toMatchObject({ number: '51/2025/QĐ-TTg', signed: '2025-12-29', issuer: 'Thủ tướng Chính phủ' });
    const row = table.rows.find((r) => r.code === '6.x1')!;
    expect(row).toMatchObject({ criterion: 6, criterionName: { vi: 'Giảm nghèo và an sinh xã hội' }, measure: 'percent', op: '<=' });
    expect(Object.keys(row.cells)).toEqual(['group-1', 'group-2', 'group-3']);
    expect(row.cells['group-1']).toEqual({ value: null, op: '<=', status: 'not-found', sources: [] });
  });

  it('names a criterion whose number was not seen by its id', () => {
    const set = listCriteriaSets().find((s) => s.criteria.some((c) => c.number === null))!;
    const table = criteriaTable(set);
    expect(table.rows.some((r) => typeof r.criterion === 'string')).toBe(true);
  });
});
