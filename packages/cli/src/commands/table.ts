import { criteriaTable } from '@ntm/criteria';
import { writeCriteriaTable } from '@ntm/sheets';
import { assertWritable, extensionOf, writeOutput } from '../io.js';
import { say, UsageError } from '../lang.js';
import { langOf, setById } from '../options.js';
import { withTable } from '../table-file.js';

/** Flags of `ntm table`. */
export interface TableFlags {
  readonly output?: string;
  readonly table?: string;
  readonly force?: boolean;
  readonly lang?: string;
  readonly json?: boolean;
}

/**
 * `ntm table <set>`: a set's criteria table, in the decree's layout (XLSX, CSV) or as the JSON
 * format, for a province to fill in (unknown cells show "?") and pass back with `--table`.
 * @example
 * // Not run: writes bang-tieu-chi.xlsx
 * runTable('commune-2026-2030', { output: 'bang-tieu-chi.xlsx' });
 */
export function runTable(setId: string, flags: TableFlags): number {
  const lang = langOf(flags);
  if (flags.output === undefined) throw new UsageError(say('needOutput', lang, { example: 'bang-tieu-chi.xlsx' }));
  const ext = extensionOf(flags.output);
  if (ext !== 'xlsx' && ext !== 'csv' && ext !== 'json')
    throw new UsageError(say('badExtension', lang, { path: flags.output, known: '.xlsx, .csv, .json' }));
  assertWritable(flags.output, flags.force === true, lang);
  const { set, issues } = withTable(setById(setId, lang), flags.table, lang);
  const table = criteriaTable(set);
  const data = ext === 'json' ? `${JSON.stringify(table, null, 2)}\n` : writeCriteriaTable(table, { format: ext });
  writeOutput(flags.output, data, { force: flags.force === true, lang });
  if (flags.json) process.stdout.write(`${JSON.stringify({ wrote: [flags.output], set: set.id, rows: table.rows.length, issues })}\n`);
  else process.stderr.write(`${say('wrote', lang, { path: flags.output })}\n`);
  return issues.length > 0 ? 1 : 0;
}
