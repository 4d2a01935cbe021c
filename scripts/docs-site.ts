// npm run docs:site: the static HTML site (typedoc) of the API and of every generated page in
// docs/ (criteria, changes, coverage, formats), into site/. It opens from file:// (typedoc's
// HTML needs no server). Run `npm run docs` first: the site is built from the committed docs.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { API_LINK_MARKDOWN } from './docs.js';
import { runTypedoc } from './docs/api.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = join(ROOT, 'docs');

/** The site's own CSS: wide tables scroll inside the page's column. */
export const WIDE_TABLES_CSS = `.tsd-typography table, .tsd-panel table {
  display: block;
  max-width: 100%;
  overflow-x: auto;
}
`;

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f));
}

/** Builds the site into `out` (default `site/`); its front page is written to `<out>/../.site-src` first. */
export async function buildSite(options: { readonly out?: string; readonly examples?: boolean } = {}): Promise<void> {
  const OUT = options.out ?? join(ROOT, 'site');
  const BUILD = join(dirname(OUT), `.${basename(OUT)}-src`);
  if (!existsSync(join(DOCS, 'index.md'))) throw new Error('docs/index.md is missing: run `npm run docs` first');
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(BUILD, { recursive: true });
  // Pages linked from the index (coverage, input issues…) and every criteria and change page.
  const documents = [
    ...markdownFiles(DOCS).filter((f) => basename(f) !== 'index.md'),
    ...markdownFiles(join(DOCS, 'criteria')),
    ...markdownFiles(join(DOCS, 'changes')),
  ];
  // The front page is docs/index.md with its links made relative to where it is written, and the
  // link to the Markdown API replaced: in the site the API is typedoc's own pages.
  const toDocs = relative(BUILD, DOCS).split('\\').join('/');
  const front = readFileSync(join(DOCS, 'index.md'), 'utf8')
    .replace(API_LINK_MARKDOWN, 'Tài liệu API: mọi hàm và kiểu ở mục lục / *API reference: every function and type is in the navigation*')
    .replace(/\]\((?!https?:|#)([^)]+)\)/g, (_, target: string) => `](${toDocs}/${target})`);
  const readme = join(BUILD, 'index.md');
  writeFileSync(readme, front);
  // The criteria pages' tables have up to 13 columns (7 regions and more): each scrolls in its
  // own frame instead of running under the navigation on wide screens.
  const css = join(BUILD, 'wide-tables.css');
  writeFileSync(css, WIDE_TABLES_CSS);
  await runTypedoc(
    {
      out: OUT,
      readme,
      customCss: css,
      projectDocuments: documents,
      // The HTML theme's search and navigation work from file:// (no fetch of JSON).
      navigation: { includeCategories: false, includeGroups: false, includeFolders: true, compactFolders: true, excludeReferences: false },
    },
    { examples: options.examples },
  );
  rmSync(BUILD, { recursive: true, force: true });
  linkExplorer(OUT);
  process.stdout.write(`site: ${documents.length} documents into ${relative(ROOT, OUT)}/\n`);
}

/**
 * The explorer (packages/explorer, built by `npm run build:explorer`) goes into `<out>/explorer/`,
 * with a link at the top of the front page; typedoc checks every path it renders, so the link is
 * added to its output. Without a built explorer the site is left as it is.
 */
function linkExplorer(out: string): void {
  const built = join(ROOT, 'packages', 'explorer', 'dist');
  const front = join(out, 'index.html');
  if (!existsSync(join(built, 'index.html')) || !existsSync(front)) return;
  cpSync(built, join(out, 'explorer'), { recursive: true });
  const link = '<p><a href="explorer/index.html">Tra cứu và đánh giá trong trình duyệt / <em>Criteria explorer in the browser</em></a></p>';
  writeFileSync(front, readFileSync(front, 'utf8').replace('<div class="tsd-panel tsd-typography">', `$&${link}`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildSite().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
