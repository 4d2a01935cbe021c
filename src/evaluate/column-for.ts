import type { CommuneGroupId } from '../model/commune-group.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { PROVINCES, type ProvinceId } from '../model/province.js';
import type { RegionId } from '../model/region.js';
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
      text: { code: 'column.single', params: {} },
      status: 'verified',
    };
  }
  const categories = query.communeCategories ?? [];
  if (categories.length > 0) {
    for (const rule of set.columnRules) {
      if (rule.select && rule.select.categories.some((c) => categories.includes(c))) {
        return { column: rule.select.column, rule: rule.id, text: { code: 'column.rule', params: { rule: rule.id, text: rule.text } }, status: rule.status };
      }
    }
  }
  if (set.columns === 'groups') {
    if (query.group) {
      return {
        column: query.group,
        rule: 'caller',
        text: { code: 'column.caller-group', params: { group: query.group } },
        status: 'verified',
      };
    }
    return noColumn('column.no-group');
  }
  if (query.region) {
    return {
      column: query.region,
      rule: 'caller',
      text: { code: 'column.caller-region', params: { region: query.region } },
      status: 'verified',
    };
  }
  if (query.province) {
    const p = PROVINCES[query.province];
    return {
      column: p.region,
      rule: 'province',
      text: { code: 'column.province', params: { province: p.name, region: p.region } },
      // The default rule is inferred from practice (seed case), not printed in the decree.
      status: 'recalled',
    };
  }
  return noColumn('column.no-region');
}

function noColumn(code: 'column.no-group' | 'column.no-region'): ColumnChoice {
  return {
    column: null,
    rule: 'none',
    text: { code, params: {} },
    status: 'not-found',
  };
}
