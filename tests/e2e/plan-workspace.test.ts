/**
 * The plan workspace at the two screen sizes officers use (1366×768, 1920×1080), in Chromium:
 * operations by year on the left, the plan's views in tabs, the form with its preview and message
 * on the right; units picked by search; a sở merger, PSU merges, a quota cut and roadmap exits;
 * a message and a preview where the action was taken, gone when the next starts; the roadmap
 * following an edit made elsewhere; exits shown as entered after a reload; no sideways scroll.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, newPlan, openSample, pickUnit, planTab, SCREENS, useBrowser } from './harness.ts';

const browser = useBrowser();
const CENTRE = 'HG.SCT.TTKCXTTM'; // 17 state-paid employees for a quota of 15: 2 above it every year

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);

describe('the plan workspace, end to end in Chromium', () => {
  it.each(SCREENS)(
    'builds a plan at $width×$height: previews and messages beside the form, roadmap live, exits as entered after a reload',
    async (viewport) => {
      const size = `${viewport.width}x${viewport.height}`;
      const { page, errors, app } = await openSample(browser(), viewport);
      const { ops } = await newPlan(page, 'Phương án 2026–2030');
      const side = page.locator('.plan-side');
      const form = page.locator('.plan-detail');
      const formError = form.locator('.form-error');
      const preview = form.getByTestId('op-preview');
      const type = form.locator('select').first();
      expect(await noSidewaysScroll(page)).toBe(true);

      // The chart of a plan just created is drawn (not blank): the top units' boxes are there.
      await planTab(page, 'Sơ đồ');
      await expect.poll(() => page.getByTestId('scenario-org-chart').locator('.chart-node').count()).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-workspace-new-${size}.png`) });

      // A merger asked for without its units: the form says which fields, in words, beside it.
      await type.selectOption('merge');
      await form.getByRole('button', { name: 'Xem trước' }).click();
      await expect.poll(() => formError.textContent()).toBe('Đơn vị: chưa chọn; Hợp nhất với: chưa chọn');
      expect(await page.locator('.plan-bar + .form-error').count()).toBe(0);

      // The sở merger, its units found by name without accents: the preview shows beside the form, the message is gone.
      await form
        .getByRole('group', { name: 'Đơn vị', exact: true })
        .getByLabel('Đơn vị: tìm theo tên hoặc mã')
        .fill('so noi vu');
      await form.getByRole('button', { name: 'Chọn Sở Nội vụ (HG.SNV)' }).click();
      await pickUnit(form, 'Hợp nhất với', 'HG.SNGV');
      await form.getByLabel('Năm', { exact: true }).fill('2027');
      await form.getByRole('button', { name: 'Xem trước' }).click();
      await expect.poll(() => preview.textContent()).toMatch(/Số cấp phó: 3 → 6 \(\+3\)/);
      expect(await formError.count()).toBe(0);
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-workspace-preview-${size}.png`) });
      await form.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(1);
      expect(await preview.count()).toBe(0); // the next action started: the preview went

      // Two PSU merges in 2028 and a 10% quota cut in 2029.
      for (const [a, b] of [
        ['HG.STP.TTTGPL', 'HG.STP.TTDVDG'],
        ['HG.SNN.TTKN', 'HG.SNN.TTNS'],
      ]) {
        await pickUnit(form, 'Đơn vị', a!);
        await pickUnit(form, 'Hợp nhất với', b!);
        await form.getByLabel('Năm', { exact: true }).fill('2028');
        await form.getByRole('button', { name: 'Thêm thao tác' }).click();
        await expect
          .poll(() => form.getByRole('group', { name: 'Đơn vị', exact: true }).getByTestId('unit-picked').count())
          .toBe(0);
      }
      await type.selectOption('cutQuotas');
      await form.getByLabel('Năm', { exact: true }).fill('2029');
      await form.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(() => formError.textContent()).toBe('Tỷ lệ cắt giảm (%): chưa nhập');
      await form.getByLabel('Tỷ lệ cắt giảm (%)').fill('10');
      await form.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(4);
      expect(await formError.count()).toBe(0);

      // The operations by year, each year with its count and what it changes.
      expect(await side.locator('.op-year-head').allTextContents()).toEqual([
        expect.stringMatching(/^2027: 1 thao tác · biên chế [−+0]/),
        expect.stringMatching(/^2028: 2 thao tác · /),
        expect.stringMatching(/^2029: 1 thao tác · biên chế −[\d.]+, người /),
      ]);

      // Roadmap exits: two early retirements in 2027, costed; the cell says what is still above quota.
      await planTab(page, 'Lộ trình');
      const roadmap = page.getByTestId('scenario-roadmap');
      const grid = roadmap.getByTestId('roadmap-grid');
      const cell = (year: number) => grid.locator(`.ag-row[row-id="${CENTRE}"] .ag-cell[col-id="${year}"]`);
      await roadmap.getByLabel('Lọc theo tên hoặc mã…').fill(CENTRE);
      await expect.poll(async () => (await cell(2026).textContent())?.trim()).toBe('còn vượt 2');
      await roadmap.getByLabel('Lý do ra khỏi biên chế').selectOption('early-retirement');
      const payout = roadmap.getByRole('group', { name: 'Chi phí chi trả cho các ô sửa tiếp theo' });
      await payout.getByLabel('Chính sách').selectOption('154');
      await payout.getByLabel('Lương bình quân (đồng/tháng)').fill('12000000');
      await payout.getByLabel('Số tháng nghỉ trước tuổi').fill('24');
      await payout.getByLabel('Số năm đóng BHXH').fill('25');
      await cell(2027).click();
      const editor = grid.locator('.ag-cell-inline-editing input');
      await editor.fill('2');
      await editor.press('Enter');
      await expect.poll(async () => (await cell(2027).textContent())?.trim()).toBe('2');
      expect((await cell(2026).textContent())?.trim()).toBe('còn vượt 2');
      expect((await cell(2028).textContent())?.trim()).toBe(''); // resolved; the 2029 cut brings it back

      // An edit made elsewhere (the centre's quota raised in 2026, from the form): the cells follow at once.
      await type.selectOption('setQuota');
      await pickUnit(form, 'Đơn vị', CENTRE);
      await form.getByLabel('Năm', { exact: true }).fill('2026');
      await form.getByLabel('Số người làm việc được giao (NSNN)').fill('16');
      await form.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(async () => (await cell(2026).textContent())?.trim()).toBe('còn vượt 1');
      expect((await cell(2025).textContent())?.trim()).toBe('còn vượt 2');
      expect(await noSidewaysScroll(page)).toBe(true);
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-workspace-roadmap-${size}.png`) });

      // After a reload: the same tab, the exits listed as entered, the reason and cost inputs as entered.
      await page.reload();
      await expect
        .poll(() => page.getByTestId('roadmap-entered').textContent())
        .toMatch(
          /Nghỉ hưu trước tuổi: 0 công chức, 2 viên chức; chi trả theo Nghị định 154 \(lương 12\.000\.000 đồng\/tháng/,
        );
      const reloaded = page.getByTestId('scenario-roadmap');
      expect(await reloaded.getByLabel('Lý do ra khỏi biên chế').inputValue()).toBe('early-retirement');
      const inputs = reloaded.getByRole('group', { name: 'Chi phí chi trả cho các ô sửa tiếp theo' });
      expect(await inputs.getByLabel('Lương bình quân (đồng/tháng)').inputValue()).toBe('12000000');
      expect(await inputs.getByLabel('Số tháng nghỉ trước tuổi').inputValue()).toBe('24');
      expect(await inputs.getByLabel('Chính sách').inputValue()).toBe('154');
      expect(await noSidewaysScroll(page)).toBe(true);
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-workspace-reloaded-${size}.png`) });

      // The other tabs fit too.
      for (const tab of ['Bảng', 'Chỉ số', 'Mục tiêu', 'So sánh', 'Sơ đồ']) {
        await planTab(page, tab);
        expect(await noSidewaysScroll(page)).toBe(true);
      }
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
    180_000,
  );
});
