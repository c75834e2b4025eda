/** The two-tier operations in the plan form: a dated province identity, a quota cut previewed unit by unit, a reclassified school. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSampleProvince } from '../../shared/sample/hau-giang.ts';
import { formatInteger } from '../../shared/format.ts';
import { ARTIFACTS, openSample, useBrowser, pickUnit } from './harness.ts';

const browser = useBrowser();

describe('two-tier operations in the plan form, in Chromium', () => {
  it('adds setProvince, cutQuotas (previewed unit by unit) and reclassify with their day; the list says them with dd/MM/yyyy', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1366, height: 768 });
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
    // A day typed gives the year: the year field shows it, disabled, and says so; a day the calendar has not is named.
    await ops.getByTestId('op-date').fill('31/02/2026');
    expect(await ops.getByRole('alert').first().textContent()).toBe(
      'Ngày (dd/MM/yyyy, tùy chọn): không đọc được ngày, ghi dd/MM/yyyy (ví dụ 01/07/2025).',
    );
    expect(await ops.getByLabel('Năm', { exact: true }).isDisabled()).toBe(false);
    await ops.getByTestId('op-date').fill('01/03/2026');
    expect(await ops.getByTestId('op-year-of-day').textContent()).toBe('Năm theo ngày 01/03/2026');
    expect(await ops.getByLabel('Năm', { exact: true }).isDisabled()).toBe(true);
    expect(await ops.getByLabel('Năm', { exact: true }).inputValue()).toBe('2026');
    // The scope: under the health department found without accents, its public service units only.
    const scope = ops.getByTestId('cut-scope');
    await scope.getByLabel('Thuộc đơn vị (tìm theo tên hoặc mã)').fill('so y te');
    await scope.getByRole('button', { name: 'Chọn Sở Y tế (HG.SYT)' }).click();
    expect(await scope.getByTestId('cut-scope-under').textContent()).toBe('Sở Y tế (HG.SYT)');
    await scope.getByTestId('cut-scope-kind').getByLabel('Đơn vị sự nghiệp', { exact: true }).check();
    await ops.getByLabel('Tỷ lệ cắt giảm (%)').fill('2,5');
    await ops.getByRole('checkbox', { name: 'Biên chế công chức' }).uncheck();
    await ops.getByRole('button', { name: 'Xem trước' }).click();
    const preview = page.getByTestId('op-preview');
    await expect.poll(() => preview.textContent()).toContain('Xem trước, cuối năm 2026 (chưa lưu):');
    // Each unit lowered, before → after, and how many units and the total cut: the sample's PSUs under the sở with a quota.
    const sample = generateSampleProvince();
    const under = ['HG.SYT'];
    for (let i = 0; i < under.length; i++)
      under.push(...sample.filter((u) => u.parentCode === under[i]).map((u) => u.code));
    const cut = sample.filter((u) => under.includes(u.code) && u.kind === 'psu' && u.publicEmployeeQuota > 0);
    const total = cut.reduce((s, u) => s + u.publicEmployeeQuota - Math.floor((u.publicEmployeeQuota * 975) / 1000), 0);
    expect(cut.length).toBeGreaterThan(1);
    expect(await preview.getByTestId('op-preview-total').textContent()).toMatch(
      new RegExp(`^Cắt giảm 2,5% biên chế của ${cut.length} đơn vị: giảm tổng cộng ${formatInteger(total)} `),
    );
    for (const u of cut) expect(await preview.textContent()).toContain(`${u.name} (${u.code})`);
    expect(await preview.textContent()).toMatch(/Số người làm việc được giao \(NSNN\): [\d.]+ → [\d.]+ \(-[\d.]+\)/);
    await scope.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-cut-scope.png') });
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-cut-quotas.png') });
    await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
    await expect.poll(() => ops.locator('ol > li').count()).toBe(2);
    expect(await ops.locator('ol > li > span').nth(1).textContent()).toBe(
      '01/03/2026: cắt giảm ít nhất 2,5% số người làm việc được giao (NSNN) của các đơn vị thuộc Sở Y tế; đơn vị sự nghiệp',
    );

    await type.selectOption('reclassify');
    await ops.getByTestId('op-date').fill('01/07/2025');
    await pickUnit(ops, 'Đơn vị', 'HG.SYT.TTYT.VT');
    await ops.getByTestId('op-level').selectOption('province');
    await ops.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(() => preview.textContent()).toContain('Cấp: Huyện → Tỉnh');
    await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
    await expect.poll(() => ops.locator('ol > li').count()).toBe(3);
    // The list is in the order the operations apply: the reclassification of 01/07/2025 before the cut of 2026.
    expect(await ops.locator('ol > li > span').nth(1).textContent()).toMatch(
      /^01\/07\/2025: Trung tâm Y tế Vị Thanh chuyển thành cấp Tỉnh$/,
    );
    expect(await ops.locator('ol > li > span').nth(2).textContent()).toMatch(/^01\/03\/2026: cắt giảm/);

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
