import { describe, expect, it } from 'vitest';
import {
  columnFor,
  commune318,
  commune318Amended211,
  commune51,
  communeAdvanced318,
  communeAdvanced318Amended211,
  evaluate,
} from '../../src/index.js';

describe('318/QĐ-TTg Art. 1: which communes use the northern-midlands-mountains targets (to 2024-02-29)', () => {
  it.each(['extremely-disadvantaged', 'safe-zone-poor-district'])('a %s commune of the Red River Delta', (category) => {
    for (const set of [commune318, communeAdvanced318]) {
      expect(columnFor(set, { province: 'vinh-phuc', communeCategories: [category] })).toMatchObject({
        column: 'northern-midlands-mountains',
        rule: '318.art1',
        status: 'verified',
      });
    }
  });

  it('any other commune uses its province region, and says the default rule is inferred', () => {
    expect(columnFor(commune318, { province: 'vinh-phuc' })).toMatchObject({
      column: 'red-river-delta',
      rule: 'province',
      status: 'recalled',
    });
    expect(columnFor(commune318, { province: 'vinh-phuc', communeCategories: ['ethnic-minority-mountain-kv3'] }).rule).toBe('province');
  });

  it('the evaluation records the rule and its status, and judges with that column', () => {
    const r = evaluate(commune318, { province: 'can-tho', communeCategories: ['extremely-disadvantaged'], year: 2023, values: {} });
    expect(r.column).toMatchObject({ column: 'northern-midlands-mountains', rule: '318.art1', status: 'verified' });
  });
});

describe('211/QĐ-TTg: the new list of communes (from 2024-03-01)', () => {
  const categories = [
    'ethnic-minority-mountain-kv2',
    'ethnic-minority-mountain-kv3',
    'extremely-disadvantaged-coastal-island',
    'safe-zone-poor-district-211',
  ];

  it.each(categories)('a %s commune uses the northern-midlands-mountains column under a RECALLED rule', (category) => {
    for (const set of [commune318Amended211, communeAdvanced318Amended211]) {
      expect(columnFor(set, { province: 'ca-mau', communeCategories: [category] })).toMatchObject({
        column: 'northern-midlands-mountains',
        rule: '211.special-column',
        status: 'recalled',
      });
    }
  });

  it('the 318 Art. 1 categories no longer select a column (211 replaced the rule)', () => {
    for (const category of ['extremely-disadvantaged', 'safe-zone-poor-district']) {
      expect(columnFor(commune318Amended211, { province: 'ca-mau', communeCategories: [category] })).toMatchObject({
        column: 'mekong-delta',
        rule: 'province',
      });
    }
    expect(commune318Amended211.columnRules.map((r) => r.id)).not.toContain('318.art1');
  });

  it('the rule is data: categories, column, status and the amending decree', () => {
    const rule = commune318Amended211.columnRules.find((r) => r.id === '211.special-column')!;
    expect(rule).toMatchObject({
      status: 'recalled',
      amendedBy: '211/QĐ-TTg',
      select: { categories, column: 'northern-midlands-mountains' },
    });
    expect(commune318Amended211.communeCategories!.map((c) => c.id)).toEqual(categories);
  });

  it('every result under the amended version records the rule id and its recalled status', () => {
    const r = evaluate(commune318Amended211, {
      province: 'vinh-phuc',
      communeCategories: ['ethnic-minority-mountain-kv3'],
      year: 2024,
      values: {},
    });
    expect(r.setId).toBe('commune-2021-2025+211');
    expect(r.version).toBe('318/QĐ-TTg + 211/QĐ-TTg');
    expect(r.column).toMatchObject({ column: 'northern-midlands-mountains', rule: '211.special-column', status: 'recalled' });
  });
});

describe('51/2025/QĐ-TTg: three commune groups instead of regions', () => {
  it('the group is the column; a region alone chooses none', () => {
    expect(columnFor(commune51, { group: 'group-3' })).toMatchObject({ column: 'group-3', rule: 'caller' });
    expect(columnFor(commune51, { region: 'red-river-delta' })).toMatchObject({ column: null, rule: 'none' });
  });
});
