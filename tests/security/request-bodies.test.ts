/**
 * Browser mode: a JSON body is bounded before JSON.parse builds anything. Channels without a file
 * take at most 4 MB (only the import channels take the upload limit), and no body may nest deeper
 * than 64 levels or hold more than 500 000 values. Before, any channel read 64 MB and parsed it:
 * 60 MB of `{},` took 4 GB, 30 million `[` froze the server for 30 s — for anyone with the token.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, type Workspace } from '../../db/workspace.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { startHttpServer, TOKEN_HEADER, type RunningServer } from '../../electron/http-server.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';
import { fingerprint } from './fingerprint.ts';
import { request } from './serve-process.ts';

let server: RunningServer;
let ws: Workspace;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(tempDir(), 'w-'));
  ws = createWorkspace(path.join(dir, 'w.tinhgon'), sampleMeta(), generateSampleProvince());
  const staticDir = fs.mkdtempSync(path.join(dir, 's-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  server = await startHttpServer({ handlers: createHandlers(ws), staticDir });
});
afterAll(async () => {
  await server?.close();
  ws?.close();
});

async function post(channel: string, body: string) {
  const res = await request(server.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { [TOKEN_HEADER]: server.token, 'content-type': 'application/json' },
    body,
  });
  return {
    status: res.status,
    key: (JSON.parse(res.body) as { error?: { key: string } }).error?.key,
    size: res.body.length,
  };
}

/** The longest the event loop stayed blocked while `work` ran (the server runs in this process). */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 10);
  try {
    return { result: await work(), stallMs };
  } finally {
    clearInterval(tick);
  }
}

describe('request bodies are bounded before they are parsed', () => {
  it('a channel without a file refuses a 12 MB body with 413 and the limit', async () => {
    const before = fingerprint(ws.db);
    const body = JSON.stringify({ name: 'PA', operations: [], pad: 'x'.repeat(12 * 1024 * 1024) });
    expect(await post('scenario.setOperations', body)).toMatchObject({ status: 413, key: 'err.requestTooLarge' });
    expect(fingerprint(ws.db)).toEqual(before);
  }, 60_000);

  it('30 million nested brackets, even to an import channel, are refused at once; the server never freezes', async () => {
    const n = 15_000_000;
    const body = '['.repeat(n) + ']'.repeat(n);
    const { result, stallMs } = await longestStall(() => post('people.import', body));
    expect(result).toMatchObject({ status: 400, key: 'err.requestTooDeep' });
    expect(stallMs).toBeLessThan(1500);
  }, 120_000);

  it('a body of a million empty objects under the size limit is refused for its count', async () => {
    const body = `{"name":"PA","operations":[${'{},'.repeat(1_000_000)}{}]}`;
    expect(body.length).toBeLessThan(4 * 1024 * 1024);
    expect(await post('scenario.setOperations', body)).toMatchObject({ status: 400, key: 'err.requestTooManyValues' });
  }, 60_000);

  it('ordinary calls, nested strings and bracket characters inside strings, still pass', async () => {
    const name = '[[[[{{{{ "quoted" \\ ]]]] }}}}'.repeat(40);
    expect((await post('scenario.create', JSON.stringify({ name: name.slice(0, 200) }))).status).toBe(200);
    expect((await post('units.list', '')).status).toBe(200);
  });
});
