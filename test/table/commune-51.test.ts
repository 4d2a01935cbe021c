// 51/2025/QĐ-TTg end to end. The provincial tables used here are TEST DATA (document
// "TEST-ONLY/2026", made-up values): they show what a province's complete table does, and are
// not the law of Hà Nội or of any province.
import { describe, expect, it } from 'vitest';
import { applyTable, commune51, evaluate, formatMessage, type CriteriaSet } from '../../src/index.js';
import { passingValues, testOnlyCompleteTable, testOnlyPovertyTable } from './fixtures/test-only-ha-noi-commune-2026.js';

function derived(table: unknown): CriteriaSet {
  const { set, issues } = applyTable(commune51, table);
  expect(issues).toEqual([]);
  return set!;
}

const all = (r: ReturnType<typeof evaluate>) => r.criteria.flatMap((c) => c.indicators);

describe('51/2025/QĐ-TTg with the library’s data alone', () => {
  it('a commune with every known indicator good stays incomplete on every criterion', () => {
    const r = evaluate(commune51, {
      group: 'group-2',
      year: 2026,
      values: { '3.x1': 9, '3.x2': true, '3.x3': true, '6.x1': 0.5, '8.x1': 99, '8.x2': true },
    });
    expect(r.status).toBe('incomplete');
    expect(r.criteria.every((c) => c.status === 'incomplete')).toBe(true);
    expect(r.meetsAllCriteria).toBe(false);
  });

  it('a partial table fills the poverty row, yet criterion 6 stays incomplete (its other rows are unknown)', () => {
    const set = derived(testOnlyPovertyTable);
    const r = evaluate(set, { group: 'group-2', year: 2026, values: { '6.x1': 1.5 } });
    expect(r.criteria[5]!.indicators[0]).toMatchObject({
      status: 'met',
      targetStatus: 'provincial',
      source: { document: 'TEST-ONLY/2026' },
    });
    expect(r.criteria[5]!.status).toBe('incomplete');
    expect(set.criteria[5]!.incompleteIndicators).toEqual(commune51.criteria[5]!.incompleteIndicators);
  });
});

describe('51/2025/QĐ-TTg with a complete provincial table (test-only)', () => {
  const set = derived(testOnlyCompleteTable);

  it('holds the 47 indicators of the test copy, every criterion complete', () => {
    expect(all(evaluate(set, { group: 'group-1', year: 2026, values: {} }))).toHaveLength(47);
    expect(set.criteria.every((c) => c.incompleteIndicators === undefined)).toBe(true);
    expect(set.criteria[5]!.indicators.map((i) => i.code)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5']);
    expect(set.legalBasis.map((d) => d.document)).toEqual(['51/2025/QĐ-TTg', 'TEST-ONLY/2026']);
  });

  it('a commune can be met', () => {
    const r = evaluate(set, { group: 'group-2', year: 2026, values: passingValues() });
    expect(r.status).toBe('met');
    expect(r.metCount).toBe(10);
    expect(r.meetsAllCriteria).toBe(true);
    // Recognition needs more than the criteria (51/2025's recognition conditions are not known).
    expect(r.recognition).toBe('incomplete');
  });

  it('a commune can be not met, with the reason citing the province’s document', () => {
    const r = evaluate(set, { group: 'group-2', year: 2026, values: { ...passingValues(), '6.1': 3 } });
    expect(r.status).toBe('not-met');
    expect(r.notMet).toEqual(['6.1']);
    const poverty = all(r).find((i) => i.code === '6.1')!;
    expect(formatMessage(poverty.reason, 'vi')).toBe('Chưa đạt: 3%, yêu cầu ≤ 2% (xã nhóm 2; TEST-ONLY/2026, chỉ tiêu 6.1).');
  });

  it('missing data stays incomplete, never met', () => {
    const { '8.1': _water, ...values } = passingValues();
    expect(evaluate(set, { group: 'group-2', year: 2026, values }).status).toBe('incomplete');
  });

  it('records where every target came from, and never passes a provincial value as national', () => {
    const r = evaluate(set, { group: 'group-3', year: 2026, values: passingValues() });
    for (const i of all(r)) expect([i.targetStatus, i.source.document]).toEqual(['provincial', 'TEST-ONLY/2026']);
    // No cell of the derived set is verified unless the base has the very same verified cell.
    const baseCells = new Map(
      commune51.criteria.flatMap((c) => c.indicators).flatMap((i) => Object.entries(i.targets).map(([k, t]) => [`${i.code}/${k}`, t])),
    );
    for (const i of set.criteria.flatMap((c) => c.indicators)) {
      for (const [column, cell] of Object.entries(i.targets)) {
        for (const t of Array.isArray(cell) ? cell : [cell]) {
          if (t.status === 'verified') expect(baseCells.get(`${i.code}/${column}`)).toEqual(t);
          else expect(t.ref?.document).toBe('TEST-ONLY/2026');
        }
      }
    }
  });
});
