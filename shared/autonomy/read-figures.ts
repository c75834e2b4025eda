/**
 * Finance figures from the autonomy template (one row per unit and year). Every bad cell is
 * reported with its row, column, value and reason; a file with any is refused whole.
 */
import { parseAmount, type Amount } from './amount.ts';
import { classifyAutonomy, isMismatch, parseAssignedGroup, type AutonomyClass, type AutonomyGroup, type Band } from './classify.ts';
import { cellText, isBlankRow, type Cell } from '../import/table.ts';
import type { RowIssue } from '../import/read-units.ts';
import { matchKey } from '../text.ts';

export const FIGURE_HEADERS = [
  ['code', 'Mã đơn vị'],
  ['name', 'Tên đơn vị'],
  ['year', 'Năm'],
  ['revenue', 'Tổng nguồn thu (A)'],
  ['spending', 'Tổng chi thường xuyên (B)'],
  ['investmentFunding', 'Nguồn tự bảo đảm chi đầu tư'],
  ['depreciation', 'Khấu hao, hao mòn TSCĐ'],
  ['assignedGroup', 'Nhóm được giao'],
] as const;
type FigureField = (typeof FIGURE_HEADERS)[number][0];

export interface FigureRow {
  row: number;
  code: string;
  name: string;
  year: number;
  revenue: Amount;
  spending: Amount;
  investmentFunding?: Amount;
  depreciation?: Amount;
  /** As written in the file ("3b"), or null. */
  assignedText: string | null;
  assigned: { group: AutonomyGroup; band: Band | null } | null;
  computed: AutonomyClass;
  mismatch: boolean;
}

const HEADER_KEYS = new Map<string, FigureField>(FIGURE_HEADERS.map(([f, h]) => [matchKey(h), f]));

/**
 * `knownUnit`: when reading into a workspace, tells whether a code is one of its public service
 * units (the key of the message to give if not). Every check runs on every row.
 */
export function readFigures(rows: readonly (readonly Cell[])[], knownUnit?: (code: string) => RowIssue['key'] | null): { figures: FigureRow[]; issues: RowIssue[] } {
  const headerIndex = rows.findIndex((r) => r.filter((c) => HEADER_KEYS.has(matchKey(cellText(c)))).length >= 4);
  const issues: RowIssue[] = [];
  if (headerIndex < 0) return { figures: [], issues: [{ row: 1, column: 'Mã đơn vị', value: '', key: 'err.figuresHeader' }] };
  const col = new Map<FigureField, number>();
  rows[headerIndex]!.forEach((c, i) => {
    const f = HEADER_KEYS.get(matchKey(cellText(c)));
    if (f && !col.has(f)) col.set(f, i);
  });
  const label = new Map<FigureField, string>(FIGURE_HEADERS);
  const figures: FigureRow[] = [];
  const seen = new Set<string>();
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (isBlankRow(row)) continue;
    const rowNumber = r + 1;
    const before = issues.length;
    const get = (f: FigureField) => (col.has(f) ? row[col.get(f)!] : undefined);
    const bad = (f: FigureField, value: string, key: RowIssue['key']) => issues.push({ row: rowNumber, column: label.get(f)!, value, key });
    const code = cellText(get('code'));
    if (!code) bad('code', '', 'err.codeRequired');
    else {
      const unknown = knownUnit?.(code);
      if (unknown) issues.push({ row: rowNumber, column: label.get('code')!, value: code, key: unknown, params: { code } });
    }
    const yearText = cellText(get('year'));
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100) bad('year', yearText, 'err.figureYear');
    else if (code) {
      const key = `${code}|${year}`;
      if (seen.has(key)) issues.push({ row: rowNumber, column: label.get('year')!, value: yearText, key: 'err.duplicateFigure', params: { code, year: yearText } });
      seen.add(key);
    }
    const amount = (f: FigureField, required: boolean): Amount | undefined => {
      const cell = get(f);
      const v = parseAmount(typeof cell === 'number' ? cell : cellText(cell));
      if (v === undefined) {
        if (required) bad(f, '', 'err.amountRequired');
        return undefined;
      }
      if (v === null) bad(f, cellText(cell), 'err.amount');
      else if (v < 0n) bad(f, cellText(cell), 'err.negative');
      return v ?? undefined;
    };
    const revenue = amount('revenue', true);
    const spending = amount('spending', true);
    if (spending !== undefined && spending === 0n) bad('spending', cellText(get('spending')), 'err.spendingNotPositive');
    const investmentFunding = amount('investmentFunding', false);
    const depreciation = amount('depreciation', false);
    const assignedText = cellText(get('assignedGroup'));
    const assigned = parseAssignedGroup(assignedText);
    if (assigned === null) bad('assignedGroup', assignedText, 'err.assignedGroup');
    if (issues.length > before || revenue === undefined || spending === undefined) continue;
    const computed = classifyAutonomy({ revenue, spending, investmentFunding, depreciation });
    if ('problem' in computed) continue; // already reported above
    figures.push({
      row: rowNumber, code, name: cellText(get('name')), year, revenue, spending, investmentFunding, depreciation,
      assignedText: assignedText || null, assigned: assigned ?? null, computed, mismatch: isMismatch(computed, assigned ?? null),
    });
  }
  issues.sort((a, b) => a.row - b.row);
  return { figures, issues };
}

/** "3B", "nhóm 3b" → "3b": the form the workspace stores. */
export function normalGroup(g: { group: AutonomyGroup; band: Band | null } | null): string | null {
  return g ? `${g.group}${g.band ?? ''}` : null;
}
