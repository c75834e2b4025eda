/**
 * CSV as offices save it: UTF-8 with or without BOM (Vietnamese Windows "ANSI", windows-1258, as a
 * fallback), comma, semicolon or tab separated, RFC 4180 quoting.
 */
import type { SheetData } from './table.ts';
import { AppError } from '../errors.ts';
import { MAX_IMPORT_CELLS, MAX_IMPORT_COLUMNS } from './limits.ts';

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1258').decode(bytes);
  }
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).normalize('NFC');
}

/** Count of each candidate separator per line, outside quotes, over the first lines. */
function separatorCounts(text: string, lines = 30): Array<Map<string, number>> {
  const out: Array<Map<string, number>> = [];
  let counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  let content = false;
  for (let i = 0; i < text.length && out.length < lines; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (content) out.push(counts);
      counts = new Map([
        [';', 0],
        [',', 0],
        ['\t', 0],
      ]);
      content = false;
    } else {
      if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
      if (ch.trim()) content = true;
    }
  }
  if (content && out.length < lines) out.push(counts);
  return out;
}

/**
 * The separator of a CSV: the one that appears the same non-zero number of times on the most
 * lines (a title line above the table has none; commas inside headers such as "Cơ quan, đơn vị"
 * vary). Ties go to ";" (Vietnamese Excel), then ",".
 */
export function detectDelimiter(text: string): string {
  const lines = separatorCounts(text);
  let best = ',';
  let bestScore = -1;
  for (const d of [';', ',', '\t']) {
    const freq = new Map<number, number>();
    for (const l of lines) {
      const n = l.get(d)!;
      if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    }
    const score = Math.max(0, ...freq.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Rows of fields. A row wider than MAX_IMPORT_COLUMNS or a file of more than MAX_IMPORT_CELLS
 * fields is refused as soon as the parse reaches it (a line of millions of separators never
 * becomes millions of fields).
 */
export function parseCsv(text: string, name = 'CSV', delimiter = detectDelimiter(text)): SheetData {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let cells = 0;
  const push = () => {
    if (row.length >= MAX_IMPORT_COLUMNS)
      throw new AppError('bad_request', 'err.importTooManyColumns', { max: MAX_IMPORT_COLUMNS });
    if (++cells > MAX_IMPORT_CELLS)
      throw new AppError('bad_request', 'err.importTooManyCells', { max: MAX_IMPORT_CELLS });
    row.push(field);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      push();
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      push();
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    push();
    rows.push(row);
  }
  return { name, rows: rows.map((r) => r.map((c) => (c === '' ? null : unescapeFormula(c)))), merges: [] };
}

/**
 * Where a spreadsheet may start reading a cell inside one text field: at its start, and after any
 * `,` or `;` or line break in it. A comma file opened where the list separator is `;` (Vietnamese
 * Excel's default), or the other way round, is split at the other separator wherever it is, quotes
 * and all, and a line break outside what that reading takes as quotes ends the row. Spaces and
 * quotes before the first character are skipped: `"=…"` is still a formula.
 */
const CELL_START = /(?<=^|[,;\r\n])([ "]*)(?=['=+\-@\t\r])/g;
const ESCAPED_CELL_START = /(?<=^|[,;\r\n])([ "]*)'(?=['=+\-@\t\r])/g;

/**
 * Text a spreadsheet would run as a formula (= + - @ tab CR) at any place it may start a cell gets
 * an apostrophe there (as does an apostrophe already there, so `unescapeFormula` undoes exactly
 * what was added and the round trip stays exact).
 */
export function escapeFormula(text: string): string {
  return text.replace(CELL_START, "$1'");
}

/** Undoes the apostrophes `escapeFormula` puts where text would otherwise be a formula. */
export function unescapeFormula(cell: string): string {
  return cell.replace(ESCAPED_CELL_START, '$1');
}

/**
 * One CSV line per row, comma-separated. Text is escaped against formulas (`escapeFormula`) and
 * quoted when it holds either list separator (`,` or `;`), a quote, a tab or a line break, or
 * begins or ends with a space, so it reads as one cell under either separator's quoting rules.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const quote = (v: string | number | null) => {
    const s = v === null ? '' : typeof v === 'string' ? escapeFormula(v) : String(v);
    return /[",;\t\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
