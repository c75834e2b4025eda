import type { HandlersOf, ImportInspection } from '../../shared/contract/index.ts';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import { detectMapping, headerLabels } from '../../shared/import/detect.ts';
import { diffUnits, keepUnmappedFields } from '../../shared/import/diff.ts';
import type { ImportMapping } from '../../shared/import/mapping.ts';
import { COUNT_KIND, readUnits, type ReadResult } from '../../shared/import/read-units.ts';
import { readNormFigures } from '../../shared/import/unit-norms.ts';
import type { NormInputs } from '../../shared/positions/norm-inputs.ts';
import { decideColumn } from '../../shared/import/numbers.ts';
import { fillMerges, type Cell, type SheetData } from '../../shared/import/table.ts';
import type { Unit } from '../../shared/model/unit.ts';
import { matchKey } from '../../shared/text.ts';
import type { Workspace } from '../../db/workspace.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';
import { forgetUpload, readUpload } from '../../db/io/read-workbook.ts';
import { savedMappings, saveMapping } from '../../db/import-mappings-repo.ts';
import { importUnits } from '../../db/import-units.ts';
import { listUnits } from '../../db/units-repo.ts';

const PREVIEW_ROWS = 40;
const PREVIEW_COLUMNS = 40;
/** Sheets that explain a template rather than hold data. */
const GUIDE_SHEETS = new Set([matchKey('Hướng dẫn'), 'guide', 'huong dan su dung']);

const decode = (data: string) => new Uint8Array(Buffer.from(data, 'base64'));

function pickSheet(sheets: readonly SheetData[], name?: string): SheetData {
  if (name !== undefined && name !== '') {
    const found = sheets.find((s) => s.name === name);
    if (!found) throw new AppError('bad_request', 'err.sheetNotFound', { sheet: name });
    return found;
  }
  const data = sheets.find((s) => !GUIDE_SHEETS.has(matchKey(s.name))) ?? sheets[0];
  if (!data) throw new AppError('bad_request', 'err.importEmpty');
  return data;
}

/** The header layout a mapping sees, to recognise the same table next time. */
/** The first rows with merged header cells filled in, as a person reads them. */
function headerArea(sheet: SheetData): Cell[][] {
  return fillMerges(sheet.rows.slice(0, PREVIEW_ROWS), sheet.merges, 0, PREVIEW_ROWS - 1);
}

function signature(sheet: SheetData, mapping: Pick<ImportMapping, 'headerRow' | 'headerRows'>): string {
  return headerLabels(headerArea(sheet), mapping.headerRow, mapping.headerRows).map(matchKey).join('|');
}

function rememberedMapping(ws: Workspace, sheet: SheetData): ImportMapping | null {
  for (const { signature: sig, mapping } of savedMappings(ws.db)) {
    if (signature(sheet, mapping) === sig) return { ...mapping, sheet: sheet.name };
  }
  return null;
}

/** The columns under the header whose counts all read two ways ("1.000"): the mapping step asks their decimal mark. */
function ambiguousColumns(sheet: SheetData, mapping: ImportMapping): ImportInspection['ambiguous'] {
  const first = mapping.headerRow - 1 + mapping.headerRows;
  const width = Math.max(0, ...sheet.rows.slice(first).map((r) => r.length));
  const out: ImportInspection['ambiguous'] = [];
  for (let c = 0; c < width; c++) {
    const decision = decideColumn(
      sheet.rows.slice(first).map((r, i) => ({ row: first + i + 1, cell: r[c] })),
      COUNT_KIND,
    );
    if (decision.status === 'ambiguous') out.push({ index: c, row: decision.row, value: decision.value });
  }
  return out;
}

/** Row problems as field issues: `field` is "row:column" and params carry row, column and value. */
function rowIssues(result: ReadResult): FieldIssue[] {
  return result.issues.map((i) => ({
    field: `${i.row}:${i.column}`,
    key: i.key,
    params: { ...i.params, row: i.row, column: i.column, value: i.value },
  }));
}

/**
 * Reads the file under a mapping. In an update by code the file may refer to the workspace's
 * units, and the units it updates keep every field the file does not give.
 */
async function read(
  fileName: string,
  data: string,
  mapping: ImportMapping,
  existing: readonly Unit[],
  mode: 'replace' | 'update' | null,
): Promise<{ sheet: SheetData; result: ReadResult; norms: Map<string, NormInputs | null> }> {
  const sheet = pickSheet(await readUpload(fileName, decode(data)), mapping.sheet);
  if (mapping.columns.name === undefined) throw new AppError('validation', 'err.importNoName');
  const update = mode === 'update' && existing.length > 0;
  const read = readUnits(sheet, mapping, update ? existing : []);
  // The optional sector-norm columns, found by header; their problems join the units' (all or nothing).
  const norms = readNormFigures(
    sheet,
    headerLabels(sheet.rows, mapping.headerRow, mapping.headerRows),
    mapping.headerRow,
    read.rows.map((row, i) => ({ row, code: read.units[i]!.code })),
  );
  const result = { ...read, issues: [...read.issues, ...norms.issues].sort((a, b) => a.row - b.row) };
  return {
    sheet,
    result: update ? { ...result, units: keepUnmappedFields(existing, result.units, result.fields) } : result,
    norms: norms.byCode,
  };
}

/** import.*: a units workbook read (its sheets and a mapping, remembered by layout), previewed against the workspace and applied. */
export function importHandlers(current: CurrentWorkspace): HandlersOf<'import'> {
  return {
    'import.inspect': async ({ fileName, data, sheet: sheetName }) => {
      const ws = current();
      const sheets = await readUpload(fileName, decode(data));
      const sheet = pickSheet(sheets, sheetName);
      const remembered = rememberedMapping(ws, sheet);
      const top = headerArea(sheet);
      const mapping = remembered ?? detectMapping(sheet.name, top);
      return {
        sheets: sheets.map((s) => ({ name: s.name, rowCount: s.rows.length })),
        preview: top.map((r) => r.slice(0, PREVIEW_COLUMNS)),
        mapping,
        labels: headerLabels(top, mapping.headerRow, mapping.headerRows),
        remembered: remembered !== null,
        ambiguous: ambiguousColumns(sheet, mapping),
      };
    },
    'import.preview': async ({ fileName, data, mapping, mode }) => {
      const ws = current();
      const existing = listUnits(ws.db);
      const { result } = await read(fileName, data, mapping, existing, mode);
      return { ...result, diff: diffUnits(existing, result.units), workspaceUnitCount: existing.length };
    },
    'import.apply': async ({ fileName, data, mapping, mode }) => {
      const ws = current();
      const { sheet, result, norms } = await read(fileName, data, mapping, listUnits(ws.db), mode);
      if (result.issues.length > 0) {
        throw new AppError('validation', 'err.importInvalid', { count: result.issues.length }, rowIssues(result));
      }
      if (result.units.length === 0) throw new AppError('validation', 'err.importEmpty');
      const outcome = await importUnits(ws, result.units, mode, norms);
      saveMapping(ws.db, signature(sheet, mapping), mapping);
      forgetUpload(fileName, decode(data));
      return { ...outcome, units: listUnits(ws.db), skipped: result.skipped };
    },
  };
}
