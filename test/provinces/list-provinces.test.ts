import { describe, expect, it } from 'vitest';
import { listProvinces, PROVINCE_IDS, PROVINCE_UNITS, PROVINCES_2025, type ProvinceUnit } from '../../src/index.js';

const ids = (units: readonly ProvinceUnit[]) => units.map((u) => u.id);

describe('listProvinces: the units in force on a date', () => {
  it('34 units on 2026-01-01, 63 on 2025-06-30, the day before and the day of the change', () => {
    expect(listProvinces({ on: '2026-01-01' })).toHaveLength(34);
    expect(listProvinces({ on: '2025-06-30' })).toHaveLength(63);
    expect(listProvinces({ on: '2025-07-01' })).toHaveLength(34);
    expect(listProvinces({ on: '2016-12-01' })).toHaveLength(63);
    expect(ids(listProvinces({ on: '2025-06-30' }))).toEqual(PROVINCE_IDS);
  });

  it('a date that is not a real YYYY-MM-DD day gives no list rather than a guess', () => {
    for (const on of ['2025-02-30', '2025-7-1', '01/07/2025', '', 'soon']) expect(listProvinces({ on })).toEqual([]);
    expect(listProvinces({} as never)).toEqual([]);
  });

  it('the 34: 6 centrally run cities and 28 provinces, each with a code of its own', () => {
    const units = listProvinces({ on: '2026-01-01' });
    expect(
      units
        .filter((u) => u.kind === 'city')
        .map((u) => u.name)
        .sort(),
    ).toEqual(['Cần Thơ', 'Huế', 'Hà Nội', 'Hải Phòng', 'Thành phố Hồ Chí Minh', 'Đà Nẵng'].sort());
    expect(new Set(units.map((u) => u.code)).size).toBe(34);
    expect(units.every((u) => /^\d{2}$/.test(u.code))).toBe(true);
    expect(units.find((u) => u.id === 'phu-tho')).toMatchObject({ code: '25', name: 'Phú Thọ', from: '2025-07-01', to: null });
  });

  it('the 63 have distinct codes too (Phú Thọ 25, Vĩnh Phúc 26, Hà Nam 35)', () => {
    const units = listProvinces({ on: '2025-06-30' });
    expect(new Set(units.map((u) => u.code)).size).toBe(63);
    expect(Object.fromEntries(units.filter((u) => ['phu-tho', 'vinh-phuc', 'ha-nam'].includes(u.id)).map((u) => [u.id, u.code]))).toEqual({
      'phu-tho': '25',
      'vinh-phuc': '26',
      'ha-nam': '35',
    });
  });

  it('every old province went into exactly one new unit; 11 units did not change', () => {
    const taken = listProvinces({ on: '2026-01-01' }).flatMap((u) => u.formedFrom);
    expect([...taken].sort()).toEqual([...PROVINCE_IDS].sort());
    const unchanged = listProvinces({ on: '2026-01-01' }).filter((u) => u.formedFrom.length === 1);
    expect(unchanged.map((u) => u.name).sort()).toEqual(
      ['Cao Bằng', 'Huế', 'Hà Nội', 'Hà Tĩnh', 'Lai Châu', 'Lạng Sơn', 'Nghệ An', 'Quảng Ninh', 'Sơn La', 'Thanh Hóa', 'Điện Biên'].sort(),
    );
    expect(PROVINCES_2025['ninh-binh'].formedFrom).toEqual(['ha-nam', 'nam-dinh', 'ninh-binh']);
  });

  it('seven new units span two NTM regions and have no region of their own', () => {
    const spanning = listProvinces({ on: '2026-01-01' }).filter((u) => u.region === null);
    expect(spanning.map((u) => u.id).sort()).toEqual(['bac-ninh', 'dak-lak', 'gia-lai', 'lam-dong', 'phu-tho', 'quang-ngai', 'tay-ninh']);
    expect(spanning.find((u) => u.id === 'phu-tho')!.regions).toEqual(['northern-midlands-mountains', 'red-river-delta']);
    expect(listProvinces({ on: '2026-01-01' }).find((u) => u.id === 'tuyen-quang')!.region).toBe('northern-midlands-mountains');
    expect(listProvinces({ on: '2025-06-30' }).every((u) => u.region !== null && u.regions.length === 1)).toBe(true);
  });

  it('shipped data is frozen', () => {
    expect(Object.isFrozen(PROVINCE_UNITS)).toBe(true);
    for (const unit of PROVINCE_UNITS) {
      expect(Object.isFrozen(unit) && Object.isFrozen(unit.formedFrom) && Object.isFrozen(unit.regions)).toBe(true);
    }
  });
});
