/** A province's own target set, defined in the app and chosen for a plan, in Chromium. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('target sets, end to end in Chromium', () => {
  it('defines a target set (a bad percentage refused at its row), judges a plan by it alone, and falls back to the built-in targets', async () => {
    const { app, page, errors } = await openSample(browser());
    await page.getByRole('tab', { name: 'Phương án' }).click();
    await page.getByLabel('Tên phương án mới').fill('Kế hoạch tỉnh');
    await page.getByRole('button', { name: 'Tạo phương án' }).click();
    const targets = page.getByTestId('scenario-targets');
    await expect.poll(() => targets.locator('tbody tr').count()).toBe(6); // every built-in target within 2023–2030

    const sets = page.getByTestId('target-sets');
    await sets.getByRole('button', { name: 'Bộ mục tiêu mới…' }).click();
    const form = page.getByRole('form', { name: 'Bộ mục tiêu mới…' });
    await form.getByLabel('Mã bộ').fill('tinh-2027');
    await form.getByLabel('Tên bộ').fill('Kế hoạch 12/KH-UBND của tỉnh');
    const first = form.getByRole('group', { name: 'Mục tiêu 1' });
    await first.getByLabel('Mã mục tiêu').fill('dvsn-2027');
    await first.getByLabel('Nội dung', { exact: true }).fill('Giảm 12,5% số đơn vị sự nghiệp so với năm 2021');
    await first.getByLabel('Năm gốc', { exact: true }).fill('2021');
    await first.getByLabel('Giá trị năm gốc (nếu trước năm dữ liệu)').fill('300');
    await first.getByLabel('Năm đạt', { exact: true }).fill('2027');
    await first.getByLabel('Tỷ lệ (%)', { exact: true }).fill('0');
    await form.getByRole('button', { name: 'Lưu bộ mục tiêu' }).click();
    await expect.poll(() => form.locator('.form-error').textContent()).toBe('Mục tiêu 1, Tỷ lệ (%): Tỷ lệ yêu cầu phải lớn hơn 0 và không quá 100 (%).');
    expect(await sets.locator('li').count()).toBe(3); // nothing stored
    await first.getByLabel('Tỷ lệ (%)', { exact: true }).fill('12,5');
    await form.getByRole('button', { name: 'Thêm mục tiêu' }).click();
    const second = form.getByRole('group', { name: 'Mục tiêu 2' });
    await second.getByLabel('Nội dung', { exact: true }).fill('Ít nhất 25% đơn vị sự nghiệp tự chủ nhóm 1–2');
    await second.locator('select').first().selectOption('share');
    await second.locator('select').nth(1).selectOption('autonomyGroups12');
    await second.getByLabel('Năm gốc', { exact: true }).fill('2023');
    await second.getByLabel('Năm đạt', { exact: true }).fill('2027');
    await second.getByLabel('Tỷ lệ (%)', { exact: true }).fill('25');
    await form.getByRole('button', { name: 'Lưu bộ mục tiêu' }).click();
    await expect.poll(() => sets.locator('li').count()).toBe(4);

    await sets.getByLabel(/Kế hoạch 12\/KH-UBND của tỉnh/).check();
    await expect.poll(() => targets.locator('tbody tr').count()).toBe(2);
    const rows = await targets.locator('tbody tr').allTextContents();
    // 261 PSUs in 2027 against 300 recorded in 2021: −13% ≥ 12,5%. No PSU has autonomy figures: 0 of 261.
    expect(rows[0]).toMatch(/^Giảm 12,5% số đơn vị sự nghiệp.*\(dvsn-2027\)300 \(2021\)261 \(2027\)13% \/ 12,5%Đạt$/);
    expect(rows[1]).toMatch(/tỷ lệ 0% \/ cần ≥ 25%Chưa đạt — còn thiếu 66$/);
    expect(await page.locator('figure[data-target="muc-tieu-2"] figcaption').textContent()).toBe('muc-tieu-2 — tối thiểu 66 vào năm 2027');
    await targets.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-target-sets.png') });

    // A set in use cannot be deleted; unticked, the built-in targets apply again and it can go.
    await sets.getByRole('button', { name: 'Xóa bộ tinh-2027' }).click();
    await expect.poll(() => page.locator('.scenario-pane .form-error').textContent()).toBe('Bộ mục tiêu "tinh-2027" đang được dùng trong phương án: Kế hoạch tỉnh.');
    await sets.getByLabel(/Kế hoạch 12\/KH-UBND của tỉnh/).uncheck();
    await expect.poll(() => targets.locator('tbody tr').count()).toBe(6);
    await sets.getByRole('button', { name: 'Xóa bộ tinh-2027' }).click();
    await expect.poll(() => sets.locator('li').count()).toBe(3);

    // Suggestions aimed at the gap: 261 PSUs, at most 234 by 2025 → 27 merges, added at once.
    const psuTarget = targets.locator('tbody tr', { hasText: '(nq19-2025-psus)' });
    expect(await psuTarget.textContent()).toMatch(/Chưa đạt — còn thiếu 27$/);
    await page.getByRole('button', { name: 'Gợi ý hợp nhất (năm 2024)' }).click();
    await expect.poll(() => page.getByTestId('op-suggest-gap').textContent()).toMatch(/^Mục tiêu "Giảm 10% số đơn vị sự nghiệp công lập so với năm 2021" \(năm 2025\) còn thiếu 27 đơn vị/);
    await page.getByRole('button', { name: 'Thêm 27 gợi ý đầu vào phương án' }).click();
    await expect.poll(() => psuTarget.textContent()).toMatch(/234 \(2025\).*Đạt$/);
    expect(await page.getByTestId('scenario-ops').locator('ol > li').count()).toBe(27);
    expect(errors).toEqual([]);
    await app.stop();
  });
});
