// The compiled plan (src/evaluate/indicator-plan.ts) and the common-case validator
// (src/evaluate/validate-common.ts) are only faster ways to the same result: every evaluation
// through them must serialise exactly as the generic, unplanned evaluation.
import { describe, expect, it, vi } from 'vitest';
import { prng } from '../../bench/prng.js';
import { generateCommunes, tableOverrides } from '../../bench/generate-communes.js';
import * as planned from '../../src/index.js';
import type { CriteriaSet } from '../../src/index.js';
import { validateCommon } from '../../src/evaluate/validate-common.js';

async function unplannedEngine() {
  vi.resetModules();
  vi.doMock('../../src/evaluate/indicator-plan.js', async (original) => ({
    ...(await original<typeof import('../../src/evaluate/indicator-plan.js')>()),
    planned: () => undefined,
  }));
  vi.doMock('../../src/evaluate/validate-common.js', () => ({ validateCommon: () => undefined }));
  const engine = await import('../../src/engine.js');
  vi.doUnmock('../../src/evaluate/indicator-plan.js');
  vi.doUnmock('../../src/evaluate/validate-common.js');
  return engine;
}

// Overrides of every shape the validators tell apart: kept, refused, or kept without a field.
const OVERRIDE_VARIANTS: unknown[] = [
  { value: 50, by: 'UBND tỉnh A' },
  { value: 80, by: 'B', op: '<=', source: 'QĐ 1', note: 'n' },
  { value: true, by: 'B', op: '=' },
  { value: 100, by: 'B', source: 3, note: null, extra: 1 },
  { value: 101, by: 'B' },
  { value: -1, by: 'B' },
  { value: Number.NaN, by: 'B' },
  { value: 5, by: ' ' },
  { value: 5, by: 7 },
  { value: 5, by: 'B', op: '>' },
  { value: '5', by: 'B' },
  { by: 'B' },
  'UBND',
  null,
];

const REGIONS = [...planned.REGION_IDS, 'nowhere', undefined];
const GROUPS = [...planned.COMMUNE_GROUP_IDS, 2, undefined];

/** Inputs of every kind: good and bad values, ratios, overrides, facts, references, columns, years. */
function mixedInputs(set: CriteriaSet, count: number, seed: number): unknown[] {
  const next = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const codes = set.criteria.flatMap((c) => c.indicators.map((i) => i.code));
  const inputs: unknown[] = [];
  for (let n = 0; n < count; n++) {
    const values: Record<string, unknown> = {};
    const overrides: Record<string, unknown> = {};
    for (const code of codes) {
      const r = next();
      if (r < 0.1) continue;
      values[code] =
        r < 0.45 ? Math.round(next() * 1200) / 10
        : r < 0.7 ? next() < 0.8
        : r < 0.8 ? { numerator: Math.floor(next() * 50), denominator: 1 + Math.floor(next() * 50) }
        : r < 0.85 ? pick([-1, Number.NaN, '95,5', null, 3.5, 1e21, 0])
        : Math.round(next() * 100);
      if (next() < 0.06) overrides[code] = { value: pick([0, 5, 50, 80, 100, true, false]), by: pick(['UBND tỉnh A', 'B']), ...(next() < 0.3 ? { op: pick(['>=', '<=', '=']) } : {}) };
    }
    inputs.push({
      ...(next() < 0.7 ? { region: pick(REGIONS) } : {}),
      ...(next() < 0.3 ? { group: pick(GROUPS) } : {}),
      ...(next() < 0.2 ? { province: pick(['vinh-phuc', 'ha-giang', 'ca-mau']) } : {}),
      ...(next() < 0.2 ? { communeCategories: pick([['extremely-disadvantaged'], ['safe-zone-poor-district'], []]) } : {}),
      ...(next() < 0.9 ? { year: set.years ? set.years.from + Math.floor(next() * (set.years.to - set.years.from + 2)) - (next() < 0.1 ? 3 : 0) : 2024 } : {}),
      values,
      ...(next() < 0.5 ? { overrides } : {}),
      ...(next() < 0.7 ? { facts: Object.fromEntries(Object.keys(set.facts ?? {}).map((f) => [f, next() < 0.3 ? next() < 0.5 : Math.floor(next() * 6)])) } : {}),
      ...(next() < 0.5 ? { references: Object.fromEntries(Object.keys(set.references ?? {}).map((f) => [f, Math.round(next() * 1000) / 10])) } : {}),
    });
  }
  return inputs;
}

describe('compiled plan', () => {
  it('gives results identical to the generic evaluation, for every set and every kind of input', async () => {
    const generic = await unplannedEngine();
    let compared = 0;
    for (const set of planned.listCriteriaSets()) {
      const communes = generateCommunes(set, 50, 7);
      // Well-formed inputs with one thing wrong or unusual each: the fast validator must hand
      // every one of them to the generic validator, or give exactly what it gives.
      const nearlyClean = communes.flatMap((c, n) => [
        { ...c, facts: { ...c.facts, unknownFact: n } },
        { ...c, facts: { ...c.facts, [`f${n}`]: -1 } },
        { ...c, year: n % 2 ? 1999 : '2024' },
        { ...c, region: undefined, province: 'vinh-phuc' },
        { ...c, group: 'group-2' },
        { ...c, values: { ...c.values, nope: 1 } },
        { ...c, values: JSON.parse(`{"__proto__": 1, "1.1": true}`) },
        { ...c, extra: true },
        { ...c, values: { ...c.values, [Object.keys(c.values)[n % 5]!]: n % 3 ? -0 : 100.5 } },
        { ...c, values: { ...c.values, [Object.keys(c.values)[n % 7]!]: n % 2 ? -1 : Number.POSITIVE_INFINITY } },
        // Overrides, well-formed or with one thing wrong (the fast validator accepts the former).
        { ...c, overrides: { [Object.keys(c.values)[n % 3]!]: OVERRIDE_VARIANTS[n % OVERRIDE_VARIANTS.length] } },
        { ...c, overrides: { [Object.keys(c.values)[n % 4]!]: { value: n % 2 ? 0 : -0, by: 'UBND tỉnh' }, nope: { value: 1, by: 'x' } } },
        { ...c, overrides: n % 2 ? [] : null },
      ]);
      const inputs = [...mixedInputs(set, 150, set.id.length * 7919), ...communes, ...nearlyClean, ...generateCommunes(set, 50, 8, tableOverrides(set))];
      for (const input of inputs) {
        const fast = planned.safeEvaluate(set, input);
        const slow = generic.safeEvaluate(set, input);
        // JSON equality also checks the order of keys, which a consumer may snapshot.
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('fills the value into planned reasons', () => {
    const set = planned.getCriteriaSet('commune-2021-2025');
    const [input] = generateCommunes(set, 1, 3);
    // The common case takes the fast validator (otherwise the comparison above proves little).
    expect(validateCommon(set, input)?.issues).toEqual([]);
    expect(validateCommon(set, { ...input, communeCategories: [] })).toBeUndefined();
    // Well-formed overrides take it too, as validateInput would keep them.
    const set2026 = planned.getCriteriaSet('commune-2026-2030');
    const [withOverrides] = generateCommunes(set2026, 1, 3, tableOverrides(set2026));
    const fastOverrides = validateCommon(set2026, withOverrides)?.clean.overrides;
    expect(fastOverrides?.size).toBe(6);
    expect([...fastOverrides!.values()][0]).toEqual({ value: 60, by: 'bench: fixed table (not a legal value)' });
    const before = planned.evaluate(set, input!);
    expect(before.criteria.flatMap((c) => c.indicators).length).toBeGreaterThan(50);
    // The reasons of planned results are full sentences with the value filled in.
    const r21 = before.criteria.flatMap((c) => c.indicators).find((i) => i.code === '3.1')!;
    expect(r21.reason.vi).toContain(String(r21.actual).replace('.', ','));
    expect(r21.reason.en).toContain(String(r21.actual));
    expect(Object.isFrozen(r21.source)).toBe(true);
  });

  it('shares no mutable part between two results', () => {
    const set = planned.getCriteriaSet('commune-2021-2025');
    const [a, b] = generateCommunes(set, 2, 5);
    const ra = planned.evaluate(set, a!);
    const rb = planned.evaluate(set, b!);
    const ia = ra.criteria[0]!.indicators[0]!;
    const ib = rb.criteria[0]!.indicators[0]!;
    expect(ia).not.toBe(ib);
    expect(() => {
      'use strict';
      (ia.source as { row?: string }).row = 'changed';
    }).toThrow(TypeError);
    expect(ib.source.row).not.toBe('changed');
  });
});
