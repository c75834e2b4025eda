/** Browser mode opened to the local network says so on every page; served locally it does not. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, serveWorkspace, useBrowser, watchErrors } from './harness.ts';

const browser = useBrowser();

describe('local network opt-in, in Chromium', () => {
  it('shows a warning banner only when served with --lan', async () => {
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
      await page.locator('.tree-row').first().waitFor();
      expect(await page.getByTestId('lan-warning').count()).toBe(lan ? 1 : 0);
      if (lan) {
        expect(await page.getByTestId('lan-warning').textContent()).toContain('Đang mở cho mạng nội bộ');
        await page.screenshot({ path: path.join(ARTIFACTS, 'lan-warning.png') });
      }
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    }
  });
});
