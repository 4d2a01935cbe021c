import {
  COMMUNE_GROUP_IDS,
  PROVINCES,
  REGIONS,
  type CommuneGroupId,
  type CriteriaSet,
  type ProvinceId,
  type RegionId,
} from '@ntm/criteria';
import { normaliseLabel } from './normalise.js';

/**
 * The columns of a units sheet that say which unit a row is and where it is, besides its
 * indicator values and facts.
 * @example
 * const field: UnitField = 'province';
 */
export type UnitField =
  | 'stt'
  | 'id'
  | 'name'
  | 'district'
  | 'province'
  | 'region'
  | 'group'
  | 'year'
  | 'categories'
  | 'kind'
  | 'recognised';

/**
 * The header labels each unit field is recognised by (compared after `normaliseLabel`), the
 * first of each being the Vietnamese label the forms write.
 * @example
 * UNIT_FIELD_LABELS.name[0]; // 'Tên xã'
 */
export const UNIT_FIELD_LABELS: { readonly [F in UnitField]: readonly string[] } = {
  stt: ['STT', 'TT', 'No', 'No.', 'Số thứ tự'],
  id: ['Mã xã', 'Mã đơn vị', 'Mã ĐVHC', 'Mã', 'ID', 'Unit id', 'Code of unit'],
  name: ['Tên xã', 'Xã', 'Tên đơn vị', 'Đơn vị', 'Tên', 'Xã/phường', 'Name', 'Commune', 'Unit'],
  district: ['Huyện', 'Tên huyện', 'Quận/huyện', 'District'],
  province: ['Tỉnh', 'Tên tỉnh', 'Tỉnh/thành phố', 'Province'],
  region: ['Vùng', 'Region'],
  group: ['Nhóm xã', 'Nhóm', 'Group', 'Commune group'],
  year: ['Năm đánh giá', 'Năm', 'Year'],
  categories: ['Loại xã', 'Phân loại xã', 'Categories'],
  kind: ['Loại đơn vị', 'Kind'],
  recognised: ['Đã công nhận', 'Được công nhận', 'Recognised', 'Recognized'],
};

const FIELD_BY_LABEL = new Map<string, UnitField>();
for (const [field, labels] of Object.entries(UNIT_FIELD_LABELS) as [UnitField, readonly string[]][]) {
  for (const label of labels) FIELD_BY_LABEL.set(normaliseLabel(label), field);
}

/**
 * The unit field a header label names, if any.
 * @example
 * unitFieldOf('TÊN XÃ'); // 'name'
 */
export function unitFieldOf(label: string): UnitField | undefined {
  return FIELD_BY_LABEL.get(normaliseLabel(label));
}

/**
 * The fact or reference a header label names: its name (`schoolCount`) or its Vietnamese or
 * English text, as the set declares them.
 * @example
 * namedInputOf(commune318, 'schoolCount'); // { kind: 'facts', name: 'schoolCount' }
 */
export function namedInputOf(set: CriteriaSet, label: string): { kind: 'facts' | 'references'; name: string } | undefined {
  return namedInputsOf(set).get(normaliseLabel(label));
}

type NamedInput = { readonly kind: 'facts' | 'references'; readonly name: string };
const NAMED_INPUTS = new WeakMap<CriteriaSet, ReadonlyMap<string, NamedInput>>();

/** A set's facts and references by normalised label, made once per set (a long sheet asks on every row). */
function namedInputsOf(set: CriteriaSet): ReadonlyMap<string, NamedInput> {
  let map = NAMED_INPUTS.get(set);
  if (map === undefined) {
    const labels = new Map<string, NamedInput>();
    for (const kind of ['facts', 'references'] as const) {
      for (const [name, input] of Object.entries(set[kind] ?? {})) {
        // The first input a label names wins, as the scan in declaration order did.
        for (const label of [name, input.text.vi, input.text.en]) {
          const key = normaliseLabel(label);
          if (!labels.has(key)) labels.set(key, { kind, name });
        }
      }
    }
    map = labels;
    NAMED_INPUTS.set(set, map);
  }
  return map;
}

/**
 * A label reader that reads each distinct label once. Why: 10,000 rows name the same few
 * provinces, regions and groups, and normalising a label is most of reading it. Bounded:
 * cleared when full, so a file of distinct labels cannot grow it forever.
 */
function readOnce<T>(read: (label: string) => T | undefined): (label: string) => T | undefined {
  const known = new Map<string, T | undefined>();
  return (label) => {
    if (known.has(label)) return known.get(label);
    const value = read(label);
    if (known.size >= 1_000) known.clear();
    known.set(label, value);
    return value;
  };
}

const REGION_BY_LABEL = new Map<string, RegionId>();
for (const region of Object.values(REGIONS)) {
  for (const label of [region.id, region.abbreviation, region.name.vi, region.name.en])
    REGION_BY_LABEL.set(normaliseLabel(label), region.id);
}

/**
 * A region from its id, its decree abbreviation (ĐBSH) or its name in either language.
 * @example
 * regionOfLabel('Đồng bằng sông Hồng'); // 'red-river-delta'
 */
export function regionOfLabel(label: string): RegionId | undefined {
  return regionOnce(label);
}
const regionOnce = readOnce((label) => REGION_BY_LABEL.get(normaliseLabel(label)));

/**
 * A commune group from `group-1`, `1`, `Nhóm 1` or `Group 1`.
 * @example
 * groupOfLabel('Nhóm 2'); // 'group-2'
 */
export function groupOfLabel(label: string): CommuneGroupId | undefined {
  return groupOnce(label);
}
const groupOnce = readOnce((label): CommuneGroupId | undefined => {
  const m = /^(?:nhom|group)?[\s-]*([123])$/.exec(normaliseLabel(label));
  const id = m ? `group-${m[1]}` : undefined;
  return COMMUNE_GROUP_IDS.find((g) => g === id);
});

const PROVINCE_BY_LABEL = new Map<string, ProvinceId>();
for (const [id, province] of Object.entries(PROVINCES) as [ProvinceId, { readonly name: string }][]) {
  PROVINCE_BY_LABEL.set(normaliseLabel(id), id);
  PROVINCE_BY_LABEL.set(normaliseLabel(province.name), id);
  PROVINCE_BY_LABEL.set(normaliseLabel(`tỉnh ${province.name}`), id);
  PROVINCE_BY_LABEL.set(normaliseLabel(`thành phố ${province.name}`), id);
}

/**
 * A province from its id (`vinh-phuc`) or its name (`Vĩnh Phúc`, `Tỉnh Vĩnh Phúc`).
 * @example
 * provinceOfLabel('Tỉnh Vĩnh Phúc'); // 'vinh-phuc'
 */
export function provinceOfLabel(label: string): ProvinceId | undefined {
  return provinceOnce(label);
}
const provinceOnce = readOnce((label): ProvinceId | undefined => {
  const normal = normaliseLabel(label);
  return PROVINCE_BY_LABEL.get(normal) ?? PROVINCE_BY_LABEL.get(normal.replace(/ /g, '-'));
});
