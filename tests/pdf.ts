/**
 * Reading PDFs back in tests with Debian's poppler-utils (pdftotext, pdfinfo; `.ci/run` installs
 * them): each page's text and size, as a reader of the printed document would see them.
 */
import { execFileSync } from 'node:child_process';

export interface PdfText {
  /** Each page's text (layout kept), in order. */
  pages: string[];
  /** Each page's size in points [width, height]. */
  sizes: Array<[number, number]>;
}

/** `layout: false`: text in reading order of the document (a table cell's text together, not side by side with its row's other cells). */
export function readPdf(file: string, { layout = true }: { layout?: boolean } = {}): PdfText {
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), file], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
    (m) => [Number(m[1]), Number(m[2])] as [number, number],
  );
  return { pages, sizes };
}

/** A4 in points (210 × 297 mm), to a point either way. */
export const isA4 = ([w, h]: [number, number]) => Math.abs(w - 595.28) < 1 && Math.abs(h - 841.89) < 1;

/** The first non-empty line of a page (where a page number sits). */
export const firstLine = (page: string) =>
  page
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim() ?? '';
