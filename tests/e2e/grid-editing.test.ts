/**
 * The unit grid in Chromium at 1366×768 and 1920×1080: numbers typed into cells (the tree's total
 * follows), a column pasted from Excel (saved in one step, or refused as a whole with every bad
 * cell named), the column chooser, header tooltips, and what fits at 1366 px.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getUnit } from '../../db/units-repo.ts';
import { ARTIFACTS, focusGridCell, openSample, pasteText, SCREENS, useBrowser } from './harness.ts';

const browser = useBrowser();
const vi = (n: number) => n.toLocaleString('vi-VN');
const FIELD = 'civilServantQuota';
const cell = (page: Page, code: string, col: string) => page.locator(`.ag-row[row-id="${code}"] [col-id="${col}"]`);
const treeTotal = (page: Page, code: string) => page.locator(`.tree-row[data-code="${code}"] .tree-total`);

/** The codes of the grid's rows in display order (a row is drawn once per pinned and centre container). */
async function rowCodes(page: Page): Promise<string[]> {
  return page.locator('.grid-host .ag-row[row-id]').evaluateAll((rows) => {
    const byIndex = new Map(rows.map((r) => [Number(r.getAttribute('row-index')), r.getAttribute('row-id')!]));
    return [...byIndex].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  });
}

/** The number columns whose header lies wholly inside the grid's view. */
async function numberColumnsInView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('.grid-host')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.ag-header-cell[col-id]')]
      .filter((h) => /^(own|sum)\./.test(h.getAttribute('col-id')!))
      .filter((h) => {
        const r = h.getBoundingClientRect();
        return r.width > 0 && r.left >= host.left && r.right <= host.right;
      })
      .map((h) => h.getAttribute('col-id')!);
  });
}

/** The names drawn in the name column that its cells cut (the text runs past the cell's right edge). */
async function namesCut(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.grid-host .ag-cell[col-id="name"] .grid-name > span:last-child')]
      .filter((s) => s.getBoundingClientRect().right > s.closest('.ag-cell')!.getBoundingClientRect().right + 0.5)
      .map((s) => s.textContent),
  );
}

describe('the unit grid, end to end in Chromium', () => {
  for (const viewport of SCREENS)
    it(`shows the name, the findings and at least four number columns at ${viewport.width}×${viewport.height}, with a tooltip on every abbreviated header`, async () => {
      const { app, page, errors } = await openSample(browser(), viewport);
      await cell(page, 'HG', `own.${FIELD}`).waitFor();
      for (const col of ['name', 'findings'])
        expect(await page.locator(`.ag-header-cell[col-id="${col}"]`).isVisible()).toBe(true);
      expect((await numberColumnsInView(page)).length).toBeGreaterThanOrEqual(4);
      // The name column takes the room there is: at 1920 px no name in view is cut.
      await page.locator('.ag-row[row-id="HG.SNV"]').first().waitFor();
      if (viewport.width >= 1920) await expect.poll(() => namesCut(page)).toEqual([]);
      expect((await numberColumnsInView(page)).length).toBeGreaterThanOrEqual(4);
      // Own and subtree totals say which they are: Σ before a total, and the full name in words on hover.
      expect(await page.locator(`.ag-header-cell[col-id="sum.${FIELD}"] .ag-header-cell-text`).textContent()).toBe(
        'Σ BC CC giao',
      );
      await page.locator(`.ag-header-cell[col-id="own.${FIELD}"]`).hover();
      await expect
        .poll(() => page.locator('.ag-tooltip').textContent())
        .toBe('Biên chế công chức được giao (riêng đơn vị)');
      await page.screenshot({ path: path.join(ARTIFACTS, `grid-${viewport.width}.png`) });
      expect(errors).toEqual([]);
      await page.close();
      await app.stop();
    });

  it('takes a typed number (the tree total follows), a pasted column in one step, and refuses a paste with a bad cell as a whole', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1366, height: 768 });
    const db = app.workspace.db;
    await cell(page, 'HG.SYT', 'name').locator('.toggle').click();
    await cell(page, 'HG.SYT.CCDS', `own.${FIELD}`).waitFor();

    // Typed: saved as the side panel saves it; the parent's total in the grid and in the tree follow.
    const ACTUAL = 'civilServantActual';
    const people = async () => Number((await treeTotal(page, 'HG.SYT').textContent())!.replace(/\D/g, ''));
    const peopleBefore = await people();
    const actual = getUnit(db, 'HG.SYT.CCDS')![ACTUAL];
    const parentActual = Number((await cell(page, 'HG.SYT', `sum.${ACTUAL}`).textContent())!.replace(/\./g, ''));
    await cell(page, 'HG.SYT.CCDS', `own.${ACTUAL}`).click();
    await page.locator('.ag-cell-inline-editing input').fill(String(actual + 5));
    await page.keyboard.press('Enter');
    await expect.poll(() => getUnit(db, 'HG.SYT.CCDS')![ACTUAL]).toBe(actual + 5);
    await expect.poll(() => cell(page, 'HG.SYT', `sum.${ACTUAL}`).textContent()).toBe(vi(parentActual + 5));
    await expect.poll(people).toBe(peopleBefore + 5);

    // A refused value: the cell keeps the stored number, the message names the unit and the field.
    const own = getUnit(db, 'HG.SYT.CCDS')![FIELD];
    await cell(page, 'HG.SYT.CCDS', `own.${FIELD}`).click();
    await page.locator('.ag-cell-inline-editing input').fill('12,5');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('unit-grid-error').textContent())
      .toBe(
        `${getUnit(db, 'HG.SYT.CCDS')!.name}, Biên chế công chức được giao (riêng đơn vị): Phải là số nguyên (không có phần thập phân).`,
      );
    await expect.poll(() => cell(page, 'HG.SYT.CCDS', `own.${FIELD}`).textContent()).toBe(vi(own));
    expect(getUnit(db, 'HG.SYT.CCDS')![FIELD]).toBe(own);

    // A column of three numbers copied from Excel, pasted from the focused cell down: one step.
    const codes = await rowCodes(page);
    const from = codes.indexOf('HG.SYT.CCDS');
    const three = codes.slice(from, from + 3);
    await focusGridCell(page, cell(page, three[0]!, `own.${FIELD}`));
    await pasteText(page, '11\r\n1.234\r\n7\r\n');
    await expect.poll(() => three.map((c) => getUnit(db, c)![FIELD])).toEqual([11, 1234, 7]);
    await expect.poll(() => page.getByTestId('unit-grid-paste').textContent()).toContain('Đã dán 3 ô');
    await expect.poll(() => cell(page, three[1]!, `own.${FIELD}`).textContent()).toBe('1.234');
    await page.screenshot({ path: path.join(ARTIFACTS, 'grid-pasted.png') });

    // One bad cell: nothing is saved, every refused cell is named with its unit, column and reason.
    const names = three.map((c) => getUnit(db, c)!.name);
    await focusGridCell(page, cell(page, three[0]!, `own.${FIELD}`));
    await pasteText(page, '5\n-3\nabc\n');
    await expect
      .poll(() => page.getByTestId('unit-grid-paste').textContent())
      .toBe(
        'Không dán gì — 2 ô bị từ chối:' +
          `${names[1]}, Biên chế công chức được giao (riêng đơn vị): Không được là số âm.` +
          `${names[2]}, Biên chế công chức được giao (riêng đơn vị): Phải nhập một số nguyên không âm.`,
      );
    expect(three.map((c) => getUnit(db, c)![FIELD])).toEqual([11, 1234, 7]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'grid-paste-refused.png') });

    // The paste was one step: one undo gives back all three numbers.
    await page.getByRole('button', { name: '↶ Hoàn tác' }).click();
    await expect.poll(() => getUnit(db, three[1]!)![FIELD]).not.toBe(1234);
    expect(getUnit(db, 'HG.SYT.CCDS')![FIELD]).toBe(own);
    expect(getUnit(db, 'HG.SYT.CCDS')![ACTUAL]).toBe(actual + 5);
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });

  it('hides and shows a column from the chooser, kept for the session', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1366, height: 768 });
    const header = page.locator(`.ag-header-cell[col-id="own.${FIELD}"]`);
    await header.waitFor();
    await page.getByTestId('unit-grid-columns').click();
    const own = page.locator('.column-chooser-menu fieldset', { hasText: 'Số liệu của riêng đơn vị' });
    await own.getByLabel('Biên chế công chức được giao').uncheck();
    await expect.poll(() => header.count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'grid-columns.png') });
    await page.reload();
    await page.locator('.ag-header-cell[col-id="name"]').waitFor();
    expect(await header.count()).toBe(0);
    await page.getByTestId('unit-grid-columns').click();
    await own.getByLabel('Biên chế công chức được giao').check();
    await header.waitFor();
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
