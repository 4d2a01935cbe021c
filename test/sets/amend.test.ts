import { describe, expect, it } from 'vitest';
import {
  amendCriteriaSet,
  commune318,
  commune318Amended211,
  district320Amended211,
  evaluate,
  findIndicator,
  type CriteriaSet,
  type CriteriaSetPatch,
  type Indicator,
} from '../../src/index.js';

const indicator = (set: CriteriaSet, code: string): Indicator => findIndicator(set, code)!;

const decree = {
  document: '99/QĐ-TTg',
  role: 'amendment' as const,
  title: { vi: 'Sửa đổi (thử)', en: 'Amendment (test)' },
  signed: '2025-01-01',
  inForce: null,
};
const patch: CriteriaSetPatch = {
  id: 'commune-2021-2025+99',
  version: '318/QĐ-TTg + 99/QĐ-TTg',
  amendment: decree,
  period: { from: '2025-01-01', to: '2026-02-14' },
  targets: [{ code: '17.2', column: 'red-river-delta', cell: { status: 'verified', value: 99, op: '>=', sources: ['S17'] } }],
  conditions: { remove: ['r18.satisfaction'] },
  sources: { S17: { what: 'test' } },
};

describe('amendCriteriaSet: a dated patch over a base version', () => {
  const amended = amendCriteriaSet(commune318, patch);

  it('gives a new version in the base family, with both decrees as legal basis', () => {
    expect([amended.id, amended.family, amended.version]).toEqual(['commune-2021-2025+99', 'commune-2021-2025', '318/QĐ-TTg + 99/QĐ-TTg']);
    expect(amended.legalBasis.map((d) => [d.document, d.role])).toEqual([
      ['318/QĐ-TTg', 'base'],
      ['99/QĐ-TTg', 'amendment'],
    ]);
    expect(amended.period).toEqual({ from: '2025-01-01', to: '2026-02-14' });
  });

  it('every value it sets cites the amending decree; the other cells are the base ones', () => {
    const i = indicator(amended, '17.2');
    expect(i.targets['red-river-delta']).toMatchObject({ value: 99, amendedBy: '99/QĐ-TTg' });
    const before = indicator(commune318, '17.2');
    expect(i.targets['mekong-delta']).toBe(before.targets['mekong-delta']);
    expect(amended.conditions.map((c) => c.id)).not.toContain('r18.satisfaction');
  });

  it('leaves the base untouched', () => {
    const before = indicator(commune318, '17.2');
    expect((before.targets['red-river-delta'] as { amendedBy?: string }).amendedBy).toBeUndefined();
    expect(commune318.id).toBe('commune-2021-2025');
  });

  it('the amended target is the one evaluated, and its source names the amendment', () => {
    const r = evaluate(amended, { region: 'red-river-delta', year: 2025, values: { '17.2': 98 } });
    const ind = findIndicator(r, '17.2')!;
    expect([ind.status, ind.target, ind.source.amendedBy]).toEqual(['not-met', 99, '99/QĐ-TTg']);
  });

  it('refuses to patch what the base does not have', () => {
    expect(() =>
      amendCriteriaSet(commune318, {
        ...patch,
        targets: [{ code: '17.99', column: 'all', cell: { status: 'not-found', value: null, op: '>=', sources: [] } }],
      }),
    ).toThrow(/indicator "17.99"/);
    expect(() => amendCriteriaSet(commune318, { ...patch, columnRules: { remove: ['nope'] } })).toThrow(RangeError);
  });
});

describe('the 211/QĐ-TTg versions', () => {
  it('record that the changed values are not known: a not-checkable condition keeps the verdict open', () => {
    for (const set of [commune318Amended211, district320Amended211]) {
      const c = set.conditions.find((x) => x.id === '211.amendedIndicators')!;
      expect(c).toMatchObject({ status: 'not-found', purpose: 'criteria', check: { kind: 'not-checkable' }, document: '211/QĐ-TTg' });
      expect(set.notes!.at(-1)!.en).toMatch(/their new values: not found/);
      expect(set.notes!.at(-1)!.vi).toMatch(/Chưa tìm thấy những chỉ tiêu được sửa và mức mới của chúng/);
    }
  });

  it('keep every base target: 211 invents no value', () => {
    const cells = (s: typeof commune318 | typeof commune318Amended211) => JSON.stringify(s.criteria);
    expect(cells(commune318Amended211)).toBe(cells(commune318));
  });
});
