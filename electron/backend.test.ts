/**
 * The desktop back end in another thread, reached only through messages, as the Electron main
 * process reaches it in its utility process (which cannot be started here): see
 * tests/backend-worker.ts for the worker's side.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, type Port } from './backend-protocol.ts';
import type { BackendApi, MainApi } from './backend.ts';
import type { Envelope } from '../shared/contract/index.ts';
import { generateSampleProvince } from '../shared/sample/hau-giang.ts';
import { tempDir } from '../tests/temp.ts';

const worker = new Worker(new URL('../tests/backend-worker.ts', import.meta.url), {
  env: { ...process.env, TINHGON_TODAY: '2026-12-07' },
});
afterAll(() => worker.terminate());
const port: Port = {
  postMessage: (m) => worker.postMessage(m),
  onMessage: (l) => worker.on('message', l),
  onClose: (l) => worker.on('exit', l),
};
const printed: string[] = [];
const backend = connect<MainApi, BackendApi>(port, {
  // Main's printToPDF, faked: the HTML is kept, fixed bytes returned.
  renderPdf: (html) => Promise.resolve((printed.push(html), new TextEncoder().encode('%PDF-fake'))),
});
const call = async <T>(channel: string, args: unknown = {}): Promise<T> => {
  const env: Envelope = await backend('dispatch', channel, args);
  if (!env.ok) throw new Error(env.error.key);
  return env.result as T;
};

// The data folder lives for the whole file (the steps below follow one another, as an app session does).
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'tinhgon-backend-'));
afterAll(() => fs.rmSync(userData, { recursive: true, force: true }));

describe('the desktop back end in its own process', () => {
  it('answers only once started: then on the sample workspace, created in the data folder', async () => {
    expect(await backend('dispatch', 'workspace.info', {})).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect(
      await backend('start', {
        userData,
        fontDir: path.join(import.meta.dirname, '..', 'node_modules', '@fontsource', 'tinos', 'files'),
        shellFile: null,
      }),
    ).toEqual({ ok: true });
    expect(await call('workspace.info')).toMatchObject({
      provinceName: 'Hậu Giang',
      unitCount: generateSampleProvince().length,
    });
    expect(fs.readdirSync(userData)).toContain('recent.json');
  });

  it('runs every call through dispatch: a bad channel or argument is refused as in the other transports', async () => {
    expect(await backend('dispatch', 'no.such', {})).toMatchObject({
      ok: false,
      error: { kind: 'bad_request', key: 'err.unknownChannel' },
    });
    expect(await backend('dispatch', 'units.update', { code: 42 })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
  });

  it("prints through the main process: the document's HTML goes there, its PDF comes back", async () => {
    await call('scenario.create', { name: 'PA1' });
    const pdf = await call<{ fileName: string; data: string }>('print.pdf', { name: 'PA1', type: 'to-trinh' });
    expect(Buffer.from(pdf.data, 'base64').toString()).toBe('%PDF-fake');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('Hậu Giang');
  });

  it('opens a file the operating system hands over, or says in Vietnamese why not and keeps the open one', async () => {
    const notes = path.join(tempDir(), 'notes.tinhgon');
    fs.writeFileSync(notes, 'x');
    const refused = await backend('openFile', notes);
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.message).toContain(`Không mở được tệp ${notes}`);
    expect(await call('workspace.info')).toMatchObject({ provinceName: 'Hậu Giang' });
    const sample = path.join(
      userData,
      fs.readdirSync(userData).find((f) => f.endsWith('.tinhgon'))!,
    );
    expect(await backend('openFile', sample)).toEqual({ ok: true, reload: false }); // already open
  });

  it('closes the workspace when asked (the app is quitting)', async () => {
    await backend('close');
    expect(await backend('dispatch', 'workspace.info', {})).toMatchObject({ ok: false });
  });
});
