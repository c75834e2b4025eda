import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lanAddresses, startHttpServer, TOKEN_HEADER, type RunningServer } from './http-server.ts';
import { createHandlers } from './handlers/index.ts';
import { createWorkspace, type Workspace } from '../db/workspace.ts';
import { listUnits } from '../db/units-repo.ts';
import { tempDir } from '../tests/temp.ts';
import { unit } from '../tests/fixtures.ts';
import { generateUnits } from '../shared/sample/generate.ts';

let server: RunningServer | undefined;
let ws: Workspace | undefined;
afterEach(async () => {
  await server?.close();
  ws?.close();
  server = ws = undefined;
});

async function start(lan = false, units = [unit('A', null)]) {
  const dir = tempDir();
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(
    path.join(staticDir, 'index.html'),
    '<!doctype html><meta name="tinhgon-style-nonce" content="__TINHGON_STYLE_NONCE__"><meta name="tinhgon-network" content="__TINHGON_NETWORK__"><title>TinhGon</title>',
  );
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  ws = createWorkspace(
    path.join(dir, 'w.tinhgon'),
    { provinceName: 'T', baseYear: 2026, provinceClass: 'class2', isSample: false },
    units,
  );
  server = await startHttpServer({ handlers: createHandlers(ws), staticDir, lan, insecureHttp: lan });
  return server;
}

/** A raw request, so Host and Origin can be forged as an attacker would. */
function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('browser-mode HTTP server', () => {
  it('listens on 127.0.0.1 and prints a URL that carries the token', async () => {
    const s = await start();
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/`);
    expect(s.openUrl).toBe(`${s.url}?token=${s.token}`);
    expect(s.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the app with a strict CSP, and 404 for unknown paths and path traversal', async () => {
    const s = await start();
    const page = await request(s.port, { path: '/', headers: { host: `127.0.0.1:${s.port}` } });
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // Styles: the app's own and those carrying this load's nonce, which the page is told; a new one each load.
    const nonce = /style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(page.body).toContain(`<meta name="tinhgon-style-nonce" content="${nonce}"`);
    const again = await request(s.port, { path: '/', headers: { host: `127.0.0.1:${s.port}` } });
    expect(again.headers['content-security-policy']).not.toContain(`nonce-${nonce}`);
    expect((await request(s.port, { path: '/favicon.ico' })).status).toBe(404);
    expect((await request(s.port, { path: '/../secret.txt' })).status).toBe(404);
    expect((await request(s.port, { path: '/%2e%2e/secret.txt' })).status).toBe(404);
    // Encoded slashes survive URL parsing and reach the path guard.
    expect((await request(s.port, { path: '/..%2fsecret.txt' })).status).toBe(404);
    expect((await request(s.port, { path: '/..%2f..%2fpackage.json' })).status).toBe(404);
    expect((await request(s.port, { path: '/%2e%2e%2fsecret.txt' })).status).toBe(404);
  });

  it('sends a long list in chunks whose text is the envelope as JSON.stringify writes it, and a client leaving halfway stops nothing else', async () => {
    const s = await start(false, generateUnits(3000, 3));
    const api = { method: 'POST', path: '/api/units.list', headers: { [TOKEN_HEADER]: s.token }, body: '{}' };
    const res = await request(s.port, api);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.body.length).toBeGreaterThan(4 * 65536);
    expect(res.body).toBe(JSON.stringify({ ok: true, result: { units: listUnits(ws!.db) } }));
    // A client that hangs up after the first bytes: the server keeps answering others.
    await new Promise<void>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: s.port, ...api }, (r) =>
        r.once('data', () => (req.destroy(), resolve())),
      );
      req.on('error', reject);
      req.end(api.body);
    });
    expect((await request(s.port, api)).body).toBe(res.body);
  });

  it('survives malformed paths (no token needed to send them) and keeps answering', async () => {
    const s = await start();
    expect((await request(s.port, { path: '/%E0' })).status).toBe(400);
    expect(
      (await request(s.port, { method: 'POST', path: '/api/%E0', headers: { [TOKEN_HEADER]: s.token }, body: '{}' }))
        .status,
    ).toBe(400);
    expect((await request(s.port, { path: '/' })).status).toBe(200);
  });

  it('answers API calls that carry the token', async () => {
    const s = await start();
    const res = await request(s.port, {
      method: 'POST',
      path: '/api/units.list',
      headers: { [TOKEN_HEADER]: s.token },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, result: { units: [{ code: 'A' }] } });
  });

  it('refuses a request without the token or with a wrong one, and changes nothing', async () => {
    const s = await start();
    const body = JSON.stringify({ code: 'A', patch: { deputies: 9 } });
    expect((await request(s.port, { method: 'POST', path: '/api/units.update', body })).status).toBe(401);
    expect(
      (
        await request(s.port, {
          method: 'POST',
          path: '/api/units.update',
          headers: { [TOKEN_HEADER]: 'x'.repeat(s.token.length) },
          body,
        })
      ).status,
    ).toBe(401);
    expect(listUnits(ws!.db)[0]!.deputies).toBe(0);
  });

  it('refuses a foreign Origin (another web page) even with the token', async () => {
    const s = await start();
    const res = await request(s.port, {
      method: 'POST',
      path: '/api/units.list',
      headers: { [TOKEN_HEADER]: s.token, origin: 'http://evil.example' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    const own = await request(s.port, {
      method: 'POST',
      path: '/api/units.list',
      headers: { [TOKEN_HEADER]: s.token, origin: `http://127.0.0.1:${s.port}` },
      body: '{}',
    });
    expect(own.status).toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding)', async () => {
    const s = await start();
    const res = await request(s.port, {
      method: 'POST',
      path: '/api/units.list',
      headers: { [TOKEN_HEADER]: s.token, host: `evil.example:${s.port}` },
      body: '{}',
    });
    expect(res.status).toBe(421);
    expect((await request(s.port, { path: '/', headers: { host: 'evil.example' } })).status).toBe(421);
  });

  it("serves the local network only on request (--lan): this machine's addresses as Host, the token still required, the page warned", async () => {
    const local = await start();
    expect(local.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect((await request(local.port, { path: '/', headers: { host: `127.0.0.1:${local.port}` } })).body).toContain(
      'content="local"',
    );
    const lanIp = lanAddresses()[0];
    if (lanIp)
      expect((await request(local.port, { path: '/', headers: { host: `${lanIp}:${local.port}` } })).status).toBe(421);
    await server!.close();
    ws!.close();

    const s = await start(true);
    expect((await request(s.port, { path: '/', headers: { host: `127.0.0.1:${s.port}` } })).body).toContain(
      '<meta name="tinhgon-network" content="lan">',
    );
    if (!lanIp) return; // a machine without a network has nothing more to show
    expect(s.url).toBe(`http://${lanIp}:${s.port}/`);
    const asLan = (headers: Record<string, string>) =>
      request(s.port, {
        method: 'POST',
        path: '/api/units.list',
        headers: { host: `${lanIp}:${s.port}`, ...headers },
        body: '{}',
      });
    expect((await asLan({ [TOKEN_HEADER]: s.token })).status).toBe(200);
    expect((await asLan({})).status).toBe(401);
    expect((await asLan({ [TOKEN_HEADER]: s.token, origin: 'http://evil.example' })).status).toBe(403);
    expect(
      (
        await request(s.port, {
          method: 'POST',
          path: '/api/units.list',
          headers: { host: `evil.example:${s.port}`, [TOKEN_HEADER]: s.token },
          body: '{}',
        })
      ).status,
    ).toBe(421);
  });

  it('maps validation errors to 422 with field issues, and bad JSON to 400', async () => {
    const s = await start();
    const bad = await request(s.port, {
      method: 'POST',
      path: '/api/units.update',
      headers: { [TOKEN_HEADER]: s.token },
      body: JSON.stringify({ code: 'A', patch: { deputies: -4 } }),
    });
    expect(bad.status).toBe(422);
    expect(JSON.parse(bad.body).error.issues).toEqual([{ field: 'patch.deputies', key: 'err.negative' }]);
    const junk = await request(s.port, {
      method: 'POST',
      path: '/api/units.update',
      headers: { [TOKEN_HEADER]: s.token },
      body: '{not json',
    });
    expect(junk.status).toBe(400);
    const unknown = await request(s.port, {
      method: 'POST',
      path: '/api/units.drop',
      headers: { [TOKEN_HEADER]: s.token },
      body: '{}',
    });
    expect(unknown.status).toBe(400);
  });
});
