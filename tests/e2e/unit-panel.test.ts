/**
 * The unit panel in Chromium (issue 15): a unit with units under it is described by its whole
 * first ("toàn đơn vị (kể cả trực thuộc)"), its own figures second and labelled, and editing edits
 * the own figures.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getUnit, listUnits } from '../../db/units-repo.ts';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();
const SO = 'HG.SNV'; // Sở Nội vụ: its own row and the phòng, chi cục and centres under it

describe('unit panel, end to end in Chromium', () => {
  it("leads with a sở's whole, shows its own figures second, labelled, and edits the own figures", async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1600, height: 950 });
    const db = app.workspace.db;
    const subtree = (code: string) => listUnits(db).filter((u) => u.code === code || u.code.startsWith(`${code}.`));
    const whole = (field: 'civilServantQuota' | 'civilServantActual') => subtree(SO).reduce((s, u) => s + u[field], 0);
    const own = getUnit(db, SO)!;
    expect(subtree(SO).length).toBeGreaterThan(1);
    expect(whole('civilServantQuota')).toBeGreaterThan(own.civilServantQuota);

    await page.locator(`.tree-row[data-code="${SO}"] .tree-name`).click();
    await expect.poll(() => page.locator('.panel-title').textContent()).toBe('Sở Nội vụ');
    const rollup = page.getByTestId('panel-rollup');
    const ownBox = page.getByTestId('panel-own');
    // The whole comes first, under its label, with the figures the tree gives the sở.
    await expect.poll(() => rollup.locator('legend').textContent()).toBe('Toàn đơn vị (kể cả trực thuộc)');
    // Each total marked Σ, as the grid's subtree-total columns are.
    expect(await rollup.locator('dt').first().textContent()).toBe('Σ Biên chế công chức được giao');
    expect(await rollup.locator('dd[data-field="civilServantQuota"]').textContent()).toBe(
      String(whole('civilServantQuota')),
    );
    const treePeople = await page.locator(`.tree-row[data-code="${SO}"] .tree-total`).textContent();
    expect(treePeople).toBe(`${await rollup.locator('dd[data-field="totalPeople"]').textContent()} người`);
    const before = await rollup.evaluate(
      (r, o) => !!(r.compareDocumentPosition(o) & Node.DOCUMENT_POSITION_FOLLOWING),
      await ownBox.elementHandle(),
    );
    expect(before).toBe(true);
    // Then the own figures, said to be the unit's alone and the ones edited here.
    expect(await ownBox.locator('legend').textContent()).toBe(
      'Riêng đơn vị (không kể đơn vị trực thuộc): nhập, sửa tại đây',
    );
    expect(await ownBox.textContent()).toContain('Các ô dưới đây chỉ là số liệu riêng của Sở Nội vụ');
    expect(await page.locator('#f-civilServantQuota').inputValue()).toBe(String(own.civilServantQuota));
    await page.screenshot({ path: path.join(ARTIFACTS, 'unit-panel-whole.png') });

    // Editing changes the own row; the whole follows.
    await page.locator('#f-civilServantQuota').fill(String(own.civilServantQuota + 1));
    await page.locator('#f-civilServantQuota').press('Enter');
    await expect.poll(() => getUnit(db, SO)!.civilServantQuota).toBe(own.civilServantQuota + 1);
    await expect
      .poll(() => rollup.locator('dd[data-field="civilServantQuota"]').textContent())
      .toBe(String(whole('civilServantQuota')));

    // A unit with nothing under it has one set of figures, not labelled as a part.
    await page.locator(`.tree-row[data-code="${SO}"] > .toggle`).click();
    await page.locator(`.tree-row[data-code="${SO}.P01"] .tree-name`).click();
    await expect.poll(() => page.locator('.panel-title').textContent()).toBe('Văn phòng Sở');
    expect(await page.getByTestId('panel-rollup').count()).toBe(0);
    expect(await ownBox.locator('legend').textContent()).toBe('Biên chế và nhân sự');

    await page.close();
    expect(errors).toEqual([]);
    await app.stop();
  });
});
