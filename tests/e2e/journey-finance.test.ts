/**
 * Issue 19, the Sở Tài chính officer's journey, in Chromium at 1366×768 and 1920×1080, through the
 * UI only: the autonomy template is downloaded and filled in (two years, three hospitals) with one
 * bad row; the import is refused naming the row and the field and stores nothing; the file is fixed
 * and imported; the groups (Decree 60), a group mismatch and a move down are shown; a figure typed
 * in the grid fixes the mismatch; the charts show the groups and the trend of direct support.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listFigures } from '../../db/finance-repo.ts';
import { ARTIFACTS, openSample, SCREENS, useBrowser } from './harness.ts';

const browser = useBrowser();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Row = [code: string, name: string, year: number, a: number, b: number, inv: number, dep: number, group: string];

/** The downloaded template with `rows` below its header, amounts in triệu đồng. */
async function filled(template: string, rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const sheet = wb.worksheets[0]!;
  for (const r of rows) sheet.addRow([...r, 'triệu đồng']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('journey of the Sở Tài chính officer, end to end in Chromium', () => {
  it.each(SCREENS)(
    'imports autonomy figures, is refused a bad row, fixes the file and a mismatch at $width×$height',
    async (viewport) => {
      const size = `${viewport.width}x${viewport.height}`;
      const { app, page, errors } = await openSample(browser(), viewport);
      const shot = (name: string) =>
        page.screenshot({ path: path.join(ARTIFACTS, `journey-finance-${name}-${size}.png`) });
      const db = app.workspace.db;
      await page.getByRole('tab', { name: 'Tự chủ tài chính' }).click();

      // The template, downloaded through the app.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tải mẫu số liệu' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('mau-so-lieu-tu-chu-tai-chinh.xlsx');
      const template = await download.path();

      // Filled in for 2024 and 2025 below the template's example row (skipped); Bệnh viện Tâm thần's 2025 spending typed as 0 (row 8).
      const rows: Row[] = [
        ['HG.SYT.BVDK', 'Bệnh viện Đa khoa tỉnh', 2024, 150000, 150000, 0, 0, '2'],
        ['HG.SYT.BVTT', 'Bệnh viện Tâm thần', 2024, 2.1, 3, 0, 0, '3a'],
        ['HG.SYT.BVLBP', 'Bệnh viện Lao và Bệnh phổi', 2024, 40, 100, 0, 0, '3b'],
        ['HG.SYT.BVDK', 'Bệnh viện Đa khoa tỉnh', 2025, 120000, 150000, 0, 0, '2'],
        ['HG.SYT.BVTT', 'Bệnh viện Tâm thần', 2025, 2.2, 0, 0, 0, '3a'],
        ['HG.SYT.BVLBP', 'Bệnh viện Lao và Bệnh phổi', 2025, 45, 100, 0, 0, '3b'],
      ];
      const file = page.getByTestId('finance-file');
      const message = page.getByTestId('finance-message');
      await file.setInputFiles({ name: 'tu-chu-2024-2025.xlsx', mimeType: XLSX, buffer: await filled(template, rows) });
      await expect
        .poll(() => message.textContent())
        .toContain('Dòng 8, cột "Tổng chi thường xuyên (B)": Phải lớn hơn 0.');
      expect((await message.textContent())!).not.toMatch(/\b(err|fin|field)\.[a-zA-Z]+|spending|undefined/);
      expect([...listFigures(db, 2024), ...listFigures(db, 2025)]).toEqual([]); // all or nothing
      await shot('refused');

      // The file fixed (B = 3) and imported again: six rows, the latest year shown.
      rows[4] = ['HG.SYT.BVTT', 'Bệnh viện Tâm thần', 2025, 2.2, 3, 0, 0, '3a'];
      await file.setInputFiles({ name: 'tu-chu-2024-2025.xlsx', mimeType: XLSX, buffer: await filled(template, rows) });
      await expect.poll(() => message.textContent()).toBe('Đã nhập 6 dòng số liệu.');
      expect(listFigures(db, 2024)).toHaveLength(3);
      expect(listFigures(db, 2025)).toHaveLength(3);
      await expect.poll(() => page.getByTestId('finance-year').inputValue()).toBe('2025');
      await expect.poll(() => page.getByTestId('finance-unit-line').textContent()).toBe('Đơn vị tính: triệu đồng');

      // The groups computed from A and B (Decree 60): the general hospital fell to 3a against its group 2.
      const cell = (code: string, col: string) =>
        page.locator(`.finance-pane .ag-row[row-id="${code}"] [col-id="${col}"]`);
      await page.getByLabel('Chỉ đơn vị lệch nhóm').check();
      const shown = () =>
        page
          .locator('.finance-pane .grid-host .ag-row[row-id]:not(.ag-row-pinned)')
          .evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute('row-id')))]);
      await expect.poll(shown).toEqual(['HG.SYT.BVDK']);
      expect(await cell('HG.SYT.BVDK', 'computed').textContent()).toBe('3a');
      expect(await cell('HG.SYT.BVDK', 'rate').textContent()).toBe('80,00%');
      expect(await cell('HG.SYT.BVDK', 'mismatch').textContent()).toBe('Lệch nhóm');
      await expect
        .poll(() => page.getByTestId('finance-demotions').textContent())
        .toContain('Bệnh viện Đa khoa tỉnh (HG.SYT.BVDK): nhóm 2 năm 2024 → nhóm 3a năm 2025');
      await cell('HG.SYT.BVDK', 'name').click();
      await expect
        .poll(() => page.getByTestId('finance-formula').textContent())
        .toBe('Mức tự bảo đảm chi thường xuyên = A / B × 100% = 120.000 / 150.000 × 100% = 80,00% → nhóm 3a');
      await shot('mismatch');

      // A revenue mistyped in the file: the right figure typed in the grid puts the hospital back in group 2.
      await cell('HG.SYT.BVDK', 'revenue').click();
      const editor = page.locator('.finance-pane .ag-cell-inline-editing input');
      await editor.fill('150.000');
      await editor.press('Enter');
      await expect
        .poll(() => listFigures(db, 2025).find((f) => f.code === 'HG.SYT.BVDK')?.revenue)
        .toBe(
          '150000000000000000', // 150.000 triệu đồng in millionths of a đồng
        );
      await page.getByLabel('Chỉ đơn vị lệch nhóm').uncheck();
      await page.getByTestId('finance-search').fill('Bệnh viện');
      await expect.poll(() => cell('HG.SYT.BVDK', 'computed').textContent()).toBe('2');
      expect(await cell('HG.SYT.BVDK', 'mismatch').textContent()).toBe('');
      await expect.poll(() => page.getByTestId('finance-demotions').count()).toBe(0);
      expect(await cell('HG.SYT.BVTT', 'computed').textContent()).toBe('3a');
      expect(await cell('HG.SYT.BVLBP', 'computed').textContent()).toBe('3b');
      // The counts per group under the grid, in the pinned name column: still in view beside the amounts.
      await cell('HG.SYT.BVDK', 'spending').scrollIntoViewIfNeeded();
      // Drawn rows are not in display order (a total whose count changed is a new row): read by row index.
      const totals = await page.locator('.finance-pane .grid-host .ag-row-pinned').evaluateAll((rows) =>
        rows
          .map((r) => [Number(r.getAttribute('row-index')!.replace('b-', '')), r.querySelector('[col-id="name"]')])
          .filter((x): x is [number, Element] => x[1] !== null)
          .sort((a, b) => a[0] - b[0])
          .map(([, c]) => c.textContent),
      );
      expect(totals).toEqual(['Nhóm 2: 1', 'Nhóm 3a: 1', 'Nhóm 3b: 1', 'Chưa xếp nhóm: 258']);
      await shot('fixed');

      // The charts: 2025 by group, and the direct support Σ (B − A) falling from 2024 (60,9) to 2025 (55,8).
      await page.getByRole('tab', { name: 'Biểu đồ' }).click();
      const charts = page.getByTestId('finance-charts');
      const groups = charts.locator('figure').first();
      await expect.poll(() => groups.locator('figcaption').textContent()).toBe('Số đơn vị theo nhóm tự chủ, năm 2025');
      const bars = await groups
        .locator('g')
        .evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' ')));
      expect(bars).toEqual(['Nhóm 1 0', 'Nhóm 2 1', 'Nhóm 3a 1', 'Nhóm 3b 1', 'Nhóm 3c 0', 'Nhóm 4 0']);
      // Both years cover the same 3 of 261 units: each says so, and the fall is measured on those 3.
      const trend = page.getByTestId('finance-support');
      expect(await trend.locator('text.axis').allTextContents()).toEqual([
        '2024',
        '3/261 đơn vị',
        '2025',
        '3/261 đơn vị',
      ]);
      expect(await trend.locator('text.value').allTextContents()).toEqual(['60,9', '55,8']);
      expect(await trend.getByTestId('finance-support-trend').locator('tbody tr').last().textContent()).toBe(
        '20253/261 đơn vị (chưa đủ)55,8−8,37% (60,9 → 55,8; 3 đơn vị có số liệu cả năm 2024 và năm này)',
      );
      await trend.scrollIntoViewIfNeeded();
      await shot('charts');
      fs.rmSync(template, { force: true });
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
    120_000,
  );
});
