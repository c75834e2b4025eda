/** Financial autonomy in Chromium: import a filled-in template, see groups and a mismatch, fix it in the grid, read the formula. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFigures } from '../../db/finance-repo.ts';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('financial autonomy, end to end in Chromium', () => {
  it('imports figures, shows the computed group and a mismatch, and the mismatch goes once corrected', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1600, height: 950 });
    await page.getByRole('tab', { name: 'Tự chủ tài chính' }).click();

    const header =
      'Mã đơn vị;Tên đơn vị;Năm;Tổng nguồn thu (A);Tổng chi thường xuyên (B);Nguồn tự bảo đảm chi đầu tư;Khấu hao, hao mòn TSCĐ;Nhóm được giao';
    const csv = `\ufeff${header}\nHG.SYT.BVDK;Bệnh viện Đa khoa tỉnh;2025;182.500,75;150.000;3.000;2.500;1\nHG.SYT.BVTT;Bệnh viện Tâm thần;2025;2,1;3;;;3b\n`;
    await page
      .getByTestId('finance-file')
      .setInputFiles({ name: 'tu-chu-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    // The file states no unit, and B, the investment and the depreciation read two ways ("150.000": 150 or 150000): asked, once.
    await page.getByTestId('finance-question').waitFor();
    expect(listFigures(app.workspace.db, 2025)).toEqual([]);
    await page.getByTestId('finance-ask-unit').selectOption('trieu_dong');
    for (let i = 0; i < 3; i++) await page.getByTestId(`finance-ask-decimal-${i}`).selectOption(',');
    expect(await page.getByTestId('finance-question').textContent()).toContain(
      'Cột "Tổng chi thường xuyên (B)" (ví dụ "150.000")',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'finance-question.png') });
    await page.getByTestId('finance-ask-import').click();
    await expect.poll(() => page.getByTestId('finance-message').textContent()).toBe('Đã nhập 2 dòng số liệu.');
    // The unit is stated above the grid and in every amount header.
    await expect.poll(() => page.getByTestId('finance-unit-line').textContent()).toBe('Đơn vị tính: triệu đồng');
    await expect
      .poll(() => page.locator('.finance-pane .ag-header-cell[col-id="revenue"]').textContent())
      .toContain('Tổng nguồn thu (A) (triệu đồng)');
    expect(listFigures(app.workspace.db, 2025).find((f) => f.code === 'HG.SYT.BVDK')).toMatchObject({
      revenue: '182500750000000000',
      spending: '150000000000000000',
    });
    await page.getByTestId('finance-search').fill('Bệnh viện');
    const cell = (code: string, col: string) =>
      page.locator(`.finance-pane .ag-row[row-id="${code}"] [col-id="${col}"]`);
    await expect.poll(() => cell('HG.SYT.BVDK', 'computed').textContent()).toBe('1');
    await expect.poll(() => cell('HG.SYT.BVTT', 'computed').textContent()).toBe('3a');
    expect(await cell('HG.SYT.BVTT', 'rate').textContent()).toBe('70,00%');
    expect(await cell('HG.SYT.BVTT', 'mismatch').textContent()).toBe('Lệch nhóm');

    // The formula with the unit's own numbers.
    await cell('HG.SYT.BVTT', 'name').click();
    await expect
      .poll(() => page.getByTestId('finance-formula').textContent())
      .toBe('Mức tự bảo đảm chi thường xuyên = A / B × 100% = 2,1 / 3 × 100% = 70,00% → nhóm 3a');
    await expect
      .poll(() => page.getByTestId('panel-autonomy').textContent())
      .toContain('= 2,1 / 3 × 100% = 70,00% → nhóm 3a');
    await page.screenshot({ path: path.join(ARTIFACTS, 'finance.png') });

    // Fix the assigned group in the grid: the mismatch disappears and the change is stored.
    await cell('HG.SYT.BVTT', 'assignedGroup').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('3a');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('HG.SYT.BVTT', 'mismatch').textContent()).toBe('');
    expect(listFigures(app.workspace.db, 2025).find((f) => f.code === 'HG.SYT.BVTT')?.assignedGroup).toBe('3a');

    // A spending of 0 is refused with the reason, and nothing is stored.
    await cell('HG.SYT.BVTT', 'spending').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('finance-message').textContent())
      .toBe('Bệnh viện Tâm thần, Tổng chi thường xuyên (B): Phải lớn hơn 0.'); // the unit named, as in the unit grid
    expect(listFigures(app.workspace.db, 2025).find((f) => f.code === 'HG.SYT.BVTT')?.spending).toBe('3000000000000'); // 3 triệu đồng in millionths of a đồng
    // A unit without figures: A first (kept while B is missing), a refused B (A still kept), then B, and it is classified.
    for (const [col, value] of [
      ['revenue', '50'],
      ['spending', '-5'],
      ['spending', '100'],
    ] as const) {
      await cell('HG.SYT.BVSN', col).click();
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
      if (col === 'revenue')
        await expect
          .poll(() => page.getByTestId('finance-message').textContent())
          .toContain('Nhập cả Tổng nguồn thu (A)');
      if (value === '-5') {
        await expect
          .poll(() => page.getByTestId('finance-message').textContent())
          .toMatch(/^Bệnh viện Sản - Nhi, Tổng chi thường xuyên \(B\): /);
        expect(await cell('HG.SYT.BVSN', 'revenue').textContent()).toBe('50');
        expect(await cell('HG.SYT.BVSN', 'spending').textContent()).toBe('');
      }
    }
    await expect.poll(() => cell('HG.SYT.BVSN', 'computed').textContent()).toBe('3b');

    // A file with a unit that does not exist is refused whole, with the row listed.
    const broken = `${header}\nKHONG.CO;Không có;2025;1;2;;;\n`;
    await page
      .getByTestId('finance-file')
      .setInputFiles({ name: 'loi.csv', mimeType: 'text/csv', buffer: Buffer.from(broken, 'utf8') });
    await expect
      .poll(() => page.getByTestId('finance-message').textContent())
      .toContain('Dòng 2, cột "Mã đơn vị": Không tìm thấy đơn vị "KHONG.CO". (KHONG.CO)');

    // The charts: groups, sectors, the Resolution 19 share in 2025 — 1 of the 261 PSUs in groups 1–2.
    await page.getByRole('tab', { name: 'Biểu đồ' }).click();
    await expect.poll(() => page.getByTestId('r19-target').textContent()).toContain('0,38%');
    expect(await page.getByTestId('finance-support-caption').textContent()).toContain('Đơn vị tính: triệu đồng');
    await page.screenshot({ path: path.join(ARTIFACTS, 'finance-charts.png') });

    // The year shown in đồng: the same stored figures, a million times the number, and the headers say so.
    await page.locator('.finance-pane').getByRole('tab', { name: 'Bảng số liệu' }).click();
    await page.getByTestId('finance-unit').selectOption('dong');
    await expect.poll(() => cell('HG.SYT.BVTT', 'revenue').textContent()).toBe('2.100.000');
    await expect.poll(() => page.getByTestId('finance-unit-line').textContent()).toBe('Đơn vị tính: đồng');
    await expect
      .poll(() => page.locator('.finance-pane .ag-header-cell[col-id="revenue"]').textContent())
      .toContain('(đồng)');
    expect(listFigures(app.workspace.db, 2025).find((f) => f.code === 'HG.SYT.BVTT')?.revenue).toBe('2100000000000');
    await page.close();
    expect(errors).toEqual([]);
    await app.stop();
  });

  it('lets a past year be chosen to enter its figures; a year without figures says so', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1600, height: 950 });
    await page.getByRole('tab', { name: 'Tự chủ tài chính' }).click();
    const year = page.getByTestId('finance-year');
    const options = () => year.locator('option').allTextContents();
    // From 2015 to next year, each without figures said so.
    await expect.poll(options).toContain('2015 (chưa có số liệu)');
    const next = new Date().getFullYear() + 1;
    expect(await options()).toContain(`${next} (chưa có số liệu)`);
    expect(await options()).toContain('2019 (chưa có số liệu)');

    await year.selectOption('2019');
    await expect
      .poll(() => page.getByTestId('finance-unit-line').textContent())
      .toBe('Năm 2019 chưa chọn đơn vị tính (đồng hay triệu đồng): chọn trước khi nhập số liệu.');
    await page.getByTestId('finance-unit').selectOption('trieu_dong');
    await expect.poll(() => page.getByTestId('finance-unit-line').textContent()).toBe('Đơn vị tính: triệu đồng');
    await page.getByTestId('finance-search').fill('Bệnh viện Tâm thần');
    const cell = (col: string) => page.locator(`.finance-pane .ag-row[row-id="HG.SYT.BVTT"] [col-id="${col}"]`);
    for (const [col, value] of [
      ['revenue', '2,1'],
      ['spending', '3'],
    ] as const) {
      await cell(col).click();
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => cell('computed').textContent()).toBe('3a');
    expect(listFigures(app.workspace.db, 2019).map((f) => f.code)).toEqual(['HG.SYT.BVTT']);
    // 2019 now has figures; 2020 still has none.
    await expect.poll(options).toContain('2019');
    expect(await options()).toContain('2020 (chưa có số liệu)');
    await page.screenshot({ path: path.join(ARTIFACTS, 'finance-past-year.png') });
    await page.close();
    expect(errors).toEqual([]);
    await app.stop();
  });
});
