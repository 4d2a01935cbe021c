import type { z } from 'zod';
import { TABLE_COLUMN_IDS } from './format.js';
import type { ColumnId } from '../model/column.js';
import type { LocalizedText } from '../model/text.js';
import { tableIssue, type TableIssue, type TablePlace } from './issue.js';

const TYPE_NAMES: Readonly<Record<string, LocalizedText>> = {
  string: { vi: 'một chuỗi', en: 'a string' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  object: { vi: 'một đối tượng', en: 'an object' },
  array: { vi: 'một mảng', en: 'an array' },
  null: { vi: 'null', en: 'null' },
};

/**
 * The table issues for a table that does not parse: one per zod issue, placed at its row and
 * column where it has them, with the expectation in Vietnamese and English. @internal
 */
export function schemaIssues(error: z.ZodError, raw: unknown): TableIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const place = placeOf(path, raw);
    const received = describeReceived(valueAt(raw, path));
    // zod 4.1 reports a cell keyed by no column id as `invalid_key` at the cell; later 4.x
    // versions as `unrecognized_keys` on the cells record: both are an unknown column.
    if (issue.code === 'invalid_key') return [unknownColumn(path, place)];
    if (issue.code === 'unrecognized_keys' && path[path.length - 1] === 'cells') {
      return issue.keys.map((key) => unknownColumn([...path, key], placeOf([...path, key], raw)));
    }
    return tableIssue(
      'invalid-table',
      place,
      expectationOf(issue, path),
      issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : received,
    );
  });
}

function unknownColumn(path: readonly (string | number)[], place: TablePlace): TableIssue {
  return tableIssue('unknown-column', { ...place, path, column: undefined }, TABLE_COLUMN_IDS.join(', '), String(path[path.length - 1]));
}

function expectationOf(issue: z.core.$ZodIssue, path: readonly (string | number)[]): LocalizedText {
  const field = path.length > 0 ? String(path[path.length - 1]) : '';
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? { vi: String(issue.expected), en: String(issue.expected) };
    case 'invalid_value':
      return { vi: `một trong ${issue.values.map(String).join(' | ')}`, en: `one of ${issue.values.map(String).join(' | ')}` };
    case 'too_small':
      return issue.origin === 'string'
        ? { vi: 'một chuỗi không rỗng', en: 'a non-empty string' }
        : { vi: `giá trị ít nhất ${String(issue.minimum)}`, en: `at least ${String(issue.minimum)}` };
    case 'invalid_format':
      return issue.format === 'date'
        ? { vi: 'một ngày dạng YYYY-MM-DD', en: 'a date as YYYY-MM-DD' }
        : {
            vi: `chuỗi đúng mẫu ${issue.format === 'regex' ? (issue.pattern ?? '') : issue.format}`,
            en: `text matching ${issue.format === 'regex' ? (issue.pattern ?? '') : issue.format}`,
          };
    case 'unrecognized_keys':
      return { vi: 'chỉ các trường của định dạng ntm-criteria-table/1', en: 'only the fields of the ntm-criteria-table/1 format' };
    case 'invalid_union':
      return field === 'source'
        ? { vi: 'số văn bản hoặc { document, annex?, article?, row? }', en: 'a document number or { document, annex?, article?, row? }' }
        : {
            vi: 'một số, true, { value, op?, source? } hoặc danh sách trường hợp',
            en: 'a number, true, { value, op?, source? } or a list of cases',
          };
    case 'custom':
      return field === 'province'
        ? { vi: 'mã tỉnh, ví dụ ha-noi', en: 'a province id such as ha-noi' }
        : { vi: 'giá trị hợp lệ', en: 'a valid value' };
    default:
      return { vi: 'giá trị hợp lệ', en: 'a valid value' };
  }
}

function placeOf(path: readonly (string | number)[], raw: unknown): TablePlace {
  if (path[0] !== 'rows' || typeof path[1] !== 'number') return { path };
  const row = path[1];
  const code = valueAt(raw, ['rows', row, 'code']);
  const column =
    path[2] === 'cells' && typeof path[3] === 'string' && TABLE_COLUMN_IDS.includes(path[3] as ColumnId)
      ? (path[3] as ColumnId)
      : undefined;
  return { path, row, ...(typeof code === 'string' ? { indicator: code } : {}), ...(column ? { column } : {}) };
}

function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function describeReceived(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
