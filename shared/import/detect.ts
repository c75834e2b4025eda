/** Finding the header row of a sheet and guessing which column is which field. */
import { cellText, fillMerges, type Cell, type MergedRange } from './table.ts';
import { fieldOfHeader, type ImportField } from './vocab.ts';
import { DEFAULT_VALUES, type ImportMapping } from './mapping.ts';

const SCAN_ROWS = 40;

/**
 * The label of each column under a header of one or two rows. With two rows the upper label
 * (often a merged cell spanning several columns) is joined with the lower one; an empty upper
 * cell inherits the nearest upper label to its left, as a merge would.
 */
export function headerLabels(rows: readonly (readonly Cell[])[], headerRow: number, headerRows: 1 | 2): string[] {
  const top = rows[headerRow - 1] ?? [];
  if (headerRows === 1) return top.map((c) => cellText(c));
  const bottom = rows[headerRow] ?? [];
  const width = Math.max(top.length, bottom.length);
  const labels: string[] = [];
  let inherited = '';
  for (let c = 0; c < width; c++) {
    let upper = cellText(top[c]);
    const lower = cellText(bottom[c]);
    if (upper) inherited = upper;
    else if (lower) upper = inherited;
    labels.push(!lower || lower === upper ? upper : upper ? `${upper} ${lower}` : lower);
  }
  return labels;
}

/** Fields recognised among labels (first column wins when two columns claim a field). */
export function suggestColumns(labels: readonly string[]): ImportMapping['columns'] {
  const columns: ImportMapping['columns'] = {};
  labels.forEach((label, index) => {
    const field = label ? fieldOfHeader(label) : null;
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

function score(columns: ImportMapping['columns']): number {
  const fields = Object.keys(columns) as ImportField[];
  return fields.length + (fields.includes('name') ? 2 : 0);
}

/**
 * Scans the first rows for the header: the row (or pair of rows) whose labels name the most
 * known fields. Returns a full mapping; with nothing recognised, row 1 and no columns.
 */
export function detectMapping(sheetName: string, rows: readonly (readonly Cell[])[]): ImportMapping {
  let best: ImportMapping = {
    sheet: sheetName,
    headerRow: 1,
    headerRows: 1,
    columns: {},
    defaults: { ...DEFAULT_VALUES },
  };
  let bestScore = 0;
  for (let r = 1; r <= Math.min(rows.length, SCAN_ROWS); r++) {
    for (const n of [1, 2] as const) {
      if (n === 2 && r >= rows.length) continue;
      const columns = suggestColumns(headerLabels(rows, r, n));
      const s = score(columns);
      if (s > bestScore) {
        bestScore = s;
        best = { ...best, headerRow: r, headerRows: n, columns };
      }
    }
  }
  return best;
}

export interface FoundHeader<F extends string> {
  row: number;
  rows: 1 | 2;
  labels: string[];
  columns: Partial<Record<F, number>>;
}

/**
 * For tables of fixed columns (communes, job positions): the header row (or pair, merged cells
 * filled in) in the first rows whose labels score best (`score` of the columns found; first column
 * wins when two claim a field), or null when none names a column.
 */
export function findHeader<F extends string>(
  rows: readonly (readonly Cell[])[],
  merges: readonly MergedRange[],
  fieldOf: (label: string) => F | undefined,
  score: (columns: Partial<Record<F, number>>) => number,
): FoundHeader<F> | null {
  let best: FoundHeader<F> | null = null;
  let bestScore = 0;
  for (let r = 1; r <= Math.min(rows.length, SCAN_ROWS); r++) {
    for (const n of [1, 2] as const) {
      if (n === 2 && r >= rows.length) continue;
      const labels = headerLabels(fillMerges(rows, merges, r - 1, r - 2 + n), r, n);
      const columns: Partial<Record<F, number>> = {};
      labels.forEach((label, i) => {
        const f = label ? fieldOf(label) : undefined;
        if (f && columns[f] === undefined) columns[f] = i;
      });
      const s = score(columns);
      if (s > bestScore) [best, bestScore] = [{ row: r, rows: n, labels, columns }, s];
    }
  }
  return best;
}
