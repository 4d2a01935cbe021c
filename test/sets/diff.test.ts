import { describe, expect, it } from 'vitest';
import { commune1980, commune318, commune318Amended211, diff, district320, district320Amended211, type CriteriaSet } from '../../src/index.js';

const codes = (set: CriteriaSet) => set.criteria.flatMap((c) => c.indicators.map((i) => i.code));

describe('diff 1980/QĐ-TTg → 318/QĐ-TTg (communes)', () => {
  const d = diff(commune1980, commune318);

  it('names both versions', () => {
    expect(d.from).toEqual({ id: 'commune-2016-2020', version: '1980/QĐ-TTg' });
    expect(d.to).toEqual({ id: 'commune-2021-2025', version: '318/QĐ-TTg' });
  });

  it('lists the 19 criteria as kept, with renamed ones', () => {
    expect(d.criteria.added).toEqual([]);
    expect(d.criteria.removed).toEqual([]);
    const c3 = d.criteria.changed.find((c) => c.id === '3')!;
    expect(c3.fields).toContain('name');
    expect([c3.nameBefore.vi, c3.name.vi]).toEqual(['Thủy lợi', 'Thủy lợi và phòng, chống thiên tai']);
  });

  it('lists added and removed indicators', () => {
    expect(d.indicators.added.map((i) => i.code)).toEqual(expect.arrayContaining(['5a', '5b', '14.1a', '15.4', '17.9', '17.10']));
    expect(d.indicators.removed.map((i) => i.code)).toEqual(expect.arrayContaining(['5', '7.1', '17.1a', '17.1b']));
    for (const i of d.indicators.added) expect(codes(commune1980)).not.toContain(i.code);
  });

  it('gives the target before and after in every region, status changes included', () => {
    const income = d.indicators.changed.find((i) => i.code === '10')!;
    const tdmnpb = income.targets.find((t) => t.column === 'northern-midlands-mountains')!;
    expect(tdmnpb.before).toEqual([{ status: 'verified', value: 36, op: '>=' }]);
    expect(tdmnpb.after![0]!.status).not.toBe('verified');
    expect(income.targets.map((t) => t.column)).toHaveLength(7);
  });

  it('summarises in Vietnamese and English', () => {
    expect(d.summary[0]!.vi).toMatch(/^1980\/QĐ-TTg \(commune-2016-2020\) → 318\/QĐ-TTg \(commune-2021-2025\): tiêu chí thêm 0, bỏ 0, sửa \d+; chỉ tiêu thêm \d+/);
    const income = d.summary.find((l) => l.en.startsWith('Indicator 10:'))!;
    expect(income.en).toContain('TDMNPB ≥ 36 → unknown (not-found); ĐBSH ≥ 50 → unknown (not-found)');
    expect(income.vi).toContain('TDMNPB ≥ 36 → chưa biết (not-found)');
    expect(d.summary.some((l) => l.vi.startsWith('Thêm chỉ tiêu 5a'))).toBe(true);
    expect(d.summary.every((l) => l.vi.length > 0 && l.en.length > 0)).toBe(true);
  });
});

describe('diff 318/QĐ-TTg → 318/QĐ-TTg as amended by 211/QĐ-TTg', () => {
  const d = diff(commune318, commune318Amended211);

  it('no indicator value is known to change (NOT_FOUND in the reference)', () => {
    expect(d.criteria).toEqual({ added: [], removed: [], changed: [] });
    expect(d.indicators).toEqual({ added: [], removed: [], changed: [] });
  });

  it('the column rule is replaced, with its status and the amending decree', () => {
    expect(d.columnRules.added).toEqual([expect.objectContaining({ id: '211.special-column', status: 'recalled', amendedBy: '211/QĐ-TTg' })]);
    expect(d.columnRules.removed.map((r) => r.id)).toEqual(['318.art1']);
    expect(d.conditions.added.map((c) => [c.id, c.status])).toEqual([['211.amendedIndicators', 'not-found']]);
  });

  it('summary lines', () => {
    expect(d.summary.map((l) => l.en)).toEqual([
      '318/QĐ-TTg (commune-2021-2025) → 318/QĐ-TTg + 211/QĐ-TTg (commune-2021-2025+211): criteria added 0, removed 0, changed 0; indicators added 0, removed 0, changed 0.',
      'Added column rule 211.special-column (recalled, 211/QĐ-TTg)',
      'Removed column rule 318.art1 (verified)',
      'Added condition 211.amendedIndicators (not-found)',
    ]);
    expect(d.summary[1]!.vi).toBe('Thêm quy tắc chọn cột 211.special-column (recalled, 211/QĐ-TTg)');
  });

  it('the district version adds only the not-found condition', () => {
    const e = diff(district320, district320Amended211);
    expect([e.columnRules.added, e.columnRules.removed, e.indicators.changed]).toEqual([[], [], []]);
    expect(e.conditions.added.map((c) => c.id)).toEqual(['211.amendedIndicators']);
  });

  it('a set against itself has no change', () => {
    expect(diff(commune318, commune318).summary).toHaveLength(1);
  });
});
