/**
 * Browser mode for more than one person, in Chromium: each tab keeps the workspace it edits (and
 * says which in its header) whatever another tab opens; the token leaves the address after the
 * first load and lives on as an HttpOnly SameSite=Strict cookie.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, serveWorkspace, useBrowser, watchErrors } from './harness.ts';

const browser = useBrowser();

describe('two tabs, two workspaces', () => {
  it('a tab opening another file leaves the other tab on its own; the token is not in the address', async () => {
    const dir = tempDir();
    const home = path.join(dir, 'hau-giang.tinhgon');
    const other = path.join(dir, 'soc-trang.tinhgon');
    createWorkspace(home, sampleMeta(), generateSampleProvince()).close();
    createWorkspace(other, { ...sampleMeta(), provinceName: 'Sóc Trăng', isSample: false }, []).close();
    const app = await serveWorkspace(home);
    const context = await browser().newContext({ viewport: { width: 1400, height: 800 } });
    const errors: string[] = [];
    const one = await context.newPage();
    watchErrors(one, errors);
    const response = await one.goto(app.server.openUrl);
    // The document came from the clean address: the token never reached the history nor the page.
    expect(response!.url()).toBe(app.server.url);
    expect(one.url()).toBe(app.server.url);
    await one.locator('.tree-row').first().waitFor();
    const cookies = await context.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ value: app.server.token, httpOnly: true, sameSite: 'Strict' });
    expect(await one.evaluate(() => document.cookie)).toBe('');
    expect(await one.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toContain(
      app.server.token,
    );

    // A second tab: no token in its address, the cookie is enough.
    const two = await context.newPage();
    watchErrors(two, errors);
    await two.goto(app.server.url);
    await two.locator('.tree-row').first().waitFor();

    await one.getByRole('button', { name: 'Tệp ▾' }).click();
    await one.getByRole('menuitem', { name: 'Mở tệp dữ liệu…' }).click();
    await one.getByTestId('file-path').fill(other);
    await one.getByRole('button', { name: 'Đồng ý' }).click();
    await expect.poll(() => one.getByTestId('workspace-file').textContent()).toBe('Tệp: soc-trang.tinhgon');

    // Tab two still edits its own file, after a reload too.
    await two.reload();
    await two.locator('.tree-row').first().waitFor();
    expect(await two.getByTestId('workspace-file').textContent()).toBe('Tệp: hau-giang.tinhgon');
    expect(await two.getByTestId('workspace-info').textContent()).toContain('Hậu Giang');
    await two.screenshot({ path: path.join(ARTIFACTS, 'sessions-two-tabs.png') });
    expect(errors).toEqual([]);
    await context.close();
    await app.stop();
  });

  it('a tab sees the tree change when another tab edits it, without reloading', async () => {
    const dir = tempDir();
    const home = path.join(dir, 'hau-giang.tinhgon');
    createWorkspace(home, sampleMeta(), generateSampleProvince()).close();
    const app = await serveWorkspace(home);
    const context = await browser().newContext({ viewport: { width: 1400, height: 800 } });
    const errors: string[] = [];
    const [one, two] = [await context.newPage(), await context.newPage()];
    for (const page of [one, two]) {
      watchErrors(page, errors);
      await page.goto(app.server.openUrl);
      await page.locator('.tree-row').first().waitFor();
    }
    await one.locator('.tree-row', { hasText: 'Sở Nội vụ' }).first().click();
    await one.locator('#f-name').fill('Sở Nội vụ (đã đổi)');
    await one.locator('#f-name').press('Enter');
    await expect.poll(() => one.locator('.panel-status').textContent()).toBe('Đã lưu: Tên đơn vị');
    await expect.poll(() => two.locator('.tree-row', { hasText: 'Sở Nội vụ (đã đổi)' }).count()).toBe(1);
    await two.getByRole('tab', { name: 'Lịch sử sửa đổi' }).click();
    await expect.poll(() => two.getByTestId('history-panel').textContent()).toContain('Sở Nội vụ (đã đổi)');
    await two.screenshot({ path: path.join(ARTIFACTS, 'sessions-live.png') });
    expect(errors).toEqual([]);
    await context.close();
    await app.stop();
  });

  it('a browser without the cookie is told to open the printed address, and shown no data', async () => {
    const file = path.join(tempDir(), 'hg.tinhgon');
    createWorkspace(file, sampleMeta(), generateSampleProvince()).close();
    const app = await serveWorkspace(file);
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(app.server.url);
    await expect
      .poll(() => page.locator('.load-error').textContent())
      .toContain('hãy mở đúng địa chỉ kèm mã mà máy chủ TinhGon in ra');
    expect(await page.locator('.tree-row').count()).toBe(0);
    await context.close();
    await app.stop();
  });
});
