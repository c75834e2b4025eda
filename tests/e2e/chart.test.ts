/** The org chart in Chromium: search without accents, expand, move a unit by dragging its box, levels. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getUnit } from '../../db/units-repo.ts';
import { ARTIFACTS, dragChartBox, openSample, useBrowser, chartAtRest } from './harness.ts';

const browser = useBrowser();
const box = (page: Page, code: string) => page.locator(`.chart-node[data-chart-code="${code}"]`);

describe('org chart, end to end in Chromium', () => {
  it('finds a unit typed without accents, opens it, and moves a unit by drag-and-drop', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1600, height: 950 });
    await page.getByRole('tab', { name: 'Sơ đồ tổ chức' }).click();
    await box(page, 'HG').waitFor();
    expect(await page.locator('.chart-node').count()).toBe(1 + 20 + 8); // UBND tỉnh, its sở and districts

    // "so y te" finds Sở Y tế: highlighted, selected (panel), and centred.
    await page.getByTestId('chart-search').fill('so y te');
    await page.getByTestId('chart-search').press('Enter');
    await expect.poll(() => page.locator('.panel-title').textContent()).toBe('Sở Y tế');
    await expect.poll(() => box(page, 'HG.SYT').getAttribute('class')).toContain('match');

    // Open Sở Y tế with its toggle; find a phòng by its code (the chart centres on it) and drag it onto the chi cục next to it.
    await box(page, 'HG.SYT').locator('.chart-toggle').click();
    await box(page, 'HG.SYT.P05').waitFor();
    await page.getByTestId('chart-search').fill('hg.syt.p05');
    await page.getByTestId('chart-search').press('Enter');
    await expect.poll(() => page.locator('.panel-title').textContent()).toBe('Phòng Tổ chức cán bộ');
    await chartAtRest(page);
    await dragChartBox(page, 'HG.SYT.P05', 'HG.SYT.CCDS');
    await expect.poll(() => getUnit(app.workspace.db, 'HG.SYT.P05')?.parentCode).toBe('HG.SYT.CCDS');
    await page.screenshot({ path: path.join(ARTIFACTS, 'chart.png') });

    // A chi cục cannot go under a phòng: refused with the reason, nothing changes.
    await dragChartBox(page, 'HG.SYT.CCDS', 'HG.SYT.P04');
    await expect.poll(() => page.locator('.chart-error').textContent()).toBe('Không thể đặt Chi cục dưới Phòng.');
    expect(getUnit(app.workspace.db, 'HG.SYT.CCDS')?.parentCode).toBe('HG.SYT');

    // Levels: open everything to level 3 (UBND → sở/huyện → their units).
    await page.getByTestId('chart-levels').selectOption('3');
    // Laid out: more than 200 boxes; from 300 on, the chart draws only those in the view.
    await expect
      .poll(async () => Number(await page.getByTestId('org-chart').getAttribute('data-box-count')))
      .toBeGreaterThan(200);
    expect(await page.locator('.chart-node').count()).toBe(
      Number(await page.getByTestId('org-chart').getAttribute('data-drawn-count')),
    );
    await page.getByRole('button', { name: 'Vừa khung' }).click();
    await chartAtRest(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'chart-levels.png') });
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
