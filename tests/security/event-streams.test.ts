/**
 * `/events` streams are bounded: each holds a socket (a file descriptor) for as long as it is
 * open, and before, anyone with the token could open them without end until the server could no
 * longer open a file or accept a connection. At most 4 per client id and 256 in all; a stream
 * closed gives its place back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { BrowserSessions } from '../../electron/browser-sessions.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { startHttpServer, TOKEN_HEADER, type RunningServer } from '../../electron/http-server.ts';
import { unit } from '../fixtures.ts';
import { tempDir } from '../temp.ts';
import { listen } from './serve-process.ts';

let server: RunningServer;
let sessions: BrowserSessions;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(tempDir(), 'e-'));
  sessions = new BrowserSessions(
    createWorkspace(
      path.join(dir, 'w.tinhgon'),
      { provinceName: 'T', baseYear: 2026, provinceClass: 'class2', isSample: false },
      [unit('A', null)],
    ),
  );
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  server = await startHttpServer({ handlers: createHandlers(() => sessions.current()), staticDir: dir, sessions });
});
afterAll(async () => {
  await server?.close();
  sessions?.close();
});

describe('/events streams', () => {
  it('at most 4 per client and 256 in all; a closed one gives its place back', async () => {
    const auth = { [TOKEN_HEADER]: server.token };
    const open: Array<{ close(): void }> = [];
    try {
      for (let i = 0; i < 4; i++) {
        const s = await listen(server.port, auth, 'tab-many-0001');
        expect(s.status).toBe(200);
        open.push(s);
      }
      const fifth = await listen(server.port, auth, 'tab-many-0001');
      expect(fifth.status).toBe(429);
      open.pop()!.close();
      await expect
        .poll(async () => {
          const again = await listen(server.port, auth, 'tab-many-0001');
          if (again.status === 200) open.push(again);
          return again.status;
        })
        .toBe(200);
      for (let i = open.length; i < 256; i++) {
        const s = await listen(server.port, auth, `tab-${String(i).padStart(8, '0')}`);
        expect(s.status, `stream ${i}`).toBe(200);
        open.push(s);
      }
      expect((await listen(server.port, auth, 'tab-late-0001')).status).toBe(429);
    } finally {
      for (const s of open) s.close();
    }
  }, 60_000);
});
