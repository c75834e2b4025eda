/** The File menu in browser mode: create a workspace, reopen the previous one from the recent list, save as. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { backupFileName, backupWorkspace } from '../../db/backup.ts';
import { readRetention } from '../../db/backup-retention.ts';
import { openWorkspace } from '../../db/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, useBrowser, serveWorkspace } from './harness.ts';

const browser = useBrowser();

describe('File menu, end to end in Chromium', () => {
  it('creates a new workspace, goes back through the recent list, and saves a copy under a new name', async () => {
    const dir = tempDir();
    const sampleFile = path.join(dir, 'hau-giang.tinhgon');
    createWorkspace(sampleFile, sampleMeta(), generateSampleProvince()).close();
    const app = await serveWorkspace(sampleFile, path.join(dir, 'recent.json'));
    const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.server.openUrl);
    await page.locator('.tree-row').first().waitFor();

    // Escape closes the menu (it covers the grid's first rows while open).
    await page.getByRole('button', { name: 'Tệp ▾' }).click();
    await page.getByRole('menuitem', { name: 'Tạo tệp dữ liệu mới…' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('button', { name: 'Tệp ▾' }).getAttribute('aria-expanded')).toBe('false');

    await page.getByRole('button', { name: 'Tệp ▾' }).click();
    await page.getByRole('menuitem', { name: 'Tạo tệp dữ liệu mới…' }).click();
    await page.getByTestId('file-path').fill(path.join(dir, 'soc-trang'));
    await page.getByTestId('province-name').fill('Sóc Trăng');
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => page.getByTestId('workspace-info').textContent()).toContain('Sóc Trăng');
    await expect.poll(() => page.getByTestId('workspace-info').textContent()).toContain('0 đơn vị');
    expect(fs.existsSync(path.join(dir, 'soc-trang.tinhgon'))).toBe(true);

    // A bad path is refused in place, with the reason, and nothing changes.
    await page.getByRole('button', { name: 'Tệp ▾' }).click();
    await page.getByRole('menuitem', { name: 'Mở tệp dữ liệu…' }).click();
    await page.getByTestId('file-path').fill(path.join(dir, 'khong-co.tinhgon'));
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => page.locator('.file-dialog .form-error').textContent()).toContain('Không tìm thấy tệp');
    await page.getByRole('button', { name: 'Hủy' }).click();

    await page.getByRole('button', { name: 'Tệp ▾' }).click();
    await page.screenshot({ path: path.join(ARTIFACTS, 'file-menu.png') });
    await page.getByRole('menuitem', { name: sampleFile }).click();
    await expect.poll(() => page.getByTestId('workspace-info').textContent()).toContain('Hậu Giang');

    await page.getByRole('button', { name: 'Tệp ▾' }).click();
    await page.getByRole('menuitem', { name: 'Lưu thành…' }).click();
    await page.getByTestId('file-path').fill(path.join(dir, 'phuong-an-1.tinhgon'));
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => app.workspace.file).toBe(path.join(dir, 'phuong-an-1.tinhgon'));
    await expect
      .poll(() => page.getByTestId('workspace-info').textContent())
      .toContain(`${generateSampleProvince().length.toLocaleString('vi-VN')} đơn vị`);

    // Save as onto an existing file: refused, then replaced only when the person clicks "Thay thế tệp đó".
    await page.getByRole('button', { name: 'Tệp ▾' }).click();
    await page.getByRole('menuitem', { name: path.join(dir, 'soc-trang.tinhgon') }).click();
    await expect.poll(() => page.getByTestId('workspace-info').textContent()).toContain('Sóc Trăng');
    await page.getByRole('button', { name: 'Tệp ▾' }).click();
    await page.getByRole('menuitem', { name: 'Lưu thành…' }).click();
    await page.getByTestId('file-path').fill(path.join(dir, 'phuong-an-1.tinhgon'));
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => page.locator('.file-dialog .form-error').textContent()).toContain('đã tồn tại');
    expect(app.workspace.file).toBe(path.join(dir, 'soc-trang.tinhgon'));
    await page.screenshot({ path: path.join(ARTIFACTS, 'file-menu-replace.png') });
    await page.getByRole('button', { name: 'Thay thế tệp đó' }).click();
    await expect.poll(() => app.workspace.file).toBe(path.join(dir, 'phuong-an-1.tinhgon'));
    await expect.poll(() => page.getByTestId('workspace-info').textContent()).toContain('Sóc Trăng');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    await page.close();
    await app.stop();
  });

  it('File → Backups shows the backups and their size, and keeps the rule for automatic ones', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'hau-giang.tinhgon');
    createWorkspace(file, sampleMeta(), generateSampleProvince()).close();
    const ws = openWorkspace(file);
    await backupWorkspace(ws, backupFileName(ws, 'truoc-nhap', new Date(2026, 0, 1)));
    await backupWorkspace(ws, backupFileName(ws, '', new Date(2026, 0, 2)));
    ws.close();
    const app = await serveWorkspace(file, path.join(dir, 'recent.json'));
    const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.server.openUrl);
    await page.locator('.tree-row').first().waitFor();
    await page.getByRole('button', { name: 'Tệp ▾' }).click();
    await page.getByRole('menuitem', { name: 'Bản sao lưu…', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('backups-summary').textContent())
      .toMatch(/có 1 bản sao lưu tự động và 1 bản do người dùng tạo, tổng dung lượng [\d.,]+ (kB|MB)\.$/);
    expect(await page.getByTestId('keep-last').inputValue()).toBe('10');
    await page.getByTestId('keep-last').fill('0');
    await page.getByRole('button', { name: 'Lưu quy tắc' }).click();
    await expect.poll(() => page.locator('.file-dialog .form-error').textContent()).toContain('giữ ít nhất 1 bản');
    await page.getByTestId('keep-last').fill('5');
    await page.getByTestId('keep-months').fill('6');
    await page.getByRole('button', { name: 'Lưu quy tắc' }).click();
    await page.getByTestId('backups-saved').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'file-menu-backups.png') });
    expect(readRetention(app.workspace.db)).toEqual({ keepLast: 5, keepMonths: 6 });
    await page.close();
    await app.stop();
  });
});
