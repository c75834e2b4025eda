/**
 * Reshaping the tree in Chromium: drag a row onto a new parent, a refused cyclic drag, undo and
 * redo across a reload, delete with children (with the impact shown first), and the history.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createWorkspace } from '../../db/workspace.ts';
import { getUnit, listUnits } from '../../db/units-repo.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, dragGridRow, serveWorkspace, useBrowser } from './harness.ts';

const browser = useBrowser();

const dragRow = (page: Page, from: string, onto: string) => dragGridRow(page, page, from, onto, 'findings');

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.tree-row').first().waitFor();
}

describe('editing the tree, end to end in Chromium', () => {
  it('moves by drag-and-drop, refuses a cycle, undoes and redoes across a reload, deletes with children', async () => {
    const file = path.join(tempDir(), 'hg.tinhgon');
    createWorkspace(file, sampleMeta(), generateSampleProvince()).close();
    const app = await serveWorkspace(file);
    const page = await browser().newPage({ viewport: { width: 1600, height: 950 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await open(page, app.server.openUrl);
    const parentOf = (code: string) => getUnit(app.workspace.db, code)?.parentCode;

    // Open Sở Y tế in the grid and drag Trung tâm Pháp y onto the Chi cục Dân số.
    await page.locator('.ag-row[row-id="HG.SYT"] .toggle').click();
    await page.locator('.ag-row[row-id="HG.SYT.TTPY"]').waitFor();
    await dragRow(page, 'HG.SYT.TTPY', 'HG.SYT.CCDS');
    await expect.poll(() => parentOf('HG.SYT.TTPY')).toBe('HG.SYT.CCDS');
    await expect.poll(() => page.locator('.panel-title').textContent()).toBe('Trung tâm Pháp y');
    await expect.poll(() => page.locator('.panel-parent').textContent()).toContain('Chi cục Dân số');
    await page.screenshot({ path: path.join(ARTIFACTS, 'editing-moved.png') });

    // A unit dropped into its own subtree is refused with a message, and nothing changes.
    await page.locator('.tree-row[data-code="HG.SYT"] .tree-name').click(); // the grid brings Sở Y tế into view
    await page.locator('.ag-row[row-id="HG.SYT.BVDK"]').waitFor();
    await dragRow(page, 'HG.SYT', 'HG.SYT.BVDK');
    await expect
      .poll(() => page.locator('.drag-error').textContent())
      .toContain('Không thể chuyển "HG.SYT" vào chính nó hoặc vào đơn vị trực thuộc của nó');
    expect(parentOf('HG.SYT')).toBe('HG');
    await page.screenshot({ path: path.join(ARTIFACTS, 'editing-refused.png') });

    // Undo with the button, then reload: the step can be redone (the history is in the workspace).
    await page.getByRole('button', { name: '↶ Hoàn tác' }).click();
    await expect.poll(() => parentOf('HG.SYT.TTPY')).toBe('HG.SYT');
    await page.reload();
    await page.locator('.tree-row').first().waitFor();
    await expect.poll(() => page.getByRole('button', { name: '↷ Làm lại' }).isEnabled()).toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+y');
    await expect.poll(() => parentOf('HG.SYT.TTPY')).toBe('HG.SYT.CCDS');
    await page.keyboard.press('Control+z');
    await expect.poll(() => parentOf('HG.SYT.TTPY')).toBe('HG.SYT');

    // Delete Sở Nội vụ with its subtree: the dialog says how many units and people first.
    const before = listUnits(app.workspace.db).length;
    await page.locator('.tree-row[data-code="HG.SNV"]').click();
    await page.getByRole('button', { name: 'Xóa đơn vị…' }).click();
    await page.getByLabel(/Xóa cả \d+ đơn vị trực thuộc/).check();
    const subtree = listUnits(app.workspace.db).filter(
      (u) => u.code === 'HG.SNV' || u.code.startsWith('HG.SNV.'),
    ).length;
    await expect
      .poll(() => page.getByTestId('delete-impact').textContent())
      .toMatch(new RegExp(`^Xóa Sở Nội vụ: ${subtree} đơn vị, \\d+ người bị ảnh hưởng\\.$`));
    await page.screenshot({ path: path.join(ARTIFACTS, 'editing-delete.png') });
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => listUnits(app.workspace.db).length).toBe(before - subtree);
    await expect.poll(() => page.locator('.tree-row[data-code="HG.SNV"]').count()).toBe(0);

    // The history lists each step with who and when; undo brings the whole subtree back.
    await page.getByRole('tab', { name: 'Lịch sử sửa đổi' }).click();
    await expect
      .poll(() => page.getByTestId('history-panel').textContent())
      .toContain(`Xóa Sở Nội vụ cùng ${subtree - 1} đơn vị trực thuộc`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'editing-history.png') });
    await page.getByRole('button', { name: '↶ Hoàn tác' }).click();
    await expect.poll(() => listUnits(app.workspace.db).length).toBe(before);
    expect(listUnits(app.workspace.db)).toEqual(generateSampleProvince());

    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
