/** Job positions in a plan, in Chromium: two hospitals' positions imported, merged in a plan, the joined list reduced, and the printed appendix. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getScenario } from '../../db/scenarios-repo.ts';
import { ARTIFACTS, importPositions, newPlan, openSample, useBrowser, pickUnit } from './harness.ts';
import { readPdf } from '../pdf.ts';
import { tempDir } from '../temp.ts';

const browser = useBrowser();

describe('job positions in a plan, end to end in Chromium', () => {
  it(
    'imports positions for two units, merges them in a plan, reduces the joined list and prints the appendix',
    { timeout: 180_000 },
    async () => {
      const { app, page, errors } = await openSample(browser(), { width: 1600, height: 1100 });
      await importPositions(
        page,
        [
          'HG.SYT.BVLBP;Giám đốc;1;;Biên chế;1;1',
          'HG.SYT.BVLBP;Bác sĩ;2;Bác sĩ hạng III;Biên chế;10;9',
          'HG.SYT.BVLBP;Điều dưỡng;2;Điều dưỡng hạng IV;Biên chế;8;8',
          'HG.SYT.BVTT;Giám đốc;1;;Biên chế;1;1',
          'HG.SYT.BVTT;bác sĩ;2;Bác sĩ hạng III;Biên chế;6;6',
          'HG.SYT.BVTT;Kế toán;3;;Hợp đồng;2;2',
        ],
        'Đã nhập 6 vị trí việc làm của 2 đơn vị',
      );

      const { ops } = await newPlan(page, 'Hợp nhất bệnh viện');
      await ops.getByLabel('Năm').fill('2026');
      await pickUnit(ops, 'Đơn vị', 'HG.SYT.BVLBP');
      await pickUnit(ops, 'Hợp nhất với', 'HG.SYT.BVTT');
      await ops.getByRole('button', { name: 'Xem trước' }).click();
      // The preview lists the joined positions, the lines added together marked.
      const previewed = page.getByTestId('plan-positions');
      await expect.poll(() => previewed.getByTestId('position-row').count()).toBe(4);
      const rows = previewed.getByTestId('position-row');
      expect(await rows.nth(1).getByLabel('Vị trí').inputValue()).toBe('Bác sĩ');
      expect(await rows.nth(1).getByLabel('Cần').inputValue()).toBe('16');
      expect(await previewed.locator('.position-added').count()).toBe(2);
      expect(await previewed.getByRole('button').count()).toBe(0); // a preview is read only
      expect(await previewed.textContent()).toContain('2 vị trí có ở nhiều đơn vị đã được gộp');
      await previewed.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'plan-positions-preview.png') });
      await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(1);

      // Reduce: one director, 14 doctors; saved as a setPositions operation after the merge.
      await ops.getByTestId('op-reduce-positions-0').click();
      const box = ops.getByTestId('plan-positions');
      await expect.poll(() => box.getByTestId('position-row').count()).toBe(4);
      expect(await box.getByTestId('plan-positions-justified').textContent()).toMatch(
        /^Biên chế được giao: [\d.]+ · các vị trí việc làm tính trong biên chế cần: 26 \(ngoài ra \d+ hợp đồng\)$/,
      );
      expect(await box.locator('legend').textContent()).toBe(
        'Vị trí việc làm của Bệnh viện Lao và Bệnh phổi trong phương án (cuối năm 2026)',
      );
      await box.getByTestId('position-row').nth(0).getByLabel('Cần').fill('1');
      await box.getByTestId('position-row').nth(1).getByLabel('Cần').fill('14');
      await box.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'plan-positions-reduce.png') });
      await box.getByTestId('plan-positions-save').click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(2);
      expect(await ops.locator('ol > li > span').nth(1).textContent()).toMatch(
        /^2026: rút gọn vị trí việc làm của Bệnh viện Lao và Bệnh phổi: 4 vị trí, cần 25 người \(\d+ biên chế, \d+ hợp đồng\)$/,
      );
      const stored = getScenario(app.workspace.db, 'Hợp nhất bệnh viện').operations[1]!;
      expect(stored).toMatchObject({ type: 'setPositions', year: 2026, unit: 'HG.SYT.BVLBP' });

      // The printed đề án has the merged unit's positions appendix, as reduced.
      await page.getByRole('button', { name: 'Bản in (đề án, tờ trình)…' }).click();
      const preview = page.frameLocator('[data-testid="print-preview"]');
      await expect
        .poll(() => page.getByTestId('print-pages').textContent(), { timeout: 60_000 })
        .toMatch(/^khoảng \d+ trang$/);
      const appendix = preview.locator('.page', {
        has: page.locator('.appendix-title', { hasText: 'VỊ TRÍ VIỆC LÀM CỦA BỆNH VIỆN LAO VÀ BỆNH PHỔI' }),
      });
      await expect.poll(() => appendix.count(), { timeout: 60_000 }).toBeGreaterThan(0);
      const text = (await appendix.first().textContent())!;
      for (const h of [
        'Vị trí việc làm',
        'Nhóm vị trí',
        'Ngạch/chức danh nghề nghiệp',
        'Hình thức',
        'Số lượng cần',
        'Số lượng hiện có',
      ])
        expect(text).toContain(h);
      expect(text).toContain('Tổng cộng');
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Xuất PDF' }).click(),
      ]);
      const file = path.join(tempDir(), 'de-an.pdf');
      await download.saveAs(file);
      const pdf = readPdf(file);
      const last = pdf.pages.findIndex((p) => p.includes('VỊ TRÍ VIỆC LÀM CỦA BỆNH VIỆN LAO VÀ BỆNH PHỔI'));
      expect(last).toBeGreaterThan(0);
      expect(pdf.pages[last]!.replace(/\s+/g, ' ')).toContain('Tổng cộng 25');
      fs.copyFileSync(file, path.join(ARTIFACTS, 'plan-positions-de-an.pdf'));
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
  );
});
