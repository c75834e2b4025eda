/** The print view: the appendices of a tờ trình chosen and ordered, the body referring to those attached; the draft decision. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openSample, planTab, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('appendices chosen in the print view', () => {
  it(
    'unticks the operations appendix and moves the unit list up: the tờ trình numbers and refers to what is attached',
    { timeout: 180_000 },
    async () => {
      const { page, errors } = await openSample(browser(), { width: 1600, height: 1000 });
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
      // The plan page's targets are on their own tab.
      await planTab(page, 'Mục tiêu');
      await page.getByTestId('scenario-targets').locator('tr[data-target="nq19-2025-psus"]').waitFor();
      await page.getByRole('button', { name: 'Bản in (đề án, tờ trình)…' }).click();
      const pages = page.getByTestId('print-pages');
      await expect.poll(() => pages.textContent(), { timeout: 60_000 }).toMatch(/^khoảng \d+ trang$/);

      // The đề án: each reshaping operation's parts, started from the plan.
      await page.locator('summary', { hasText: 'Phương án đối với từng nội dung sắp xếp' }).click();
      const operations = page.locator('.print-operations > details > summary');
      expect(await operations.allTextContents()).toEqual([
        expect.stringMatching(/^Hợp nhất .* thành Bệnh viện Chuyên khoa \(2025\)$/),
        expect.stringMatching(/^Giải thể .* \(2026\)$/),
      ]);
      await operations.first().click();
      expect(await page.getByLabel('Cơ cấu tổ chức bên trong').first().inputValue()).not.toBe('');
      await page.screenshot({ path: path.join(ARTIFACTS, 'print-operations.png') });

      await page.getByLabel('Loại văn bản').selectOption('to-trinh');
      const preview = page.frameLocator('[data-testid="print-preview"]');
      const appendixTitles = () => preview.locator('.appendix-number').allTextContents();
      await expect
        .poll(() => preview.locator('.appendix-title').first().textContent(), { timeout: 60_000 })
        .toBe('DANH MỤC CÁC NỘI DUNG SẮP XẾP THEO NĂM');
      const body = () => preview.locator('body').innerText();
      expect(await body()).toContain('Phương án gồm 2 nội dung: 1 hợp nhất, 1 giải thể (chi tiết tại Phụ lục I).');

      const list = page.getByTestId('print-appendices');
      const rows = () => list.locator('li').allTextContents();
      expect((await rows())[0]).toContain('Danh mục các nội dung sắp xếp');
      await list.getByTestId('appendix-operations').getByRole('checkbox').uncheck();
      await list.getByTestId('appendix-units').getByRole('checkbox').check();
      // From fifth (after operations, roadmap, findings, chart) to first.
      for (let i = 0; i < 4; i++)
        await list.getByRole('button', { name: 'Lên: Danh sách cơ quan, đơn vị trước và sau' }).click();
      expect((await rows())[0]).toContain('Danh sách cơ quan, đơn vị trước và sau');
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect
        .poll(() => preview.locator('.appendix-title').first().textContent(), { timeout: 60_000 })
        .toBe('DANH SÁCH CƠ QUAN, ĐƠN VỊ TRƯỚC VÀ SAU SẮP XẾP');
      expect(await appendixTitles()).toContain('Phụ lục I');
      const text = await body();
      expect(text).toContain('Phương án gồm 2 nội dung: 1 hợp nhất, 1 giải thể.');
      expect(text).toContain('- Phụ lục I: Danh sách cơ quan, đơn vị trước và sau sắp xếp');
      expect(text).not.toContain('Danh mục các nội dung sắp xếp theo năm');
      // Saved with the plan: the order stays after the view is read again.
      expect((await rows())[0]).toContain('Danh sách cơ quan, đơn vị trước và sau');
      await page.screenshot({ path: path.join(ARTIFACTS, 'print-appendices.png') });

      // The draft decision, the third document type.
      await page.getByLabel('Loại văn bản').selectOption('quyet-dinh');
      await expect
        .poll(() => preview.locator('.doc-type').first().textContent(), { timeout: 60_000 })
        .toBe('QUYẾT ĐỊNH');
      expect(await body()).toContain('QUYẾT ĐỊNH:');
      expect(await preview.locator('.number-line').first().textContent()).toMatch(/^Số:\s+\/QĐ-UBND$/);
      await page.screenshot({ path: path.join(ARTIFACTS, 'print-quyet-dinh.png') });
      expect(errors).toEqual([]);
    },
  );
});
