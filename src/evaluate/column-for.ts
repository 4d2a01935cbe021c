import { COMMUNE_GROUPS, type CommuneGroupId } from '../model/commune-group.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { PROVINCES, type ProvinceId } from '../model/province.js';
import { REGIONS, type RegionId } from '../model/region.js';
import type { ColumnChoice } from './result.js';

/**
 * What `columnFor` reads: the unit's region, group, province and categories.
 * @example
 * const query: ColumnQuery = { province: 'ha-giang', communeCategories: ['extremely-disadvantaged'] };
 * columnFor(commune2021, query).column; // 'northern-midlands-mountains'
 */
export interface ColumnQuery {
  readonly region?: RegionId | undefined;
  readonly group?: CommuneGroupId | undefined;
  readonly province?: ProvinceId | undefined;
  readonly communeCategories?: readonly string[] | undefined;
}

/**
 * Which column (region or commune group) of a set applies to a unit, and which rule chose it:
 * 1. a decree's exception for a category the unit belongs to (e.g. 318/QĐ-TTg Art. 1:
 *    extremely disadvantaged communes use the northern-midlands-mountains targets);
 * 2. the region or group the caller names;
 * 3. the province's region (63 provinces before the 2025 merger).
 * @example
 * columnFor(commune2021, { province: 'vinh-phuc' }).column; // 'red-river-delta'
 * columnFor(commune2021, { province: 'vinh-phuc', communeCategories: ['extremely-disadvantaged'] }).rule; // '318.art1'
 */
export function columnFor(set: CriteriaSet, query: ColumnQuery): ColumnChoice {
  if (set.columns === 'single') {
    return {
      column: 'all',
      rule: 'single',
      text: { vi: 'Bộ tiêu chí có một mức chung', en: 'The set has a single column' },
      status: 'verified',
    };
  }
  const categories = query.communeCategories ?? [];
  if (categories.length > 0) {
    for (const rule of set.columnRules) {
      if (rule.select && rule.select.categories.some((c) => categories.includes(c))) {
        return { column: rule.select.column, rule: rule.id, text: rule.text, status: rule.status };
      }
    }
  }
  if (set.columns === 'groups') {
    if (query.group) {
      const g = COMMUNE_GROUPS[query.group];
      return {
        column: query.group,
        rule: 'caller',
        text: { vi: `${g.name.vi} do bên gọi xác định`, en: `${g.name.en}, as given by the caller` },
        status: 'verified',
      };
    }
    return noColumn('nhóm xã (group)', 'commune group (group)');
  }
  if (query.region) {
    const r = REGIONS[query.region];
    return {
      column: query.region,
      rule: 'caller',
      text: { vi: `Vùng ${r.name.vi} do bên gọi xác định`, en: `${r.name.en} region, as given by the caller` },
      status: 'verified',
    };
  }
  if (query.province) {
    const p = PROVINCES[query.province];
    const r = REGIONS[p.region];
    return {
      column: p.region,
      rule: 'province',
      text: {
        vi: `Tỉnh ${p.name} thuộc vùng ${r.name.vi} (mặc định theo vùng của tỉnh)`,
        en: `${p.name} province is in the ${r.name.en} region (default: the province's region)`,
      },
      // The default rule is inferred from practice (seed case), not printed in the decree.
      status: 'recalled',
    };
  }
  return noColumn('vùng (region) hoặc tỉnh (province)', 'region or province');
}

function noColumn(vi: string, en: string): ColumnChoice {
  return {
    column: null,
    rule: 'none',
    text: { vi: `Chưa có ${vi} để chọn cột chỉ tiêu`, en: `No ${en} given to choose the target column` },
    status: 'not-found',
  };
}
