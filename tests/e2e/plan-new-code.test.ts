/**
 * No plan form asks for a typed code, in Chromium at the two screen sizes officers use: the
 * create-unit form proposes the next free code under the chosen parent (editable), says in words
 * when a code typed is already some unit's, and proposes the one after once the first is in the plan.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, newPlan, openSample, pickUnit, SCREENS, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('the code of a new unit is proposed, editable and checked', () => {
  it.each(SCREENS)(
    'at $width×$height',
    async (viewport) => {
      const { page, app, errors } = await openSample(browser(), viewport);
      const { ops } = await newPlan(page, 'Thành lập');
      const form = page.locator('.plan-detail');
      const code = form.getByLabel('Mã đơn vị mới');
      const formError = form.locator('.form-error');
      await form.locator('select').first().selectOption('create');

      // Under the Sở Y tế (its units coded by letters): the first numbered code, HG.SYT.01.
      await pickUnit(form, 'Trực thuộc', 'HG.SYT');
      await expect.poll(() => code.inputValue()).toBe('HG.SYT.01');
      await form.getByLabel('Tên', { exact: true }).fill('Trung tâm Kiểm soát bệnh tật mới');
      await form.getByTestId('op-kind').selectOption('psu');
      await form.getByTestId('op-level').selectOption('province');
      await form.getByTestId('op-sector').selectOption('health');

      // A code already a unit's: said under the field and by the form, in words; nothing is added.
      await code.fill('HG.SNV');
      await expect
        .poll(() => form.getByTestId('op-new-code-problem').textContent())
        .toBe('Mã đơn vị mới: Mã "HG.SNV" đã là mã của Sở Nội vụ; chọn mã khác.');
      await form.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect
        .poll(() => formError.textContent())
        .toBe('Mã đơn vị mới: Mã "HG.SNV" đã là mã của Sở Nội vụ; chọn mã khác.');
      expect(await ops.locator('ol > li').count()).toBe(0);
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-new-code-refused-${viewport.width}.png`) });

      // The proposal taken back: added; the next unit under the same parent gets the next code.
      await code.fill('HG.SYT.01');
      expect(await form.getByTestId('op-new-code-problem').count()).toBe(0);
      await form.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(1);
      expect(await formError.count()).toBe(0);
      await pickUnit(form, 'Trực thuộc', 'HG.SYT');
      await expect.poll(() => code.inputValue()).toBe('HG.SYT.02');
      // Typed by hand, it is kept when the parent changes.
      await code.fill('HG.SNV.TTMOI');
      await pickUnit(form, 'Trực thuộc', 'HG.SNV');
      expect(await code.inputValue()).toBe('HG.SNV.TTMOI');
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-new-code-${viewport.width}.png`) });

      // A split's parts get the next free codes beside the unit (after the plan's HG.SYT.01), editable.
      await form.locator('select').first().selectOption('split');
      const split = page.getByRole('dialog', { name: 'Chia tách đơn vị' });
      const search = split.getByLabel('Tìm theo mã hoặc tên (gõ không dấu cũng được)');
      await search.fill('HG.SYT.BVTT');
      await search.press('Enter');
      await expect.poll(() => split.getByLabel('Phần 1, Mã đơn vị').inputValue()).toBe('HG.SYT.02');
      expect(await split.getByLabel('Phần 2, Mã đơn vị').inputValue()).toBe('HG.SYT.03');
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-new-code-split-${viewport.width}.png`) });
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
    120_000,
  );
});
