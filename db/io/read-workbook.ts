/** Reads an uploaded .xlsx or .csv into plain sheets (see shared/import/table.ts). */
import { loadExcelJS } from './exceljs.ts';
import { AppError } from '../../shared/errors.ts';
import { decodeText, parseCsv } from '../../shared/import/csv.ts';
import { parseRange, type Cell, type MergedRange, type SheetData } from '../../shared/import/table.ts';
import { formatDate } from '../../shared/format.ts';
import { scanWorkbook } from './zip-guard.ts';
import { MAX_IMPORT_CELLS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '../../shared/import/limits.ts';
import { UploadCache } from './upload-cache.ts';

export { MAX_IMPORT_ROWS };

export function fileFormat(fileName: string): 'xlsx' | 'csv' {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  throw new AppError('bad_request', 'err.importFormat', { file: fileName });
}

export async function readWorkbook(fileName: string, bytes: Uint8Array): Promise<SheetData[]> {
  if (fileFormat(fileName) === 'csv') {
    const text = decodeText(bytes);
    // Counted before parsing, so a file of a million lines is refused without a million rows in memory.
    let lines = 0;
    for (let i = text.indexOf('\n'); i !== -1 && lines <= MAX_IMPORT_ROWS; i = text.indexOf('\n', i + 1)) lines++;
    if (lines > MAX_IMPORT_ROWS) throw new AppError('bad_request', 'err.importTooLarge', { max: MAX_IMPORT_ROWS });
    const sheet = parseCsv(text, fileName.replace(/\.[^.]+$/, ''));
    if (sheet.rows.length > MAX_IMPORT_ROWS)
      throw new AppError('bad_request', 'err.importTooLarge', { max: MAX_IMPORT_ROWS });
    return [sheet];
  }
  await scanWorkbook(bytes, fileName);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('bad_request', 'err.importUnreadable', { file: fileName });
  }
  let total = 0;
  return wb.worksheets.map((ws) => {
    if (ws.rowCount > MAX_IMPORT_ROWS)
      throw new AppError('bad_request', 'err.importTooLarge', { max: MAX_IMPORT_ROWS });
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      // Checked again on what exceljs built, before the row's cells are copied.
      if (row.cellCount > MAX_IMPORT_COLUMNS)
        throw new AppError('bad_request', 'err.importTooManyColumns', { max: MAX_IMPORT_COLUMNS });
      total += row.cellCount;
      if (total > MAX_IMPORT_CELLS)
        throw new AppError('bad_request', 'err.importTooManyCells', { max: MAX_IMPORT_CELLS });
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        // A merged range keeps its value in its top-left cell only (see fillMerges for headers).
        if (cell.isMerged && cell.master.address !== cell.address) return;
        cells[col - 1] = cellValue(cell.value, cell.numFmt);
      });
      for (let c = 0; c < cells.length; c++) cells[c] ??= null;
      rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const ranges = ((ws.model as { merges?: string[] }).merges ?? [])
      .map(parseRange)
      .filter((r): r is MergedRange => r !== null);
    return { name: ws.name, rows, merges: ranges };
  });
}

/**
 * Parsed uploads of the last few minutes: an import's inspect, preview and apply each send the
 * same file, parsed once. Four 64 MB uploads at most (the 50,000-unit bench file is about 3 MB).
 */
const uploads = new UploadCache<readonly SheetData[]>({ maxEntries: 4, maxBytes: 64 * 2 ** 20, maxAgeMs: 10 * 60_000 });

/**
 * readWorkbook through the cache of recent uploads. The sheets are shared and frozen: read only.
 */
export function readUpload(fileName: string, bytes: Uint8Array): Promise<readonly SheetData[]> {
  return uploads.get(fileFormat(fileName), bytes, async () => freezeSheets(await readWorkbook(fileName, bytes)));
}

/** Forgets one upload's parse once its import is done (its sheets are not kept for 10 minutes). */
export function forgetUpload(fileName: string, bytes: Uint8Array): void {
  uploads.forget(fileFormat(fileName), bytes);
}

/** Forgets the parsed uploads (tests). */
export function clearUploadCache(): void {
  uploads.clear();
}

function freezeSheets(sheets: SheetData[]): readonly SheetData[] {
  for (const s of sheets) {
    for (const row of s.rows) Object.freeze(row);
    Object.freeze(s.rows);
    for (const m of s.merges) Object.freeze(m);
    Object.freeze(s.merges);
    Object.freeze(s);
  }
  return Object.freeze(sheets);
}

/** A number shown with leading zeros ("007" under format 000) is read as the text shown. */
function cellValue(value: unknown, numFmt: string | undefined): Cell {
  const v = plainValue(value);
  if (typeof v === 'number' && numFmt && /^0+$/.test(numFmt) && Number.isInteger(v) && v >= 0)
    return String(v).padStart(numFmt.length, '0');
  return v;
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
    if ('formula' in o || 'sharedFormula' in o) {
      const formula = (o as { formula?: unknown }).formula;
      return o.result === undefined ? `=${typeof formula === 'string' ? formula : ''}` : plainValue(o.result);
    }
    // Excel errors (#REF!, #DIV/0!, #N/A) are kept as text so they are reported, never read as 0.
    if ('error' in o) return String(o.error);
    if ('result' in o) return plainValue(o.result);
    if (typeof o.text === 'string') return o.text;
  }
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a value of a shape not read above stays visible as text, so the import reports it instead of reading a number
  return String(v);
}
