/**
 * Appendix numbers read back from what is printed (issue 20): a đề án with more than 40 appendices
 * (a unit's job positions each) keeps Roman numbers (Decree 30/2020) in every appendix's heading,
 * in the body's references and in the Word export, and each appendix's pages are numbered on
 * their own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { position, unit } from '../../tests/fixtures.ts';
import { chromiumPath } from '../../tests/e2e/harness.ts';
import { firstLine, readPdf } from '../../tests/pdf.ts';
import { tempDir } from '../../tests/temp.ts';
import { RULE_SETS } from '../../shared/rules/rule-sets.ts';
import { simulate } from '../../shared/scenario/simulate.ts';
import type { Operation } from '../../shared/scenario/operations.ts';
import { positionsByUnit } from '../../shared/positions/derive.ts';
import { buildProposal } from '../../shared/print/proposal.ts';
import { defaultSettings } from '../../shared/print/settings.ts';
import { appendixId, renderProposalHtml } from '../../shared/print/html.ts';
import { romanNumeral } from '../../shared/print/appendices.ts';
import { CHROMIUM_ARGS } from './chromium.ts';
import { numberAppendixPages } from './appendix-pages.ts';
import { proposalDocx } from './docx.ts';
import { tinosFontCss } from './fonts.ts';

const MERGED = 42;
const ruleSet = RULE_SETS[0]!;
const units = [
  unit('T', null, { name: 'UBND tỉnh', kind: 'people_committee' }),
  ...Array.from({ length: MERGED }, (_, i) => [
    unit(`A${i}`, 'T', { name: `Trường A${i}`, kind: 'psu', publicEmployeeQuota: 3, publicEmployeeActual: 3 }),
    unit(`B${i}`, 'T', { name: `Trường B${i}`, kind: 'psu', publicEmployeeQuota: 2, publicEmployeeActual: 2 }),
  ]).flat(),
];
const operations: Operation[] = Array.from({ length: MERGED }, (_, i) => ({
  type: 'merge',
  year: 2026,
  units: [`A${i}`, `B${i}`],
  into: { code: `M${i}`, name: `Trường hợp nhất ${i}`, kind: 'psu', parentCode: 'T' },
}));
const doc = buildProposal({
  type: 'de-an',
  settings: defaultSettings('Hậu Giang'),
  today: '2026-01-05',
  scenarioName: 'PA 1',
  provinceName: 'Hậu Giang',
  baseline: units,
  operations,
  simulation: simulate(units, operations, {
    baseYear: 2025,
    horizon: 2027,
    rules: { ruleSet, provinceClass: 'class2' },
    targets: [],
    positions: positionsByUnit(
      units.slice(1).map((u) => position(u.code, 'Giáo viên', 'professional', 3, { present: 3 })),
    ),
  }),
  ruleSet,
});
/** The last positions appendix's label ("Phụ lục XLV" or so): past 40. */
const last = `Phụ lục ${doc.appendices.at(-1)!.number}`;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 60_000);
afterAll(async () => browser?.close());

describe('more than 40 appendices keep Roman numbers', () => {
  it('in the document: every appendix numbered I, II, … in order, past XL', () => {
    expect(doc.appendices.length).toBeGreaterThan(40);
    expect(doc.appendices.map((a) => a.number)).toEqual(doc.appendices.map((_, i) => romanNumeral(i + 1)));
  });

  it(
    'in the PDF: headings, the body’s references and each appendix’s own page numbers',
    { timeout: 120_000 },
    async () => {
      const page = await browser.newPage();
      const file = path.join(tempDir(), 'de-an.pdf');
      try {
        await page.setContent(renderProposalHtml(doc, tinosFontCss()), { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        fs.writeFileSync(
          file,
          numberAppendixPages(
            bytes,
            doc.appendices.map((_, i) => appendixId(i)),
          ),
        );
      } finally {
        await page.close();
      }
      const pdf = readPdf(file);
      const all = pdf.pages.join('\n');
      expect(all).not.toMatch(/Phụ lục \d/);
      // Each appendix starts a page with its Roman label; its later pages count from 2.
      const starts = doc.appendices.map((a) => pdf.pages.findIndex((p) => firstLine(p) === `Phụ lục ${a.number}`));
      expect(starts.every((s, i) => s > 0 && (i === 0 || s > starts[i - 1]!))).toBe(true);
      starts.forEach((start, k) => {
        const end = starts[k + 1] ?? pdf.pages.length;
        for (let i = start + 1; i < end; i++) expect(firstLine(pdf.pages[i]!)).toBe(String(i - start + 1));
      });
      // The body refers to the last appendices by their Roman numbers.
      const body = pdf.pages.slice(0, starts[0]).join('\n').replace(/\s+/g, ' ');
      expect(body).toContain(`Vị trí việc làm của Trường hợp nhất ${MERGED - 1} đến cuối năm 2027 tại ${last}.`);
    },
  );

  it('in Word: headings and references in Roman numbers', () => {
    const file = path.join(tempDir(), 'de-an.docx');
    fs.writeFileSync(file, proposalDocx(doc));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).not.toMatch(/Phụ lục \d/);
    for (const a of doc.appendices) expect(text).toContain(`Phụ lục ${a.number}${a.title}`);
    expect(text).toContain(`tại ${last}.`);
  });
});
