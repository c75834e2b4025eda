/**
 * The print view and the one history, in Chromium (issues 19 and 20): an undo or redo says what it
 * undid or redid where the person is (over the print view too), the Hoàn tác button names the step
 * before it is pressed, Ctrl+Z inside a field is the field's own; the appendices chosen show in the
 * preview at once, said to be unsaved, and are saved only by "Lưu".
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { history } from '../../db/undo-log.ts';
import { getProposalSettings } from '../../db/proposals-repo.ts';
import { defaultSettings } from '../../shared/print/settings.ts';
import { ARTIFACTS, SCREENS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

const PLAN = {
  name: 'Sắp xếp y tế',
  operations: [
    {
      type: 'merge',
      year: 2025,
      units: ['HG.SYT.BVLBP', 'HG.SYT.BVTT'],
      into: { code: 'HG.SYT.BVCK', name: 'Bệnh viện Chuyên khoa', kind: 'psu', parentCode: 'HG.SYT' },
    },
    { type: 'dissolve', year: 2026, unit: 'HG.SYT.BVYHCT', staffTo: null },
  ],
};

/** The sample with the plan imported, its print view open and paged. */
async function openPrintView(page: Page) {
  await page.getByRole('tab', { name: 'Phương án' }).click();
  await page
    .getByTestId('scenario-file')
    .setInputFiles({ name: 'pa.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PLAN)) });
  await expect.poll(() => page.locator('.scenario-list').textContent()).toContain(PLAN.name);
  await page.getByRole('button', { name: 'Bản in (đề án, tờ trình)…' }).click();
  await expect
    .poll(() => page.getByTestId('print-pages').textContent(), { timeout: 60_000 })
    .toMatch(/^khoảng \d+ trang$/);
}

/** The element is shown inside the window and nothing (the print view's backdrop) covers its middle. */
async function seenOnTop(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const size = page.viewportSize()!;
  if (!box || box.y < 0 || box.y + box.height > size.height || box.x < 0 || box.x + box.width > size.width)
    return false;
  return element.evaluate(
    (el, [x, y]) => el.contains(document.elementFromPoint(x!, y!)),
    [box.x + box.width / 2, box.y + box.height / 2],
  );
}

describe('undo and the print view, end to end in Chromium', () => {
  it(
    'says over the print view what Ctrl+Z undid and Ctrl+Y redid (a saved print setting), names it on the button first, and leaves Ctrl+Z in a field to the field',
    { timeout: 240_000 },
    async () => {
      const { app, page, errors } = await openSample(browser(), SCREENS[0]);
      await openPrintView(page);
      const dialog = page.getByRole('dialog');
      await dialog.locator('summary', { hasText: 'Thể thức văn bản' }).click();
      const number = dialog.getByLabel('Số (để trống: văn thư ghi)');
      await number.fill('15');
      await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect.poll(() => dialog.locator('.print-actions').textContent()).toContain('Đã lưu.');
      const said = 'Lưu thiết lập in (Đề án) của phương án Sắp xếp y tế';
      expect(history(app.workspace.db).entries[0]!.label.key).toBe('edit.planPrintType');

      // Before it is pressed, the button says what it will undo.
      const undo = page.getByRole('button', { name: '↶ Hoàn tác' });
      await expect.poll(() => undo.getAttribute('title')).toBe(`Hoàn tác: ${said} (Ctrl+Z)`);

      const notice = page.getByTestId('history-notice');
      // Outside a field, Ctrl+Z undoes the save and says so over the print view; the form follows.
      await dialog.locator('h2').click();
      await page.keyboard.press('Control+z');
      await expect.poll(() => notice.textContent()).toBe(`Đã hoàn tác: ${said}`);
      expect(await seenOnTop(page, notice)).toBe(true);
      await expect.poll(() => number.inputValue()).toBe('');
      expect(history(app.workspace.db).entries[0]!.done).toBe(false);
      await page.screenshot({ path: path.join(ARTIFACTS, 'undo-print-1366.png') });

      await page.setViewportSize(SCREENS[1]!);
      await page.keyboard.press('Control+y');
      await expect.poll(() => notice.textContent()).toBe(`Đã làm lại: ${said}`);
      expect(await seenOnTop(page, notice)).toBe(true);
      await expect.poll(() => number.inputValue()).toBe('15');
      await page.screenshot({ path: path.join(ARTIFACTS, 'undo-print-1920.png') });

      // Ctrl+Z while typing in a field is the field's own (the browser's): the saved setting stays.
      await number.focus();
      await page.keyboard.type('a');
      await expect.poll(() => number.inputValue()).toBe('15a');
      await page.keyboard.press('Control+z');
      await expect.poll(() => number.inputValue()).toBe('15');
      expect(history(app.workspace.db).entries[0]!.done).toBe(true);
      expect(await notice.textContent()).toBe(`Đã làm lại: ${said}`);

      // Nothing left to redo: said in the same place.
      await dialog.locator('h2').click();
      await page.keyboard.press('Control+y');
      await expect.poll(() => notice.textContent()).toBe('Không có thao tác nào để làm lại.');
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
  );

  it(
    'shows the appendices chosen in the preview before they are saved, says they are unsaved, and saves them only with "Lưu"',
    { timeout: 240_000 },
    async () => {
      const { app, page, errors } = await openSample(browser(), SCREENS[0]);
      await openPrintView(page);
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Loại văn bản').selectOption('to-trinh');
      const preview = page.frameLocator('[data-testid="print-preview"]');
      const firstAppendix = () => preview.locator('.appendix-title').first().textContent();
      await expect.poll(firstAppendix, { timeout: 60_000 }).toBe('DANH MỤC CÁC NỘI DUNG SẮP XẾP THEO NĂM');

      const list = dialog.getByTestId('print-appendices');
      await list.getByTestId('appendix-operations').getByRole('checkbox').uncheck();
      await list.getByTestId('appendix-units').getByRole('checkbox').check();
      for (let i = 0; i < 4; i++)
        await list.getByRole('button', { name: 'Lên: Danh sách cơ quan, đơn vị trước và sau' }).click();
      // Not saved: the preview follows the choice at once and says it is not saved.
      await expect.poll(firstAppendix, { timeout: 60_000 }).toBe('DANH SÁCH CƠ QUAN, ĐƠN VỊ TRƯỚC VÀ SAU SẮP XẾP');
      const body = () => preview.locator('body').innerText();
      expect(await body()).not.toContain('Danh mục các nội dung sắp xếp theo năm');
      // Its bases: Decree 370/2025 only as amending Decree 150/2025, Resolution 08/NQ-CP (date unverified) never.
      const text = (await body()).replace(/\s+/g, ' ');
      expect(text).toContain(
        'thuộc tỉnh, thành phố trực thuộc trung ương (được sửa đổi, bổ sung bởi Nghị định số 370/2025/NĐ-CP ngày 31 tháng 12 năm 2025 của Chính phủ);',
      );
      expect(text).not.toContain('Căn cứ Nghị định số 370/2025/NĐ-CP');
      expect(text).not.toContain('08/NQ-CP');
      const unsaved = dialog.getByTestId('print-preview-unsaved');
      await expect
        .poll(() => unsaved.textContent())
        .toBe('Xem trước theo các phụ lục đã chọn, chưa lưu: bấm Lưu để giữ lựa chọn này.');
      const stored = () =>
        getProposalSettings(app.workspace.db, PLAN.name, defaultSettings('Hậu Giang'))?.appendices['to-trinh'];
      expect(stored()).toBeUndefined();
      await page.screenshot({ path: path.join(ARTIFACTS, 'print-unsaved-appendices-1366.png') });
      await page.setViewportSize(SCREENS[1]!);
      await page.screenshot({ path: path.join(ARTIFACTS, 'print-unsaved-appendices-1920.png') });

      await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect.poll(() => dialog.locator('.print-actions').textContent()).toContain('Đã lưu.');
      expect(await unsaved.count()).toBe(0);
      expect(stored()?.[0]).toEqual({ key: 'units', on: true });
      expect(await firstAppendix()).toBe('DANH SÁCH CƠ QUAN, ĐƠN VỊ TRƯỚC VÀ SAU SẮP XẾP');
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
  );
});
