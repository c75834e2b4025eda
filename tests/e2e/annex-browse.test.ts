/**
 * The annex dialog with a native file dialog (as in the desktop app): picking another file forgets
 * what was read from the first, so the preview and the confirm button never belong to another file.
 * The desktop bridge is stood in by one whose calls go over the browser-mode HTTP API and whose
 * "dialog" answers with the paths the test queues.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspacePage, useBrowser } from './harness.ts';
import { createWorkspace } from '../../db/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';

const browser = useBrowser();

/** Runs in the page before its scripts: a bridge like Electron's preload, over the same HTTP API. */
function desktopBridge() {
  const w = window as unknown as { tinhgon: unknown; picks: string[] };
  w.picks = [];
  const client = 'annex-browse-test';
  w.tinhgon = {
    call: (channel: string, args: unknown) =>
      fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-tinhgon-client': client },
        body: JSON.stringify(args ?? {}),
      }).then((r) => r.json() as Promise<unknown>),
    pickPath: () => {
      const file = w.picks.shift();
      return Promise.resolve(file ? { handle: file, label: file } : null);
    },
  };
}

describe('annexing a province through a file dialog, end to end in Chromium', () => {
  it('forgets what was read when another file is picked', async () => {
    const dir = tempDir();
    const home = path.join(dir, 'hau-giang.tinhgon');
    createWorkspace(home, sampleMeta(), generateSampleProvince()).close();
    const first = path.join(dir, 'soc-trang.tinhgon');
    createWorkspace(first, { ...sampleMeta(), provinceName: 'Sóc Trăng' }, generateSampleProvince(2024)).close();
    const second = path.join(dir, 'bac-lieu.tinhgon');
    createWorkspace(second, { ...sampleMeta(), provinceName: 'Bạc Liêu' }, generateSampleProvince(2025)).close();

    const { app, page, errors } = await openWorkspacePage(browser(), home);
    await page.addInitScript(desktopBridge);
    await page.reload();
    await page.locator('.tree-row').first().waitFor();
    await page.getByRole('tab', { name: 'Phương án' }).click();
    await page.getByLabel('Tên phương án mới').fill('Sáp nhập');
    await page.getByRole('button', { name: 'Tạo phương án' }).click();
    const ops = page.getByTestId('scenario-ops');
    await expect.poll(() => ops.textContent()).toContain('Phương án chưa có thao tác nào.');
    await ops.getByRole('button', { name: 'Sáp nhập tỉnh…' }).click();
    const panel = page.getByRole('form', { name: 'Sáp nhập tỉnh vào phương án' });
    const browse = panel.getByRole('button', { name: 'Chọn…' });

    await page.evaluate((f) => (window as unknown as { picks: string[] }).picks.push(f), first);
    await browse.click();
    await expect.poll(() => panel.getByTestId('annex-path').inputValue()).toBe(first);
    await panel.getByRole('button', { name: 'Đọc tệp' }).click();
    await expect.poll(() => panel.getByTestId('annex-summary').textContent()).toMatch(/^Tỉnh Sóc Trăng: /);
    await expect.poll(() => panel.getByTestId('annex-check').count()).toBe(1);

    // Another file picked: nothing of Sóc Trăng stays to be confirmed for it.
    await page.evaluate((f) => (window as unknown as { picks: string[] }).picks.push(f), second);
    await browse.click();
    await expect.poll(() => panel.getByTestId('annex-path').inputValue()).toBe(second);
    await expect.poll(() => panel.getByTestId('annex-summary').count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Sáp nhập vào phương án' }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Đọc tệp' }).click();
    await expect.poll(() => panel.getByTestId('annex-summary').textContent()).toMatch(/^Tỉnh Bạc Liêu: /);

    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
