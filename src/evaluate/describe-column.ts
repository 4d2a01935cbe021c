import { COMMUNE_GROUPS, isCommuneGroupId } from '../model/commune-group.js';
import type { ColumnId } from '../model/column.js';
import { isRegionId, REGIONS } from '../model/region.js';
import type { LocalizedText } from '../model/text.js';

/** The name of a column for reasons: "vùng Đồng bằng sông Hồng" / "Red River Delta column". @internal */
export function describeColumn(column: ColumnId | null): LocalizedText {
  if (column === null) return { vi: 'chưa xác định vùng/nhóm', en: 'no column chosen' };
  if (isRegionId(column)) return { vi: `vùng ${REGIONS[column].name.vi}`, en: `${REGIONS[column].name.en} column` };
  if (isCommuneGroupId(column)) {
    return { vi: `xã ${COMMUNE_GROUPS[column].name.vi.toLowerCase()}`, en: `${COMMUNE_GROUPS[column].name.en} column` };
  }
  return { vi: 'mức chung', en: 'single column' };
}

/** "318/QĐ-TTg Phụ lục I, chỉ tiêu 17.8" / "318/QĐ-TTg Annex I, indicator 17.8". @internal */
export function describeSource(document: string, annex: string | undefined, row: string): LocalizedText {
  const annexEn = annex?.replace(/^Phụ lục/, 'Annex');
  return {
    vi: `${document}${annex ? ` ${annex}` : ''}, chỉ tiêu ${row}`,
    en: `${document}${annexEn ? ` ${annexEn}` : ''}, indicator ${row}`,
  };
}
