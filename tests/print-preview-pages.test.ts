/**
 * The print view's page count (renderer/src/print/print-pages.ts, run in Chromium as the print
 * view runs it) against the PDF Chromium prints of the same HTML: a table row taller than a page
 * (the unit list of an operation over hundreds of units) fills several printed pages, and the
 * count says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stripTypeScriptTypes } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { ProposalDoc } from '../shared/print/model.ts';
import { renderProposalHtml } from '../shared/print/html.ts';
import { CHROMIUM_ARGS } from '../electron/print/chromium.ts';
import { tinosFontCss } from '../electron/print/fonts.ts';
import { chromiumPath } from './e2e/harness.ts';
import { readPdf } from './pdf.ts';
import { tempDir } from './temp.ts';

const PAGINATE = stripTypeScriptTypes(
  fs.readFileSync(path.join(import.meta.dirname, '../renderer/src/print/print-pages.ts'), 'utf8'),
).replace(/^export /gm, '');

const units = Array.from({ length: 400 }, (_, i) => `Phòng Tư pháp — UBND huyện ${i + 1}: biên chế 6, 7 người`);
const doc: ProposalDoc = {
  type: 'de-an',
  header: {
    parentBody: 'UBND TỈNH HẬU GIANG',
    issuingBody: 'SỞ NỘI VỤ',
    numberLine: 'Số: 05/ĐA-SNV',
    placeDate: 'Vị Thanh, ngày 05 tháng 01 năm 2026',
  },
  typeName: 'ĐỀ ÁN',
  title: 'Sắp xếp tổ chức bộ máy',
  recipients: [],
  bases: [],
  body: [
    { kind: 'para', text: 'Phương án sắp xếp theo năm.' },
    {
      kind: 'table',
      table: {
        columns: [{ width: 15, align: 'center' }, { width: 60 }, { width: 90 }],
        header: [[{ text: 'STT' }, { text: 'Nội dung sắp xếp' }, { text: 'Trước' }]],
        rows: [
          { cells: ['1', 'Hợp nhất hai đơn vị', 'Đơn vị A: biên chế 3, 3 người'] },
          { cells: ['2', 'Không tổ chức cấp huyện', units.join('; ')] },
          { cells: ['3', 'Hợp nhất hai đơn vị', 'Đơn vị B: biên chế 3, 3 người'] },
        ],
        nameColumn: 1,
      },
    },
    { kind: 'para', text: 'Đoạn kết.' },
  ],
  closing: null,
  signature: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' },
  distribution: ['- Lưu: VT, TCBM.'],
  appendices: [],
  roadmap: { years: [], byReason: [], totalCost: null, bases: null },
};

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 60_000);
afterAll(async () => browser?.close());

async function loaded(html: string) {
  // The paginator is put into the page as a script of its own (the document's policy allows none).
  const page = await browser.newPage({ bypassCSP: true });
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

describe('the print view’s page count', () => {
  it(
    'counts a table row taller than a page for every page it prints on, as the PDF does',
    { timeout: 120_000 },
    async () => {
      const html = renderProposalHtml(doc, tinosFontCss());
      const printing = await loaded(html);
      const file = path.join(tempDir(), 'doc.pdf');
      fs.writeFileSync(file, await printing.pdf({ preferCSSPageSize: true, printBackground: true }));
      await printing.close();
      const printed = readPdf(file).pages.length;
      expect(printed).toBeGreaterThan(3);

      const preview = await loaded(html);
      await preview.addScriptTag({ content: PAGINATE });
      const { count, numbers } = await preview.evaluate(() => {
        const count = (window as unknown as { paginate: (d: Document) => number }).paginate(document);
        const numbers = [...document.querySelectorAll('.page-number')].map((n) => n.textContent);
        return { count, numbers };
      });
      await preview.close();
      expect(count).toBe(printed);
      // The page after the long row carries the number it prints with.
      expect(numbers.at(-1)).toBe(String(printed));
    },
  );
});
