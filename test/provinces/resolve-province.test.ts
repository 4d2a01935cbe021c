import { describe, expect, it } from 'vitest';
import { resolveProvince } from '../../src/index.js';

const one = (name: unknown, query: Parameters<typeof resolveProvince>[1]) => {
  const found = resolveProvince(name, query);
  if (!found.ok) throw new Error(`${String(name)} did not resolve: ${found.code}`);
  return found.units.map((u) => `${u.id}@${u.code}${u.to ? '-old' : '-new'}`);
};

describe('resolveProvince: by id, code or Vietnamese name, as on a date', () => {
  it('a name with or without diacritics, in any case and spacing, with or without "tỉnh"', () => {
    for (const name of ['Hà Nam', 'Ha Nam', 'ha-nam', 'HA NAM', ' hà  nam ', 'Tỉnh Hà Nam', 'hanam', 'ha_nam']) {
      expect(one(name, { year: 2024 })).toEqual(['ha-nam@35-old']);
    }
    expect(one('Hoà Bình', { year: 2020 })).toEqual(['hoa-binh@17-old']);
    expect(one('TP. Hồ Chí Minh', { on: '2026-01-01' })).toEqual(['ho-chi-minh@79-new']);
    expect(one('Daklak', { year: 2022 })).toEqual(['dak-lak@66-old']);
  });

  it('Huế: Thừa Thiên Huế until 2025-06-30, the city of Huế from 2025-07-01', () => {
    expect(one('Huế', { on: '2025-06-30' })).toEqual(['thua-thien-hue@46-old']);
    expect(one('Huế', { on: '2025-07-01' })).toEqual(['hue@46-new']);
    expect(one('hue', { year: 2023 })).toEqual(['thua-thien-hue@46-old']);
    expect(one('Thừa Thiên Huế', { year: 2023 })).toEqual(['thua-thien-hue@46-old']);
  });

  it('by official code, which changes meaning on 2025-07-01 (24: Bắc Giang, then the new Bắc Ninh)', () => {
    expect(one('24', { on: '2025-06-30' })).toEqual(['bac-giang@24-old']);
    expect(one(24, { on: '2025-07-01' })).toEqual(['bac-ninh@24-new']);
    expect(one('8', { year: 2026 })).toEqual(['tuyen-quang@08-new']);
    expect(one('08', { year: 2024 })).toEqual(['tuyen-quang@08-old']);
  });

  it('a year or a period that spans 2025-07-01 means both the old and the new unit', () => {
    expect(one('phu-tho', { year: 2025 })).toEqual(['phu-tho@25-old', 'phu-tho@25-new']);
    expect(one('phu-tho', { period: { from: '2024-03-01', to: '2026-02-14' } })).toHaveLength(2);
    expect(one('phu-tho', { period: { from: '2024-03-01', to: '2025-06-30' } })).toEqual(['phu-tho@25-old']);
    expect(one('phu-tho', {})).toHaveLength(2);
    // `on` wins over `year`, `year` over `period`.
    expect(one('phu-tho', { on: '2024-05-01', year: 2026 })).toEqual(['phu-tho@25-old']);
    expect(one('phu-tho', { year: 2026, period: { from: '2021-01-01', to: '2021-12-31' } })).toEqual(['phu-tho@25-new']);
  });

  it('the key to pass on is the id where one is meant', () => {
    expect(resolveProvince('Ha Nam', { year: 2024 })).toMatchObject({ ok: true, key: 'ha-nam' });
    expect(resolveProvince('Phú Thọ', { year: 2025 })).toMatchObject({ ok: true, key: 'phu-tho' });
    expect(resolveProvince('Huế', { year: 2025 })).toMatchObject({ ok: true, key: 'Huế' });
  });

  it('an old province named after 2025-06-30: not in force, suggesting the unit that took it in', () => {
    expect(resolveProvince('Hà Nam', { year: 2027 })).toMatchObject({
      ok: false,
      code: 'province-not-in-force',
      expected: '2027',
      received: 'Hà Nam',
      suggestion: 'ninh-binh',
    });
    expect(resolveProvince('vinh-phuc', { on: '2026-03-01' })).toMatchObject({ ok: false, suggestion: 'phu-tho', expected: '2026-03-01' });
  });

  it('an unknown name: the closest name as suggestion, compared without diacritics', () => {
    expect(resolveProvince('Vinh Phuk', { year: 2024 })).toMatchObject({ ok: false, code: 'unknown-province', suggestion: 'vinh-phuc' });
    expect(resolveProvince('Hà Nạm', { year: 2024 })).toMatchObject({ ok: true });
    expect(resolveProvince('Thai Bnh', { year: 2024 })).toMatchObject({ ok: false, suggestion: 'thai-binh' });
    expect(resolveProvince('Hue city', { year: 2026 })).toMatchObject({ ok: false, code: 'unknown-province' });
    expect(resolveProvince('xyzzy-land', {})).toMatchObject({ ok: false, code: 'unknown-province', units: [] });
    expect((resolveProvince('xyzzy-land', {}) as { suggestion?: string }).suggestion).toBeUndefined();
  });

  it('never throws on values of the wrong kind', () => {
    for (const bad of [null, undefined, 0, 100, 2.5, -1, NaN, true, {}, [], Symbol('x'), 'x'.repeat(100_000), '__proto__', 'constructor']) {
      const found = resolveProvince(bad, { year: 2024 });
      expect(found.ok).toBe(false);
    }
  });
});
