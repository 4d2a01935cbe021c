// Evaluate a spreadsheet in the built page: dropping the CLI's template filled for three
// communes shows each commune's verdict and the bands; the report downloads as a valid XLSX.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.js';
import { communesCsv, communesXlsx, TEST_COMMUNES } from './communes-sheet.js';
import { openExplorer, screenshot } from './page.js';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

const SHEET_VIEW = '#view=sheet&lang=vi&on=2024-06-30&level=commune';

/** Drops a file on the drop zone as a user's drag and drop does. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      const zone = document.querySelector('[data-testid="drop-zone"]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, base64: bytes.toString('base64') },
  );
}

describe('evaluate a spreadsheet', () => {
  it('shows every commune of a dropped XLSX with its verdict, and the bands', async () => {
    const { page, errors } = await openExplorer(context, SHEET_VIEW);
    await dropFile(page, 'xa-thu.xlsx', communesXlsx());
    await expect.poll(() => page.getByTestId('sheet-status').textContent()).toContain('xa-thu.xlsx: 3 đơn vị');
    const rows = page.getByTestId('sheet-rows').locator('tbody tr');
    expect(await rows.count()).toBe(TEST_COMMUNES.length);
    expect(await rows.nth(0).textContent()).toContain('Xã Thử A');
    expect(await page.locator('tr[data-unit="xa-thu-a"] td').nth(0).textContent()).toBe('1/19');
    expect(await page.locator('tr[data-unit="xa-thu-b"] td').nth(0).textContent()).toBe('0/19');
    expect(await page.locator('tr[data-unit="xa-thu-b"] td').nth(1).textContent()).toBe('Chưa đạt');
    // Each row's gap plan: commune B is 10 points short on 3.1.
    expect(await page.locator('tr[data-unit="xa-thu-b"] td.plan-cell li').first().textContent()).toMatch(/10.*70%.*80%/);
    // The unreadable value is reported at its cell, and the commune still evaluated.
    expect(await page.getByText(/nhiều/).count()).toBeGreaterThan(0);
    const bands = page.getByTestId('bands').locator('tbody tr');
    expect(await bands.locator('th').allTextContents()).toEqual(['19', '15–18', '10–14', '5–9', 'dưới 5']);
    expect(await bands.locator('td').allTextContents()).toEqual(['0', '0', '0', '0', '3']);
    await screenshot(page, 'sheet', true);
    expect(errors).toEqual([]);
  });

  it('downloads the report as a valid XLSX workbook', async () => {
    const { page } = await openExplorer(context, SHEET_VIEW);
    await dropFile(page, 'xa-thu.xlsx', communesXlsx());
    await page.getByTestId('sheet-rows').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo (XLSX)' }).click()]);
    expect(download.suggestedFilename()).toBe('xa-thu-bao-cao.xlsx');
    const path = join(tmpdir(), `ntm-explorer-report-${process.pid}.xlsx`);
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const book = XLSX.read(bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Kết quả', 'Phân nhóm', 'Kế hoạch', 'Vấn đề của tệp']);
    const results = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Kết quả']!);
    expect(results.map((r) => r['Tên'])).toEqual(TEST_COMMUNES.map((c) => c.name));
    expect(results[0]!['Số tiêu chí đạt']).toBe('1/19');
    expect(results[1]!['Chỉ tiêu chưa đạt']).toContain('3.1');
    const plan = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Kế hoạch']!);
    const task = plan.find((t) => t['Mã'] === 'xa-thu-b' && t['Chỉ tiêu'] === '3.1');
    expect(task?.['Còn thiếu']).toBe(10);
    expect(task?.['Việc cần làm']).toMatch(/^Cần tăng thêm 10 điểm phần trăm: 70% → 80%/);
  });

  it('reads the same communes from a CSV chosen with the file input', async () => {
    const { page } = await openExplorer(context, SHEET_VIEW);
    await page
      .getByLabel('Chọn tệp bảng tính của các xã')
      .setInputFiles({ name: 'xa-thu.csv', mimeType: 'text/csv', buffer: communesCsv() });
    await expect.poll(() => page.getByTestId('sheet-status').textContent()).toContain('xa-thu.csv: 3 đơn vị');
    expect(await page.locator('tr[data-unit="xa-thu-a"] td').nth(0).textContent()).toBe('1/19');
  });
});
