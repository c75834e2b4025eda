/** Reads an uploaded .xlsx or .csv into plain sheets (see shared/import/table.ts). */
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors.ts';
import { decodeText, parseCsv } from '../../shared/import/csv.ts';
import type { Cell, SheetData } from '../../shared/import/table.ts';
import { formatDate } from '../../shared/format.ts';

/** Rows beyond this are refused rather than read into memory. */
export const MAX_IMPORT_ROWS = 1_000_000;

export function fileFormat(fileName: string): 'xlsx' | 'csv' {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  throw new AppError('bad_request', 'err.importFormat', { file: fileName });
}

export async function readWorkbook(fileName: string, bytes: Uint8Array): Promise<SheetData[]> {
  if (fileFormat(fileName) === 'csv') {
    const sheet = parseCsv(decodeText(bytes), fileName.replace(/\.[^.]+$/, ''));
    if (sheet.rows.length > MAX_IMPORT_ROWS) throw new AppError('bad_request', 'err.importTooLarge', { max: MAX_IMPORT_ROWS });
    return [sheet];
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('bad_request', 'err.importUnreadable', { file: fileName });
  }
  return wb.worksheets.map((ws) => {
    if (ws.rowCount > MAX_IMPORT_ROWS) throw new AppError('bad_request', 'err.importTooLarge', { max: MAX_IMPORT_ROWS });
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values = row.values as unknown[];
      const cells: Cell[] = [];
      for (let c = 1; c < values.length; c++) cells.push(plainValue(values[c]));
      rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: ws.name, rows };
  });
}

/** exceljs cell values (rich text, formulas, hyperlinks, dates, errors) as plain text or numbers. */
function plainValue(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return formatDate(new Date(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()));
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((p) => p.text).join('');
    // A formula counts by its last computed value; one never computed is shown as written, so a
    // count column reports it instead of silently reading 0.
    if ('formula' in o || 'sharedFormula' in o) return o.result === undefined ? `=${String((o as { formula?: unknown }).formula ?? '')}` : plainValue(o.result);
    if ('result' in o) return plainValue(o.result);
    if (typeof o.text === 'string') return o.text;
    if ('error' in o) return null;
  }
  return String(v);
}
