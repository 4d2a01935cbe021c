import { describe, expect, it } from 'vitest';
import { findIndicator, type ColumnId, type CriteriaSet, type Target } from '../../src/engine.js';

/** What the reference says of one set (written by scripts/golden-from-reference.py). */
export interface Golden {
  readonly level: string;
  readonly columns: string;
  readonly criteria: readonly { readonly number: number | null; readonly codes: readonly string[] }[];
  /** [code, column, status, value (verified only), op] for every target cell of the reference. */
  readonly cells: readonly (readonly [string, string, string, number | boolean | null, string])[];
  readonly conditions: readonly (readonly [string, string])[];
}

/** Checks a set against its reference: criteria, codes, every cell's status, every verified value. */
export function goldenSuite(id: string, set: CriteriaSet, golden: Golden): void {
  describe(`golden: ${id}`, () => {
    it('has its id, level and columns', () => {
      expect(set.id).toBe(id);
      expect(set.level).toBe(golden.level);
      expect(set.columns).toBe(golden.columns);
    });

    it(`has the reference's ${golden.criteria.length} criteria and their indicator codes, in order`, () => {
      expect(set.criteria.map((c) => c.number)).toEqual(golden.criteria.map((c) => c.number));
      expect(set.criteria.map((c) => c.indicators.map((i) => i.code))).toEqual(golden.criteria.map((c) => c.codes));
    });

    const verified = golden.cells.filter((c) => c[2] === 'verified');
    it(`carries the ${verified.length} verified target values and keeps ${golden.cells.length - verified.length} others unknown`, () => {
      for (const [code, column, status, value, op] of golden.cells) {
        const cell = findIndicator(set, code)?.targets[column as ColumnId];
        expect(cell, `${code} ${column}`).toBeDefined();
        const target = cell as Target;
        expect({ code, column, status: target.status, value: target.value, op: target.op }).toEqual({ code, column, status, value, op });
      }
    });

    it('has every condition of the reference with its status', () => {
      const byId = new Map(set.conditions.map((c) => [c.id, c.status]));
      for (const [conditionId, status] of golden.conditions) expect([conditionId, byId.get(conditionId)]).toEqual([conditionId, status]);
    });
  });
}
