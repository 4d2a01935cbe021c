import { describe, expect, it } from 'vitest';
import { SET_ENTRIES } from '../../tsup.config.js';
import { columnIdsOf, criteriaSetSchema, evaluate, listCriteriaSets, type CriteriaSet, type Target } from '../../src/index.js';

const sets = listCriteriaSets() as readonly CriteriaSet[];

/** Every `sources` array anywhere in the set (targets, candidates, criteria, rules, conditions, legal basis). */
function citedSources(value: unknown, acc = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) citedSources(v, acc);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources' && Array.isArray(v)) for (const id of v) acc.add(id as string);
      else if (k !== 'sources') citedSources(v, acc);
    }
  }
  return acc;
}

function cases(set: CriteriaSet) {
  return set.criteria.flatMap((c) =>
    c.indicators.flatMap((i) =>
      Object.entries(i.targets).flatMap(([column, cell]) =>
        (Array.isArray(cell) ? cell : [cell]).map((t: Target) => ({ code: i.code, column, t })),
      ),
    ),
  );
}

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

      it('has unique indicator codes, criterion ids, condition ids and column rule ids', () => {
        const unique = (xs: readonly string[]) => expect(xs.filter((x, i) => xs.indexOf(x) !== i)).toEqual([]);
        unique(set.criteria.flatMap((c) => c.indicators.map((i) => i.code)));
        unique(set.criteria.map((c) => c.id));
        unique(set.conditions.map((c) => c.id));
        unique(set.columnRules.map((r) => r.id));
      });

      it('every indicator has a target or an explicit unknown in every column where it applies', () => {
        const gaps: string[] = [];
        for (const c of set.criteria) {
          for (const i of c.indicators) {
            const columns = i.columns ?? columnIdsOf(set.columns);
            for (const column of columns) {
              const cell = (column !== 'all' ? i.targets[column] : undefined) ?? i.targets.all;
              if (cell === undefined || (Array.isArray(cell) && cell.length === 0)) gaps.push(`${i.code} ${column}`);
            }
          }
        }
        expect(gaps).toEqual([]);
      });

      it('only a verified target has a value; every other keeps value null', () => {
        const bad = cases(set).filter(({ t }) => (t.status === 'verified') !== (t.value !== null));
        expect(bad).toEqual([]);
      });

      it('every cited source id is in set.sources', () => {
        const { sources, ...rest } = set;
        const missing = [...citedSources(rest)].filter((id) => !(id in sources));
        expect(missing).toEqual([]);
      });

      it('every amendedBy names an amending decree of its legal basis', () => {
        const amending = set.legalBasis.filter((d) => d.role === 'amendment').map((d) => d.document);
        const cited = [
          ...cases(set).map(({ t }) => t.amendedBy),
          ...set.columnRules.map((r) => r.amendedBy),
        ].filter((x): x is string => x !== undefined);
        for (const by of cited) expect(amending).toContain(by);
      });

      it('every column rule with `select` names categories the set defines', () => {
        const defined = (set.communeCategories ?? []).map((c) => c.id);
        for (const r of set.columnRules) for (const c of r.select?.categories ?? []) expect(defined).toContain(c);
      });

      it('is never met on empty data (no silent pass)', () => {
        const column = set.columns === 'regions' ? { region: 'red-river-delta' as const } : set.columns === 'groups' ? { group: 'group-2' as const } : {};
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
