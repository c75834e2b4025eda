/**
 * The org chart in Chromium at 1366×768 and 1920×1080: "Vừa khung" puts the whole laid-out tree in
 * the pane when it can be read so, else its readable top; every colouring has its legend, and a
 * findings badge never covers a unit's name.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chartAtRest, openSample, SCREENS, useBrowser } from './harness.ts';

const browser = useBrowser();

/** The rectangle over every drawn box, and the svg's rectangle, on screen; the smallest box's height; the boxes wholly in the pane. */
async function boxesAndPane(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('[data-testid="org-chart"]')!.getBoundingClientRect();
    const nodes = [...document.querySelectorAll('[data-testid="org-chart"] .chart-node')];
    const boxes = nodes.map((n) => n.querySelector('.chart-box')!.getBoundingClientRect());
    return {
      smallest: Math.min(...boxes.map((b) => b.height)),
      inPane: nodes
        .filter((_, i) => {
          const b = boxes[i]!;
          return b.left >= svg.left && b.right <= svg.right && b.top >= svg.top && b.bottom <= svg.bottom;
        })
        .map((n) => n.getAttribute('data-chart-code')!),
      pane: { left: svg.left, right: svg.right, top: svg.top, bottom: svg.bottom },
      all: {
        left: Math.min(...boxes.map((b) => b.left)),
        right: Math.max(...boxes.map((b) => b.right)),
        top: Math.min(...boxes.map((b) => b.top)),
        bottom: Math.max(...boxes.map((b) => b.bottom)),
      },
    };
  });
}

/** The boxes whose name runs into their findings badge: their codes. */
async function namesUnderBadges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="org-chart"] .chart-node')].flatMap((node) => {
      const badge = node.querySelector('.chart-badge-mark circle');
      const name = node.querySelector('.chart-name');
      if (!badge || !name) return [];
      return name.getBoundingClientRect().right > badge.getBoundingClientRect().left + 0.5
        ? [node.getAttribute('data-chart-code')!]
        : [];
    }),
  );
}

describe('org chart fit, legends and badges, end to end in Chromium', () => {
  for (const viewport of SCREENS)
    it(`fits the whole tree and keys every colouring at ${viewport.width}×${viewport.height}`, async () => {
      const { app, page, errors } = await openSample(browser(), viewport);
      await page.getByRole('tab', { name: 'Sơ đồ tổ chức' }).click();
      await page.locator('.chart-node[data-chart-code="HG"]').waitFor();
      // Opened to level 2 (the province's units wrapped into rows): the whole tree fits, readable.
      await page.getByTestId('chart-levels').selectOption('2');
      const chart = page.getByTestId('org-chart');
      await page.getByRole('button', { name: 'Vừa khung' }).click();
      await chartAtRest(page);
      await page.screenshot({ path: path.join(ARTIFACTS, `chart-fit-${viewport.width}.png`) });
      // Every laid-out box is drawn (the whole tree is in view), and all of them lie inside the pane.
      await expect
        .poll(
          async () => (await chart.getAttribute('data-drawn-count')) === (await chart.getAttribute('data-box-count')),
        )
        .toBe(true);
      const { pane, all, smallest } = await boxesAndPane(page);
      expect(all.left).toBeGreaterThanOrEqual(pane.left);
      expect(all.right).toBeLessThanOrEqual(pane.right);
      expect(all.top).toBeGreaterThanOrEqual(pane.top);
      expect(all.bottom).toBeLessThanOrEqual(pane.bottom);
      expect(smallest).toBeGreaterThanOrEqual(27); // the 62 px box at the readable zoom (0.45) or more
      expect(await page.getByTestId('chart-fit-clipped').count()).toBe(0);

      // Opened to level 3: far too large to read whole (over 200 boxes). "Vừa khung" shows its top,
      // readable, the province's box in view, and says the tree is larger.
      await page.getByTestId('chart-levels').selectOption('3');
      await expect.poll(async () => Number(await chart.getAttribute('data-box-count'))).toBeGreaterThan(200);
      await page.getByRole('button', { name: 'Vừa khung' }).click();
      await chartAtRest(page);
      const top = await boxesAndPane(page);
      expect(top.smallest).toBeGreaterThanOrEqual(27);
      expect(top.inPane).toContain('HG');
      expect(top.inPane.length).toBeGreaterThan(5);
      expect(await page.getByTestId('chart-fit-clipped').textContent()).toContain('Sơ đồ quá rộng');
      await page.screenshot({ path: path.join(ARTIFACTS, `chart-fit-top-${viewport.width}.png`) });

      // Each colouring says what its colours mean.
      const legend = page.getByTestId('chart-legend');
      const colouring = page.getByLabel('Tô màu theo');
      for (const [option, title, label] of [
        ['kind', 'Loại hình', 'Sở, ban, ngành'],
        ['sector', 'Lĩnh vực', 'Y tế'],
        ['findings', 'Cảnh báo', 'Vi phạm'],
        ['autonomy', 'Nhóm tự chủ tài chính', 'Nhóm 1'],
      ] as const) {
        await colouring.selectOption(option);
        await expect.poll(() => legend.locator('.chart-legend-title').textContent()).toBe(`${title}:`);
        expect(await legend.locator('.chart-legend-item').allTextContents()).toContain(label);
      }

      // Back to a readable zoom on Sở Y tế: where a box has a findings badge, its name stops before it.
      await page.getByTestId('chart-search').fill('so y te');
      await page.getByTestId('chart-search').press('Enter');
      await chartAtRest(page);
      expect(await page.locator('.chart-node .chart-badge-mark').count()).toBeGreaterThan(0);
      expect(await namesUnderBadges(page)).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, `chart-badges-${viewport.width}.png`) });
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    });
});
