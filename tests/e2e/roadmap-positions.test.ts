/**
 * The roadmap's exits keyed by job position, in Chromium (issue 21): exits of one hospital, year
 * and reason naming different positions are rows of their own under the unit's row (which keeps
 * those naming none, "chưa gắn vị trí việc làm"); entering, changing and clearing one keeps the
 * others, and a reload shows them as entered.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getScenario } from '../../db/scenarios-repo.ts';
import { ARTIFACTS, importPositions, newPlan, openSample, pickUnit, planTab, useBrowser } from './harness.ts';

const browser = useBrowser();
const HOSPITAL = 'HG.SYT.BVLBP'; // Bệnh viện Lao và Bệnh phổi
const NAME = 'Bệnh viện Lao và Bệnh phổi';

describe('roadmap exits by job position, end to end in Chromium', () => {
  it(
    'keeps one cell per position and one for exits naming none, each entered, changed and cleared apart, across a reload',
    {
      timeout: 180_000,
    },
    async () => {
      const { app, page, errors } = await openSample(browser(), { width: 1600, height: 1000 });
      await importPositions(
        page,
        [
          `${HOSPITAL};Giám đốc;1;;Biên chế;1;1`,
          `${HOSPITAL};Bác sĩ;2;Bác sĩ hạng III;Biên chế;10;9`,
          `${HOSPITAL};Điều dưỡng;2;Điều dưỡng hạng IV;Biên chế;8;8`,
        ],
        'Đã nhập 3 vị trí việc làm của 1 đơn vị',
      );
      const plan = 'Lộ trình theo vị trí việc làm';
      const { ops } = await newPlan(page, plan);
      const stored = () =>
        getScenario(app.workspace.db, plan).operations.flatMap((o) =>
          o.type === 'staffExit' ? [[o.year, o.publicEmployees, o.position ?? null]] : [],
        );

      await planTab(page, 'Lộ trình');
      const roadmap = page.getByTestId('scenario-roadmap');
      const grid = roadmap.getByTestId('roadmap-grid');
      const row = (id: string) => grid.locator(`.ag-row[row-id="${id}"]`);
      const cellText = async (id: string, year: number) =>
        (await row(id).locator(`.ag-cell[col-id="${year}"] b`).first().textContent())?.trim();
      const type = async (id: string, year: number, value: string) => {
        await row(id).locator(`.ag-cell[col-id="${year}"]`).click();
        const editor = grid.locator('.ag-cell-inline-editing input');
        await editor.fill(value);
        await editor.press('Enter');
      };
      await pickUnit(roadmap, 'Thêm đơn vị vào lộ trình', HOSPITAL);
      await roadmap.getByLabel('Lọc theo tên hoặc mã…').fill(HOSPITAL);
      const position = roadmap.getByTestId('roadmap-position');

      // Two doctors and one nurse retire in 2026: typed on the unit's row with each position, two rows appear.
      await position.fill('Bác sĩ');
      await type(HOSPITAL, 2026, '2');
      await row(`${HOSPITAL}#bác sĩ`).waitFor();
      await position.fill('Điều dưỡng');
      await type(HOSPITAL, 2026, '1');
      await row(`${HOSPITAL}#điều dưỡng`).waitFor();
      // One more naming none: the unit's own row, now "chưa gắn vị trí việc làm".
      await position.fill('');
      await type(HOSPITAL, 2026, '3');
      await expect.poll(stored).toEqual([
        [2026, 2, 'Bác sĩ'],
        [2026, 1, 'Điều dưỡng'],
        [2026, 3, null],
      ]);
      await expect
        .poll(() => row(HOSPITAL).locator('[col-id="name"]').textContent())
        .toBe(`${NAME} — chưa gắn vị trí việc làm`);
      expect(await row(`${HOSPITAL}#bác sĩ`).locator('[col-id="name"]').textContent()).toBe(`${NAME} — Bác sĩ`);
      await expect
        .poll(async () => [await cellText(HOSPITAL, 2026), await cellText(`${HOSPITAL}#bác sĩ`, 2026)])
        .toEqual(['3', '2']);
      await expect.poll(() => cellText(`${HOSPITAL}#điều dưỡng`, 2026)).toBe('1');
      await page.screenshot({ path: path.join(ARTIFACTS, 'roadmap-positions.png') });

      // Changing the doctors' cell (whatever position is typed) keeps the nurse's and the unassigned exits.
      await position.fill('Điều dưỡng');
      await type(`${HOSPITAL}#bác sĩ`, 2026, '1');
      await expect.poll(stored).toEqual([
        [2026, 1, 'Bác sĩ'],
        [2026, 1, 'Điều dưỡng'],
        [2026, 3, null],
      ]);
      // Clearing the nurse's cell removes that exit only; its row goes with it.
      await type(`${HOSPITAL}#điều dưỡng`, 2026, '');
      await expect.poll(stored).toEqual([
        [2026, 1, 'Bác sĩ'],
        [2026, 3, null],
      ]);
      await expect.poll(() => row(`${HOSPITAL}#điều dưỡng`).count()).toBe(0);
      await expect
        .poll(() => roadmap.getByTestId('roadmap-positions-left').locator('li').allTextContents())
        .toEqual([`2026 — ${NAME}: Bác sĩ: 1; 3 người chưa gắn vị trí việc làm (lượt rời không ghi vị trí)`]);

      // The targets view: the public-employee target says what the hospital's positions justify (1 + 10 + 8) beside the quota.
      await planTab(page, 'Mục tiêu');
      const target = page.locator('[data-testid="scenario-targets"] tr[data-target="kl40-2026-public-employees"]');
      await expect
        .poll(() => target.getByTestId('target-positions-line').textContent())
        .toMatch(
          /^Biên chế giao [\d.]+ · theo VTVL 19 \(chỉ 1\/\d+ đơn vị có vị trí việc làm; biên chế giao của các đơn vị này: \d+\)$/,
        );
      await target.locator('summary').click();
      expect(await target.getByTestId('target-positions-years').locator('li').count()).toBeGreaterThan(1);
      await target.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'roadmap-positions-targets.png') });

      // A reload shows them as entered: the rows, the cells and the list of exits.
      await page.reload();
      // The page opens again on the view shown last (the plan page).
      await page.getByRole('tab', { name: 'Phương án' }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(2);
      await planTab(page, 'Lộ trình');
      await roadmap.getByLabel('Lọc theo tên hoặc mã…').fill(HOSPITAL);
      await row(`${HOSPITAL}#bác sĩ`).waitFor();
      await expect
        .poll(async () => [await cellText(HOSPITAL, 2026), await cellText(`${HOSPITAL}#bác sĩ`, 2026)])
        .toEqual(['3', '1']);
      expect(await roadmap.getByTestId('roadmap-entered').locator('li').allTextContents()).toEqual([
        expect.stringContaining('rời vị trí việc làm «Bác sĩ»'),
        expect.not.stringContaining('rời vị trí việc làm'),
      ]);
      await grid.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'roadmap-positions-reloaded.png') });
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
  );
});
