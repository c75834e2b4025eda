/** Legal findings in Chromium: one appears and disappears as numbers change; a province's stricter limit is recorded. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, cutSelects, openSample, SCREENS, useBrowser } from './harness.ts';

const browser = useBrowser();
// Judged as of the served app's fixed day (E2E_TODAY, 07/12/2026): the rule set in force then is
// Decree 150/2025 as amended by Decree 370/2025.
const UNIT = 'HG.SYT.BVTT'; // Bệnh viện Tâm thần: 71 people assigned, 2 deputies, no finding

describe('findings, end to end in Chromium', () => {
  it('shows a finding when a unit breaks a rule and removes it when fixed; a stricter province limit is applied and logged', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1500, height: 950 });

    const findingsTab = page.getByRole('tab', { name: /^Cảnh báo/ });
    await expect.poll(() => findingsTab.textContent()).toMatch(/^Cảnh báo \(\d+\)$/);
    const count = async () => Number((await findingsTab.textContent())!.replace(/\D/g, ''));
    const before = await count();
    expect(before).toBeGreaterThan(50);

    await page.locator('.tree-row[data-code="HG.SYT"] > .toggle').click();
    await page.locator(`.tree-row[data-code="${UNIT}"]`).click();
    await expect.poll(() => page.getByTestId('unit-findings').count()).toBe(0);

    await page.locator('#f-deputies').fill('3');
    await page.locator('#f-deputies').press('Enter');
    // No autonomy group is recorded and Decree 283/2025 amended the limit: a note, not a breach.
    await expect
      .poll(() => page.getByTestId('unit-findings').textContent())
      .toContain('Có 3 cấp phó; chưa có nhóm tự chủ');
    await expect.poll(() => page.getByTestId('unit-findings').textContent()).toContain('Nghị định 283/2025/NĐ-CP');
    // The amended limit is unverified: badge, source and confidence all say so.
    await expect.poll(() => page.getByTestId('unit-findings').textContent()).toContain('Cần xác minh');
    await expect.poll(() => page.getByTestId('unit-findings').textContent()).toContain('Nguồn (chưa xác minh)');
    await expect.poll(() => page.getByTestId('unit-findings').textContent()).not.toContain('Đã đối chiếu');
    await expect.poll(count).toBe(before + 1);
    await expect.poll(() => page.locator(`.ag-row[row-id="${UNIT}"] [col-id="findings"]`).textContent()).toBe('1');
    await expect.poll(() => page.locator(`.tree-row[data-code="${UNIT}"] .finding-badge`).textContent()).toBe('1');

    // The findings tab lists it; filtering by rule keeps it, a click focuses the unit.
    await findingsTab.click();
    await page.getByTestId('findings-notes').click();
    // A two-tier rule from a Steering Committee plan shows like any other: Plan 130/KH-BCĐTKNQ18 on Sở Tư pháp's PSUs, whose groups are not recorded.
    await expect
      .poll(() => page.locator('.findings-list button[data-code="HG.STP"]').first().textContent())
      .toContain('Chưa biết nhóm tự chủ của 2 đơn vị sự nghiệp thuộc sở: Trung tâm Trợ giúp pháp lý nhà nước');
    await page.getByLabel('Mức độ').selectOption('note');
    await page.getByLabel('Quy tắc', { exact: true }).selectOption('max-deputies');
    await expect.poll(() => page.locator(`.findings-list button[data-code="${UNIT}"]`).count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'findings.png') });

    await page.locator('#f-deputies').fill('2');
    await page.locator('#f-deputies').press('Enter');
    await expect.poll(count).toBe(before);
    await expect.poll(() => page.locator(`.findings-list button[data-code="${UNIT}"]`).count()).toBe(0);
    await expect.poll(() => page.getByTestId('unit-findings').count()).toBe(0);

    // A province decides PSUs need at least 75 people: the hospital (71) is now below it.
    await page.getByRole('button', { name: 'Quy tắc kiểm tra…' }).click();
    // Which set is in force on which dates, and how sure each value is.
    await expect.poll(() => page.locator('tr[data-rule-set]').count()).toBe(4);
    await expect
      .poll(() => page.locator('tr[data-rule-set="nd120-45-2025"]').textContent())
      .toContain('01/03/2025 – 15/06/2025');
    await expect
      .poll(() => page.locator('tr[data-rule-set="nd120-150-370-2026"]').textContent())
      .toContain('Đang áp dụng (theo ngày)');
    await expect.poll(() => page.getByTestId('rule-set-status').textContent()).toContain('hôm nay 07/12/2026');
    await expect
      .poll(() => page.locator('tr[data-parameter="divisionUnderDepartmentMinPosts"]').textContent())
      .toContain('Chưa xác minh');
    const row = page.locator('tr[data-parameter="psuMinStaff"]');
    await row.getByRole('button', { name: '✎' }).click();
    await row.getByLabel('Giá trị áp dụng').fill('75');
    await row.getByLabel('Lý do thay đổi').fill('Quyết định của UBND tỉnh');
    await row.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.locator('.rules-history').textContent()).toContain('Quyết định của UBND tỉnh');
    await page.screenshot({ path: path.join(ARTIFACTS, 'rules.png') });
    // The save button of an edited value is visible (not white on white).
    await row.getByRole('button', { name: '✎' }).click();
    const save = row.getByRole('button', { name: 'Lưu' });
    expect(await save.evaluate((b) => getComputedStyle(b).color !== getComputedStyle(b).backgroundColor)).toBe(true);
    await row.getByRole('button', { name: 'Lưu' }).click(); // no reason: refused, and said where the person is
    const refused = page.locator('.rules-dialog [role="alert"]');
    await expect.poll(() => refused.textContent()).toMatch(/lý do/i);
    const [box, dialog] = [await refused.boundingBox(), await page.locator('.rules-dialog .modal-body').boundingBox()];
    expect(box!.y >= dialog!.y && box!.y + box!.height <= dialog!.y + dialog!.height).toBe(true);
    // A pin is recorded with who, when and why, and shown.
    await page.getByTestId('pin').click();
    await page.getByTestId('rule-set').selectOption('nd120-107-2020');
    await page.getByTestId('pin-reason').fill('Đề án lập theo Nghị định 107/2020');
    await page.getByTestId('pin-save').click();
    await expect
      .poll(() => page.locator('tr[data-rule-set="nd120-107-2020"]').textContent())
      .toContain('Đang áp dụng (đã ghim)');
    await expect
      .poll(() => page.getByTestId('pin-history').textContent())
      .toContain('Đề án lập theo Nghị định 107/2020');
    await page.screenshot({ path: path.join(ARTIFACTS, 'rules-pinned.png') });
    await page.getByTestId('pin').click();
    await page.getByTestId('rule-set').selectOption('');
    await page.getByTestId('pin-reason').fill('Theo văn bản hiện hành');
    await page.getByTestId('pin-save').click();
    await expect
      .poll(() => page.locator('tr[data-rule-set="nd120-150-370-2026"]').textContent())
      .toContain('Đang áp dụng (theo ngày)');
    await page.getByRole('button', { name: 'Đóng' }).click();
    await expect
      .poll(() => page.getByTestId('unit-findings').textContent())
      .toContain('Đơn vị sự nghiệp có 71 người làm việc được giao, dưới mức tối thiểu 75');

    await page.close();
    expect(errors).toEqual([]);
    await app.stop();
  });

  it('keeps the "cần xác minh" notes apart from the violations in the Cảnh báo tab', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1500, height: 950 });
    const findingsTab = page.getByRole('tab', { name: /^Cảnh báo/ });
    await expect.poll(() => findingsTab.textContent()).toMatch(/^Cảnh báo \(\d+\)$/);
    await findingsTab.click();
    const total = Number((await findingsTab.textContent())!.replace(/\D/g, ''));
    const counted = async (id: string) => Number(((await page.getByTestId(id).textContent()) ?? '').replace(/\D/g, ''));
    await expect.poll(() => counted('findings-notes')).toBeGreaterThan(0);
    expect((await counted('findings-violations')) + (await counted('findings-notes'))).toBe(total);
    const labels = async () => [...new Set(await page.locator('.findings-list .severity').allTextContents())].sort();
    // The default view: violations and warnings only, none labelled "cần xác minh".
    await expect.poll(labels).toEqual(['Lưu ý', 'Vi phạm']);
    // Issue 15: a unit whose name alone is ambiguous ("Thanh tra Sở" is in every sở) is named with its parent.
    const names = async () => page.locator('.findings-list button strong').allTextContents();
    await expect.poll(names).toContain('Thanh tra Sở — Sở Tài chính');
    expect((await names()).filter((s) => s === 'Thanh tra Sở' || s === 'Văn phòng Sở')).toEqual([]);
    expect(await page.locator('.findings-list button[data-code="HG.STC.P02"] strong').first().textContent()).toBe(
      'Thanh tra Sở — Sở Tài chính',
    );
    await page.getByTestId('findings-notes').click();
    // A note on an unverified value "cần xác minh"; a note of a checked rule asks to check the data.
    await expect.poll(labels).toEqual(['Cần kiểm tra số liệu', 'Cần xác minh']);
    // Each note says where its value came from, marked unverified (e.g. the draft 7 posts for a phòng under a sở).
    await expect
      .poll(() => page.locator('.findings-list').textContent())
      .toContain(
        'Nguồn (chưa xác minh): Nghị định 150/2025/NĐ-CP (sửa đổi bởi Nghị định 370/2025/NĐ-CP), tiêu chí thành lập phòng thuộc sở',
      );
    // A note on a confirmed rule the workspace cannot apply (no autonomy group recorded) gives its basis, not "unverified":
    // its badge, basis and confidence agree.
    const basis = page.locator('.findings-list li', { has: page.locator('[data-code="HG.SYT.CDC.P02"]') });
    await expect
      .poll(() => basis.locator('.citation').first().textContent())
      .toMatch(/^Căn cứ: Nghị định 120\/2020\/NĐ-CP.* · Đã đối chiếu văn bản$/);
    expect(await basis.locator('.severity').first().textContent()).toBe('Cần kiểm tra số liệu');
    // And a note on an unverified value: badge, source and confidence all say so.
    const unverified = page.locator('.findings-list li', { hasText: 'Nguồn (chưa xác minh)' }).first();
    expect(await unverified.locator('.severity').textContent()).toBe('Cần xác minh');
    expect(await unverified.locator('.citation').textContent()).not.toContain('Đã đối chiếu');
    await page.screenshot({ path: path.join(ARTIFACTS, 'findings-notes.png') });
    await page.getByTestId('findings-violations').click();
    await expect.poll(labels).toEqual(['Lưu ý', 'Vi phạm']);
    await page.close();
    expect(errors).toEqual([]);
    await app.stop();
  });

  it("after a headcount edit, an ancestor's finding follows, and the list equals the one judged from scratch", async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1500, height: 950 });
    const findingsTab = page.getByRole('tab', { name: /^Cảnh báo/ });
    await expect.poll(() => findingsTab.textContent()).toMatch(/^Cảnh báo \(\d+\)$/);
    const count = async () => Number((await findingsTab.textContent())!.replace(/\D/g, ''));
    await expect.poll(count).toBeGreaterThan(50);
    const before = await count();
    // Chi cục Thủy sản has exactly the minimum of 12 posts, all in its two phòng: one post fewer in
    // a phòng puts the chi cục (its parent) below the minimum.
    await page.locator('.tree-row[data-code="HG.SNN"] > .toggle').click();
    await page.locator('.tree-row[data-code="HG.SNN.CCTS"] > .toggle').click();
    await page.locator('.tree-row[data-code="HG.SNN.CCTS.P02"]').click();
    await page.locator('#f-civilServantQuota').fill('2');
    await page.locator('#f-civilServantQuota').press('Enter');
    await expect.poll(count).toBe(before + 2); // the chi cục below the minimum, and the phòng now over its quota
    await expect.poll(() => page.locator('.tree-row[data-code="HG.SNN.CCTS"] .finding-badge').textContent()).toBe('1');
    await page.locator('.tree-row[data-code="HG.SNN.CCTS"] .tree-name').click();
    await expect.poll(() => page.getByTestId('unit-findings').textContent()).toContain('11');
    // What the edits left equals what a fresh judgement shows after a reload.
    await findingsTab.click();
    const listed = async () =>
      (
        await page
          .locator('.findings-list button')
          .evaluateAll((bs) => bs.map((b) => `${b.getAttribute('data-code')} ${b.textContent}`))
      ).join('\n');
    await expect.poll(async () => (await listed()).length).toBeGreaterThan(0);
    const afterEdits = await listed();
    await page.reload();
    await expect.poll(count).toBe(before + 2);
    await page.getByRole('tab', { name: /^Cảnh báo/ }).click();
    await expect.poll(listed).toBe(afterEdits);
    await page.close();
    expect(errors).toEqual([]);
    await app.stop();
  });
});

describe('the findings filters at the officers’ screens', () => {
  it.each(SCREENS)('shows every filter’s chosen text whole at %o', async (size) => {
    const { page } = await openSample(browser(), size);
    await page.getByRole('tab', { name: /^Cảnh báo/ }).click();
    await page.locator('.findings-filters select').first().waitFor();
    const cut = await cutSelects(page.locator('.findings-filters'));
    expect(cut).toEqual([]);
  });
});
