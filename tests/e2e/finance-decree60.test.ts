/** Decree 60 on the finance screen, in Chromium: a group 1–2 unit found in group 3 later is flagged (Art. 35.5), and the group-1 reading is stated. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('Decree 60 notices on the finance screen', () => {
  it('flags a move down from group 2 to group 3 after new figures, and says how group 1 was read with zero investment and depreciation', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1600, height: 950 });
    // Văn phòng Đăng ký đất đai has 3 deputies and no autonomy group: a "cần xác minh" note until its group is known.
    const landOffice = page.locator('.findings-list button[data-code="HG.STNMT.VPDKDD"]');
    await page.getByRole('tab', { name: /^Cảnh báo/ }).click();
    await page.getByTestId('findings-notes').click();
    await expect.poll(() => landOffice.count()).toBe(1);
    await page.getByRole('tab', { name: 'Tự chủ tài chính' }).click();
    const header =
      'Mã đơn vị;Tên đơn vị;Năm;Tổng nguồn thu (A);Tổng chi thường xuyên (B);Nguồn tự bảo đảm chi đầu tư;Khấu hao, hao mòn TSCĐ;Nhóm được giao';
    const csv = `\ufeffĐơn vị tính: triệu đồng\nDấu thập phân: dấu phẩy (số viết như 1.234,5)\n${header}\nHG.SYT.BVDK;Bệnh viện Đa khoa tỉnh;2024;150.000;150.000;0;0;2\nHG.SYT.BVDK;Bệnh viện Đa khoa tỉnh;2025;150.000;150.000;0;0;2\nHG.STNMT.VPDKDD;Văn phòng Đăng ký đất đai;2025;20.000;20.000;0;0;2\n`;
    await page
      .getByTestId('finance-file')
      .setInputFiles({ name: 'tu-chu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expect.poll(() => page.getByTestId('finance-message').textContent()).toBe('Đã nhập 3 dòng số liệu.');
    expect(await page.getByTestId('finance-demotions').count()).toBe(0);
    // Group 2 allows 3 deputies (Decree 120 Art. 6.2.b): the note goes without reopening anything.
    await expect.poll(() => landOffice.count()).toBe(0);

    // Group 2 read from A = B with no investment at all: the formula area says how group 1 was read.
    await page.getByTestId('finance-search').fill('HG.SYT.BVDK');
    const cell = (col: string) => page.locator(`.finance-pane .ag-row[row-id="HG.SYT.BVDK"] [col-id="${col}"]`);
    await cell('name').click();
    await expect
      .poll(() => page.getByTestId('finance-group1-reading').textContent())
      .toMatch(/^Nguồn tài chính chi đầu tư và khấu hao tài sản cố định đều bằng 0.*TinhGon xếp nhóm 2/);

    // New 2025 revenue: 3a, below its group 2 of 2024 — flagged at once.
    await cell('revenue').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('120.000');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('computed').textContent()).toBe('3a');
    await expect
      .poll(() => page.getByTestId('finance-demotions').textContent())
      .toMatch(
        /^Điều 35\.5 Nghị định 60\/2021: .*Bệnh viện Đa khoa tỉnh \(HG\.SYT\.BVDK\): nhóm 2 năm 2024 → nhóm 3a năm 2025 \(nhóm áp dụng theo số liệu hoặc điều chỉnh\)\.$/,
      );
    expect(await page.getByTestId('finance-group1-reading').count()).toBe(0); // below 100%: group 1 is not in question
    await page.screenshot({ path: path.join(ARTIFACTS, 'finance-decree60.png') });
    await page.close();
    expect(errors).toEqual([]);
    await app.stop();
  });
});
