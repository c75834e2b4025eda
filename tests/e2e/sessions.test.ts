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
    expect(await one.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toContain(app.server.token);

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
});
