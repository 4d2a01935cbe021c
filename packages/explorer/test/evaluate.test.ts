// Evaluate one unit in the built page: values change verdicts and reasons, the result is
// announced, and the link reproduces the inputs.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.js';
import { openExplorer, screenshot } from './page.js';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

const START = '#view=evaluate&lang=vi&on=2024-06-30&level=commune&region=red-river-delta&year=2024';

describe('evaluate one unit', () => {
  it('updates verdicts and reasons as values are entered', async () => {
    const { page, errors } = await openExplorer(context, START);
    const verdict = page.getByRole('status');
    await expect.poll(() => verdict.textContent()).toContain('đạt 0/19 tiêu chí');
    const reason = page.locator('li[data-indicator="3.1"]');
    expect(await reason.textContent()).toContain('Thiếu số liệu');

    await page.locator('#in-3_1-num').fill('70');
    await page.locator('#in-3_1-den').fill('100');
    await expect.poll(() => reason.textContent()).toContain('Chưa đạt');
    expect(await reason.textContent()).toMatch(/70%.*80%|80%.*70%/);
    await page.locator('#in-3_2').selectOption('true');
    await expect.poll(() => page.locator('.criteria-results li[data-criterion="3"] > strong').textContent()).toContain('Chưa đạt');
    // The gap plan beside the verdicts: the exact shortfall, in the ratio's own counts.
    const gap = page.getByTestId('gap-plan').locator('li[data-gap="3.1"]');
    await expect
      .poll(() => gap.textContent())
      .toBe('Cần thêm 10 diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động: 70/100 → 80/100 = 80% (yêu cầu ≥ 80%)');
    await page.evaluate(() => scrollTo(0, 0));
    // The README's picture: the form, the verdicts and the gap plan side by side.
    await screenshot(page, 'explorer');

    await page.locator('#in-3_1-num').fill('90');
    await expect.poll(() => reason.textContent()).toContain('Đạt');
    await expect.poll(() => verdict.textContent()).toContain('đạt 1/19 tiêu chí');
    expect(await gap.count()).toBe(0);
    expect(await page.getByTestId('gap-plan').locator('[data-testid="plan-data"] summary').textContent()).toMatch(
      /^Số liệu cần thu thập \(\d+\)$/,
    );
    expect(errors).toEqual([]);
  });

  it('reports a value that is not a number as an issue instead of dropping it', async () => {
    const { page } = await openExplorer(context, START);
    await page.locator('#in-3_1').fill('nhiều');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('3.1');
    expect(await page.locator('li[data-indicator="3.1"]').textContent()).toContain('Thiếu số liệu');
  });

  it('encodes the inputs in a link that reproduces the result', async () => {
    const { page } = await openExplorer(context, START);
    await page.locator('#in-3_1').fill('85');
    await page.locator('#in-3_2').selectOption('true');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('đạt 1/19');
    const link = await page.getByLabel('Liên kết chia sẻ kết quả này').inputValue();
    expect(link).toContain('v.3.1=85');
    const { page: shared } = await openExplorer(context, new URL(link).hash);
    await expect.poll(() => shared.getByRole('status').textContent()).toContain('đạt 1/19');
    expect(await shared.locator('#in-3_1').inputValue()).toBe('85');
  });

  it('is labelled and works from the keyboard', async () => {
    const { page } = await openExplorer(context, START);
    const unlabelled = await page.evaluate(
      () =>
        [...document.querySelectorAll('input, select, button')].filter((el) => {
          const e = el as HTMLInputElement;
          return (
            !(e.labels && e.labels.length > 0) && !e.getAttribute('aria-label') && !(el.tagName === 'BUTTON' && el.textContent?.trim())
          );
        }).length,
    );
    expect(unlabelled).toBe(0);
    await page.getByRole('tab', { name: 'Đánh giá một đơn vị' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Tra cứu bộ tiêu chí');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-browse');
  });
});
