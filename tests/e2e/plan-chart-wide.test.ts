/**
 * The two-tier city (a hundred communes side by side under UBND thành phố) in a plan, at both
 * officer screens: the plan chart opens on the top of the tree and "Vừa khung" never shrinks it to a
 * strip; a row of the Bảng tab picked shows its unit beside the table, a parent change is said by
 * names; the So sánh headers stand apart and explain themselves.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, SCREENS, chartAtRest, planTab, useBrowser } from './harness.ts';
import { CT_PLAN, CT_VARIANT, openCanThoPlans } from './can-tho-plans.ts';

const browser = useBrowser();

/** The plan chart's boxes wholly inside its pane, with their on-screen height, and the pane. */
async function boxesInView(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('[data-testid="scenario-org-chart"]')!.getBoundingClientRect();
    return [...document.querySelectorAll('[data-testid="scenario-org-chart"] .chart-node')].flatMap((n) => {
      const r = n.querySelector('.chart-box')!.getBoundingClientRect();
      const inside = r.left >= svg.left && r.right <= svg.right && r.top >= svg.top && r.bottom <= svg.bottom;
      return inside ? [{ code: n.getAttribute('data-chart-code')!, height: r.height, width: r.width }] : [];
    });
  });
}

/** Department boxes (the sở and their peers: a top-level unit whose code has one dot and no commune prefix). */
const isDepartment = (code: string) => /^CT\.S[A-Z]+$/.test(code);

/** The city with its plans, the main plan open on its chart. */
async function openPlan(viewport: { width: number; height: number }) {
  const opened = await openCanThoPlans(browser(), viewport);
  const { page } = opened;
  await page.getByRole('tab', { name: 'Phương án' }).click();
  await page.locator('.scenario-list button', { hasText: CT_PLAN }).click();
  await page.getByTestId('scenario-chart').locator('.chart-node[data-chart-code="CT"]').waitFor({ state: 'attached' });
  return opened;
}

describe('a wide plan chart, its table and the comparison, in Chromium', () => {
  for (const viewport of SCREENS)
    it(`opens on the top of the tree and fits it readably at ${viewport.width}×${viewport.height}`, async () => {
      const { app, page, errors } = await openPlan(viewport);
      const chart = page.getByTestId('scenario-chart');
      await chart.locator('.chart-node[data-chart-code="CT.SNV"]').waitFor({ state: 'attached' });
      await chartAtRest(page);

      // Opened on the top of the tree: the city's box and several sở, readable (not the communes under the city).
      const opened = await boxesInView(page);
      expect(opened.map((b) => b.code)).toContain('CT');
      expect(opened.filter((b) => isDepartment(b.code)).length).toBeGreaterThanOrEqual(3);
      expect(Math.min(...opened.map((b) => b.height))).toBeGreaterThanOrEqual(40);
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-chart-wide-open-${viewport.width}.png`) });

      // Zoomed in, then "Vừa khung": a readable view of the top with the city's box, and a note that the tree is wider.
      await chart.getByRole('button', { name: 'Phóng to' }).click();
      await chart.getByRole('button', { name: 'Phóng to' }).click();
      await chartAtRest(page);
      await chart.getByRole('button', { name: 'Vừa khung' }).click();
      await chartAtRest(page);
      const fitted = await boxesInView(page);
      expect(fitted.map((b) => b.code)).toContain('CT');
      expect(fitted.length).toBeGreaterThanOrEqual(10);
      for (const b of fitted) {
        expect(b.height).toBeGreaterThanOrEqual(40);
        expect(b.width).toBeGreaterThanOrEqual(100);
      }
      expect(await chart.getByTestId('chart-fit-clipped').textContent()).toBe(
        'Sơ đồ quá rộng để vừa khung mà vẫn đọc được: đang xem phần trên cùng (nhấn - để thu nhỏ thêm).',
      );
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-chart-wide-fit-${viewport.width}.png`) });
      // Zoomed out by hand, the note goes: it spoke of the fit.
      await chart.getByRole('button', { name: 'Thu nhỏ' }).click();
      await expect.poll(() => chart.getByTestId('chart-fit-clipped').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    });

  it('picks a row of the Bảng tab (its unit beside the table) and names the parents of a transfer', async () => {
    const { app, page, errors } = await openPlan(SCREENS[0]!);
    // Bảng: a row picked shows its unit in the right column; its parent change is said by names.
    await planTab(page, 'Bảng');
    const changes = page.getByTestId('scenario-changes');
    const row = changes.locator('tbody tr', { hasText: 'Trung tâm Lưu trữ lịch sử (CT.SNV.TTLT)' });
    await expect
      .poll(() => row.locator('td').nth(2).textContent())
      .toBe('Đơn vị cấp trên: Sở Nội vụ → Văn phòng UBND thành phố');
    expect(await changes.textContent()).not.toMatch(/CT\.SNV →|→ CT\.VPUB/);
    await row.click();
    const detail = page.getByTestId('plan-unit');
    await expect.poll(() => detail.locator('header strong').textContent()).toBe('Trung tâm Lưu trữ lịch sử');
    expect(await row.getAttribute('aria-selected')).toBe('true');
    // Another row, by the keyboard.
    const merged = changes.locator('tbody tr', { hasText: 'Bệnh viện Đa khoa thành phố (CT.SYT.BVDK)' });
    await merged.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => detail.locator('header strong').textContent()).toBe('Bệnh viện Đa khoa thành phố');
    // Another year in the table: the details follow it.
    expect(await detail.getByTestId('plan-unit-figures').locator('th').nth(1).textContent()).toBe('Cuối năm 2030');
    await changes.getByLabel('Năm xem thay đổi').selectOption('2026');
    await expect
      .poll(() => detail.getByTestId('plan-unit-figures').locator('th').nth(1).textContent())
      .toBe('Cuối năm 2026');
    await page.screenshot({ path: path.join(ARTIFACTS, 'plan-table-pick-1366.png') });
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });

  for (const viewport of SCREENS)
    it(`sets the So sánh headers apart, each explained, at ${viewport.width}×${viewport.height}`, async () => {
      const { app, page, errors } = await openPlan(viewport);
      // So sánh: each plan's header apart from its neighbour, within the pane, its full name on hover.
      for (const name of [CT_PLAN, CT_VARIANT]) await page.getByRole('checkbox', { name: `So sánh ${name}` }).check();
      await planTab(page, 'So sánh');
      const compare = page.getByTestId('scenario-compare');
      await compare.waitFor();
      const heads = await compare.evaluate((section) => {
        const pane = section.getBoundingClientRect();
        return [...section.querySelectorAll('thead th')].map((th) => {
          const range = document.createRange();
          range.selectNodeContents(th.querySelector('.compare-plan-name') ?? th);
          const text = range.getBoundingClientRect();
          const cell = th.getBoundingClientRect();
          return { title: th.getAttribute('title'), text, cell, paneRight: pane.right };
        });
      });
      for (let i = 1; i < heads.length; i++) {
        const h = heads[i]!;
        expect(h.cell.right).toBeLessThanOrEqual(h.paneRight + 0.5);
        expect(h.text.left).toBeGreaterThanOrEqual(h.cell.left);
        expect(h.text.right).toBeLessThanOrEqual(h.cell.right);
        // At least 16 px between one header's words and the next's: never read as one name.
        expect(h.text.left - heads[i - 1]!.text.right).toBeGreaterThanOrEqual(16);
      }
      expect(heads.slice(1).map((h) => h.title)).toEqual([CT_PLAN, CT_VARIANT]);
      expect(await compare.locator('abbr', { hasText: 'NSNN' }).first().getAttribute('title')).toBe(
        'NSNN: ngân sách nhà nước',
      );
      await page.screenshot({ path: path.join(ARTIFACTS, `plan-compare-${viewport.width}.png`) });
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    });
});
