import { describe, expect, it } from 'vitest';
import { commune51, evaluate, findIndicator } from '../../src/index.js';

describe('51/2025/QĐ-TTg commune set: known structure, unknown targets, caller overrides', () => {
  it('has 10 criteria, the 6 indicator names seen, and records the 47-indicator count', () => {
    expect(commune51.criteria).toHaveLength(10);
    expect(commune51.criteria.flatMap((c) => c.indicators.map((i) => i.code))).toEqual(['3.x1', '3.x2', '3.x3', '6.x1', '8.x1', '8.x2']);
    expect(commune51.notes!.some((n) => n.vi.includes('10 tiêu chí, 47 chỉ tiêu'))).toBe(true);
    expect(commune51.criteria.every((c) => c.incompleteIndicators?.en.includes('47'))).toBe(true);
  });

  it('without overrides every known indicator is unknown-target and the set is incomplete', () => {
    const r = evaluate(commune51, { group: 'group-1', year: 2026, values: { '6.x1': 1, '8.x1': 99 } });
    expect(r.unknownTargets).toEqual(['3.x1', '3.x2', '3.x3', '6.x1', '8.x1', '8.x2']);
    expect(r.status).toBe('incomplete');
  });

  it('with province-supplied targets it evaluates end to end and records each override', () => {
    const by = 'UBND tỉnh (ví dụ)';
    const r = evaluate(commune51, {
      group: 'group-2',
      year: 2027,
      values: { '6.x1': 1.5, '8.x1': 80, '8.x2': true },
      overrides: { '6.x1': { value: 2, by }, '8.x1': { value: 90, by }, '8.x2': { value: true, by } },
    });
    const ind = (code: string) => findIndicator(r, code)!;
    expect([ind('6.x1').status, ind('6.x1').target, ind('6.x1').comparison]).toEqual(['met', 2, '<=']);
    expect([ind('8.x1').status, ind('8.x1').target]).toEqual(['not-met', 90]);
    expect(ind('8.x2').status).toBe('met');
    expect(r.overrides.map((o) => [o.code, o.value, o.replaced])).toEqual([
      ['6.x1', 2, null],
      ['8.x1', 90, null],
      ['8.x2', true, null],
    ]);
    expect(r.status).toBe('not-met');
    expect(r.column).toMatchObject({ column: 'group-2', rule: 'caller' });
  });

  it('a criterion whose known indicators all pass is still not met: its other rows are unknown', () => {
    const r = evaluate(commune51, {
      group: 'group-2',
      year: 2027,
      values: { '6.x1': 1 },
      overrides: { '6.x1': { value: 2, by: 'UBND tỉnh' } },
    });
    expect(r.criteria[5]!.indicators[0]!.status).toBe('met');
    expect(r.criteria[5]!.status).toBe('incomplete');
  });
});
