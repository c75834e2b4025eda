/**
 * A file over the upload limit, chosen in the import wizard and in the finance view: the page says
 * the limit (it used to say nothing while the server cut the connection) and nothing is sent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { listUnits } from '../../db/units-repo.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { MAX_UPLOAD_BYTES } from '../../shared/import/limits.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, useBrowser, serveWorkspace } from './harness.ts';

const browser = useBrowser();

describe('an upload over the limit, in Chromium', () => {
  it('the import wizard and the finance view show the limit in MB', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    createWorkspace(file, sampleMeta(), generateSampleProvince()).close();
    const big = path.join(dir, 'qua-lon.csv');
    fs.writeFileSync(big, Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x41));
    const app = await serveWorkspace(file);
    const before = listUnits(app.workspace.db).length;
    const page = await browser().newPage({ viewport: { width: 1400, height: 950 } });
    const calls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/import.') || r.url().includes('/api/finance.import')) calls.push(r.url());
    });
    await page.goto(app.server.openUrl);
    await page.locator('.tree-row').first().waitFor();

    await page.getByRole('button', { name: 'Nhập từ Excel/CSV…' }).click();
    await page.getByTestId('import-file').setInputFiles(big);
    const alert = page.locator('.form-error[role="alert"]');
    await expect
      .poll(() => alert.textContent())
      .toBe('Tệp gửi lên quá lớn: tối đa 48 MB. Hãy chia thành nhiều tệp nhỏ hơn.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'upload-limit.png') });
    await page.locator('.modal-close').click();

    await page.getByRole('tab', { name: 'Tự chủ tài chính' }).click();
    await page.getByTestId('finance-file').setInputFiles(big);
    await expect.poll(() => page.getByTestId('finance-message').textContent()).toContain('tối đa 48 MB');

    expect(calls).toEqual([]);
    expect(listUnits(app.workspace.db)).toHaveLength(before);
  }, 120_000);
});
