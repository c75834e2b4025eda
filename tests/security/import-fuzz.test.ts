/**
 * Malformed files at every importer (units, autonomy figures, personnel list): random bytes,
 * truncated and bombed workbooks, huge cells, formulas, too many rows, deeply nested STT. Each is
 * refused with a message key (or read, with its bad rows listed), within bounded time, and the
 * workspace is unchanged. FUZZ_RUNS raises the number of random files.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/dispatch.ts';
import { isMessageKey } from '../../shared/i18n/index.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { createWorkspace, type Workspace } from '../../db/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import type { HandlerTable } from '../../shared/contract/index.ts';
import { tempDir } from '../temp.ts';
import { fingerprint as workspaceDigest } from './fingerprint.ts';
import { zipOf } from './zip-of.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
let ws: Workspace;
let handlers: HandlerTable;

beforeAll(() => {
  ws = createWorkspace(`${tempDir()}/w.tinhgon`, sampleMeta(), generateSampleProvince());
  handlers = createHandlers(ws);
});
afterAll(() => ws.close());

const fingerprint = () => workspaceDigest(ws.db);

/** Every importer's first step with a file: inspecting (units) or importing outright (figures, people). */
async function tryAll(fileName: string, bytes: Uint8Array): Promise<string[]> {
  const data = Buffer.from(bytes).toString('base64');
  const keys: string[] = [];
  for (const [channel, args] of [
    ['import.inspect', { fileName, data }],
    ['finance.import', { fileName, data }],
    ['people.import', { fileName, data }],
  ] as const) {
    const env = await dispatch(handlers, channel, args);
    if (env.ok) {
      keys.push(`${channel}: ok`);
      continue;
    }
    expect(env.error.kind, `${channel}: ${env.error.key}`).not.toBe('internal');
    expect(isMessageKey(env.error.key), env.error.key).toBe(true);
    keys.push(env.error.key);
  }
  return keys;
}

const csvOf = (rows: string[][]) => new TextEncoder().encode(rows.map((r) => r.join(';')).join('\n'));
async function xlsxOf(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Đơn vị');
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('malformed files at every importer', () => {
  it('random bytes as .xlsx and .csv: a message, never an internal error, nothing changed', async () => {
    const before = fingerprint();
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom('x.xlsx', 'x.csv', 'x.txt'),
        async (bytes, name) => {
          await tryAll(name, bytes);
        },
      ),
      { numRuns: RUNS, seed: 20261128 },
    );
    expect(fingerprint()).toBe(before);
  });

  it('a truncated workbook, a workbook with a corrupted byte, and a non-zip .xlsx are unreadable, not crashes', async () => {
    const before = fingerprint();
    const good = await xlsxOf([
      ['Mã đơn vị', 'Tên đơn vị'],
      ['A', 'B'],
    ]);
    expect(await tryAll('cut.xlsx', good.slice(0, good.length / 2))).toContain('err.importUnreadable');
    const flipped = good.slice();
    flipped[Math.floor(flipped.length / 3)]! ^= 0xff;
    await tryAll('flip.xlsx', flipped);
    expect(await tryAll('plain.xlsx', new TextEncoder().encode('Mã đơn vị;Tên\nA;B'))).toContain(
      'err.importUnreadable',
    );
    expect(fingerprint()).toBe(before);
  });

  it('a zip bomb (a tiny .xlsx that inflates past the limit) is refused while it is inflated, before exceljs reads it', async () => {
    // 300 MB of zeros in one sheet compresses to about 300 kB; first with its true size declared,
    // then declaring a small size (a lying file is stopped while inflating, not after).
    const { deflateRawSync } = await import('node:zlib');
    const inflated = 300 * 1024 * 1024;
    const body = deflateRawSync(Buffer.alloc(inflated), { level: 9 });
    const before = fingerprint();
    for (const declared of [inflated, 1000]) {
      const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', compressed: body, size: declared }]);
      expect(bomb.length).toBeLessThan(1024 * 1024);
      expect(await tryAll('bomb.xlsx', bomb)).toEqual([
        'err.importInflated',
        'err.importInflated',
        'err.importInflated',
      ]);
    }
    expect(fingerprint()).toBe(before);
  });

  it('a million rows are refused with the limit; huge cells, formulas and a 500-level STT are read as text and reported', async () => {
    const before = fingerprint();
    const many = new TextEncoder().encode(`Mã đơn vị;Tên đơn vị\n${'A;B\n'.repeat(1_000_000)}`);
    expect(await tryAll('many.csv', many)).toEqual(['err.importTooLarge', 'err.importTooLarge', 'err.importTooLarge']);
    const huge = csvOf([
      ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Trực thuộc'],
      ['1', 'X1', 'x'.repeat(2_000_000), ''],
      ['2', '=cmd|" /C calc"!A0', '=HYPERLINK("http://evil")', ''],
    ]);
    await tryAll('huge.csv', huge);
    const deep = csvOf([
      ['STT', 'Tên đơn vị'],
      ...Array.from({ length: 500 }, (_, i) => [Array.from({ length: i + 1 }, () => '1').join('.'), `Cấp ${i + 1}`]),
    ]);
    await tryAll('deep.csv', deep);
    expect(fingerprint()).toBe(before);
  }, 120_000);
});
