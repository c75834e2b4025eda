/** The merge wizard and the split form in Chromium: built with the mouse and keyboard, previewed, refused while wrong, stored. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockScenario } from '../../db/scenarios-repo.ts';
import { ARTIFACTS, newPlan, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('merge wizard and split form, end to end in Chromium', () => {
  it('merges three hospitals into a new unit: chosen by search, refused while incomplete, previewed, stored; the metrics and targets follow', async () => {
    const { app, page, errors } = await openSample(browser());
    const { ops, metric, target } = await newPlan(page, 'PA hợp nhất bệnh viện');
    const psusBefore = (await metric('Đơn vị sự nghiệp')).map(Number);
    expect(await target('nq19-2025-psus')).toBe(`${psusBefore[2]} (2025)`);

    await ops.locator('select').selectOption('mergeWizard');
    const wizard = page.getByRole('dialog', { name: 'Hợp nhất đơn vị' });
    await expect.poll(() => wizard.isVisible()).toBe(true);
    await wizard.getByLabel('Năm').fill('2025');
    // Fewer than two units: said, nothing changes.
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect
      .poll(() => wizard.getByRole('alert').textContent())
      .toBe('Hãy chọn ít nhất hai đơn vị để hợp nhất (đang chọn 0).');

    // Search without accents; Enter adds the first match, a click adds another, a chip's ✕ removes it.
    const search = wizard.getByLabel('Tìm theo mã hoặc tên (gõ không dấu cũng được)');
    await search.fill('benh vien lao');
    await search.press('Enter');
    await search.fill('tam than');
    await wizard.getByRole('button', { name: 'Thêm Bệnh viện Tâm thần (HG.SYT.BVTT)' }).click();
    await search.fill('phap y');
    await search.press('Enter');
    await search.fill('HG.SYT.BVYHCT');
    await search.press('Enter');
    const chips = wizard.getByTestId('merge-chips').locator('li');
    await expect.poll(() => chips.count()).toBe(4);
    await wizard.getByRole('button', { name: 'Bỏ Trung tâm Pháp y' }).click();
    expect(await chips.allTextContents()).toEqual([
      expect.stringMatching(/^Bệnh viện Lao và Bệnh phổi HG\.SYT\.BVLBP/),
      expect.stringMatching(/^Bệnh viện Tâm thần HG\.SYT\.BVTT/),
      expect.stringMatching(/^Bệnh viện Y học cổ truyền HG\.SYT\.BVYHCT/),
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'wizard-units.png') });
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();

    // A new unit: its code proposed beside the merged units (editable); emptied, then a code another unit
    // has, it is refused naming the field; the preview is not reached.
    await expect.poll(() => wizard.getByLabel('Thành lập đơn vị mới').isChecked()).toBe(true);
    expect(await wizard.getByLabel('Mã đơn vị').inputValue()).toBe('HG.SYT.01');
    await wizard.getByLabel('Mã đơn vị').fill('');
    await wizard.getByLabel('Tên đơn vị').fill('Bệnh viện Chuyên khoa tỉnh');
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect.poll(() => wizard.getByRole('alert').textContent()).toBe('Mã đơn vị: Mã đơn vị không được để trống.');
    await wizard.getByLabel('Mã đơn vị').fill('HG.SYT.BVDK');
    await wizard.getByLabel('Mã đơn vị').press('Enter');
    await expect
      .poll(() => wizard.getByRole('alert').textContent())
      .toBe('Mã đơn vị: Mã đơn vị "HG.SYT.BVDK" đã được dùng cho đơn vị khác.');
    expect(await wizard.getByTestId('merge-preview').count()).toBe(0);
    await wizard.getByLabel('Mã đơn vị').fill('HG.SYT.BVCK');
    expect(await wizard.getByTestId('merge-parent').textContent()).toBe('Sở Y tế (HG.SYT)');
    expect(await wizard.locator('#merge-kind option:checked').textContent()).toBe('Đơn vị sự nghiệp');
    await page.screenshot({ path: path.join(ARTIFACTS, 'wizard-result.png') });
    await wizard.getByLabel('Mã đơn vị').press('Enter');

    // The preview: each unit, the sums, the merged unit; two heads become deputies (2 + 2 + 3 + 2 = 9).
    const preview = wizard.getByTestId('merge-preview');
    await expect.poll(() => preview.count()).toBe(1);
    const row = async (field: string) =>
      (await preview.locator(`tr[data-field="${field}"] td`).allTextContents()).slice(1);
    expect(await row('publicEmployeeQuota')).toEqual(['87', '66', '99', '252', '252']);
    expect(await row('selfFundedEmployees')).toEqual(['21', '5', '50', '76', '76']);
    expect(await row('deputies')).toEqual(['2', '2', '3', '7', '9']);
    expect(await preview.getByTestId('merge-heads').textContent()).toBe(
      'Lãnh đạo: 2 người đứng đầu trở thành cấp phó; số cấp phó 7 → 9.',
    );
    expect(await preview.textContent()).toContain(
      'Không còn sau hợp nhất: Bệnh viện Lao và Bệnh phổi, Bệnh viện Tâm thần, Bệnh viện Y học cổ truyền.',
    );
    // No autonomy group recorded (and the PSU limits amended by Decree 283/2025): to verify, not a breach with a deadline.
    expect(await preview.textContent()).toContain(
      'Sau hợp nhất số cấp phó có thể vượt quy định: mức áp dụng cần xác minh',
    );
    expect(await preview.textContent()).toContain('Cần xác minh — Có 9 cấp phó; chưa có nhóm tự chủ');
    expect(await ops.locator('ol > li').count()).toBe(0); // nothing stored by the preview
    await page.screenshot({ path: path.join(ARTIFACTS, 'wizard-preview.png') });

    await wizard.getByRole('button', { name: 'Xác nhận, thêm vào phương án' }).click();
    await expect.poll(() => wizard.count()).toBe(0);
    await expect
      .poll(() => ops.locator('ol > li > span').allTextContents())
      .toEqual([
        '2025: hợp nhất Bệnh viện Lao và Bệnh phổi, Bệnh viện Tâm thần, Bệnh viện Y học cổ truyền thành Bệnh viện Chuyên khoa tỉnh',
      ]);
    await expect
      .poll(async () => (await metric('Đơn vị sự nghiệp')).map(Number))
      .toEqual(psusBefore.map((v, i) => (i < 2 ? v : v - 2)));
    await expect.poll(() => target('nq19-2025-psus')).toBe(`${psusBefore[2]! - 2} (2025)`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'wizard-done.png') });

    // Refusals of the back end are said in the wizard: first the simulation's (a unit with its own subordinate)…
    await ops.getByRole('button', { name: 'Mở trình hợp nhất…' }).click();
    await wizard.getByLabel('Năm').fill('2026');
    for (const code of ['HG.SYT.BVSN', 'HG.SYT.BVSN.P01']) {
      await search.fill(code);
      await search.press('Enter');
    }
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
    await wizard.getByLabel('Hợp nhất vào một đơn vị đã chọn (đơn vị đó giữ lại)').check();
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect
      .poll(() => wizard.getByRole('alert').textContent())
      .toBe(
        'Thao tác 2 (Hợp nhất (giữ đơn vị thứ nhất)): Không thể hợp nhất một đơn vị với đơn vị trực thuộc của nó ("HG.SYT.BVSN.P01").',
      );
    await wizard.getByRole('button', { name: 'Quay lại' }).click();
    await wizard.getByRole('button', { name: 'Bỏ Phòng Kế hoạch tổng hợp' }).click();
    await search.fill('HG.SYT.CDC');
    await search.press('Enter');
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
    await wizard.locator('#merge-keep').selectOption('HG.SYT.CDC');
    await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect
      .poll(() => wizard.getByTestId('merge-preview').textContent())
      .toContain('Trung tâm Kiểm soát bệnh tật (HG.SYT.CDC)');
    // …then the save path's: the plan was locked meanwhile (as from another window); nothing is stored.
    lockScenario(app.workspace.db, 'PA hợp nhất bệnh viện', true);
    await wizard.getByRole('button', { name: 'Xác nhận, thêm vào phương án' }).click();
    await expect
      .poll(() => wizard.getByRole('alert').textContent())
      .toBe('Phương án "PA hợp nhất bệnh viện" đã khóa (đã duyệt); hãy mở khóa trước khi sửa.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'wizard-refused.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => wizard.count()).toBe(0);
    expect(await ops.locator('ol > li').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });

  it('splits a unit in two: the remainders show live, the form refuses while a field does not add up, then stores the split', async () => {
    const { app, page, errors } = await openSample(browser());
    const { ops, metric } = await newPlan(page, 'PA chia tách');
    const unitsBefore = (await metric('Tổng số đơn vị')).map(Number);
    await ops.getByLabel('Năm').fill('2026');
    await ops.locator('select').selectOption('split');
    const form = page.getByRole('dialog', { name: 'Chia tách đơn vị' });
    await expect.poll(() => form.isVisible()).toBe(true);
    const search = form.getByLabel('Tìm theo mã hoặc tên (gõ không dấu cũng được)');
    await search.fill('kiem nghiem thuoc');
    await search.press('Enter');
    await expect
      .poll(() => form.getByTestId('split-unit').textContent())
      .toBe('Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm (HG.SYT.TTKN)');
    expect(await form.locator('th').allTextContents()).toEqual([
      'Chỉ tiêu',
      'Đơn vị có (năm 2026)',
      'Phần 1',
      'Phần 2',
      'Còn lại',
    ]);

    await form.getByLabel('Phần 1, Mã đơn vị').fill('HG.SYT.TTKNT');
    await form.getByLabel('Phần 1, Tên đơn vị').fill('Trung tâm Kiểm nghiệm thuốc, mỹ phẩm');
    await form.getByLabel('Phần 2, Mã đơn vị').fill('HG.SYT.TTKNTP');
    await form.getByLabel('Phần 2, Tên đơn vị').fill('Trung tâm Kiểm nghiệm thực phẩm');
    await form.getByLabel('Phần 1, Số người làm việc được giao (NSNN)').fill('10');
    await form.getByLabel('Phần 2, Số người làm việc được giao (NSNN)').fill('6');
    expect(await form.getByTestId('remaining-publicEmployeeQuota').textContent()).toBe('còn 2');
    await form.getByLabel('Phần 2, Số người làm việc được giao (NSNN)').fill('9');
    expect(await form.getByTestId('remaining-publicEmployeeQuota').textContent()).toBe('thừa 1');
    expect(await form.getByTestId('remaining-civilServantQuota').textContent()).toBe('0 ✓');
    await form.getByRole('button', { name: 'Xác nhận, thêm vào phương án' }).click();
    await expect
      .poll(() => form.getByRole('alert').locator('li').allTextContents())
      .toEqual([
        'Số người làm việc được giao (NSNN): các phần cộng lại thừa 1 (đơn vị có 18).',
        'Viên chức hiện có (NSNN): còn 17 chưa chia (đơn vị có 17).',
        'Viên chức tự bảo đảm lương: còn 3 chưa chia (đơn vị có 3).',
        'Hợp đồng lao động: còn 2 chưa chia (đơn vị có 2).',
        'Số cấp phó: còn 2 chưa chia (đơn vị có 2).',
      ]);
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'split-refused.png') });
    expect(await ops.locator('ol > li').count()).toBe(0);

    // Divide evenly, then move one post by hand with the keyboard; every field adds up.
    await form.getByRole('button', { name: 'Chia đều' }).click();
    expect(await form.locator('td.remaining.bad').count()).toBe(0);
    await form.getByLabel('Phần 1, Số người làm việc được giao (NSNN)').fill('10');
    await form.getByLabel('Phần 1, Số người làm việc được giao (NSNN)').press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('8');
    expect(await form.getByTestId('remaining-publicEmployeeQuota').textContent()).toBe('0 ✓');
    await form.getByRole('button', { name: 'Xem trước' }).click();
    const preview = form.getByTestId('split-preview');
    await expect
      .poll(() => preview.locator('th').allTextContents())
      .toEqual(['Chỉ tiêu', 'HG.SYT.TTKN', 'HG.SYT.TTKNT', 'HG.SYT.TTKNTP']);
    expect(
      await preview.locator('tr', { hasText: 'Số người làm việc được giao (NSNN)' }).locator('td').allTextContents(),
    ).toEqual(['Số người làm việc được giao (NSNN)', '18', '10', '8']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'split-preview.png') });
    await form.getByLabel('Phần 2, Tên đơn vị').press('Enter'); // Enter in the form confirms
    await expect.poll(() => form.count()).toBe(0);
    await expect
      .poll(() => ops.locator('ol > li > span').allTextContents())
      .toEqual([
        '2026: chia tách Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm thành Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, Trung tâm Kiểm nghiệm thực phẩm',
      ]);
    await expect
      .poll(async () => (await metric('Tổng số đơn vị')).map(Number))
      .toEqual(unitsBefore.map((v, i) => (i < 3 ? v : v + 1)));

    // In English: every label and refusal translated, counts in English format.
    await page.getByRole('button', { name: 'EN' }).click();
    await ops.locator('select').selectOption('mergeWizard');
    const english = page.getByRole('dialog', { name: 'Merge units' });
    await english.getByRole('button', { name: 'Next' }).click();
    await expect
      .poll(() => english.getByRole('alert').textContent())
      .toBe('Choose at least two units to merge (0 chosen).');
    await english.getByRole('button', { name: 'Cancel' }).click();
    await ops.locator('select').selectOption('split');
    const englishSplit = page.getByRole('dialog', { name: 'Split a unit' });
    await englishSplit.getByLabel('Search by code or name (accents optional)').fill('da khoa tinh');
    await englishSplit.getByLabel('Search by code or name (accents optional)').press('Enter');
    await expect.poll(() => englishSplit.getByTestId('split-unit').textContent()).toMatch(/\(HG\./);
    // The parts' codes are proposed; one emptied is refused naming the part and the field.
    await expect.poll(() => englishSplit.getByLabel('Part 1, Unit code').inputValue()).not.toBe('');
    await englishSplit.getByLabel('Part 1, Unit code').fill('');
    await englishSplit.getByRole('button', { name: 'Confirm and add to the plan' }).click();
    await expect
      .poll(() => englishSplit.getByRole('alert').locator('li').first().textContent())
      .toBe('State-paid employee quota: 108 not yet divided (the unit has 108).');
    expect(await englishSplit.getByRole('alert').locator('li').allTextContents()).toContain(
      'Part 1, Unit code: The unit code must not be empty.',
    );
    expect(await englishSplit.textContent()).toContain('8 subordinate units will move to the first part.');
    expect((await englishSplit.innerText()).match(/\b(wiz|split|err|field|op)\.[a-zA-Z]+/)).toBeNull();
    await page.screenshot({ path: path.join(ARTIFACTS, 'split-english.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'VI', exact: true }).click();

    // A locked plan offers neither dialog.
    await page.getByRole('button', { name: 'Khóa (đã duyệt)' }).click();
    await expect.poll(() => ops.locator('select').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
