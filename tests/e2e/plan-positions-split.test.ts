/**
 * Job positions through a plan, in Chromium: the quota a hospital's positions justify beside its
 * quota in the plan grid and on its chart box, a roadmap exit naming the position it leaves, and a
 * split whose parts' divided positions the officer reduces.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { getScenario } from '../../db/scenarios-repo.ts';
import {
  ARTIFACTS,
  chartAtRest,
  importPositions,
  newPlan,
  openSample,
  pickUnit,
  planTab,
  useBrowser,
} from './harness.ts';

const browser = useBrowser();
const HOSPITAL = 'HG.SYT.BVLBP'; // Bệnh viện Lao và Bệnh phổi

/** The rows of a positions box as [name, needed, present]. */
const rowsOf = async (box: Locator) => {
  const rows = box.getByTestId('position-row');
  const out: Array<[string, number, number]> = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push([
      await row.getByLabel('Vị trí', { exact: true }).inputValue(),
      Number(await row.getByLabel('Cần', { exact: true }).inputValue()),
      Number(await row.getByLabel('Hiện có', { exact: true }).inputValue()),
    ]);
  }
  return out;
};

describe('job positions through a plan, end to end in Chromium', () => {
  it(
    'shows the justified quota in the plan grid and chart, names the position an exit leaves, and reduces a split’s parts',
    { timeout: 180_000 },
    async () => {
      const { app, page, errors } = await openSample(browser(), { width: 1600, height: 1100 });
      await importPositions(
        page,
        [
          `${HOSPITAL};Giám đốc;1;;Biên chế;1;1`,
          `${HOSPITAL};Bác sĩ;2;Bác sĩ hạng III;Biên chế;10;9`,
          `${HOSPITAL};Điều dưỡng;2;Điều dưỡng hạng IV;Biên chế;8;8`,
          `${HOSPITAL};Bảo vệ;3;;Hợp đồng;2;2`,
        ],
        'Đã nhập 4 vị trí việc làm của 1 đơn vị',
      );
      const { ops } = await newPlan(page, 'Vị trí việc làm trong phương án');

      // The plan grid: the quota the positions counted in the quota justify (1 + 10 + 8), beside the quota.
      const panel = page.getByTestId('scenario-chart');
      await panel.locator('.chart-node[data-chart-code="HG"]').waitFor();
      await panel.getByRole('radio', { name: 'Bảng' }).click();
      const grid = panel.getByTestId('scenario-grid');
      const row = (code: string) => grid.locator(`.ag-row[row-id="${code}"]`);
      const cell = (code: string, col: string) => grid.locator(`.ag-row[row-id="${code}"] [col-id="${col}"]`);
      await row('HG.SYT').first().locator('.toggle[aria-expanded="false"]').click();
      await row(HOSPITAL).first().waitFor();
      const headers = await grid.locator('.ag-header-cell-text').allTextContents();
      expect(headers.indexOf('Biên chế theo VTVL')).toBeGreaterThan(-1);
      expect(headers.indexOf('Biên chế theo VTVL')).toBe(headers.findIndex((h) => h.startsWith('Biên chế')) + 1);
      await expect.poll(() => cell(HOSPITAL, 'justified').textContent()).toBe('19');
      expect(await cell('HG.SYT.BVTT', 'justified').textContent()).toBe(''); // no positions: nothing asserted
      await row(HOSPITAL).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'plan-positions-grid.png') });

      // The chart's box says it compactly, beside the quota; not on the "before" tree.
      await panel.getByRole('radio', { name: 'Sơ đồ' }).click();
      const box = panel.locator(`.chart-node[data-chart-code="${HOSPITAL}"]`);
      await expect.poll(() => box.getByTestId('box-justified').textContent()).toBe('VTVL 19');
      expect(
        await panel.locator('.chart-node[data-chart-code="HG.SYT.BVTT"] [data-testid="box-justified"]').count(),
      ).toBe(0);
      await box.click();
      await panel.getByRole('button', { name: 'Đến đơn vị đang chọn' }).click();
      await panel.getByRole('button', { name: 'Phóng to' }).click();
      await panel.getByRole('button', { name: 'Phóng to' }).click();
      await chartAtRest(page);
      await box.screenshot({ path: path.join(ARTIFACTS, 'plan-positions-chart-box.png') });
      await panel.getByRole('radio', { name: 'Trước' }).click();
      await expect.poll(() => box.getByTestId('box-justified').count()).toBe(0);
      await panel.getByRole('radio', { name: 'Sau' }).click();

      // A roadmap exit naming its position: the roadmap says which position the doctor left.
      await planTab(page, 'Lộ trình');
      const roadmap = page.getByTestId('scenario-roadmap');
      await pickUnit(roadmap, 'Thêm đơn vị vào lộ trình', HOSPITAL);
      await roadmap.getByTestId('roadmap-position').fill('Bác sĩ');
      await roadmap.getByLabel('Lọc theo tên hoặc mã…').fill(HOSPITAL);
      const rmGrid = roadmap.getByTestId('roadmap-grid');
      await rmGrid.locator(`.ag-row[row-id="${HOSPITAL}"] .ag-cell[col-id="2026"]`).click();
      const editor = rmGrid.locator('.ag-cell-inline-editing input');
      await editor.fill('1');
      await editor.press('Enter');
      await expect.poll(() => ops.locator('ol > li').count()).toBe(1);
      await expect
        .poll(() => roadmap.getByTestId('roadmap-positions-left').locator('li').allTextContents())
        .toEqual(['2026 — Bệnh viện Lao và Bệnh phổi: Bác sĩ: 1']);
      await roadmap.getByTestId('roadmap-positions-left').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'plan-positions-exit.png') });

      // Split in 2027: each part's positions are offered to reduce, the lines divided between them.
      await ops.getByLabel('Năm').fill('2027');
      await ops.locator('select').first().selectOption('split');
      const form = page.getByRole('dialog', { name: 'Chia tách đơn vị' });
      await expect.poll(() => form.isVisible()).toBe(true);
      const search = form.getByLabel('Tìm theo mã hoặc tên (gõ không dấu cũng được)');
      await search.fill(HOSPITAL);
      await search.press('Enter');
      await expect
        .poll(() => form.getByTestId('split-unit').textContent())
        .toBe(`Bệnh viện Lao và Bệnh phổi (${HOSPITAL})`);
      await form.getByLabel('Phần 1, Mã đơn vị').fill('HG.SYT.BVLAO');
      await form.getByLabel('Phần 1, Tên đơn vị').fill('Bệnh viện Lao');
      await form.getByLabel('Phần 2, Mã đơn vị').fill('HG.SYT.BVPHOI');
      await form.getByLabel('Phần 2, Tên đơn vị').fill('Bệnh viện Phổi');
      await form.getByRole('button', { name: 'Chia đều' }).click();
      await form.getByRole('button', { name: 'Xác nhận, thêm vào phương án' }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(2);
      const split = ops.locator('ol > li', { hasText: 'chia tách' });
      expect(await split.getByRole('button', { name: /^Rút gọn vị trí việc làm/ }).allTextContents()).toEqual([
        'Rút gọn vị trí việc làm: HG.SYT.BVLAO',
        'Rút gọn vị trí việc làm: HG.SYT.BVPHOI',
      ]);

      const positions = ops.getByTestId('plan-positions');
      await split.getByRole('button', { name: 'Rút gọn vị trí việc làm: HG.SYT.BVPHOI' }).click();
      await expect
        .poll(() => positions.locator('legend').textContent())
        .toBe('Vị trí việc làm của Bệnh viện Phổi trong phương án (cuối năm 2027)');
      await expect.poll(() => positions.getByTestId('position-row').count()).toBeGreaterThan(0);
      const second = await rowsOf(positions);
      await split.getByRole('button', { name: 'Rút gọn vị trí việc làm: HG.SYT.BVLAO' }).click();
      await expect
        .poll(() => positions.locator('legend').textContent())
        .toBe('Vị trí việc làm của Bệnh viện Lao trong phương án (cuối năm 2027)');
      await expect.poll(() => positions.getByTestId('position-row').count()).toBeGreaterThan(0);
      expect(await positions.getByTestId('plan-positions-divided').textContent()).toBe(
        'Chia từ các vị trí việc làm của Bệnh viện Lao và Bệnh phổi theo tỷ lệ biên chế của các phần (số lượng cần và hiện có): cần rà soát, rút gọn.',
      );
      const first = await rowsOf(positions);
      // The two parts together hold the hospital's lines; the doctor who left in 2026 is no longer present.
      const total = new Map<string, [number, number]>();
      for (const [name, needed, present] of [...first, ...second]) {
        const [a, b] = total.get(name) ?? [0, 0];
        total.set(name, [a + needed, b + present]);
      }
      expect(Object.fromEntries(total)).toEqual({
        'Giám đốc': [1, 1],
        'Bác sĩ': [10, 8],
        'Điều dưỡng': [8, 8],
        'Bảo vệ': [2, 2],
      });

      // The first part keeps fewer nurses: saved as the part's setPositions after the split.
      const nurses = first.findIndex(([name]) => name === 'Điều dưỡng');
      expect(nurses).toBeGreaterThan(-1);
      const reduced = first[nurses]![1] - 1;
      await positions.getByTestId('position-row').nth(nurses).getByLabel('Cần', { exact: true }).fill(String(reduced));
      await positions.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'plan-positions-split.png') });
      await positions.getByTestId('plan-positions-save').click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(3);
      const stored = getScenario(app.workspace.db, 'Vị trí việc làm trong phương án').operations;
      const set = stored.find((o) => o.type === 'setPositions');
      expect(set).toMatchObject({ type: 'setPositions', year: 2027, unit: 'HG.SYT.BVLAO' });
      expect(set?.type === 'setPositions' && set.positions.find((p) => p.name === 'Điều dưỡng')?.needed).toBe(reduced);
      expect(stored.findIndex((o) => o.type === 'setPositions')).toBe(stored.findIndex((o) => o.type === 'split') + 1);
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
  );
});
