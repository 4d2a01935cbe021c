// The page in Vietnamese (the default) and in English, switched by the toggle.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.js';
import { openExplorer, screenshot } from './page.js';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

describe('languages', () => {
  it('opens in Vietnamese and switches to English and back', async () => {
    const { page, errors } = await openExplorer(context, '#on=2024-06-30&level=commune&view=evaluate&region=red-river-delta&v.3.1=85');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tra cứu tiêu chí nông thôn mới');
    expect(await page.locator('li[data-indicator="3.1"]').textContent()).toContain('Đạt');

    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nông thôn mới criteria explorer');
    expect(await page.getByTestId('set-title').textContent()).toContain('National criteria');
    expect(await page.locator('li[data-indicator="3.1"]').textContent()).toMatch(/^Met 3\.1 Met/);
    expect(await page.getByRole('status').textContent()).toContain('of 19 criteria met');
    await screenshot(page, 'evaluate-en');

    await page.getByRole('button', { name: /Tiếng Việt/ }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    expect(errors).toEqual([]);
  });
});
