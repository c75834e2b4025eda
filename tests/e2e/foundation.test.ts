/**
 * A user's first session: open the sample province, expand the tree, edit a unit's headcount
 * (a refused value first, then a good one), reload and restart, and find the value and the
 * parent's new rollup still there. Screenshots land in test-results/.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createWorkspace } from '../../db/workspace.ts';
import { getUnit } from '../../db/units-repo.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { buildTree } from '../../shared/tree.ts';
import { tempDir } from '../temp.ts';
import { ARTIFACTS, useBrowser, serveWorkspace, watchErrors, type App } from './harness.ts';

const PARENT = 'HG.SYT';
const CHILD = 'HG.SYT.BVTT'; // Bệnh viện Tâm thần
const FIELD = 'publicEmployeeActual';

const browser = useBrowser();

const vi = (n: number) => n.toLocaleString('vi-VN');
const treeTotal = (page: Page, code: string) => page.locator(`.tree-row[data-code="${code}"] .tree-total`);
const gridCell = (page: Page, code: string, col: string) => page.locator(`.ag-row[row-id="${code}"] [col-id="${col}"]`);
const panelInput = (page: Page, field: string) => page.locator(`#f-${field}`);

async function openApp(app: App): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1600, height: 900 } });
  const errors: string[] = [];
  watchErrors(page, errors);
  await page.goto(app.server.openUrl);
  await page.locator('.tree-row').first().waitFor();
  expect(errors).toEqual([]);
  return page;
}

async function revealChild(page: Page) {
  const toggle = page.locator(`.tree-row[data-code="${PARENT}"] > .toggle`);
  if ((await toggle.getAttribute('aria-label')) === 'Mở rộng') await toggle.click();
  await page.locator(`.tree-row[data-code="${CHILD}"]`).click();
  await expect.poll(() => page.locator('.panel-title').textContent()).toBe('Bệnh viện Tâm thần');
}

describe('foundation, end to end in Chromium', () => {
  it('shows the tree and grid, refuses bad input, saves a good edit, and keeps it across reload and restart', async () => {
    const file = path.join(tempDir(), 'hau-giang.tinhgon');
    const units = generateSampleProvince();
    createWorkspace(file, sampleMeta(), units).close();
    const before = units.find((u) => u.code === CHILD)![FIELD];

    let app = await serveWorkspace(file);
    let page = await openApp(app);

    // Vietnamese by default, illustrative data flagged.
    await expect.poll(() => page.locator('.sample-badge').textContent()).toBe('Số liệu minh họa');
    await expect
      .poll(() => page.locator('.tree-row[data-code="HG"] .tree-name').textContent())
      .toBe('UBND tỉnh Hậu Giang');

    // Expand Sở Y tế in the tree; its units appear in the tree and in the grid.
    await revealChild(page);
    await gridCell(page, CHILD, `own.${FIELD}`).waitFor();
    const parentTotalText = await treeTotal(page, PARENT).textContent();
    const parentSumBefore = Number((await gridCell(page, PARENT, `sum.${FIELD}`).textContent())!.replace(/\./g, ''));

    // A negative number is refused at the field with a Vietnamese message; nothing is saved.
    await panelInput(page, FIELD).fill('-5');
    await panelInput(page, FIELD).press('Enter');
    await expect
      .poll(() => page.locator(`.field[data-field="${FIELD}"] .field-error-reason`).textContent())
      .toBe('Không được là số âm.');
    await expect
      .poll(() => page.locator(`.field[data-field="${FIELD}"] .field-error-stored`).textContent())
      .toContain(`Giá trị đang lưu: ${vi(before)}`);
    await panelInput(page, 'name').fill('   ');
    await panelInput(page, 'name').press('Enter');
    await expect
      .poll(() => page.locator('.field[data-field="name"] .field-error-reason').textContent())
      .toBe('Tên đơn vị không được để trống.');
    await panelInput(page, 'code').fill('HG.SNV');
    await panelInput(page, 'code').press('Enter');
    await expect
      .poll(() => page.locator('.field[data-field="code"] .field-error-reason').textContent())
      .toBe('Mã đơn vị "HG.SNV" đã được dùng cho đơn vị khác.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'foundation-invalid.png') });
    expect(getUnit(app.workspace.db, CHILD)).toMatchObject({
      [FIELD]: before,
      name: 'Bệnh viện Tâm thần',
      code: CHILD,
    });
    expect(await treeTotal(page, PARENT).textContent()).toBe(parentTotalText);
    // Escape gives the stored values back and clears the messages.
    for (const f of ['code', 'name']) await panelInput(page, f).press('Escape');
    await expect.poll(() => panelInput(page, 'code').inputValue()).toBe(CHILD);
    await expect.poll(() => page.locator('.field-error').count()).toBe(1);

    // A valid value is saved at once; the parent's rollup follows in the grid and the tree.
    await panelInput(page, FIELD).fill(String(before + 7));
    await panelInput(page, FIELD).press('Enter');
    await expect.poll(() => page.locator('.panel-status').textContent()).toBe('Đã lưu: Viên chức hiện có (NSNN)');
    await expect.poll(() => gridCell(page, CHILD, `own.${FIELD}`).textContent()).toBe(vi(before + 7));
    await expect.poll(() => gridCell(page, PARENT, `sum.${FIELD}`).textContent()).toBe(vi(parentSumBefore + 7));
    expect(getUnit(app.workspace.db, CHILD)![FIELD]).toBe(before + 7);
    await page.screenshot({ path: path.join(ARTIFACTS, 'foundation.png') });

    // Reload: still there.
    await page.reload();
    await page.locator('.tree-row').first().waitFor();
    await revealChild(page);
    await expect.poll(() => panelInput(page, FIELD).inputValue()).toBe(vi(before + 7));
    await expect.poll(() => gridCell(page, PARENT, `sum.${FIELD}`).textContent()).toBe(vi(parentSumBefore + 7));
    await page.close();

    // Restart the back end on the same file: still there.
    await app.stop();
    app = await serveWorkspace(file);
    page = await openApp(app);
    await revealChild(page);
    await expect.poll(() => panelInput(page, FIELD).inputValue()).toBe(vi(before + 7));
    // A unit with nothing under it has no separate whole: its own figures are the whole (the grid's sum says so).
    expect(await page.locator('.rollup-box').count()).toBe(0);
    await expect.poll(() => gridCell(page, CHILD, `sum.${FIELD}`).textContent()).toBe(vi(before + 7));

    // English on request.
    await page.getByRole('button', { name: 'EN' }).click();
    await expect.poll(() => page.locator('.sample-badge').textContent()).toBe('Illustrative data');
    await expect.poll(() => page.locator(`label[for="f-${FIELD}"]`).textContent()).toBe('State-paid employees in post');
    // Numbers are typed the English way in English: "2,000" is two thousand.
    await panelInput(page, 'contractWorkers').fill('2,000');
    await panelInput(page, 'contractWorkers').press('Enter');
    await expect.poll(() => page.locator('.panel-status').textContent()).toBe('Saved: Contract workers');
    expect(getUnit(app.workspace.db, CHILD)!.contractWorkers).toBe(2000);
    await expect.poll(() => panelInput(page, 'contractWorkers').inputValue()).toBe('2,000');
    await page.screenshot({ path: path.join(ARTIFACTS, 'foundation-en.png') });
    await page.getByRole('button', { name: 'VI' }).click();
    await page.close();
    await app.stop();
  });

  it('expands and collapses every level from the tree toolbar', async () => {
    const file = path.join(tempDir(), 'hau-giang.tinhgon');
    createWorkspace(file, sampleMeta(), generateSampleProvince()).close();
    const app = await serveWorkspace(file);
    const page = await openApp(app);
    // The outline draws only the rows in view; data-row-count is how many rows it has in all.
    const treeRowCount = async () =>
      Number(await page.locator('.tree-rows[role="tree"]').getAttribute('data-row-count'));
    const initial = await treeRowCount();
    // Selecting a row in the grid selects the unit in the tree and opens it in the panel.
    await page.locator('.ag-row[row-id="HG.SNV"] [col-id="findings"]').click(); // the code column starts hidden
    await expect.poll(() => page.locator('.panel-title').textContent()).toBe('Sở Nội vụ');
    await expect.poll(() => page.locator('.tree-row.selected').getAttribute('data-code')).toBe('HG.SNV');
    // The grid's own expand cell opens a unit in the tree too (one shared state).
    await page.locator('.ag-row[row-id="HG.SNV"] .toggle').click();
    await page.locator('.tree-row[data-code="HG.SNV.P01"]').waitFor();
    // Opened and closed (the grid takes the rows added or removed as a transaction), the grid's rows
    // stay those of the outline, in its order.
    const gridCodes = async () => {
      // A row may be drawn in more than one container (pinned columns): one code per row index.
      const rows = await page
        .locator('.ag-row[row-index][row-id]')
        .evaluateAll((els) =>
          els.map((e) => [Number(e.getAttribute('row-index')), e.getAttribute('row-id')!] as const),
        );
      return [...new Map(rows).entries()].sort((a, b) => a[0] - b[0]).map(([, code]) => code);
    };
    const outlineCodes = async (n: number) =>
      (await page.locator('.tree-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!))).slice(0, n);
    const sameOrder = async () => {
      const grid = await gridCodes();
      return grid.length > 10 && JSON.stringify(grid) === JSON.stringify(await outlineCodes(grid.length));
    };
    await expect.poll(sameOrder).toBe(true);
    expect((await gridCodes()).indexOf('HG.SNV.P01')).toBe((await gridCodes()).indexOf('HG.SNV') + 1);
    await page.locator('.ag-row[row-id="HG.SNV"] .toggle').click();
    await expect.poll(() => page.locator('.ag-row[row-id="HG.SNV.P01"]').count()).toBe(0);
    await expect.poll(sameOrder).toBe(true);
    await page.locator('.ag-row[row-id="HG.SNV"] .toggle').click();
    await page.locator('.ag-row[row-id="HG.SNV.P01"]').waitFor();
    await expect.poll(sameOrder).toBe(true);
    await page.getByRole('button', { name: 'Mở tất cả' }).click();
    await expect.poll(treeRowCount).toBe(generateSampleProvince().length);
    // The grid's expand cells follow too: every open unit in view shows ▾, none ▸.
    await expect.poll(() => page.locator('.ag-row .toggle[aria-expanded="false"]').count()).toBe(0);
    expect(await page.locator('.ag-row .toggle[aria-expanded="true"]').count()).toBeGreaterThan(5);
    expect(await page.locator('.tree-row').count()).toBeLessThan(generateSampleProvince().length);
    // Scrolling the outline to the end draws the last unit.
    const last = buildTree(generateSampleProvince()).preorder.at(-1)!;
    await page.locator('.tree-rows[role="tree"]').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.locator(`.tree-row[data-code="${last}"]`).waitFor();
    await page.getByRole('button', { name: 'Thu gọn' }).first().click();
    await expect.poll(treeRowCount).toBe(initial);
    expect(initial).toBeGreaterThan(20);
    await page.close();
    await app.stop();
  });
});
