/**
 * The proposal as a Word document (.docx) with the same structure as the printed one: A4, Decree
 * 30/2020 margins, Times New Roman, the header table, headings, tables whose header row repeats
 * on every page and whose rows never split, page numbers centred at the top from page 2. The
 * org chart appendix is given as tables (one per group of the chart): Word gets no drawing.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { Block, DataTable, ProposalDoc } from '../../shared/print/model.ts';
import { PAGE, TEXT_WIDTH } from '../../shared/print/page.ts';
import { boxFigures, type ChartPage } from '../../shared/print/org-chart.ts';

const FONT = 'Times New Roman';
/** Millimetres to twentieths of a point, rounded (A4 is 11906 × 16838). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const INDENT = twip(12.7);
const pt = (size: number) => size * 2;

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  strike?: boolean;
}

const run = (text: string, s: RunStyle = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: pt(s.size ?? 14),
    bold: s.bold,
    italics: s.italics,
    strike: s.strike,
    ...(s.underline ? { underline: {} } : {}),
  });

function para(
  text: string,
  s: RunStyle & {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: boolean;
    before?: number;
    after?: number;
    keepNext?: boolean;
  } = {},
): Paragraph {
  const options: IParagraphOptions = {
    children: [run(text, s)],
    alignment: s.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: (s.before ?? 6) * 20, after: (s.after ?? 0) * 20 },
    ...(s.indent ? { indent: { firstLine: INDENT } } : {}),
    keepNext: s.keepNext,
  };
  return new Paragraph(options);
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};
const C = AlignmentType.CENTER;

function dataTable(t: DataTable): Table {
  const size = t.size ?? 12;
  const nameCol = t.nameColumn ?? 1;
  const cellPara = (
    text: string,
    align: (typeof AlignmentType)[keyof typeof AlignmentType],
    s: RunStyle = {},
    indent = 0,
  ) =>
    new Paragraph({
      children: [run(text, { size, ...s })],
      alignment: align,
      ...(indent ? { indent: { left: indent } } : {}),
    });
  const alignOf = (i: number) =>
    t.columns[i]?.align === 'right' ? AlignmentType.RIGHT : t.columns[i]?.align === 'center' ? C : AlignmentType.LEFT;
  const header = t.header.map(
    (row) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: row.map(
          (c) =>
            new TableCell({
              children: [cellPara(c.text, C, { bold: true })],
              columnSpan: c.colSpan,
              rowSpan: c.rowSpan,
              verticalAlign: VerticalAlign.CENTER,
            }),
        ),
      }),
  );
  const rows = t.rows.map((r) => {
    if (r.group) {
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ children: [cellPara(r.cells[0] ?? '', C, { bold: true })] }),
          new TableCell({
            columnSpan: t.columns.length - 1,
            children: [cellPara(r.cells[1] ?? '', AlignmentType.LEFT, { bold: true })],
          }),
        ],
      });
    }
    return new TableRow({
      cantSplit: true,
      children: r.cells.map(
        (text, i) =>
          new TableCell({
            children: [
              cellPara(
                text,
                alignOf(i),
                { bold: r.bold, italics: r.status === 'new', strike: r.status === 'gone' && i === nameCol },
                i === nameCol && r.depth ? twip(r.depth * 3) : 0,
              ),
            ],
          }),
      ),
    });
  });
  return new Table({
    rows: [...header, ...rows],
    width: { size: twip(TEXT_WIDTH), type: WidthType.DXA },
    columnWidths: t.columns.map((c) => twip(c.width)),
  });
}

/** A chart page as tables: each group's unit, then its subordinates with their quota and staff. */
function chartTables(page: ChartPage): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [para(page.caption, { bold: true, align: C, size: 13, keepNext: true })];
  for (const g of page.groups) {
    const [root, ...kids] = g.boxes;
    if (!root) continue;
    const figures = (b: typeof root) => boxFigures(b, b.root).join(' · ');
    out.push(
      dataTable({
        columns: [{ width: 110 }, { width: 55 }],
        header: [[{ text: `${root.name}${g.continued ? ' (tiếp theo)' : ''}` }, { text: figures(root) }]],
        rows: kids.map((b) => ({ cells: [b.name, figures(b)], depth: 1 })),
        nameColumn: 0,
        size: 10,
      }),
      para('', { before: 0 }),
    );
  }
  return out;
}

function blocks(list: readonly Block[]): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const b of list) {
    switch (b.kind) {
      case 'part':
        if (b.style === 'centred')
          out.push(
            para(b.number, { bold: true, align: C, before: 12, keepNext: true }),
            para(b.title, { bold: true, align: C, before: 0, keepNext: true }),
          );
        else out.push(para(`${b.number} ${b.title}`, { bold: true, indent: true, before: 12, keepNext: true }));
        break;
      case 'heading':
        out.push(para(b.text, { bold: true, indent: true, keepNext: true }));
        break;
      case 'para':
        out.push(para(b.text, { italics: b.italic, indent: !b.noIndent }));
        break;
      case 'caption':
        out.push(para(b.text, { bold: true, align: C, keepNext: true }));
        break;
      case 'table':
        out.push(dataTable(b.table), para('', { before: 0 }));
        break;
      case 'chart':
        for (const p of b.pages) out.push(...chartTables(p));
        break;
    }
  }
  return out;
}

/** A table without borders (the header and the signature block), each row a list of cells' paragraphs, in columns of `widths` mm. */
function layoutTable(widths: number[], rows: Paragraph[][][], cantSplit = false): Table {
  return new Table({
    width: { size: twip(TEXT_WIDTH), type: WidthType.DXA },
    columnWidths: widths.map(twip),
    borders: { ...NO_BORDERS, insideHorizontal: NO_BORDERS.top, insideVertical: NO_BORDERS.top },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit,
          children: cells.map(
            (children, i) =>
              new TableCell({ children, width: { size: twip(widths[i]!), type: WidthType.DXA }, borders: NO_BORDERS }),
          ),
        }),
    ),
  });
}

function headerTable(d: ProposalDoc): Table {
  const h = d.header;
  const line = (text: string, s: RunStyle = {}, before = 0) =>
    new Paragraph({ children: [run(text, s)], alignment: C, spacing: { before } });
  const left = TEXT_WIDTH * 0.4;
  // The short rule under the issuing body: an empty line with a top border, a third of the column wide.
  const rule = new Paragraph({
    children: [run('', { size: 4 })],
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: twip(left / 3), right: twip(left / 3) },
  });
  return layoutTable(
    [left, TEXT_WIDTH - left],
    [
      [
        [line(h.parentBody, { size: 12.5 }), line(h.issuingBody, { size: 12.5, bold: true }), rule],
        [
          line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12.5, bold: true }),
          line('Độc lập - Tự do - Hạnh phúc', { size: 13.5, bold: true, underline: true }),
        ],
      ],
      [[line(h.numberLine, { size: 13 }, 120)], [line(h.placeDate, { italics: true }, 120)]],
    ],
  );
}

function signatureTable(d: ProposalDoc): Table {
  const s = d.signature;
  const left = [
    para('Nơi nhận:', { size: 12, bold: true, italics: true, align: AlignmentType.LEFT, before: 0 }),
    ...d.distribution.map((l) => para(l, { size: 11, align: AlignmentType.LEFT, before: 0 })),
  ];
  const right = [
    ...[s.authority, s.title].filter(Boolean).map((l) => para(l, { bold: true, align: C, before: 0 })),
    para(s.name, { bold: true, align: C, before: 80 }),
  ];
  return layoutTable([TEXT_WIDTH / 2, TEXT_WIDTH / 2], [[left, right]], true);
}

export async function proposalDocx(d: ProposalDoc): Promise<Uint8Array> {
  const main: Array<Paragraph | Table> = [
    headerTable(d),
    para(d.typeName, { bold: true, align: C, before: 18 }),
    para(d.title, { bold: true, align: C, before: 0, after: 6 }),
  ];
  if (d.recipients.length === 1) main.push(para(`Kính gửi: ${d.recipients[0]}`, { align: C }));
  else if (d.recipients.length > 1) {
    main.push(
      para('Kính gửi:', { align: C }),
      ...d.recipients.map((r, i) =>
        para(`- ${r}${i === d.recipients.length - 1 ? '.' : ';'}`, { align: C, before: 0 }),
      ),
    );
  }
  main.push(...d.bases.map((b) => para(b, { italics: true, indent: true })));
  main.push(...blocks(d.body));
  if (d.closing) main.push(para(d.closing, { indent: true }));
  main.push(para('', { before: 6 }), signatureTable(d));
  const appendixChildren = (a: ProposalDoc['appendices'][number]) => [
    para(`Phụ lục ${a.number}`, { bold: true, align: C, before: 0 }),
    para(a.title, { bold: true, align: C, before: 0 }),
    para(a.subtitle, { italics: true, align: C, size: 13, before: 0, after: 6 }),
    ...blocks(a.blocks),
  ];
  const page = {
    size: { width: twip(PAGE.width), height: twip(PAGE.height) },
    margin: {
      top: twip(PAGE.top),
      bottom: twip(PAGE.bottom),
      left: twip(PAGE.left),
      right: twip(PAGE.right),
      header: twip(8),
    },
  };
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: C,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
      }),
    ],
  });
  const doc = new Document({
    creator: 'TinhGon',
    title: `${d.typeName} ${d.title}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: { page, titlePage: true },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: main,
      },
      ...d.appendices.map((a) => ({
        properties: { page },
        headers: { default: pageNumber },
        children: appendixChildren(a),
      })),
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
