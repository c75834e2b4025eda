/** The heads in post (số cấp trưởng) in the unit panel and the grid: shown, cleared to "chưa nhập" (never 1), typed again. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();
const UNIT = 'HG.SYT.BVTT'; // Bệnh viện Tâm thần: its head in post in the sample

describe('heads in post, end to end in Chromium', () => {
  it('the panel and the grid show the heads; an emptied field is "chưa nhập", not 1, and a figure comes back', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1500, height: 950 });
    await page.locator('.tree-row[data-code="HG.SYT"] > .toggle').click();
    await page.locator(`.tree-row[data-code="${UNIT}"]`).click();
    const field = page.locator('#f-heads');
    await expect.poll(() => field.inputValue()).toBe('1');
    const cell = page.locator(`.ag-row[row-id="${UNIT}"] [col-id="own.heads"]`);
    await expect.poll(() => cell.textContent()).toBe('1');

    await field.fill('');
    await field.press('Enter');
    await expect.poll(() => cell.textContent()).toBe('chưa nhập');
    expect(await field.getAttribute('placeholder')).toBe('chưa nhập');
    await page.screenshot({ path: path.join(ARTIFACTS, 'unit-heads.png') });

    await field.fill('abc');
    await field.press('Enter');
    await expect.poll(() => page.locator('[data-field="heads"] .field-error').count()).toBe(1);
    await expect.poll(() => cell.textContent()).toBe('chưa nhập');

    await field.fill('0');
    await field.press('Enter');
    await expect.poll(() => cell.textContent()).toBe('0');
    expect(errors).toEqual([]);
    await app.stop();
  });
});
