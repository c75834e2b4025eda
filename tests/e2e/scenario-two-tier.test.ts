/** The two-tier operations in the plan form: a dated province identity, a quota cut previewed unit by unit, a reclassified school. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('two-tier operations in the plan form, in Chromium', () => {
  it('adds setProvince, cutQuotas (previewed unit by unit) and reclassify with their day; the list says them with dd/MM/yyyy', async () => {
    const { app, page, errors } = await openSample(browser());
    await page.getByRole('tab', { name: 'Phương án' }).click();
    await page.getByLabel('Tên phương án mới').fill('Hai cấp');
    await page.getByRole('button', { name: 'Tạo phương án' }).click();
    const ops = page.getByTestId('scenario-ops');
    await expect.poll(() => ops.textContent()).toContain('Phương án chưa có thao tác nào.');
    const type = ops.locator('select').first();

    await type.selectOption('setProvince');
    await ops.getByTestId('op-date').fill('01/07/2025');
    await ops.getByLabel('Tên tỉnh (thành phố)').fill('thành phố Cần Thơ');
    await ops.getByTestId('op-class').selectOption('class1');
    await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
    await expect.poll(() => ops.locator('ol > li').count()).toBe(1);
    expect(await ops.locator('ol > li > span').first().textContent()).toBe(
      '01/07/2025: tỉnh (thành phố) mang tên "thành phố Cần Thơ" (Loại I)',
    );

    await type.selectOption('cutQuotas');
    await ops.getByTestId('op-date').fill('01/03/2026');
    await ops.getByLabel('Thuộc đơn vị (mã, để trống: toàn tỉnh)').fill('HG.SYT');
    await ops.getByLabel('Tỷ lệ cắt giảm (%)').fill('2,5');
    await ops.getByRole('checkbox', { name: 'Biên chế công chức' }).uncheck();
    await ops.getByRole('button', { name: 'Xem trước' }).click();
    const preview = page.getByTestId('op-preview');
    await expect.poll(() => preview.textContent()).toContain('Xem trước, cuối năm 2026 (chưa lưu):');
    // Each unit lowered, before → after, and the total cut.
    expect(await preview.textContent()).toMatch(/Số người làm việc được giao \(NSNN\): [\d.]+ → [\d.]+ \(-[\d.]+\)/);
    expect(await preview.textContent()).toMatch(/Cắt giảm 2,5% biên chế của \d+ đơn vị: giảm tổng cộng [\d.]+/);
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-cut-quotas.png') });
    await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
    await expect.poll(() => ops.locator('ol > li').count()).toBe(2);
    expect(await ops.locator('ol > li > span').nth(1).textContent()).toBe(
      '01/03/2026: cắt giảm ít nhất 2,5% số người làm việc được giao (NSNN) của các đơn vị thuộc Sở Y tế',
    );

    await type.selectOption('reclassify');
    await ops.getByTestId('op-date').fill('01/07/2025');
    await ops.getByLabel('Đơn vị (mã)').fill('HG.SYT.TTYT.VT');
    await ops.getByTestId('op-level').selectOption('province');
    await ops.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(() => preview.textContent()).toContain('Cấp: Huyện → Tỉnh');
    await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
    await expect.poll(() => ops.locator('ol > li').count()).toBe(3);
    expect(await ops.locator('ol > li > span').nth(2).textContent()).toMatch(
      /^01\/07\/2025: Trung tâm Y tế Vị Thanh chuyển thành cấp Tỉnh$/,
    );

    // A percent that is not one is refused, naming why; nothing is added.
    await type.selectOption('cutQuotas');
    await ops.getByLabel('Tỷ lệ cắt giảm (%)').fill('120');
    await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
    await expect
      .poll(() => page.locator('.scenario-pane .form-error').textContent())
      .toContain('Tỷ lệ cắt giảm phải lớn hơn 0 và không quá 100');
    expect(await ops.locator('ol > li').count()).toBe(3);
    await ops.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-two-tier.png') });
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
