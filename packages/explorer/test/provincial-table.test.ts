// A provincial table applied in the built page: the derived set shows the province's rows and
// evaluates with them; a table that is refused says why.
import { criteriaTableSchema } from '@ntm/criteria';
import { writeCriteriaTable } from '@ntm/sheets';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.js';
import { openExplorer } from './page.js';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

/** TEST-ONLY values, not the law of any province: one indicator added to 51/2025/QĐ-TTg's set. */
const TEST_TABLE = {
  format: 'ntm-criteria-table/1',
  id: 'ha-noi-commune-2026-2030-test',
  base: 'commune-2026-2030',
  province: 'ha-noi',
  complete: false,
  document: { number: 'TEST-ONLY/2026', signed: '2026-03-02', issuer: 'UBND thành phố Hà Nội' },
  rows: [
    {
      criterion: 6,
      code: '6.x1',
      text: { vi: 'Tỷ lệ nghèo đa chiều (dữ liệu thử)' },
      measure: 'percent',
      op: '<=',
      cells: { 'group-1': 1, 'group-2': 2, 'group-3': 4 },
    },
  ],
};

const file = (json: unknown, name = 'bang-thu.json') => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });

/** The derived set is shown, and evaluates with the table's row. */
async function expectApplied(page: Page, name: string): Promise<void> {
  await expect
    .poll(() => page.getByTestId('table-status').textContent())
    .toContain(`Đã áp dụng bảng của tỉnh: ${name} → ha-noi-commune-2026-2030-test`);
  const row = page.getByTestId('criteria-table').locator('tr[data-code="6.x1"]');
  expect(await row.locator('td').nth(2).textContent()).toContain('≤ 2%');
  await page.getByRole('tab', { name: 'Đánh giá một đơn vị' }).click();
  await page.getByLabel('Nhóm xã').selectOption('group-2');
  await page.locator('#in-6_x1').fill('1,5');
  await expect.poll(() => page.locator('li[data-indicator="6.x1"]').textContent()).toMatch(/^Đạt/);
}

describe('provincial table', () => {
  it('applies a JSON table to its base set and evaluates with its rows', async () => {
    const { page, errors } = await openExplorer(context, '#view=browse&lang=vi&on=2026-12-01&level=commune');
    await page.getByLabel(/Bảng tiêu chí của tỉnh/).setInputFiles(file(TEST_TABLE));
    await expectApplied(page, 'bang-thu.json');
    expect(errors).toEqual([]);
  });

  it("applies the same table as an XLSX in the decree's layout", async () => {
    const { page, errors } = await openExplorer(context, '#view=browse&lang=vi&on=2026-12-01&level=commune');
    const bytes = writeCriteriaTable(criteriaTableSchema().parse(TEST_TABLE), { format: 'xlsx' });
    await page
      .getByLabel(/Bảng tiêu chí của tỉnh/)
      .setInputFiles({ name: 'bang-thu.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await expectApplied(page, 'bang-thu.xlsx');
    expect(errors).toEqual([]);
  });

  it('says why a table is refused and keeps the chosen set', async () => {
    const { page } = await openExplorer(context, '#view=browse&lang=vi&on=2026-12-01&level=commune');
    await page.getByLabel(/Bảng tiêu chí của tỉnh/).setInputFiles(file({ ...TEST_TABLE, base: 'no-such-set' }));
    await expect.poll(() => page.getByTestId('table-status').textContent()).toContain('Bảng bang-thu.json không được áp dụng');
    expect(await page.getByTestId('table-status').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('set-title').textContent()).toContain('51/2025/QĐ-TTg');
    await page
      .getByLabel(/Bảng tiêu chí của tỉnh/)
      .setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{ không phải JSON') });
    await expect.poll(() => page.getByTestId('table-status').textContent()).toContain('Tệp không phải JSON hợp lệ');
  });
});
