/** Writes domain tables (never the grid) to .xlsx (formatted) or .csv (UTF-8 with BOM, for Excel). */
import { loadExcelJS } from './exceljs.ts';
import { toCsv } from '../../shared/import/csv.ts';
import type { OutputTable } from '../../shared/import/units-table.ts';

export async function tablesToXlsx(tables: readonly OutputTable[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TinhGon';
  for (const t of tables) {
    const notes = t.notes ?? [];
    const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: notes.length + 1 }] });
    ws.columns = t.columns.map((c) => ({
      width: c.width,
      style: c.numFmt || c.numeric ? { numFmt: c.numFmt ?? '#,##0' } : {},
    }));
    for (const note of notes) ws.addRow([note]);
    const header = ws.addRow(t.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF0F4' } };
    for (const row of t.rows) ws.addRow(row);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The first table as CSV, with a BOM so Excel reads Vietnamese letters correctly. */
export function tableToCsv(table: OutputTable): Uint8Array {
  const text =
    '\ufeff' + toCsv([...(table.notes ?? []).map((n) => [n]), table.columns.map((c) => c.header), ...table.rows]);
  return new TextEncoder().encode(text);
}
