/**
 * A resolution's commune table imported into a plan: the template downloaded, every bad row said
 * and nothing added, then the merges previewed (old communes by name, summed subtree figures) and
 * added on the day only once confirmed.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateSampleProvince } from '../../shared/sample/hau-giang.ts';
import { formatInteger } from '../../shared/format.ts';
import type { Unit } from '../../shared/model/unit.ts';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';
import { tempDir } from '../temp.ts';

const browser = useBrowser();

describe('commune table in the plan, in Chromium', () => {
  it('hands out the template, refuses bad rows naming row and column, previews the merges and adds them only on confirming', async () => {
    const sample = generateSampleProvince();
    const communes = sample.filter((u) => u.kind === 'people_committee' && u.level === 'commune');
    const [a, b, c, d] = communes.filter((u) => u.parentCode === communes[0]!.parentCode);
    /** The units of a commune's subtree in the sample (its offices, stations, schools, if any: the handler test has one). */
    const subtree = (root: Unit): Unit[] => {
      const out = [root];
      for (let i = 0; i < out.length; i++) out.push(...sample.filter((u) => u.parentCode === out[i]!.code));
      return out;
    };
    const { app, page, errors } = await openSample(browser(), { width: 1366, height: 768 });
    await page.getByRole('tab', { name: 'Phương án' }).click();
    await page.getByLabel('Tên phương án mới').fill('Hai cấp');
    await page.getByRole('button', { name: 'Tạo phương án' }).click();
    const ops = page.getByTestId('scenario-ops');
    await expect.poll(() => ops.textContent()).toContain('Phương án chưa có thao tác nào.');
    await ops.getByRole('button', { name: 'Nhập bảng sắp xếp xã…' }).click();
    const panel = page.getByTestId('communes');
    const message = panel.getByTestId('communes-message');
    const preview = panel.getByTestId('communes-preview');

    // A day the calendar has not is said beside the field, by its name, and no file is read.
    await panel.getByTestId('communes-date').fill('31/06/2025');
    expect(await panel.getByRole('alert').first().textContent()).toBe(
      'Ngày hợp nhất: không đọc được ngày, ghi dd/MM/yyyy (ví dụ 01/07/2025).',
    );
    await panel.getByTestId('communes-date').fill('01/07/2025');
    expect(await panel.getByRole('alert').count()).toBe(0);

    // The template: the reader's headers and one example row, whose made-up codes are refused by row and column.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      panel.getByRole('button', { name: 'Tải bảng mẫu (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mau-sap-xep-xa-tinhgon.xlsx');
    const file = path.join(tempDir(), download.suggestedFilename());
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Mã xã mới',
      'Tên xã mới',
      'Loại',
      'Mã các xã cũ',
    ]);
    expect(sheet.rowCount).toBe(2);
    await panel.getByTestId('communes-file').setInputFiles(file);
    await expect.poll(() => message.textContent()).toContain('Tệp nhập có 2 lỗi');
    expect(await message.textContent()).toContain(
      'Dòng 2, cột "Mã các xã cũ": Không có đơn vị mã "31003" trong phương án vào ngày 01/07/2025.',
    );
    expect(await preview.count()).toBe(0);

    // A bad type and an unknown code in a CSV: both said, nothing to confirm.
    const csv = (lines: string[]) => ({
      name: 'sap-xep-xa.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
    });
    const header = 'STT;Mã xã mới;Tên xã mới;Loại;Mã các xã cũ';
    await panel.getByTestId('communes-file').setInputFiles(csv([header, `1;VT01;Vị Thanh;thị trấn;"${a!.code};X99"`]));
    await expect
      .poll(() => message.textContent())
      .toContain('Dòng 2, cột "Loại": Loại không hợp lệ: ghi xã, phường hoặc đặc khu. (thị trấn)');
    expect(await message.textContent()).toContain(
      'Dòng 2, cột "Mã các xã cũ": Không có đơn vị mã "X99" trong phương án vào ngày 01/07/2025. (X99)',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-communes-errors.png') });

    // The template filled in: previewed, nothing written until "Thêm vào phương án".
    sheet.spliceRows(
      2,
      1,
      [1, 'VT01', 'Vị Thanh', 'phường', `${a!.code}; ${b!.code}`],
      [2, 'VT02', 'Tân Tiến', 'xã', `${c!.code}; ${d!.code}`],
    );
    const filled = path.join(tempDir(), 'sap-xep-xa.xlsx');
    await wb.xlsx.writeFile(filled);
    await panel.getByTestId('communes-file').setInputFiles(filled);
    await expect
      .poll(() => preview.locator('strong').first().textContent())
      .toBe('Sẽ thêm 2 thao tác hợp nhất xã vào phương án "Hai cấp" (ngày 01/07/2025); chưa lưu:');
    expect(await message.count()).toBe(0);
    const first = await preview.locator('tr[data-code="VT01"] td').allTextContents();
    const ab = [...subtree(a!), ...subtree(b!)];
    const sum = (f: (u: Unit) => number) => formatInteger(ab.reduce((s, u) => s + f(u), 0));
    expect(first).toEqual([
      '2',
      'VT01',
      'UBND phường Vị Thanh',
      'phường',
      `${a!.name} (${a!.code}); ${b!.name} (${b!.code})`,
      sum((u) => u.civilServantQuota),
      sum((u) => u.civilServantActual),
      sum((u) => u.publicEmployeeQuota),
      sum((u) => u.publicEmployeeActual),
      sum((u) => u.civilServantActual + u.publicEmployeeActual + u.selfFundedEmployees + u.contractWorkers),
    ]);
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-communes-preview.png') });
    expect(await ops.textContent()).toContain('Phương án chưa có thao tác nào.');

    // Cancelled: nothing added; previewed again and confirmed: one merge per row, on the day.
    await preview.getByRole('button', { name: 'Hủy' }).click();
    expect(await preview.count()).toBe(0);
    expect(await ops.textContent()).toContain('Phương án chưa có thao tác nào.');
    await panel.getByTestId('communes-file').setInputFiles(filled);
    await preview.getByRole('button', { name: 'Thêm vào phương án' }).click();
    await expect
      .poll(() => message.textContent())
      .toContain('Đã thêm 2 thao tác hợp nhất xã vào phương án "Hai cấp" (ngày 01/07/2025).');
    await expect.poll(() => ops.locator('ol > li').count()).toBe(2);
    expect(await ops.locator('ol > li > span').first().textContent()).toBe(
      `01/07/2025: hợp nhất ${a!.name}, ${b!.name} thành UBND phường Vị Thanh`,
    );
    expect(await preview.count()).toBe(0);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-communes.png') });
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
