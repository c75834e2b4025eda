/** Job positions in Chromium: imported for a sở and a PSU from the unit panel, the justified quota beside the assigned one, edited, and a finding. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPositions } from '../../db/positions-repo.ts';
import { getUnit } from '../../db/units-repo.ts';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('job positions, end to end in Chromium', () => {
  it('imports positions for a sở and a PSU, shows what they justify beside the quota, edits them and lists the finding', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1600, height: 1100 });
    const snvQuota = getUnit(app.workspace.db, 'HG.SNV')!.civilServantQuota;
    const bvtt = getUnit(app.workspace.db, 'HG.SYT.BVTT')!.publicEmployeeQuota;
    await page.locator('.tree-row[data-code="HG.SNV"]').click();
    const box = page.getByTestId('panel-positions');
    await expect.poll(() => box.textContent()).toContain('Đơn vị chưa có vị trí việc làm.');

    const header =
      'Mã đơn vị;Vị trí việc làm;Nhóm vị trí;Ngạch/chức danh nghề nghiệp;Hình thức;Số lượng cần;Số lượng hiện có';
    const bad = `\ufeff${header}\nHG.SNV;Giám đốc;1;;;1;1\nHG.KHONG;Kế toán;2;;;1;1\n`;
    await page
      .getByTestId('positions-import')
      .setInputFiles({ name: 'loi.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') });
    await expect
      .poll(() => page.getByTestId('positions-message').textContent())
      .toContain('Dòng 3, cột "Mã đơn vị": Không có đơn vị mã "HG.KHONG" trong tệp dữ liệu.');
    expect(listPositions(app.workspace.db)).toEqual([]);

    const csv = `\ufeff${header}\nHG.SNV;Giám đốc;1;Chuyên viên cao cấp;Biên chế;1;1\nHG.SNV;Chuyên viên;2;Chuyên viên;Biên chế;4;4\nHG.SNV;Lái xe;3;;Hợp đồng;1;1\nHG.SYT.BVTT;Bác sĩ;Chuyên môn, nghiệp vụ;Bác sĩ hạng III;Biên chế;${bvtt + 3};${bvtt}\n`;
    await page
      .getByTestId('positions-import')
      .setInputFiles({ name: 'vtvl.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expect
      .poll(() => page.getByTestId('positions-message').textContent())
      .toContain('Đã nhập 4 vị trí việc làm của 2 đơn vị');
    await expect
      .poll(() => page.getByTestId('positions-justified').textContent())
      .toBe(`Biên chế công chức được giao: ${snvQuota} · các vị trí việc làm cần: 5`);
    await expect.poll(() => box.textContent()).toContain('Hợp đồng lao động theo vị trí việc làm: 1');
    await expect
      .poll(() => page.getByTestId('unit-findings').textContent())
      .toContain('Các vị trí việc làm tính trong biên chế cần 5 công chức');
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'positions.png') });

    await expect
      .poll(() => box.getByTestId('position-row').first().getByLabel('Ngạch/chức danh nghề nghiệp').inputValue())
      .toBe('Chuyên viên cao cấp');
    // Edit: one more Chuyên viên needed, saved as the whole list.
    await box.getByTestId('position-row').nth(1).getByLabel('Cần').fill('5');
    await box.getByTestId('positions-save').click();
    await expect.poll(() => page.getByTestId('positions-message').textContent()).toBe('Đã lưu 3 vị trí việc làm.');
    await expect
      .poll(() => page.getByTestId('positions-justified').textContent())
      .toBe(`Biên chế công chức được giao: ${snvQuota} · các vị trí việc làm cần: 6`);
    expect(listPositions(app.workspace.db, 'HG.SNV').map((p) => p.needed)).toEqual([1, 5, 1]);
    // A bad count is refused naming the line; nothing changes.
    await box.getByTestId('position-row').nth(2).getByLabel('Cần').fill('x');
    await box.getByTestId('positions-save').click();
    await expect.poll(() => page.getByTestId('positions-message').textContent()).toContain('Dòng 3:');
    expect(listPositions(app.workspace.db, 'HG.SNV').map((p) => p.needed)).toEqual([1, 5, 1]);

    // The PSU: the public employees its positions justify beside the number assigned.
    await page.locator('.tree-row[data-code="HG.SYT"] > .toggle').click();
    await page.locator('.tree-row[data-code="HG.SYT.BVTT"]').click();
    await expect
      .poll(() => page.getByTestId('positions-justified').textContent())
      .toBe(`Số người làm việc được giao: ${bvtt} · các vị trí việc làm cần: ${bvtt + 3}`);

    // The Cảnh báo tab lists quota-vs-positions under its own rule.
    await page.getByRole('tab', { name: /^Cảnh báo/ }).click();
    await page.getByTestId('findings-notes').click();
    await page.getByLabel('Quy tắc', { exact: true }).selectOption('quota-vs-positions');
    await expect.poll(() => page.locator('.findings-list button[data-code="HG.SYT.BVTT"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
