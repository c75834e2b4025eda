/**
 * The plan's forms on the two-tier Cần Thơ sample (walkthrough of issue 19), in Chromium at the
 * two screen sizes officers use: a unit created takes its parent first (the unit picked in the
 * plan's chart by default), its code is proposed from that parent (following the series of its
 * units of the same kind) and again when it changes, and
 * the parent is kept after adding so children are added in a row; the quota cut offers only the
 * levels and sectors the city has (no district level, no abolished sector); the picked unit's
 * figures say which are its subtree totals and which its own.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { canThoMeta, generateCanTho2025 } from '../../shared/sample/can-tho-2025.ts';
import { tempDir } from '../temp.ts';
import {
  ARTIFACTS,
  chartAtRest,
  newPlan,
  openWorkspacePage,
  pickUnit,
  planTab,
  SCREENS,
  useBrowser,
} from './harness.ts';

const browser = useBrowser();
const vi = (n: number) => n.toLocaleString('vi-VN');

describe('the plan forms on the two-tier city', () => {
  it.each(SCREENS)(
    'at $width×$height',
    async (viewport) => {
      const units = generateCanTho2025();
      const file = path.join(tempDir(), 'can-tho.tinhgon');
      createWorkspace(file, canThoMeta(), units).close();
      const { page, app, errors } = await openWorkspacePage(browser(), file, viewport);
      const { ops } = await newPlan(page, 'Biểu mẫu');
      const form = page.locator('.plan-detail form.op-form');
      const formError = page.locator('.plan-detail > .form-error');
      const code = form.getByLabel('Mã đơn vị mới');
      const parent = form.getByRole('group', { name: 'Trực thuộc', exact: true });

      // 1. No parent yet: no code proposed (the parent comes first), and adding says the parent is missing.
      await form.locator('select').first().selectOption('create');
      await expect
        .poll(() => form.getByTestId('op-new-code-hint').textContent())
        .toContain('Chọn đơn vị trực thuộc trước');
      expect(await code.inputValue()).toBe('');
      expect(await code.isDisabled()).toBe(true);
      await form.getByLabel('Tên', { exact: true }).fill('Phòng Cải cách hành chính');
      await form.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(() => formError.textContent()).toContain('Trực thuộc: chưa chọn');
      expect(await ops.locator('ol > li').count()).toBe(0);
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-forms-create-empty-${viewport.width}.png`) });

      // The unit picked in the plan's chart is the default parent; the code is proposed under it.
      await planTab(page, 'Sơ đồ');
      const chart = page.getByTestId('scenario-chart');
      await chart.locator('.chart-node').first().waitFor();
      await chartAtRest(page);
      await chart.getByTestId('scenario-chart-search').fill('so y te');
      await chart.getByTestId('scenario-chart-search').press('Enter');
      await expect.poll(() => parent.getByTestId('unit-picked').textContent()).toContain('CT.SYT');
      await expect.poll(() => code.inputValue()).toBe('CT.SYT.01');

      // Another parent picked: proposed again under it; a phòng follows its phòng's series (P01…P06).
      await pickUnit(form, 'Trực thuộc', 'CT.SNV');
      await expect.poll(() => code.inputValue()).toBe('CT.SNV.01');
      await form.getByTestId('op-kind').selectOption('division');
      await expect.poll(() => code.inputValue()).toBe('CT.SNV.P07');
      await form.getByTestId('op-level').selectOption('province');
      await form.getByTestId('op-sector').selectOption('home_affairs');
      await form.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(1);

      // The parent is kept after adding: a second child under it, with the next code, not a top-level unit.
      await expect.poll(() => code.inputValue()).toBe('CT.SNV.P08');
      expect(await parent.getByTestId('unit-picked').textContent()).toContain('CT.SNV');
      await form.getByLabel('Tên', { exact: true }).fill('Phòng Thi đua');
      await form.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(2);
      const said = await ops.locator('ol > li > span').allTextContents();
      expect(said.filter((s) => /trực thuộc Sở Nội vụ/.test(s))).toHaveLength(2);
      expect(said.join('\n')).toContain('mã CT.SNV.P08');
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-forms-create-${viewport.width}.png`) });

      // A top-level unit only when ticked on purpose: the parent cleared, the box ticked, the code proposed.
      await parent.getByRole('button', { name: 'Bỏ chọn (Trực thuộc)' }).click();
      await expect.poll(() => code.inputValue()).toBe('');
      await form.getByLabel('Không trực thuộc đơn vị nào (cấp cao nhất)').check();
      await expect.poll(() => code.inputValue()).toBe('CT.01');

      // 2. The quota cut: only the levels and sectors the city has.
      await form.locator('select').first().selectOption('cutQuotas');
      const levels = page.getByTestId('cut-scope-level').locator('label');
      await expect.poll(() => levels.allTextContents()).toEqual(['Tỉnh', 'Xã']);
      const sectors = await page.getByTestId('cut-scope-sector').locator('label').allTextContents();
      expect(sectors).not.toContain('Lao động và xã hội');
      expect(sectors).not.toContain('Thông tin và truyền thông');
      expect(sectors).toContain('Y tế');
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-forms-cut-${viewport.width}.png`) });

      // 3. The picked unit's figures: its subtree totals and its own, each captioned.
      const detail = page.locator('.plan-detail').getByTestId('plan-unit');
      const totals = detail.getByTestId('plan-unit-totals');
      const own = detail.getByTestId('plan-unit-figures');
      await expect.poll(() => totals.locator('caption').textContent()).toBe('Tổng cộng cả cây (gồm đơn vị trực thuộc)');
      expect(await own.locator('caption').textContent()).toBe('Số liệu của riêng đơn vị');
      const subtree = units.filter((u) => u.code === 'CT.SYT' || u.code.startsWith('CT.SYT.'));
      const sum = subtree.reduce((s, u) => s + u.publicEmployeeQuota, 0);
      const row = (table: typeof own, label: string) =>
        table.locator('tr', { has: page.locator('td', { hasText: new RegExp(`^${label}$`) }) }).locator('td');
      expect((await row(totals, 'Σ Số người làm việc được giao \\(NSNN\\)').allTextContents())[1]).toBe(vi(sum));
      expect((await row(own, 'Số người làm việc được giao \\(NSNN\\)').allTextContents())[1]).toBe(
        vi(units.find((u) => u.code === 'CT.SYT')!.publicEmployeeQuota),
      );
      await detail.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-forms-unit-${viewport.width}.png`) });
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
    180_000,
  );
});
