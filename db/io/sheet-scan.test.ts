import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SheetScan } from './sheet-scan.ts';
import { readWorkbook } from './read-workbook.ts';
import { AppError } from '../../shared/errors.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10);

/** The sheet XML of a workbook with values at the given (row, column) places, and the workbook. */
async function sheetOf(cells: Array<[number, number]>): Promise<{ xml: Buffer; bytes: Uint8Array }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  for (const [r, c] of cells) ws.getCell(r, c).value = `v${r}.${c}`;
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('nodebuffer');
  return { xml, bytes };
}

/** Feeds the XML in pieces cut at the given places (tags and attributes split across chunks). */
function scan(xml: Buffer, cuts: number[]): number {
  const s = new SheetScan(0, 'x.xlsx');
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b)) {
    s.feed(xml.subarray(at, cut));
    at = cut;
  }
  s.feed(xml.subarray(at));
  return s.end();
}

describe('SheetScan', () => {
  it('counts at least the cells readWorkbook builds, however the XML is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 80 })), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(fc.nat(), { maxLength: 30 }),
        async (cells, cuts) => {
          const { xml, bytes } = await sheetOf(cells);
          const [sheet] = await readWorkbook('x.xlsx', bytes);
          const built = sheet!.rows.reduce((n, r) => n + r.length, 0);
          const counted = scan(xml, cuts);
          expect(counted).toBeGreaterThanOrEqual(built);
          expect(scan(xml, [])).toBe(counted);
        },
      ),
      { numRuns: RUNS, seed: 20261207 },
    );
  }, 120_000);

  it('reads the address of a cell whatever its attribute order, quoting or namespace prefix', () => {
    const refused = (xml: string) => {
      try {
        scan(Buffer.from(xml), [7, 19]);
        return null;
      } catch (err) {
        return err instanceof AppError ? err.key : String(err);
      }
    };
    expect(refused('<sheetData><row r="1"><c t="s" r="ALM1"><v>1</v></c></row></sheetData>')).toBe(
      'err.importTooManyColumns',
    );
    expect(refused("<x:sheetData><x:row r='1'><x:c s='1' r='ZZZ1'/></x:row></x:sheetData>")).toBe(
      'err.importTooManyColumns',
    );
    expect(refused('<sheetData><row r="1"><c r="ALL1"/></row></sheetData>')).toBeNull();
    expect(refused('<sheetData><row r="200001"><c r="A200001"/></row></sheetData>')).toBe('err.importTooLarge');
    expect(refused('<mergeCells><mergeCell ref="A1:ALM1"/></mergeCells>')).toBe('err.importTooManyColumns');
    expect(refused('<cols><col min="1" max="16384"/></cols>')).toBeNull();
  });
});
