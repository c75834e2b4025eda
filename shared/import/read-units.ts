/**
 * Turns the rows of a sheet into units, following a mapping. Every problem is reported with its
 * spreadsheet row, column and value; nothing is guessed silently. Blank rows, subtotal rows
 * ("Tổng cộng", "Cộng") and rows that only number the columns ("(1)", "(2)", …) are skipped and
 * listed; a row with a code is never skipped.
 */
import { HEADCOUNT_FIELDS, UnitSchema, type Unit } from '../model/unit.ts';
import { columnMark, numberOf, readCell, type DecimalMark, type NumberKind } from './numbers.ts';
import { checkTreeIntegrity } from '../tree.ts';
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import { hasDiacritics, matchKey } from '../text.ts';
import { AppError, issuesFromZod } from '../errors.ts';
import { cellText, columnLetter, fillMerges, isBlankRow, type Cell, type MergedRange } from './table.ts';
import { headerLabels } from './detect.ts';
import { parentsFromStt, sttToken } from './stt.ts';
import type { ImportMapping } from './mapping.ts';
import { TEMPLATE_HEADERS, parseKind, parseLevel, parseSector, type ImportField } from './vocab.ts';
import type { ComparedField } from './diff.ts';

/** One bad cell: spreadsheet row (1-based), column header as in the file, the value, the reason. */
export interface RowIssue {
  row: number;
  column: string;
  value: string;
  key: MessageKey;
  params?: MessageParams;
}

/** The refusal of a whole import file, one issue per bad cell (field "row:column", the row, column and value in the params). */
export function importInvalid(issues: readonly RowIssue[]): AppError {
  return new AppError(
    'validation',
    'err.importInvalid',
    { count: issues.length },
    issues.map((i) => ({
      field: `${i.row}:${i.column}`,
      key: i.key,
      params: { ...i.params, row: i.row, column: i.column, value: i.value },
    })),
  );
}

export interface SkippedRow {
  row: number;
  reason: 'subtotal' | 'column-numbers';
  /** What the row says (its name or STT), so the user can check nothing real was skipped. */
  text: string;
}

export interface ReadResult {
  units: Unit[];
  /** Spreadsheet row of each unit, in the same order as `units`. */
  rows: number[];
  issues: RowIssue[];
  skipped: SkippedRow[];
  /** The unit fields the file actually gives (an update by code changes only these). */
  fields: ComparedField[];
}

/**
 * "Tổng cộng", "Tổng số", "Cộng khối sở", "Tổng": accents matter ("Tổng công ty…", "Công ty…" are
 * units). Text typed without any accent is matched only on the unambiguous phrases.
 */
export function isSubtotal(text: string): boolean {
  const lower = text.normalize('NFC').trim().toLowerCase();
  if (/^(tổng cộng|tổng số|cộng)(\s|:|$)/.test(lower) || /^tổng\s*:?$/.test(lower)) return true;
  if (hasDiacritics(lower)) return false;
  return /^(tong cong|tong so)( |$)/.test(matchKey(lower)) || /^cong\s*:?$/.test(lower);
}

export function isColumnNumberRow(row: readonly Cell[]): boolean {
  const cells = row.map((c) => cellText(c)).filter(Boolean);
  return cells.length >= 2 && cells.every((c) => /^\(?\d{1,2}\)?$/.test(c) || /^\(\d+\)\s*=/.test(c));
}

/**
 * For tables of fixed columns (communes, job positions): a row holding no record — a subtotal
 * (named in the name or STT column, and without a code) or the columns' numbers — with what it says,
 * or null.
 */
export function nonRecordRow(
  cells: readonly Cell[],
  code: string,
  name: string,
  stt: string,
): { reason: 'subtotal' | 'column-numbers'; text: string } | null {
  if (code === '' && (isSubtotal(name) || isSubtotal(stt))) return { reason: 'subtotal', text: name || stt };
  if (isColumnNumberRow(cells))
    return {
      reason: 'column-numbers',
      text: cells
        .map((c) => cellText(c))
        .filter(Boolean)
        .join(' '),
    };
  return null;
}

/** "I. KHỐI SỞ, NGÀNH" → STT "I", name "KHỐI SỞ, NGÀNH" (a group heading merged across the row). */
const HEADING = /^([IVXLCDM]+|[A-Z]|\d+(?:\.\d+)*|[a-zđ])[.)]\s*(.+)$/;

const TEMPLATE_LABEL = new Map<string, string>(TEMPLATE_HEADERS);
/** A head count: a whole number ("1.250" is 1250 in it, "1.000" reads two ways). */
export const COUNT_KIND: NumberKind = { decimals: 0 };

/** Columns whose vertically merged value may stand for every row it covers. */
const SHARED_BY_MERGE = new Set<ImportField>(['kind', 'level', 'sector', 'parentCode']);
/** The count columns: the headcount, then the heads in post (an empty cell of which is "not entered", not 0). */
const COUNT_COLUMNS = [...HEADCOUNT_FIELDS, 'heads'] as const;

interface Draft {
  row: number;
  stt: string;
  raw: Record<string, unknown>;
  text: Partial<Record<ImportField, string>>;
}

/**
 * `existing`: for an update by code, the workspace's units: the file's units may hang under them,
 * and the file's codes replace theirs (so they are not duplicates).
 */
export function readUnits(
  sheet: { rows: readonly (readonly Cell[])[]; merges?: readonly MergedRange[] },
  mapping: ImportMapping,
  existing: ReadonlyArray<Pick<Unit, 'code' | 'parentCode'>> = [],
): ReadResult {
  const merges = sheet.merges ?? [];
  const headerTop = mapping.headerRow - 1;
  const firstData = headerTop + mapping.headerRows;
  const labels = headerLabels(
    fillMerges(sheet.rows, merges, headerTop, firstData - 1),
    mapping.headerRow,
    mapping.headerRows,
  );
  const col = mapping.columns;
  const fieldAt = new Map(Object.entries(col).map(([f, c]) => [c, f as ImportField]));
  /** The column a problem is reported in, as the file names it (codes built from STT: the STT column). */
  const columnName = (field: ImportField): string => {
    const index = col[field] ?? (field === 'code' ? col.stt : undefined);
    if (index !== undefined) return labels[index] || columnLetter(index);
    return TEMPLATE_LABEL.get(field) ?? field;
  };

  const issues: RowIssue[] = [];
  const skipped: SkippedRow[] = [];
  const drafts: Draft[] = [];

  // Merged cells in the data area: shared labels fill the rows they cover; anything else that
  // spans rows is reported (a count merged over two units would be counted twice).
  // Rows are copied only where a merge writes into them (the sheet may be shared and frozen).
  const rows: (readonly Cell[])[] = sheet.rows.slice();
  const copied = new Set<number>();
  const writable = (r: number): Cell[] => {
    if (!copied.has(r)) {
      rows[r] = [...(rows[r] ?? [])];
      copied.add(r);
    }
    return rows[r] as Cell[];
  };
  const mergeIssues: RowIssue[] = [];
  const headings = new Map<number, string>();
  for (const m of merges) {
    if (m.bottom < firstData) continue;
    const value = rows[m.top]?.[m.left] ?? null;
    if (m.top === m.bottom) {
      const nameCol = col.name;
      if (nameCol !== undefined && m.left < nameCol && m.right >= nameCol) headings.set(m.top, cellText(value));
      continue;
    }
    for (let c = m.left; c <= m.right; c++) {
      const field = fieldAt.get(c);
      if (!field) continue;
      if (SHARED_BY_MERGE.has(field)) {
        for (let r = m.top; r <= m.bottom; r++) writable(r)[c] = value;
      } else {
        for (let r = Math.max(m.top, firstData); r <= m.bottom; r++) {
          mergeIssues.push({
            row: r + 1,
            column: columnName(field),
            value: cellText(value),
            key: 'err.mergedCells',
            params: { range: `${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}` },
          });
        }
      }
    }
  }
  issues.push(...mergeIssues);
  // A column of kinds, levels or sectors holds a few texts over thousands of rows: each parsed once.
  const parsedTexts = new Map<string, unknown>();
  const parsedOnce = <T>(field: string, text: string, parse: (t: string) => T): T => {
    const key = `${field}\u0000${text}`;
    if (!parsedTexts.has(key)) parsedTexts.set(key, parse(text));
    return parsedTexts.get(key) as T;
  };
  const get = (row: readonly Cell[], field: ImportField): Cell | undefined =>
    col[field] === undefined ? undefined : row[col[field]];

  // Each count column's decimal mark, decided from all its values (shared/import/numbers.ts); a
  // column that reads two ways takes the mark chosen in the mapping, else it is reported once.
  const marks = new Map<ImportField, DecimalMark | null>();
  for (const field of COUNT_COLUMNS) {
    if (col[field] === undefined) continue;
    const cells: Array<{ row: number; cell: Cell | undefined }> = [];
    for (let r = firstData; r < rows.length; r++)
      if (!isBlankRow(rows[r])) cells.push({ row: r + 1, cell: get(rows[r]!, field) });
    const m = columnMark(cells, COUNT_KIND, mapping.decimals?.[field]);
    if ('mark' in m) marks.set(field, m.mark);
    else
      issues.push({
        row: m.problem.row,
        column: columnName(field),
        value: m.problem.value,
        key: m.problem.key,
        params: { ...m.problem.params, column: columnName(field) },
      });
  }

  for (let r = firstData; r < rows.length; r++) {
    const row = rows[r]!;
    const rowNumber = r + 1;
    if (isBlankRow(row)) continue;
    let name = cellText(get(row, 'name'));
    let stt = cellText(get(row, 'stt'));
    const heading = headings.get(r);
    if (heading !== undefined) {
      const m = col.stt !== undefined ? HEADING.exec(heading) : null;
      [stt, name] = m ? [m[1]!, m[2]!.trim()] : [stt, heading];
    }
    // A row with a code is a unit, whatever its name says.
    const hasCode = col.code !== undefined && cellText(get(row, 'code')) !== '';
    if (!hasCode && ((isSubtotal(name) && (stt === '' || isSubtotal(stt))) || (name === '' && isSubtotal(stt)))) {
      skipped.push({ row: rowNumber, reason: 'subtotal', text: name || stt });
      continue;
    }
    if (!hasCode && isColumnNumberRow(row)) {
      skipped.push({
        row: rowNumber,
        reason: 'column-numbers',
        text: row
          .map((c) => cellText(c))
          .filter(Boolean)
          .join(' '),
      });
      continue;
    }
    const issue = (field: ImportField, value: string, key: MessageKey, params?: MessageParams) =>
      issues.push({ row: rowNumber, column: columnName(field), value, key, params });

    const raw: Record<string, unknown> = { name, code: cellText(get(row, 'code')) };
    if (col.parentCode !== undefined) raw.parentCode = cellText(get(row, 'parentCode')) || null;
    for (const [field, parse, fallback] of [
      ['kind', parseKind, mapping.defaults.kind],
      ['level', parseLevel, mapping.defaults.level],
      ['sector', parseSector, mapping.defaults.sector],
    ] as const) {
      const text = cellText(get(row, field));
      const value = text === '' ? fallback : parsedOnce(field, text, parse);
      if (value === undefined) issue(field, text, `err.${field}`);
      raw[field] = value ?? fallback;
    }
    const text: Partial<Record<ImportField, string>> = {};
    for (const field of COUNT_COLUMNS) {
      const cell = get(row, field);
      text[field] = cellText(cell);
      // An empty count is 0; text that is not a whole number goes on as NaN and is reported; a
      // column whose mark is not known is reported above (its values are not read).
      const read =
        marks.has(field) && typeof cell !== 'number' ? readCell(cell, marks.get(field)!, COUNT_KIND) : undefined;
      raw[field] =
        text[field] === '' || !marks.has(field)
          ? field === 'heads'
            ? null // the heads not given: not entered, never 0 or 1
            : 0
          : typeof cell === 'number'
            ? cell
            : read
              ? numberOf(read)
              : Number.NaN;
    }
    drafts.push({ row: rowNumber, stt, raw, text });
  }

  // Codes the file does not give are built from the STT path (or the row number), and parents
  // come from the STT numbering when the file has no parent-code column.
  const keys = drafts.map((d) => `row${d.row}`);
  const sttParents =
    col.parentCode === undefined && col.stt !== undefined
      ? parentsFromStt(drafts.map((d, i) => ({ stt: d.stt, key: keys[i]! })))
      : null;
  const codeOfKey = new Map<string, string>();
  drafts.forEach((d, i) => {
    const parentKey = sttParents?.[i] ?? null;
    if (col.code === undefined) {
      const token = sttToken(d.stt).replace(/[^\p{L}\p{N}.]/gu, '') || `R${d.row}`;
      const parentCode = parentKey ? codeOfKey.get(parentKey) : undefined;
      d.raw.code = parentCode ? `${parentCode}-${token}` : token;
    }
    codeOfKey.set(keys[i]!, String(d.raw.code));
    if (sttParents) d.raw.parentCode = parentKey ? codeOfKey.get(parentKey)! : null;
    else if (col.parentCode === undefined) d.raw.parentCode = null;
  });

  const units: Unit[] = [];
  const unitRows: number[] = [];
  for (const d of drafts) {
    const parsed = UnitSchema.safeParse(d.raw);
    if (!parsed.success) {
      for (const i of issuesFromZod(parsed.error)) {
        const field = i.field as ImportField;
        issues.push({
          row: d.row,
          column: columnName(field),
          value: d.text[field] ?? cellText(d.raw[field] as Cell),
          key: i.key,
          params: i.params,
        });
      }
      continue;
    }
    units.push(parsed.data);
    unitRows.push(d.row);
  }

  // Codes and parents are checked over every row, valid or not, so that one bad cell does not
  // hide a duplicate code or turn its children into orphans.
  const links = drafts.map((d) => ({
    code: cellText(d.raw.code as Cell),
    parentCode: d.raw.parentCode ? cellText(d.raw.parentCode as Cell) : null,
  }));
  const inFile = new Set(links.map((l) => l.code));
  const kept = existing.filter((u) => !inFile.has(u.code));
  for (const i of checkTreeIntegrity([...links, ...kept])) {
    const [index, field] = i.field.split('.') as [string, 'code' | 'parentCode'];
    if (Number(index) >= links.length) continue; // a workspace unit: not the file's problem
    const link = links[Number(index)]!;
    issues.push({
      row: drafts[Number(index)]!.row,
      column: columnName(field),
      value: link[field] ?? '',
      key: i.key,
      params: i.params,
    });
  }
  issues.sort((a, b) => a.row - b.row);
  // Only rows without any problem count as read.
  const bad = new Set(issues.map((i) => i.row));
  const keep = unitRows.map((row) => !bad.has(row));
  const fields: ComparedField[] = ['name'];
  if (col.parentCode !== undefined || col.stt !== undefined) fields.push('parentCode');
  for (const f of ['kind', 'level', 'sector', ...COUNT_COLUMNS] as const) if (col[f] !== undefined) fields.push(f);
  return { units: units.filter((_, i) => keep[i]), rows: unitRows.filter((_, i) => keep[i]), issues, skipped, fields };
}
