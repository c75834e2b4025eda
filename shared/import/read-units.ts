/**
 * Turns the rows of a sheet into units, following a mapping. Every problem is reported with its
 * spreadsheet row, column and value; nothing is guessed silently. Blank rows, subtotal rows
 * ("Tổng cộng", "Cộng") and rows that only number the columns ("(1)", "(2)", …) are skipped.
 */
import { HEADCOUNT_FIELDS, UnitSchema, type Unit } from '../model/unit.ts';
import { parseViNumber } from '../format.ts';
import { checkTreeIntegrity } from '../tree.ts';
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import { matchKey } from '../text.ts';
import { issuesFromZod } from '../errors.ts';
import { cellText, columnLetter, isBlankRow, type Cell } from './table.ts';
import { headerLabels } from './detect.ts';
import { parentsFromStt, sttToken } from './stt.ts';
import type { ImportMapping } from './mapping.ts';
import { parseKind, parseLevel, parseSector, type ImportField } from './vocab.ts';

/** One bad cell: spreadsheet row (1-based), column header as in the file, the value, the reason. */
export interface RowIssue {
  row: number;
  column: string;
  value: string;
  key: MessageKey;
  params?: MessageParams;
}

export interface SkippedRow {
  row: number;
  reason: 'subtotal' | 'column-numbers';
}

export interface ReadResult {
  units: Unit[];
  /** Spreadsheet row of each unit, in the same order as `units`. */
  rows: number[];
  issues: RowIssue[];
  skipped: SkippedRow[];
}

/**
 * "Tổng cộng", "Tổng số", "Cộng khối sở", "Tổng": the folded forms are unambiguous for the two-word
 * phrases, but "Cộng"/"Tổng" alone must keep their accents ("Công ty…", "Tổng đội…" are units).
 */
export function isSubtotal(text: string): boolean {
  const key = matchKey(text);
  if (/^(tong cong|tong so)( |$)/.test(key)) return true;
  const lower = text.normalize('NFC').trim().toLowerCase();
  return /^cộng(\s|:|$)/.test(lower) || /^tổng\s*:?$/.test(lower);
}

export function isColumnNumberRow(row: readonly Cell[]): boolean {
  const cells = row.map((c) => cellText(c)).filter(Boolean);
  return cells.length >= 2 && cells.every((c) => /^\(?\d{1,2}\)?$/.test(c) || /^\(\d+\)\s*=/.test(c));
}

/**
 * `existing`: for an update by code, the workspace's units: the file's units may hang under them,
 * and the file's codes replace theirs (so they are not duplicates).
 */
export function readUnits(rows: readonly (readonly Cell[])[], mapping: ImportMapping, existing: ReadonlyArray<Pick<Unit, 'code' | 'parentCode'>> = []): ReadResult {
  const labels = headerLabels(rows, mapping.headerRow, mapping.headerRows);
  const col = mapping.columns;
  const columnName = (field: ImportField) => {
    const index = col[field];
    return index === undefined ? field : labels[index] || columnLetter(index);
  };
  const get = (row: readonly Cell[], field: ImportField): Cell | undefined => (col[field] === undefined ? undefined : row[col[field]!]);

  const issues: RowIssue[] = [];
  const skipped: SkippedRow[] = [];
  const drafts: Array<{ row: number; stt: string; raw: Record<string, unknown>; text: Partial<Record<ImportField, string>>; generatedCode: boolean }> = [];

  for (let r = mapping.headerRow - 1 + mapping.headerRows; r < rows.length; r++) {
    const row = rows[r]!;
    const rowNumber = r + 1;
    if (isBlankRow(row)) continue;
    const name = cellText(get(row, 'name'));
    const stt = cellText(get(row, 'stt'));
    if ((isSubtotal(name) && (stt === '' || isSubtotal(stt))) || (name === '' && isSubtotal(stt))) {
      skipped.push({ row: rowNumber, reason: 'subtotal' });
      continue;
    }
    if (isColumnNumberRow(row)) {
      skipped.push({ row: rowNumber, reason: 'column-numbers' });
      continue;
    }
    const issue = (field: ImportField, value: string, key: MessageKey, params?: MessageParams) =>
      issues.push({ row: rowNumber, column: columnName(field), value, key, params });

    const raw: Record<string, unknown> = { name };
    const code = cellText(get(row, 'code'));
    raw.code = code;
    if (col.parentCode !== undefined) raw.parentCode = cellText(get(row, 'parentCode')) || null;

    for (const [field, parse, fallback] of [
      ['kind', parseKind, mapping.defaults.kind],
      ['level', parseLevel, mapping.defaults.level],
      ['sector', parseSector, mapping.defaults.sector],
    ] as const) {
      const text = cellText(get(row, field));
      const value = text === '' ? fallback : parse(text);
      if (value === undefined) issue(field, text, `err.${field}`);
      raw[field] = value ?? fallback;
    }

    const text: Partial<Record<ImportField, string>> = {};
    for (const field of HEADCOUNT_FIELDS) {
      const cell = get(row, field);
      text[field] = cellText(cell);
      raw[field] = text[field] === '' ? 0 : typeof cell === 'number' ? cell : (parseViNumber(text[field]) ?? 0);
    }
    drafts.push({ row: rowNumber, stt, raw, text, generatedCode: col.code === undefined });
  }

  // Codes the file does not give are built from the STT path (or the row number), and parents
  // come from the STT numbering when the file has no parent-code column.
  const keys = drafts.map((d) => `row${d.row}`);
  const sttParents = col.parentCode === undefined && col.stt !== undefined ? parentsFromStt(drafts.map((d, i) => ({ stt: d.stt, key: keys[i]! }))) : null;
  const codeOfKey = new Map<string, string>();
  drafts.forEach((d, i) => {
    const parentKey = sttParents?.[i] ?? null;
    if (d.generatedCode) {
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
        issues.push({ row: d.row, column: columnName(field), value: d.text[field] ?? cellText(d.raw[field] as Cell), key: i.key, params: i.params });
      }
      continue;
    }
    units.push(parsed.data);
    unitRows.push(d.row);
  }

  // Codes and parents are checked over every row, valid or not, so that one bad cell does not
  // hide a duplicate code or turn its children into orphans.
  const links = drafts.map((d) => ({ code: cellText(d.raw.code as Cell), parentCode: d.raw.parentCode ? cellText(d.raw.parentCode as Cell) : null }));
  const inFile = new Set(links.map((l) => l.code));
  const kept = existing.filter((u) => !inFile.has(u.code));
  for (const i of checkTreeIntegrity([...links, ...kept])) {
    const [index, field] = i.field.split('.') as [string, 'code' | 'parentCode'];
    if (Number(index) >= links.length) continue; // a workspace unit: not the file's problem
    const link = links[Number(index)]!;
    issues.push({ row: drafts[Number(index)]!.row, column: columnName(field), value: link[field] ?? '', key: i.key, params: i.params });
  }
  issues.sort((a, b) => a.row - b.row);
  // Only rows without any problem count as read.
  const bad = new Set(issues.map((i) => i.row));
  const keep = unitRows.map((row) => !bad.has(row));
  return { units: units.filter((_, i) => keep[i]), rows: unitRows.filter((_, i) => keep[i]), issues, skipped };
}
