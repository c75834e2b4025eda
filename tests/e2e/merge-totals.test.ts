/**
 * Merging two sở reads their whole staff — every phòng, chi cục and public service unit under
 * them, not the sở's own row of a few people — in the merge wizard's preview, in the plan chart
 * and in the printed proposal (PDF read back).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSampleProvince } from '../../shared/sample/hau-giang.ts';
import { formatInteger } from '../../shared/format.ts';
import type { Unit } from '../../shared/model/unit.ts';
import { ARTIFACTS, newPlan, openSample, useBrowser, planTab } from './harness.ts';
import { readPdf } from '../pdf.ts';
import { tempDir } from '../temp.ts';

const browser = useBrowser();
const n = (v: number) => formatInteger(v, 'vi');

/** Added up here from the sample itself: the sở and every unit under it, and its own row. */
const sample = generateSampleProvince();
const under = (...codes: string[]) =>
  sample.filter((u) => codes.some((c) => u.code === c || u.code.startsWith(`${c}.`)));
const sum = (units: Unit[], of: (u: Unit) => number) => units.reduce((s, u) => s + of(u), 0);
const quota = (u: Unit) => u.civilServantQuota + u.publicEmployeeQuota;
const staff = (u: Unit) => u.civilServantActual + u.publicEmployeeActual + u.selfFundedEmployees + u.contractWorkers;
const own = (code: string) => sample.find((u) => u.code === code)!;

describe('merging two sở, end to end in Chromium', () => {
  it(
    'shows the whole staff of both in the wizard preview, the plan chart and the printed proposal',
    { timeout: 180_000 },
    async () => {
      const { app, page, errors } = await openSample(browser(), { width: 1600, height: 1000 });
      const { ops } = await newPlan(page, 'PA hợp nhất sở');
      await ops.locator('select').selectOption('mergeWizard');
      const wizard = page.getByRole('dialog', { name: 'Hợp nhất đơn vị' });
      await wizard.getByLabel('Năm').fill('2025');
      const search = wizard.getByLabel('Tìm theo mã hoặc tên (gõ không dấu cũng được)');
      for (const code of ['HG.SKHDT', 'HG.STC']) {
        await search.fill(code);
        await search.press('Enter');
      }
      await expect.poll(() => wizard.getByTestId('merge-chips').locator('li').count()).toBe(2);
      await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
      await wizard.getByLabel('Hợp nhất vào một đơn vị đã chọn (đơn vị đó giữ lại)').check();
      await wizard.locator('#merge-keep').selectOption('HG.STC');
      await wizard.getByRole('button', { name: 'Tiếp tục' }).click();

      // The preview: each sở as its whole, its own row second; the sum; the merged sở as the whole of both.
      const preview = wizard.getByTestId('merge-preview');
      await expect.poll(() => preview.count()).toBe(1);
      const cells = async (field: string) =>
        (await preview.locator(`tr[data-field="${field}"] td`).allTextContents()).slice(1);
      const kh = under('HG.SKHDT');
      const tc = under('HG.STC');
      const csq = (u: Unit) => u.civilServantQuota;
      const ownLine = (v: number) => `riêng đơn vị: ${n(v)}`;
      const both = sum(kh, csq) + sum(tc, csq);
      expect(await cells('civilServantQuota')).toEqual([
        `${n(sum(kh, csq))}${ownLine(own('HG.SKHDT').civilServantQuota)}`,
        `${n(sum(tc, csq))}${ownLine(own('HG.STC').civilServantQuota)}`,
        n(both),
        `${n(both)}${ownLine(own('HG.SKHDT').civilServantQuota + own('HG.STC').civilServantQuota)}`,
      ]);
      expect(both).toBeGreaterThan(40); // far more than the two sở's own rows (a few leaders each)
      const pe = (u: Unit) => u.publicEmployeeQuota;
      expect((await cells('publicEmployeeQuota'))[3]).toBe(`${n(sum(kh, pe) + sum(tc, pe))}${ownLine(0)}`);
      await page.screenshot({ path: path.join(ARTIFACTS, 'merge-totals-wizard.png') });
      await wizard.getByRole('button', { name: 'Xác nhận, thêm vào phương án' }).click();
      await expect.poll(() => wizard.count()).toBe(0);
      await expect
        .poll(() => ops.locator('ol > li > span').allTextContents())
        .toEqual(['2025: hợp nhất Sở Kế hoạch và Đầu tư, Sở Tài chính thành Sở Tài chính']);

      // The plan chart in 2025: the merged sở's box says its whole before → after, its own row under it.
      const chart = page.getByTestId('scenario-chart');
      await chart.getByLabel('Năm của sơ đồ').selectOption('2025');
      const box = chart.locator('.chart-node[data-chart-code="HG.STC"]');
      await chart.scrollIntoViewIfNeeded();
      const numbers = box.locator('.chart-numbers');
      const quotaBefore = sum(tc, quota);
      const quotaAfter = quotaBefore + sum(kh, quota);
      await expect
        .poll(() => numbers.first().textContent())
        .toBe(`Biên chế: ${n(quotaBefore)} → ${n(quotaAfter)} (+${n(sum(kh, quota))})`);
      expect(await numbers.nth(1).textContent()).toBe(
        `Hiện có: ${n(sum(tc, staff))} → ${n(sum(tc, staff) + sum(kh, staff))} (+${n(sum(kh, staff))})`,
      );
      const ownAfter = {
        quota: quota(own('HG.STC')) + quota(own('HG.SKHDT')),
        staff: staff(own('HG.STC')) + staff(own('HG.SKHDT')),
      };
      expect(await box.getByTestId('box-own').textContent()).toBe(
        `Riêng đơn vị: BC ${n(ownAfter.quota)} · ${n(ownAfter.staff)} người`,
      );
      await chart.getByTestId('scenario-chart-search').fill('HG.STC');
      await chart.getByTestId('scenario-chart-search').press('Enter');
      await expect.poll(() => chart.getByTestId('scenario-chart-selection').textContent()).toBe('Đã chọn 1 đơn vị');
      await page.screenshot({ path: path.join(ARTIFACTS, 'merge-totals-chart.png') });

      // The plan grid, the same year: the merged sở's whole before → after, its own row in the next columns.
      await chart.getByRole('radio', { name: 'Bảng' }).click();
      const grid = chart.getByTestId('scenario-grid');
      const gridCell = (col: string) => grid.locator(`.ag-row[row-id="HG.STC"] [col-id="${col}"]`);
      await expect
        .poll(() => gridCell('quota').textContent())
        .toBe(`${n(quotaBefore)} → ${n(quotaAfter)} (+${n(sum(kh, quota))})`);
      expect(await gridCell('own.quota').textContent()).toBe(
        `${n(quota(own('HG.STC')))} → ${n(ownAfter.quota)} (+${n(quota(own('HG.SKHDT')))})`,
      );
      await grid.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'merge-totals-grid.png') });

      // The changes table: the merged sở as its whole before → after, its own row's changes under "Riêng đơn vị".
      await planTab(page, 'Bảng');
      const changes = page.getByTestId('scenario-changes');
      await changes.getByLabel('Năm xem thay đổi').selectOption('2025');
      const row = changes.locator('tbody tr', { hasText: '(HG.STC)' });
      await expect
        .poll(() => row.getByTestId('whole-change').textContent())
        .toBe(
          `Cả đơn vị và các đơn vị trực thuộc: biên chế ${n(quotaBefore)} → ${n(quotaAfter)}; hiện có ${n(sum(tc, staff))} → ${n(sum(tc, staff) + sum(kh, staff))} người`,
        );
      expect(await row.locator('td').nth(2).textContent()).toContain('Riêng đơn vị:');
      const gone = changes.locator('tbody tr', { hasText: '(HG.SKHDT)' });
      expect(await gone.getByTestId('whole-change').textContent()).toBe(
        `Cả đơn vị và các đơn vị trực thuộc: biên chế ${n(sum(kh, quota))} → —; hiện có ${n(sum(kh, staff))} → — người`,
      );

      // The printed đề án: the operation's row and the org chart after the plan, read back from the PDF.
      await page.getByRole('button', { name: 'Bản in (đề án, tờ trình)…' }).click();
      await expect
        .poll(() => page.getByTestId('print-pages').textContent(), { timeout: 60_000 })
        .toMatch(/^khoảng \d+ trang$/);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Xuất PDF' }).click(),
      ]);
      const file = path.join(tempDir(), 'de-an.pdf');
      await download.saveAs(file);
      const text = readPdf(file, { layout: false }).pages.join('\n').replace(/\s+/g, ' ');
      // The sở's own rows (two before the merge, one after it, holding both) are not among the units under it.
      const words = (label: string, units: Unit[], self: Unit[]) =>
        `${label}: biên chế ${n(sum(units, quota))}, ${n(sum(units, staff))} người, kể cả ${n(units.length - self.length)} đơn vị trực thuộc (riêng đơn vị: biên chế ${n(sum(self, quota))}, ${n(sum(self, staff))} người)`;
      expect(text).toContain(words('Sở Kế hoạch và Đầu tư', kh, [own('HG.SKHDT')]));
      expect(text).toContain(words('Sở Tài chính', tc, [own('HG.STC')]));
      expect(text).toContain(words('Sở Tài chính', [...tc, ...kh], [own('HG.STC'), own('HG.SKHDT')]));
      // Appendix I after the plan: the merged sở heads its group with its whole, its own row second.
      expect(text).toContain(
        `Sở Tài chính BC ${n(quotaAfter)} · ${n(sum(tc, staff) + sum(kh, staff))} người riêng đơn vị: BC ${n(ownAfter.quota)} · ${n(ownAfter.staff)} người`,
      );
      fs.copyFileSync(file, path.join(ARTIFACTS, 'merge-totals.pdf'));
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
  );
});
