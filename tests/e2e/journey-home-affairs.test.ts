/**
 * Issue 19, the Sở Nội vụ officer's journey, in Chromium at 1366×768 and 1920×1080, through the UI
 * only: on the sample province a plan is built with a merger of two sở (the merge wizard), two PSU
 * merges, a quota cut and roadmap exits typed in the Lộ trình grid with a payout — the roadmap's
 * "Cần tinh giản" row and "còn vượt" cells following each edit —, a second plan is made and the two
 * compared, and the đề án is previewed with the plan's numbers and exported as a PDF.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getScenario } from '../../db/scenarios-repo.ts';
import { readPdf } from '../pdf.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, newPlan, openSample, pickUnit, planTab, SCREENS, useBrowser } from './harness.ts';

const browser = useBrowser();
const CENTRE = 'HG.SCT.TTKCXTTM'; // 17 state-paid employees for a quota of 15: 2 above it every year
const PLAN = 'Đề án sắp xếp 2026–2030';
const OTHER = 'Chỉ hợp nhất sở';
/** A whole number in Vietnamese format (1.234.567). */
const VI_NUMBER = /^\d{1,3}(\.\d{3})*$/;
const num = (s: string) => Number(s.replace(/\./g, ''));

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);

describe('journey of the Sở Nội vụ officer, end to end in Chromium', () => {
  it.each(SCREENS)(
    'builds, compares and prints a plan at $width×$height',
    async (viewport) => {
      const size = `${viewport.width}x${viewport.height}`;
      const shot = (name: string) =>
        page.screenshot({ path: path.join(ARTIFACTS, `journey-home-${name}-${size}.png`) });
      const { app, page, errors } = await openSample(browser(), viewport);
      const { ops } = await newPlan(page, PLAN);
      const form = page.locator('.plan-detail');
      const type = form.locator('select').first();
      const listed = () => ops.locator('ol > li > span').allTextContents();

      // The roadmap of the empty plan: what has to go each year, and the centre above its quota.
      const roadmap = page.getByTestId('scenario-roadmap');
      const grid = roadmap.getByTestId('roadmap-grid');
      const cell = (year: number | string) => grid.locator(`.ag-row[row-id="${CENTRE}"] .ag-cell[col-id="${year}"]`);
      const cellText = async (year: number | string) => (await cell(year).textContent())?.trim();
      const figures = async (label: string) => {
        await planTab(page, 'Lộ trình');
        return (
          await roadmap
            .getByTestId('roadmap-table')
            .locator('tr', { hasText: label })
            .first()
            .locator('td')
            .allTextContents()
        ).slice(1);
      };
      const need = async () => (await figures('Cần tinh giản')).slice(0, 8);
      await expect.poll(async () => (await need()).length).toBe(8);
      const needBefore = await need();
      expect(needBefore.every((v) => VI_NUMBER.test(v))).toBe(true);
      await roadmap.getByLabel('Lọc theo tên hoặc mã…').fill(CENTRE);
      await expect.poll(() => cellText(2027)).toBe('còn vượt 2');

      // A merger of two sở through the wizard: Sở Ngoại vụ into Sở Nội vụ, which stays.
      await type.selectOption('mergeWizard');
      const wizard = page.getByRole('dialog', { name: 'Hợp nhất đơn vị' });
      await expect.poll(() => wizard.isVisible()).toBe(true);
      await wizard.getByLabel('Năm').fill('2027');
      const search = wizard.getByLabel('Tìm theo mã hoặc tên (gõ không dấu cũng được)');
      await search.fill('so noi vu');
      await wizard.getByRole('button', { name: 'Thêm Sở Nội vụ (HG.SNV)' }).click();
      await search.fill('so ngoai vu');
      await wizard.getByRole('button', { name: 'Thêm Sở Ngoại vụ (HG.SNGV)' }).click();
      await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
      await wizard.getByLabel('Hợp nhất vào một đơn vị đã chọn (đơn vị đó giữ lại)').check();
      await wizard.locator('#merge-keep').selectOption('HG.SNV');
      await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
      const mergePreview = wizard.getByTestId('merge-preview');
      await expect.poll(() => mergePreview.count()).toBe(1);
      await expect.poll(() => mergePreview.textContent()).toContain('Sở Ngoại vụ');
      await shot('wizard');
      await wizard.getByRole('button', { name: 'Xác nhận, thêm vào phương án' }).click();
      await expect.poll(() => wizard.count()).toBe(0);
      await expect.poll(listed).toEqual([expect.stringMatching(/^2027: hợp nhất Sở Nội vụ, Sở Ngoại vụ/)]);

      // Two PSU merges in 2028 through the one-line form.
      await type.selectOption('merge');
      for (const [a, b] of [
        ['HG.STP.TTTGPL', 'HG.STP.TTDVDG'],
        ['HG.SNN.TTKN', 'HG.SNN.TTNS'],
      ]) {
        await pickUnit(form, 'Đơn vị', a!);
        await pickUnit(form, 'Hợp nhất với', b!);
        await form.getByLabel('Năm', { exact: true }).fill('2028');
        await form.getByRole('button', { name: 'Thêm thao tác' }).click();
        await expect
          .poll(() => form.getByRole('group', { name: 'Đơn vị', exact: true }).getByTestId('unit-picked').count())
          .toBe(0);
      }
      await expect.poll(() => ops.locator('ol > li').count()).toBe(3);

      // A 10% quota cut in 2029: more to reduce from 2029, nothing changes before; the centre further above quota.
      await type.selectOption('cutQuotas');
      await form.getByLabel('Năm', { exact: true }).fill('2029');
      await form.getByLabel('Tỷ lệ cắt giảm (%)').fill('10');
      // Each field ticked to cut sits on one line beside its box (not its box above its words).
      for (const field of ['Biên chế công chức được giao', 'Số người làm việc được giao (NSNN)']) {
        const label = form.locator('label', { has: page.getByLabel(field, { exact: true }) });
        expect(await page.getByLabel(field, { exact: true }).isChecked()).toBe(true);
        expect((await label.boundingBox())!.height).toBeLessThan(24);
      }
      await form.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(4);
      await expect
        .poll(async () => (await need()).slice(6).map(num).join())
        .not.toBe(needBefore.slice(6).map(num).join());
      const needCut = await need();
      expect(needCut.slice(0, 6)).toEqual(needBefore.slice(0, 6));
      expect(num(needCut[6]!)).toBeGreaterThan(num(needBefore[6]!));
      await roadmap.getByLabel('Lọc theo tên hoặc mã…').fill(CENTRE);
      await expect.poll(() => cellText(2029)).toMatch(/^còn vượt \d+$/);
      const above2029 = Number((await cellText(2029))!.replace('còn vượt ', ''));
      expect(above2029).toBeGreaterThan(2);

      // Roadmap exits typed in the grid: two early retirements in 2027 costed under Decree 154.
      await roadmap.getByLabel('Lý do ra khỏi biên chế').selectOption('early-retirement');
      const payout = roadmap.getByRole('group', { name: 'Chi phí chi trả cho các ô sửa tiếp theo' });
      await payout.getByLabel('Chính sách').selectOption('154');
      await payout.getByLabel('Lương bình quân (đồng/tháng)').fill('12.000.000');
      await payout.getByLabel('Số tháng nghỉ trước tuổi').fill('24');
      await payout.getByLabel('Số năm đóng BHXH').fill('25');
      const typeExit = async (year: number, value: string) => {
        await planTab(page, 'Lộ trình');
        await roadmap.getByLabel('Lọc theo tên hoặc mã…').fill(CENTRE);
        await cell(year).click();
        const editor = grid.locator('.ag-cell-inline-editing input');
        await editor.fill(value);
        await editor.press('Enter');
      };
      await typeExit(2027, '2');
      await expect.poll(() => cellText(2027)).toBe('2');
      expect(await cellText(2026)).toBe('còn vượt 2');
      await expect.poll(async () => num((await need())[5]!)).toBe(num(needCut[5]!) - 2);
      expect((await need()).slice(0, 5)).toEqual(needCut.slice(0, 5));
      const cost = await figures('Chi phí chính sách trong năm');
      expect(num(cost[4]!)).toBeGreaterThan(0);
      expect(cost[4]).toMatch(VI_NUMBER);
      // Retirements in 2029 (the reason changed): the centre's 2029 surplus shrinks by two.
      await roadmap.getByLabel('Lý do ra khỏi biên chế').selectOption('retirement');
      await roadmap.getByLabel('Lọc theo tên hoặc mã…').fill(CENTRE);
      await expect.poll(() => cellText(2029)).toBe(`còn vượt ${above2029 - 2}`);
      await typeExit(2029, '2');
      await expect.poll(() => cellText(2029)).toBe('2');
      await roadmap.getByLabel('Lý do ra khỏi biên chế').selectOption('early-retirement');
      await expect.poll(() => cellText(2029)).toBe(above2029 - 4 > 0 ? `còn vượt ${above2029 - 4}` : '');
      await expect.poll(() => ops.locator('ol > li').count()).toBe(6);
      // The totals row: the exits and what is still above quota, both whole (large numbers were cut off).
      const total2027 = grid.locator('.ag-row-pinned [col-id="2027"] .rm-cell');
      await expect
        .poll(async () => (await total2027.innerText()).replace(/\s+/g, ' '))
        .toBe(`2 còn vượt ${(await need())[5]}`);
      await planTab(page, 'Lộ trình');
      expect(
        await grid
          .locator('.rm-cell')
          .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent)),
      ).toEqual([]);
      expect(await noSidewaysScroll(page)).toBe(true);
      await grid.scrollIntoViewIfNeeded();
      await shot('roadmap');

      // Stored as built: six operations, one of each kind asked for.
      expect(getScenario(app.workspace.db, PLAN).operations.map((o) => o.type)).toEqual([
        'merge',
        'merge',
        'merge',
        'cutQuotas',
        'staffExit',
        'staffExit',
      ]);

      // A second plan: the sở merger alone, without the cut or the exits; the two compared.
      await page.getByLabel('Tên phương án mới').fill(OTHER);
      await page.getByRole('button', { name: 'Tạo phương án', exact: true }).click();
      await expect.poll(() => ops.textContent()).toContain('Phương án chưa có thao tác nào.');
      await type.selectOption('merge');
      await pickUnit(form, 'Đơn vị', 'HG.SNV');
      await pickUnit(form, 'Hợp nhất với', 'HG.SNGV');
      await form.getByLabel('Năm', { exact: true }).fill('2027');
      await form.getByRole('button', { name: 'Thêm thao tác' }).click();
      await expect.poll(listed).toEqual([expect.stringMatching(/^2027: hợp nhất Sở Nội vụ, Sở Ngoại vụ/)]);
      await page.getByLabel(`So sánh ${PLAN}`, { exact: true }).check();
      await page.getByLabel(`So sánh ${OTHER}`, { exact: true }).check();
      await planTab(page, 'So sánh');
      const compare = page.getByTestId('scenario-compare');
      await expect.poll(() => compare.locator('.compare-plan-name').allTextContents()).toEqual([PLAN, OTHER]);
      const row = async (label: string) =>
        (await compare.locator('tr', { hasText: label }).first().locator('td').allTextContents()).slice(1);
      const quota = await row('Biên chế công chức');
      expect(num(quota[0]!.split(' ')[0]!)).toBeLessThan(num(quota[1]!.split(' ')[0]!));
      expect(quota[1]).toBe('3.220 (0)'); // no cut: the quota as it is
      // The payouts of the exits in the first plan only.
      expect(await row('Chi phí chính sách tinh giản')).toEqual([`${cost[4]}2027: ${cost[4]}`, '0không có']);
      expect(await noSidewaysScroll(page)).toBe(true);
      await compare.scrollIntoViewIfNeeded();
      await shot('compare');

      // The đề án of the first plan: its numbers in the preview, then the PDF through the app's export.
      await page.locator('.scenario-list button', { hasText: PLAN }).click();
      await expect.poll(() => ops.locator('ol > li').count()).toBe(6);
      await page.getByRole('button', { name: 'Bản in (đề án, tờ trình)…' }).click();
      const pages = page.getByTestId('print-pages');
      await expect.poll(() => pages.textContent(), { timeout: 60_000 }).toMatch(/^khoảng \d+ trang$/);
      const preview = page.frameLocator('[data-testid="print-preview"]');
      const body = await preview.locator('body').innerText();
      // The plan's figures as the comparison showed them, and its payouts as the roadmap costed them.
      expect(body).toContain(`${quota[0]!.split(' ')[0]} biên chế công chức (năm 2023: ${quota[1]!.split(' ')[0]})`);
      expect(body).toContain('Hợp nhất Sở Nội vụ, Sở Ngoại vụ thành Sở Nội vụ');
      expect(body).toMatch(new RegExp(`Cộng \\(đồng\\)\\s+${cost[4]!.replace(/\./g, '\\.')}`));
      await shot('print');
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Xuất PDF' }).click(),
      ]);
      const file = path.join(tempDir(), 'de-an.pdf');
      await download.saveAs(file);
      const pdf = readPdf(file, { layout: false }).pages.join('\n').replace(/\s+/g, ' ');
      expect(pdf).toContain('Sở Ngoại vụ');
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    },
    240_000,
  );
});
