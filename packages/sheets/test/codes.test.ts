import { listCriteriaSets } from '@ntm/criteria';
import { describe, expect, it } from 'vitest';
import { looksLikeCode } from '../src/codes.js';

describe('a header cell that looks like a code is never dropped silently', () => {
  it('every indicator code of every shipped set looks like a code', () => {
    const codes = new Set(listCriteriaSets().flatMap((s) => s.criteria.flatMap((c) => c.indicators.map((i) => i.code))));
    expect([...codes].filter((code) => !looksLikeCode(code))).toEqual([]);
  });

  it('labels, years and numbers do not', () => {
    for (const text of ['Tên xã', 'Ghi chú', 'Mã xã', '2024', '1.940', '97,5', 'Đạt', '']) expect(looksLikeCode(text), text).toBe(false);
  });
});
