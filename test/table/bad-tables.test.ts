// Bad tables never crash applyTable and never pass silently: whatever comes in, the answer is a
// set that the model's own schema accepts, or issues. Tables here are random TEST DATA.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTable,
  checkCriteriaSet,
  commune318,
  commune51,
  criteriaSetSchema,
  criteriaTable,
  formatMessage,
  type CriteriaSet,
} from '../../src/index.js';
import { testOnlyCompleteTable, testOnlyPovertyTable, testOnlyVillageTable } from './fixtures/test-only-ha-noi-commune-2026.js';

function checkOutcome(base: CriteriaSet | null, table: unknown): void {
  const outcome = applyTable(base, table);
  if (outcome.set) {
    expect(outcome.issues).toEqual([]);
    expect(criteriaSetSchema().safeParse(outcome.set).error?.issues ?? []).toEqual([]);
    expect(checkCriteriaSet(outcome.set).map((i) => formatMessage(i, 'en'))).toEqual([]);
  } else {
    expect(outcome.issues.length).toBeGreaterThan(0);
    for (const issue of outcome.issues) {
      expect(formatMessage(issue, 'vi')).not.toBe('');
      expect(formatMessage(issue, 'en')).not.toBe('');
      expect(Array.isArray(issue.path)).toBe(true);
    }
  }
}

/** A table with one value somewhere inside it replaced by an arbitrary one. */
function mutate(table: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof table !== 'object' || table === null) return replacement;
  const keys = Object.keys(table);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(table)
    ? ([...table] as unknown as Record<string, unknown>)
    : { ...(table as Record<string, unknown>) };
  copy[key] = mutate((table as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

describe('applyTable on bad tables', () => {
  it('the derived sets of the fixtures pass the criteria set schema', () => {
    for (const [base, table] of [
      [commune51, testOnlyCompleteTable],
      [commune51, testOnlyPovertyTable],
      [null, testOnlyVillageTable],
    ] as const) {
      const { set } = applyTable(base, table);
      expect(criteriaSetSchema().safeParse(set).success).toBe(true);
      expect(checkCriteriaSet(set!)).toEqual([]);
    }
  });

  it('checkCriteriaSet accepts a provincial value only in a province’s set', () => {
    const { set } = applyTable(commune51, testOnlyPovertyTable);
    const { province: _p, ...national } = set!;
    expect(checkCriteriaSet(national as CriteriaSet).map((i) => i.code)).toEqual(['value-status', 'value-status', 'value-status']);
  });

  it('anything at all: a set or issues, never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => checkOutcome(commune318, junk)),
      { numRuns: 300 },
    );
  });

  it('a good table with any one value replaced: a valid set or issues', () => {
    const tables = [
      [commune51, JSON.parse(JSON.stringify(testOnlyCompleteTable))],
      [commune51, JSON.parse(JSON.stringify(testOnlyPovertyTable))],
      [null, JSON.parse(JSON.stringify(testOnlyVillageTable))],
      [commune318, JSON.parse(JSON.stringify({ ...criteriaTable(commune318), id: 'test-only-copy', province: 'vinh-phuc' }))],
    ] as const;
    const replacement = fc.oneof(
      fc.constantFrom(
        null,
        true,
        false,
        0,
        -1,
        100.5,
        1e308,
        '',
        '17.10',
        'group-1',
        '<=',
        'verified',
        'provincial',
        [],
        {},
        { value: null },
        { value: 1, status: 'verified' },
      ),
      fc.anything({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: tables.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
        replacement,
        (which, path, value) => {
          const [base, table] = tables[which]!;
          checkOutcome(base, mutate(table, path, value));
        },
      ),
      { numRuns: 400 },
    );
  });
});
