/** A sheet as the importers see it, whatever the file format: rows of plain cell values. */
export type Cell = string | number | null;

export interface SheetData {
  name: string;
  /** rows[0] is spreadsheet row 1. Merged cells carry the merged value in every cell they cover. */
  rows: Cell[][];
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
