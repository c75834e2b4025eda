/**
 * CSV exports cannot put a formula in a spreadsheet, whichever list separator opens them: the app
 * writes commas, Vietnamese Excel reads `;`. A text cell is quoted when it holds either separator, a
 * quote or a line break, and every place a cell may start inside it (its start, after `,` `;` or a
 * line break, spaces and quotes skipped) is neutralised with an apostrophe, which the importer removes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers/index.ts';
import { createWorkspace } from '../../db/workspace.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { parseCsv, toCsv } from '../../shared/import/csv.ts';
import { sampleMeta } from '../../shared/sample/hau-giang.ts';
import { unit } from '../fixtures.ts';
import { tempDir } from '../temp.ts';
import path from 'node:path';

/**
 * How a spreadsheet reads a CSV with separator `sep`: a field that starts with a quote is read as
 * quoted (a doubled quote is one quote) and what follows its closing quote is appended; a quote
 * elsewhere is a character; a line break outside quotes ends the row.
 */
function spreadsheetCells(text: string, sep: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (; i < text.length; i++) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i++;
          } else {
            i++;
            break;
          }
        } else cell += text[i];
      }
    }
    while (i < text.length && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
    cells.push(cell);
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
  }
  return cells;
}

/**
 * A cell a spreadsheet might evaluate: = + - @ first, or after spaces, tabs or line breaks (which
 * some spreadsheets skip), and not a plain number.
 */
const isFormula = (cell: string) => /^[ \t\r\n]*[=+\-@]/.test(cell) && !/^ *[+-]?\d+([.,]\d+)?$/.test(cell);

const HOSTILE = [
  '=HYPERLINK("http://127.0.0.1/x","y")',
  "a;=cmd|' /C calc'!A0",
  'a,=1+1',
  'Sở; =2+3',
  'x;"=1+1"',
  'x,"@SUM(A1)"',
  'b\n=1+1',
  'b\r\n-2+3',
  '\t=1',
  ' +1',
  'a;;=1',
  "a;'=1",
  '"',
  'x"y;"=1',
  '-',
  'Sở Y tế, Sở Nội vụ',
];

describe('CSV export cannot become a formula under either list separator', () => {
  it('no cell read with "," or ";" starts a formula, and the file reads back exactly', () => {
    const text = toCsv([HOSTILE, ...HOSTILE.map((h) => [h, 12, -3, null])]);
    for (const sep of [',', ';']) expect(spreadsheetCells(text, sep).filter(isFormula)).toEqual([]);
    expect(parseCsv(text, 'CSV', ',').rows).toEqual([HOSTILE, ...HOSTILE.map((h) => [h, '12', '-3', null])]);
  });

  it('holds for any text made of separators, quotes, line breaks and formula characters (property)', () => {
    const alphabet = fc.constantFrom(',', ';', '"', "'", '=', '+', '-', '@', '\t', '\r', '\n', ' ', 'a', '1');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        (row) => {
          const text = toCsv([row]);
          for (const sep of [',', ';']) expect(spreadsheetCells(text, sep).filter(isFormula)).toEqual([]);
          expect(parseCsv(text, 'CSV', ',').rows).toEqual([row]);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('every text field holding either separator or a quote is quoted', () => {
    expect(toCsv([['a;b', 'a,b', 'a"b', 'ab']])).toBe('"a;b","a,b","a""b",ab\r\n');
  });

  it('the units export (as the app writes it) of units named to attack either separator', async () => {
    const ws = createWorkspace(path.join(tempDir(), 'w.tinhgon'), sampleMeta(), [
      unit('A', null, { name: 'Sở Tư pháp;=1+1' }),
      unit('B', 'A', { name: 'Ban, @SUM(1)' }),
    ]);
    const env = await dispatch(createHandlers(ws), 'export.units', { format: 'csv' });
    ws.close();
    expect(env.ok).toBe(true);
    const text = Buffer.from((env as { result: { data: string } }).result.data, 'base64').toString('utf8');
    expect(text).toContain('Sở Tư pháp');
    for (const sep of [',', ';']) expect(spreadsheetCells(text, sep).filter(isFormula)).toEqual([]);
  });
});
