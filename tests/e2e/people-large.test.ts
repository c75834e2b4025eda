/**
 * The personnel view of a large workspace in Chromium: the retirements per unit come a page of
 * 200 units at a time (all at once, tens of thousands of rows made every later layout of the page
 * slow), the province's total is always there, and "show more" adds the next page. While the
 * list is on its way the tab says it is loading.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { insertPeople } from '../../db/people-repo.ts';
import { generatePeople, generateUnits } from '../../shared/sample/generate.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, openWorkspacePage, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('personnel of a large workspace, end to end in Chromium', () => {
  it('shows the retirements 200 units at a time with the total, and more on request', async () => {
    const units = generateUnits(3_000, 1);
    const file = path.join(tempDir(), 'people-large.tinhgon');
    const ws = createWorkspace(
      file,
      { provinceName: 'Lớn', baseYear: 2026, provinceClass: 'class2', isSample: true },
      units,
    );
    const people = generatePeople(units, 6_000, 1);
    ws.db.transaction(() => insertPeople(ws.db, people)).immediate();
    ws.close();
    const { app, page, errors } = await openWorkspacePage(browser(), file);
    // While the list is on its way the tab says it is loading, never that there is no list.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/people.list', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('tab', { name: 'Nhân sự', exact: true }).click();
    await expect.poll(() => page.locator('.people-pane .loading').textContent()).toBe('Đang tải…');
    expect(await page.getByText('Chưa có danh sách nhân sự', { exact: false }).count()).toBe(0);
    expect(await page.getByTestId('people-count').count()).toBe(0);
    release();
    await expect.poll(() => page.getByTestId('people-count').textContent()).toBe('6.000 người trong danh sách');
    expect(await page.locator('.people-pane .loading').count()).toBe(0);
    const table = page.getByTestId('people-retirements');
    const unitRows = table.locator('tr[data-unit]:not([data-unit=""])');
    await expect.poll(() => unitRows.count()).toBe(200);
    const withPeople = new Set(people.map((p) => p.unitCode)).size;
    expect(withPeople).toBeGreaterThan(400);
    // The unit filter draws no list of them until the user types: then only the first matches.
    expect(await page.getByTestId('people-unit').locator('li').count()).toBe(0);
    await page.getByTestId('people-unit').getByRole('textbox').fill(people[0]!.unitCode);
    await expect.poll(() => page.getByTestId('unit-matches').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('unit-matches').locator('li').count()).toBeLessThanOrEqual(9);
    await page.screenshot({ path: path.join(ARTIFACTS, 'people-unit-search.png') });
    await page.getByTestId('people-unit').getByRole('textbox').fill('');
    await expect.poll(() => table.locator('tr[data-unit=""] td').first().textContent()).toBe('Toàn tỉnh');
    const more = page.getByTestId('people-ret-more');
    expect(await more.textContent()).toBe(
      `Hiện thêm 200 đơn vị (đang hiện 200/${withPeople.toLocaleString('vi-VN')} đơn vị có nhân sự)`,
    );
    await more.click();
    await expect.poll(() => unitRows.count()).toBe(400);
    await page.close();
    expect(errors).toEqual([]);
    await app.stop();
  });
});
