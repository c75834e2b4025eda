/**
 * Page numbers of the appendices in a PDF printed by Chromium (page.pdf, Electron's printToPDF):
 * Decree 30/2020 numbers each appendix's pages on their own, from 1, and Chromium cannot restart
 * its page counter. The HTML leaves an appendix's pages unnumbered (its named page) and links each
 * appendix heading to itself, so that the PDF names the page each appendix starts on (/Dests);
 * this adds, as an incremental update of the file, each appendix page's own number from its second
 * page (the first page of an appendix, like the document's, carries none), centred in the top
 * margin in Times at 13 pt where Chromium puts the body's numbers.
 */
import { PAGE } from '../../shared/print/page.ts';

const PT_PER_MM = 72 / 25.4;
/** Where Chromium's top-centre margin box puts a 13 pt number: its baseline below the page's top edge (pt). */
const BASELINE_FROM_TOP = 32.25;
const SIZE = 13;

interface Pdf {
  text: string;
  offsets: Map<number, number>;
  root: number;
  info: string | null;
  size: number;
  startxref: number;
}

function readXref(text: string): Pdf | null {
  const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!sx) return null;
  const startxref = Number(sx[1]);
  if (!text.startsWith('xref', startxref)) return null; // an xref stream: not what Chromium writes
  const offsets = new Map<number, number>();
  const re = /(\d+) (\d+)\r?\n|(\d{10}) (\d{5}) ([nf])\s{1,2}|trailer/gy;
  re.lastIndex = startxref + 4;
  while (/\s/.test(text[re.lastIndex]!)) re.lastIndex++;
  let next = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === 'trailer') break;
    if (m[1] !== undefined) next = Number(m[1]);
    else {
      if (m[5] === 'n') offsets.set(next, Number(m[3]));
      next++;
    }
  }
  const trailer = text.slice(text.indexOf('trailer', startxref), sx.index);
  const root = /\/Root (\d+) 0 R/.exec(trailer);
  const size = /\/Size (\d+)/.exec(trailer);
  if (!root || !size || /\/Prev/.test(trailer)) return null;
  return {
    text,
    offsets,
    root: Number(root[1]),
    size: Number(size[1]),
    info: /\/Info (\d+ 0 R)/.exec(trailer)?.[1] ?? null,
    startxref,
  };
}

/** An object's text between "obj" and "endobj". */
function object(pdf: Pdf, n: number): string {
  const at = pdf.offsets.get(n);
  if (at === undefined) throw new Error(`PDF object ${n} missing`);
  const start = pdf.text.indexOf('obj', at) + 3;
  return pdf.text.slice(start, pdf.text.indexOf('endobj', start)).trim();
}

/** The pages' object numbers in order, walking the page tree. */
function pageOrder(pdf: Pdf, node: number, out: number[] = []): number[] {
  const dict = object(pdf, node);
  if (/\/Type\s*\/Pages\b/.test(dict)) {
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '';
    for (const m of kids.matchAll(/(\d+) 0 R/g)) pageOrder(pdf, Number(m[1]), out);
  } else out.push(node);
  return out;
}

/** The page object each named destination points to. */
function destinations(pdf: Pdf): Map<string, number> {
  const catalog = object(pdf, pdf.root);
  const ref = /\/Dests (\d+) 0 R/.exec(catalog);
  const dict = ref ? object(pdf, Number(ref[1])) : (/\/Dests\s*(<<[\s\S]*?>>)/.exec(catalog)?.[1] ?? '');
  return new Map([...dict.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)].map((m) => [m[1]!, Number(m[2])]));
}

/** The PDF with each appendix page numbered from its appendix's first page; `ids` are the appendices' element ids in order. */
export function numberAppendixPages(bytes: Uint8Array, ids: readonly string[]): Uint8Array {
  if (ids.length === 0) return bytes;
  const text = Buffer.from(bytes).toString('latin1');
  const pdf = readXref(text);
  if (!pdf) throw new Error('numberAppendixPages: unexpected PDF structure (no classic cross-reference table)');
  const pages = pageOrder(pdf, Number(/\/Pages (\d+) 0 R/.exec(object(pdf, pdf.root))![1]));
  const dests = destinations(pdf);
  const starts = ids
    .map((id) => pages.indexOf(dests.get(id) ?? -1))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
  if (starts.length !== ids.length) throw new Error('numberAppendixPages: an appendix has no named destination');
  let next = pdf.size;
  const font = next++;
  const open = next++;
  const objects: Array<[number, string]> = [
    [font, '<</Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding>>'],
    [open, '<</Length 2>>\nstream\nq\nendstream'],
  ];
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? pages.length;
    for (let i = start + 1; i < end; i++) {
      const number = String(i - start + 1);
      const page = object(pdf, pages[i]!);
      const box = /\/MediaBox\s*\[\s*[\d.-]+\s+[\d.-]+\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(page);
      const height = box ? Number(box[2]) : PAGE.height * PT_PER_MM;
      const x = (PAGE.left + (PAGE.width - PAGE.left - PAGE.right) / 2) * PT_PER_MM - (number.length * SIZE * 0.5) / 2;
      const y = height - BASELINE_FROM_TOP;
      const content = `Q\nq BT /TgPn ${SIZE} Tf 1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm 0 g (${number}) Tj ET Q\n`;
      const stamp = next++;
      objects.push([stamp, `<</Length ${content.length}>>\nstream\n${content}endstream`]);
      objects.push([pages[i]!, withStamp(pdf, page, open, stamp, font)]);
    }
  });
  let body = '';
  let offset = bytes.length + 1;
  const xref: string[] = [];
  for (const [n, dict] of objects) {
    const obj = `${n} 0 obj\n${dict}\nendobj\n`;
    xref.push(`${n} 1\n${String(offset).padStart(10, '0')} 00000 n \n`);
    body += obj;
    offset += obj.length;
  }
  const trailer = `xref\n${xref.join('')}trailer\n<</Size ${next} /Root ${pdf.root} 0 R${pdf.info ? ` /Info ${pdf.info}` : ''} /Prev ${pdf.startxref}>>\nstartxref\n${offset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(bytes), Buffer.from(`\n${body}${trailer}`, 'latin1')]));
}

/** A page's dictionary with its contents wrapped (q … Q) and followed by the stamp, the stamp's font among its resources. */
function withStamp(pdf: Pdf, page: string, open: number, stamp: number, font: number): string {
  let dict = page.replace(/\/Resources (\d+) 0 R/, (_, n: string) => `/Resources ${object(pdf, Number(n))}`);
  dict = /\/Font\s*<</.test(dict)
    ? dict.replace(/\/Font\s*<</, `/Font <</TgPn ${font} 0 R `)
    : dict.replace(/\/Resources\s*<</, `/Resources <</Font <</TgPn ${font} 0 R>> `);
  return dict.replace(/\/Contents\s*(?:(\d+ 0 R)|\[([^\]]*)\])/, (_, one?: string, many?: string) => {
    return `/Contents [${open} 0 R ${one ?? many!.trim()} ${stamp} 0 R]`;
  });
}
