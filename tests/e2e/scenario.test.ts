/** Scenarios in Chromium: import a plan, see its metrics year by year and the targets. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('scenarios, end to end in Chromium', () => {
  it('imports a merger plan and shows the metrics and the targets; a plan that cannot apply is refused', async () => {
    const { app, page, errors } = await openSample(browser());
    await page.getByRole('tab', { name: 'Phương án' }).click();
    const plan = {
      name: 'Hợp nhất bệnh viện',
      operations: [{ type: 'merge', year: 2025, units: ['HG.SYT.BVLBP', 'HG.SYT.BVTT'], into: { code: 'HG.SYT.BVCK', name: 'Bệnh viện Chuyên khoa', kind: 'psu', parentCode: 'HG.SYT' } }],
    };
    await page.getByTestId('scenario-file').setInputFiles({ name: 'pa.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
    await expect.poll(() => page.getByTestId('scenario-targets').textContent()).toContain('nq19-2025-psus');
    const psuRow = page.locator('[data-testid="scenario-result"] tr', { hasText: 'Đơn vị sự nghiệp' }).first();
    const cells = await psuRow.locator('td').allTextContents();
    expect(Number(cells[1]) - Number(cells[3])).toBe(1); // 2023 → 2025: one PSU fewer
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario.png') });

    const bad = { name: 'Sai', operations: [{ type: 'transfer', year: 2026, unit: 'HG.SYT', parentCode: 'HG.SNV.P01' }] };
    await page.getByTestId('scenario-file').setInputFiles({ name: 'sai.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => page.locator('.scenario-pane .form-error').textContent()).toBe('Thao tác 0 (transfer): Không thể đặt Sở, ban, ngành dưới Phòng.');
    expect(await page.locator('.scenario-list button').count()).toBe(1);

    // Duplicate it, lock the original as approved: deleting it is refused until it is unlocked.
    await page.locator('.scenario-list button').first().click();
    await page.getByLabel('Tên mới').fill('Hợp nhất bệnh viện (phương án 2)');
    await page.getByRole('button', { name: 'Nhân bản' }).click();
    await expect.poll(() => page.locator('.scenario-list button').count()).toBe(2);
    await page.locator('.scenario-list button', { hasText: 'Hợp nhất bệnh viện (1 thao tác)' }).click();
    await page.getByRole('button', { name: 'Khóa (đã duyệt)' }).click();
    await expect.poll(() => page.locator('.scenario-list button').first().textContent()).toContain('đã duyệt');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => page.locator('.scenario-pane .form-error').textContent()).toBe('Phương án "Hợp nhất bệnh viện" đã khóa (đã duyệt); hãy mở khóa trước khi sửa.');
    expect(await page.locator('.scenario-list button').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
