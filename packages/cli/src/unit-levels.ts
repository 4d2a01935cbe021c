import { LEVEL_NAMES, LEVELS, type CriteriaSet, type EvaluationInput, type Level } from '@ntm/criteria';
import { formatOfFileName, normaliseLabel, readGrids, readUnitsFromGrids, type SheetGrid, type UnitRow } from '@ntm/sheets';
import { basename } from 'node:path';
import { extensionOf, readInput } from './io.js';
import { say, tr, UsageError, type Lang } from './lang.js';
import { fromSheetIssue, type ReportIssue } from './report/model.js';
import { jsonUnitList } from './units-file.js';

/**
 * Short names of the levels, for sheet names and report headings (an Excel sheet name holds at
 * most 31 characters; `LEVEL_NAMES` of the core are the full names).
 * @example
 * tr(LEVEL_SHORT['commune-advanced'], 'vi'); // 'Xã NTM nâng cao'
 */
export const LEVEL_SHORT: { readonly [L in Level]: { readonly vi: string; readonly en: string } } = {
  commune: { vi: 'Xã NTM', en: 'NTM commune' },
  'commune-advanced': { vi: 'Xã NTM nâng cao', en: 'Advanced commune' },
  'commune-model': { vi: 'Xã NTM kiểu mẫu', en: 'Model commune' },
  district: { vi: 'Huyện NTM', en: 'NTM district' },
  'district-advanced': { vi: 'Huyện NTM nâng cao', en: 'Advanced district' },
  town: { vi: 'Thị xã, thành phố', en: 'Town or city' },
  province: { vi: 'Tỉnh', en: 'Province' },
  'village-model': { vi: 'Thôn kiểu mẫu', en: 'Model village' },
};

/** Sheet names officials write for each level, besides the level's full and short names and its id. */
const EXTRA_NAMES: { readonly [L in Level]: readonly string[] } = {
  commune: ['xa', 'xa ntm', 'xa nong thon moi', 'communes'],
  'commune-advanced': [
    'xa nang cao',
    'xa ntm nang cao',
    'xa nong thon moi nang cao',
    'nang cao',
    'ntm nang cao',
    'advanced',
    'advanced communes',
  ],
  'commune-model': ['xa kieu mau', 'xa ntm kieu mau', 'xa nong thon moi kieu mau', 'kieu mau', 'model communes'],
  district: ['huyen', 'huyen ntm', 'huyen nong thon moi', 'districts'],
  'district-advanced': ['huyen nang cao', 'huyen ntm nang cao', 'huyen nong thon moi nang cao', 'advanced districts'],
  town: ['thi xa', 'thanh pho', 'thi xa thanh pho', 'towns'],
  province: ['tinh'],
  'village-model': ['thon kieu mau', 'thon nong thon moi kieu mau', 'model villages'],
};

const key = (text: string): string => normaliseLabel(text.replace(/[-_.·–]+/g, ' '));

const BY_NAME = new Map<string, Level>();
for (const level of LEVELS) {
  for (const name of [
    level,
    LEVEL_NAMES[level].vi,
    LEVEL_NAMES[level].en,
    LEVEL_SHORT[level].vi,
    LEVEL_SHORT[level].en,
    ...EXTRA_NAMES[level],
  ]) {
    BY_NAME.set(key(name), level);
  }
}

/**
 * The level a sheet holds data for, from its name ("Xã nâng cao", "commune-advanced", a CSV
 * file's name such as `xa-nang-cao.csv`) or, for a form `ntm template` wrote, from its title
 * row ("Biểu thu thập số liệu: <the set's title>"); `undefined` when it names none.
 * @example
 * levelOfSheet({ name: 'Xã nâng cao', rows: [] }, { commune: commune318, 'commune-advanced': communeAdvanced318 }); // 'commune-advanced'
 */
function levelOfSheet(grid: SheetGrid, sets: { readonly [L in Level]?: CriteriaSet }): Level | undefined {
  const byName = BY_NAME.get(key(grid.name));
  if (byName) return byName;
  const first = grid.rows[0]?.find((cell) => cell !== undefined && typeof cell.value === 'string' && cell.value.trim() !== '');
  const title = first && typeof first.value === 'string' ? key(first.value) : '';
  if (!title.startsWith('bieu thu thap so lieu')) return undefined;
  // The longest title first: an advanced set's title contains more than the commune set's.
  const candidates = (Object.entries(sets) as [Level, CriteriaSet | undefined][])
    .filter((entry): entry is [Level, CriteriaSet] => entry[1] !== undefined)
    .sort((a, b) => b[1].title.vi.length - a[1].title.vi.length);
  return candidates.find(([, set]) => title.includes(key(set.title.vi)))?.[0];
}

/**
 * The units of an aggregate's files, by level: every sheet is read with the set of the level
 * it is for (its name or title says which; a sheet that names none is for `mainLevel`), so a
 * workbook with a sheet "Xã" and a sheet "Xã nâng cao" gives each commune its data for each
 * level. A sheet for a level the aggregate does not count is an issue at that sheet.
 * @example
 * // Not run: reads xa-huyen.xlsx
 * const { rows, issues } = readUnitLevels(['xa-huyen.xlsx'], { commune: commune318, 'commune-advanced': communeAdvanced318 }, 'commune', { lang: 'vi' });
 */
export function readUnitLevels(
  paths: readonly string[],
  sets: { readonly [L in Level]?: CriteriaSet },
  mainLevel: Level,
  options: { readonly lang: Lang; readonly sheet?: string },
): { rows: Map<Level, UnitRow[]>; issues: ReportIssue[] } {
  const { lang } = options;
  const rows = new Map<Level, UnitRow[]>();
  const issues: ReportIssue[] = [];
  const add = (level: Level, units: readonly UnitRow[]) => rows.set(level, [...(rows.get(level) ?? []), ...units]);
  for (const path of paths) {
    const name = basename(path);
    if (extensionOf(path) === 'json') {
      for (const [level, units] of readJsonLevels(readInput(path, lang), name, mainLevel, lang)) add(level, units);
      continue;
    }
    const format = formatOfFileName(path);
    if (format === undefined) throw new UsageError(say('badExtension', lang, { path, known: '.xlsx, .csv, .json' }));
    const read = readGrids(readInput(path, lang), { format, ...(format === 'csv' ? { name: name.replace(/\.[^.]+$/, '') } : {}) });
    for (const issue of read.issues) issues.push(fromSheetIssue(issue));
    const chosen = options.sheet === undefined ? read.grids : read.grids.filter((g) => g.name === options.sheet);
    if (options.sheet !== undefined && chosen.length === 0) {
      const { issues: none } = readUnitsFromGrids(read.grids, sets[mainLevel] ?? Object.values(sets)[0]!, { sheet: options.sheet });
      for (const issue of none) issues.push(fromSheetIssue(issue));
    }
    const byLevel = new Map<Level, SheetGrid[]>();
    for (const grid of chosen) {
      const level = levelOfSheet(grid, sets) ?? mainLevel;
      byLevel.set(level, [...(byLevel.get(level) ?? []), grid]);
    }
    for (const [level, grids] of byLevel) {
      const set = sets[level];
      if (!set) {
        for (const grid of grids) {
          issues.push({
            cell: grid.name,
            code: 'sheet-level-not-counted',
            expected: Object.keys(sets).join(', '),
            received: level,
            vi: say('sheetLevelNotCounted', 'vi', { sheet: grid.name, level: LEVEL_NAMES[level].vi }),
            en: say('sheetLevelNotCounted', 'en', { sheet: grid.name, level: LEVEL_NAMES[level].en }),
          });
        }
        continue;
      }
      const otherLevel = grids.flatMap((grid) => otherLevelColumns(grid, level, sets));
      issues.push(...otherLevel);
      const reading = readUnitsFromGrids(grids, set, {});
      // The reader reports such a column as unknown; the issue that names its level says more.
      const named = new Set(otherLevel.map((i) => i.cell));
      for (const issue of reading.issues)
        if (!(issue.code === 'unknown-column' && named.has(issue.cell))) issues.push(fromSheetIssue(issue, set.id));
      add(level, reading.units);
    }
  }
  return { rows, issues };
}

const codesOf = (set: CriteriaSet): Set<string> => new Set(set.criteria.flatMap((c) => c.indicators.map((i) => i.code)));

/** A column's letters (0 → A, 27 → AB). */
function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Columns of a sheet whose code belongs to another level's set and not to this sheet's: the
 * sheet's reader does not know them, so without this their data would be dropped in silence
 * (an advanced commune's "14.x" on the sheet "Xã"). Each is an issue at its header cell.
 */
function otherLevelColumns(grid: SheetGrid, level: Level, sets: { readonly [L in Level]?: CriteriaSet }): ReportIssue[] {
  const own = codesOf(sets[level]!);
  const text = (cell: SheetGrid['rows'][number][number]) => (cell === undefined || cell.value === null ? '' : String(cell.value).trim());
  // The code row: among the first rows, the one with the most of this level's codes.
  let best = -1;
  let most = 0;
  grid.rows.slice(0, 20).forEach((row, r) => {
    const count = row.filter((cell) => own.has(text(cell))).length;
    if (count > most) [best, most] = [r, count];
  });
  if (best < 0) return [];
  const issues: ReportIssue[] = [];
  grid.rows[best]!.forEach((cell, c) => {
    const code = text(cell);
    if (code === '' || own.has(code)) return;
    const other = (Object.keys(sets) as Level[]).find((l) => l !== level && sets[l] && codesOf(sets[l]!).has(code));
    if (other === undefined) return;
    const params = (lang: Lang) => ({
      code,
      sheet: grid.name,
      level: tr(LEVEL_NAMES[level], lang),
      other: tr(LEVEL_NAMES[other], lang),
      otherSheet: tr(LEVEL_SHORT[other], lang),
    });
    issues.push({
      cell: `${grid.name}!${columnLetters(c)}${best + 1}`,
      indicator: code,
      set: sets[level]!.id,
      code: 'code-of-other-level',
      expected: [...own].join(', '),
      received: code,
      vi: say('codeOfOtherLevel', 'vi', params('vi')),
      en: say('codeOfOtherLevel', 'en', params('en')),
    });
  });
  return issues;
}

/**
 * JSON units for an aggregate: an array (or `{ units: [...] }`) of `{ id, name, kind, district,
 * inputs: { commune: {...}, 'commune-advanced': {...} } }`, or of one input each (`{ id, name,
 * values, ... }`, for the main level).
 */
function readJsonLevels(bytes: Uint8Array, name: string, mainLevel: Level, lang: Lang): Map<Level, UnitRow[]> {
  const list = jsonUnitList(bytes, name, lang);
  const out = new Map<Level, UnitRow[]>();
  list.forEach((item, i) => {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const { id, name: unitName, kind, district, inputs, ...input } = record;
    const base = {
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : `#${i + 1}`,
      ...(typeof unitName === 'string' ? { name: unitName } : {}),
      ...(typeof kind === 'string' ? { kind } : {}),
      ...(typeof district === 'string' ? { district } : {}),
      sheet: name,
      row: 0,
      cells: {},
    };
    const perLevel: [Level, unknown][] =
      typeof inputs === 'object' && inputs !== null
        ? Object.entries(inputs).filter((e): e is [Level, unknown] => (LEVELS as readonly string[]).includes(e[0]))
        : [[mainLevel, input]];
    for (const [level, data] of perLevel) {
      // The engine checks the rest; anything malformed is an input issue, not a crash.
      const row: UnitRow = {
        ...base,
        input: { values: {}, ...(typeof data === 'object' && data !== null ? data : {}) } as unknown as EvaluationInput,
      };
      out.set(level, [...(out.get(level) ?? []), row]);
    }
  });
  return out;
}
