/**
 * `workspace.generate` (two million units, five million people at most) serves the command line
 * only. Before, any page holding the browser-mode token, or the desktop app's renderer over IPC,
 * could make the back end spend minutes and gigabytes building such a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, type Workspace } from '../../db/workspace.ts';
import { dispatchWithHandles, FileHandles } from '../../electron/file-handles.ts';
import { withHandlers } from '../../electron/cli/call.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { startHttpServer, TOKEN_HEADER, type RunningServer } from '../../electron/http-server.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';
import { request } from './serve-process.ts';

let dir: string;
let server: RunningServer;
let ws: Workspace;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(tempDir(), 'w-'));
  ws = createWorkspace(path.join(dir, 'w.tinhgon'), sampleMeta(), generateSampleProvince());
  const staticDir = fs.mkdtempSync(path.join(dir, 's-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  server = await startHttpServer({ handlers: createHandlers(ws), staticDir });
});
afterAll(async () => {
  await server?.close();
  ws?.close();
});

describe('channels served to the command line only', () => {
  it('browser mode refuses workspace.generate with 400 and builds nothing', async () => {
    const file = path.join(dir, 'big.tinhgon');
    const res = await request(server.port, {
      method: 'POST',
      path: '/api/workspace.generate',
      headers: { [TOKEN_HEADER]: server.token, 'content-type': 'application/json' },
      body: JSON.stringify({ file, units: 2_000_000, people: 5_000_000 }),
    });
    expect(res.status).toBe(400);
    expect((JSON.parse(res.body) as { error: { key: string } }).error.key).toBe('err.cliOnly');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('the desktop app IPC path refuses it too', async () => {
    const file = path.join(dir, 'ipc.tinhgon');
    const env = await dispatchWithHandles(new FileHandles(), createHandlers(ws), 'workspace.generate', {
      file,
      units: 10,
    });
    expect(env).toMatchObject({ ok: false, error: { key: 'err.cliOnly' } });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('the handler table itself (what the CLI calls) still serves it', async () => {
    const file = path.join(dir, 'cli.tinhgon');
    const info = await withHandlers(null, (call) => call('workspace.generate', { file, units: 10 }));
    expect(info.unitCount).toBe(10);
    expect(fs.existsSync(file)).toBe(true);
  });
});
