/**
 * Browser mode opened to the local network says so on every page, asks each person's name on first
 * visit and records it in the edit history; served locally it does neither.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { history } from '../../db/undo-log.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, serveWorkspace, useBrowser, watchErrors } from './harness.ts';

const browser = useBrowser();

describe('local network opt-in, in Chromium', () => {
  it('shows a warning banner and asks the name only when served with --lan; the history names the person', async () => {
    for (const lan of [false, true]) {
      const file = path.join(tempDir(), 'hg.tinhgon');
      createWorkspace(file, sampleMeta(), generateSampleProvince()).close();
      const app = await serveWorkspace(file, null, { lan, insecureHttp: lan });
      const page = await browser().newPage({ viewport: { width: 1400, height: 700 } });
      const errors: string[] = [];
      watchErrors(page, errors);
      // The page is opened through 127.0.0.1 (always this machine's own address).
      await page.goto(`http://127.0.0.1:${app.server.port}/?token=${app.server.token}`);
      expect(page.url()).toBe(`http://127.0.0.1:${app.server.port}/`);
      if (lan) {
        await page.getByTestId('name-form').waitFor();
        await page.getByRole('button', { name: 'Bắt đầu' }).click();
        await expect.poll(() => page.locator('.name-form .form-error').textContent()).toContain('Hãy nhập họ tên');
        await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
        await page.screenshot({ path: path.join(ARTIFACTS, 'lan-name.png') });
        await page.getByRole('button', { name: 'Bắt đầu' }).click();
      }
      await page.locator('.tree-row').first().waitFor();
      expect(await page.getByTestId('lan-warning').count()).toBe(lan ? 1 : 0);
      expect(await page.getByTestId('name-form').count()).toBe(0);
      if (lan) {
        expect(await page.getByTestId('lan-warning').textContent()).toContain('Đang mở cho mạng nội bộ');
        expect(await page.getByTestId('workspace-user').textContent()).toBe('Người sửa: Nguyễn Thị Lan');
        await page.locator('.tree-row', { hasText: 'Sở Nội vụ' }).first().click();
        await page.locator('#f-name').fill('Sở Nội vụ tỉnh');
        await page.locator('#f-name').press('Enter');
        await page.getByRole('tab', { name: 'Lịch sử sửa đổi' }).click();
        await expect.poll(() => page.getByTestId('history-panel').textContent()).toContain('Nguyễn Thị Lan');
        expect(history(app.workspace.db).entries[0]!.user).toBe('Nguyễn Thị Lan');
        await page.screenshot({ path: path.join(ARTIFACTS, 'lan-warning.png') });
        // Known from now on in this browser: no form on the next load.
        await page.reload();
        await page.locator('.tree-row').first().waitFor();
        expect(await page.getByTestId('name-form').count()).toBe(0);
      }
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    }
  });
});
