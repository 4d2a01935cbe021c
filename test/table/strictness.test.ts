// A province's table and a caller's override follow one rule for "less strict than the
// verified national target": for any value and comparison, the table is refused exactly when
// the override is. Table values here are random TEST DATA, never legal values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTable, commune318, safeEvaluate, type ColumnId, type Comparison, type TableRow } from '../../src/index.js';

const CASES: readonly { code: string; criterion: number; measure: TableRow['measure']; column: ColumnId; region: 'red-river-delta' }[] = [
  { code: '3.1', criterion: 3, measure: 'percent', column: 'all', region: 'red-river-delta' }, // ≥ 80, verified
  { code: '15.3', criterion: 15, measure: 'percent', column: 'red-river-delta', region: 'red-river-delta' }, // ≤ 16.5, verified
];

function tableRefuses(
  code: string,
  criterion: number,
  measure: TableRow['measure'],
  column: ColumnId,
  value: number,
  op: Comparison,
): boolean {
  const { issues } = applyTable(commune318, {
    format: 'ntm-criteria-table/1',
    id: 'test-only-strictness',
    base: commune318.id,
    province: 'vinh-phuc',
    complete: false,
    document: { number: 'TEST-ONLY/2024', signed: null, issuer: 'test' },
    rows: [{ criterion, code, text: { vi: code }, measure, op, cells: { [column]: { value, op } } }],
  });
  expect(issues.every((i) => i.code === 'less-strict')).toBe(true);
  return issues.length > 0;
}

function overrideRefused(code: string, region: 'red-river-delta', value: number, op: Comparison): boolean {
  const { issues } = safeEvaluate(commune318, { region, values: {}, overrides: { [code]: { value, op, by: 'test' } } });
  return issues.some((i) => i.path[0] === 'overrides');
}

describe('a table value and an override are judged by the same strictness rule', () => {
  it.each(CASES.map((c) => [c.code, c] as const))('%s: refused exactly when the override is', (_code, c) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.constantFrom<Comparison>('>=', '<='), (half, op) => {
        const value = half / 2;
        expect(tableRefuses(c.code, c.criterion, c.measure, c.column, value, op)).toBe(overrideRefused(c.code, c.region, value, op));
      }),
      { numRuns: 150 },
    );
  });

  it('the boundary: the national value itself is accepted, the next half-point looser is not', () => {
    expect(tableRefuses('3.1', 3, 'percent', 'all', 80, '>=')).toBe(false);
    expect(tableRefuses('3.1', 3, 'percent', 'all', 79.5, '>=')).toBe(true);
    expect(tableRefuses('15.3', 15, 'percent', 'red-river-delta', 16.5, '<=')).toBe(false);
    expect(tableRefuses('15.3', 15, 'percent', 'red-river-delta', 17, '<=')).toBe(true);
  });
});
