/**
 * The layout rules of Decree 30/2020 Appendix I, read back from what is printed: the PDF (through
 * the system Chromium, as the CLI and browser mode print it; pdftotext, pdftoppm) and the Word
 * export (its word/document.xml): appendix pages numbered per appendix, the rules under the issuing
 * body and the summary ⅓–½ of their text, the signature never alone on its page, document numbers
 * and periods of years unbroken, typographic quotes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { Appendix, Block, ProposalDoc } from '../../shared/print/model.ts';
import { appendixId, FONT_FAMILY, renderProposalHtml } from '../../shared/print/html.ts';
import { TEXT_WIDTH } from '../../shared/print/page.ts';
import { chromiumPath } from '../../tests/e2e/harness.ts';
import { firstLine, readPdf } from '../../tests/pdf.ts';
import { tempDir } from '../../tests/temp.ts';
import { CHROMIUM_ARGS } from './chromium.ts';
import { numberAppendixPages } from './appendix-pages.ts';
import { proposalDocx, WORD_NO_BREAK } from './docx.ts';
import { tinosFontCss } from './fonts.ts';

const FILLER =
  'Nội dung đoạn văn thử nghiệm để lấp đầy trang, gồm nhiều chữ để xuống dòng như một đoạn văn bản hành chính thông thường của đề án.';

function doc(over: Partial<ProposalDoc> = {}): ProposalDoc {
  return {
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
    bases: ['Căn cứ Nghị định số 120/2020/NĐ-CP.'],
    body: [{ kind: 'para', text: 'Đoạn mở đầu.' }],
    closing: null,
    signature: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' },
    distribution: ['- Như trên;', '- Lưu: VT, TCBM.'],
    appendices: [],
    roadmap: { years: [], byReason: [], totalCost: null, bases: null },
    ...over,
  };
}

/** An appendix of `rows` table rows (about 30 a page). */
const appendix = (number: string, rows: number): Appendix => ({
  number,
  title: `PHỤ LỤC THỬ ${number}`,
  subtitle: '(Kèm theo Đề án số 05/ĐA-SNV)',
  blocks: [
    {
      kind: 'table',
      table: {
        columns: [{ width: 20, align: 'center' }, { width: 145 }],
        header: [[{ text: 'STT' }, { text: 'Tên' }]],
        rows: Array.from({ length: rows }, (_, i) => ({ cells: [String(i + 1), `Đơn vị ${number}.${i + 1}`] })),
      },
    },
  ],
});

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 60_000);
afterAll(async () => browser?.close());

/** The document printed as the print.pdf handler prints it (HTML, Chromium, appendix page numbers). */
async function pdfOf(d: ProposalDoc): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.setContent(renderProposalHtml(d, tinosFontCss()), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = path.join(tempDir(), 'doc.pdf');
    fs.writeFileSync(
      file,
      numberAppendixPages(
        bytes,
        d.appendices.map((_, i) => appendixId(i)),
      ),
    );
    return file;
  } finally {
    await page.close();
  }
}

function docxXml(d: ProposalDoc, part = 'word/document.xml'): string {
  const file = path.join(tempDir(), 'doc.docx');
  fs.writeFileSync(file, proposalDocx(d));
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** The text of a Word paragraph's runs (a non-breaking hyphen read as "-"). */
const wordText = (p: string) =>
  [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)].map((m) => m[1] ?? '-').join('');

describe('appendix pages are numbered per appendix', () => {
  it(
    'in the PDF: each appendix from 1 (its first page without a number), the body from 2',
    { timeout: 120_000 },
    async () => {
      const d = doc({
        body: [
          ...Array.from({ length: 30 }, (): Block => ({ kind: 'para', text: FILLER })),
          { kind: 'para', text: 'Chi tiết tại Phụ lục I và Phụ lục II.' },
        ],
        appendices: [appendix('I', 80), appendix('II', 70)],
      });
      const pdf = readPdf(await pdfOf(d));
      const starts = ['PHỤ LỤC THỬ I', 'PHỤ LỤC THỬ II'].map((t) => pdf.pages.findIndex((p) => p.includes(t)));
      expect(starts[0]).toBeGreaterThan(1);
      expect(starts[1]).toBeGreaterThan(starts[0]! + 2);
      // The body: page 1 unnumbered, then 2, 3…
      expect(firstLine(pdf.pages[0]!)).not.toMatch(/^\d+$/);
      for (let i = 1; i < starts[0]!; i++) expect(firstLine(pdf.pages[i]!)).toBe(String(i + 1));
      // Each appendix: its first page unnumbered (it starts with its label), then 2, 3… of its own.
      const ends = [starts[1]!, pdf.pages.length];
      starts.forEach((start, k) => {
        expect(firstLine(pdf.pages[start]!)).toBe(`Phụ lục ${k === 0 ? 'I' : 'II'}`);
        for (let i = start + 1; i < ends[k]!; i++) expect(firstLine(pdf.pages[i]!)).toBe(String(i - start + 1));
      });
    },
  );

  it('in Word: each appendix a section whose numbering restarts at 1, its first page without a number', () => {
    const xml = docxXml(doc({ appendices: [appendix('I', 5), appendix('III.1.đ', 5)] }));
    const sections = [...xml.matchAll(/<w:sectPr>([\s\S]*?)<\/w:sectPr>/g)].map((m) => m[1]!);
    expect(sections).toHaveLength(3);
    expect(sections[0]).not.toContain('w:start');
    for (const s of sections.slice(1)) {
      expect(s).toContain('<w:pgNumType w:start="1"/>');
      expect(s).toContain('<w:titlePg/>');
    }
    const text = wordText(xml);
    expect(text).toContain('Phụ lục I');
    expect(text).toContain('Phụ lục III.1.đ');
  });
});

/** Dark horizontal runs in a page rendered at `dpi` (a PGM from pdftoppm): [y, x0, x1] in points. */
function horizontalRules(pdfFile: string, dpi: number, minPt: number): Array<[number, number, number]> {
  const out = path.join(tempDir(), 'page');
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdfFile, out]);
  const pgm = fs.readFileSync(`${out}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [w, h, off] = [Number(header[1]), Number(header[2]), header[0].length];
  const px = 72 / dpi;
  const rules: Array<[number, number, number]> = [];
  for (let y = 0; y < h; y++) {
    let x = 0;
    while (x < w) {
      if (pgm[off + y * w + x]! >= 128) {
        x++;
        continue;
      }
      const x0 = x;
      while (x < w && pgm[off + y * w + x]! < 128) x++;
      if ((x - x0) * px >= minPt) rules.push([y * px, x0 * px, x * px]);
    }
  }
  return rules;
}

/** The words of page 1 with their boxes (points, from the top left). */
function words(pdfFile: string): Array<{ text: string; x0: number; x1: number; y0: number; y1: number }> {
  const html = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdfFile, '-'], { encoding: 'utf8' });
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! }));
}

describe('the rules under the issuing body and the summary line are ⅓–½ of their text', () => {
  const title = 'Sắp xếp tổ chức bộ máy';
  it('in the PDF, measured on the rendered page', { timeout: 60_000 }, async () => {
    const file = await pdfOf(doc({ title }));
    const ws = words(file);
    const rules = horizontalRules(file, 200, 8);
    /** The line of words starting with `first` and its rule: the first dark run below it, centred under it. */
    const check = (first: string, count: number) => {
      const at = ws.findIndex((w) => w.text === first);
      const line = ws.slice(at, at + count);
      const [x0, x1, bottom] = [line[0]!.x0, line.at(-1)!.x1, line[0]!.y1];
      const rule = rules.find(
        ([y, a, b]) => y > bottom - 2 && y < bottom + 12 && a < (x0 + x1) / 2 && b > (x0 + x1) / 2,
      );
      expect(rule, `a rule under "${first}…"`).toBeDefined();
      const ratio = (rule![2] - rule![1]) / (x1 - x0);
      expect(ratio).toBeGreaterThanOrEqual(1 / 3);
      expect(ratio).toBeLessThanOrEqual(1 / 2);
      // Centred under its text.
      expect(Math.abs((rule![1] + rule![2]) / 2 - (x0 + x1) / 2)).toBeLessThan(2);
    };
    check('SỞ', 3);
    check('Sắp', title.split(' ').length);
  });

  it('in Word, drawn as long as ⅓–½ of the text as Chromium measures it in Times New Roman metrics', async () => {
    const xml = docxXml(doc({ title }));
    const page = await browser.newPage();
    try {
      await page.setContent(`<style>${tinosFontCss()}</style><span id="t" style="font-family:${FONT_FAMILY}"></span>`);
      const measure = (text: string, pt: number) =>
        page.evaluate(
          async ([text, pt]) => {
            await document.fonts.ready;
            const el = document.getElementById('t')!;
            el.textContent = text;
            el.style.font = `bold ${pt}pt Tinos`;
            await document.fonts.load(el.style.font, text);
            return (el.getBoundingClientRect().width * 25.4) / 96;
          },
          [text, pt] as const,
        );
      const paras = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
      /** The rule drawn right after the paragraph reading `text`: its width is its column's less its indents. */
      const ruleAfter = (text: string, column: number) => {
        const at = paras.findIndex((p) => wordText(p) === text);
        const rule = paras[at + 1]!;
        expect(rule).toMatch(/<w:pBdr><w:top w:val="single"/);
        const ind = /<w:ind w:left="(\d+)" w:right="(\d+)"\/>/.exec(rule)!;
        return column - ((Number(ind[1]) + Number(ind[2])) * 25.4) / 1440;
      };
      const issuer = ruleAfter('SỞ NỘI VỤ', TEXT_WIDTH * 0.4) / (await measure('SỞ NỘI VỤ', 12.5));
      const summary = ruleAfter(title, TEXT_WIDTH) / (await measure(title, 14));
      for (const ratio of [issuer, summary]) {
        expect(ratio).toBeGreaterThanOrEqual(1 / 3);
        expect(ratio).toBeLessThanOrEqual(1 / 2);
      }
    } finally {
      await page.close();
    }
  });
});

describe('the signature block never stands alone on a page', () => {
  it(
    'in the PDF: wherever the body ends, the page with the signature has body text',
    { timeout: 180_000 },
    async () => {
      // Bodies ending lower and lower on page 2, a paragraph (about 16 mm) at a time: one of them ends
      // too low for the signature block (about 45 mm) to fit under it.
      for (let n = 14; n <= 20; n++) {
        const body: Block[] = Array.from({ length: n }, (_, i) => ({ kind: 'para', text: `Đoạn ${i + 1}. ${FILLER}` }));
        const pdf = readPdf(await pdfOf(doc({ body })));
        const at = pdf.pages.findIndex((p) => p.includes('Nơi nhận:'));
        expect(pdf.pages[at], `${n} paragraphs`).toMatch(/Đoạn \d+\./);
      }
    },
  );

  it('in Word: the closing paragraph is kept whole and with the signature block, whose row never splits', () => {
    const closing = 'Kính trình Ủy ban nhân dân tỉnh Hậu Giang xem xét, quyết định./.';
    const xml = docxXml(doc({ type: 'to-trinh', closing }));
    const paras = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:tbl>/g)].map((m) => m[0]);
    const at = paras.findIndex((p) => wordText(p) === closing);
    expect(paras[at]).toContain('<w:keepNext/><w:keepLines/>');
    // Then only a spacer (kept with what follows) before the signature table.
    expect(paras[at + 1]).toContain('<w:keepNext/>');
    expect(paras[at + 2]).toBe('<w:tbl>');
    const signature = xml.slice(xml.indexOf('Nơi nhận:') - 2000);
    expect(signature.slice(signature.indexOf('<w:tr>'), signature.indexOf('<w:tr>') + 40)).toContain('<w:cantSplit/>');
    // A đề án has no closing line: its last paragraph goes with the signature.
    const deAn = docxXml(doc({ body: [{ kind: 'para', text: 'Đoạn cuối.' }] }));
    const last = [...deAn.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => wordText(p) === 'Đoạn cuối.');
    expect(last).toContain('<w:keepNext/><w:keepLines/>');
  });
});

describe('document numbers and periods of years never break; quotes are typographic', () => {
  const text =
    'Thực hiện Nghị định số 120/2020/NĐ-CP và Nghị quyết 19-NQ/TW giai đoạn 2021–2030 và 2026-2030, phương án "PA 1" đã được rà soát.';
  it('in the PDF: a number at a line end moves whole to the next line', { timeout: 60_000 }, async () => {
    // Paragraphs pushing the numbers across the line end a word at a time.
    const body: Block[] = Array.from({ length: 12 }, (_, i) => ({
      kind: 'para',
      noIndent: true,
      text: `${'Văn bản '.repeat(i)}${text}`,
    }));
    const pdf = readPdf(await pdfOf(doc({ body, bases: [] })), { layout: false });
    const all = pdf.pages.join('\n');
    for (const piece of ['120/2020/NĐ-CP', '19-NQ/TW', '2021–2030', '2026-2030', '“PA 1”']) {
      expect(all.split(piece).length - 1, piece).toBe(12);
    }
    expect(all).not.toContain('"PA 1"');
  });

  it('in Word: non-breaking hyphens inside numbers and periods, typographic quotes', () => {
    const xml = docxXml(
      doc({ body: [{ kind: 'para', text }], header: { ...doc().header, numberLine: 'Số: 05/ĐA-SNV' } }),
    );
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
    // No breakable hyphen or dash left between two letters or digits.
    expect(texts.filter((t) => /[\p{L}\p{N}][-–][\p{L}\p{N}]/u.test(t))).toEqual([]);
    expect(texts.filter((t) => /[\p{L}\p{N}]–|–[\p{L}\p{N}]/u.test(t))).toEqual([]);
    const body = wordText(xml);
    expect(body).toContain('120/2020/NĐ-CP');
    expect(body).toContain('Số: 05/ĐA-SNV');
    // The period keeps its en dash (not a hyphen), held to its years by the word joiner.
    expect(body).toContain(`2021${WORD_NO_BREAK}–${WORD_NO_BREAK}2030`);
    expect(body).not.toContain('2021-2030');
    expect(body).toContain('2026-2030');
    expect(body).toContain('“PA 1”');
    expect(xml).toContain('<w:noBreakHyphen/>');
    expect(docxXml(doc(), 'word/styles.xml')).toContain('<w:lang w:val="vi-VN"');
  });
});
