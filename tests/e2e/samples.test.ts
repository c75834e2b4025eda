/** The bundled samples in Chromium: Tệp → Tạo mới offers the two-tier city; the Hậu Giang sample's plan is imported from the Phương án tab. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { generateCanTho2025 } from '../../shared/sample/can-tho-2025.ts';
import { hauGiangTwoTierPlan } from '../../shared/sample/hau-giang-two-tier-plan.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, useBrowser, serveWorkspace } from './harness.ts';

const browser = useBrowser();

describe('samples, end to end in Chromium', () => {
  it('imports the sample plan on Hậu Giang, then creates the can-tho-2025 city, where that plan is not offered', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'hau-giang.tinhgon');
    createWorkspace(file, sampleMeta(), generateSampleProvince()).close();
    const app = await serveWorkspace(file, path.join(dir, 'recent.json'));
    const page = await browser().newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(app.server.openUrl);
    await page.locator('.tree-row').first().waitFor();

    await page.getByRole('tab', { name: 'Phương án' }).click();
    const offer = page.getByRole('button', { name: 'Nhập phương án mẫu: Sắp xếp theo mô hình hai cấp (2025)' });
    await offer.click();
    const count = hauGiangTwoTierPlan(generateSampleProvince()).operations.length;
    await expect
      .poll(() => page.locator('.scenario-list').textContent())
      .toContain(`Sắp xếp theo mô hình hai cấp (2025) (${count} thao tác)`);
    await expect
      .poll(() => page.getByTestId('scenario-ops').locator('ol > li > span').first().textContent())
      .toBe('01/03/2025: hợp nhất Sở Tài chính, Sở Kế hoạch và Đầu tư thành Sở Tài chính');
    await page.screenshot({ path: path.join(ARTIFACTS, 'sample-plan-1366.png') });
    // Twice: refused by its name, nothing added.
    await offer.click();
    await expect
      .poll(() => page.locator('.scenario-pane .form-error').textContent())
      .toContain('Sắp xếp theo mô hình hai cấp (2025)');

    await page.getByRole('button', { name: 'Tệp ▾' }).click();
    await page.getByRole('menuitem', { name: 'Tạo tệp dữ liệu mới…' }).click();
    await page.getByTestId('file-path').fill(path.join(dir, 'can-tho'));
    await page.getByTestId('sample-choice').selectOption('can-tho-2025');
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    const info = page.getByTestId('workspace-info');
    await expect.poll(() => info.textContent()).toContain('thành phố Cần Thơ');
    expect(await info.textContent()).toContain(`${generateCanTho2025().length.toLocaleString('vi-VN')} đơn vị`);
    expect(await info.textContent()).toContain('Năm gốc: 2025');
    expect(await page.locator('.sample-badge').textContent()).toBe('Số liệu minh họa');
    await page.getByRole('tab', { name: 'Phương án' }).click();
    await page.getByLabel('Tên phương án mới').waitFor();
    expect(await page.getByRole('button', { name: /^Nhập phương án mẫu/ }).count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'sample-can-tho-1366.png') });
    await page.close();
    await app.stop();
  });
});
