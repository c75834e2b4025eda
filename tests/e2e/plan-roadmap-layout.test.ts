/**
 * The roadmap grid at the two screen sizes officers use: every cell and total readable (columns as
 * wide as what they hold, the grid scrolling sideways inside itself, never the page), its filter
 * labelled over the grid (no bare box with a unit's code beside the payout inputs), a column chooser
 * and a tooltip on the headers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { ARTIFACTS, newPlan, openSample, planTab, SCREENS, useBrowser } from './harness.ts';

const browser = useBrowser();
const CENTRE = 'HG.SCT.TTKCXTTM'; // 17 state-paid employees for a quota of 15: 2 above it every year

/** The roadmap cells (rows drawn and the totals) whose text is wider than the cell shows: none when all are readable. */
const cutCells = (grid: Locator) =>
  grid.evaluate((g) =>
    [...g.querySelectorAll<HTMLElement>('.ag-cell')]
      .filter((c) => c.getAttribute('col-id') !== 'name')
      .filter((c) => {
        const inner = c.querySelector<HTMLElement>('.rm-cell') ?? c.querySelector<HTMLElement>('.ag-cell-value') ?? c;
        return inner.scrollWidth > inner.clientWidth;
      })
      .map((c) => `${c.closest('.ag-row')?.getAttribute('row-id')}/${c.getAttribute('col-id')}: ${c.textContent}`),
  );

describe('the roadmap grid laid out at 1366×768 and 1920×1080', () => {
  it.each(SCREENS)(
    'shows every cell and total whole at $width×$height, its filter labelled over the grid, a column chooser and header tooltips',
    async (viewport) => {
      const size = `${viewport.width}x${viewport.height}`;
      const { page, app, errors } = await openSample(browser(), viewport);
      await newPlan(page, 'Lộ trình');
      await planTab(page, 'Lộ trình');
      const roadmap = page.getByTestId('scenario-roadmap');
      const grid = roadmap.getByTestId('roadmap-grid');
      const cell = (row: string, col: string) => grid.locator(`.ag-row[row-id="${row}"] .ag-cell[col-id="${col}"]`);
      await roadmap.getByLabel('Lý do ra khỏi biên chế').selectOption('early-retirement');
      const payout = roadmap.getByRole('group', { name: 'Chi phí chi trả cho các ô sửa tiếp theo' });
      await payout.getByLabel('Lương bình quân (đồng/tháng)').fill('12000000');
      await payout.getByLabel('Số tháng nghỉ trước tuổi').fill('24');
      await payout.getByLabel('Số năm đóng BHXH').fill('25');

      // The filter is named in words and sits over the grid it filters, not among the payout inputs.
      const bar = roadmap.getByTestId('roadmap-grid-bar');
      const filter = bar.getByLabel('Lọc theo tên hoặc mã…');
      expect(await bar.locator('label.rm-search').textContent()).toBe('Lọc bảng');
      expect(await roadmap.locator('.rm-controls').getByLabel('Lọc theo tên hoặc mã…').count()).toBe(0);
      await filter.fill(CENTRE);
      await cell(CENTRE, '2027').click();
      const editor = grid.locator('.ag-cell-inline-editing input');
      await editor.fill('2');
      await editor.press('Enter');
      await expect.poll(async () => (await cell(CENTRE, '2027').textContent())?.trim()).toBe('2');
      await filter.fill('');
      // Every input of the controls over the grid has its name shown beside it.
      const unnamed = await roadmap
        .locator('.rm-controls input:visible, .rm-grid-bar input:visible')
        .evaluateAll((inputs) =>
          inputs
            .filter((i) => {
              const label = i.closest('label, [role=group]');
              const own = (label?.textContent ?? '').replace((i as HTMLInputElement).value, '').trim();
              return own === '';
            })
            .map((i) => i.outerHTML),
        );
      expect(unnamed).toEqual([]);

      // The totals with exits and what is still above quota ("2 còn vượt 63") read whole, as every cell.
      // The totals row: its name in the pinned column, its cells in the same row (same row index) beside it.
      const totalIndex = await grid.locator('.ag-row', { hasText: 'Tổng cộng' }).first().getAttribute('row-index');
      const total = grid.locator(`.ag-row[row-index="${totalIndex}"] .ag-cell[col-id="2027"]`);
      await expect.poll(async () => (await total.textContent())?.trim()).toMatch(/^2 còn vượt \d+$/);
      expect(await cutCells(grid)).toEqual([]);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
      // At 1920 every column fits beside the others, the last one's figures not under the scroll bar: the
      // right end of each of the centre's cells is its own on screen.
      if (viewport.width >= 1920) {
        const hidden = await grid.locator(`.ag-row[row-id="${CENTRE}"] .ag-cell`).evaluateAll((cells) =>
          cells
            .filter((c) => {
              const r = c.getBoundingClientRect();
              return !c.contains(document.elementFromPoint(r.right - 4, r.top + r.height / 2));
            })
            .map((c) => c.getAttribute('col-id')),
        );
        expect(hidden).toEqual([]);
      }
      await grid.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-roadmap-layout-${size}.png`) });
      await grid.screenshot({ path: path.join(ARTIFACTS, `plan-roadmap-grid-${size}.png`) });

      // A tooltip on a year's header says what its cells hold; the column chooser hides a year.
      await grid.locator('.ag-header-cell[col-id="2027"]').hover();
      await expect
        .poll(() => page.locator('.ag-tooltip').textContent())
        .toBe(
          'Năm 2027: số người ra khỏi biên chế theo lý do đã chọn; "còn vượt N": số người còn vượt biên chế cuối năm',
        );
      const chooser = bar.getByTestId('roadmap-columns');
      expect(await chooser.textContent()).toBe('Cột (9/10) ▾');
      await chooser.click();
      await bar.getByRole('group', { name: 'Chọn cột hiển thị' }).getByLabel('2023').uncheck();
      await expect.poll(() => grid.locator('.ag-header-cell[col-id="2023"]').count()).toBe(0);
      expect(await chooser.textContent()).toBe('Cột (8/10) ▾');
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
    180_000,
  );
});
