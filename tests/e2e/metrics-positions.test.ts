/**
 * The plan's Chỉ số tab with the job positions beside the quotas, in Chromium (issue 21): a sở's
 * and two hospitals' positions imported, a plan merging the hospitals; under each quota the units
 * covered (n/N, not every unit: the figures from positions in italics, a note), what the positions
 * justify, the covered units' own quota, the difference and the contract workers, year by year.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listUnits } from '../../db/units-repo.ts';
import { ARTIFACTS, importPositions, newPlan, openSample, pickUnit, planTab, SCREENS, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('the plan’s Chỉ số tab with the job positions beside the quotas, end to end in Chromium', () => {
  it(
    'shows per year the units covered, what their positions justify beside the quota, the difference and the contract workers',
    { timeout: 180_000 },
    async () => {
      const { app, page, errors } = await openSample(browser(), SCREENS[0]);
      // Before any position is imported: the table has no positions rows.
      const { ops } = await newPlan(page, 'Hợp nhất bệnh viện');
      await planTab(page, 'Chỉ số');
      const table = page.getByTestId('scenario-metrics');
      await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(10);
      expect(await table.locator('tr.positions-row').count()).toBe(0);

      await page.getByRole('tab', { name: 'Bảng số liệu' }).click();
      await importPositions(
        page,
        [
          'HG.SNV;Giám đốc;1;;Biên chế;1;1',
          'HG.SNV;Phó Giám đốc;1;;Biên chế;2;2',
          'HG.SNV;Chuyên viên;2;Chuyên viên;Biên chế;10;9',
          'HG.SNV;Lái xe;3;;Hợp đồng;1;1',
          'HG.SYT.BVLBP;Giám đốc;1;;Biên chế;1;1',
          'HG.SYT.BVLBP;Bác sĩ;2;Bác sĩ hạng III;Biên chế;10;9',
          'HG.SYT.BVTT;Giám đốc;1;;Biên chế;1;1',
          'HG.SYT.BVTT;Bác sĩ;2;Bác sĩ hạng III;Biên chế;6;6',
          'HG.SYT.BVTT;Bảo vệ;3;;Hợp đồng;2;2',
          'HG.SYT.BVTT;Dược sĩ;2;;;2;2', // no Hình thức: in the quota by the class default, to verify
        ],
        'Đã nhập 10 vị trí việc làm của 3 đơn vị',
      );
      const quota = (code: string) => listUnits(app.workspace.db).find((u) => u.code === code)!;
      const snvQuota = quota('HG.SNV').civilServantQuota;
      const hospitalsQuota = quota('HG.SYT.BVLBP').publicEmployeeQuota + quota('HG.SYT.BVTT').publicEmployeeQuota;

      await page.getByRole('tab', { name: 'Phương án' }).click();
      await ops.getByLabel('Năm').fill('2026');
      await pickUnit(ops, 'Đơn vị', 'HG.SYT.BVLBP');
      await pickUnit(ops, 'Hợp nhất với', 'HG.SYT.BVTT');
      await ops.getByRole('button', { name: 'Xem trước' }).click();
      await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(1);

      await planTab(page, 'Chỉ số');
      const row = (workforce: string, kind: string) => table.getByTestId(`metrics-pos-${workforce}-${kind}`);
      const cells = async (workforce: string, kind: string) =>
        (await row(workforce, kind).locator('td').allTextContents()).slice(1);
      await expect.poll(() => row('public-employee', 'coverage').count()).toBe(1);
      const years = (await table.locator('thead th').allTextContents()).slice(1);
      const at = (y: string) => years.indexOf(y);
      const [first, merged] = [at('2025'), at('2026')];
      expect(first).toBeGreaterThanOrEqual(0);
      expect(merged).toBe(first + 1);

      // Civil servants: the Sở Nội vụ alone has positions — 1 of N units, never said as the whole.
      const csCoverage = await cells('civil-servant', 'coverage');
      expect(csCoverage[first]).toMatch(/^1\/\d+$/);
      expect(Number(csCoverage[first]!.split('/')[1])).toBeGreaterThan(10);
      expect((await cells('civil-servant', 'justified'))[first]).toBe('13');
      expect((await cells('civil-servant', 'coveredAssigned'))[first]).toBe(String(snvQuota));
      const gap = snvQuota - 13;
      expect((await cells('civil-servant', 'gap'))[first]).toBe(gap > 0 ? `+${gap}` : gap < 0 ? `−${-gap}` : '0');
      expect((await cells('civil-servant', 'contract'))[first]).toBe('1');
      const justifiedCell = row('civil-servant', 'justified')
        .locator('td')
        .nth(first + 1);
      expect(await justifiedCell.getAttribute('class')).toContain('positions-partial');
      expect(await justifiedCell.getAttribute('title')).toMatch(/^Chỉ 1\/\d+ đơn vị có vị trí việc làm/);
      // The difference compares like with like (the covered units' own quota): a whole figure, not in italics.
      const gapCell = row('civil-servant', 'gap')
        .locator('td')
        .nth(first + 1);
      expect(await gapCell.getAttribute('class')).not.toContain('positions-partial');
      // The rows stand right under the quota they are beside.
      const labels = await table.locator('tbody tr td:first-child').allTextContents();
      expect(labels.slice(labels.indexOf('Biên chế công chức'), labels.indexOf('Biên chế công chức') + 7)).toEqual([
        'Biên chế công chức',
        'Đơn vị có vị trí việc làm / đơn vị có biên chế',
        'Công chức theo vị trí việc làm (các đơn vị đã có)',
        'Biên chế giao cho các đơn vị đã có vị trí việc làm',
        'Biên chế giao cao hơn (+) / thấp hơn (−) vị trí việc làm',
        'Hợp đồng lao động theo vị trí việc làm',
        'Công chức hiện có',
      ]);
      expect(await page.getByTestId('metrics-pos-partial').textContent()).toContain(
        'Số theo vị trí việc làm chỉ tính các đơn vị đã có vị trí việc làm',
      );

      // Deputies: the Sở Nội vụ's positions plan 2 beside the deputies recorded on it; the hospitals list no deputy.
      const deputies = async (kind: string) => (await row('deputies', kind).locator('td').allTextContents()).slice(1);
      expect((await deputies('coverage'))[first]).toMatch(/^3\/\d+$/);
      expect((await deputies('planned'))[first]).toBe('2');
      expect((await deputies('recorded'))[first]).toBe(
        String(quota('HG.SNV').deputies + quota('HG.SYT.BVLBP').deputies + quota('HG.SYT.BVTT').deputies),
      );

      // Public employees: two hospitals before the merge, one after, their lists joined.
      const peCoverage = await cells('public-employee', 'coverage');
      const [before, after] = [peCoverage[first]!.split('/'), peCoverage[merged]!.split('/')];
      expect([before[0], after[0]]).toEqual(['2', '1']);
      expect(Number(after[1])).toBe(Number(before[1]) - 1);
      const peJustified = await cells('public-employee', 'justified');
      expect([peJustified[first], peJustified[merged]]).toEqual(['20*', '20*']);
      // The pharmacist's staffing is the class default: the figures resting on it are marked, counted and said to verify.
      expect((await cells('public-employee', 'defaulted'))[first]).toBe('1');
      expect(
        await row('public-employee', 'justified')
          .locator('td')
          .nth(first + 1)
          .getAttribute('title'),
      ).toContain('Gồm 1 vị trí có hình thức lấy theo mặc định của nhóm: cần xác minh');
      expect(await page.getByTestId('metrics-pos-defaulted').textContent()).toMatch(/^\* Cần xác minh: /);
      expect(await row('civil-servant', 'defaulted').count()).toBe(0);
      expect((await cells('civil-servant', 'justified'))[first]).toBe('13'); // nothing defaulted: no mark
      const peCovered = await cells('public-employee', 'coveredAssigned');
      expect([peCovered[first], peCovered[merged]]).toEqual([String(hospitalsQuota), String(hospitalsQuota)]);
      expect((await cells('public-employee', 'contract'))[merged]).toBe('2*');

      for (const [i, viewport] of SCREENS.entries()) {
        await page.setViewportSize(viewport);
        await table.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(ARTIFACTS, `metrics-positions-${viewport.width}.png`) });
        // Every year's column is on screen or reached by the tab's own scroll, the labels readable.
        const box = (await row('civil-servant', 'coverage').locator('td').first().boundingBox())!;
        expect(box.width).toBeGreaterThan(i === 0 ? 150 : 200);
      }
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
  );
});
