import { describe, expect, it } from 'vitest';
import { commune318, commune318Amended211, createRegistry, criteriaSetInForce, type Level } from '../../src/index.js';

const idOn = (level: Level, on: string | Date, scope?: string) => criteriaSetInForce({ level, on, ...(scope ? { scope } : {}) }).id;

describe('criteriaSetInForce: the day before and the day each decree takes effect', () => {
  it.each([
    // 1980/QĐ-TTg (from 2016-12-01) → 318/QĐ-TTg (signed 2022-03-08) → 211/QĐ-TTg (2024-03-01) → 51/2025/QĐ-TTg (2026-02-15)
    ['commune', '2016-12-01', 'commune-2016-2020'],
    ['commune', '2022-03-07', 'commune-2016-2020'],
    ['commune', '2022-03-08', 'commune-2021-2025'],
    ['commune', '2024-02-29', 'commune-2021-2025'],
    ['commune', '2024-03-01', 'commune-2021-2025+211'],
    ['commune', '2026-02-14', 'commune-2021-2025+211'],
    ['commune', '2026-02-15', 'commune-2026-2030'],
    ['commune', '2030-12-31', 'commune-2026-2030'],
    ['commune-advanced', '2022-03-08', 'commune-advanced-2021-2025'],
    ['commune-advanced', '2024-02-29', 'commune-advanced-2021-2025'],
    ['commune-advanced', '2024-03-01', 'commune-advanced-2021-2025+211'],
    ['commune-advanced', '2026-02-14', 'commune-advanced-2021-2025+211'],
    // The 51/2025 modern-commune pilot is filed under commune-advanced (the tier above basic NTM).
    ['commune-advanced', '2026-02-15', 'commune-modern-pilot-2026-2030'],
    ['commune-model', '2018-06-05', 'commune-model-2018-2020'],
    ['commune-model', '2022-03-07', 'commune-model-2018-2020'],
    ['commune-model', '2022-03-08', 'commune-model-2021-2025'],
    ['commune-model', '2026-02-14', 'commune-model-2021-2025'],
    ['district', '2016-04-05', 'district-2016-2020'],
    ['district', '2022-03-07', 'district-2016-2020'],
    ['district', '2022-03-08', 'district-2021-2025'],
    ['district', '2024-02-29', 'district-2021-2025'],
    ['district', '2024-03-01', 'district-2021-2025+211'],
    ['district', '2026-02-14', 'district-2021-2025+211'],
    ['district-advanced', '2024-02-29', 'district-advanced-2021-2025'],
    ['district-advanced', '2024-03-01', 'district-advanced-2021-2025+211'],
    ['town', '2016-04-05', 'town-2016-2020'],
    ['town', '2022-03-08', 'town-2021-2025'],
    ['town', '2026-02-14', 'town-2021-2025'],
    ['province', '2020-08-19', 'province-2020'],
    ['province', '2020-12-31', 'province-2020'],
    ['province', '2022-03-08', 'province-2021-2025'],
    ['province', '2026-02-14', 'province-2021-2025'],
    ['province', '2026-02-15', 'province-2026-2030'],
  ] as const)('%s on %s → %s', (level, on, id) => {
    expect(idOn(level, on)).toBe(id);
  });

  it('reads a Date as its UTC calendar day', () => {
    expect(idOn('commune', new Date('2024-02-29'))).toBe('commune-2021-2025');
    expect(idOn('commune', new Date('2024-03-01'))).toBe('commune-2021-2025+211');
    expect(idOn('commune', new Date('2026-02-15T00:00:00Z'))).toBe('commune-2026-2030');
  });

  it('a district without commune-level units gets the 211 special set from 2024-03-01, the general set before', () => {
    expect(idOn('district', '2024-03-01', 'no-commune-units')).toBe('district-special-2024');
    expect(idOn('district', '2026-02-14', 'no-commune-units')).toBe('district-special-2024');
    expect(idOn('district', '2024-02-29', 'no-commune-units')).toBe('district-2021-2025');
    // Without the scope, never the special set.
    expect(idOn('district', '2024-03-01')).toBe('district-2021-2025+211');
  });

  it.each([
    ['commune', '2016-11-30'],
    ['commune', '2031-01-01'],
    ['district', '2016-04-04'],
    // 51/2025/QĐ-TTg has no district annex (two-tier local government from 01/7/2025).
    ['district', '2026-02-15'],
    ['commune-model', '2026-02-15'],
    // 1274/QĐ-TTg covers 2020 only; 321/QĐ-TTg was signed 2022-03-08.
    ['province', '2021-06-01'],
  ] as const)('%s on %s: no set is in force → a RangeError naming the level, the day and the sets', (level, on) => {
    expect(() => idOn(level, on)).toThrow(RangeError);
    expect(() => idOn(level, on)).toThrow(new RegExp(`No ${level} criteria set is in force on ${on}\\. Sets of this level: .+→`));
    expect(() => idOn(level, on)).toThrow(new RegExp(`Không có bộ tiêu chí cấp ${level} có hiệu lực vào ngày ${on}`));
  });

  it('refuses an ambiguous or invalid date', () => {
    expect(() => idOn('commune', '01/03/2024')).toThrow(RangeError);
    expect(() => idOn('commune', '2024-02-30')).toThrow(RangeError);
    expect(() => idOn('commune', new Date('nope'))).toThrow(RangeError);
  });
});

describe('registry tie-breaking between a base and its amended version', () => {
  const openBase = { ...commune318, period: { from: '2022-03-08', to: null } };
  it('where both are in force, the version in force from the later date wins, in any order', () => {
    for (const order of [
      [openBase, commune318Amended211],
      [commune318Amended211, openBase],
    ]) {
      const r = createRegistry(order);
      expect(r.inForce({ level: 'commune', on: '2024-03-01' }).id).toBe('commune-2021-2025+211');
      expect(r.inForce({ level: 'commune', on: '2024-02-29' }).id).toBe('commune-2021-2025');
    }
  });

  it('on the same start date, the later registered wins', () => {
    const twin = { ...commune318Amended211, id: 'twin', period: commune318Amended211.period };
    expect(createRegistry([commune318Amended211, twin]).inForce({ level: 'commune', on: '2024-06-01' }).id).toBe('twin');
    expect(createRegistry([twin, commune318Amended211]).inForce({ level: 'commune', on: '2024-06-01' }).id).toBe('commune-2021-2025+211');
  });
});
