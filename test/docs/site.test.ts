import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, WIDE_TABLES_CSS } from '../../scripts/docs-site.js';

// Builds the HTML site from the committed docs/ into a temporary folder (the same code as
// `npm run docs:site`), then reads its pages as a browser opening file:// would.
const dir = mkdtempSync(join(tmpdir(), 'ntm-site-'));
const out = join(dir, 'site');

describe('the static docs site', () => {
  beforeAll(async () => {
    await buildSite({ out });
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders a criteria page with its tables as HTML tables', () => {
    const page = join(out, 'documents', 'criteria_commune-2021-2025.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/<table>/);
    expect(html).toMatch(/<th>Mã<br\s*\/?>\s*<em>Code<\/em><\/th>/);
    expect(html).toContain('Đồng bằng sông Hồng');
    // Source links resolve to anchors on the same page.
    const anchors = [...html.matchAll(/href="#(source-[a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(0);
    for (const id of new Set(anchors)) expect(html).toContain(`id="${id}"`);
  });

  it('wide tables scroll in their own frame: the site carries the rule and every page links it', () => {
    const page = readFileSync(join(out, 'documents', 'criteria_commune-2021-2025.html'), 'utf8');
    const link = /<link rel="stylesheet" href="([^"]*custom\.css)"/.exec(page);
    expect(link).not.toBeNull();
    const css = readFileSync(join(out, 'documents', link![1]!), 'utf8');
    expect(css).toBe(WIDE_TABLES_CSS);
    expect(css).toContain('overflow-x: auto');
  });

  it('the model types list their fields', () => {
    const page = readFileSync(join(out, 'interfaces', 'CriteriaSet.html'), 'utf8');
    for (const field of ['criteria', 'legalBasis', 'columns', 'period']) expect(page).toContain(`id="${field.toLowerCase()}"`);
  });

  it('has a page for every criteria set and links them from the front page', () => {
    const criteria = readdirSync(join(out, 'documents')).filter((f) => f.startsWith('criteria_'));
    const docs = readdirSync(join(import.meta.dirname, '..', '..', 'docs', 'criteria')).filter((f) => f.endsWith('.md'));
    expect(criteria.length).toBe(docs.length);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="documents/criteria_commune-2021-2025.html"');
  });

  it('works from file:// (relative links and scripts only, no server-side fetch)', () => {
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const srcs = [...index.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    for (const link of srcs.filter((l) => !/^(https?:|#|mailto:)/.test(l))) expect(link.startsWith('/'), link).toBe(false);
    expect(existsSync(join(out, 'assets', 'navigation.js'))).toBe(true);
  });
});
