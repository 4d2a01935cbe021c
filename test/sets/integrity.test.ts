import { describe, expect, it } from 'vitest';
import { SET_ENTRIES } from '../../tsup.config.js';
import { checkCriteriaSet, criteriaSetSchema, evaluate, listCriteriaSets, type CriteriaSet } from '../../src/index.js';

const sets = listCriteriaSets() as readonly CriteriaSet[];

describe('every registered set', () => {
  it('the registry carries exactly the sets of the manifest, 20 of them national', () => {
    expect(sets.map((s) => s.id).sort()).toEqual(Object.keys(SET_ENTRIES).sort());
    expect(sets.filter((s) => !s.province)).toHaveLength(20);
  });

  it('set ids are unique and each has its own package subpath', () => {
    expect(new Set(sets.map((s) => s.id)).size).toBe(sets.length);
    for (const s of sets.filter((x) => !x.province)) expect(SET_ENTRIES[s.id], s.id).toMatch(/^rules\/national\/.+\.ts$/);
  });

  for (const set of sets) {
    describe(set.id, () => {
      it('validates against criteriaSetSchema()', () => {
        const parsed = criteriaSetSchema().safeParse(set);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      });

      it('passes checkCriteriaSet (sources, documents, unique codes and ids, a cell in every column, facts, references)', () => {
        expect(checkCriteriaSet(set)).toEqual([]);
      });

      it('is never met on empty data (no silent pass)', () => {
        const column =
          set.columns === 'regions'
            ? { region: 'red-river-delta' as const }
            : set.columns === 'groups'
              ? { group: 'group-2' as const }
              : {};
        const r = evaluate(set, { ...column, values: {} });
        expect(r.status).not.toBe('met');
        expect(r.meetsAllCriteria).toBe(false);
      });
    });
  }

  it('no two sets of one level, scope and province start on the same day (the registry never has to guess)', () => {
    const keys = sets.map((s) => `${s.level}|${s.scope ?? ''}|${s.province ?? ''}|${s.period.from}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('an amended version is in the family of its base, and the base ends the day before it starts', () => {
    for (const amended of sets.filter((s) => s.legalBasis.some((d) => d.role === 'amendment'))) {
      const base = sets.find((s) => s.id === amended.family)!;
      expect(base, amended.id).toBeDefined();
      expect(base.level).toBe(amended.level);
      expect(amended.legalBasis.map((d) => [d.document, d.role])).toEqual([
        [base.legalBasis[0]!.document, 'base'],
        ['211/QĐ-TTg', 'amendment'],
      ]);
      expect([base.period.to, amended.period.from]).toEqual(['2024-02-29', '2024-03-01']);
    }
  });
});
