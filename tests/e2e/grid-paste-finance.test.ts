/**
 * Pasting from Excel into the finance grid in Chromium (the same paste handler as the unit grid):
 * two columns of three rows written in one step, then a block with a bad amount refused as a whole,
 * the unit and the column named, nothing written.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFigures } from '../../db/finance-repo.ts';
import { ARTIFACTS, focusGridCell, openSample, pasteText, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('pasting figures into the finance grid', () => {
  it('writes a pasted block in one step, and refuses a block with a bad amount naming the unit and the column', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1366, height: 768 });
    const db = app.workspace.db;
    await page.getByRole('tab', { name: 'Tự chủ tài chính' }).click();
    await page.getByTestId('finance-unit').selectOption('trieu_dong');
    await expect
      .poll(() => page.getByTestId('finance-unit-line').textContent(), { timeout: 30_000 })
      .toBe('Đơn vị tính: triệu đồng');
    const year = Number(await page.getByTestId('finance-year').inputValue());
    const rows = page.locator('.finance-pane .grid-host .ag-row[row-id]');
    await rows.first().waitFor();
    const codes = await rows.evaluateAll((r) => {
      const byIndex = new Map(r.map((x) => [Number(x.getAttribute('row-index')), x.getAttribute('row-id')!]));
      return [...byIndex].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
    });
    const three = codes.slice(0, 3);

    // A (revenue) and B (spending) of three PSUs, copied from Excel as two columns.
    await focusGridCell(page, page.locator(`.finance-pane .ag-row[row-id="${three[0]}"] [col-id="revenue"]`));
    await pasteText(page, '1.234,5\t2.000\r\n75\t100\r\n30\t40\r\n');
    await expect.poll(() => listFigures(db, year).length, { timeout: 30_000 }).toBe(3);
    expect(
      three.map((c) => {
        const f = listFigures(db, year).find((x) => x.code === c)!;
        return [f.revenue, f.spending];
      }),
    ).toEqual([
      ['1234500000000000', '2000000000000000'], // stored in millionths of a đồng
      ['75000000000000', '100000000000000'],
      ['30000000000000', '40000000000000'],
    ]);
    await expect
      .poll(() => page.getByTestId('finance-paste').textContent(), { timeout: 30_000 })
      .toContain('Đã dán 6 ô');

    // One cell that is not an amount: nothing written, the cell named by unit and column.
    const stored = JSON.stringify(listFigures(db, year));
    await focusGridCell(page, page.locator(`.finance-pane .ag-row[row-id="${three[0]}"] [col-id="revenue"]`));
    await pasteText(page, '10\n12,3,4\n');
    await expect
      .poll(() => page.getByTestId('finance-paste').textContent())
      .toMatch(/^Không dán gì — 1 ô bị từ chối:.+, Tổng nguồn thu \(A\) \(triệu đồng\): Không đọc được số tiền/);
    expect(JSON.stringify(listFigures(db, year))).toBe(stored);
    await page.screenshot({ path: path.join(ARTIFACTS, 'finance-paste-refused.png') });
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
