import { writeInputForm, type UnitsLayout } from '@ntm/sheets';
import { extensionOf, writeOutput, assertWritable } from '../io.js';
import { say, UsageError } from '../lang.js';
import { langOf, placeFlags, setById } from '../options.js';
import { withTable } from '../table-file.js';

/** Flags of `ntm template`. */
export interface TemplateFlags {
  readonly region?: string;
  readonly group?: string;
  readonly output?: string;
  readonly layout?: string;
  readonly table?: string;
  readonly force?: boolean;
  readonly lang?: string;
  readonly json?: boolean;
}

/**
 * `ntm template <set>`: an input form to fill in (XLSX, or CSV for the wide layout).
 * @example
 * // Not run: writes mau.xlsx
 * runTemplate('commune-2021-2025', { region: 'ĐBSH', output: 'mau.xlsx' });
 */
export function runTemplate(setId: string, flags: TemplateFlags): number {
  const lang = langOf(flags);
  if (flags.output === undefined) throw new UsageError(say('needOutput', lang, { example: 'mau-nhap-lieu.xlsx' }));
  const ext = extensionOf(flags.output);
  if (ext !== 'xlsx' && ext !== 'csv') throw new UsageError(say('badExtension', lang, { path: flags.output, known: '.xlsx, .csv' }));
  const layout = flags.layout ?? 'wide';
  if (layout !== 'wide' && layout !== 'long') throw new UsageError(say('badLayout', lang, { value: layout }));
  const place = placeFlags(flags, lang);
  assertWritable(flags.output, flags.force === true, lang);
  const { set, issues } = withTable(setById(setId, lang), flags.table, lang);
  const column = place.region ?? place.group;
  const bytes = writeInputForm(set, { format: ext, layout: layout as UnitsLayout, ...(column ? { column } : {}) });
  writeOutput(flags.output, bytes, { force: flags.force === true, lang });
  if (flags.json) process.stdout.write(`${JSON.stringify({ wrote: [flags.output], set: set.id, issues })}\n`);
  else process.stderr.write(`${say('wrote', lang, { path: flags.output })}\n`);
  return issues.length > 0 ? 1 : 0;
}
