/**
 * One history for every edit, in Chromium: a plan created in the Phương án tab is a step the
 * toolbar can undo and redo; the plan list follows, and the history names the step.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { listScenarios } from '../../db/scenarios-repo.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, pickUnit, serveWorkspace, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('undoing a plan from the toolbar, end to end in Chromium', () => {
  it('creates a plan, undoes it with the button, redoes it with Ctrl+Y; the list and the history follow', async () => {
    const file = path.join(tempDir(), 'hg.tinhgon');
    createWorkspace(file, sampleMeta(), generateSampleProvince()).close();
    const app = await serveWorkspace(file);
    const page = await browser().newPage({ viewport: { width: 1600, height: 950 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.server.openUrl);
    await page.locator('.tree-row').first().waitFor();
    const undo = page.getByRole('button', { name: '↶ Hoàn tác' });
    const redo = page.getByRole('button', { name: '↷ Làm lại' });
    expect(await undo.isEnabled()).toBe(false);

    await page.getByRole('tab', { name: 'Phương án' }).click();
    await page.getByLabel('Tên phương án mới').fill('PA thử hoàn tác');
    await page.getByRole('button', { name: 'Tạo phương án', exact: true }).click();
    const list = page.locator('.scenario-list');
    await expect.poll(() => list.textContent()).toContain('PA thử hoàn tác');
    await expect.poll(() => undo.isEnabled()).toBe(true); // the history was read again

    await undo.click();
    await expect.poll(() => list.textContent()).not.toContain('PA thử hoàn tác');
    expect(listScenarios(app.workspace.db)).toEqual([]);
    await expect.poll(() => page.getByRole('button', { name: 'Xóa', exact: true }).count()).toBe(0); // nothing selected
    expect(await page.locator('.scenario-pane').textContent()).not.toContain('Không có phương án');
    await expect.poll(() => redo.isEnabled()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'undo-plan.png') });

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+y');
    await expect.poll(() => list.textContent()).toContain('PA thử hoàn tác');
    expect(listScenarios(app.workspace.db).map((s) => s.name)).toEqual(['PA thử hoàn tác']);

    // Nothing left to redo: Ctrl+Y says so in the toolbar's line, as the disabled button's tooltip does.
    const notice = page.getByTestId('history-notice');
    await expect.poll(() => redo.isEnabled()).toBe(false);
    expect(await redo.getAttribute('title')).toBe('Không có thao tác nào để làm lại. (Ctrl+Y)');
    await page.keyboard.press('Control+y');
    await expect.poll(() => notice.textContent()).toBe('Không có thao tác nào để làm lại.');

    // A plan edit (an operation added in the form) is undone by Ctrl+Z and redone by Ctrl+Y.
    await page.locator('.scenario-list button', { hasText: 'PA thử hoàn tác' }).click();
    const ops = page.getByTestId('scenario-ops');
    await ops.locator('select').first().selectOption('rename');
    await pickUnit(ops, 'Đơn vị', 'HG.SYT');
    await ops.getByLabel('Tên mới của đơn vị').fill('Sở Y tế và Dân số');
    await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
    await expect.poll(() => ops.locator('ol > li').count()).toBe(1);
    await expect.poll(() => undo.isEnabled()).toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => ops.locator('ol > li').count()).toBe(0);
    await expect.poll(() => notice.textContent()).toBe('Đã hoàn tác: Thêm một thao tác vào phương án PA thử hoàn tác');
    await page.keyboard.press('Control+y');
    await expect.poll(() => ops.locator('ol > li').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
