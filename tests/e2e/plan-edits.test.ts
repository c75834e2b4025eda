/**
 * One person, one tab: plan edits made one after another (an operation added, then a target set
 * ticked, at once or a moment later) each go with the version the server last gave, so none is
 * refused as "changed by someone else"; a change made by someone else still is.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getScenario, setScenarioTargetSets } from '../../db/scenarios-repo.ts';
import { ARTIFACTS, newPlan, openSample, planTab, useBrowser, type App, pickUnit } from './harness.ts';

const browser = useBrowser();

/** The plan as stored: its operations' count and its target sets. */
const stored = (app: App, name: string) => {
  const s = getScenario(app.workspace.db, name);
  return {
    operations: s.operations.length,
    targetSets: (s.targetSets ?? []).map((r) => (typeof r === 'string' ? r : r.id)),
  };
};

/** Adds a rename of the Sở Y tế through the one-line form (its button clicked, nothing awaited). */
async function clickAddRename(page: Page, newName: string) {
  const ops = page.getByTestId('scenario-ops');
  await ops.locator('select').first().selectOption('rename');
  await ops.getByLabel('Năm', { exact: true }).fill('2027');
  await pickUnit(ops, 'Đơn vị', 'HG.SYT');
  await ops.getByLabel('Tên mới của đơn vị').fill(newName);
  await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
}

describe('plan edits one after another in one tab, end to end in Chromium', () => {
  it('"Thêm thao tác", then a target set ticked a moment later or at once: both stored, no false conflict; another writer is still refused', async () => {
    const { app, page, errors } = await openSample(browser());
    const { ops } = await newPlan(page, 'Phương án 2026–2030');
    await planTab(page, 'Mục tiêu');
    const sets = page.getByTestId('target-sets');
    const boxes = sets.locator('input[type="checkbox"]');
    await expect.poll(() => boxes.count()).toBeGreaterThan(1);
    const formError = page.locator('.scenario-pane .form-error');
    // 07/12/2026 (the harness's day): a new operation is proposed in 2027, the plan's next year not yet started.
    await expect.poll(() => ops.getByLabel('Năm', { exact: true }).inputValue()).toBe('2027');

    // A moment later: the operation is listed (its answer has come back), then a box is ticked.
    await clickAddRename(page, 'Sở Y tế mới');
    await expect.poll(() => ops.locator('ol > li').count()).toBe(1);
    await boxes.nth(0).check();
    await expect
      .poll(async () => stored(app, 'Phương án 2026–2030').targetSets.length + (await formError.count()))
      .toBe(1);
    expect(await formError.count()).toBe(0);
    expect(stored(app, 'Phương án 2026–2030')).toMatchObject({ operations: 1 });
    expect(await boxes.nth(0).isChecked()).toBe(true);

    // At once: the box is ticked while the operation's save may still be on its way.
    await clickAddRename(page, 'Sở Y tế và Dân số');
    await boxes.nth(1).check();
    await expect
      .poll(async () => ({ ...stored(app, 'Phương án 2026–2030'), errors: await formError.count() }))
      .toEqual({
        operations: 2,
        targetSets: expect.arrayContaining([expect.any(String), expect.any(String)]),
        errors: 0,
      });
    await expect.poll(() => ops.locator('ol > li').count()).toBe(2);
    expect(await boxes.nth(1).isChecked()).toBe(true);
    await page.getByTestId('target-sets').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'plan-edits-in-turn.png') });

    // Someone else changes the plan behind this tab's back (no event reaches it): the tick is refused, nothing stored.
    const theirs = stored(app, 'Phương án 2026–2030').targetSets.slice(0, 1);
    setScenarioTargetSets(app.workspace.db, 'Phương án 2026–2030', theirs);
    await boxes.nth(2).click(); // refused at once: the box is put back, so not check(), which insists it stays ticked
    await expect
      .poll(() => formError.textContent())
      .toMatch(
        /^Phương án "Phương án 2026–2030" vừa được sửa ở nơi khác \(người khác hoặc một cửa sổ khác của TinhGon\); thay đổi của bạn chưa được lưu\./,
      );
    expect(stored(app, 'Phương án 2026–2030').targetSets).toEqual(theirs);
    expect(await boxes.nth(2).isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });

  it('previews a sở merger with its deputy directors said (not "no warning"), and a 10% quota cut with its total and the units the rounding cuts hardest', async () => {
    const { app, page, errors } = await openSample(browser());
    const { ops } = await newPlan(page, 'Xem trước');
    const preview = page.getByTestId('op-preview');
    await ops.getByLabel('Năm', { exact: true }).fill('2027');
    await pickUnit(ops, 'Đơn vị', 'HG.SNV');
    await pickUnit(ops, 'Hợp nhất với', 'HG.SNGV');
    await ops.getByRole('button', { name: 'Xem trước', exact: true }).click();
    await expect.poll(() => preview.textContent()).toMatch(/Số cấp phó: 3 → 6 \(\+3\)/);
    expect(await preview.textContent()).toMatch(
      /Sở Nội vụ: Sau hợp nhất Sở Nội vụ có 6 phó giám đốc .*chậm nhất 5 năm kể từ ngày sắp xếp \(2032;/,
    );
    expect(await preview.textContent()).not.toContain('Không có cảnh báo nào');
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'plan-preview-merge-deputies.png') });

    // The cut's scope: the Sở Nội vụ (its subtree), picked by name.
    await ops.locator('select').first().selectOption('cutQuotas');
    const scope = ops.getByTestId('cut-scope');
    await scope.getByLabel('Thuộc đơn vị (tìm theo tên hoặc mã)').fill('so noi vu');
    await scope.getByRole('button', { name: 'Chọn Sở Nội vụ (HG.SNV)' }).click();
    await ops.getByLabel('Tỷ lệ cắt giảm (%)').fill('10');
    await ops.getByRole('button', { name: 'Xem trước', exact: true }).click();
    const cut = page.getByTestId('op-preview-cut');
    await expect
      .poll(() => cut.textContent())
      .toMatch(
        /^Biên chế công chức được giao: cắt −[\d.]+ \(1\d,\d% của [\d.]+ trong phạm vi\); mỗi đơn vị làm tròn xuống/,
      );
    expect(await cut.getByTestId('op-preview-cut-sharp').textContent()).toMatch(
      /^⚠ Làm tròn xuống cắt nhiều hơn hẳn 10% ở 3 đơn vị: Sở Nội vụ \(Biên chế công chức được giao: 4 → 3, −25,0%\); /,
    );
    await cut.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'plan-preview-cut.png') });
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
