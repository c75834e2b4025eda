/**
 * The unit picked in the plan's chart or table shows, in the workspace's right column, as the plan
 * has it at the end of the chart's year: its figures against the base year, its findings and the
 * operations touching it; in Chromium at the two screen sizes officers use.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chartAtRest, newPlan, openSample, pickUnit, planTab, SCREENS, useBrowser } from './harness.ts';

const browser = useBrowser();

describe("the selected unit's details beside the plan", () => {
  it.each(SCREENS)(
    'at $width×$height',
    async (viewport) => {
      const { page, app, errors } = await openSample(browser(), viewport);
      const { ops } = await newPlan(page, 'Chi tiết đơn vị');
      const form = page.locator('.plan-detail');
      // An operation on the Sở Y tế: its quotas set in 2024.
      await form.locator('select').first().selectOption('setQuota');
      await pickUnit(form, 'Đơn vị', 'HG.SYT');
      await form.getByLabel('Năm', { exact: true }).fill('2024');
      await form.getByLabel('Biên chế công chức được giao').fill('40');
      await form.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(1);

      // Picked in the chart (found by its name, year 2024): the right column shows it as the plan has it then.
      await planTab(page, 'Sơ đồ');
      const chart = page.getByTestId('scenario-chart');
      await chart.locator('.chart-node').first().waitFor();
      await chartAtRest(page);
      await chart.getByTestId('scenario-chart-search').fill('so y te');
      await chart.getByTestId('scenario-chart-search').press('Enter');
      const detail = page.locator('.plan-detail').getByTestId('plan-unit');
      await expect.poll(() => detail.locator('header').textContent()).toBe('Sở Y tế HG.SYT✕');
      const row = detail.getByTestId('plan-unit-figures').locator('tr', { hasText: 'Biên chế công chức được giao' });
      await expect.poll(async () => (await row.locator('td').allTextContents())[1]).toBe('40');
      expect(await detail.getByTestId('plan-unit-figures').locator('th').allTextContents()).toEqual([
        '',
        'Cuối năm 2024',
        '2023',
      ]);
      await expect.poll(() => detail.getByTestId('plan-unit-operations').locator('li').count()).toBe(1);
      expect(await detail.getByTestId('plan-unit-operations').textContent()).toContain('Sở Y tế');
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-unit-detail-${viewport.width}.png`) });

      // Another unit clicked in the plan's table: its details replace the first's; closed, the column shows the form alone.
      await chart.getByRole('radio', { name: 'Bảng' }).click();
      await chart.locator('.ag-row[row-id="HG.SNV"] .ag-cell[col-id="quota"]').first().click();
      await expect.poll(() => detail.locator('header').textContent()).toBe('Sở Nội vụ HG.SNV✕');
      // Its findings and operations are read for it (scenario.unitDetail): shown once they come.
      await expect.poll(() => detail.textContent()).toContain('Chưa có thao tác nào liên quan đến đơn vị này.');
      await detail.getByRole('button', { name: 'Đóng thông tin đơn vị' }).click();
      await expect.poll(() => detail.count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
    120_000,
  );
});
