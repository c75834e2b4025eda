/**
 * Failures the user can understand (issue 19), in Chromium: the browser-mode back end stopped
 * under an open page and started again says "Mất kết nối…" (never "dữ liệu không hợp lệ"), keeps
 * what was typed and saves it once the back end answers again; a view that fails to display
 * shows its message with "Tải lại" while the rest of the app keeps working.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, openWorkspacePage, serveWorkspace, useBrowser } from './harness.ts';

const browser = useBrowser();

function sampleFile(): string {
  const file = path.join(tempDir(), 'hg.tinhgon');
  createWorkspace(file, sampleMeta(), generateSampleProvince()).close();
  return file;
}

describe('a lost connection, in Chromium', () => {
  it('says so, keeps the value typed, and saves it when the back end is back', async () => {
    const file = sampleFile();
    const { app, page, errors } = await openWorkspacePage(browser(), file, { width: 1366, height: 768 });
    await page.locator('.tree-row', { hasText: 'Sở Y tế' }).first().click();
    const field = page.locator('#f-civilServantActual');
    await field.waitFor();
    const { port, token } = app.server;
    await app.stop(); // the back end is gone

    await field.fill('123');
    await field.press('Enter');
    const banner = page.getByTestId('connection-lost');
    await banner.waitFor();
    expect(await banner.textContent()).toBe('Mất kết nối với TinhGon — đang thử lại…');
    const panel = page.getByTestId('unit-panel');
    await expect.poll(() => panel.textContent()).toContain('mất kết nối');
    expect(await panel.textContent()).not.toContain('dữ liệu không hợp lệ');
    expect(await page.locator('body').textContent()).not.toContain('Failed to fetch');
    expect(await field.inputValue()).toBe('123');
    await page.screenshot({ path: path.join(ARTIFACTS, 'connection-lost.png') });

    // The back end starts again on the same address: the page finds it by itself and saves what was typed.
    const again = await serveWorkspace(file, null, { port, token });
    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => panel.locator('.panel-status').textContent()).toContain('Đã lưu');
    expect(await field.inputValue()).toBe('123');
    const stored = again.workspace.db
      .prepare("SELECT civil_servant_actual AS n FROM units WHERE name = 'Sở Y tế'")
      .get() as { n: number };
    expect(stored.n).toBe(123);
    await page.screenshot({ path: path.join(ARTIFACTS, 'connection-back.png') });
    expect(errors).toEqual([]);
    await page.close();
    await again.stop();
  });

  it('says in words that the restarted back end wants its new access code, the typed value kept in the field', async () => {
    const file = sampleFile();
    const { app, page } = await openWorkspacePage(browser(), file, { width: 1366, height: 768 });
    await page.locator('.tree-row', { hasText: 'Sở Y tế' }).first().click();
    const field = page.locator('#f-civilServantActual');
    await field.waitFor();
    const { port } = app.server;
    await app.stop();
    await field.fill('123');
    await field.press('Enter');
    await page.getByTestId('connection-lost').waitFor();
    // npm start again: the same port (the last one), a new run's token this page does not hold.
    const again = await serveWorkspace(file, null, { port });
    const status = page.getByTestId('unit-panel').locator('.panel-status');
    await expect
      .poll(() => status.textContent())
      .toBe(
        'Chưa lưu: Trình duyệt này chưa có mã truy cập (hoặc máy chủ đã khởi động lại): hãy mở đúng địa chỉ kèm mã mà máy chủ TinhGon in ra.',
      );
    expect(await field.inputValue()).toBe('123');
    await page.screenshot({ path: path.join(ARTIFACTS, 'connection-new-token.png') });
    await page.close();
    await again.stop();
  });
});

describe('a view that fails to display, in Chromium', () => {
  it('shows its message with "Tải lại"; the other views work; reloading draws it again', async () => {
    const { app, page, errors } = await openWorkspacePage(browser(), sampleFile(), { width: 1366, height: 768 });
    // A malformed answer of the back end makes the finance view fail while drawing.
    await page.route('**/api/finance.list', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, result: { rows: null } }) }),
    );
    await page.getByRole('tab', { name: 'Tự chủ tài chính' }).click();
    const failed = page.getByTestId('view-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('Tự chủ tài chính');
    await page.screenshot({ path: path.join(ARTIFACTS, 'view-failed.png') });

    // The rest of the app still works: the tree, the unit panel and another view.
    await page.locator('.tree-row', { hasText: 'Sở Y tế' }).first().click();
    await page.getByTestId('unit-panel').waitFor();
    await page.getByRole('tab', { name: 'Bảng số liệu' }).click();
    await page.locator('.grid-pane .ag-row').first().waitFor();

    // Back to the failed view, the back end answering well again: "Tải lại" draws it.
    await page.unroute('**/api/finance.list');
    await page.getByRole('tab', { name: 'Tự chủ tài chính' }).click();
    await page.getByRole('button', { name: 'Tải lại' }).click();
    await page.getByTestId('finance-year').waitFor();
    expect(await failed.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});

describe('the interface language, in Chromium', () => {
  it('is kept across a restart of the browser-mode server (a new address)', async () => {
    const { spawn } = await import('node:child_process');
    const { APP_ROOT } = await import('../../electron/paths.ts');
    const home = tempDir();
    const file = sampleFile();
    const serve = () => {
      const server = spawn(process.execPath, [path.join(APP_ROOT, 'electron/serve.ts'), '--workspace', file], {
        env: { ...process.env, TINHGON_HOME: home },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const url = new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (d) => {
          out += d;
          const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        server.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
      });
      return { server, url };
    };
    const kill = async (s: ReturnType<typeof serve>['server']) => {
      s.kill('SIGKILL');
      await new Promise((done) => s.once('exit', done));
    };

    const first = serve();
    let page = await browser().newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(await first.url);
    await page.locator('.tree-row').first().waitFor();
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('tab', { name: 'Org chart' }).waitFor();
    // Kept by the back end beside the recent list (written before the answer comes).
    const uiState = path.join(home, 'ui-state.json');
    await expect.poll(() => fs.existsSync(uiState) && fs.readFileSync(uiState, 'utf8')).toContain('"lang": "en"');
    await page.close();
    await kill(first.server);

    const second = serve();
    try {
      const url = await second.url;
      expect(new URL(url).port).not.toBe(new URL(await first.url).port); // a new origin: its localStorage is empty
      page = await browser().newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(url);
      await page.getByRole('tab', { name: 'Org chart' }).waitFor();
      expect(await page.getByRole('button', { name: 'EN' }).getAttribute('aria-pressed')).toBe('true');
      await page.close();
    } finally {
      await kill(second.server);
    }
  });
});
