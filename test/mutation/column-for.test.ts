// Which column applies (src/evaluate/column-for.ts), choice by choice with the whole choice the
// result carries: its rule, who supplied it, its status and its words in both languages, which
// a message shows as they are. The set ids are the package's; the column texts are the engine's.
import { describe, expect, it } from 'vitest';
import { columnIssue } from '../../src/evaluate/column-for.js';
import {
  type CommuneGroupId,
  columnFor,
  commune318,
  commune318Amended211,
  commune51,
  formatMessage,
  getCriteriaSet,
  type RegionId,
} from '../../src/index.js';

const single = getCriteriaSet('district-2016-2020');

describe('columnFor', () => {
  it('a set with one column always gives it, whatever the query', () => {
    const choice = {
      column: 'all',
      rule: 'single',
      text: { vi: 'Bộ tiêu chí có một mức chung', en: 'The set has a single column' },
      status: 'verified',
      suppliedBy: 'library',
    };
    expect(columnFor(single, { region: 'red-river-delta', communeCategories: ['extremely-disadvantaged'] })).toEqual(choice);
    expect(columnFor(single, {})).toEqual(choice);
  });

  it('a group the caller names, and no group', () => {
    expect(columnFor(commune51, { group: 'group-2', province: 'ninh-binh' })).toEqual({
      column: 'group-2',
      rule: 'caller',
      text: {
        vi: 'Nhóm 2 do bên gọi xác định (nhóm xã do cơ quan có thẩm quyền phân loại, không suy ra)',
        en: "Group 2, as given by the caller (a commune's group is assigned by the competent authority, never inferred)",
      },
      status: 'verified',
      suppliedBy: 'caller',
    });
    expect(columnFor(commune51, { region: 'red-river-delta' })).toEqual({
      column: null,
      rule: 'none',
      text: { vi: 'Chưa có nhóm xã (group) để chọn cột chỉ tiêu', en: 'No commune group (group) given to choose the target column' },
      status: 'not-found',
      suppliedBy: null,
    });
  });

  it('a region the caller names comes before the province', () => {
    expect(columnFor(commune318, { region: 'mekong-delta', province: 'vinh-phuc' })).toEqual({
      column: 'mekong-delta',
      rule: 'caller',
      text: { vi: 'Vùng Đồng bằng sông Cửu Long do bên gọi xác định', en: 'Mekong Delta region, as given by the caller' },
      status: 'verified',
      suppliedBy: 'caller',
    });
  });

  it("the province's region, a province not in force, and neither", () => {
    expect(columnFor(commune318, { province: 'vinh-phuc', year: 2024 })).toEqual({
      column: 'red-river-delta',
      rule: 'province',
      text: {
        vi: 'Tỉnh Vĩnh Phúc (26) thuộc vùng Đồng bằng sông Hồng (mặc định theo vùng của tỉnh)',
        en: "Vĩnh Phúc (26) province is in the Red River Delta region (default: the province's region)",
      },
      status: 'recalled',
      suppliedBy: 'library',
      province: [expect.objectContaining({ id: 'vinh-phuc', code: '26' })],
    });
    expect(columnFor(commune318, { province: 'nowhere' })).toEqual({
      column: null,
      rule: 'none',
      text: {
        vi: 'Chưa có vùng (region) hoặc tỉnh còn hiệu lực (province) để chọn cột chỉ tiêu',
        en: 'No region or province in force (province) given to choose the target column',
      },
      status: 'not-found',
      suppliedBy: null,
    });
    expect(columnFor(commune318, {})).toEqual({
      column: null,
      rule: 'none',
      text: {
        vi: 'Chưa có vùng (region) hoặc tỉnh (province) để chọn cột chỉ tiêu',
        en: 'No region or province given to choose the target column',
      },
      status: 'not-found',
      suppliedBy: null,
    });
  });

  it('a province whose territory spans regions chooses none, and names the regions in the decree order', () => {
    const choice = columnFor(commune318Amended211, { province: 'phu-tho', year: 2025 });
    expect(choice).toMatchObject({ column: null, rule: 'province-spans-regions', status: 'not-found', suppliedBy: null });
    // In 2025 the name means the old Phú Thọ and the new one that took in Vĩnh Phúc and Hòa Bình.
    const units = 'Phú Thọ (25) / Phú Thọ (25) = Vĩnh Phúc + Hòa Bình + Phú Thọ';
    expect(choice.text).toEqual({
      vi: `${units}: địa bàn thuộc các vùng Trung du và miền núi phía Bắc, Đồng bằng sông Hồng; không chọn cột mặc định, cần chỉ rõ vùng (region) của xã`,
      en: `${units}: territory in the Northern Midlands and Mountains, Red River Delta regions; no default column, give the commune's region (region)`,
    });
  });

  it("a category of the decree's exception chooses its column, and the same frozen choice every time", () => {
    const query = { province: 'vinh-phuc', communeCategories: ['typo', 'safe-zone-poor-district'] };
    const choice = columnFor(commune318, query);
    const rule = commune318.columnRules.find((r) => r.id === '318.art1')!;
    expect(choice).toEqual({
      column: 'northern-midlands-mountains',
      rule: '318.art1',
      text: rule.text,
      status: 'verified',
      suppliedBy: 'library',
    });
    expect(Object.isFrozen(choice)).toBe(true);
    expect(columnFor(commune318, query)).toBe(choice);
    // A category no rule selects leaves the ordinary rules to choose.
    expect(columnFor(commune318, { province: 'vinh-phuc', communeCategories: ['typo'] }).column).toBe('red-river-delta');
    expect(columnFor(commune318, { region: 'mekong-delta', communeCategories: [] }).column).toBe('mekong-delta');
  });

  it('the same query gives the same frozen choice; a different year is its own question', () => {
    const a = columnFor(commune318Amended211, { province: 'ha-noi', year: 2024 });
    expect(columnFor(commune318Amended211, { province: 'ha-noi', year: 2024 })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(columnFor(commune318Amended211, { province: 'phu-tho', year: 2024 }).column).toBe('northern-midlands-mountains');
    expect(columnFor(commune318Amended211, { province: 'phu-tho', year: 2025 }).column).toBeNull();
    expect(columnFor(commune318Amended211, { province: 'phu-tho', on: '2025-06-30' }).column).toBe('northern-midlands-mountains');
    expect(columnFor(commune318Amended211, { province: 'phu-tho', on: '2025-07-01' }).column).toBeNull();
  });
});

describe('columnIssue', () => {
  it('no issue once a column is chosen', () => {
    expect(columnIssue(commune318, columnFor(commune318, { region: 'mekong-delta' }))).toBeUndefined();
  });

  it("a missing group or region says which field the set's columns need", () => {
    expect(columnIssue(commune51, columnFor(commune51, {}))).toMatchObject({
      code: 'missing-column',
      path: ['group'],
      received: 'none',
      params: { path: 'group', expects: 'group', received: 'none' },
    });
    expect(columnIssue(commune318, columnFor(commune318, {}))).toMatchObject({
      code: 'missing-column',
      path: ['region'],
      received: 'none',
      params: { path: 'region', expects: 'region-or-province', received: 'none' },
    });
  });

  it('a province spanning regions asks for the region, naming the new unit and not the old ones it took in', () => {
    const issue = columnIssue(commune318Amended211, columnFor(commune318Amended211, { province: 'phu-tho', year: 2025 }))!;
    expect(issue).toMatchObject({ code: 'province-needs-region', path: ['region'] });
    expect(issue.expected).toBe('northern-midlands-mountains, red-river-delta');
    expect(issue.received).toBe('Phú Thọ (25) = Vĩnh Phúc + Hòa Bình + Phú Thọ');
  });
});

describe('columnFor: a province in the year of the 2025 merger, and what is remembered', () => {
  it('a name meaning the old unit and the new one of the same region names both; a unit that took in only itself is named alone', () => {
    // In 2025 "Cao Bằng" is the old province and the unit of 1 July 2025 formed from it alone.
    expect(columnFor(commune318Amended211, { province: 'cao-bang', year: 2025 }).text).toEqual({
      vi: 'Tỉnh Cao Bằng (04) / Cao Bằng (04) thuộc vùng Trung du và miền núi phía Bắc (mặc định theo vùng của tỉnh)',
      en: "Cao Bằng (04) / Cao Bằng (04) province is in the Northern Midlands and Mountains region (default: the province's region)",
    });
    expect(columnFor(commune318Amended211, { province: 'ha-noi', on: '2025-07-01' }).text).toEqual({
      vi: 'Tỉnh Hà Nội (01) thuộc vùng Đồng bằng sông Hồng (mặc định theo vùng của tỉnh)',
      en: "Hà Nội (01) province is in the Red River Delta region (default: the province's region)",
    });
  });

  it('a region or group the caller names gives the same frozen choice every time', () => {
    const region = columnFor(commune318, { region: 'south-central-coast' });
    expect(columnFor(commune318Amended211, { region: 'south-central-coast' })).toBe(region);
    expect(Object.isFrozen(region)).toBe(true);
    const group = columnFor(commune51, { group: 'group-1' });
    expect(columnFor(commune51, { group: 'group-1' })).toBe(group);
  });

  it('remembers 512 province questions per set; beyond them a choice is made afresh each time (equal, not kept)', () => {
    // A copy is a set of its own, with nothing remembered yet.
    const set = { ...commune318Amended211 };
    const kept = Array.from({ length: 512 }, (_, i) => columnFor(set, { province: 'ha-noi', year: 1000 + i }));
    kept.forEach((choice, i) => expect(columnFor(set, { province: 'ha-noi', year: 1000 + i })).toBe(choice));
    const beyond = columnFor(set, { province: 'ha-noi', year: 2000 });
    const again = columnFor(set, { province: 'ha-noi', year: 2000 });
    expect(again).toEqual(beyond);
    expect(again).not.toBe(beyond);
  });
});

describe('columnFor: an id the types refuse (from JSON)', () => {
  it('chooses no column and says which kind of id is wanted, never throws', () => {
    const region = columnFor(commune318, { region: 'atlantis' as RegionId });
    expect(region).toMatchObject({ column: null, rule: 'none', status: 'not-found', suppliedBy: null });
    expect(formatMessage(region.text, 'en')).toBe('No known region (region) given to choose the target column');
    const group = columnFor(commune51, { group: 'group-9' as CommuneGroupId });
    expect(group).toMatchObject({ column: null, rule: 'none' });
    expect(formatMessage(group.text, 'vi')).toBe('Chưa có nhóm xã (group) hợp lệ để chọn cột chỉ tiêu');
    expect(Object.isFrozen(region) && Object.isFrozen(group)).toBe(true);
  });
});
