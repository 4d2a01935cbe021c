import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commune318 as commune318Typed, inputJsonSchema, inputSchema, listCriteriaSets, safeEvaluate } from '../../src/index.js';
import { sampleInput } from '../../scripts/docs/sample-input.js';
import { jsonSchemaErrors } from '../helpers/json-schema-check.js';
import type { CriteriaSet } from '../../src/index.js';

// Widened: the tests look indicators up by code at run time.
const commune318: CriteriaSet = commune318Typed;

describe.each(listCriteriaSets().map((set) => [set.id, set] as const))('input schema of %s', (_id, set) => {
  const schema = inputSchema(set);
  const json = inputJsonSchema(set);
  const sample = sampleInput(set);

  it('accepts the sample input, as zod, as JSON Schema and as safeEvaluate do', () => {
    expect(schema.safeParse(sample).error?.issues ?? []).toEqual([]);
    expect(jsonSchemaErrors(json, sample)).toEqual([]);
    expect(safeEvaluate(set, sample).issues).toEqual([]);
  });

  it('lists every indicator code of the set under values, and nothing else', () => {
    const codes = set.criteria.flatMap((c) => c.indicators.map((i) => i.code));
    const values = (json.properties as Record<string, { properties: object; additionalProperties: boolean }>).values!;
    expect(Object.keys(values.properties).sort()).toEqual([...codes].sort());
    expect(values.additionalProperties).toBe(false);
  });

  it('refuses an unknown indicator code and an unknown top-level key, like safeEvaluate', () => {
    for (const bad of [
      { ...sample, values: { ...(sample.values as object), '99.9': 1 } },
      { ...sample, valuez: {} },
      { ...sample, values: undefined },
    ]) {
      expect(schema.safeParse(bad).success).toBe(false);
      expect(jsonSchemaErrors(json, JSON.parse(JSON.stringify(bad))).length).toBeGreaterThan(0);
      expect(safeEvaluate(set, bad).success).toBe(false);
    }
  });
});

describe('inputSchema on 318/QĐ-TTg (commune 2021–2025)', () => {
  const schema = inputSchema(commune318);
  const json = inputJsonSchema(commune318);
  const base = { region: 'red-river-delta', year: 2024 } as const;
  const measureOf = (code: string) => commune318.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!.measure;

  it('types each value by its measure', () => {
    expect(measureOf('17.1')).toBe('percent');
    expect(measureOf('1.1')).toBe('flag');
    const good = [
      { '17.1': 97 },
      { '17.1': 0 },
      { '17.1': 100 },
      { '17.1': { numerator: 19, denominator: 20 } },
      { '17.1': null },
      { '1.1': false },
    ];
    const bad = [
      { '17.1': 120 },
      { '17.1': -1 },
      { '17.1': '95' },
      { '17.1': { numerator: 21, denominator: 20 } },
      { '17.1': { numerator: 1, denominator: 0 } },
      { '17.1': true },
      { '1.1': 'yes' },
      { '1.1': 1 },
    ];
    for (const values of good) {
      expect(schema.safeParse({ ...base, values }).success, JSON.stringify(values)).toBe(true);
      expect(safeEvaluate(commune318, { ...base, values }).success, JSON.stringify(values)).toBe(true);
    }
    for (const values of bad) {
      expect(schema.safeParse({ ...base, values }).success, JSON.stringify(values)).toBe(false);
      expect(safeEvaluate(commune318, { ...base, values }).success, JSON.stringify(values)).toBe(false);
    }
  });

  it('types amount and count measures', () => {
    const indicators = commune318.criteria.flatMap((c) => c.indicators);
    const amount = indicators.find((i) => i.measure === 'amount');
    const count = indicators.find((i) => i.measure === 'count');
    for (const [indicator, good, bad] of [
      [amount, [0, 48.5], [-0.1, '48']],
      [count, [0, 3], [1.5, -1]],
    ] as const) {
      if (!indicator) continue;
      for (const v of good) expect(schema.safeParse({ ...base, values: { [indicator.code]: v } }).success).toBe(true);
      for (const v of bad) {
        expect(schema.safeParse({ ...base, values: { [indicator.code]: v } }).success).toBe(false);
        expect(safeEvaluate(commune318, { ...base, values: { [indicator.code]: v } }).success).toBe(false);
      }
    }
  });

  it('needs a column: a region, a province, or a category a decree rule assigns a column to', () => {
    expect(schema.safeParse({ values: {} }).success).toBe(false);
    expect(jsonSchemaErrors(json, { values: {} })).not.toEqual([]);
    expect(safeEvaluate(commune318, { values: {} }).issues.map((i) => i.code)).toEqual(['missing-column']);
    for (const ok of [{ province: 'vinh-phuc' }, { region: 'mekong-delta' }, { communeCategories: ['extremely-disadvantaged'] }]) {
      expect(schema.safeParse({ ...ok, values: {} }).success).toBe(true);
      expect(jsonSchemaErrors(json, { ...ok, values: {} })).toEqual([]);
      expect(safeEvaluate(commune318, { ...ok, values: {} }).success).toBe(true);
    }
    expect(schema.safeParse({ group: 'group-1', values: {} }).success).toBe(false);
    expect(schema.safeParse({ region: 'ĐBSH', values: {} }).success).toBe(false);
  });

  it('checks the year against the set and the overrides by measure', () => {
    expect(schema.safeParse({ ...base, year: 2019, values: {} }).success).toBe(false);
    expect(safeEvaluate(commune318, { ...base, year: 2019, values: {} }).success).toBe(false);
    expect(schema.safeParse({ ...base, values: {}, overrides: { '1.1': { value: true, by: 'UBND tỉnh' } } }).success).toBe(true);
    expect(schema.safeParse({ ...base, values: {}, overrides: { '1.1': { value: true, by: '  ' } } }).success).toBe(false);
    expect(schema.safeParse({ ...base, values: {}, overrides: { '17.1': { value: 101, by: 'UBND tỉnh' } } }).success).toBe(false);
  });

  it('describes each indicator in Vietnamese and English in the JSON Schema', () => {
    const values = (json.properties as Record<string, { properties: Record<string, { description: string }> }>).values!;
    const indicator = commune318.criteria.flatMap((c) => c.indicators).find((i) => i.code === '17.1')!;
    expect(values.properties['17.1']!.description).toContain(indicator.text.vi);
    expect(values.properties['17.1']!.description).toContain(indicator.text.en);
    expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('never accepts an input that safeEvaluate rejects (values, column, year)', () => {
    const codes = commune318.criteria.flatMap((c) => c.indicators.map((i) => i.code));
    const value = fc.oneof(
      fc.double({ min: -10, max: 130 }),
      fc.integer({ min: -2, max: 120 }),
      fc.boolean(),
      fc.constant(null),
      fc.string({ maxLength: 3 }),
      fc.record({ numerator: fc.integer({ min: -1, max: 30 }), denominator: fc.integer({ min: 0, max: 25 }) }),
    );
    const input = fc.record(
      {
        region: fc.constantFrom('red-river-delta', 'mekong-delta', 'DBSH'),
        province: fc.constantFrom('vinh-phuc', 'atlantis'),
        year: fc.integer({ min: 2018, max: 2028 }),
        values: fc.dictionary(fc.constantFrom(...codes, '99', '17,1'), value, { maxKeys: 4 }),
      },
      { requiredKeys: ['values'] },
    );
    // The two issues inputSchema documents as known only to evaluation: a value for an
    // indicator that does not apply to the chosen column (e.g. 5a in Vĩnh Phúc's), and an
    // override looser than the column's verified target.
    const evaluationOnly = new Set(['not-applicable-value', 'override-less-strict']);
    fc.assert(
      fc.property(input, (raw) => {
        if (!schema.safeParse(raw).success) return;
        expect(safeEvaluate(commune318, raw).issues.filter((i) => !evaluationOnly.has(i.code))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
