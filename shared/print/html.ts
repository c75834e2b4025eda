/**
 * The proposal as one self-contained HTML document (paged CSS, embedded fonts, vector SVG charts)
 * that prints the same from Chromium's page.pdf(), Electron's printToPDF and a browser's print
 * dialog. Every piece of text is escaped: nothing a user typed is ever read as HTML.
 */
import { appendixLabel, type Block, type DataTable, type ProposalDoc } from './model.ts';
import { segments } from './typeset.ts';
import { PAGE, TEXT_WIDTH } from './page.ts';
import { CHART_FONT, PT, type ChartGroup, type ChartPage } from './org-chart.ts';

/**
 * On screen, once the app's preview has laid the document out in page boxes (html.paged, see
 * renderer/src/print/print-pages.ts): A4 sheets on a grey desk, the page number in the top margin.
 */
export const PREVIEW_CSS = `
@media screen {
html.paged { background: #7d8590; }
html.paged body { margin: 0; padding: 6mm 0; }
html.paged .page { width: ${PAGE.width}mm; height: ${PAGE.height}mm; box-sizing: border-box; padding: ${PAGE.top}mm ${PAGE.right}mm ${PAGE.bottom}mm ${PAGE.left}mm; margin: 0 auto 6mm; background: #fff; position: relative; box-shadow: 0 2px 10px rgba(0,0,0,.35); contain: layout paint size; }
html.paged .page-body { height: ${PAGE.height - PAGE.top - PAGE.bottom}mm; overflow: hidden; }
html.paged .page-number { position: absolute; top: ${PAGE.top / 2 - 3}mm; left: 0; right: 0; text-align: center; font-size: 13pt; }
html.paged .page-body > :first-child { margin-top: 0; }
}
`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const e = escapeHtml;
/** Escaped text with typographic quotes, in which a document number or a period of years ("2023–2030") never breaks across lines. */
const typeset = (s: string) =>
  segments(s)
    .map((g) => (g.keep ? `<span class="nowrap">${e(g.text)}</span>` : e(g.text)))
    .join('');
/** The id of the n-th appendix (from 0): the target its heading links to, so that the PDF names the page it starts on. */
export const appendixId = (n: number) => `phu-luc-${n + 1}`;

/** The family the document asks for: the bundled Tinos (Times New Roman metrics), then Times New Roman itself. */
export const FONT_FAMILY = "'Tinos', 'Times New Roman', 'Liberation Serif', serif";

export const PRINT_CSS = `
@page { size: A4 portrait; margin: ${PAGE.top}mm ${PAGE.right}mm ${PAGE.bottom}mm ${PAGE.left}mm;
  @top-center { content: counter(page); font-family: ${FONT_FAMILY}; font-size: 13pt; vertical-align: middle; } }
@page :first { @top-center { content: none; } }
@page appendix { @top-center { content: none; } }
html { font-family: ${FONT_FAMILY}; font-size: 14pt; color: #000; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
.doc { width: ${TEXT_WIDTH}mm; }
p { margin: 0; line-height: 1.2; }
.nowrap { white-space: nowrap; }
.italic { font-style: italic; }
.appendix .body-text.italic { font-size: 12pt; }
.body-text.no-indent { text-indent: 0; }
.fs10 { font-size: 10pt; } .fs11 { font-size: 11pt; } .fs12 { font-size: 12pt; } .fs13 { font-size: 13pt; } .fs14 { font-size: 14pt; }
.body-text { text-align: justify; text-indent: 1.27cm; margin: 6pt 0 0; }
.flow.appendix { break-before: page; page: appendix; }
.appendix-number a { color: inherit; text-decoration: none; }
table { border-collapse: collapse; }
.doc-header { width: 100%; table-layout: fixed; }
.doc-header td { vertical-align: top; text-align: center; padding: 0; }
.doc-header .left { width: 40%; }
.doc-header .right { width: 60%; }
.parent-body, .issuing-body, .national { font-size: 12.5pt; text-transform: none; }
.issuing-body, .national, .motto { font-weight: bold; }
.motto { font-size: 13.5pt; }
.motto span { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
/* The rules under the issuing body and the summary line: 40% of their text's length (Decree 30: ⅓–½). */
.ruled { display: inline-block; }
.ruled::after { content: ''; display: block; width: 40%; margin: 2pt auto 0; border-top: 1px solid #000; }
.number-line { font-size: 13pt; padding-top: 6pt !important; }
.place-date { font-style: italic; font-size: 14pt; padding-top: 6pt !important; }
.doc-type { text-align: center; font-weight: bold; font-size: 14pt; margin-top: 18pt; }
.doc-title { text-align: center; font-weight: bold; font-size: 14pt; }
.doc-title { margin-bottom: 6pt; }
.recipient { text-align: center; margin: 6pt 0; }
.recipient ul { display: inline-block; text-align: left; margin: 0; padding: 0; list-style: none; vertical-align: top; }
.basis { font-style: italic; text-align: justify; text-indent: 1.27cm; margin-top: 6pt; }
.part { font-size: 14pt; font-weight: bold; margin: 12pt 0 0; break-after: avoid; }
.part.centred { text-align: center; }
.part.inline { text-indent: 1.27cm; }
.heading { font-size: 14pt; font-weight: bold; margin: 6pt 0 0; text-indent: 1.27cm; break-after: avoid; }
.caption { text-align: center; font-weight: bold; margin: 6pt 0 3pt; break-after: avoid; }
.data { width: 100%; table-layout: fixed; margin: 6pt 0; }
.data th, .data td { border: 0.5pt solid #000; padding: 1.5pt 3pt; vertical-align: top; line-height: 1.15; overflow-wrap: anywhere; }
.data th { font-weight: bold; text-align: center; vertical-align: middle; }
.data thead { display: table-header-group; }
.data tr { break-inside: avoid; page-break-inside: avoid; }
.data .r { text-align: right; } .data .c { text-align: center; }
.data tr.group td { font-weight: bold; }
.data tr.bold td { font-weight: bold; }
.data tr.gone td { color: #444; }
.data tr.gone td.name { text-decoration: line-through; }
.data tr.new td { font-style: italic; }
.closing { text-indent: 1.27cm; margin-top: 6pt; }
/* The closing paragraph (the body's last) and the signature never part: the block never stands alone on a page. */
.sign-off { break-inside: avoid; page-break-inside: avoid; }
.signature { width: 100%; table-layout: fixed; margin-top: 12pt; break-inside: avoid; page-break-inside: avoid; }
.signature td { vertical-align: top; padding: 0; }
.signature .left { width: 50%; }
.signature .right { width: 50%; text-align: center; }
.distribution-title { font-size: 12pt; font-weight: bold; font-style: italic; }
.distribution { font-size: 11pt; }
.signer { font-weight: bold; font-size: 14pt; }
.signer-name { font-weight: bold; font-size: 14pt; margin-top: 28mm; }
.appendix-number { text-align: center; font-weight: bold; font-size: 14pt; }
.appendix-title { text-align: center; font-weight: bold; font-size: 14pt; }
.appendix-subtitle { text-align: center; font-style: italic; font-size: 13pt; margin-bottom: 6pt; }
.chart-page { break-inside: avoid; page-break-inside: avoid; }
.chart-page + .chart-page, .chart-block + .chart-block .chart-page:first-child { break-before: page; }
.chart-caption { text-align: center; font-weight: bold; font-size: 13pt; margin: 6pt 0; }
.chart-page svg { display: block; font-family: ${FONT_FAMILY}; }
`;

/**
 * No style attributes anywhere (the app's Content-Security-Policy allows none): column widths
 * become classes, their rules collected into the document's stylesheet.
 */
class Widths {
  private readonly seen = new Map<number, string>();
  of(mm: number): string {
    let name = this.seen.get(mm);
    if (!name) this.seen.set(mm, (name = `w${String(mm).replace('.', '_')}`));
    return name;
  }
  css(): string {
    return [...this.seen].map(([mm, name]) => `.${name}{width:${mm}mm}`).join('\n');
  }
}

/** Indentation of a unit's name by its depth (deeper ones as the deepest listed). */
const DEPTH_CSS = Array.from(
  { length: 8 },
  (_, d) => `.data td.d${d + 1} { padding-left: ${3 + (d + 1) * 9}pt; }`,
).join('\n');

function tableHtml(t: DataTable, widths: Widths): string {
  const nameCol = t.nameColumn ?? 1;
  const cols = t.columns.map((c) => `<col class="${widths.of(c.width)}">`).join('');
  const head = t.header
    .map(
      (row) =>
        `<tr>${row.map((c) => `<th${c.colSpan ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}>${e(c.text)}</th>`).join('')}</tr>`,
    )
    .join('');
  const body = t.rows
    .map((r) => {
      const cls = [r.group ? 'group' : '', r.bold ? 'bold' : '', r.status ?? ''].filter(Boolean).join(' ');
      if (r.group)
        return `<tr class="${cls}"><td class="c">${e(r.cells[0] ?? '')}</td><td colspan="${t.columns.length - 1}">${typeset(r.cells[1] ?? '')}</td></tr>`;
      const cells = r.cells.map((text, i) => {
        const a = t.columns[i]?.align;
        const klass = [
          a === 'right' ? 'r' : a === 'center' ? 'c' : '',
          i === nameCol ? 'name' : '',
          i === nameCol && r.depth ? `d${Math.min(r.depth, 8)}` : '',
        ]
          .filter(Boolean)
          .join(' ');
        return `<td${klass ? ` class="${klass}"` : ''}>${typeset(text)}</td>`;
      });
      return `<tr${cls ? ` class="${cls}"` : ''}>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table class="data fs${t.size ?? 12}"><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

const mm = (v: number) => Math.round(v * 100) / 100;

function groupSvg(g: ChartGroup): string {
  const lines = g.lines
    .map(([x1, y1, x2, y2]) => `<line x1="${mm(x1)}" y1="${mm(y1 + g.y)}" x2="${mm(x2)}" y2="${mm(y2 + g.y)}"/>`)
    .join('');
  const boxes = g.boxes
    .map((b) => {
      const size = b.root ? CHART_FONT.rootName : CHART_FONT.name;
      const lh = size * PT * 1.2;
      const y0 = b.y + g.y;
      const cx = b.x + b.w / 2;
      const name = b.lines
        .map(
          (l, i) =>
            `<text x="${mm(cx)}" y="${mm(y0 + 1.5 + lh * (i + 0.8))}" font-size="${mm(size * PT)}"${b.root ? ' font-weight="bold"' : ''} text-anchor="middle">${e(l)}</text>`,
        )
        .join('');
      const fh = CHART_FONT.figures * PT * 1.25;
      const figures = b.figures
        .map(
          (f, i) =>
            `<text x="${mm(cx)}" y="${mm(y0 + b.h - 1.5 - fh * (b.figures.length - 1 - i) - 0.3)}" font-size="${mm(CHART_FONT.figures * PT)}" text-anchor="middle">${e(f)}</text>`,
        )
        .join('');
      const stroke =
        b.status === 'new'
          ? ' stroke-width="0.6" stroke-dasharray="1.2 0.6"'
          : b.status === 'changed'
            ? ' stroke-width="0.6"'
            : ' stroke-width="0.25"';
      const fill = b.root ? '#eef1f6' : b.status === 'new' ? '#f4f8ee' : '#fff';
      return `<g><rect x="${mm(b.x)}" y="${mm(y0)}" width="${mm(b.w)}" height="${mm(b.h)}" rx="0.8" fill="${fill}" stroke="#000"${stroke}/>${name}${figures}</g>`;
    })
    .join('');
  const title = g.continued
    ? `<text x="${mm(TEXT_WIDTH)}" y="${mm(g.y + 3)}" font-size="${mm(7 * PT)}" font-style="italic" text-anchor="end">(tiếp theo)</text>`
    : '';
  return `<g stroke="#000" stroke-width="0.25">${lines}</g>${boxes}${title}`;
}

function chartPageHtml(p: ChartPage): string {
  const h = mm(p.height + 1);
  return `<div class="chart-page"><p class="chart-caption">${e(p.caption)}</p><svg xmlns="http://www.w3.org/2000/svg" width="${TEXT_WIDTH}mm" height="${h}mm" viewBox="0 0 ${TEXT_WIDTH} ${h}" role="img" aria-label="${e(p.caption)}">${p.groups.map(groupSvg).join('')}</svg></div>`;
}

function blockHtml(b: Block, widths: Widths): string {
  switch (b.kind) {
    case 'part':
      return b.style === 'centred'
        ? `<h2 class="part centred">${e(b.number)}<br>${e(b.title)}</h2>`
        : `<h2 class="part inline">${e(b.number)} ${e(b.title)}</h2>`;
    case 'heading':
      return `<h3 class="heading">${typeset(b.text)}</h3>`;
    case 'para':
      return `<p class="body-text${b.italic ? ' italic' : ''}${b.noIndent ? ' no-indent' : ''}">${typeset(b.text)}</p>`;
    case 'caption':
      return `<p class="caption">${typeset(b.text)}</p>`;
    case 'table':
      return tableHtml(b.table, widths);
    case 'chart':
      return `<div class="chart-block">${b.pages.map(chartPageHtml).join('')}</div>`;
  }
}

function headerHtml(d: ProposalDoc): string {
  const h = d.header;
  return `<table class="doc-header"><tbody>
<tr><td class="left"><p class="parent-body">${e(h.parentBody)}</p><p class="issuing-body"><span class="ruled">${e(h.issuingBody)}</span></p></td>
<td class="right"><p class="national">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="motto"><span>Độc lập - Tự do - Hạnh phúc</span></p></td></tr>
<tr><td class="left number-line">${typeset(h.numberLine)}</td><td class="right place-date">${e(h.placeDate)}</td></tr>
</tbody></table>`;
}

function recipientHtml(d: ProposalDoc): string {
  if (d.recipients.length === 0) return '';
  if (d.recipients.length === 1) return `<p class="recipient">Kính gửi: ${typeset(d.recipients[0]!)}</p>`;
  const items = d.recipients
    .map((r, i) => `<li>- ${typeset(r)}${i === d.recipients.length - 1 ? '.' : ';'}</li>`)
    .join('');
  return `<div class="recipient">Kính gửi: <ul>${items}</ul></div>`;
}

function signatureHtml(d: ProposalDoc): string {
  const s = d.signature;
  const dist = d.distribution.map((l) => `<p class="distribution">${typeset(l)}</p>`).join('');
  const signer = [s.authority, s.title]
    .filter(Boolean)
    .map((l) => `<p class="signer">${e(l)}</p>`)
    .join('');
  return `<table class="signature"><tbody><tr><td class="left"><p class="distribution-title">Nơi nhận:</p>${dist}</td><td class="right">${signer}<p class="signer-name">${e(s.name)}</p></td></tr></tbody></table>`;
}

/** The whole document; `fontCss` holds the @font-face rules of the embedded font (data: URLs). */
export function renderProposalHtml(d: ProposalDoc, fontCss: string): string {
  const widths = new Widths();
  // The closing line, or else the body's last paragraph, goes with the signature.
  const last = d.body.at(-1);
  const withSignature = d.closing
    ? `<p class="closing">${typeset(d.closing)}</p>`
    : last?.kind === 'para'
      ? blockHtml(last, widths)
      : '';
  const body = d.closing || last?.kind !== 'para' ? d.body : d.body.slice(0, -1);
  const main = [
    headerHtml(d),
    `<p class="doc-type">${e(d.typeName)}</p>`,
    `<p class="doc-title"><span class="ruled">${typeset(d.title)}</span></p>`,
    recipientHtml(d),
    ...d.bases.map((b) => `<p class="basis">${typeset(b)}</p>`),
    ...body.map((b) => blockHtml(b, widths)),
    `<div class="sign-off">${withSignature}${signatureHtml(d)}</div>`,
  ].join('\n');
  const appendices = d.appendices
    .map(
      (a, i) =>
        `<section class="flow appendix" id="${appendixId(i)}"><p class="appendix-number"><a href="#${appendixId(i)}">${e(appendixLabel(a))}</a></p><p class="appendix-title">${typeset(a.title)}</p><p class="appendix-subtitle">${typeset(a.subtitle)}</p>${a.blocks.map((b) => blockHtml(b, widths)).join('\n')}</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${e(`${d.typeName} ${d.title}`)}</title>
<style>${fontCss}${PRINT_CSS}${DEPTH_CSS}\n${widths.css()}\n${PREVIEW_CSS}</style></head>
<body><main class="doc"><section class="flow main">
${main}
</section>
${appendices}
</main></body></html>`;
}
