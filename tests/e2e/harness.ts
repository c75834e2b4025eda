/**
 * End-to-end harness: the real browser-mode server over a temp workspace, driven in Debian's
 * Chromium through playwright-core (never a downloaded browser).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { ARTIFACTS, ensureRendererBuilt, launchBrowser, serveWorkspace } from './browser.ts';

/** The two screen sizes officers use; every UI journey is walked at both. */
export const SCREENS: Array<{ width: number; height: number }> = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

export { ARTIFACTS, chromiumPath, ensureRendererBuilt, launchBrowser, serveWorkspace, type App } from './browser.ts';

/** One Chromium for the test file: launched before its tests (renderer built), closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureRendererBuilt();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** The bundled sample province served from a temp file, open in a new Chromium page. */
export async function openSample(browser: Browser, viewport = { width: 1600, height: 950 }) {
  const { createWorkspace } = await import('../../db/workspace.ts');
  const { generateSampleProvince, sampleMeta } = await import('../../shared/sample/hau-giang.ts');
  const { tempDir } = await import('../temp.ts');
  const file = path.join(tempDir(), 'hg.tinhgon');
  createWorkspace(file, sampleMeta(), generateSampleProvince()).close();
  return openWorkspacePage(browser, file, viewport);
}

/** A workspace file served and open in a new Chromium page, its tree shown; page errors are collected. */
export async function openWorkspacePage(browser: Browser, file: string, viewport = { width: 1600, height: 950 }) {
  const app = await serveWorkspace(file);
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  watchErrors(page, errors);
  await page.goto(app.server.openUrl);
  await page.locator('.tree-row').first().waitFor();
  return { app, page, errors };
}

/** Shows one of the plan workspace's centre tabs (Sơ đồ, Bảng, Chỉ số, Mục tiêu, Lộ trình, So sánh). */
export async function planTab(page: Page, name: string) {
  const tab = page.getByRole('tablist', { name: 'Xem phương án' }).getByRole('tab', { name, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
}

/**
 * Picks a unit in a form's unit field by searching its code, as a person searches a name: the
 * match whose code is exactly `code` is clicked. `field` is the field's name ("Đơn vị").
 */
export async function pickUnit(scope: Page | Locator, field: string, code: string) {
  const group = scope.getByRole('group', { name: field, exact: true });
  // A unit still picked (the form keeps it after a refusal): cleared first.
  const clear = group.getByRole('button', { name: `Bỏ chọn (${field})` });
  if (await clear.count()) await clear.click();
  await group.getByLabel(`${field}: tìm theo tên hoặc mã`).fill(code);
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await group.getByRole('button', { name: new RegExp(`^Chọn .*\\(${escaped}\\)$`) }).click();
}

/** The header of the job positions template, `;`-separated as Excel writes a Vietnamese CSV. */
export const POSITIONS_HEADER =
  'Mã đơn vị;Vị trí việc làm;Nhóm vị trí;Ngạch/chức danh nghề nghiệp;Hình thức;Số lượng cần;Số lượng hiện có';

/** Imports job positions (template rows, `;`-separated) through a unit panel's positions box, waiting for `said`. */
export async function importPositions(page: Page, rows: readonly string[], said: string) {
  await page.locator('.tree-row[data-code="HG.SNV"]').click();
  const csv = [`\ufeff${POSITIONS_HEADER}`, ...rows, ''].join('\n');
  await page
    .getByTestId('positions-import')
    .setInputFiles({ name: 'vtvl.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect.poll(() => page.getByTestId('positions-message').textContent()).toContain(said);
}

/** Creates an empty plan and returns helpers over its page. */
export async function newPlan(page: Page, name: string) {
  await page.getByRole('tab', { name: 'Phương án' }).click();
  await page.getByLabel('Tên phương án mới').fill(name);
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
    ).slice(1);
  };
  const target = async (id: string) => {
    await planTab(page, 'Mục tiêu');
    return (
      await page.getByTestId('scenario-targets').locator(`tr[data-target="${id}"]`).locator('td').allTextContents()
    )[2];
  };
  return { ops, metric, target };
}

/**
 * Drags a grid row by its handle and drops it on another row's `column` cell, as a person does
 * with the mouse; `scope` is the page or the part of it holding the grid.
 */
export async function dragGridRow(page: Page, scope: Page | Locator, from: string, onto: string, column = 'code') {
  const handle = scope.locator(`.ag-row[row-id="${from}"] .ag-drag-handle`);
  const target = scope.locator(`.ag-row[row-id="${onto}"] [col-id="${column}"]`);
  await handle.scrollIntoViewIfNeeded();
  const a = (await handle.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++)
    await page.mouse.move(a.x + ((b.x + 20 - a.x) * i) / steps, a.y + ((b.y + b.height / 2 - a.y) * i) / steps);
  await page.mouse.up();
}

/** One animation frame of the page: a poll paced by what the page draws, not by the clock. */
const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

/**
 * Waits until the chart's boxes stop moving (a transition, a zoom to fit or a centring on the
 * selected unit has ended): the same positions over three animation frames in a row.
 */
export async function chartAtRest(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __chartLast?: string; __chartSame?: number };
    delete w.__chartLast;
    w.__chartSame = 0;
  });
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __chartLast?: string; __chartSame?: number };
      const now = [...document.querySelectorAll('.chart-node')]
        .slice(0, 40)
        .map((n) => {
          const r = n.getBoundingClientRect();
          return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}`;
        })
        .join(';');
      w.__chartSame = now === w.__chartLast ? (w.__chartSame ?? 0) + 1 : 0;
      w.__chartLast = now;
      return w.__chartSame >= 3;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
}

/** Drags the box of unit `from` of the page's workspace chart onto the box of `onto`, as a person does with the mouse. */
export async function dragChartBox(page: Page, from: string, onto: string) {
  const box = (code: string) => page.locator(`.chart-node[data-chart-code="${code}"] .chart-box`);
  // The chart may still be moving (centring on the selected unit after an edit): wait until both
  // boxes stay put for a frame or two, or the drag would start and end where they were.
  const settled = async (code: string) => {
    let last = '';
    for (let i = 0; i < 50; i++) {
      const r = await box(code).boundingBox();
      const now = JSON.stringify(r);
      if (r && now === last) return r;
      last = now;
      await nextFrame(page);
    }
    return (await box(code).boundingBox())!;
  };
  await settled(from);
  const b = await settled(onto);
  const a = await settled(from);
  await page.mouse.move(a.x + 30, a.y + 20);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(a.x + 30 + ((b.x + 40 - a.x - 30) * i) / 10, a.y + 20 + ((b.y + 25 - a.y - 20) * i) / 10);
  await page.mouse.up();
}

/** Collects into `errors` what a page must never do: throw, or have the Content-Security-Policy refuse something (Chromium logs it). */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
}

/**
 * Focuses a grid cell without editing it: a click opens its editor (once drawn, which under load
 * may come after a key press sent at once), Escape closes it, and the cell keeps the focus.
 */
export async function focusGridCell(page: Page, cell: Locator): Promise<void> {
  await cell.click();
  const editor = page.locator('.ag-cell-inline-editing input');
  await editor.waitFor();
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'detached' });
  const col = await cell.getAttribute('col-id');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('col-id') ?? null)).toBe(col);
}

/** Pastes `text` as a spreadsheet's clipboard does, into the focused element. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    (document.activeElement ?? document.body).dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/**
 * The selects under `scope` whose chosen option's text does not fit: each is measured against its
 * text in its own font plus its arrow and insets (28 px; Chromium sizes a select to its options with
 * no room for the arrow in the fallback fonts of Linux machines). Empty when nothing is cut.
 */
export async function cutSelects(scope: Locator): Promise<Array<{ text: string; need: number; has: number }>> {
  return scope.locator('select').evaluateAll((selects) =>
    (selects as HTMLSelectElement[])
      .map((s) => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = getComputedStyle(s).font;
        const text = s.selectedOptions[0]?.textContent ?? '';
        return { text, need: ctx.measureText(text).width + 28, has: s.clientWidth };
      })
      .filter((m) => m.has < m.need),
  );
}
