/** Sector norms in Chromium: a school's figures entered in the unit panel, its normed headcount beside its quota, and the finding. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listNormInputs } from '../../db/norm-inputs-repo.ts';
import { getUnit } from '../../db/units-repo.ts';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();
const SCHOOL = 'HG.SGDDT.THPT02';

describe('sector norms, end to end in Chromium', () => {
  it('enters a school’s figures, refuses a bad one naming it, shows the normed headcount with its citation and the quota-vs-norm finding', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1600, height: 1100 });
    const quota = getUnit(app.workspace.db, SCHOOL)!.publicEmployeeQuota;
    await page.locator('.tree-row[data-code="HG.SGDDT"] > .toggle').click();
    await page.locator(`.tree-row[data-code="${SCHOOL}"]`).click();
    const box = page.getByTestId('panel-norm');
    await box.getByLabel('Định mức theo').selectOption('upper-secondary');
    await box.getByLabel('Vùng').selectOption('3');
    await box.getByLabel('Số học sinh', { exact: true }).fill('9x0');
    await box.getByTestId('norm-save').click();
    await expect
      .poll(() => box.getByTestId('norm-message').textContent())
      .toBe('Số học sinh: Phải nhập một số nguyên không âm.');
    expect(listNormInputs(app.workspace.db).has(SCHOOL)).toBe(false);

    // 900 pupils at 45 a class (vùng 3): 20 classes × 2,25 = 45 teachers at most.
    await box.getByLabel('Số học sinh', { exact: true }).fill('900');
    await box.getByTestId('norm-save').click();
    await expect.poll(() => box.getByTestId('norm-message').textContent()).toBe('Đã lưu số liệu định mức.');
    await expect
      .poll(() => box.getByTestId('norm-result').textContent())
      .toContain(`Định mức tối đa: 45 giáo viên · được giao: ${quota}`);
    await expect.poll(() => box.getByTestId('norm-confidence').textContent()).toBe('Độ tin cậy: Đã đối chiếu văn bản');
    await expect
      .poll(() => box.getByTestId('norm-citations').textContent())
      .toContain('Thông tư 20/2023/TT-BGDĐT, Điều 17 khoản 1 điểm a');
    expect(listNormInputs(app.workspace.db).get(SCHOOL)).toEqual({
      sector: 'school',
      level: 'upper-secondary',
      region: 3,
      pupils: 900,
    });
    await expect
      .poll(() => page.getByTestId('unit-findings').textContent())
      .toContain(`Số được giao của cả đơn vị (${quota}) cao hơn định mức giáo viên 45`);
    // A note resting on a checked text is cited as it is, not as an unverified source.
    expect(await page.getByTestId('unit-findings').textContent()).not.toContain('Nguồn (chưa xác minh)');
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'norms.png') });

    // The Cảnh báo tab lists it under its own rule.
    await page.getByRole('tab', { name: /^Cảnh báo/ }).click();
    await page.getByTestId('findings-notes').click();
    await page.getByLabel('Quy tắc', { exact: true }).selectOption('quota-vs-norm');
    await expect.poll(() => page.locator(`.findings-list button[data-code="${SCHOOL}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
