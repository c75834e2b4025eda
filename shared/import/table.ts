/** A sheet as the importers see it, whatever the file format: rows of plain cell values. */
export type Cell = string | number | null;

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetData {
  name: string;
  /** rows[0] is spreadsheet row 1. A merged range holds its value in its top-left cell only. */
  rows: Cell[][];
  merges: MergedRange[];
}

/** "C4:D5" → { top: 3, left: 2, bottom: 4, right: 3 }. */
export function parseRange(range: string): MergedRange | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range.toUpperCase());
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]!), bottom: Number(m[4]) - 1, right: col(m[3]!) };
}

/**
 * Rows with the value of each merged range copied into every cell it covers, for the merges that
 * lie within rows [from, to] (0-based, inclusive): how a person reads a header of merged cells.
 */
export function fillMerges(
  rows: readonly (readonly Cell[])[],
  merges: readonly MergedRange[],
  from: number,
  to: number,
): Cell[][] {
  const out = rows.map((r) => [...r]);
  for (const m of merges) {
    if (m.top < from || m.bottom > to) continue;
    const value = out[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= m.bottom; r++) {
      const row = (out[r] ??= []);
      for (let c = m.left; c <= m.right; c++) row[c] = value;
    }
  }
  return out;
}

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  return !row || row.every((c) => cellText(c) === '');
}

/** Spreadsheet column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
