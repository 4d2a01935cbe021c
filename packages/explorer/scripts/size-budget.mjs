// The explorer's JavaScript must stay under its brotli budget: fails (exit 1) over it.
// Run after the build: `npm run build:explorer && npm run size --workspace @ntm/explorer`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * Brotli bytes allowed for all of dist/assets/*.js together. 200 kB until every note of every set
 * was given in Vietnamese as well as English (issue 11.5): the page went from 199.8 to 210.6 kB,
 * the sets' notes in Vietnamese being about 11 kB brotli. 215 kB until the lock moved to zod 4.6.7,
 * the zod a fresh install gets (issue 19): the provincial-table reader validates a table with
 * zod, whose classic API is not tree-shaken and grew from 4.1 to 4.6: 212.5 → 222.0 kB. 225 kB until
 * @ntm/sheets read XLSX with its own lean reader (fflate's inflate and a scanner of the sheet XML,
 * about twice as fast as SheetJS's whole-workbook parse; SheetJS stays for the writer and the
 * files the lean reader hands over): 222.0 → 228.0 kB.
 */
export const BUDGET_BYTES = 230 * 1024;

const assets = fileURLToPath(new URL('../dist/assets/', import.meta.url));
let files;
try {
  files = readdirSync(assets).filter((f) => f.endsWith('.js'));
} catch {
  process.stderr.write('dist/assets is missing: run `npm run build:explorer` first\n');
  process.exit(1);
}
let raw = 0;
let brotli = 0;
for (const file of files) {
  const data = readFileSync(join(assets, file));
  raw += statSync(join(assets, file)).size;
  brotli += brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const line = `explorer JavaScript: ${kb(raw)} minified, ${kb(brotli)} brotli (budget ${kb(BUDGET_BYTES)})`;
if (brotli > BUDGET_BYTES) {
  process.stderr.write(`${line}: OVER BUDGET\n`);
  process.exit(1);
}
process.stdout.write(`${line}: ok\n`);
