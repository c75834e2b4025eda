/** Printed proposals in Chromium: preview a plan's đề án page by page, edit a section, see it printed, export the PDF. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openSample, useBrowser, planTab } from './harness.ts';
import { firstLine, isA4, readPdf } from '../pdf.ts';
import { tempDir } from '../temp.ts';

const browser = useBrowser();

describe('printed proposals, end to end in Chromium', () => {
  it(
    'previews the đề án of a plan by pages, shows an edited section (as text), and exports it as an A4 PDF',
    { timeout: 240_000 },
    async () => {
      const { app, page, errors } = await openSample(browser(), { width: 1600, height: 1000 });
      await page.getByRole('tab', { name: 'Phương án' }).click();
      const plan = {
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
      await page
        .getByTestId('scenario-file')
        .setInputFiles({ name: 'pa.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
      await planTab(page, 'Mục tiêu');
      await page.getByTestId('scenario-targets').locator('tr[data-target="nq19-2025-psus"]').waitFor();
      await page.getByRole('button', { name: 'Bản in (đề án, tờ trình)…' }).click();

      const preview = page.frameLocator('[data-testid="print-preview"]');
      const pages = page.getByTestId('print-pages');
      await expect.poll(() => pages.textContent(), { timeout: 60_000 }).toMatch(/^khoảng \d+ trang$/);
      const count = Number((await pages.textContent())!.split(' ')[1]);
      expect(count).toBeGreaterThan(10);
      // A page box holding a block taller than a page counts for every page it prints on.
      expect(await preview.locator('.page').count()).toBeLessThanOrEqual(count);
      // Hậu Giang was merged into Cần Thơ on 01/07/2025 and the plan does not rename it: said above the preview.
      expect(await page.getByTestId('print-warnings').textContent()).toContain(
        'tỉnh Hậu Giang đã hợp nhất vào thành phố Cần Thơ từ ngày 01/07/2025',
      );
      // Page 1: the header, no page number; page 2 is numbered.
      const first = preview.locator('.page').first();
      expect(await first.locator('.national').textContent()).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(await first.locator('.motto').textContent()).toBe('Độc lập - Tự do - Hạnh phúc');
      expect(await first.locator('.number-line').textContent()).toMatch(/^Số:\s+\/ĐA-SNV$/);
      expect(await first.locator('.page-number').count()).toBe(0);
      expect(await preview.locator('.page').nth(1).locator('.page-number').textContent()).toBe('2');
      // The unit list continues across pages, its header row on each.
      const listPages = preview.locator('.page', { has: page.locator('th', { hasText: 'Tên cơ quan, đơn vị (mã)' }) });
      expect(await listPages.count()).toBeGreaterThan(5);
      // The unit list is an appendix: its pages are numbered on their own, its second page is 2.
      expect(await listPages.nth(1).locator('.page-number').textContent()).toBe('2');
      for (const p of await listPages.all()) {
        const box = await p.locator('.page-body').boundingBox();
        const tables = await p.locator('table.data').all();
        const last = await tables.at(-1)!.boundingBox();
        expect(last!.y + last!.height).toBeLessThanOrEqual(box!.y + box!.height + 1); // nothing cut off at the bottom
      }
      await page.screenshot({ path: path.join(ARTIFACTS, 'print-preview.png') });
      await listPages.nth(1).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'print-preview-list.png') });

      // The day of issue is left blank for the văn thư until given; typed dd/MM/yyyy (never in the
      // browser's locale), a day that does not exist refused in words; saved below, it is the header's.
      expect(await first.locator('.place-date').textContent()).toBe('Hậu Giang, ngày\u00a0… tháng\u00a0… năm\u00a0…');
      await page.locator('summary', { hasText: 'Thể thức văn bản' }).click();
      const day = page.getByTestId('print-date');
      expect([await day.inputValue(), await day.getAttribute('placeholder')]).toEqual([
        '',
        'để trống: văn thư ghi ngày',
      ]);
      await day.fill('31/02/2026');
      expect(await page.getByRole('alert').filter({ hasText: 'Ngày ban hành' }).textContent()).toBe(
        'Ngày ban hành: không đọc được ngày, ghi dd/MM/yyyy (ví dụ 01/07/2025).',
      );
      await day.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'print-date-refused.png') });
      await day.fill('05/01/2026');
      // Edit "Sự cần thiết": markup typed by a user stays text.
      const text = 'Việc sắp xếp các bệnh viện tuyến tỉnh là cấp thiết <b>ngay</b> & không thể chậm trễ.';
      await page.getByLabel('Sự cần thiết').fill(text);
      expect(await page.getByText('Có thay đổi chưa lưu: bấm Lưu để xem trong bản in.').count()).toBe(1);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect
        .poll(
          () => preview.locator('.page p.body-text', { hasText: 'Việc sắp xếp các bệnh viện' }).first().textContent(),
          { timeout: 60_000 },
        )
        .toBe(text);
      expect(await preview.locator('b').count()).toBe(0);
      expect(await first.locator('.place-date').textContent()).toMatch(/, ngày 05 tháng 01 năm 2026$/);
      // Saved with the scenario: reopening shows it.
      await page.getByRole('button', { name: 'Đóng' }).click();
      await page.getByRole('button', { name: 'Bản in (đề án, tờ trình)…' }).click();
      await expect.poll(() => page.getByLabel('Sự cần thiết').inputValue()).toBe(text);
      // The date emptied and saved: blank again for the văn thư.
      await page.locator('summary', { hasText: 'Thể thức văn bản' }).click();
      expect(await day.inputValue()).toBe('05/01/2026');
      await day.fill('');
      await page.screenshot({ path: path.join(ARTIFACTS, 'print-date-blank.png') });
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect
        .poll(() => first.locator('.place-date').textContent(), { timeout: 60_000 })
        .toBe('Hậu Giang, ngày\u00a0… tháng\u00a0… năm\u00a0…');

      // Export the PDF (a download) and read it back.
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Xuất PDF' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('de-an-sap-xep-y-te.pdf');
      const file = path.join(tempDir(), 'de-an.pdf');
      await download.saveAs(file);
      const pdf = readPdf(file);
      expect(pdf.sizes.every(isA4)).toBe(true);
      // The preview paginates as the printer does, give or take a page.
      const previewed = Number((await pages.textContent())!.split(' ')[1]);
      expect(Math.abs(pdf.pages.length - previewed)).toBeLessThanOrEqual(1);
      expect(pdf.pages[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(pdf.pages[0]).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(pdf.pages[0]!.replace(/\u00a0/g, ' ')).toContain('Hậu Giang, ngày … tháng … năm …');
      expect(pdf.pages.join('\n').replace(/\s+/g, ' ')).toContain(
        'Việc sắp xếp các bệnh viện tuyến tỉnh là cấp thiết <b>ngay</b> & không thể chậm trễ.',
      );
      expect(firstLine(pdf.pages[1]!)).toBe('2');
      fs.copyFileSync(file, path.join(ARTIFACTS, 'print-de-an.pdf'));
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
  );
});
