/**
 * After a crash, TinhGon comes back where the user was: the browser-mode server is killed
 * (SIGKILL) and started again without naming a file; it reopens the workspace used last, and the
 * page shows the same view, plan and unit, with every acknowledged change there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { APP_ROOT } from '../../electron/paths.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, useBrowser, watchErrors } from './harness.ts';

const browser = useBrowser();
let server: ChildProcess | undefined;
afterEach(() => {
  server?.kill('SIGKILL');
  server = undefined;
});

/** `npm run serve` as a separate process with its own data folder; resolves with the address it prints. */
function serve(home: string, args: string[]): Promise<string> {
  server = spawn(process.execPath, [path.join(APP_ROOT, 'electron/serve.ts'), ...args], {
    env: { ...process.env, TINHGON_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    server!.stdout!.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    server!.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

async function kill() {
  const s = server!;
  s.kill('SIGKILL');
  await new Promise((done) => s.once('exit', done));
}

describe('recovery after a crash, in Chromium', () => {
  it('reopens the workspace used last, on the same view, plan and unit', async () => {
    const home = tempDir();
    const file = path.join(tempDir(), 'tinh.tinhgon');
    createWorkspace(file, { ...sampleMeta(), isSample: false }, generateSampleProvince()).close();

    let page = await browser().newPage({ viewport: { width: 1500, height: 900 } });
    const errors: string[] = [];
    watchErrors(page, errors);
    await page.goto(await serve(home, ['--workspace', file]));
    await page.locator('.tree-row').first().waitFor();
    await page.locator('.tree-row', { hasText: 'Sở Y tế' }).first().click();
    await page.getByRole('tab', { name: 'Phương án' }).click();
    await page.getByLabel('Tên phương án mới').fill('PA sau sự cố');
    await page.getByRole('button', { name: 'Tạo phương án' }).click();
    await expect.poll(() => page.getByTestId('scenario-ops').count()).toBe(1);
    await page.close();

    await kill();
    // Started again with no file named: the last workspace, not the sample.
    page = await browser().newPage({ viewport: { width: 1500, height: 900 } });
    watchErrors(page, errors);
    await page.goto(await serve(home, []));
    // The plan view takes the whole width (no tree beside it): the unit shows selected in the tree's views.
    await expect.poll(() => page.getByRole('tab', { name: 'Phương án' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.sample-badge').count()).toBe(0);
    await expect.poll(() => page.locator('.scenario-list button.selected').textContent()).toContain('PA sau sự cố');
    await page.getByRole('tab', { name: 'Bảng số liệu' }).click();
    await expect.poll(() => page.locator('.tree-row.selected').textContent()).toContain('Sở Y tế');
    await page.screenshot({ path: path.join(ARTIFACTS, 'recovery.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
