import { COMMUNE_GROUPS, type CommuneGroupId } from '../model/commune-group.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { PROVINCES, type ProvinceId } from '../model/province.js';
import type { ProvinceUnit } from '../model/province-unit.js';
import { REGION_IDS, REGIONS, type RegionId } from '../model/region.js';
import { resolveProvince } from '../model/resolve-province.js';
import type { InputIssue } from './issue.js';
import { issue } from './make-issue.js';
import type { ColumnChoice } from './result.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * What `columnFor` reads: the unit's region, group, province and categories, and when it is
 * assessed (`on` a day, or in a `year`; else the set's period), which says whether a province
 * name means one of the 63 provinces or one of the 34 units of 1 July 2025.
 * @example
 * const query: ColumnQuery = { province: 'ha-giang', year: 2024, communeCategories: ['extremely-disadvantaged'] };
 * columnFor(commune318, query).column; // 'northern-midlands-mountains'
 */
export interface ColumnQuery {
  readonly region?: RegionId | undefined;
  readonly group?: CommuneGroupId | undefined;
  /** A province id, official code or Vietnamese name (`resolveProvince`). */
  readonly province?: string | undefined;
  readonly communeCategories?: readonly string[] | undefined;
  readonly year?: number | null | undefined;
  readonly on?: string | undefined;
}

/**
 * Which column (region or commune group) of a set applies to a unit, which rule chose it, and
 * who supplied it (`suppliedBy`):
 * 1. a decree's exception for a category the unit belongs to (e.g. 318/QĐ-TTg Art. 1:
 *    extremely disadvantaged communes use the northern-midlands-mountains targets);
 * 2. the region or group the caller names. Under 51/2025/QĐ-TTg a commune's group is an
 *    assignment by the competent authority: only the caller supplies it, it is never inferred;
 * 3. the province's region, the province being the unit in force when the commune is assessed.
 *    Where that is not one region, no column is chosen (`rule: 'province-spans-regions'`):
 *    a unit of 2025 that took in provinces of two regions (the new Phú Thọ: Vĩnh Phúc, Hòa
 *    Bình, Phú Thọ), or a name that in the assessed time means an old and a new unit of
 *    different regions. The caller then gives `region`.
 * @example
 * columnFor(commune318, { province: 'vinh-phuc', year: 2024 }).column; // 'red-river-delta'
 * columnFor(commune318, { province: 'vinh-phuc', communeCategories: ['extremely-disadvantaged'] }).rule; // '318.art1'
 * columnFor(commune318, { province: 'phu-tho', year: 2025 }).rule; // 'province-spans-regions' (column null)
 */
export function columnFor(set: CriteriaSet, query: ColumnQuery): ColumnChoice {
  if (set.columns === 'single') return SINGLE;
  const categories = query.communeCategories ?? [];
  if (categories.length > 0) {
    for (const rule of set.columnRules) {
      if (rule.select?.categories.some((c) => categories.includes(c))) {
        let choice = byRule.get(rule);
        if (!choice) {
          byRule.set(
            rule,
            (choice = deepFreeze({
              column: rule.select.column,
              rule: rule.id,
              text: rule.text,
              status: rule.status,
              suppliedBy: 'library',
            } as const)),
          );
        }
        return choice;
      }
    }
  }
  if (set.columns === 'groups') {
    if (query.group) return caller(query.group, callerGroup, UNKNOWN_GROUP);
    return NO_GROUP;
  }
  if (query.region) return caller(query.region, callerRegion, UNKNOWN_REGION);
  if (query.province !== undefined) {
    // Keyed by what the choice depends on; bounded, so odd callers cannot grow it.
    const key = `${query.province}|${String(query.year)}|${String(query.on)}`;
    let known = byProvince.get(set);
    if (!known) byProvince.set(set, (known = new Map()));
    let choice = known.get(key);
    if (!choice) {
      choice = deepFreeze(provinceChoice(set, query.province, query));
      if (known.size < PROVINCE_CHOICES_KEPT) known.set(key, choice);
    }
    return choice;
  }
  return NO_REGION;
}

// A choice depends only on the set's data and the query: made once, shared, frozen.
const byRule = new WeakMap<object, ColumnChoice>();
const byCaller = new Map<string, ColumnChoice>();
const byProvince = new WeakMap<CriteriaSet, Map<string, ColumnChoice>>();
const PROVINCE_CHOICES_KEPT = 512;

function caller<T extends RegionId | CommuneGroupId>(id: T, make: (id: T) => ColumnChoice, unknown: ColumnChoice): ColumnChoice {
  // An id the types refuse (from JSON, say) chooses no column rather than throwing: `evaluate`
  // reports it as an input issue before it gets here, but `columnFor` is public.
  if (!Object.hasOwn(REGIONS, id) && !Object.hasOwn(COMMUNE_GROUPS, id)) {
    return unknown;
  }
  let choice = byCaller.get(id);
  if (!choice) {
    choice = deepFreeze(make(id));
    // Only known ids get here, so the map holds at most one choice per region and group.
    byCaller.set(id, choice);
  }
  return choice;
}

function callerGroup(group: CommuneGroupId): ColumnChoice {
  const g = COMMUNE_GROUPS[group];
  return {
    column: group,
    rule: 'caller',
    text: {
      vi: `${g.name.vi} do bên gọi xác định (nhóm xã do cơ quan có thẩm quyền phân loại, không suy ra)`,
      en: `${g.name.en}, as given by the caller (a commune's group is assigned by the competent authority, never inferred)`,
    },
    status: 'verified',
    suppliedBy: 'caller',
  };
}

function callerRegion(region: RegionId): ColumnChoice {
  const r = REGIONS[region];
  return {
    column: region,
    rule: 'caller',
    text: { vi: `Vùng ${r.name.vi} do bên gọi xác định`, en: `${r.name.en} region, as given by the caller` },
    status: 'verified',
    suppliedBy: 'caller',
  };
}

function provinceChoice(set: CriteriaSet, province: string, query: ColumnQuery): ColumnChoice {
  const found = resolveProvince(province, { on: query.on, year: query.year, period: set.period });
  if (!found.ok) return noColumn('vùng (region) hoặc tỉnh còn hiệu lực (province)', 'region or province in force (province)');
  const units = found.units;
  const regions = regionsOf(units);
  if (regions.length > 1) return spansRegions(units, regions);
  const region = REGIONS[regions[0]!];
  const name = units.map(unitSummary).join(' / ');
  return {
    column: region.id,
    rule: 'province',
    text: {
      vi: `Tỉnh ${name} thuộc vùng ${region.name.vi} (mặc định theo vùng của tỉnh)`,
      en: `${name} province is in the ${region.name.en} region (default: the province's region)`,
    },
    // The default rule is inferred from practice (seed case), not printed in the decree.
    status: 'recalled',
    suppliedBy: 'library',
    province: units,
  };
}

const SINGLE: ColumnChoice = deepFreeze({
  column: 'all',
  rule: 'single',
  text: { vi: 'Bộ tiêu chí có một mức chung', en: 'The set has a single column' },
  status: 'verified',
  suppliedBy: 'library',
});
const NO_GROUP: ColumnChoice = deepFreeze(noColumn('nhóm xã (group)', 'commune group (group)'));
const NO_REGION: ColumnChoice = deepFreeze(noColumn('vùng (region) hoặc tỉnh (province)', 'region or province'));
const UNKNOWN_GROUP: ColumnChoice = deepFreeze(noColumn('nhóm xã (group) hợp lệ', 'known commune group (group)'));
const UNKNOWN_REGION: ColumnChoice = deepFreeze(noColumn('vùng (region) hợp lệ', 'known region (region)'));

/**
 * The input issue for a choice that found no column: `province-needs-region` naming the old
 * provinces when the province alone cannot choose, else `missing-column`.
 * @example
 * const choice = columnFor(commune318, { province: 'phu-tho', year: 2025 });
 * columnIssue(commune318, choice)?.code; // 'province-needs-region'
 */
export function columnIssue(set: CriteriaSet, choice: ColumnChoice): InputIssue | undefined {
  if (choice.column !== null) return undefined;
  if (choice.rule === 'province-spans-regions' && choice.province) {
    const regions = regionsOf(choice.province);
    // An old unit that a new one of the same time took in says nothing more: name the new one.
    const units = choice.province.filter((u) => !choice.province!.some((v) => v !== u && v.formedFrom.includes(u.id as ProvinceId)));
    return issue('province-needs-region', ['region'], { oneOf: regions }, units.map(unitSummary).join(' | '));
  }
  return issue(
    'missing-column',
    [set.columns === 'groups' ? 'group' : 'region'],
    set.columns === 'groups' ? 'group' : 'region-or-province',
    'none',
  );
}

/** "Phú Thọ (25) = Vĩnh Phúc + Hòa Bình + Phú Thọ": words of neither language, short enough for a message. */
function unitSummary(unit: ProvinceUnit): string {
  const formed = unit.formedFrom.length > 1 ? ` = ${unit.formedFrom.map(oldName).join(' + ')}` : '';
  return `${unit.name} (${unit.code})${formed}`;
}

/** The regions of some units, in the decrees' column order. */
function regionsOf(units: readonly ProvinceUnit[]): RegionId[] {
  return REGION_IDS.filter((r) => units.some((u) => u.regions.includes(r)));
}

function oldName(id: ProvinceId): string {
  return PROVINCES[id].name;
}

function spansRegions(units: readonly ProvinceUnit[], regions: readonly RegionId[]): ColumnChoice {
  const name = units.map(unitSummary).join(' / ');
  const vi = regions.map((r) => REGIONS[r].name.vi).join(', ');
  const en = regions.map((r) => REGIONS[r].name.en).join(', ');
  return {
    column: null,
    rule: 'province-spans-regions',
    text: {
      vi: `${name}: địa bàn thuộc các vùng ${vi}; không chọn cột mặc định, cần chỉ rõ vùng (region) của xã`,
      en: `${name}: territory in the ${en} regions; no default column, give the commune's region (region)`,
    },
    status: 'not-found',
    suppliedBy: null,
    province: units,
  };
}

function noColumn(vi: string, en: string): ColumnChoice {
  return {
    column: null,
    rule: 'none',
    text: { vi: `Chưa có ${vi} để chọn cột chỉ tiêu`, en: `No ${en} given to choose the target column` },
    status: 'not-found',
    suppliedBy: null,
  };
}
