import { describe, expect, it } from 'vitest';
import { columnFor, commune1980, commune318, commune318Amended211, commune51, formatMessage, safeEvaluate } from '../../src/index.js';
import { validateInput } from '../../src/evaluate/validate-input.js';

describe('the column a province gives, as the province stood when the commune is assessed', () => {
  it('the old Phú Thọ in 2024 is in the northern midlands and mountains', () => {
    expect(columnFor(commune318Amended211, { province: 'phu-tho', year: 2024 })).toMatchObject({
      column: 'northern-midlands-mountains',
      rule: 'province',
      suppliedBy: 'library',
      province: [expect.objectContaining({ id: 'phu-tho', code: '25', to: '2025-06-30' })],
    });
  });

  it('Phú Thọ in 2025 may be the old one or the new one (Vĩnh Phúc + Hòa Bình + Phú Thọ): no silent column', () => {
    const choice = columnFor(commune318Amended211, { province: 'phu-tho', year: 2025 });
    expect(choice).toMatchObject({ column: null, rule: 'province-spans-regions', suppliedBy: null, status: 'not-found' });
    expect(formatMessage(choice.text, 'vi')).toContain('Phú Thọ (25) = Vĩnh Phúc + Hòa Bình + Phú Thọ');
    expect(formatMessage(choice.text, 'vi')).toContain('cần chỉ rõ vùng (region)');
  });

  it('a 2021–2025 evaluation naming the new cross-region province without region: an issue names the old provinces and asks for region', () => {
    const outcome = safeEvaluate(commune318Amended211, { province: 'Phú Thọ', year: 2025, values: {} });
    expect(outcome.result.column.column).toBeNull();
    const issue = outcome.issues.find((i) => i.code === 'province-needs-region')!;
    expect(issue.path).toEqual(['region']);
    expect(issue.expected).toBe('northern-midlands-mountains, red-river-delta');
    expect(issue.received).toBe('Phú Thọ (25) = Vĩnh Phúc + Hòa Bình + Phú Thọ');
    expect(formatMessage(issue, 'vi')).toContain('Tỉnh Phú Thọ (25) = Vĩnh Phúc + Hòa Bình + Phú Thọ có địa bàn thuộc nhiều vùng');
    expect(formatMessage(issue, 'vi')).toContain('không chọn cột mặc định; cần chỉ rõ vùng (region) của xã');
    expect(formatMessage(issue, 'en')).toContain("give the commune's region (region)");
    expect(outcome.issues.map((i) => i.code)).not.toContain('missing-column');
  });

  it('the same code 24 in 2025 means Bắc Giang or the new Bắc Ninh: no silent column either', () => {
    const outcome = safeEvaluate(commune318Amended211, { province: '24', year: 2025, values: {} });
    expect(outcome.result.column.column).toBeNull();
    expect(outcome.issues.find((i) => i.code === 'province-needs-region')?.received).toBe('Bắc Ninh (24) = Bắc Giang + Bắc Ninh');
  });

  it('with region the caller supplies the column, and the result says so', () => {
    const outcome = safeEvaluate(commune318Amended211, { province: 'phu-tho', region: 'red-river-delta', year: 2025, values: {} });
    expect(outcome.issues).toEqual([]);
    expect(outcome.result.column).toMatchObject({ column: 'red-river-delta', rule: 'caller', suppliedBy: 'caller' });
  });

  it('a name whose old and new units share a region still chooses it (Hà Nội in 2025; Huế)', () => {
    expect(columnFor(commune318Amended211, { province: 'ha-noi', year: 2025 })).toMatchObject({
      column: 'red-river-delta',
      province: [{}, {}],
    });
    expect(columnFor(commune318Amended211, { province: 'Huế', year: 2025 }).column).toBe('north-central');
    // The new Tuyên Quang (Hà Giang + Tuyên Quang) lies in one region.
    expect(formatMessage(columnFor(commune318Amended211, { province: 'tuyen-quang', on: '2025-08-01' }).text, 'vi')).toContain(
      'Tuyên Quang (08) = Hà Giang + Tuyên Quang',
    );
  });

  it('no year: the set period decides; 1980/QĐ-TTg ends before the merger, 318 + 211 spans it', () => {
    expect(columnFor(commune1980, { province: 'phu-tho' }).column).toBe('northern-midlands-mountains');
    expect(columnFor(commune318, { province: 'phu-tho' }).column).toBe('northern-midlands-mountains');
    expect(columnFor(commune318Amended211, { province: 'phu-tho' }).rule).toBe('province-spans-regions');
    expect(columnFor(commune318Amended211, { province: 'vinh-phuc' }).column).toBe('red-river-delta');
  });

  it('names without diacritics are read by the evaluation: "Ha Nam" in 2024 is in the Red River Delta', () => {
    const outcome = safeEvaluate(commune318Amended211, { province: 'Ha Nam', year: 2024, values: {} });
    expect(outcome.issues).toEqual([]);
    expect(outcome.result.column).toMatchObject({ column: 'red-river-delta', rule: 'province' });
  });

  it('an old province in a 2026–2030 evaluation is an issue suggesting the unit that took it in', () => {
    const outcome = safeEvaluate(commune51, { province: 'Hà Nam', group: 'group-2', year: 2027, values: {} });
    const issue = outcome.issues.find((i) => i.code === 'province-not-in-force')!;
    expect(issue).toMatchObject({ path: ['province'], received: 'Hà Nam', expected: '2027', suggestion: 'ninh-binh' });
    expect(formatMessage(issue, 'vi')).toContain('từ 1/7/2025 có 34');
    // The group stays the caller's: it is recorded and never inferred from the province.
    expect(outcome.result.column).toMatchObject({ column: 'group-2', rule: 'caller', suppliedBy: 'caller' });
  });

  it('under 51/2025 a province never stands in for the group', () => {
    const outcome = safeEvaluate(commune51, { province: 'ninh-binh', year: 2027, values: {} });
    expect(outcome.result.column).toMatchObject({ column: null, suppliedBy: null });
    expect(outcome.issues.map((i) => i.code)).toEqual(['missing-column']);
  });

  it('the one validator reads a province as it stood in the input year (the fast validator is gone)', () => {
    expect(validateInput(commune51, { province: 'ha-nam', year: 2027, values: {} }).issues.map((i) => i.code)).toEqual([
      'province-not-in-force',
    ]);
    expect(validateInput(commune318Amended211, { province: 'ha-nam', year: 2024, values: {} }).issues).toEqual([]);
  });
});
