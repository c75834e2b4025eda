/**
 * The plan as a grid in Chromium ("Bảng" of the plan chart): a row dragged onto another records a
 * transfer (a refused one is said and stores nothing), ticked rows open the merge wizard, one row is
 * dissolved; the selection is the chart's; the workspace's own grid keeps the baseline.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getUnit, listUnits } from '../../db/units-repo.ts';
import { ARTIFACTS, dragGridRow, newPlan, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('plan grid, end to end in Chromium', () => {
  it('records a transfer by row drag, refuses a bad one, merges ticked rows, dissolves one; the baseline stays', async () => {
    const { app, page, errors } = await openSample(browser());
    const baseline = listUnits(app.workspace.db);
    const { ops } = await newPlan(page, 'PA bảng');
    const panel = page.getByTestId('scenario-chart');
    await panel.locator('.chart-node[data-chart-code="HG"]').waitFor();
    await panel.getByRole('radio', { name: 'Bảng' }).click();
    const grid = panel.getByTestId('scenario-grid');
    const row = (code: string) => grid.locator(`.ag-row[row-id="${code}"]`);
    // Pinned and scrolling parts of a row share its row-id: a cell is found by its column.
    const cell = (code: string, col: string) => grid.locator(`.ag-row[row-id="${code}"] [col-id="${col}"]`);
    const openRow = async (code: string) => {
      await row(code).locator('.toggle[aria-expanded="false"]').click();
      await row(code).locator('.toggle[aria-expanded="true"]').waitFor();
    };
    await row('HG.STP').first().waitFor();
    await grid.scrollIntoViewIfNeeded();
    expect(await panel.getByRole('radio', { name: 'Sau' }).getAttribute('aria-checked')).toBe('true');
    expect(await cell('HG.STP', 'kind').textContent()).toBe('Sở, ban, ngành');
    expect(await panel.locator('.chart-hint').last().textContent()).toContain('Kéo một dòng');

    // Sở Tư pháp opens under its toggle; each row gives quota and staff as current → plan (difference).
    await openRow('HG.STP');
    await row('HG.STP.TTDVDG').first().waitFor();
    expect(await cell('HG.STP.TTDVDG', 'quota').textContent()).toBe('5 → 5 (0)');
    expect(await cell('HG.STP.TTDVDG', 'status').textContent()).toBe('');

    // A department cannot go under a PSU: the back end's refusal is said, nothing is recorded.
    await dragGridRow(page, grid, 'HG.STC', 'HG.STP.TTDVDG', 'name');
    await expect
      .poll(() => panel.locator('.chart-error').textContent())
      .toBe('Thao tác 1 (Điều chuyển): Không thể đặt Sở, ban, ngành dưới Đơn vị sự nghiệp.');
    expect(await ops.locator('ol > li').count()).toBe(0);
    expect(getUnit(app.workspace.db, 'HG.STC')?.parentCode).toBe('HG');
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-grid-refused.png') });

    // Drag the auction centre onto Sở Tài chính: a transfer in 2024, tagged, under its new parent.
    await dragGridRow(page, grid, 'HG.STP.TTDVDG', 'HG.STC', 'name');
    await expect
      .poll(() => ops.locator('ol > li > span').allTextContents())
      .toEqual(['2024: chuyển Trung tâm Dịch vụ đấu giá tài sản về trực thuộc Sở Tài chính']);
    expect(await panel.getByRole('status').textContent()).toBe(
      'Đã ghi vào phương án: 2024: chuyển Trung tâm Dịch vụ đấu giá tài sản về trực thuộc Sở Tài chính',
    );
    await expect.poll(() => cell('HG.STP.TTDVDG', 'status').textContent()).toBe('Điều chuyển');
    // Shown where it now is: right under Sở Tài chính's rows, one level deeper (HG.STC opened to reveal it).
    const order = async () =>
      grid
        .locator('.ag-row:has([col-id="name"])')
        .evaluateAll((els) =>
          els
            .sort((a, b) => Number(a.getAttribute('row-index')) - Number(b.getAttribute('row-index')))
            .map((e) => e.getAttribute('row-id')),
        );
    const codes = await order();
    const stc = codes.indexOf('HG.STC');
    expect(codes.indexOf('HG.STP.TTDVDG')).toBeGreaterThan(stc);
    expect(codes.slice(stc + 1, codes.indexOf('HG.STP.TTDVDG')).every((c) => c!.startsWith('HG.STC.'))).toBe(true);
    expect(await row('HG.STP.TTDVDG').first().getAttribute('class')).toContain('scn-row-moved');
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-grid-transfer.png') });

    // Tick the museum and Ctrl+click the library: the selection is the chart's too.
    await openRow('HG.SVHTTDL');
    await row('HG.SVHTTDL.THUVIEN').first().waitFor();
    await row('HG.SVHTTDL.BTANG').locator('.ag-selection-checkbox input').click();
    await cell('HG.SVHTTDL.THUVIEN', 'quota').click({ modifiers: ['Control'] });
    await expect.poll(() => panel.getByTestId('scenario-chart-selection').textContent()).toBe('Đã chọn 2 đơn vị');
    // The grid's ticks follow the selection after the render that shows it (an effect), so wait for them.
    await expect.poll(() => row('HG.SVHTTDL.THUVIEN').first().getAttribute('class')).toContain('ag-row-selected');
    await panel.getByRole('radio', { name: 'Sơ đồ' }).click();
    await expect
      .poll(() =>
        panel
          .locator('.chart-node.selected')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-chart-code')).sort()),
      )
      .toEqual(['HG.SVHTTDL.BTANG', 'HG.SVHTTDL.THUVIEN']);
    await panel.getByRole('radio', { name: 'Bảng' }).click();
    await expect.poll(() => row('HG.SVHTTDL.BTANG').first().getAttribute('class')).toContain('ag-row-selected');

    // Merge them through the wizard, into the museum.
    await panel.getByRole('button', { name: 'Hợp nhất…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hợp nhất đơn vị' });
    await expect.poll(() => dialog.getByTestId('merge-chips').locator('li').count()).toBe(2);
    await dialog.getByRole('button', { name: 'Tiếp tục' }).click();
    await dialog.getByLabel('Hợp nhất vào một đơn vị đã chọn (đơn vị đó giữ lại)').check();
    await dialog.locator('#merge-keep').selectOption('HG.SVHTTDL.BTANG');
    await dialog.getByRole('button', { name: 'Tiếp tục' }).click();
    await dialog.getByTestId('merge-preview').waitFor();
    await dialog.getByRole('button', { name: 'Xác nhận, thêm vào phương án' }).click();
    await expect.poll(() => row('HG.SVHTTDL.THUVIEN').count()).toBe(0);
    await expect.poll(() => cell('HG.SVHTTDL.BTANG', 'quota').textContent()).toBe('15 → 30 (+15)');
    expect(await cell('HG.SVHTTDL.BTANG', 'status').textContent()).toBe('Thay đổi');
    expect(await cell('HG.SVHTTDL.BTANG', 'field.publicEmployeeQuota').textContent()).toBe('15 → 30');
    expect(await cell('HG.SVHTTDL.BTANG', 'quota').getAttribute('class')).toContain('scn-delta');
    await expect.poll(() => ops.locator('ol > li').count()).toBe(2);
    expect(await panel.getByTestId('scenario-chart-selection').count()).toBe(0);

    // Dissolve the tourism promotion centre (a plain click selects it alone).
    await cell('HG.SVHTTDL.TTXTDL', 'quota').click();
    await expect.poll(() => panel.getByTestId('scenario-chart-selection').textContent()).toBe('Đã chọn 1 đơn vị');
    expect(await panel.getByRole('button', { name: 'Hợp nhất…' }).isDisabled()).toBe(true);
    await panel.getByRole('button', { name: 'Giải thể…' }).click();
    const dissolve = page.getByRole('dialog', { name: 'Giải thể Trung tâm Xúc tiến du lịch (năm 2024)' });
    await expect
      .poll(() => dissolve.getByTestId('op-preview').textContent())
      .toContain('Trung tâm Xúc tiến du lịch (HG.SVHTTDL.TTXTDL) — Không còn');
    await dissolve.getByRole('button', { name: 'Ghi vào phương án' }).click();
    await expect.poll(() => row('HG.SVHTTDL.TTXTDL').count()).toBe(0);
    await expect.poll(() => ops.locator('ol > li').count()).toBe(3);
    expect(await ops.locator('ol > li > span').last().textContent()).toBe(
      '2024: giải thể Trung tâm Xúc tiến du lịch, người lao động ra khỏi biên chế (tinh giản)',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-grid-after.png') });
    // Over the whole window every column is in view.
    await panel.getByRole('button', { name: 'Toàn màn hình' }).click();
    await panel.getByRole('button', { name: 'Thu về' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-grid-maximized.png') });
    await panel.getByRole('button', { name: 'Thu về' }).click();

    // Changes only: the gone units greyed out, struck out and tagged; no gesture there.
    await panel.getByRole('radio', { name: 'Chỉ thay đổi' }).click();
    await expect.poll(() => cell('HG.SVHTTDL.THUVIEN', 'status').textContent()).toBe('Không còn');
    expect(await row('HG.SVHTTDL.THUVIEN').first().getAttribute('class')).toContain('scn-row-removed');
    expect(await cell('HG.SVHTTDL.THUVIEN', 'quota').textContent()).toBe('15 → — (−15)');
    expect(await grid.locator('.ag-drag-handle:visible').count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Giải thể…' }).isDisabled()).toBe(true);
    await grid.screenshot({ path: path.join(ARTIFACTS, 'scenario-grid-changes.png') });
    // Before: the baseline's tree, each row telling what the plan does to it.
    // Found without accents, the row is selected and scrolled to.
    await panel.getByRole('radio', { name: 'Trước' }).click();
    await panel.getByTestId('scenario-chart-search').fill('thu vien tinh');
    await panel.getByTestId('scenario-chart-search').press('Enter');
    await expect.poll(() => panel.getByTestId('scenario-chart-selection').textContent()).toBe('Đã chọn 1 đơn vị');
    await expect.poll(() => cell('HG.SVHTTDL.THUVIEN', 'status').textContent()).toBe('Không còn');
    expect(await cell('HG.SVHTTDL.BTANG', 'field.publicEmployeeQuota').textContent()).toBe('15 → 30');

    // The workspace itself is the baseline still, in the database and in its own grid.
    expect(listUnits(app.workspace.db)).toEqual(baseline);
    await page.getByRole('tab', { name: 'Bảng số liệu' }).click();
    const wsRow = (code: string) => page.locator(`.grid-pane .ag-row[row-id="${code}"]`);
    await wsRow('HG.SVHTTDL').first().waitFor();
    await wsRow('HG.SVHTTDL').locator('.toggle[aria-expanded="false"]').click();
    await wsRow('HG.SVHTTDL.THUVIEN').first().waitFor();
    expect(
      await page
        .locator('.grid-pane .ag-row[row-id="HG.SVHTTDL.BTANG"] [col-id="own.publicEmployeeQuota"]')
        .textContent(),
    ).toBe('15');
    expect(await wsRow('HG.SVHTTDL.TTXTDL').count()).toBeGreaterThan(0);
    await wsRow('HG.STP').locator('.toggle[aria-expanded="false"]').click();
    await wsRow('HG.STP.TTDVDG').first().waitFor();

    // A locked plan offers no drag handle and no gesture in its grid.
    await page.getByRole('tab', { name: 'Phương án' }).click();
    await page.locator('.scenario-list button', { hasText: 'PA bảng' }).click();
    await page.getByRole('button', { name: 'Khóa (đã duyệt)' }).click();
    await expect
      .poll(() => panel.locator('.chart-hint').last().textContent())
      .toBe('Phương án đã khóa (đã duyệt): không ghi thêm thao tác.');
    await panel.getByRole('radio', { name: 'Sau' }).click();
    await panel.getByRole('radio', { name: 'Bảng' }).click();
    await row('HG.STP').first().waitFor();
    expect(await grid.locator('.ag-drag-handle:visible').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  }, 120_000);
});
