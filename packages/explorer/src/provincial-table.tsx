// A province's criteria table (ntm-criteria-table/1: JSON, or XLSX/CSV in the decree's layout
// as @ntm/sheets writes it) applied to its base set with `applyTable`: the derived set then
// stands in for the chosen set in every view.
import { applyTable, formatMessage, listCriteriaSets, type CriteriaSet, type Message } from '@ntm/criteria';
import { formatOfFileName, readCriteriaTable, tableIssueCell } from '@ntm/sheets';
import { WORDS, type Lang } from './i18n.js';

/** A problem of a table file, at its cell when it has one. */
interface TableProblem {
  readonly cell?: string;
  readonly item: Message;
}

/** A table file read by the page: the derived set, or why it was refused. */
export type LoadedTable =
  | { readonly name: string; readonly set: CriteriaSet; readonly issues: readonly [] }
  | { readonly name: string; readonly set: undefined; readonly issues: readonly TableProblem[] };

/** The set a table names as its base, or `null` for a table that defines a whole set. */
function baseOf(table: unknown): CriteriaSet | null {
  const id = typeof table === 'object' && table !== null ? (table as { base?: unknown }).base : undefined;
  return typeof id === 'string' ? (listCriteriaSets().find((s) => s.id === id) ?? null) : null;
}

/**
 * Reads a table file (JSON by its name's extension or content; XLSX/CSV through @ntm/sheets, the
 * chosen set giving known indicators' measures) and applies it to the set it names as `base`.
 */
function loadTable(name: string, bytes: Uint8Array, chosen: CriteriaSet | null): LoadedTable {
  const format = formatOfFileName(name);
  if (format === undefined) {
    let table: unknown;
    try {
      table = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        name,
        set: undefined,
        issues: [{ item: { vi: `Tệp không phải JSON hợp lệ: ${detail}`, en: `The file is not valid JSON: ${detail}` } }],
      };
    }
    const applied = applyTable(baseOf(table), table);
    return applied.set
      ? { name, set: applied.set, issues: [] }
      : { name, set: undefined, issues: applied.issues.map((item) => ({ item })) };
  }
  const reading = readCriteriaTable(bytes, { format, name: name.replace(/\.[^.]*$/, ''), ...(chosen ? { base: chosen } : {}) });
  const sheetIssues = reading.issues.map((i): TableProblem => ({ cell: i.cell, item: i }));
  if (!reading.table) return { name, set: undefined, issues: sheetIssues };
  const applied = applyTable(baseOf(reading.table), reading.table);
  if (applied.set && sheetIssues.length === 0) return { name, set: applied.set, issues: [] };
  return {
    name,
    set: undefined,
    issues: [...sheetIssues, ...applied.issues.map((item) => ({ cell: tableIssueCell(reading, item), item }))],
  };
}

/** The table picker: a file input, what was applied, and every issue of a refused table. */
export function TablePicker({
  table,
  chosen,
  lang,
  onTable,
}: {
  table: LoadedTable | null;
  chosen: CriteriaSet | null;
  lang: Lang;
  onTable: (t: LoadedTable | null) => void;
}) {
  const w = WORDS[lang];
  return (
    <div class="table-picker">
      <div class="field">
        <label for="table-file">{w.tableFile}</label>
        <input
          id="table-file"
          type="file"
          accept=".json,.xlsx,.csv,application/json"
          onChange={async (ev) => {
            const input = ev.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onTable(loadTable(file.name, new Uint8Array(await file.arrayBuffer()), chosen));
          }}
        />
      </div>
      {table ? (
        <div role="status" data-testid="table-status">
          {table.set ? (
            <p>
              {w.tableApplied(table.name)} → {table.set.id}{' '}
              <button type="button" onClick={() => onTable(null)}>
                {w.removeTable}
              </button>
            </p>
          ) : (
            <div class="issues">
              <p>{w.tableRefused(table.name)}</p>
              <ul>
                {table.issues.map((issue, i) => (
                  <li key={i}>
                    {issue.cell ? <code>{issue.cell}</code> : null} {formatMessage(issue.item, lang)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ) : null}
    </div>
  );
}
