/**
 * Hostile payloads at every channel through the HTTP transport (browser mode): each answer is a
 * JSON envelope with a 4xx status and a message key (or a success), never a 500 or a dropped
 * connection, the server keeps answering, and a run in which nothing succeeded changes nothing in
 * the workspace. FUZZ_RUNS raises the number of payloads per channel (CI runs a longer variant).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type Channel } from '../../shared/contract/index.ts';
import { isMessageKey } from '../../shared/i18n/index.ts';
import { startHttpServer, TOKEN_HEADER, type RunningServer } from '../../electron/http-server.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { createWorkspace, type Workspace } from '../../db/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';
import { fingerprint as workspaceDigest } from './fingerprint.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

/** Values an attacker or a broken client would send. */
const HOSTILE = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '../../../../etc/passwd',
    'C:\\Windows\\system32',
    '\u0000',
    '\uFFFF\uD800',
    "'; DROP TABLE units; --",
    '=cmd|" /C calc"!A0',
    '1.5',
    '-1',
    '1e309',
    'NaN',
    '',
    ' ',
    '__proto__',
    'constructor',
    'x'.repeat(100_000),
  ),
  fc.constantFrom(-1, 0, 1.5, -0, 2 ** 53, -(2 ** 53), 1e308, 2100, 1989),
  fc.constantFrom(
    null,
    true,
    false,
    [],
    {},
    [[[[[[[[[[[]]]]]]]]]]],
    { __proto__: { polluted: 1 } },
    { constructor: { prototype: { polluted: 1 } } },
  ),
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true }),
);

/** A payload shaped like the channel's arguments (its keys) with hostile values, or anything at all. */
function payloads(channel: Channel) {
  const args = contract[channel].args as z.ZodType;
  const shape = args instanceof z.ZodObject ? Object.keys(args.shape) : [];
  // Channels that take a file path are not given string paths here: a valid path would really be
  // written to (their refusals are tested in the workspace file tests).
  const writesFiles = shape.some((k) => /file|path|folder|dir/i.test(k));
  const shaped =
    shape.length > 0 && !writesFiles
      ? fc.record(Object.fromEntries(shape.map((k) => [k, HOSTILE])), { requiredKeys: [] })
      : fc.constant({});
  return fc.oneof(fc.jsonValue(), shaped, fc.dictionary(fc.string(), HOSTILE));
}

let server: RunningServer;
let ws: Workspace;

const fingerprint = () => workspaceDigest(ws.db);

async function post(channel: string, body: string) {
  const res = await fetch(`${server.url}api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: server.token, 'content-type': 'application/json' },
    body,
  });
  return { status: res.status, json: (await res.json()) as { ok: boolean; error?: { key: string; kind: string } } };
}

beforeAll(async () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'static'));
  fs.writeFileSync(path.join(dir, 'static', 'index.html'), '<!doctype html>');
  ws = createWorkspace(path.join(dir, 'w.tinhgon'), sampleMeta(), generateSampleProvince());
  server = await startHttpServer({ handlers: createHandlers(ws), staticDir: path.join(dir, 'static') });
});
afterAll(async () => {
  await server.close();
  ws.close();
});

describe('hostile payloads at every channel over HTTP', () => {
  const channels = Object.keys(contract) as Channel[];

  it.each(channels)(
    '%s: a 4xx with a message, or a success; never a crash; nothing changed unless a call succeeded',
    async (channel) => {
      const before = fingerprint();
      let succeeded = false;
      await fc.assert(
        fc.asyncProperty(payloads(channel), async (payload) => {
          const { status, json } = await post(channel, JSON.stringify(payload));
          if (json.ok) {
            succeeded = true;
            expect(status).toBe(200);
            return;
          }
          expect(status, JSON.stringify(json.error)).toBeGreaterThanOrEqual(400);
          expect(status, JSON.stringify(json.error)).toBeLessThan(500);
          expect(isMessageKey(json.error!.key), json.error!.key).toBe(true);
        }),
        { numRuns: RUNS, seed: 20261127 },
      );
      if (!succeeded) expect(fingerprint()).toBe(before);
    },
  );

  it('answers malformed JSON, an unknown channel and a wrong content with 4xx, and keeps answering', async () => {
    for (const body of ['{', '[1,', '\u0000', 'null', '"x"', '1e400']) {
      const { status } = await post('units.list', body);
      expect(status === 200 || (status >= 400 && status < 500)).toBe(true);
    }
    const unknown = await post('no.such.channel', '{}');
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.status).toBeLessThan(500);
    expect((await post('__proto__', '{}')).status).toBeLessThan(500);
    expect((await post('units.list', '{}')).status).toBe(200);
  });

  it('refuses names with control characters (SQLite text functions stop at NUL) with a message, storing nothing', async () => {
    const before = fingerprint();
    for (const [channel, body] of [
      ['scenario.create', { name: 'A\u0000B' }],
      ['units.update', { code: 'HG', patch: { name: 'UBND\u0007' } }],
    ] as const) {
      const { status, json } = await post(channel, JSON.stringify(body));
      expect(status).toBe(422);
      expect(json.error!.key).toBe('err.controlChars');
    }
    expect(fingerprint()).toBe(before);
  });
});
