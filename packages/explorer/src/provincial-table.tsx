// A province's criteria table (format ntm-criteria-table/1, JSON) applied to its base set with
// `applyTable`: the derived set then stands in for the chosen set in every view.
import { applyTable, formatMessage, listCriteriaSets, type CriteriaSet, type TableIssue } from '@ntm/criteria';
import { WORDS, type Lang } from './i18n.js';

/** A table file read by the page: the derived set, or why it was refused. */
export type LoadedTable =
  | { readonly name: string; readonly set: CriteriaSet; readonly issues: readonly [] }
  | { readonly name: string; readonly set: undefined; readonly issues: readonly (TableIssue | { readonly message: { vi: string; en: string } })[] };

/** Applies a table file's text to the set it names as `base` (or builds the set it defines). */
export function loadTable(name: string, text: string): LoadedTable {
  let table: unknown;
  try {
    table = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { name, set: undefined, issues: [{ message: { vi: `Tệp không phải JSON hợp lệ: ${detail}`, en: `The file is not valid JSON: ${detail}` } }] };
  }
  const baseId = typeof table === 'object' && table !== null ? (table as { base?: unknown }).base : undefined;
  const base = typeof baseId === 'string' ? (listCriteriaSets().find((s) => s.id === baseId) ?? null) : null;
  const applied = applyTable(base, table);
  return applied.set ? { name, set: applied.set, issues: [] } : { name, set: undefined, issues: applied.issues };
}

/** The table picker: a file input, what was applied, and every issue of a refused table. */
export function TablePicker({ table, lang, onTable }: { table: LoadedTable | null; lang: Lang; onTable: (t: LoadedTable | null) => void }) {
  const w = WORDS[lang];
  return (
    <div class="table-picker">
      <div class="field">
        <label for="table-file">{w.tableFile}</label>
        <input
          id="table-file"
          type="file"
          accept=".json,application/json"
          onChange={async (ev) => {
            const input = ev.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onTable(loadTable(file.name, await file.text()));
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
                  <li key={i}>{formatMessage(issue, lang)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ) : null}
    </div>
  );
}
