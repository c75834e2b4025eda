/**
 * Resource exhaustion (issue 16): archives are measured by what they really inflate, whatever they
 * claim; columns, cells and merged ranges are capped while a file is read, before tables are built;
 * one import at a time per workspace (and a few in all); an upload over the limit is answered with
 * the limit, over IPC and over HTTP.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/dispatch.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { MAX_BODY_BYTES, startHttpServer, TOKEN_HEADER } from '../../electron/http-server.ts';
import { createWorkspace, type Workspace } from '../../db/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { MAX_IMPORT_CELLS, MAX_IMPORT_COLUMNS, MAX_UPLOAD_BASE64, MAX_UPLOAD_MB } from '../../shared/import/limits.ts';
import type { Envelope, HandlerTable } from '../../shared/contract/index.ts';
import { tempDir } from '../temp.ts';
import { fingerprint } from './fingerprint.ts';
import { deflated, deflatedRepeat, zipOf } from './zip-of.ts';

const workspaces: Workspace[] = [];
function openWorkspace(): { ws: Workspace; handlers: HandlerTable } {
  const ws = createWorkspace(`${tempDir()}/w.tinhgon`, sampleMeta(), generateSampleProvince());
  workspaces.push(ws);
  return { ws, handlers: createHandlers(ws) };
}
afterAll(() => workspaces.forEach((w) => w.close()));

const inspect = (handlers: HandlerTable, fileName: string, bytes: Uint8Array) =>
  dispatch(handlers, 'import.inspect', { fileName, data: Buffer.from(bytes).toString('base64') });

function refusedWith(env: Envelope<unknown>, key: string): void {
  expect(env.ok ? 'ok' : env.error.key).toBe(key);
}

/** Peak resident memory (kB) of this test process so far. */
const peakRss = () => process.resourceUsage().maxRSS;

describe('a zip bomb is stopped by the bytes it really inflates', () => {
  let bomb: Buffer;
  let main: { ws: Workspace; handlers: HandlerTable };
  beforeAll(async () => {
    // 400 MB of "<x/>" compresses to about 400 kB (the file of the report); the cap is 256 MB.
    bomb = await deflatedRepeat(Buffer.from('<x/>'.repeat(256 * 1024)), 400);
    main = openWorkspace();
  });
  const contentTypes = { name: '[Content_Types].xml', compressed: deflated('<?xml version="1.0"?><Types/>'), size: 29 };

  it('junk bytes before the archive: refused while inflating, memory stays flat', async () => {
    const file = zipOf([contentTypes, { name: 'xl/worksheets/sheet1.xml', compressed: bomb, size: 1000 }], {
      prefix: Buffer.alloc(4096, 0x41),
    });
    expect(file.length).toBeLessThan(1024 * 1024);
    const before = fingerprint(main.ws.db);
    const rss = peakRss();
    // The back end keeps answering while it inflates (the report's server froze for 24 s).
    const delay = monitorEventLoopDelay({ resolution: 20 });
    delay.enable();
    refusedWith(await inspect(main.handlers, 'junk.xlsx', file), 'err.importInflated');
    delay.disable();
    expect(peakRss() - rss, 'peak memory growth (kB)').toBeLessThan(96 * 1024);
    expect(delay.max / 1e6, 'longest event-loop stall (ms)').toBeLessThan(3000);
    expect(fingerprint(main.ws.db)).toBe(before);
  }, 60_000);

  it('an end record that counts one entry of two: the uncounted bomb is inflated and refused', async () => {
    const file = zipOf([contentTypes, { name: 'xl/worksheets/sheet1.xml', compressed: bomb, size: 1000 }], {
      declaredCount: 1,
    });
    const rss = peakRss();
    refusedWith(await inspect(main.handlers, 'count.xlsx', file), 'err.importInflated');
    expect(peakRss() - rss, 'peak memory growth (kB)').toBeLessThan(96 * 1024);
  }, 60_000);
});

describe('columns, cells and merged ranges are capped while reading', () => {
  let handlers: HandlerTable;
  beforeAll(() => {
    handlers = openWorkspace().handlers;
  });

  it('a CSV of three million commas is refused at once, with a small answer naming the limit', async () => {
    const started = Date.now();
    const env = await inspect(handlers, 'commas.csv', new TextEncoder().encode(','.repeat(3_000_000)));
    refusedWith(env, 'err.importTooManyColumns');
    expect(env.ok ? null : env.error.params).toEqual({ max: MAX_IMPORT_COLUMNS });
    expect(JSON.stringify(env).length).toBeLessThan(1000);
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 60_000);

  it('a CSV of more cells than the limit is refused with the limit', async () => {
    const line = `${'1;'.repeat(39)}1\n`;
    const env = await inspect(
      handlers,
      'cells.csv',
      new TextEncoder().encode(line.repeat(Math.ceil(MAX_IMPORT_CELLS / 40) + 10)),
    );
    refusedWith(env, 'err.importTooManyCells');
    expect(env.ok ? null : env.error.params).toEqual({ max: MAX_IMPORT_CELLS });
  }, 60_000);

  it('an .xlsx cell in column XFD is refused before exceljs pads the row to 16,384 cells', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Đơn vị');
    sheet.addRow(['Mã đơn vị', 'Tên đơn vị']);
    sheet.getCell('XFD2').value = 1;
    const env = await inspect(handlers, 'wide.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    refusedWith(env, 'err.importTooManyColumns');
  }, 60_000);

  it('merged ranges and column ranges that would make exceljs build millions of objects are refused', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Đơn vị').addRow(['Mã đơn vị', 'Tên đơn vị']);
    const good = await wb.xlsx.writeBuffer();
    const withSheet = async (edit: (xml: string) => string) => {
      const zip = await JSZip.loadAsync(good);
      const name = 'xl/worksheets/sheet1.xml';
      zip.file(name, edit(await zip.file(name)!.async('string')));
      return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    };
    // 26 columns by 200,000 rows: 5.2 million cells exceljs would create one by one.
    const merged = await withSheet((xml) =>
      xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:Z200000"/></mergeCells>'),
    );
    refusedWith(await inspect(handlers, 'merged.xlsx', merged), 'err.importTooManyCells');
    // A column range of a hundred million columns (exceljs makes one object per column).
    const cols = await withSheet((xml) =>
      xml.replace('<sheetData', '<cols><col min="1" max="100000000" width="9"/></cols><sheetData'),
    );
    refusedWith(await inspect(handlers, 'cols.xlsx', cols), 'err.importTooManyColumns');
    // A quoted ">" inside the tag does not hide the cell's address from the scan.
    const quoted = await withSheet((xml) =>
      xml.replace('</sheetData>', '<row r="3"><c x=">" r="XFD3"><v>1</v></c></row></sheetData>'),
    );
    refusedWith(await inspect(handlers, 'quoted.xlsx', quoted), 'err.importTooManyColumns');
  }, 60_000);
});

describe('one import at a time per workspace, a few at most in all', () => {
  let file: Uint8Array;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Đơn vị');
    sheet.addRow(['Mã đơn vị', 'Tên đơn vị']);
    for (let i = 0; i < 3000; i++) sheet.addRow([`X${i}`, `Đơn vị ${i}`]);
    file = new Uint8Array(await wb.xlsx.writeBuffer());
  });

  it('a second import into the same workspace while the first runs is told to wait; afterwards it runs', async () => {
    const { handlers } = openWorkspace();
    const [first, second] = await Promise.all([inspect(handlers, 'a.xlsx', file), inspect(handlers, 'a.xlsx', file)]);
    expect(first.ok).toBe(true);
    expect(second.ok ? null : { kind: second.error.kind, key: second.error.key }).toEqual({
      kind: 'conflict',
      key: 'err.importBusy',
    });
    expect((await inspect(handlers, 'a.xlsx', file)).ok).toBe(true);
  }, 60_000);

  it('a third workspace importing while two others do is told the server is busy', async () => {
    const [a, b, c] = [openWorkspace(), openWorkspace(), openWorkspace()];
    const results = await Promise.all([a, b, c].map((w) => inspect(w.handlers, 'a.xlsx', file)));
    expect(results.map((r) => (r.ok ? 'ok' : r.error.key))).toEqual(['ok', 'ok', 'err.importServerBusy']);
  }, 60_000);
});

describe('an upload over the limit is answered with the limit', () => {
  it('over IPC (the contract): refused with the limit in MB, before any parsing', async () => {
    const { handlers } = openWorkspace();
    const env = await dispatch(handlers, 'people.import', {
      fileName: 'big.csv',
      data: 'QUJD'.repeat(MAX_UPLOAD_BASE64 / 4 + 1),
    });
    refusedWith(env, 'err.uploadTooLarge');
    expect(env.ok ? null : env.error.params).toEqual({ mb: MAX_UPLOAD_MB });
  }, 60_000);

  it('over HTTP: a body past the limit gets 413 and the message, not a reset connection', async () => {
    const { ws } = openWorkspace();
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    const server = await startHttpServer({ handlers: createHandlers(ws), staticDir });
    try {
      for (const chunked of [false, true]) {
        const chunk = Buffer.alloc(1024 * 1024, 0x41);
        const size = MAX_UPLOAD_BASE64 + 4 * chunk.length;
        const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          const headers: Record<string, string> = {
            host: `127.0.0.1:${server.port}`,
            [TOKEN_HEADER]: server.token,
            'content-type': 'application/json',
          };
          if (!chunked) headers['content-length'] = String(size);
          const req = http.request(
            { host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/people.import', headers },
            (res) => {
              let body = '';
              res.setEncoding('utf8');
              res.on('data', (c: string) => (body += c));
              res.on('end', () => resolve({ status: res.statusCode!, body }));
            },
          );
          req.on('error', reject);
          void (async () => {
            for (let sent = 0; sent < size && !req.destroyed; sent += chunk.length) {
              if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
            }
            req.end();
          })();
        });
        expect(answer.status, chunked ? 'chunked' : 'content-length').toBe(413);
        const env = JSON.parse(answer.body) as Envelope<unknown>;
        refusedWith(env, 'err.uploadTooLarge');
        expect(env.ok ? null : env.error.params).toEqual({ mb: MAX_UPLOAD_MB });
      }
    } finally {
      await server.close();
    }
  }, 60_000);

  it('over HTTP: bodies held at once are bounded across clients; one past the budget gets 429, the others run', async () => {
    const { ws } = openWorkspace();
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    const server = await startHttpServer({ handlers: createHandlers(ws), staticDir });
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    const size = MAX_BODY_BYTES - 1024 * 1024; // each under the body limit, three over the server's budget
    /** A POST of `size` bytes whose last byte waits for `finish()`. */
    const post = () => {
      let finish!: () => void;
      const mayFinish = new Promise<void>((r) => (finish = r));
      const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const headers = {
          host: `127.0.0.1:${server.port}`,
          [TOKEN_HEADER]: server.token,
          'content-type': 'application/json',
          'content-length': String(size),
        };
        const req = http.request(
          { host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/people.import', headers },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (body += c));
            res.on('end', () => resolve({ status: res.statusCode!, body }));
          },
        );
        req.on('error', reject);
        void (async () => {
          for (let sent = 0; sent < size - 1; sent += chunk.length) {
            if (!req.write(chunk.subarray(0, Math.min(chunk.length, size - 1 - sent))))
              await new Promise((r) => req.once('drain', r));
          }
          await mayFinish;
          req.end('A');
        })();
      });
      return { answer, finish };
    };
    try {
      const posts = [post(), post(), post()];
      const first = await Promise.race(posts.map((p) => p.answer));
      expect(first.status).toBe(429);
      refusedWith(JSON.parse(first.body) as Envelope<unknown>, 'err.importServerBusy');
      posts.forEach((p) => p.finish());
      const statuses = (await Promise.all(posts.map((p) => p.answer))).map((a) => a.status).sort();
      expect(statuses).toEqual([400, 400, 429]); // the two held bodies were read (and are not JSON)
      // Everything held was given back: the next large body is read.
      const next = post();
      next.finish();
      expect((await next.answer).status).toBe(400);
    } finally {
      await server.close();
    }
  }, 120_000);
});
