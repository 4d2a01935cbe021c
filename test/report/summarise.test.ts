import { describe, expect, it } from 'vitest';
import { criteriaBands, evaluate, summariseResults, type ReportRow } from '../../src/index.js';
import { vinhPhucVillageModel } from '../../src/index.js';

/** A small deterministic generator (no Math.random: the test is the same every run). */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** 10,000 communes in 4 provinces × 25 districts, criteria met 0–19. */
function population(n: number): ReportRow[] {
  const next = lcg(20211011);
  return Array.from({ length: n }, (_, i) => {
    const metCount = Math.floor(next() * 20);
    const all = metCount === 19;
    const recognisable = all && next() < 0.8;
    return {
      id: `c${i}`,
      province: `P${i % 4}`,
      district: `D${i % 100}`,
      result: { metCount, total: 19, meetsAllCriteria: all, recognisable },
      recognised: recognisable && next() < 0.9,
    };
  });
}

describe('criteria bands', () => {
  it('are the published ones for 19 criteria, and follow the same cuts for other counts', () => {
    const labels = (n: number) => criteriaBands(n).map((b) => `${b.min}-${b.max}:${b.label.vi}`);
    expect(labels(19)).toEqual(['19-19:19', '15-18:15–18', '10-14:10–14', '5-9:5–9', '0-4:dưới 5']);
    expect(criteriaBands(19).map((b) => b.label.en)).toEqual(['19', '15–18', '10–14', '5–9', 'under 5']);
    expect(labels(11)).toEqual(['11-11:11', '7-10:7–10', '5-6:5–6', '0-4:dưới 5']);
    expect(labels(9)).toEqual(['9-9:9', '5-8:5–8', '0-4:dưới 5']);
  });

  it('cover every count from 0 to n exactly once', () => {
    for (let n = 0; n <= 60; n++) {
      const covered = criteriaBands(n).flatMap((b) => Array.from({ length: b.max - b.min + 1 }, (_, i) => b.min + i));
      expect(covered.sort((a, b) => a - b)).toEqual(Array.from({ length: n + 1 }, (_, i) => i));
    }
  });
});

describe('summariseResults on a generated population of 10,000 communes', () => {
  const rows = population(10_000);
  const report = summariseResults(rows);

  it('bins every commune by criteria met, as a direct count does', () => {
    const naive = (min: number, max: number) => rows.filter((r) => r.result.metCount >= min && r.result.metCount <= max).length;
    expect(report.criteriaCount).toBe(19);
    expect(report.units).toBe(10_000);
    expect(report.bins.map((b) => b.count)).toEqual([naive(19, 19), naive(15, 18), naive(10, 14), naive(5, 9), naive(0, 4)]);
    expect(report.bins.reduce((s, b) => s + b.count, 0)).toBe(10_000);
    // Uniform 0–19: each band holds about its share of 10,000.
    expect(report.bins[0]!.count).toBeGreaterThan(400);
    expect(report.bins[0]!.count).toBeLessThan(600);
  });

  it('averages criteria met, and counts meeting all, recognisable and recognised apart', () => {
    const sum = rows.reduce((s, r) => s + r.result.metCount, 0);
    expect(report.criteriaMet).toBe(sum);
    expect(report.averageCriteriaMet).toBeCloseTo(sum / 10_000, 10);
    expect(report.meetingAll).toBe(report.bins[0]!.count);
    expect(report.recognisable).toBe(rows.filter((r) => r.result.recognisable).length);
    expect(report.recognised).toBe(rows.filter((r) => r.recognised).length);
    expect(report.meetingAll).toBeGreaterThan(report.recognisable);
    expect(report.recognisable).toBeGreaterThan(report.recognised);
  });

  it('per district and per province, the parts add up to the whole', () => {
    expect(report.byDistrict).toHaveLength(100);
    expect(report.byProvince.map((p) => p.province)).toEqual(['P0', 'P1', 'P2', 'P3']);
    for (const parts of [report.byDistrict, report.byProvince]) {
      expect(parts.reduce((s, p) => s + p.units, 0)).toBe(10_000);
      expect(parts.reduce((s, p) => s + p.criteriaMet, 0)).toBe(report.criteriaMet);
      for (let b = 0; b < report.bins.length; b++) {
        expect(parts.reduce((s, p) => s + p.bins[b]!.count, 0)).toBe(report.bins[b]!.count);
      }
    }
    const d7 = report.byDistrict.find((d) => d.district === 'D7')!;
    const mine = rows.filter((r) => r.district === 'D7');
    expect(d7).toMatchObject({ province: 'P3', units: mine.length, meetingAll: mine.filter((r) => r.result.meetsAllCriteria).length });
  });

  it('keeps same-named districts of different provinces apart', () => {
    const r = summariseResults([
      { id: 'a', province: 'A', district: 'Thành phố', result: { metCount: 19, total: 19, meetsAllCriteria: true, recognisable: true } },
      { id: 'b', province: 'B', district: 'Thành phố', result: { metCount: 3, total: 19, meetsAllCriteria: false, recognisable: false } },
    ]);
    expect(r.byDistrict.map((d) => [d.province, d.district, d.units])).toEqual([
      ['A', 'Thành phố', 1],
      ['B', 'Thành phố', 1],
    ]);
    expect(summariseResults([]).averageCriteriaMet).toBe(0);
  });

  it('reads full evaluation results too, with bands from the set (9 village criteria)', () => {
    const codes = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
    const overrides = Object.fromEntries(codes.map((c) => [c, { value: true, by: 'UBND tỉnh' }]));
    const village = (met: number) =>
      evaluate(vinhPhucVillageModel, { values: Object.fromEntries(codes.map((c, i) => [c, i < met])), overrides });
    const r = summariseResults([9, 9, 6, 2].map((met, i) => ({ id: `v${i}`, result: village(met) })));
    expect(r.bins.map((b) => [b.label.en, b.count])).toEqual([
      ['9', 2],
      ['5–8', 1],
      ['under 5', 1],
    ]);
    expect(r.averageCriteriaMet).toBe(6.5);
    expect(r.meetingAll).toBe(2);
    expect(r.recognisable).toBe(0); // the village set's 9/9 recognition condition is only recalled
  });
});
