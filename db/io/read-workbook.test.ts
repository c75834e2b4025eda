import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readUpload, readWorkbook } from './read-workbook.ts';

async function book(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Đơn vị'), wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('reading workbooks', () => {
  it('reads formulas by their value, rich text as text, dates as dd/MM/yyyy; a merged value stays in its top-left cell', async () => {
    const bytes = await book((ws) => {
      ws.getCell('A1').value = { formula: 'B1+1', result: 41 };
      ws.getCell('B1').value = { richText: [{ text: 'Sở ' }, { font: { bold: true }, text: 'Y tế' }] };
      ws.getCell('C1').value = new Date(Date.UTC(2026, 0, 5));
      ws.getCell('D1').value = { formula: 'X9*2' };
      ws.getCell('A2').value = 'Biên chế';
      ws.mergeCells('A2:C2');
      ws.getCell('A3').value = { error: '#REF!' };
      ws.getCell('B3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('C3').value = 7;
      ws.getCell('C3').numFmt = '000';
    });
    const [sheet] = await readWorkbook('a.xlsx', bytes);
    expect(sheet!.rows[0]).toEqual([41, 'Sở Y tế', '05/01/2026', '=X9*2']);
    expect(sheet!.rows[1]).toEqual(['Biên chế']);
    expect(sheet!.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 2 }]);
    // Errors stay visible (a count column reports them); leading zeros shown by the format are kept.
    expect(sheet!.rows[2]).toEqual(['#REF!', '#DIV/0!', '007']);
  });

  it('readUpload parses the same upload once and shares it read only', async () => {
    const bytes = await book((ws) => {
      ws.getCell('A1').value = 'Mã';
    });
    const first = await readUpload('a.xlsx', bytes);
    expect(await readUpload('b.xlsx', new Uint8Array(bytes))).toBe(first);
    expect(first[0]!.rows).toEqual([['Mã']]);
    expect(Object.isFrozen(first[0]!.rows[0])).toBe(true);
    expect(() => (first[0]!.rows[0] as unknown[]).push(1)).toThrow();
  });

  it('returns every sheet by name', async () => {
    const bytes = await book((ws, wb) => {
      ws.getCell('A1').value = 1;
      wb.addWorksheet('Hướng dẫn').getCell('A1').value = 'x';
    });
    expect((await readWorkbook('a.xlsx', bytes)).map((s) => s.name)).toEqual(['Đơn vị', 'Hướng dẫn']);
  });

  it('reads CSV in UTF-8 with BOM, semicolons, quotes and line breaks, and in Vietnamese Windows encoding', async () => {
    const utf8 = new TextEncoder().encode('\ufeffMã;Tên\r\n1;"Sở ""Y"" tế;\nmới"\r\n');
    expect((await readWorkbook('a.csv', utf8))[0]!.rows).toEqual([
      ['Mã', 'Tên'],
      ['1', 'Sở "Y" tế;\nmới'],
    ]);
    // "Sở" in windows-1258: S, ơ (0xF5), then a combining hook above (0xD2).
    const cp1258 = new Uint8Array([0x53, 0xf5, 0xd2, 0x2c, 0x31, 0x0d, 0x0a]);
    expect((await readWorkbook('b.csv', cp1258))[0]!.rows).toEqual([['Sở', '1']]);
  });
});
