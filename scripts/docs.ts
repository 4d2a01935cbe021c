// npm run docs: generates docs/ from rules/ (criteria pages, JSON catalogues, JSON Schemas,
// change pages, coverage, index) and the API reference (typedoc, Markdown, into docs/api).
// Deterministic: no dates, no machine paths, stable order, so CI can diff the committed docs.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputJsonSchema, listCriteriaSets } from '../src/index.js';
import { runTypedoc } from './docs/api.js';
import { catalogueFormatPage, catalogueOf } from './docs/catalogue.js';
import { changePairs, changesPage } from './docs/changes.js';
import { criteriaPage } from './docs/criteria-page.js';
import { json } from './docs/markdown.js';
import { coveragePage, indexPage } from './docs/pages.js';
import { tableFormatPage, tableSchemaFile } from './table-docs.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = join(ROOT, 'docs');

/** Folders owned entirely by the generator: emptied first, so a removed set leaves no page behind. */
const GENERATED_DIRS = ['criteria', 'changes', 'json-schema', 'api'];

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** The link to the API reference, as the index shows it. */
export const API_LINK_MARKDOWN = '[Tài liệu API / *API reference*](api/index.md)';

export async function generateDocs(options: { readonly api?: boolean } = {}): Promise<void> {
  const sets = listCriteriaSets();
  const ids = sets.map((s) => s.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`Two sets share the id ${duplicate}`);
  const pairs = changePairs(sets);

  for (const dir of GENERATED_DIRS) if (options.api !== false || dir !== 'api') rmSync(join(DOCS, dir), { recursive: true, force: true });

  for (const set of sets) {
    const changes = pairs
      .filter((p) => p.from === set || p.to === set)
      .map((p) => ({ file: p.file, from: p.from.version, to: p.to.version }));
    write(join(DOCS, 'criteria', `${set.id}.md`), criteriaPage(set, { changes }));
    write(join(DOCS, 'criteria', `${set.id}.json`), json(catalogueOf(set)));
    write(join(DOCS, 'json-schema', `${set.id}.json`), json(inputJsonSchema(set)));
  }
  for (const pair of pairs) write(join(DOCS, 'changes', pair.file), changesPage(pair));
  write(join(DOCS, 'json-schema', 'criteria-table.json'), tableSchemaFile());
  write(join(DOCS, 'table-format.md'), tableFormatPage());
  write(join(DOCS, 'coverage.md'), coveragePage(sets));
  write(join(DOCS, 'catalogue-format.md'), catalogueFormatPage());
  write(join(DOCS, 'index.md'), indexPage(sets, pairs, { api: API_LINK_MARKDOWN, has: (file) => existsSync(join(DOCS, file)) }));

  if (options.api !== false) {
    await runTypedoc({
      plugin: ['typedoc-plugin-markdown'],
      out: join(DOCS, 'api'),
      readme: 'none',
      // typedoc-plugin-markdown options: index.md as the entry, no breadcrumbs noise.
      entryFileName: 'index.md',
      hidePageHeader: true,
      hideBreadcrumbs: true,
    } as Parameters<typeof runTypedoc>[0]);
  }
  process.stdout.write(`docs: ${sets.length} sets, ${pairs.length} change pages${options.api === false ? '' : ', API reference'}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  generateDocs({ api: !process.argv.includes('--no-api') }).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
