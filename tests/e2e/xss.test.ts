/** User text is never markup: a unit named like an HTML attack shows as text everywhere it appears. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateUnit } from '../../db/units-repo.ts';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();
const ATTACK = '<img src=x onerror="window.__pwned=1">Sở <b>Y tế</b>';

describe('hostile unit names, in Chromium', () => {
  it(
    'renders them as text in the tree, grid, chart, side panel, plan views and the printed proposal; nothing runs',
    { timeout: 120_000 },
    async () => {
      const { app, page, errors } = await openSample(browser());
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      updateUnit(app.workspace.db, 'HG.SYT', { name: ATTACK });
      await page.reload();
      await page.locator('.tree-row').first().waitFor();
      const row = page.locator('.tree-row', { hasText: 'onerror' }).first();
      await expect.poll(() => row.textContent()).toContain(ATTACK);
      await row.click();
      for (const tab of ['Bảng số liệu', 'Sơ đồ tổ chức']) {
        await page.getByRole('tab', { name: tab }).click();
        await page
          .locator(tab === 'Bảng số liệu' ? '.ag-row' : '.chart-node')
          .first()
          .waitFor(); // drawn, with the name in it
      }
      await page.getByRole('tab', { name: 'Phương án' }).click();
      await page.getByLabel('Tên phương án mới').fill(ATTACK);
      await page.getByRole('button', { name: 'Tạo phương án' }).click();
      await expect.poll(() => page.locator('.scenario-list button').first().textContent()).toContain(ATTACK);
      await page.screenshot({ path: path.join(ARTIFACTS, 'xss.png') });
      // The plan's printed proposal: in the preview's pages the name is text too.
      await page.getByRole('button', { name: 'Bản in (đề án, tờ trình)…' }).click();
      await expect
        .poll(() => page.getByTestId('print-pages').textContent(), { timeout: 60_000 })
        .toMatch(/^khoảng \d+ trang$/);
      const preview = page.frameLocator('[data-testid="print-preview"]');
      // Printed with typographic quotes (“ ”), as every quote in the document; still text, not markup.
      expect(await preview.locator('td', { hasText: 'onerror' }).first().textContent()).toBe(
        `${ATTACK.replace(/"([^"]*)"/g, '“$1”')} (HG.SYT)`,
      );
      expect(await preview.locator('svg text', { hasText: 'onerror' }).count()).toBeGreaterThan(0);
      expect(await preview.locator('img, b').count()).toBe(0);
      await page.getByRole('button', { name: 'Đóng' }).click();
      // No element was made from the text, no handler ran, no dialog opened.
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator('b', { hasText: 'Y tế' }).count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await app.stop();
    },
  );
});
