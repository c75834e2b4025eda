/**
 * Issue 19, a first-time user's journey through mistakes, in Chromium at 1366×768 and 1920×1080,
 * through the UI only: a refused edit said in words (nothing stored); a tree edit, a plan edit and
 * a finance figure undone and redone in one history (the toolbar and Ctrl+Z / Ctrl+Y); the
 * back end stopped mid-session (the banner, the typed value kept) and started again (the banner
 * goes, the value is saved, the history still there).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getUnit } from '../../db/units-repo.ts';
import { listFigures, yearUnits } from '../../db/finance-repo.ts';
import { listScenarios, getScenario } from '../../db/scenarios-repo.ts';
import { createWorkspace } from '../../db/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';
import { type App, ARTIFACTS, openWorkspacePage, pickUnit, SCREENS, serveWorkspace, useBrowser } from './harness.ts';

const browser = useBrowser();
const QUOTA = 'civilServantQuota';
const ACTUAL = 'civilServantActual';
const PLAN = 'Thử lần đầu';

describe('journey of a first-time user through mistakes, end to end in Chromium', () => {
  it.each(SCREENS)(
    'is refused in words, undoes and redoes across the tree, a plan and a figure, and survives a lost server at $width×$height',
    async (viewport) => {
      const size = `${viewport.width}x${viewport.height}`;
      const file = path.join(tempDir(), 'hg.tinhgon');
      createWorkspace(file, sampleMeta(), generateSampleProvince()).close();
      const opened = await openWorkspacePage(browser(), file, viewport);
      let app: App = opened.app;
      const { page, errors } = opened;
      const shot = (name: string) =>
        page.screenshot({ path: path.join(ARTIFACTS, `journey-mistakes-${name}-${size}.png`) });
      const db = () => app.workspace.db;
      const unit = (code: string) => getUnit(db(), code)!;
      const undo = page.getByRole('button', { name: '↶ Hoàn tác' });
      const redo = page.getByRole('button', { name: '↷ Làm lại' });
      const keys = async (combo: string) => {
        await page.locator('body').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press(combo);
      };
      const gridCell = (code: string, col: string) => page.locator(`.ag-row[row-id="${code}"] [col-id="${col}"]`);

      // A quota typed with a decimal in the unit grid: refused in words naming the unit and the field, nothing stored.
      await gridCell('HG', 'name').locator('.toggle').waitFor();
      await gridCell('HG.SYT', 'name').locator('.toggle').click();
      const target = gridCell('HG.SYT.CCDS', `own.${QUOTA}`);
      await target.waitFor();
      const quota = unit('HG.SYT.CCDS')[QUOTA];
      await target.click();
      await page.locator('.ag-cell-inline-editing input').fill('12,5');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByTestId('unit-grid-error').textContent())
        .toBe(
          `${unit('HG.SYT.CCDS').name}, Biên chế công chức được giao (riêng đơn vị): Phải là số nguyên (không có phần thập phân).`,
        );
      expect(unit('HG.SYT.CCDS')[QUOTA]).toBe(quota);
      expect(await undo.isEnabled()).toBe(false); // a refusal is no step
      await shot('refused');

      // 1. A tree edit: the people in post typed in the grid.
      const actual = unit('HG.SYT.CCDS')[ACTUAL];
      await gridCell('HG.SYT.CCDS', `own.${ACTUAL}`).click();
      await page.locator('.ag-cell-inline-editing input').fill(String(actual + 3));
      await page.keyboard.press('Enter');
      await expect.poll(() => unit('HG.SYT.CCDS')[ACTUAL]).toBe(actual + 3);
      await expect.poll(() => undo.isEnabled()).toBe(true);

      // 2. A plan made, then a plan edit: an operation added.
      await page.getByRole('tab', { name: 'Phương án' }).click();
      await page.getByLabel('Tên phương án mới').fill(PLAN);
      await page.getByRole('button', { name: 'Tạo phương án', exact: true }).click();
      const ops = page.getByTestId('scenario-ops');
      await expect.poll(() => ops.textContent()).toContain('Phương án chưa có thao tác nào.');
      await ops.locator('select').first().selectOption('rename');
      await pickUnit(ops, 'Đơn vị', 'HG.SYT');
      await ops.getByLabel('Tên mới của đơn vị').fill('Sở Y tế và Dân số');
      await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(1);
      const operations = () => getScenario(db(), PLAN).operations.length;
      expect(operations()).toBe(1);

      // 3. A finance figure: the year's unit chosen, then Bệnh viện Tâm thần's A and B typed.
      await page.getByRole('tab', { name: 'Tự chủ tài chính' }).click();
      await page.getByTestId('finance-unit').selectOption('trieu_dong');
      await expect.poll(() => page.getByTestId('finance-unit-line').textContent()).toBe('Đơn vị tính: triệu đồng');
      const year = Number(await page.getByTestId('finance-year').inputValue());
      await page.getByTestId('finance-search').fill('Bệnh viện Tâm thần');
      const revenue = page.locator('.finance-pane .ag-row[row-id="HG.SYT.BVTT"] [col-id="revenue"]');
      await revenue.click();
      await page.locator('.finance-pane .ag-cell-inline-editing input').fill('2,1');
      await page.keyboard.press('Enter');
      // A alone is kept on screen, not stored: B is asked for in words.
      await expect
        .poll(() => page.getByTestId('finance-message').textContent())
        .toContain('Nhập cả Tổng nguồn thu (A)');
      await page.locator('.finance-pane .ag-row[row-id="HG.SYT.BVTT"] [col-id="spending"]').click();
      await page.locator('.finance-pane .ag-cell-inline-editing input').fill('3');
      await page.keyboard.press('Enter');
      const figure = () => listFigures(db(), year).find((f) => f.code === 'HG.SYT.BVTT')?.revenue ?? null;
      await expect.poll(figure).toBe('2100000000000');
      await expect.poll(() => revenue.textContent()).toBe('2,1');

      // The history names each step in words.
      await page.getByRole('tab', { name: 'Lịch sử sửa đổi' }).click();
      const history = page.getByTestId('history-panel');
      await expect.poll(() => history.textContent()).toContain(`Tạo phương án ${PLAN}`);
      expect(await history.textContent()).toContain(`Thêm một thao tác vào phương án ${PLAN}`);
      // Each unit by its name, as the user knows it (the figures' step said the code).
      expect(await history.textContent()).toContain(`Sửa số liệu tài chính của Bệnh viện Tâm thần năm ${year}`);
      expect(await history.textContent()).toContain(`Sửa Công chức hiện có của ${unit('HG.SYT.CCDS').name}`);
      expect((await history.innerText()).match(/\b(edit|err|field)\.[a-zA-Z]+/)).toBeNull();
      await shot('history');

      // Undo, newest first, with the button and Ctrl+Z: the figure, the operation, the plan, the unit, the figure's unit.
      await undo.click();
      await expect.poll(figure).toBe(null);
      await keys('Control+z');
      await expect.poll(() => figureUnitSet(app, year)).toBe(false);
      await keys('Control+z');
      await expect.poll(operations).toBe(0);
      await keys('Control+z');
      await expect.poll(() => listScenarios(db()).length).toBe(0);
      await undo.click();
      await expect.poll(() => unit('HG.SYT.CCDS')[ACTUAL]).toBe(actual);
      await expect.poll(() => undo.isEnabled()).toBe(false);
      await shot('undone');
      // …and redone with Ctrl+Y and the button: everything back.
      await keys('Control+y');
      await expect.poll(() => unit('HG.SYT.CCDS')[ACTUAL]).toBe(actual + 3);
      await keys('Control+y');
      await expect.poll(() => listScenarios(db()).map((s) => s.name)).toEqual([PLAN]);
      await redo.click();
      await expect.poll(operations).toBe(1);
      await keys('Control+y');
      await expect.poll(() => figureUnitSet(app, year)).toBe(true);
      await redo.click();
      await expect.poll(figure).toBe('2100000000000');
      await expect.poll(() => redo.isEnabled()).toBe(false);

      // The back end lost mid-session: a value typed in the unit panel is kept, the banner says so in words.
      await page.getByRole('tab', { name: 'Bảng số liệu' }).first().click();
      await page.getByRole('tab', { name: 'Cây tổ chức' }).click();
      await page.locator('.tree-row', { hasText: 'Sở Y tế' }).first().click();
      const field = page.locator('#f-civilServantActual');
      await field.waitFor();
      const { port, token } = app.server;
      await app.stop();
      await field.fill('123');
      await field.press('Enter');
      const banner = page.getByTestId('connection-lost');
      await banner.waitFor();
      expect(await banner.textContent()).toBe('Mất kết nối với TinhGon — đang thử lại…');
      expect(await field.inputValue()).toBe('123');
      expect(await page.locator('body').textContent()).not.toMatch(/Failed to fetch|dữ liệu không hợp lệ/);
      await shot('lost');

      // Started again on the same address: the banner goes, the value is saved, the history is still there.
      app = await serveWorkspace(file, null, { port, token });
      await banner.waitFor({ state: 'detached' });
      const panel = page.getByTestId('unit-panel');
      await expect.poll(() => panel.locator('.panel-status').textContent()).toContain('Đã lưu');
      await expect.poll(() => unit('HG.SYT')[ACTUAL]).toBe(123);
      expect(await field.inputValue()).toBe('123');
      await shot('back');
      await undo.click();
      await expect.poll(() => unit('HG.SYT')[ACTUAL]).not.toBe(123);
      await expect.poll(() => field.inputValue()).not.toBe('123');
      expect(figure()).toBe('2100000000000'); // only the last step undone
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
    120_000,
  );
});

/** Whether the year's amounts have a unit chosen (the step the finance grid's unit choice makes). */
const figureUnitSet = (app: App, year: number): boolean => yearUnits(app.workspace.db).has(year);
