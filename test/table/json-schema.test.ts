import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { criteriaTable, criteriaTableJsonSchema, criteriaTableSchema, isUsableTarget, listCriteriaSets } from '../../src/index.js';
import { tableFormatPage, tableSchemaFile } from '../../scripts/table-docs.js';
import { testOnlyCompleteTable, testOnlyPovertyTable, testOnlyVillageTable } from './fixtures/test-only-ha-noi-commune-2026.js';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');
const require = createRequire(import.meta.url);
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validate = ajv.compile(criteriaTableJsonSchema());
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('the criteria table JSON Schema', () => {
  it('is committed as generated (run `npm run docs`) and shipped through package.json exports', () => {
    const shipped = require.resolve('@ntm/criteria/json-schema/criteria-table');
    expect(shipped).toBe(join(DOCS, 'json-schema', 'criteria-table.json'));
    expect(readFileSync(shipped, 'utf8')).toBe(tableSchemaFile());
    expect(readFileSync(join(DOCS, 'table-format.md'), 'utf8')).toBe(tableFormatPage());
    expect(criteriaTableJsonSchema().title).toBe('ntm-criteria-table/1');
  });

  it.each(listCriteriaSets().map((s) => [s.id, s] as const))('accepts the table of %s, as zod does', (_id, set) => {
    const table = plain(criteriaTable(set));
    expect(validate(table), JSON.stringify(validate.errors)).toBe(true);
    expect(criteriaTableSchema().safeParse(table).success).toBe(true);
  });

  it('accepts the test-only fixture tables', () => {
    for (const table of [testOnlyCompleteTable, testOnlyPovertyTable, testOnlyVillageTable]) expect(validate(plain(table))).toBe(true);
  });

  it.each([
    ['another format version', { format: 'ntm-criteria-table/2' }],
    ['an unknown field', { colour: 'red' }],
    ['a date officials write by hand', { document: { ...testOnlyPovertyTable.document, signed: '02/03/2026' } }],
    ['an unknown column', { rows: [{ ...testOnlyPovertyTable.rows[0]!, cells: { 'group-4': 1 } }] }],
    ['a code as a number', { rows: [{ ...testOnlyPovertyTable.rows[0]!, code: 17.1 }] }],
    ['a cell as text', { rows: [{ ...testOnlyPovertyTable.rows[0]!, cells: { 'group-1': '1' } }] }],
    ['false as a short cell', { rows: [{ ...testOnlyPovertyTable.rows[0]!, cells: { 'group-1': false } }] }],
    ['a bad id', { id: 'Hà Nội' }],
  ])('refuses %s, as zod does', (_name, change) => {
    const table = plain({ ...testOnlyPovertyTable, ...change });
    expect(validate(table)).toBe(false);
    expect(criteriaTableSchema().safeParse(table).success).toBe(false);
  });
});

describe('shipped data', () => {
  it('has no provincial value: every usable target of a shipped set is verified', () => {
    let usable = 0;
    for (const set of listCriteriaSets()) {
      for (const indicator of set.criteria.flatMap((c) => c.indicators)) {
        for (const cell of Object.values(indicator.targets)) {
          for (const t of Array.isArray(cell) ? cell : [cell]) {
            if (isUsableTarget(t)) usable++;
            expect(isUsableTarget(t)).toBe(t.status === 'verified');
            expect(t.replaces).toBeUndefined();
          }
        }
      }
    }
    expect(usable).toBeGreaterThan(100);
  });
});
