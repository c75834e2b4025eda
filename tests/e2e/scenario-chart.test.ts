/**
 * The plan chart in Chromium: gestures on the "after" tree record operations in the plan (a
 * transfer by drag-and-drop, a merge of two selected units, a dissolution), the boxes show
 * before → after (difference) with tags, and the workspace itself never changes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { getUnit, listUnits } from '../../db/units-repo.ts';
import { ARTIFACTS, openSample, useBrowser, chartAtRest, planTab } from './harness.ts';

const browser = useBrowser();

/** Drags from the visible part of one box to the visible part of another (the svg clips the rest). */
async function dragBox(page: Page, from: Locator, onto: Locator) {
  const svg = (await page.getByTestId('scenario-org-chart').boundingBox())!;
  const spot = async (l: Locator) => {
    const b = (await l.locator('.chart-box').boundingBox())!;
    const x0 = Math.max(b.x, svg.x);
    const x1 = Math.min(b.x + b.width, svg.x + svg.width);
    const y0 = Math.max(b.y, svg.y);
    const y1 = Math.min(b.y + b.height, svg.y + svg.height);
    expect(x1 - x0).toBeGreaterThan(10);
    expect(y1 - y0).toBeGreaterThan(10);
    return { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  };
  const a = await spot(from);
  const b = await spot(onto);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(a.x + ((b.x - a.x) * i) / 10, a.y + ((b.y - a.y) * i) / 10);
  await page.mouse.up();
}

describe('plan chart, end to end in Chromium', () => {
  it('records a transfer, a merge and a dissolution from the chart; before, after and changes only; the baseline stays', async () => {
    const { app, page, errors } = await openSample(browser());
    const baseline = listUnits(app.workspace.db);
    await page.getByRole('tab', { name: 'Phương án' }).click();
    await page.getByLabel('Tên phương án mới').fill('PA sơ đồ');
    await page.getByRole('button', { name: 'Tạo phương án' }).click();
    const chart = page.getByTestId('scenario-chart');
    const box = (code: string) => chart.locator(`.chart-node[data-chart-code="${code}"]`);
    const ops = page.getByTestId('scenario-ops');
    // Read in the "Chỉ số" tab, then back to the chart (as it was left: its year, mode, open units and zoom).
    const psusIn2030 = async () => {
      await planTab(page, 'Chỉ số');
      const cells = await page
        .getByTestId('scenario-metrics')
        .locator('tr', { hasText: 'Đơn vị sự nghiệp' })
        .first()
        .locator('td')
        .allTextContents();
      await planTab(page, 'Sơ đồ');
      return cells.at(-1);
    };
    await box('HG').waitFor();
    const psusBefore = Number(await psusIn2030());
    await chart.scrollIntoViewIfNeeded();
    expect(await chart.getByRole('radio', { name: 'Sau' }).getAttribute('aria-checked')).toBe('true');
    expect(await chart.getByLabel('Năm của sơ đồ').inputValue()).toBe('2024');

    // Find the auction centre without accents: Sở Tư pháp opens, the box is selected and centred.
    await chart.getByTestId('scenario-chart-search').fill('dich vu dau gia');
    await chart.getByTestId('scenario-chart-search').press('Enter');
    await box('HG.STP.TTDVDG').waitFor();
    await expect.poll(() => chart.getByTestId('scenario-chart-selection').textContent()).toBe('Đã chọn 1 đơn vị');
    expect(await box('HG.STP.TTDVDG').textContent()).toContain('Biên chế: 5 → 5 (0)');
    await chartAtRest(page);

    // A PSU cannot go under a PSU: the back end refuses, the message is shown, nothing is recorded.
    await dragBox(page, box('HG.STP.TTTGPL'), box('HG.STP.TTDVDG'));
    await expect
      .poll(() => chart.locator('.chart-error').textContent())
      .toBe('Thao tác 1 (Điều chuyển): Không thể đặt Đơn vị sự nghiệp dưới Đơn vị sự nghiệp.');
    expect(await ops.locator('ol > li').count()).toBe(0);

    // Drag it onto Sở Tài chính: a transfer in 2024, in the plan's list and in the changes.
    await chart.getByRole('button', { name: 'Thu nhỏ' }).click();
    await chart.getByRole('button', { name: 'Thu nhỏ' }).click();
    await chartAtRest(page);
    await dragBox(page, box('HG.STP.TTDVDG'), box('HG.STC'));
    await expect
      .poll(() => ops.locator('ol > li > span').allTextContents())
      .toEqual(['2024: chuyển Trung tâm Dịch vụ đấu giá tài sản về trực thuộc Sở Tài chính']);
    expect(await chart.getByRole('status').textContent()).toBe(
      'Đã ghi vào phương án: 2024: chuyển Trung tâm Dịch vụ đấu giá tài sản về trực thuộc Sở Tài chính',
    );
    await expect.poll(() => box('HG.STP.TTDVDG').getAttribute('data-parent-code')).toBe('HG.STC');
    expect(await box('HG.STP.TTDVDG').locator('.chart-kind').textContent()).toBe('Đơn vị sự nghiệp · Điều chuyển');
    expect(await box('HG.STP.TTDVDG').getAttribute('class')).toContain('scn-moved');
    await planTab(page, 'Bảng');
    const changes = page.getByTestId('scenario-changes');
    await expect.poll(() => changes.locator('tbody tr').count()).toBe(1);
    expect(await changes.locator('tbody tr').textContent()).toMatch(
      /^Trung tâm Dịch vụ đấu giá tài sản \(HG\.STP\.TTDVDG\)Thay đổi.*Sở Tư pháp → Sở Tài chính/,
    );
    await planTab(page, 'Sơ đồ');

    // Changes only: the moved unit, tagged, with its new parent and the top.
    await chart.getByRole('radio', { name: 'Chỉ thay đổi' }).click();
    await expect
      .poll(() => chart.locator('.chart-node').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart-code'))))
      .toEqual(['HG', 'HG.STC', 'HG.STP.TTDVDG']);
    expect(await box('HG.STP.TTDVDG').textContent()).toContain('Điều chuyển');
    // Gestures are for the "after" tree only.
    expect(await chart.getByRole('button', { name: 'Hợp nhất…' }).isDisabled()).toBe(true);
    await chart.getByRole('radio', { name: 'Sau' }).click();

    // Select two museums/libraries (Ctrl+click the second) and merge them into the museum.
    await chart.getByTestId('scenario-chart-search').fill('bao tang tinh');
    await chart.getByTestId('scenario-chart-search').press('Enter');
    await box('HG.SVHTTDL.THUVIEN').waitFor();
    await chartAtRest(page);
    await box('HG.SVHTTDL.THUVIEN').click({ modifiers: ['Control'] });
    await expect.poll(() => chart.getByTestId('scenario-chart-selection').textContent()).toBe('Đã chọn 2 đơn vị');
    await chart.getByRole('button', { name: 'Hợp nhất…' }).click();
    // The selection opens the merge wizard with both units chosen; the museum remains.
    const dialog = page.getByRole('dialog', { name: 'Hợp nhất đơn vị' });
    await expect.poll(() => dialog.getByTestId('merge-chips').locator('li').count()).toBe(2);
    expect(await dialog.getByLabel('Năm').inputValue()).toBe('2024');
    await dialog.getByRole('button', { name: 'Tiếp tục' }).click();
    await dialog.getByLabel('Hợp nhất vào một đơn vị đã chọn (đơn vị đó giữ lại)').check();
    await dialog.locator('#merge-keep').selectOption('HG.SVHTTDL.BTANG');
    await dialog.getByRole('button', { name: 'Tiếp tục' }).click();
    const preview = dialog.getByTestId('merge-preview');
    await expect
      .poll(() => preview.locator('tr[data-field="publicEmployeeQuota"] td').allTextContents())
      .toEqual(['Số người làm việc được giao (NSNN)', '15', '15', '30', '30']);
    expect(await preview.textContent()).toContain('Không còn sau hợp nhất: Thư viện tỉnh.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-chart-merge.png') });
    await dialog.getByRole('button', { name: 'Xác nhận, thêm vào phương án' }).click();
    await expect.poll(() => box('HG.SVHTTDL.THUVIEN').count()).toBe(0);
    expect(await box('HG.SVHTTDL.BTANG').locator('.chart-numbers').first().textContent()).toBe(
      'Biên chế: 15 → 30 (+15)',
    );
    expect(await box('HG.SVHTTDL.BTANG').textContent()).toContain('Thay đổi');
    await expect.poll(() => ops.locator('ol > li').count()).toBe(2);

    // Dissolve the tourism promotion centre with no receiving unit: its staff leave the payroll.
    await chart.getByTestId('scenario-chart-search').fill('xuc tien du lich');
    await chart.getByTestId('scenario-chart-search').press('Enter');
    await chartAtRest(page);
    await box('HG.SVHTTDL.TTXTDL').click();
    await expect.poll(() => chart.getByTestId('scenario-chart-selection').textContent()).toBe('Đã chọn 1 đơn vị');
    // "Chia tách…" opens the split form on the selected unit (closed here without storing).
    await chart.getByRole('button', { name: 'Chia tách…' }).click();
    const split = page.getByRole('dialog', { name: 'Chia tách đơn vị' });
    await expect
      .poll(() => split.getByTestId('split-unit').textContent())
      .toBe('Trung tâm Xúc tiến du lịch (HG.SVHTTDL.TTXTDL)');
    await page.keyboard.press('Escape');
    await expect.poll(() => split.count()).toBe(0);
    await chart.getByRole('button', { name: 'Giải thể…' }).click();
    const dissolve = page.getByRole('dialog', { name: 'Giải thể Trung tâm Xúc tiến du lịch (năm 2024)' });
    expect(await dissolve.getByTestId('dissolve-receiver').inputValue()).toBe('');
    expect(await dissolve.textContent()).toMatch(/Không có đơn vị nhận: \d+ người ra khỏi biên chế \(tinh giản\)/);
    await expect
      .poll(() => dissolve.getByTestId('op-preview').textContent())
      .toContain('Trung tâm Xúc tiến du lịch (HG.SVHTTDL.TTXTDL) — Không còn');
    await dissolve.getByRole('button', { name: 'Ghi vào phương án' }).click();
    await expect.poll(() => box('HG.SVHTTDL.TTXTDL').count()).toBe(0);
    await expect.poll(() => ops.locator('ol > li').count()).toBe(3);
    expect(await ops.locator('ol > li > span').last().textContent()).toBe(
      '2024: giải thể Trung tâm Xúc tiến du lịch, người lao động ra khỏi biên chế (tinh giản)',
    );
    // The tab's metrics follow: two PSUs fewer by 2030.
    await expect.poll(psusIn2030).toBe(String(psusBefore - 2));

    // Changes only: the gone units as struck-out ghosts under their former parent.
    await chart.getByRole('radio', { name: 'Chỉ thay đổi' }).click();
    await box('HG.SVHTTDL.THUVIEN').waitFor();
    for (const code of ['HG.SVHTTDL.THUVIEN', 'HG.SVHTTDL.TTXTDL']) {
      expect(await box(code).getAttribute('class')).toContain('scn-removed');
      expect(await box(code).getAttribute('data-parent-code')).toBe('HG.SVHTTDL');
      expect(await box(code).locator('.chart-kind').textContent()).toBe('Đơn vị sự nghiệp · Không còn');
    }
    expect(await box('HG.SVHTTDL.THUVIEN').locator('.chart-numbers').first().textContent()).toBe(
      'Biên chế: 15 → — (−15)',
    );
    // Over the whole window the small tree fits and stays readable.
    await chart.getByRole('button', { name: 'Toàn màn hình' }).click();
    await chartAtRest(page);
    const inWindow = (await box('HG.SVHTTDL.THUVIEN').locator('.chart-box').boundingBox())!;
    expect(inWindow.width).toBeGreaterThan(180); // drawn at 0.7× or more
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-chart-changes.png') });
    await chart.getByRole('button', { name: 'Thu về' }).click();

    // Before: the baseline tree, every box telling what the plan will do to it.
    await chart.getByRole('radio', { name: 'Trước' }).click();
    await expect.poll(() => box('HG.STP.TTDVDG').getAttribute('data-parent-code')).toBe('HG.STP');
    expect(await box('HG.SVHTTDL.THUVIEN').textContent()).toContain('Không còn');
    expect(await box('HG.SVHTTDL.BTANG').locator('.chart-numbers').first().textContent()).toBe(
      'Biên chế: 15 → 30 (+15)',
    );
    await chart.getByTestId('scenario-chart-search').fill('bao tang tinh');
    await chart.getByTestId('scenario-chart-search').press('Enter');
    await chartAtRest(page);
    await chart.screenshot({ path: path.join(ARTIFACTS, 'scenario-chart-before.png') });

    // The workspace is the baseline still: its units, its own chart.
    expect(listUnits(app.workspace.db)).toEqual(baseline);
    expect(getUnit(app.workspace.db, 'HG.STP.TTDVDG')?.parentCode).toBe('HG.STP');
    await page.getByRole('tab', { name: 'Sơ đồ tổ chức' }).click();
    await page.getByTestId('chart-search').fill('thu vien tinh');
    await page.getByTestId('chart-search').press('Enter');
    const wsBox = (code: string) => page.getByTestId('org-chart').locator(`.chart-node[data-chart-code="${code}"]`);
    await wsBox('HG.SVHTTDL.THUVIEN').waitFor();
    expect(await wsBox('HG.SVHTTDL.BTANG').locator('.chart-numbers').textContent()).toMatch(/VC \d+\/15 /); // not 30
    await page.getByTestId('chart-search').fill('dich vu dau gia');
    await page.getByTestId('chart-search').press('Enter');
    await expect.poll(() => wsBox('HG.STP.TTDVDG').getAttribute('data-parent-code')).toBe('HG.STP');

    // A locked plan takes no gestures.
    await page.getByRole('tab', { name: 'Phương án' }).click();
    await page.locator('.scenario-list button', { hasText: 'PA sơ đồ' }).click();
    await page.getByRole('button', { name: 'Khóa (đã duyệt)' }).click();
    await expect
      .poll(() => chart.locator('.chart-hint').last().textContent())
      .toBe('Phương án đã khóa (đã duyệt): không ghi thêm thao tác.');
    await chart.getByRole('radio', { name: 'Sau' }).click();
    expect(await chart.getByRole('button', { name: 'Giải thể…' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  }, 120_000);
});
