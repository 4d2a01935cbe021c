import { formatMessage } from '../src/index.js';
import { describe, expect, it } from 'vitest';
import { tamDaoReport } from '../examples/tam-dao/report.js';
import { COMMUNES, controlNorthernMountains, district, hoSonAdvanced, unitSets, villages } from '../examples/tam-dao/scenario.js';
import { findIndicator, type EvaluationResult, type IndicatorResult } from '../src/index.js';

function indicator(result: EvaluationResult, code: string): IndicatorResult {
  const found = findIndicator(result, code);
  if (!found) throw new Error(`no ${code}`);
  return found;
}

describe('Tam Đảo, October 2021 (seed scenario)', () => {
  it('judges the district under 558/QĐ-TTg and its communes under 1980/QĐ-TTg, the sets in force', () => {
    expect(district.setId).toBe('district-2016-2020');
    expect(district.version).toBe('558/QĐ-TTg');
    expect(unitSets.commune?.id).toBe('commune-2016-2020');
  });

  it('meets 9 of 9 district criteria, yet is not recognisable', () => {
    expect(district.metCount).toBe(9);
    expect(district.total).toBe(9);
    expect(district.status).toBe('met');
    expect(district.meetsAllCriteria).toBe(true);
    expect(district.recognition).toBe('not-met');
    expect(district.recognisable).toBe(false);
  });

  it('fails "100% of communes" because 0 of its 6 communes meet the commune set; townships are not counted', () => {
    const share = district.conditions.find((c) => c.id === 'allCommunesNTM')!;
    expect(share.purpose).toBe('recognition');
    expect(share.status).toBe('not-met');
    expect(formatMessage(share.reason, 'en')).toBe('0/6 units meet the "NTM commune" set in force (needs ≥ 100%).');
    expect(share.failingUnits).toEqual(COMMUNES.map((c) => c.id));
    expect(district.units.filter((u) => u.kind === 'commune')).toHaveLength(6);
    expect(district.units.some((u) => u.kind === 'township')).toBe(false);
  });

  it('re-tests every commune at the Red River Delta targets with the published 2020 figures', () => {
    for (const unit of district.units) {
      const standing = unit.standings[0]!;
      expect(standing.basis).toBe('evaluated');
      expect(standing.verdict).toBe('not-met');
      const r = standing.result!;
      expect(r.column.column).toBe('red-river-delta');
      expect(r.notMet).toEqual(['2.2', '2.3', '2.4', '10', '11', '17.1a', '17.1b']);
      expect(indicator(r, '2.1').status).toBe('met');
      expect(indicator(r, '10')).toMatchObject({ actual: 40, target: 50, status: 'not-met' });
      expect(indicator(r, '17.1b')).toMatchObject({ actual: 53, target: 65, status: 'not-met' });
    }
  });

  it("applies Vĩnh Phúc's own limits as the province's overrides, and records them", () => {
    const r = district.units[0]!.standings[0]!.result!;
    const poor = indicator(r, '11');
    expect(poor).toMatchObject({ actual: 2.32, target: 2, comparison: '<=', status: 'not-met', targetStatus: 'override' });
    expect(poor.override?.replaced).toBeNull(); // the national cell is not verified (PROVINCIAL)
    const water = indicator(r, '17.1a');
    expect(water).toMatchObject({ actual: 90, target: 100, status: 'not-met' });
    expect(water.override?.replaced).toBe(98); // stricter than the national Red River Delta 98%
    expect(r.overrides.map((o) => [o.code, o.by])).toEqual([
      ['11', 'UBND tỉnh Vĩnh Phúc'],
      ['17.1a', 'UBND tỉnh Vĩnh Phúc'],
    ]);
  });

  it('the same income of 40 meets the northern midlands and mountains target of 36', () => {
    expect(indicator(controlNorthernMountains, '10')).toMatchObject({ actual: 40, target: 36, status: 'met' });
  });

  it('Hồ Sơn meets 3 of 5 provincial advanced groups, failing groups 1 and 2 (income 40 < 60)', () => {
    expect(hoSonAdvanced.setId).toBe('vinhphuc-commune-advanced-2016-2020');
    expect(hoSonAdvanced.metCount).toBe(3);
    expect(hoSonAdvanced.total).toBe(5);
    expect(hoSonAdvanced.status).toBe('not-met');
    expect(hoSonAdvanced.criteria.filter((c) => c.status !== 'met').map((c) => c.number)).toEqual([1, 2]);
    expect(indicator(hoSonAdvanced, '2.x1')).toMatchObject({ actual: 40, target: 60, status: 'not-met', targetStatus: 'verified' });
  });

  it("thôn Tân Long and thôn Chùa Vàng meet 9 of 9 model-village criteria, on the province's assessed values", () => {
    expect(villages.map((v) => [v.name, v.result.metCount, v.result.total, v.result.status])).toEqual([
      ['thôn Tân Long', 9, 9, 'met'],
      ['thôn Chùa Vàng', 9, 9, 'met'],
    ]);
    for (const v of villages) {
      expect(v.result.overrides).toHaveLength(9);
      // The set's own recognition condition (9/9) is only recalled, so recognition stays open.
      expect(v.result.recognition).toBe('incomplete');
    }
  });

  it('prints a bilingual report with every figure', () => {
    const text = tamDaoReport();
    for (const expected of [
      'Đạt 9/9 tiêu chí huyện — 9 of 9 district criteria met.',
      'Đủ điều kiện công nhận / recognisable: KHÔNG / no',
      '0/6 đơn vị đạt chuẩn "Xã nông thôn mới" theo bộ tiêu chí hiện hành (cần ≥ 100%).',
      'Đạo Trù, Yên Dương, Bồ Lý, Minh Quang, Hồ Sơn, Tam Quan',
      '40 triệu đồng/người/năm, yêu cầu ≥ 50 triệu đồng/người/năm',
      '2,32%, yêu cầu ≤ 2%',
      '11: <= 2 — UBND tỉnh Vĩnh Phúc; mức quốc gia / national cell: chưa kiểm chứng / not verified',
      '90%, yêu cầu ≥ 100%',
      '53%, yêu cầu ≥ 65%',
      '40 million VND/person/year ≥ 36 million VND/person/year',
      'Đạt 3/5 nhóm tiêu chí — 3 of 5 groups',
      'thôn Tân Long (xã Hồ Sơn): đạt 9/9 tiêu chí',
      'thôn Chùa Vàng (xã Minh Quang): đạt 9/9 tiêu chí',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
