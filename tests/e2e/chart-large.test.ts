/**
 * The org chart of a large workspace in Chromium: it lays out every open unit but draws only the
 * boxes in the view plus a margin; panning, a search and a move bring far boxes into the view and
 * they are drawn, readable and usable there.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createWorkspace } from '../../db/workspace.ts';
import { getUnit } from '../../db/units-repo.ts';
import { generateUnits } from '../../shared/sample/generate.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, dragChartBox, openWorkspacePage, useBrowser } from './harness.ts';

const browser = useBrowser();
const SIZE = 2_000;
const chart = (page: Page) => page.getByTestId('org-chart');
const box = (page: Page, code: string) => page.locator(`.chart-node[data-chart-code="${code}"]`);
const drawnCodes = (page: Page) =>
  page.locator('.chart-node').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart-code')!));
const zoom = (page: Page) =>
  page.evaluate(
    () => new DOMMatrix(getComputedStyle(document.querySelector('[data-testid="org-chart"] > g')!).transform).a,
  );

/** Is the box's frame inside the chart's area on screen? (Not drawn, or dropped by a redraw while asked: no; never waits.) */
async function onScreen(page: Page, code: string): Promise<boolean> {
  const c = (await chart(page).boundingBox())!;
  const frame = box(page, code).locator('.chart-box');
  if ((await frame.count()) === 0) return false;
  const b = await frame.boundingBox({ timeout: 1_000 }).catch(() => null);
  return !!b && b.x >= c.x && b.x + b.width <= c.x + c.width && b.y >= c.y && b.y + b.height <= c.y + c.height;
}

describe('org chart of 2,000 units, end to end in Chromium', () => {
  it('draws only what the view shows; panning, search and drag-to-move reach far boxes', async () => {
    const units = generateUnits(SIZE, 1);
    const file = path.join(tempDir(), 'large.tinhgon');
    createWorkspace(
      file,
      { provinceName: 'Lớn', baseYear: 2021, provinceClass: 'class2', isSample: true },
      units,
    ).close();
    const { app, page, errors } = await openWorkspacePage(browser(), file);
    await page.getByRole('button', { name: 'Mở tất cả' }).click();
    await page.getByRole('tab', { name: 'Sơ đồ tổ chức' }).click();
    await box(page, 'P1').waitFor();

    // Every unit laid out, a small part drawn, and the drawn count is what the svg holds; readable zoom.
    expect(await chart(page).getAttribute('data-box-count')).toBe(String(SIZE));
    const drawn = Number(await chart(page).getAttribute('data-drawn-count'));
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(SIZE / 4);
    expect(await page.locator('.chart-node').count()).toBe(drawn);
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.35);
    const before = new Set(await drawnCodes(page));

    // Pan by dragging the empty part of the chart to the left, 4 × 700 px: boxes that were not drawn
    // come into the view drawn, the ones left behind are dropped, and one of them can be clicked.
    const c = (await chart(page).boundingBox())!;
    for (let i = 0; i < 4; i++) {
      await page.mouse.move(c.x + c.width - 40, c.y + c.height - 40);
      await page.mouse.down();
      await page.mouse.move(c.x + c.width - 740, c.y + c.height - 40, { steps: 8 });
      await page.mouse.up();
    }
    await expect.poll(async () => (await drawnCodes(page)).filter((x) => !before.has(x)).length).toBeGreaterThan(5);
    const after = await drawnCodes(page);
    expect(after.filter((x) => before.has(x)).length).toBeLessThan(before.size);
    expect(Number(await chart(page).getAttribute('data-drawn-count'))).toBeLessThan(SIZE / 4);
    let revealed: string | null = null;
    for (const code of after.filter((x) => !before.has(x))) if (await onScreen(page, code)) revealed ??= code;
    expect(revealed).not.toBeNull();
    await box(page, revealed!).click();
    await expect
      .poll(() => page.locator('.panel-title').textContent())
      .toBe(units.find((u) => u.code === revealed)!.name);

    // Search for the last unit, far from here: selected, drawn and centred in the view.
    const far = units.at(-1)!;
    expect(await box(page, far.code).count()).toBe(0);
    await page.getByTestId('chart-search').fill(far.code);
    await page.getByTestId('chart-search').press('Enter');
    await expect.poll(() => box(page, far.code).getAttribute('class')).toContain('match');
    expect(await box(page, far.code).getAttribute('class')).toContain('selected');
    await expect.poll(() => onScreen(page, far.code)).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'chart-large-search.png') });

    // Drag a phòng onto the chi cục next to it, far from where the chart opened: the unit moves.
    await page.getByTestId('chart-search').fill('P2.S16.P5');
    await page.getByTestId('chart-search').press('Enter');
    await expect.poll(() => onScreen(page, 'P2.S16.P5')).toBe(true);
    await expect.poll(() => onScreen(page, 'P2.S16.C1')).toBe(true);
    await dragChartBox(page, 'P2.S16.P5', 'P2.S16.C1');
    await expect.poll(() => getUnit(app.workspace.db, 'P2.S16.P5')?.parentCode).toBe('P2.S16.C1');
    await expect.poll(() => onScreen(page, 'P2.S16.P5')).toBe(true); // drawn at its new place, centred
    await page.screenshot({ path: path.join(ARTIFACTS, 'chart-large-moved.png') });

    // Horizontal: the same culling, and the focus button brings the selected unit into view, drawn.
    await page.getByRole('combobox').first().selectOption('horizontal');
    await page.getByRole('button', { name: 'Vừa khung' }).click();
    await page.getByRole('button', { name: 'Đến đơn vị đang chọn' }).click();
    await expect.poll(() => onScreen(page, 'P2.S16.P5')).toBe(true);
    const horizontal = Number(await chart(page).getAttribute('data-drawn-count'));
    expect(horizontal).toBeGreaterThan(0);
    expect(horizontal).toBeLessThan(SIZE / 4);
    await page.screenshot({ path: path.join(ARTIFACTS, 'chart-large-horizontal.png') });

    // Closing a box keeps it where it was on screen (the layout around it moves), and it can be opened again.
    const place = (await box(page, 'P2.S16.C1').locator('.chart-box').boundingBox())!;
    await box(page, 'P2.S16.C1').locator('.chart-toggle').click();
    await expect.poll(() => chart(page).getAttribute('data-box-count')).toBe(String(SIZE - 3)); // its 2 phòng and the moved one
    expect(await box(page, 'P2.S16.C1').locator('.chart-box').boundingBox()).toEqual(place);
    await box(page, 'P2.S16.C1').locator('.chart-toggle').click();
    await expect.poll(() => chart(page).getAttribute('data-box-count')).toBe(String(SIZE));
    await box(page, 'P2.S16.P5').waitFor();
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
