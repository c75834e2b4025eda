/**
 * The trend of direct budget support in Chromium when the years' coverage differs: every public
 * service unit has figures for 2024, only nine for 2025. The 2025 total is not shown as a fall: the
 * year is drawn pale with its coverage, said to be incomplete, and its change is measured on the
 * nine units with figures in both years.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateSampleProvince } from '../../shared/sample/hau-giang.ts';
import { ARTIFACTS, openSample, SCREENS, useBrowser } from './harness.ts';

const browser = useBrowser();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every PSU in 2024 (A 50, B 100 triệu đồng: support 50 each); nine of them in 2025 (A 55: support 45 each). */
async function figuresFile(): Promise<{ buffer: Buffer; psus: number }> {
  const psus = generateSampleProvince()
    .filter((u) => u.kind === 'psu')
    .map((u) => u.code);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Tự chủ tài chính');
  sheet.addRow(['Mã đơn vị', 'Năm', 'Tổng nguồn thu (A)', 'Tổng chi thường xuyên (B)', 'Đơn vị tính']);
  for (const code of psus) sheet.addRow([code, 2024, 50, 100, 'triệu đồng']);
  for (const code of psus.slice(0, 9)) sheet.addRow([code, 2025, 55, 100, 'triệu đồng']);
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), psus: psus.length };
}

describe('the budget trend says how complete each year is, in Chromium', () => {
  it.each(SCREENS)(
    'does not show a year with nine units as a fall from one with all at $width×$height',
    async (viewport) => {
      const { app, page, errors } = await openSample(browser(), viewport);
      const { buffer, psus } = await figuresFile();
      await page.getByRole('tab', { name: 'Tự chủ tài chính' }).click();
      await page.getByTestId('finance-file').setInputFiles({ name: 'tu-chu.xlsx', mimeType: XLSX, buffer });
      await expect
        .poll(() => page.getByTestId('finance-message').textContent())
        .toBe(`Đã nhập ${(psus + 9).toLocaleString('vi-VN')} dòng số liệu.`);
      await page.getByRole('tab', { name: 'Biểu đồ' }).click();
      const trend = page.getByTestId('finance-support');
      const all = `${psus}/${psus} đơn vị`;
      await expect
        .poll(() => trend.locator('svg text.axis').allTextContents())
        .toEqual(['2024', all, '2025', `9/${psus} đơn vị`]);
      expect(await trend.locator('svg g.partial').getAttribute('data-year')).toBe('2025');
      expect(await trend.locator('svg text.value').allTextContents()).toEqual([
        (psus * 50).toLocaleString('vi-VN'),
        '405',
      ]);
      expect(await trend.getByTestId('finance-support-partial').textContent()).toBe(
        'Chưa đủ số liệu năm 2025 (cột nhạt): tổng của năm chỉ cộng các đơn vị đã có số liệu, nên không so sánh tổng giữa các năm. Mức tăng/giảm trong bảng dưới đây chỉ tính trên những đơn vị có số liệu cả hai năm.',
      );
      const rows = await trend
        .getByTestId('finance-support-trend')
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
      expect(rows).toEqual([
        ['2024', all, (psus * 50).toLocaleString('vi-VN'), '—'],
        // The nine units went from 450 to 405: down 10%, not down from the 2024 total of every unit.
        ['2025', `9/${psus} đơn vị (chưa đủ)`, '405', '−10% (450 → 405; 9 đơn vị có số liệu cả năm 2024 và năm này)'],
      ]);
      await trend.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: path.join(ARTIFACTS, `finance-trend-partial-${viewport.width}x${viewport.height}.png`),
      });
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
    120_000,
  );
});
