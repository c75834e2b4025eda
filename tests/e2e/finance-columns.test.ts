/**
 * The finance grid's headers at the two screen sizes officers use: a tooltip on every header says
 * in words what the column holds (A, B, the rate's formula, which group is which), and a column
 * chooser hides and shows columns as the unit grid's does.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openSample, SCREENS, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('the finance grid: header tooltips and a column chooser', () => {
  it.each(SCREENS)(
    'at $width×$height',
    async (viewport) => {
      const { app, page, errors } = await openSample(browser(), viewport);
      await page.getByRole('tab', { name: 'Tự chủ tài chính' }).click();
      const pane = page.locator('.finance-pane');
      await pane.locator('.grid-host .ag-row[row-id]').first().waitFor();
      const header = (col: string) => pane.locator(`.ag-header-cell[col-id="${col}"]`);

      // The short headers say in words what they hold.
      await header('mismatch').scrollIntoViewIfNeeded();
      await header('mismatch').hover();
      await expect
        .poll(() => page.locator('.ag-tooltip').textContent())
        .toBe('Lệch: nhóm được giao khác nhóm theo số liệu');
      await header('rate').scrollIntoViewIfNeeded();
      await header('rate').hover();
      await expect
        .poll(() => page.locator('.ag-tooltip').textContent())
        .toBe('Mức tự bảo đảm: mức tự bảo đảm chi thường xuyên = A / B × 100%, tính tự động');

      // The chooser hides the code and the parent, shows the code again; the count follows.
      const chooser = pane.getByTestId('finance-columns');
      expect(await chooser.textContent()).toBe('Cột (13/13) ▾');
      await chooser.click();
      const menu = pane.getByRole('group', { name: 'Chọn cột hiển thị' });
      await menu.getByLabel('Mã đơn vị').uncheck();
      await menu.getByLabel('Đơn vị cấp trên').uncheck();
      await expect.poll(() => header('code').count()).toBe(0);
      expect(await header('parent').count()).toBe(0);
      expect(await chooser.textContent()).toBe('Cột (11/13) ▾');
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: path.join(ARTIFACTS, `finance-columns-${viewport.width}.png`) });
      await menu.getByLabel('Mã đơn vị').check();
      await expect.poll(() => header('code').count()).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
    120_000,
  );
});
