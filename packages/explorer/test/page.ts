// Opens the built explorer from file:// and collects page errors, for every browser test.
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

/** The built page, as a user opens it from disk. */
const PAGE_URL = pathToFileURL(fileURLToPath(new URL('../dist/index.html', import.meta.url))).href;

/** Where the tests save their screenshots. */
const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** A new page on the explorer at `hash`, with the errors it raises. */
export async function openExplorer(context: BrowserContext, hash = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${PAGE_URL}${hash}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, errors };
}

/** Saves a screenshot under screenshots/. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage });
}
