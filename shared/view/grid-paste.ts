/**
 * Pasting a block copied from a spreadsheet (Excel, LibreOffice, Google Sheets) into a grid: AG Grid
 * Community has no clipboard module, so the grids read the text themselves. Pure: the text is cut
 * into cells, the cells are placed on consecutive rows and columns from the focused cell, and each
 * grid then checks every cell and applies all of them in one call, or none.
 */
import { parseCount, parseViNumber } from '../format.ts';
import { MAX_COUNT } from '../model/unit.ts';
import type { Lang } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/index.ts';

/**
 * The cells of copied text: rows by line (\r\n, \n or \r), cells by tab. The line end a
 * spreadsheet puts after the last row is dropped, so is a trailing empty line; empty cells stay
 * (as ''), since a pasted column may have a blank. A quoted cell ("a\tb") keeps its tabs and
 * line breaks, as spreadsheets quote them.
 */
export function pastedCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  return rows;
}

/** One pasted cell placed on the grid: the row and column it lands on and what was copied. */
export interface PlacedCell<R, C> {
  row: R;
  column: C;
  text: string;
}

/**
 * Places the cells on the rows and columns from (`startRow`, `startColumn`) on, one grid row per
 * copied line, one grid column per copied cell. `tooManyRows` / `tooManyColumns` say how many
 * copied lines or cells fall past the grid's last row or column (then nothing is pasted).
 */
export function placeCells<R, C>(
  cells: readonly string[][],
  rows: readonly R[],
  startRow: number,
  columns: readonly C[],
  startColumn: number,
): { placed: Array<PlacedCell<R, C>>; tooManyRows: number; tooManyColumns: number } {
  const width = Math.max(0, ...cells.map((r) => r.length));
  const tooManyRows = Math.max(0, startRow + cells.length - rows.length);
  const tooManyColumns = Math.max(0, startColumn + width - columns.length);
  const placed: Array<PlacedCell<R, C>> = [];
  if (tooManyRows === 0 && tooManyColumns === 0)
    cells.forEach((line, i) =>
      line.forEach((text, j) => placed.push({ row: rows[startRow + i]!, column: columns[startColumn + j]!, text })),
    );
  return { placed, tooManyRows, tooManyColumns };
}

/** A number read from a pasted cell, or the reason it is refused (an i18n key). */
export type PastedNumber = { value: number } | { refused: MessageKey };

/**
 * A head count as pasted: a whole number 0…MAX_COUNT, grouped the way the language writes it
 * (Vietnamese "1.234", English "1,234"); a blank cell is refused (a count is never guessed), so
 * is a decimal ("1.234,5": a person is not split), a negative or a too large number.
 */
export function pastedCount(text: string, lang: Lang): PastedNumber {
  const value = parseCount(text, lang);
  if (value === undefined) return { refused: 'err.notNumber' };
  if (Number.isNaN(value)) {
    const decimal = lang === 'vi' ? parseViNumber(text) : Number(text.replace(/[\s,]/g, ''));
    return { refused: decimal !== undefined && Number.isFinite(decimal) ? 'err.notInteger' : 'err.notNumber' };
  }
  if (value < 0) return { refused: 'err.negative' };
  if (value > MAX_COUNT) return { refused: 'err.tooLarge' };
  return { value };
}

/** The cell text a spreadsheet may add around a number: spaces, non-breaking spaces. */
export const trimCell = (text: string): string => text.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
