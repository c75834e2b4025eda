/**
 * The 2025 reform built in the app on the Hậu Giang sample, as an officer would: a sở merger, the
 * city's new name, the district level abolished, the communes merged from the resolution's table, a
 * quota cut; then the targets, notices and the printed proposal read, and the plan as stored checked.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, newPlan, openWorkspacePage, useBrowser, pickUnit, planTab } from './harness.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';
import { hauGiangTwoTierPlan } from '../../shared/sample/hau-giang-two-tier-plan.ts';
import { createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { getScenario } from '../../db/scenarios-repo.ts';
import { listUnits } from '../../db/units-repo.ts';
import { simulate } from '../../shared/scenario/simulate.ts';
import { ruleSetById } from '../../shared/rules/rule-sets.ts';

const browser = useBrowser();
const units = generateSampleProvince();

/** The resolution's table: the sample plan's commune merges, one row each (new code, name, type, old codes). */
function communeTable(): Buffer {
  const lines = hauGiangTwoTierPlan(units)
    .operations.flatMap((op) =>
      op.type === 'merge' && typeof op.into !== 'string' && op.into.kind === 'people_committee' ? [op] : [],
    )
    .map((op, i) => {
      const into = op.into as { code: string; name: string };
      // "UBND phường Vị Thanh": type "phường", name "Vị Thanh".
      const [, type, ...name] = into.name.split(' ');
      return `${i + 1};${into.code};${name.join(' ')};${type};"${op.units.join(';')}"`;
    });
  return Buffer.from(['STT;Mã xã mới;Tên xã mới;Loại;Mã các xã cũ', ...lines].join('\r\n'), 'utf8');
}

describe('the 2025 two-tier reform, end to end in Chromium', () => {
  it(
    'builds it in the plan form and the commune table, and reads targets, notices and the printed proposal',
    { timeout: 300_000 },
    async () => {
      const file = path.join(tempDir(), 'hg.tinhgon');
      createWorkspace(file, sampleMeta(), units).close();
      const { app, page, errors } = await openWorkspacePage(browser(), file, { width: 1366, height: 768 });
      const { ops, metric } = await newPlan(page, 'Hai cấp 2025');
      const type = ops.locator('select').first();
      const add = async (count: number) => {
        await ops.getByRole('button', { name: 'Thêm thao tác' }).click();
        await expect.poll(() => ops.locator('ol > li').count()).toBe(count);
        return ops
          .locator('ol > li > span')
          .nth(count - 1)
          .textContent();
      };

      // 01/03/2025: Sở Kế hoạch và Đầu tư merged into Sở Tài chính.
      await type.selectOption('merge');
      await ops.getByTestId('op-date').fill('01/03/2025');
      await pickUnit(ops, 'Đơn vị', 'HG.STC');
      await pickUnit(ops, 'Hợp nhất với', 'HG.SKHDT');
      expect(await add(1)).toBe('01/03/2025: hợp nhất Sở Tài chính, Sở Kế hoạch và Đầu tư thành Sở Tài chính');
      // 01/07/2025: the city's name and class.
      await type.selectOption('setProvince');
      await ops.getByTestId('op-date').fill('01/07/2025');
      await ops.getByLabel('Tên tỉnh (thành phố)').fill('thành phố Cần Thơ');
      await ops.getByTestId('op-class').selectOption('class1');
      await ops.getByLabel('Tên viết tắt (tùy chọn)').fill('Cần Thơ');
      expect(await add(2)).toBe('01/07/2025: tỉnh (thành phố) mang tên "thành phố Cần Thơ" (Loại I; viết tắt Cần Thơ)');

      // 01/07/2025: the district level abolished, every committee into the provincial one (previewed first).
      await type.selectOption('abolishLevel');
      await ops.getByTestId('op-date').fill('01/07/2025');
      await expect.poll(() => ops.getByTestId('op-abolish-count').textContent()).toMatch(/^giải thể 8 UBND cấp huyện/);
      await pickUnit(ops, 'Đơn vị tiếp nhận', 'HG');
      await ops.getByRole('button', { name: 'Xem trước' }).click();
      const preview = page.getByTestId('op-preview');
      await expect.poll(() => preview.textContent()).toContain('Xem trước, cuối năm 2025 (chưa lưu):');
      await preview.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'reform-2025-abolish-preview-1366.png') });
      expect(await add(3)).toBe(
        '01/07/2025: không tổ chức cấp huyện: giải thể 8 UBND (UBND thành phố Vị Thanh, UBND thành phố Ngã Bảy, UBND thị xã Long Mỹ, UBND huyện Châu Thành, UBND huyện Châu Thành A, UBND huyện Phụng Hiệp, UBND huyện Vị Thủy, UBND huyện Long Mỹ), đơn vị trực thuộc và biên chế chuyển về UBND tỉnh Hậu Giang',
      );

      // 01/07/2025: the 75 communes merged into 24, from the resolution's table (their parent is now the province).
      await ops.getByRole('button', { name: 'Nhập bảng sắp xếp xã…' }).click();
      const panel = page.getByTestId('communes');
      await panel.getByTestId('communes-date').fill('01/07/2025');
      await panel
        .getByTestId('communes-file')
        .setInputFiles({ name: 'sap-xep-xa.csv', mimeType: 'text/csv', buffer: communeTable() });
      // Previewed first (nothing added yet), then confirmed.
      const communesPreview = panel.getByTestId('communes-preview');
      await expect.poll(() => communesPreview.locator('tbody tr').count()).toBe(24);
      await communesPreview.getByRole('button', { name: 'Thêm vào phương án' }).click();
      await expect
        .poll(() => panel.getByTestId('communes-message').textContent())
        .toContain('Đã thêm 24 thao tác hợp nhất xã vào phương án "Hai cấp 2025" (ngày 01/07/2025).');
      await expect.poll(() => ops.locator('ol > li').count()).toBe(27);

      // 2021's civil-servant quota recorded: Kết luận 40's 5% cut by 2026 is not met before the quota cut.
      await planTab(page, 'Mục tiêu');
      const baselines = page.getByTestId('baselines');
      await baselines.getByRole('button', { name: 'Ghi số liệu năm…' }).click();
      const baseForm = baselines.getByRole('form', { name: 'Số liệu gốc' });
      await baseForm.getByLabel('Năm', { exact: true }).fill('2021');
      await baseForm.getByLabel('Biên chế công chức', { exact: true }).fill('3300');
      await baseForm.getByRole('button', { name: 'Lưu số liệu gốc' }).click();
      await expect.poll(() => baselines.locator('tr[data-year="2021"]').count()).toBe(1);
      const civilTarget = page.getByTestId('scenario-targets').locator('tr[data-target="kl40-2026-civil-servants"]');
      await expect.poll(() => civilTarget.getAttribute('data-status')).toBe('not_met');
      expect(await civilTarget.textContent()).toContain('3.300 (2021)');

      // 01/01/2026: civil-servant quotas cut by 5% across the city, previewed with the total.
      await type.selectOption('cutQuotas');
      await ops.getByTestId('op-date').fill('01/01/2026');
      await ops.getByLabel('Tỷ lệ cắt giảm (%)').fill('5');
      await ops.getByRole('checkbox', { name: 'Số người làm việc được giao (NSNN)' }).uncheck();
      await ops.getByRole('button', { name: 'Xem trước' }).click();
      await expect
        .poll(() => preview.textContent())
        .toMatch(/Cắt giảm 5% biên chế của \d+ đơn vị: giảm tổng cộng [\d.]+/);
      const cut = Number(/giảm tổng cộng ([\d.]+)/.exec((await preview.textContent())!)![1]!.replace(/\./g, ''));
      expect(await add(28)).toBe(
        '01/01/2026: cắt giảm ít nhất 5% biên chế công chức được giao của các đơn vị trên toàn địa phương',
      );

      // What the officer reads: the units and quotas year by year, the target met.
      const numbers = async (row: string) => (await metric(row)).map((c) => Number(c.replace(/\./g, '')));
      // The metrics follow the cut just added once the plan is simulated again: wait for 2026's quota to move.
      const quotaByYear = await numbers('Biên chế công chức');
      await expect.poll(async () => (await numbers('Biên chế công chức'))[3]).toBe(quotaByYear[2]! - cut);
      const unitsByYear = await numbers('Tổng số đơn vị');
      // 2025: 8 committees and their 104 phòng gone, 75 communes become 24, one sở less.
      expect(unitsByYear[2]! - unitsByYear[1]!).toBe(-(8 + 104 + 51 + 1));
      expect(quotaByYear[2]).toBe(quotaByYear[1]); // moved, not lost
      await planTab(page, 'Mục tiêu');
      await expect.poll(() => civilTarget.getAttribute('data-status')).toBe('met');
      await civilTarget.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'reform-2025-targets-1366.png') });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await ops.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'reform-2025-plan-1920.png') });

      // The printed proposal: headed by the city, the reform in its list, the findings left at the horizon.
      await page.getByRole('button', { name: 'Bản in (đề án, tờ trình)…' }).click();
      const pages = page.getByTestId('print-pages');
      await expect.poll(() => pages.textContent(), { timeout: 120_000 }).toMatch(/^khoảng \d+ trang$/);
      const doc = page.frameLocator('[data-testid="print-preview"]');
      const first = await doc.locator('.page').first().textContent();
      expect(first).toContain('UBND THÀNH PHỐ CẦN THƠ');
      expect(first).toContain('thành phố Cần Thơ giai đoạn');
      const all = (await doc.locator('body').textContent())!;
      expect(all).toContain('không tổ chức cấp huyện');
      // Each body's responsibility (Tổ chức thực hiện), the city's sở and the communes apart: no district level.
      expect(all).toContain('4. Các sở, ban, ngành thành phố:');
      expect(all).toContain('5. Ủy ban nhân dân cấp xã:');
      expect(all).toMatch(/Đến cuối năm \d{4}, còn [\d.]+ trường hợp chưa bảo đảm tiêu chí theo quy/);
      await page.screenshot({ path: path.join(ARTIFACTS, 'reform-2025-print-1920.png') });
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.screenshot({ path: path.join(ARTIFACTS, 'reform-2025-print-1366.png') });
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();

      // The plan as stored: no district unit left, every commune under the city, the province renamed.
      const ws = openWorkspace(file);
      try {
        const plan = getScenario(ws.db, 'Hai cấp 2025');
        const sim = simulate(listUnits(ws.db), plan.operations, {
          baseYear: 2023,
          horizon: 2026,
          rules: { ruleSet: ruleSetById('nd120-150-2025')!, provinceClass: 'class2' },
          targets: [],
        });
        const at2025 = sim.years.find((y) => y.year === 2025)!;
        expect(at2025.units.filter((u) => u.level === 'district')).toEqual([]);
        const communes = at2025.units.filter((u) => u.kind === 'people_committee' && u.level === 'commune');
        expect(communes.length).toBe(24);
        expect(communes.every((u) => u.parentCode === 'HG')).toBe(true);
      } finally {
        ws.close();
      }
    },
  );
});
