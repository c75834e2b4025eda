/** A resolution's commune table imported into a plan: every bad row said and nothing added, then the merges added on the day. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSampleProvince } from '../../shared/sample/hau-giang.ts';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('commune table in the plan, in Chromium', () => {
  it('refuses a table with bad rows naming row and column, then adds one merge per row of a good one', async () => {
    const communes = generateSampleProvince().filter((u) => u.kind === 'people_committee' && u.level === 'commune');
    const [a, b, c, d] = communes.filter((u) => u.parentCode === communes[0]!.parentCode);
    const { app, page, errors } = await openSample(browser());
    await page.getByRole('tab', { name: 'Phương án' }).click();
    await page.getByLabel('Tên phương án mới').fill('Hai cấp');
    await page.getByRole('button', { name: 'Tạo phương án' }).click();
    const ops = page.getByTestId('scenario-ops');
    await expect.poll(() => ops.textContent()).toContain('Phương án chưa có thao tác nào.');
    await ops.getByRole('button', { name: 'Nhập bảng sắp xếp xã…' }).click();
    const panel = page.getByTestId('communes');
    await panel.getByTestId('communes-date').fill('01/07/2025');
    const csv = (lines: string[]) => ({
      name: 'sap-xep-xa.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
    });
    const header = 'STT;Mã xã mới;Tên xã mới;Loại;Mã các xã cũ';

    await panel.getByTestId('communes-file').setInputFiles(csv([header, `1;VT01;Vị Thanh;thị trấn;"${a!.code};X99"`]));
    const message = panel.getByTestId('communes-message');
    await expect.poll(() => message.textContent()).toContain('Tệp nhập có 2 lỗi');
    expect(await message.textContent()).toContain(
      'Dòng 2, cột "Loại": Loại không hợp lệ: ghi xã, phường hoặc đặc khu. (thị trấn)',
    );
    expect(await message.textContent()).toContain(
      'Dòng 2, cột "Mã các xã cũ": Không có đơn vị mã "X99" trong phương án vào ngày 01/07/2025. (X99)',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-communes-errors.png') });
    expect(await ops.textContent()).toContain('Phương án chưa có thao tác nào.');

    await panel
      .getByTestId('communes-file')
      .setInputFiles(
        csv([header, `1;VT01;Vị Thanh;phường;"${a!.code};${b!.code}"`, `2;VT02;Tân Tiến;xã;"${c!.code};${d!.code}"`]),
      );
    await expect
      .poll(() => message.textContent())
      .toContain('Đã thêm 2 thao tác hợp nhất xã vào phương án "Hai cấp" (ngày 01/07/2025).');
    await expect.poll(() => ops.locator('ol > li').count()).toBe(2);
    expect(await ops.locator('ol > li > span').first().textContent()).toBe(
      `01/07/2025: hợp nhất ${a!.name}, ${b!.name} thành UBND phường Vị Thanh`,
    );
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-communes.png') });
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
