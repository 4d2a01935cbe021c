import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { criteriaSetSchema, evaluate, inputJsonSchema, listCriteriaSets, safeEvaluate, type CriteriaSet } from '../../src/index.js';
import { CATALOGUE_FORMAT, CATALOGUE_FORMAT_VERSION, catalogueOf } from '../../scripts/docs/catalogue.js';
import { changePairs } from '../../scripts/docs/changes.js';
import { coverageOf, targetCases, unresolvedOf } from '../../scripts/docs/coverage.js';
import { criteriaPage } from '../../scripts/docs/criteria-page.js';
import { sampleInput } from '../../scripts/docs/sample-input.js';
import { jsonSchemaErrors } from '../helpers/json-schema-check.js';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');
const sets: readonly CriteriaSet[] = listCriteriaSets();
// Resolves through package.json `exports`, as an app's `require('@ntm/criteria/json-schema/…')` does.
const require = createRequire(import.meta.url);

describe.each(sets.map((set) => [set.id, set] as const))('docs of %s', (id, set) => {
  // Through JSON and back, as an app in another language reads it.
  const catalogue = JSON.parse(JSON.stringify(catalogueOf(set))) as ReturnType<typeof catalogueOf>;

  it('has its committed page, catalogue and input schema (run `npm run docs` after changing rules/)', () => {
    for (const file of [`criteria/${id}.md`, `criteria/${id}.json`, `json-schema/${id}.json`]) {
      expect(existsSync(join(DOCS, file)), file).toBe(true);
    }
    const committed = JSON.parse(readFileSync(join(DOCS, 'criteria', `${id}.json`), 'utf8'));
    expect(committed.format).toBe(CATALOGUE_FORMAT);
    expect(committed.id).toBe(id);
    const shipped = require.resolve(`@ntm/criteria/json-schema/${id}`);
    expect(shipped).toBe(join(DOCS, 'json-schema', `${id}.json`));
    expect(JSON.parse(readFileSync(shipped, 'utf8')).title).toBe(`${id} input`);
  });

  it('catalogue: names its format and carries the set verbatim', () => {
    expect(catalogue.format).toBe(CATALOGUE_FORMAT);
    expect(catalogue.formatVersion).toBe(CATALOGUE_FORMAT_VERSION);
    expect(catalogue.id).toBe(set.id);
    expect(catalogue.level.id).toBe(set.level);
    expect(catalogue.set).toEqual(JSON.parse(JSON.stringify(set)));
    expect(criteriaSetSchema().safeParse(catalogue.set).error?.issues ?? []).toEqual([]);
  });

  it('catalogue: every indicator code, target value and status, legal basis and period round-trip', () => {
    const read = catalogue.set as CriteriaSet;
    expect(read.period).toEqual(set.period);
    expect(read.legalBasis.map((d) => [d.document, d.role, d.signed, d.inForce])).toEqual(
      set.legalBasis.map((d) => [d.document, d.role, d.signed, d.inForce]),
    );
    expect(read.criteria.map((c) => c.indicators.map((i) => [i.code, i.measure]))).toEqual(
      set.criteria.map((c) => c.indicators.map((i) => [i.code, i.measure])),
    );
    const cells = (s: CriteriaSet) =>
      targetCases(s).map((c) => [c.code, c.column, c.index, c.status, c.target?.value ?? null, c.target?.op ?? null]);
    expect(cells(read)).toEqual(cells(set));
    expect(catalogue.columns.map((c) => c.id)).toEqual(
      set.columns === 'regions'
        ? expect.arrayContaining(['red-river-delta'])
        : set.columns === 'groups'
          ? ['group-1', 'group-2', 'group-3']
          : ['all'],
    );
  });

  it('catalogue: coverage and unresolved cells agree with the set', () => {
    const coverage = coverageOf(set);
    expect(catalogue.coverage.cells).toBe(coverage.cells);
    expect(coverage.verified + coverage.provincial + coverage.conflict + coverage.unknown).toBe(coverage.cells);
    const unverified = targetCases(set).filter((c) => c.status !== 'verified').length;
    const listed = catalogue.unresolved.reduce(
      (n, u) => n + (u.columns[0] === 'all' ? (set.columns === 'regions' ? 7 : set.columns === 'groups' ? 3 : 1) : u.columns.length),
      0,
    );
    expect(listed).toBe(unverified);
    expect(catalogue.unresolved).toEqual(JSON.parse(JSON.stringify(unresolvedOf(set))));
  });

  it('catalogue: evaluates exactly like the set it came from', () => {
    const input = sampleInput(set);
    const fromCatalogue = safeEvaluate(catalogue.set as CriteriaSet, input);
    const fromSet = safeEvaluate(set, input);
    expect(fromCatalogue.success).toBe(true);
    expect(fromCatalogue.result).toEqual(fromSet.result);
  });

  it('input JSON Schema: accepts the sample input, refuses a wrong value type', () => {
    const schema = inputJsonSchema(set) as Record<string, unknown> & {
      properties: Record<string, { properties?: object; additionalProperties?: unknown }>;
    };
    const input = sampleInput(set);
    expect(jsonSchemaErrors(schema, input)).toEqual([]);
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('values');
    expect(schema.properties.values!.additionalProperties).toBe(false);
    const codes = set.criteria.flatMap((c) => c.indicators.map((i) => i.code));
    expect(Object.keys(schema.properties.values!.properties ?? {}).sort()).toEqual([...codes].sort());
    const first = set.criteria.flatMap((c) => c.indicators)[0];
    if (first) {
      const bad = { ...input, values: { [first.code]: first.measure === 'flag' ? 'yes' : -5 } };
      expect(jsonSchemaErrors(schema, bad)).not.toEqual([]);
      expect(safeEvaluate(set, bad).success).toBe(false);
    }
  });

  it('page: every criterion and indicator code, the decree and the sources are on it', () => {
    const page = criteriaPage(set, { changes: [] });
    expect(page.startsWith(`# ${set.title.vi.replace(/[|*_`[\]]/g, (c) => `\\${c}`)}`)).toBe(true);
    for (const d of set.legalBasis) expect(page).toContain(d.document);
    for (const c of set.criteria)
      for (const i of c.indicators) expect(page).toContain(`**${i.code.replace(/[|*_`[\]]/g, (x) => `\\${x}`)}**`);
    for (const sourceId of Object.keys(set.sources))
      expect(page).toContain(
        `id="source-${sourceId
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}"`,
      );
  });
});

describe('docs of the 1980 commune set (known values)', () => {
  const set = sets.find((s) => s.id === 'commune-2016-2020')!;
  const page = criteriaPage(set, { changes: [] });

  it('shows the verified Red River Delta income target and marks unknown cells', () => {
    const r = evaluate(set, { region: 'red-river-delta', year: 2020, values: { '10': 40 } });
    const income = r.criteria.find((c) => c.id === '10')!.indicators[0]!;
    expect(income.target).toBe(50);
    const row = page.split('\n').find((l) => l.startsWith('| **10** |'))!;
    expect(row).toContain('≥ 50');
    expect(page).toContain('## Giá trị chưa biết hoặc chưa kiểm chứng');
  });
});

describe('change pages', () => {
  const pairs = changePairs(sets).map((p) => [p.from.id, p.to.id]);

  it('link consecutive versions of a level and each base to its amended version', () => {
    expect(pairs).toContainEqual(['commune-2016-2020', 'commune-2021-2025']);
    expect(pairs).toContainEqual(['commune-2021-2025', 'commune-2021-2025+211']);
    expect(pairs).toContainEqual(['commune-2021-2025+211', 'commune-2026-2030']);
    expect(pairs).not.toContainEqual(['commune-2016-2020', 'commune-2026-2030']);
    for (const [from, to] of pairs) expect(existsSync(join(DOCS, 'changes', `${from}--${to}.md`)), `${from}--${to}`).toBe(true);
  });
});
