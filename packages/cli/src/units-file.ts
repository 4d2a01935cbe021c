import type { CriteriaSet, EvaluationInput } from '@ntm/criteria';
import { formatOfFileName, readUnits, type SheetIssue, type UnitRow, type UnitsLayout } from '@ntm/sheets';
import { basename } from 'node:path';
import { extensionOf, readInput } from './io.js';
import { say, UsageError, type Lang } from './lang.js';

/**
 * Units from a data file: XLSX/CSV read by `@ntm/sheets` (either layout), or JSON: an array of
 * inputs (each with `id` and optional `name`), `{ units: [...] }`, or one input.
 * @example
 * // Not run: reads xa.xlsx
 * const { units, issues } = readUnitsFile('xa.xlsx', commune318, { lang: 'vi' });
 */
export function readUnitsFile(
  path: string,
  set: CriteriaSet,
  options: { readonly lang: Lang; readonly sheet?: string; readonly layout?: UnitsLayout },
): { units: readonly UnitRow[]; issues: readonly SheetIssue[] } {
  const { lang } = options;
  const name = basename(path);
  if (extensionOf(path) === 'json') return readJsonUnits(readInput(path, lang), name, lang);
  const format = formatOfFileName(path);
  if (format === undefined) throw new UsageError(say('badExtension', lang, { path, known: '.xlsx, .csv, .json' }));
  const bytes = readInput(path, lang);
  return readUnits(bytes, set, {
    format,
    ...(format === 'csv' ? { name: name.replace(/\.[^.]+$/, '') } : {}),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.layout !== undefined ? { layout: options.layout } : {}),
  });
}

/**
 * The units of a JSON file: an array, `{ units: [...] }`, or one unit; a file that is not JSON
 * is a usage error naming it.
 * @example
 * jsonUnitList(new TextEncoder().encode('[{ "id": "x" }]'), 'xa.json', 'vi').length; // 1
 */
export function jsonUnitList(bytes: Uint8Array, name: string, lang: Lang): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new UsageError(say('badJson', lang, { path: name, detail: error instanceof Error ? error.message : String(error) }));
  }
  const list: unknown[] = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { units?: unknown }).units)
      ? (data as { units: unknown[] }).units
      : [data];
  return list;
}

function readJsonUnits(bytes: Uint8Array, name: string, lang: Lang): { units: UnitRow[]; issues: SheetIssue[] } {
  const list = jsonUnitList(bytes, name, lang);
  const units = list.map((item, i): UnitRow => {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const { id, name: unitName, ...input } = record;
    return {
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : `#${i + 1}`,
      ...(typeof unitName === 'string' ? { name: unitName } : {}),
      sheet: name,
      row: 0,
      // The engine checks the rest; anything malformed is an input issue, not a crash.
      input: { values: {}, ...input } as unknown as EvaluationInput,
      cells: {},
    };
  });
  return { units, issues: [] };
}
