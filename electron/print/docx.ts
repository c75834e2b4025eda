/**
 * The proposal as a Word document (.docx) with the same structure as the printed one: A4, Decree
 * 30/2020 margins, Times New Roman (vi-VN), the header table with the rule under the issuing body
 * and the rule under the summary line (each 40% of its text's length), headings, fixed-layout
 * tables whose header rows repeat on every page and whose rows never split, the closing paragraph
 * kept with the signature block, page numbers centred at the top from page 2 and, in each
 * appendix (its own section), restarting at 1. Document numbers and periods of years never break
 * (Word's non-breaking hyphen). The org chart appendix is given as tables (one per group).
 *
 * WordprocessingML is written directly, in chunks deflated as they come (zip.ts): the document of a
 * 5,000-unit plan is never held as one object tree or one string.
 */
import type { Appendix, Block, DataTable, ProposalDoc } from '../../shared/print/model.ts';
import { appendixLabel } from '../../shared/print/model.ts';
import { PAGE, TEXT_WIDTH } from '../../shared/print/page.ts';
import { boxFigures, type ChartPage } from '../../shared/print/org-chart.ts';
import { segments } from '../../shared/print/typeset.ts';
import { longestLine } from '../../shared/print/text-width.ts';
import { zipParts } from './zip.ts';

const FONT = 'Times New Roman';
/** Millimetres to twentieths of a point, rounded (A4 is 11906 × 16838). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const INDENT = twip(12.7);
/** The rules under the issuing body and the summary line: this share of their text's length (Decree 30: ⅓–½). */
export const RULE_SHARE = 0.4;

// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what this removes
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const x = (s: string) => s.replace(INVALID, '').replace(/[&<>"]/g, (c) => ESC[c]!);

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  strike?: boolean;
}

function rPr(s: RunStyle): string {
  const p =
    (s.bold ? '<w:b/><w:bCs/>' : '') +
    (s.italics ? '<w:i/><w:iCs/>' : '') +
    (s.strike ? '<w:strike/>' : '') +
    (s.size && s.size !== 14
      ? `<w:sz w:val="${Math.round(s.size * 2)}"/><w:szCs w:val="${Math.round(s.size * 2)}"/>`
      : '') +
    (s.underline ? '<w:u w:val="single"/>' : '');
  return p ? `<w:rPr>${p}</w:rPr>` : '';
}

/**
 * The word joiner (U+2060, Unicode's "no break here" of zero width): Word has no non-breaking en
 * dash, so the dash of a period of years ("2025–2030") stays an en dash held to its years by this
 * character on each side (LibreOffice broke a line after Word's own "no-width non break", U+200D).
 */
export const WORD_NO_BREAK = '\u2060';

/**
 * Text as runs: quotes typographic; in document numbers and periods of years a hyphen becomes
 * Word's non-breaking hyphen and an en dash stays an en dash that does not break.
 */
function runs(text: string, s: RunStyle = {}): string {
  if (text === '') return '';
  const pr = rPr(s);
  const t = (v: string) => (v ? `<w:t xml:space="preserve">${x(v)}</w:t>` : '');
  const kept = (v: string) =>
    v
      .split(/[-‑]/)
      .map((part) => t(part.replace(/ ?– ?/g, `${WORD_NO_BREAK}–${WORD_NO_BREAK}`)))
      .join('<w:noBreakHyphen/>');
  return segments(text)
    .map((seg) => `<w:r>${pr}${seg.keep ? kept(seg.text) : t(seg.text)}</w:r>`)
    .join('');
}

/** An empty cell's run: a cell reads as one text, even an empty one. */
const EMPTY_RUN = '<w:r><w:t xml:space="preserve"></w:t></w:r>';

type Align = 'left' | 'center' | 'right' | 'both';
interface ParaStyle extends RunStyle {
  align?: Align;
  indent?: boolean;
  before?: number;
  after?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  /** A rule above the paragraph, `rule` mm long, centred in `within` mm. */
  rule?: { length: number; within: number };
}

function para(text: string, s: ParaStyle = {}, extraPPr = ''): string {
  const rule = s.rule ? `<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>` : '';
  const side = s.rule ? twip((s.rule.within - s.rule.length) / 2) : 0;
  const ind = s.rule
    ? `<w:ind w:left="${side}" w:right="${side}"/>`
    : s.indent
      ? `<w:ind w:firstLine="${INDENT}"/>`
      : '';
  const pPr =
    (s.keepNext ? '<w:keepNext/>' : '') +
    (s.keepLines ? '<w:keepLines/>' : '') +
    rule +
    `<w:spacing w:before="${(s.before ?? 6) * 20}" w:after="${(s.after ?? 0) * 20}"/>` +
    ind +
    `<w:jc w:val="${s.align ?? 'both'}"/>` +
    extraPPr;
  return `<w:p><w:pPr>${pPr}</w:pPr>${runs(text, s)}</w:p>`;
}

/** An empty paragraph carrying a rule `length` mm long, centred in `within` mm (the lines under the issuing body and the summary). */
const ruleLine = (length: number, within: number, keepNext = false) =>
  para('', { rule: { length, within }, before: 0, size: 2, keepNext });

const CELL_MARGINS = `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>`;
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('')}</w:tblBorders>`;

interface Cell {
  xml: string;
  span?: number;
  /** 'restart' starts a vertical merge; 'continue' is the cell under it. */
  vMerge?: 'restart' | 'continue';
  vCenter?: boolean;
}

interface TableOptions {
  borders: boolean;
  /** False: no cell padding (the layout tables: Nơi nhận flush with the margin). */
  margins?: boolean;
}

function tableStart(widths: number[], opts: TableOptions): string {
  const grid = widths.map((w) => `<w:gridCol w:w="${twip(w)}"/>`).join('');
  const tblPr =
    `<w:tblW w:w="${twip(widths.reduce((a, b) => a + b, 0))}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>` +
    (opts.borders ? BORDERS : '<w:tblBorders/>') +
    '<w:tblLayout w:type="fixed"/>' +
    (opts.margins === false
      ? '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
      : CELL_MARGINS);
  return `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>`;
}

/** A row; it never splits across pages unless `cantSplit` is false; a header row repeats on every page. */
function rowXml(widths: number[], cells: Cell[], { header = false, cantSplit = true } = {}): string {
  let col = 0;
  const tcs = cells
    .map((c) => {
      const span = c.span ?? 1;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const tcPr =
        `<w:tcW w:w="${twip(w)}" w:type="dxa"/>` +
        (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
        (c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge === 'continue' ? '<w:vMerge/>' : '') +
        (c.vCenter ? '<w:vAlign w:val="center"/>' : '');
      return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${c.xml || '<w:p/>'}</w:tc>`;
    })
    .join('');
  const trPr = (cantSplit ? '<w:cantSplit/>' : '') + (header ? '<w:tblHeader/>' : '');
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${tcs}</w:tr>`;
}

const ALIGN: Record<string, Align> = { right: 'right', center: 'center' };

/** A data table: its header rows (cells spanning rows and columns placed on the grid) repeated on every page. */
function* dataTable(t: DataTable): Generator<string> {
  const size = t.size ?? 12;
  const nameCol = t.nameColumn ?? 1;
  const widths = t.columns.map((c) => c.width);
  const cell = (text: string, align: Align, s: RunStyle = {}, indent = 0) =>
    `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>${indent ? `<w:ind w:left="${indent}"/>` : ''}<w:jc w:val="${align}"/></w:pPr>${text ? runs(text, { size, ...s }) : EMPTY_RUN}</w:p>`;
  // Header cells by grid position: a cell spanning rows leaves a continuation cell in the rows under it.
  const below = new Map<number, { left: number; span: number }>();
  const header = t.header.map((row) => {
    const cells: Cell[] = [];
    let col = 0;
    const carry = () => {
      for (let m = below.get(col); m; m = below.get(col)) {
        cells.push({ xml: '', span: m.span, vMerge: 'continue' });
        if (--m.left === 0) below.delete(col);
        col += m.span;
      }
    };
    for (const c of row) {
      carry();
      const span = c.colSpan ?? 1;
      if ((c.rowSpan ?? 1) > 1) below.set(col, { left: c.rowSpan! - 1, span });
      cells.push({
        xml: cell(c.text, 'center', { bold: true }),
        span,
        vMerge: (c.rowSpan ?? 1) > 1 ? 'restart' : undefined,
        vCenter: true,
      });
      col += span;
    }
    carry();
    return { cells };
  });
  yield tableStart(widths, { borders: true }) + header.map((r) => rowXml(widths, r.cells, { header: true })).join('');
  // Rows in batches: one string per batch, never the whole table.
  let batch: string[] = [];
  for (const r of t.rows) {
    const cells: Cell[] = r.group
      ? [
          { xml: cell(r.cells[0] ?? '', 'center', { bold: true }) },
          { xml: cell(r.cells[1] ?? '', 'left', { bold: true }), span: t.columns.length - 1 },
        ]
      : r.cells.map((text, i) => ({
          xml: cell(
            text,
            ALIGN[t.columns[i]?.align ?? ''] ?? 'left',
            { bold: r.bold, italics: r.status === 'new', strike: r.status === 'gone' && i === nameCol },
            i === nameCol && r.depth ? twip(r.depth * 3) : 0,
          ),
        }));
    batch.push(rowXml(widths, cells));
    if (batch.length >= 200) {
      yield batch.join('');
      batch = [];
    }
  }
  yield batch.join('') + '</w:tbl>';
}

/** A chart page as tables: each group's unit, then its subordinates with their quota and staff. */
function* chartTables(page: ChartPage): Generator<string> {
  yield para(page.caption, { bold: true, align: 'center', size: 13, keepNext: true });
  for (const g of page.groups) {
    const [root, ...kids] = g.boxes;
    if (!root) continue;
    const figures = (b: typeof root) => boxFigures(b, b.root).join(' · ');
    yield* dataTable({
      // The figures ("BC 198 · 226 người · riêng đơn vị: BC 6 · 6 người · 14 đơn vị trực thuộc") on two lines, not three.
      columns: [{ width: 90 }, { width: 75 }],
      header: [[{ text: `${root.name}${g.continued ? ' (tiếp theo)' : ''}` }, { text: figures(root) }]],
      rows: kids.map((b) => ({ cells: [b.name, figures(b)], depth: 1 })),
      nameColumn: 0,
      size: 10,
    });
    yield para('', { before: 0 });
  }
}

function* blocks(list: readonly Block[], last: Block | null = null): Generator<string> {
  for (const b of list) {
    switch (b.kind) {
      case 'part':
        if (b.style === 'centred')
          yield (
            para(b.number, { bold: true, align: 'center', before: 12, keepNext: true }) +
            para(b.title, { bold: true, align: 'center', before: 0, keepNext: true })
          );
        else yield para(`${b.number} ${b.title}`, { bold: true, indent: true, before: 12, keepNext: true });
        break;
      case 'heading':
        yield para(b.text, { bold: true, indent: true, keepNext: true });
        break;
      case 'para':
        // The body's last paragraph goes with the signature block (kept whole, on its page).
        yield para(b.text, { italics: b.italic, indent: !b.noIndent, keepNext: b === last, keepLines: b === last });
        break;
      case 'caption':
        yield para(b.text, { bold: true, align: 'center', keepNext: true });
        break;
      case 'table':
        yield* dataTable(b.table);
        yield para('', { before: 0 });
        break;
      case 'chart':
        for (const p of b.pages) yield* chartTables(p);
        break;
    }
  }
}

/** A table without borders or cell padding (the header and the signature block). */
const layoutTable = (widths: number[], rows: string[][], cantSplit = false) =>
  tableStart(widths, { borders: false, margins: false }) +
  rows
    .map((cells) =>
      rowXml(
        widths,
        cells.map((xml) => ({ xml })),
        { cantSplit },
      ),
    )
    .join('') +
  '</w:tbl>';

function headerTable(d: ProposalDoc): string {
  const h = d.header;
  const line = (text: string, s: RunStyle = {}, before = 0) => para(text, { ...s, align: 'center', before });
  const left = TEXT_WIDTH * 0.4;
  const issuerWidth = longestLine(h.issuingBody, 12.5, left, true);
  return layoutTable(
    [left, TEXT_WIDTH - left],
    [
      [
        line(h.parentBody, { size: 12.5 }) +
          line(h.issuingBody, { size: 12.5, bold: true }) +
          ruleLine(issuerWidth * RULE_SHARE, left),
        line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12.5, bold: true }) +
          line('Độc lập - Tự do - Hạnh phúc', { size: 13.5, bold: true, underline: true }),
      ],
      [line(h.numberLine, { size: 13 }, 6), line(h.placeDate, { italics: true }, 6)],
    ],
  );
}

function signatureTable(d: ProposalDoc): string {
  const s = d.signature;
  const left =
    para('Nơi nhận:', { size: 12, bold: true, italics: true, align: 'left', before: 0, keepNext: true }) +
    d.distribution.map((l) => para(l, { size: 11, align: 'left', before: 0, keepNext: true })).join('');
  const right =
    [s.authority, s.title]
      .filter(Boolean)
      .map((l) => para(l, { bold: true, align: 'center', before: 0, keepNext: true }))
      .join('') + para(s.name, { bold: true, align: 'center', before: 80 });
  return layoutTable([TEXT_WIDTH / 2, TEXT_WIDTH / 2], [[left, right]], true);
}

/** A section's properties: A4, the decree's margins, the page number from the section's second page, restarting at 1 in an appendix. */
const sectPr = (restart: boolean) =>
  `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:headerReference w:type="first" r:id="rIdFirst"/>` +
  `<w:pgSz w:w="${twip(PAGE.width)}" w:h="${twip(PAGE.height)}"/>` +
  `<w:pgMar w:top="${twip(PAGE.top)}" w:right="${twip(PAGE.right)}" w:bottom="${twip(PAGE.bottom)}" w:left="${twip(PAGE.left)}" w:header="${twip(8)}" w:footer="${twip(8)}" w:gutter="0"/>` +
  (restart ? '<w:pgNumType w:start="1"/>' : '') +
  '<w:titlePg/></w:sectPr>';

function* documentXml(d: ProposalDoc): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`;
  yield headerTable(d);
  yield para(d.typeName, { bold: true, align: 'center', before: 18, keepNext: true });
  yield para(d.title, { bold: true, align: 'center', before: 0, keepNext: true });
  yield ruleLine(longestLine(d.title, 14, TEXT_WIDTH, true) * RULE_SHARE, TEXT_WIDTH);
  if (d.recipients.length === 1) yield para(`Kính gửi: ${d.recipients[0]}`, { align: 'center' });
  else if (d.recipients.length > 1) {
    yield para('Kính gửi:', { align: 'center' });
    for (const [i, r] of d.recipients.entries())
      yield para(`- ${r}${i === d.recipients.length - 1 ? '.' : ';'}`, { align: 'center', before: 0 });
  }
  for (const b of d.bases) yield para(b, { italics: true, indent: true });
  const lastBlock = d.body.at(-1);
  yield* blocks(d.body, !d.closing && lastBlock?.kind === 'para' ? lastBlock : null);
  if (d.closing) yield para(d.closing, { indent: true, keepNext: true, keepLines: true });
  yield para('', { before: 6, keepNext: true });
  yield signatureTable(d);
  const sections = [false, ...d.appendices.map(() => true)];
  for (const [i, a] of d.appendices.entries()) {
    // The previous section ends with this paragraph; the appendix starts on a new page, numbered from 1.
    yield `<w:p><w:pPr>${sectPr(sections[i]!)}</w:pPr></w:p>`;
    yield* appendixXml(a);
  }
  yield `${sectPr(sections.at(-1)!)}</w:body></w:document>`;
}

function* appendixXml(a: Appendix): Generator<string> {
  yield para(appendixLabel(a), { bold: true, align: 'center', before: 0, keepNext: true });
  yield para(a.title, { bold: true, align: 'center', before: 0, keepNext: true });
  yield para(a.subtitle, { italics: true, align: 'center', size: 13, before: 0, after: 6 });
  yield* blocks(a.blocks);
}

const HEADER = (number: boolean) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${
    number
      ? '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>2</w:t></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
      : ''
  }</w:p></w:hdr>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;

const SETTINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="vi-VN"/></w:settings>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>`;

const core = (title: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${x(title)}</dc:title><dc:creator>TinhGon</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>`;

/** Strings joined into byte chunks of about 1 MB. */
function* bytes(parts: Iterable<string>): Generator<Uint8Array> {
  let buf: string[] = [];
  let len = 0;
  for (const s of parts) {
    buf.push(s);
    len += s.length;
    if (len >= 1 << 20) {
      yield Buffer.from(buf.join(''), 'utf8');
      buf = [];
      len = 0;
    }
  }
  if (len > 0) yield Buffer.from(buf.join(''), 'utf8');
}

const one = (s: string) => [Buffer.from(s, 'utf8')];

export function proposalDocx(d: ProposalDoc): Uint8Array {
  return zipParts([
    { name: '[Content_Types].xml', chunks: one(CONTENT_TYPES) },
    { name: '_rels/.rels', chunks: one(ROOT_RELS) },
    { name: 'word/_rels/document.xml.rels', chunks: one(DOC_RELS) },
    { name: 'word/document.xml', chunks: bytes(documentXml(d)) },
    { name: 'word/styles.xml', chunks: one(STYLES) },
    { name: 'word/settings.xml', chunks: one(SETTINGS) },
    { name: 'word/header1.xml', chunks: one(HEADER(true)) },
    { name: 'word/header2.xml', chunks: one(HEADER(false)) },
    { name: 'docProps/core.xml', chunks: one(core(`${d.typeName} ${d.title}`)) },
  ]);
}
