/** `npm run serve -- --port N --workspace FILE`, as a user runs it: a real process, its printed URL, a real request. */
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../db/workspace.ts';
import { tempDir } from '../tests/temp.ts';
import { unit } from '../tests/fixtures.ts';
import { TOKEN_HEADER } from './http-server.ts';
import { ensureRendererBuilt } from '../tests/e2e/harness.ts';
import { START_BUNDLE } from '../build/source-stamp.ts';
import { APP_ROOT } from './paths.ts';

const SERVE = path.resolve(import.meta.dirname, 'serve.ts');
const START = path.resolve(import.meta.dirname, 'start.ts');

function runServe(args: string[], env: Record<string, string> = {}, script = SERVE) {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(stdout);
      if (m) resolve(m[1]!);
    });
    void exited.then(() => reject(new Error(`serve exited: ${stderr}`)));
  });
  url.catch(() => {}); // awaited only by tests that expect a URL
  return { child, url, exited, output: () => ({ stdout, stderr }) };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe('npm run serve', () => {
  it('serves the given workspace on the given port and prints the URL with the token', async () => {
    ensureRendererBuilt();
    const file = path.join(tempDir(), 'w.tinhgon');
    createWorkspace(file, { provinceName: 'Thử', baseYear: 2026, provinceClass: 'class2', isSample: false }, [
      unit('A', null),
    ]).close();
    const port = await freePort();
    const s = runServe(['--port', String(port), '--workspace', file]);
    const url = new URL(await s.url);
    expect(url.port).toBe(String(port));
    const res = await fetch(new URL('/api/workspace.info', url), {
      method: 'POST',
      headers: { [TOKEN_HEADER]: url.searchParams.get('token')! },
      body: '{}',
    });
    expect(await res.json()).toMatchObject({ ok: true, result: { provinceName: 'Thử', file } });
    expect((await fetch(new URL('/api/workspace.info', url), { method: 'POST', body: '{}' })).status).toBe(401);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('creates and serves the sample workspace when no workspace is given', async () => {
    const home = tempDir();
    const s = runServe([], { TINHGON_HOME: home });
    const url = new URL(await s.url);
    const res = await fetch(new URL('/api/workspace.info', url), {
      method: 'POST',
      headers: { [TOKEN_HEADER]: url.searchParams.get('token')! },
      body: '{}',
    });
    expect(await res.json()).toMatchObject({
      ok: true,
      result: { provinceName: 'Hậu Giang', isSample: true, file: path.join(home, 'mau-hau-giang.tinhgon') },
    });
    s.child.kill('SIGTERM');
    await s.exited;
  });

  it('refuses a bad port or a missing workspace in one Vietnamese line', async () => {
    for (const args of [
      ['--port', 'abc'],
      ['--workspace', path.join(tempDir(), 'none.tinhgon')],
    ]) {
      const s = runServe(args);
      expect(await s.exited).not.toBe(0);
      expect(s.output().stderr).toMatch(/^Lỗi: .+\n$/);
    }
  });
});

describe('npm start without a usable Electron window', () => {
  // From the sources, and as npm start runs it: bundled (build/start.ts runs dist/start/start.mjs).
  it.each([
    ['electron/start.ts', START],
    [START_BUNDLE, path.join(APP_ROOT, START_BUNDLE)],
  ])('%s says why in one line and serves the sample workspace in browser mode', async (_name, script) => {
    ensureRendererBuilt();
    ensureStartBundled();
    const home = tempDir();
    const s = runServe(
      [],
      { TINHGON_HOME: home, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', DISPLAY: '', WAYLAND_DISPLAY: '' },
      script,
    );
    try {
      await expectBrowserMode(s);
    } finally {
      s.child.kill('SIGTERM'); // also when an expectation failed: no server left running
      await s.exited;
    }
  });
});

describe("npm start's bundle (dist/start)", () => {
  it('loads every chunk, those loaded on demand too (Excel, Word, zip)', () => {
    ensureStartBundled();
    const dir = path.join(APP_ROOT, path.dirname(START_BUNDLE));
    const chunks = fs.readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== path.basename(START_BUNDLE));
    expect(chunks.length).toBeGreaterThan(2);
    const script = `for (const f of ${JSON.stringify(chunks)}) await import(${JSON.stringify(`${dir}/`)} + f);`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: APP_ROOT });
  });
});

function ensureStartBundled(): void {
  if (!fs.existsSync(path.join(APP_ROOT, START_BUNDLE)))
    execFileSync(process.execPath, ['build/bundle-electron.ts'], { cwd: APP_ROOT });
}

async function expectBrowserMode(s: ReturnType<typeof runServe>): Promise<void> {
  const url = new URL(await s.url);
  const lines = s.output().stdout.trim().split('\n');
  // No display: said before any attempt to fetch the Electron binary (a download, at every start, on a machine without it).
  expect(lines[0]).toBe(
    'Không mở được cửa sổ ứng dụng: không có màn hình đồ họa (DISPLAY); chuyển sang chế độ trình duyệt.',
  );
  expect(lines.at(-1)).toBe(`Mở địa chỉ này trong trình duyệt: ${url.href}`);
  const res = await fetch(new URL('/api/units.list', url), {
    method: 'POST',
    headers: { [TOKEN_HEADER]: url.searchParams.get('token')! },
    body: '{}',
  });
  expect(((await res.json()) as { result: { units: unknown[] } }).result.units.length).toBeGreaterThan(600);
  // A channel whose code loads on demand (exceljs: a chunk of its own in the bundle).
  const xlsx = await fetch(new URL('/api/export.units', url), {
    method: 'POST',
    headers: { [TOKEN_HEADER]: url.searchParams.get('token')! },
    body: '{"format":"xlsx"}',
  });
  expect(await xlsx.json()).toMatchObject({ ok: true, result: { data: expect.any(String) } });
  // The page itself, from the renderer the sources' dist/ holds (the bundle finds it where the sources do).
  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<div id="root">');
}
