/**
 * Finance figures from the autonomy template (one row per unit and year). Every bad cell is
 * reported with its row, column, value and reason; a file with any is refused whole. The file
 * declares its money unit (a cell "Đơn vị tính: triệu đồng" above the header, "(đồng)" after an
 * amount header, or a column "Đơn vị tính"), else the caller gives it (asked, `--unit`); each
 * amount column's decimal mark is decided from its values (shared/import/numbers.ts), else given.
 * The template's example row (code "VÍ DỤ") is skipped.
 */
import type { Amount } from './amount.ts';
import { declaredUnit, splitHeaderUnit, toStored, unitOfWord, UNIT_WORDS, type AmountUnit } from './money-unit.ts';
import { columnMark, declaredDecimal, readCell, readingsOf, type DecimalMark } from '../import/numbers.ts';
import {
  classifyAutonomy,
  isMismatch,
  parseAssignedGroup,
  type AutonomyClass,
  type AutonomyGroup,
  type Band,
} from './classify.ts';
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
  ['unit', 'Đơn vị tính'],
] as const;
type FigureField = (typeof FIGURE_HEADERS)[number][0];

/** The code cell of the template's example row (figures-template.ts): never a unit code (a code has no space). */
export const EXAMPLE_CODE = 'VÍ DỤ';
/** The template's example row, its code cell "VÍ DỤ" in any case or accents: skipped by the import, never read as figures. */
const isExampleCode = (code: string): boolean => matchKey(code) === matchKey(EXAMPLE_CODE);

export interface FigureRow {
  row: number;
  code: string;
  name: string;
  year: number;
  revenue: Amount;
  spending: Amount;
  investmentFunding?: Amount;
  depreciation?: Amount;
  /** The unit the row's amounts were written in (they are stored in millionths of a đồng). */
  unit: AmountUnit;
  /** As written in the file ("3b"), or null. */
  assignedText: string | null;
  assigned: { group: AutonomyGroup; band: Band | null } | null;
  computed: AutonomyClass;
  mismatch: boolean;
}

/** What the file does not say and the user answered: its unit, and the decimal mark of ambiguous columns (by header; `decimal` for all). */
export interface FigureOptions {
  unit?: AmountUnit;
  decimal?: DecimalMark;
  decimals?: Readonly<Record<string, DecimalMark>>;
}

const HEADER_KEYS = new Map<string, FigureField>(FIGURE_HEADERS.map(([f, h]) => [matchKey(h), f]));
const AMOUNT_FIELDS = ['revenue', 'spending', 'investmentFunding', 'depreciation'] as const;
/** Triệu đồng with 12 decimals is still a whole millionth of a đồng: the unit decides what is kept. */
const AMOUNT_KIND = { decimals: 12 };

/** The field of a header cell, and the unit written after it ("Tổng nguồn thu (A) (triệu đồng)"). */
function headerField(text: string): { field: FigureField; unit?: AmountUnit | 'unsupported' } | null {
  const field = HEADER_KEYS.get(matchKey(text));
  if (field) return { field };
  const split = splitHeaderUnit(text);
  const inner = split && HEADER_KEYS.get(matchKey(split.header));
  return inner ? { field: inner, unit: split.unit } : null;
}

/**
 * `knownUnit`: when reading into a workspace, tells whether a code is one of its public service
 * units (the key of the message to give if not). Every check runs on every row.
 */
export function readFigures(
  rows: readonly (readonly Cell[])[],
  knownUnit?: (code: string) => RowIssue['key'] | null,
  options: FigureOptions = {},
): { figures: FigureRow[]; issues: RowIssue[] } {
  const headerIndex = rows.findIndex((r) => r.filter((c) => headerField(cellText(c))).length >= 4);
  const issues: RowIssue[] = [];
  if (headerIndex < 0)
    return { figures: [], issues: [{ row: 1, column: 'Mã đơn vị', value: '', key: 'err.figuresHeader' }] };
  const label = new Map<FigureField, string>(FIGURE_HEADERS);
  const col = new Map<FigureField, number>();
  // Every declaration of the file: cells above the header, units after amount headers.
  const declarations: Array<{ unit: AmountUnit; row: number; column: string; value: string }> = [];
  const declare = (unit: AmountUnit | 'unsupported', row: number, column: string, value: string) => {
    if (unit === 'unsupported') issues.push({ row, column, value, key: 'err.unitUnsupported' });
    else declarations.push({ unit, row, column, value });
  };
  rows[headerIndex]!.forEach((c, i) => {
    const h = headerField(cellText(c));
    if (!h || col.has(h.field)) return;
    col.set(h.field, i);
    if (h.unit) declare(h.unit, headerIndex + 1, label.get(h.field)!, cellText(c));
  });
  let fileMark: { mark: DecimalMark; row: number; value: string } | null = null;
  for (let r = 0; r < headerIndex; r++) {
    for (const c of rows[r] ?? []) {
      const unit = declaredUnit(cellText(c));
      if (unit) declare(unit, r + 1, label.get('unit')!, cellText(c));
      const mark = declaredDecimal(cellText(c));
      if (mark) fileMark ??= { mark, row: r + 1, value: cellText(c) };
    }
  }
  const fileUnit = declarations[0]?.unit;
  for (const d of declarations) {
    if (d.unit !== fileUnit)
      issues.push({
        row: d.row,
        column: d.column,
        value: d.value,
        key: 'err.unitConflict',
        params: { declared: UNIT_WORDS[fileUnit!] },
      });
  }
  if (fileUnit && options.unit && options.unit !== fileUnit) {
    const d = declarations[0]!;
    issues.push({
      row: d.row,
      column: d.column,
      value: d.value,
      key: 'err.unitOptionConflict',
      params: { given: UNIT_WORDS[options.unit] },
    });
  }

  const dataRows: number[] = [];
  const isExample = (r: number) => col.has('code') && isExampleCode(cellText(rows[r]![col.get('code')!]));
  for (let r = headerIndex + 1; r < rows.length; r++) if (!isBlankRow(rows[r]) && !isExample(r)) dataRows.push(r);
  // Each amount column's decimal mark, from all its values; a column that cannot be read is reported once.
  const marks = new Map<FigureField, DecimalMark | null>();
  for (const f of AMOUNT_FIELDS) {
    if (!col.has(f)) continue;
    const column = label.get(f)!;
    const cells = dataRows.map((r) => ({ row: r + 1, cell: rows[r]![col.get(f)!] }));
    const m = columnMark(cells, AMOUNT_KIND, fileMark?.mark ?? options.decimals?.[column] ?? options.decimal);
    if ('problem' in m)
      issues.push({
        row: m.problem.row,
        column,
        value: m.problem.value,
        key: m.problem.key,
        params: { ...m.problem.params, column },
      });
    else if (fileMark && m.mark && m.mark !== fileMark.mark) {
      // The values say otherwise than the file's own declaration: neither is taken on trust.
      const against = cells.find((c) => readingsOf(c.cell, AMOUNT_KIND) === m.mark)!;
      issues.push({
        row: against.row,
        column,
        value: cellText(against.cell),
        key: 'err.decimalMixed',
        params: { mark: m.mark, againstRow: fileMark.row, againstValue: fileMark.value },
      });
    } else marks.set(f, m.mark ?? fileMark?.mark ?? null);
  }

  const figures: FigureRow[] = [];
  const seen = new Set<string>();
  const unitOfYear = new Map<number, { unit: AmountUnit; row: number }>();
  let unitMissing = false;
  for (const r of dataRows) {
    const row = rows[r]!;
    const rowNumber = r + 1;
    const before = issues.length;
    const get = (f: FigureField) => (col.has(f) ? row[col.get(f)!] : undefined);
    const bad = (f: FigureField, value: string, key: RowIssue['key'], params?: RowIssue['params']) =>
      issues.push({ row: rowNumber, column: label.get(f)!, value, key, ...(params ? { params } : {}) });
    const code = cellText(get('code'));
    if (!code) bad('code', '', 'err.codeRequired');
    else {
      const unknown = knownUnit?.(code);
      if (unknown)
        issues.push({ row: rowNumber, column: label.get('code')!, value: code, key: unknown, params: { code } });
    }
    const yearText = cellText(get('year'));
    const year = Number(yearText);
    const yearOk = /^\d{4}$/.test(yearText) && year >= 1990 && year <= 2100;
    if (!yearOk) bad('year', yearText, 'err.figureYear');
    else if (code) {
      const key = `${code}|${year}`;
      if (seen.has(key))
        issues.push({
          row: rowNumber,
          column: label.get('year')!,
          value: yearText,
          key: 'err.duplicateFigure',
          params: { code, year: yearText },
        });
      seen.add(key);
    }
    // The row's unit: its own cell, else the file's declaration, else the answer given.
    const unitText = cellText(get('unit'));
    const own = unitText ? unitOfWord(unitText) : null;
    if (unitText && own === null) bad('unit', unitText, 'err.unitWord');
    else if (own === 'unsupported') bad('unit', unitText, 'err.unitUnsupported');
    const declared = fileUnit ?? options.unit;
    if (own && own !== 'unsupported' && declared && own !== declared) {
      if (fileUnit) bad('unit', unitText, 'err.unitConflict', { declared: UNIT_WORDS[fileUnit] });
      else bad('unit', unitText, 'err.unitOptionConflict', { given: UNIT_WORDS[declared] });
    }
    const unit = own && own !== 'unsupported' ? own : unitText ? undefined : declared;
    if (!unitText && !declared) unitMissing = true;
    if (unit && yearOk) {
      const first = unitOfYear.get(year);
      if (!first) unitOfYear.set(year, { unit, row: rowNumber });
      else if (first.unit !== unit)
        bad('unit', unitText || UNIT_WORDS[unit], 'err.unitMixedYear', {
          year: yearText,
          unit: UNIT_WORDS[unit],
          other: UNIT_WORDS[first.unit],
          first: first.row,
        });
    }
    const amount = (f: FigureField, required: boolean): Amount | undefined => {
      if (!marks.has(f) && col.has(f)) return undefined; // the column is reported above
      const cell = get(f);
      const e = readCell(cell, marks.get(f) ?? null, AMOUNT_KIND);
      if (e === undefined) {
        if (required) bad(f, '', 'err.amountRequired');
        return undefined;
      }
      const v = e && unit ? toStored(e, unit) : null;
      if (e === null || (unit && v === null)) bad(f, cellText(cell), 'err.amount');
      else if (e.negative) bad(f, cellText(cell), 'err.negative');
      return v ?? undefined;
    };
    const revenue = amount('revenue', true);
    const spending = amount('spending', true);
    if (spending !== undefined && spending === 0n)
      bad('spending', cellText(get('spending')), 'err.spendingNotPositive');
    const investmentFunding = amount('investmentFunding', false);
    const depreciation = amount('depreciation', false);
    const assignedText = cellText(get('assignedGroup'));
    const assigned = parseAssignedGroup(assignedText);
    if (assigned === null) bad('assignedGroup', assignedText, 'err.assignedGroup');
    if (issues.length > before || revenue === undefined || spending === undefined || !unit) continue;
    const computed = classifyAutonomy({ revenue, spending, investmentFunding, depreciation });
    if ('problem' in computed) continue; // already reported above
    figures.push({
      row: rowNumber,
      code,
      name: cellText(get('name')),
      year,
      revenue,
      spending,
      investmentFunding,
      depreciation,
      unit,
      assignedText: assignedText || null,
      assigned: assigned ?? null,
      computed,
      mismatch: isMismatch(computed, assigned ?? null),
    });
  }
  if (unitMissing && !issues.some((i) => i.key === 'err.unitUnsupported'))
    issues.push({ row: headerIndex + 1, column: label.get('unit')!, value: '', key: 'err.figuresUnitMissing' });
  issues.sort((a, b) => a.row - b.row);
  return { figures, issues };
}

/** The sheet of a workbook that holds the figures (it has their header), else the first. */
export function figureSheet<S extends { rows: readonly (readonly Cell[])[] }>(sheets: readonly S[]): S | undefined {
  return sheets.find((s) => !readFigures(s.rows).issues.some((i) => i.key === 'err.figuresHeader')) ?? sheets[0];
}

/** "3B", "nhóm 3b" → "3b": the form the workspace stores. */
export function normalGroup(g: { group: AutonomyGroup; band: Band | null } | null): string | null {
  return g ? `${g.group}${g.band ?? ''}` : null;
}
