/** Financial autonomy inside a plan, in Chromium: figures given by an operation, a merge that lowers a group. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, newPlan, openSample, useBrowser, pickUnit, planTab } from './harness.ts';

const browser = useBrowser();

describe('autonomy in a plan, end to end in Chromium', () => {
  it('gives two hospitals Decree 60 figures, counts them per group, and shows a merge that lowers a group in the wizard and the notices', async () => {
    const { app, page, errors } = await openSample(browser());
    const { ops, metric } = await newPlan(page, 'PA tự chủ');

    const setAutonomy = async (code: string, revenue: string, spending: string) => {
      await ops.locator('select').selectOption('setAutonomy');
      await ops.getByLabel('Năm').fill('2024');
      await pickUnit(ops, 'Đơn vị', code);
      await ops.getByLabel('Tổng nguồn thu A (đồng)').fill(revenue);
      await ops.getByLabel('Tổng chi thường xuyên B (đồng)').fill(spending);
      await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
    };
    // A bad amount is refused naming the operation and the field; nothing is stored.
    await setAutonomy('HG.SYT.BVTT', '1.5', '100');
    await expect
      .poll(() => page.locator('.scenario-pane .form-error').textContent())
      .toBe(
        'Thao tác 1 (Số liệu / nhóm tự chủ (nâng mức tự chủ)): Không đọc được Tổng nguồn thu (A): "1.5" (ví dụ hợp lệ: 1.234.567,89; không âm).',
      );
    expect(await ops.locator('ol > li').count()).toBe(0);
    // Tâm thần: 120/100 → group 2; Lao: 40/100 → 3b.
    await setAutonomy('HG.SYT.BVTT', '120.000.000.000', '100.000.000.000');
    await setAutonomy('HG.SYT.BVLBP', '40.000.000.000', '100.000.000.000');
    await expect
      .poll(() => ops.locator('ol > li > span').allTextContents())
      .toEqual([
        '2024: Bệnh viện Tâm thần — tự chủ tài chính: thu 120.000.000.000, chi thường xuyên 100.000.000.000',
        '2024: Bệnh viện Lao và Bệnh phổi — tự chủ tài chính: thu 40.000.000.000, chi thường xuyên 100.000.000.000',
      ]);
    // The metrics follow the list once the plan is simulated again; both groups are polled together, since the
    // simulation of the first operation alone already shows group 2 right.
    const groups = async () => [await metric('ĐVSN tự chủ nhóm 2'), await metric('ĐVSN tự chủ nhóm 3')];
    await expect.poll(groups).toEqual([
      ['0', '1', '1', '1', '1', '1', '1', '1'],
      ['0', '1', '1', '1', '1', '1', '1', '1'],
    ]);

    // Merge them in 2025 through the wizard: the preview shows each group and the merged one (160/200 = 80% → 3a).
    await ops.locator('select').selectOption('mergeWizard');
    const wizard = page.getByRole('dialog', { name: 'Hợp nhất đơn vị' });
    await wizard.getByLabel('Năm').fill('2025');
    const search = wizard.getByLabel('Tìm theo mã hoặc tên (gõ không dấu cũng được)');
    for (const code of ['HG.SYT.BVTT', 'HG.SYT.BVLBP']) {
      await search.fill(code);
      await search.press('Enter');
    }
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
    await wizard.getByLabel('Hợp nhất vào một đơn vị đã chọn (đơn vị đó giữ lại)').check();
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
    const preview = wizard.getByTestId('merge-preview');
    await expect
      .poll(() => preview.locator('tr[data-field="autonomy"] td').allTextContents())
      .toEqual(['Nhóm tự chủ tài chính', '2', '3b', '', '3a']);
    expect(await preview.textContent()).toContain('mức tự chủ tài chính là nhóm 3a, thấp hơn nhóm 2');
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-autonomy-wizard.png') });
    await wizard.getByRole('button', { name: 'Xác nhận, thêm vào phương án' }).click();
    await expect.poll(() => ops.locator('ol > li').count()).toBe(3);
    await expect.poll(groups).toEqual([
      ['0', '1', '0', '0', '0', '0', '0', '0'],
      ['0', '1', '1', '1', '1', '1', '1', '1'],
    ]);
    await planTab(page, 'Chỉ số');
    expect(await page.locator('.scenario-notices').textContent()).toContain(
      '2025 · Bệnh viện Tâm thần (HG.SYT.BVTT): Sau hợp nhất, mức tự chủ tài chính là nhóm 3a, thấp hơn nhóm 2',
    );
    expect(errors).toEqual([]);
    await app.stop();
  });
});
