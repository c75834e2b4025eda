/** The whole workbench in English: every label translated (no message keys shown), numbers in English format. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('English interface', () => {
  it('shows no untranslated key in the tree, grid, chart, panel, findings, history and rules', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1600, height: 950 });
    await page.getByRole('button', { name: 'EN' }).click();
    await page
      .locator('.tree-row[data-code="HG.SYT.BVDK"]')
      .waitFor({ state: 'detached' })
      .catch(() => {});
    await page.locator('.tree-row[data-code="HG"] .tree-name').click();
    const keyLike =
      /\b(app|view|tree|panel|field|short|grid|kind|level|sector|err|menu|import|rules|class|confidence|param|findings|rule|severity|edit|chart|files|find)\.[a-zA-Z]+/;
    const texts: string[] = [];
    texts.push(await page.locator('body').innerText());
    await page.getByRole('tab', { name: /^Findings/ }).click();
    texts.push(await page.locator('body').innerText());
    await page.getByRole('tab', { name: 'Edit history' }).click();
    texts.push(await page.locator('body').innerText());
    await page.getByRole('tab', { name: 'Org chart' }).click();
    await page.locator('.chart-node').first().waitFor();
    texts.push(await page.locator('body').innerText());
    await page.screenshot({ path: path.join(ARTIFACTS, 'english-chart.png') });
    await page.getByRole('button', { name: 'Rule checks…' }).click();
    texts.push(await page.locator('body').innerText());
    await page.screenshot({ path: path.join(ARTIFACTS, 'english-rules.png') });
    for (const t of texts) expect(t.match(keyLike)?.[0] ?? null).toBeNull();
    expect(texts[0]).toContain('13,829 people');
    await page.close();
    expect(errors).toEqual([]);
    await app.stop();
  });
});
