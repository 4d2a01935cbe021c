// Browse in the built page: choosing a set shows its criteria; the diff is one click away;
// unknown cells say what is known; the table scrolls inside its frame.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.js';
import { openExplorer, screenshot } from './page.js';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

describe('browse', () => {
  it('shows the set in force on the chosen date, and another when the date or level changes', async () => {
    const { page, errors } = await openExplorer(context, '#view=browse&lang=vi&on=2024-06-30&level=commune');
    await expect.poll(() => page.getByTestId('set-title').textContent()).toContain('318/QĐ-TTg + 211/QĐ-TTg');
    const table = page.getByTestId('criteria-table');
    await expect.poll(() => table.locator('tbody tr[data-code]').count()).toBe(56);
    expect(await table.locator('tr[data-code="14.1a"]').textContent()).toContain('≥ 98%');
    await screenshot(page, 'browse-2024', true);

    await page.getByLabel('Ngày áp dụng').fill('2021-10-11');
    await expect.poll(() => page.getByTestId('set-title').textContent()).toContain('1980/QĐ-TTg');
    await expect.poll(() => table.locator('tr[data-code="10"]').textContent()).toContain('≥ 50 triệu');

    await page.getByLabel('Cấp', { exact: true }).selectOption('district');
    await expect.poll(() => page.getByTestId('set-title').textContent()).toContain('558/QĐ-TTg');
    expect(errors).toEqual([]);
  });

  it('shows one region column when one is chosen, and every column otherwise', async () => {
    const { page } = await openExplorer(context, '#view=browse&lang=vi&on=2024-06-30&level=commune');
    const headers = page.getByTestId('criteria-table').locator('thead th');
    expect(await headers.count()).toBe(2 + 7 + 2);
    await page.getByLabel('Cột (vùng hoặc nhóm xã)').selectOption('red-river-delta');
    await expect.poll(() => headers.count()).toBe(2 + 1 + 2);
    expect(await headers.nth(2).textContent()).toBe('ĐBSH');
  });

  it('says what is known of a target that is not verified', async () => {
    const { page } = await openExplorer(context, '#view=browse&lang=vi&on=2026-12-01&level=commune');
    await expect.poll(() => page.getByTestId('set-title').textContent()).toContain('51/2025/QĐ-TTg');
    const cell = page.getByTestId('criteria-table').locator('tr[data-code="3.x1"] td').nth(1);
    expect(await cell.textContent()).toMatch(/Chưa biết \(Chưa tìm thấy\)/);
    expect(await cell.locator('.mark').getAttribute('aria-label')).toBe('Chưa tìm thấy');
  });

  it('shows the changes from the previous version on one click', async () => {
    const { page } = await openExplorer(context, '#view=browse&lang=vi&on=2024-06-30&level=commune');
    const button = page.locator('.diff > button');
    expect(await button.textContent()).toContain('Xem thay đổi so với phiên bản trước');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    const diff = page.getByTestId('diff');
    await expect.poll(() => diff.locator('h3').textContent()).toBe('Thay đổi từ 318/QĐ-TTg sang 318/QĐ-TTg + 211/QĐ-TTg');
    expect(await diff.locator('li').count()).toBeGreaterThan(1);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'browse-diff');
  });

  it('keeps a wide table inside its own scrolling frame', async () => {
    const { page } = await openExplorer(context, '#view=browse&lang=vi&on=2024-06-30&level=commune');
    await page.setViewportSize({ width: 800, height: 800 });
    const sizes = await page.evaluate(() => {
      const frame = document.querySelector('.table-frame')!;
      return { frame: frame.clientWidth, table: frame.scrollWidth, page: document.documentElement.scrollWidth, viewport: innerWidth };
    });
    expect(sizes.table).toBeGreaterThan(sizes.frame);
    expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
  });
});
