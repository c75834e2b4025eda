/**
 * The import wizard in Chromium: an office workbook whose header the app does not fully know,
 * a column mapped by hand, a preview of the tree and of the changes, the import, and a broken
 * file that is refused with its rows listed. Screenshots land in test-results/.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createWorkspace } from '../../db/workspace.ts';
import { listUnits } from '../../db/units-repo.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { TEMPLATE_HEADERS } from '../../shared/import/vocab.ts';
import { tempDir } from '../temp.ts';
import { OFFICE_ROWS, xlsxOf } from '../workbooks.ts';
import { ARTIFACTS, useBrowser, serveWorkspace } from './harness.ts';

const browser = useBrowser();

async function openImport(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.getByRole('button', { name: 'Nhập từ Excel/CSV…' }).click();
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
}

describe('import wizard, end to end in Chromium', () => {
  it('maps an unknown column by hand, previews, imports, and refuses a broken file', async () => {
    const file = path.join(tempDir(), 'hg.tinhgon');
    const sample = generateSampleProvince();
    createWorkspace(file, sampleMeta(), sample).close();
    const app = await serveWorkspace(file);
    const page = await browser().newPage({ viewport: { width: 1400, height: 950 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.server.openUrl);
    await page.locator('.tree-row').first().waitFor();

    // An office workbook whose first quota column is titled "Công chức / Được giao": not a known header.
    const rows = OFFICE_ROWS.map((r, i) =>
      i === 3 ? ['STT', 'Tên cơ quan, đơn vị', 'Công chức', 'Công chức', ...r.slice(4)] : r,
    );
    const bytes = await xlsxOf(rows, ['A1:H1', 'A4:A5', 'B4:B5', 'C4:D4', 'E4:F4', 'G4:G5', 'H4:H5']);
    await openImport(
      page,
      'bieu-bien-che-2024.xlsx',
      Buffer.from(bytes),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );

    // The detected header (rows 4–5) is shown and highlighted; column C is not mapped yet.
    await expect.poll(() => page.getByTestId('header-row').inputValue()).toBe('4');
    await expect.poll(() => page.locator('.sheet-preview tr.header-row').count()).toBe(2);
    const columnC = page.getByLabel('Ghép vào trường C');
    expect(await columnC.inputValue()).toBe('');
    expect(await page.getByLabel('Ghép vào trường D').inputValue()).toBe('civilServantActual');
    await columnC.selectOption('civilServantQuota');
    await page.screenshot({ path: path.join(ARTIFACTS, 'import-mapping.png') });

    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('9 đơn vị hợp lệ.');
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('Bỏ qua 3 dòng');
    await expect.poll(() => page.getByTestId('import-diff').textContent()).toContain('Thêm mới: 9');
    await expect.poll(() => page.getByTestId('import-diff').textContent()).toContain(`(giữ nguyên): ${sample.length}`);
    await expect.poll(() => page.getByTestId('import-tree').textContent()).toContain('Bệnh viện Đa khoa tỉnh');
    await page.screenshot({ path: path.join(ARTIFACTS, 'import-preview.png') });
    expect(listUnits(app.workspace.db)).toHaveLength(sample.length); // nothing written yet

    await page.getByRole('button', { name: 'Nhập vào tệp dữ liệu' }).click();
    await expect
      .poll(() => page.locator('.import-done').textContent())
      .toContain('Đã nhập: thêm 9, sửa 0, xóa 0 đơn vị.');
    await page.getByRole('button', { name: 'Đóng' }).first().click();
    await expect
      .poll(() => page.locator('.tree-row[data-code="I"] .tree-name').textContent())
      .toBe('KHỐI SỞ, BAN, NGÀNH');
    expect(listUnits(app.workspace.db).find((u) => u.code === 'I-1')).toMatchObject({
      name: 'Sở Y tế',
      civilServantQuota: 40,
      civilServantActual: 38,
    });

    // The same layout again: the mapping (with column C) is remembered.
    await openImport(
      page,
      'bieu-bien-che-2025.xlsx',
      Buffer.from(bytes),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await expect
      .poll(() => page.getByTestId('mapping-note').textContent())
      .toBe('Dùng cách ghép cột đã lưu lần trước cho bảng này.');
    expect(await page.getByLabel('Ghép vào trường C').inputValue()).toBe('civilServantQuota');
    await page.getByRole('button', { name: 'Hủy' }).click();

    // A broken CSV: the rows at fault are listed and the import button stays disabled.
    const before = listUnits(app.workspace.db);
    const header = TEMPLATE_HEADERS.map(([, h]) => h).join(';');
    const csv = `\ufeff${header}\nX1;Đơn vị mới;HG;Phòng;Tỉnh;Nội vụ;5;-1;0;0;0;0;1\nX2;Đơn vị mới 2;KHONGCO;Phòng;Tỉnh;Nội vụ;5;5;0;0;0;0;1\n`;
    await openImport(page, 'loi.csv', Buffer.from(csv, 'utf8'), 'text/csv');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const issues = page.getByTestId('import-issues');
    await expect.poll(() => issues.locator('tbody tr').count()).toBe(2);
    expect(await issues.locator('tbody tr').nth(0).textContent()).toBe('2Công chức hiện có-1Không được là số âm.');
    expect(await issues.locator('tbody tr').nth(1).textContent()).toBe(
      '3Mã đơn vị cấp trênKHONGCOKhông tìm thấy đơn vị cấp trên "KHONGCO".',
    );
    expect(await page.getByRole('button', { name: 'Nhập vào tệp dữ liệu' }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'import-errors.png') });
    expect(listUnits(app.workspace.db)).toEqual(before);

    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });

  it('asks the decimal mark of a count column whose numbers all read two ways, once, and remembers it', async () => {
    const file = path.join(tempDir(), 'trong.tinhgon');
    createWorkspace(file, sampleMeta(), []).close();
    const app = await serveWorkspace(file);
    const page = await browser().newPage({ viewport: { width: 1400, height: 950 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.server.openUrl);
    // Quota "1.000" / "2.000": 1 and 2 people, or 1000 and 2000? Actual "1.250" can only be 1250.
    const header = TEMPLATE_HEADERS.map(([, h]) => h).join(';');
    const csv = `\ufeff${header}\nA;Sở A;;Sở;Tỉnh;Nội vụ;1.000;1.250;0;0;0;0;1\nB;Sở B;;Sở;Tỉnh;Nội vụ;2.000;12;0;0;0;0;1\n`;
    await page.getByRole('button', { name: 'Nhập từ Excel/CSV…' }).click();
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'so.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const choice = page.getByTestId('decimal-6');
    await choice.waitFor();
    expect(await page.getByTestId('decimal-7').count()).toBe(0); // column H decides by itself
    expect(await choice.locator('option').allTextContents()).toEqual([
      '— chọn —',
      'dấu phẩy ",": "1.000" là 1000',
      'dấu chấm ".": "1.000" là 1',
    ]);
    // Not answered: the preview names the column and nothing can be imported.
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect
      .poll(() => page.getByTestId('import-issues').textContent())
      .toContain('mọi số như "1.000" đều đọc được hai cách');
    expect(await page.getByRole('button', { name: 'Nhập vào tệp dữ liệu' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Quay lại' }).click();
    await page.getByTestId('decimal-6').selectOption(',');
    await page.screenshot({ path: path.join(ARTIFACTS, 'import-decimal.png') });
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('2 đơn vị hợp lệ.');
    await page.getByRole('button', { name: 'Nhập vào tệp dữ liệu' }).click();
    await expect.poll(() => page.locator('.import-done').textContent()).toContain('thêm 2');
    expect(listUnits(app.workspace.db).map((u) => [u.code, u.civilServantQuota, u.civilServantActual])).toEqual([
      ['A', 1000, 1250],
      ['B', 2000, 12],
    ]);
    await page.getByRole('button', { name: 'Đóng' }).first().click();
    // The same table again: the answer comes with the remembered mapping.
    await page.getByRole('button', { name: 'Nhập từ Excel/CSV…' }).click();
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'so.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expect.poll(() => page.getByTestId('decimal-6').inputValue()).toBe(',');
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
