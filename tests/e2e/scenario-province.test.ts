/** Provincial merger in Chromium: annex another province's workspace to a plan, then merge its same-name sở. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openWorkspacePage, useBrowser, pickUnit, planTab } from './harness.ts';
import { createWorkspace } from '../../db/workspace.ts';
import { pinRuleSet } from '../../db/rules-repo.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';

const browser = useBrowser();

describe('provincial merger, end to end in Chromium', () => {
  it('annexes Sóc Trăng to a plan of Hậu Giang, merges the same-name sở, and judges deputies with the +1 allowance', async () => {
    const dir = tempDir();
    // Home: the sample province judged by the Decree 370/2025 rule set.
    const home = path.join(dir, 'hau-giang.tinhgon');
    const ws = createWorkspace(home, sampleMeta(), generateSampleProvince());
    pinRuleSet(ws.db, { ruleSetId: 'nd120-150-370-2026', reason: 'Kiểm thử theo Nghị định 370/2025', user: 'test' });
    ws.close();
    // The other province: the same generator with other numbers, so the codes clash unless prefixed.
    const other = path.join(dir, 'soc-trang.tinhgon');
    const otherUnits = generateSampleProvince(2024).map((u) =>
      u.parentCode === null ? { ...u, name: 'UBND tỉnh Sóc Trăng' } : u,
    );
    createWorkspace(other, { ...sampleMeta(), provinceName: 'Sóc Trăng' }, otherUnits).close();
    const otherBytes = fs.readFileSync(other);
    const departments = otherUnits.filter((u) => u.kind === 'department').length;
    const homeCodes = new Set(generateSampleProvince().map((u) => u.code));
    const clashing = otherUnits.filter((u) => homeCodes.has(u.code)).length;

    const { app, page, errors } = await openWorkspacePage(browser(), home);
    await page.getByRole('tab', { name: 'Phương án' }).click();
    await page.getByLabel('Tên phương án mới').fill('Sáp nhập Sóc Trăng');
    await page.getByRole('button', { name: 'Tạo phương án' }).click();
    const ops = page.getByTestId('scenario-ops');
    await expect.poll(() => ops.textContent()).toContain('Phương án chưa có thao tác nào.');
    const metric = async (label: string) => {
      await planTab(page, 'Chỉ số');
      return (
        await page
          .getByTestId('scenario-metrics')
          .locator('tr', { hasText: label })
          .first()
          .locator('td')
          .allTextContents()
      )
        .slice(1)
        .map((c) => Number(c.replace(/\./g, '')));
    };
    const unitsBefore = await metric('Tổng số đơn vị');
    expect(new Set(unitsBefore).size).toBe(1); // an empty plan: the same every year (2023…2030)

    // Not a workspace: refused with its reason.
    await ops.getByRole('button', { name: 'Sáp nhập tỉnh…' }).click();
    const panel = page.getByRole('form', { name: 'Sáp nhập tỉnh vào phương án' });
    expect(await panel.textContent()).toContain('Nhập đường dẫn đầy đủ trên máy đang chạy TinhGon.'); // browser mode: typed path
    const notes = path.join(dir, 'ghi-chu.tinhgon');
    fs.writeFileSync(notes, 'không phải tệp dữ liệu');
    await panel.getByTestId('annex-path').fill(notes);
    await panel.getByRole('button', { name: 'Đọc tệp' }).click();
    await expect
      .poll(() => panel.locator('.form-error').textContent())
      .toBe(`Tệp "${notes}" không phải là tệp dữ liệu TinhGon.`);

    // The other province: its size, a suggested prefix; without a prefix the codes clash.
    await panel.getByTestId('annex-path').fill(other);
    await panel.getByRole('button', { name: 'Đọc tệp' }).click();
    await expect
      .poll(() => panel.getByTestId('annex-summary').textContent())
      .toMatch(new RegExp(`^Tỉnh Sóc Trăng: ${otherUnits.length.toLocaleString('vi-VN')} đơn vị, [\\d.]+ người\\.$`));
    expect(await panel.getByLabel('Tiền tố mã').inputValue()).toBe('ST-');
    await panel.getByLabel('Năm').fill('2025');
    await panel.getByLabel('Tiền tố mã').fill('');
    await expect
      .poll(() => panel.getByTestId('annex-check').textContent())
      .toBe(
        `⚠ ${clashing} mã trùng với đơn vị đã có trong phương án năm đó, ví dụ: HG, HG.VPUB, HG.VPUB.P01, HG.VPUB.P02, HG.VPUB.P03. Hãy đặt tiền tố mã khác.`,
      );
    expect(await panel.getByRole('button', { name: 'Sáp nhập vào phương án' }).isDisabled()).toBe(true);
    await panel.getByLabel('Tiền tố mã').fill('ST-');
    await expect
      .poll(() => panel.getByTestId('annex-check').textContent())
      .toBe(
        `Không có mã trùng. ${departments} sở trùng tên với sở của tỉnh; sau khi sáp nhập sẽ được đề xuất hợp nhất.`,
      );
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-province-check.png') });

    // Annexed in 2025: the units double from that year; the targets are measured over both provinces.
    await planTab(page, 'Mục tiêu');
    const targetsBefore = await page.getByTestId('scenario-targets').locator('tbody tr').allTextContents();
    await panel.getByRole('button', { name: 'Sáp nhập vào phương án' }).click();
    await expect
      .poll(() => ops.locator('ol > li > span').allTextContents())
      .toEqual([
        expect.stringMatching(
          /^2025: sáp nhập tỉnh Sóc Trăng \([\d.]+ đơn vị, [\d.]+ người\), ở cấp cao nhất, mã thêm tiền tố "ST-"$/,
        ),
      ]);
    await expect
      .poll(() => metric('Tổng số đơn vị'))
      .toEqual([...unitsBefore.slice(0, 2), ...unitsBefore.slice(2).map((n) => n + otherUnits.length)]);
    await planTab(page, 'Mục tiêu');
    expect(await page.getByTestId('scenario-targets').locator('tbody tr').allTextContents()).not.toEqual(targetsBefore);

    // The same-name sở: accept one, then all the rest.
    const proposals = page.getByTestId('annex-proposals');
    await expect.poll(() => proposals.locator('li').count()).toBe(departments);
    const finance = proposals.locator('li', { hasText: 'Sở Tài chính (ST-HG.STC) vào Sở Tài chính' });
    await finance.getByRole('button', { name: 'Thêm vào phương án' }).click();
    await expect.poll(() => ops.locator('ol > li').count()).toBe(2);
    expect(await ops.locator('ol > li > span').last().textContent()).toBe(
      '2025: hợp nhất Sở Tài chính, Sở Tài chính (Sóc Trăng) thành Sở Tài chính',
    );
    await expect.poll(() => proposals.locator('li').count()).toBe(departments - 1);
    await proposals.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-province-proposals.png') });
    await proposals.getByRole('button', { name: 'Thêm tất cả' }).click();
    await expect.poll(() => ops.locator('ol > li').count()).toBe(1 + departments);
    await expect.poll(() => proposals.textContent()).toContain('Không có sở trùng tên để hợp nhất.');
    await expect
      .poll(async () => (await metric('Tổng số đơn vị'))[2])
      .toBe(unitsBefore[2]! + otherUnits.length - departments);

    // The deputy directors of the merged sở: judged at 3 + 1 per sở (two provinces), to comply within 5 years.
    await planTab(page, 'Chỉ số');
    const notices = page.locator('.scenario-notices');
    await expect.poll(() => notices.locator('li').count()).toBe(1);
    expect(await notices.locator('li').first().textContent()).toMatch(
      /^2025 · UBND tỉnh Hậu Giang \(HG\): Sau hợp nhất, các sở có tổng [\d.]+ phó giám đốc, vượt mức \d+ \(bình quân 4 mỗi sở\); phải giảm về đúng quy định trước năm 2030\.$/,
    );
    // The finding itself, on the provincial committee, in a preview.
    await ops.locator('select').selectOption('setDeputies');
    await ops.getByLabel('Năm', { exact: true }).first().fill('2026');
    await pickUnit(ops, 'Đơn vị', 'HG');
    await ops.getByLabel('Số cấp phó', { exact: true }).fill('4');
    await ops.getByRole('button', { name: 'Xem trước' }).click();
    const preview = page.getByTestId('op-preview');
    await expect
      .poll(() => preview.textContent())
      .toMatch(
        /UBND tỉnh Hậu Giang: Các sở có tổng [\d.]+ phó giám đốc, vượt mức bình quân 4 phó giám đốc mỗi sở \(kể cả 1 phó giám đốc thêm do hợp nhất 2 tỉnh; tối đa \d+ cho \d+ sở\)\./,
      );
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-province-merged.png') });

    expect(fs.readFileSync(other).equals(otherBytes)).toBe(true); // the other workspace was only read
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
