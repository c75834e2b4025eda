/**
 * Browser mode for more than one person, through `npm run serve` as a person runs it: each tab
 * keeps its own workspace; the token leaves the address after the first load for an HttpOnly
 * SameSite=Strict cookie; the local network is served over TLS or only on explicit request.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { getUnit } from '../../db/units-repo.ts';
import { TOKEN_HEADER } from '../../electron/http-server.ts';
import { osUser } from '../../electron/caller.ts';
import { describeError, type SerializedError } from '../../shared/errors.ts';
import { ensureRendererBuilt } from '../e2e/browser.ts';
import { tempDir } from '../temp.ts';
import { unit } from '../fixtures.ts';
import { api, listen, request, selfSignedCert, serve, type Served } from './serve-process.ts';

const meta = { provinceName: 'T', baseYear: 2026, provinceClass: 'class2' as const, isSample: false };
let running: Served | undefined;
beforeAll(() => ensureRendererBuilt());
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

function workspaces(names: string[]) {
  const dir = tempDir();
  return names.map((name) => {
    const file = path.join(dir, `${name}.tinhgon`);
    createWorkspace(file, { ...meta, provinceName: name }, [unit('A', null)]).close();
    return file;
  });
}

async function started(args: string[]): Promise<URL> {
  running = serve(args, { TINHGON_HOME: tempDir() });
  const url = await running.url;
  if (!url) throw new Error(`serve did not start: ${running.output().stderr}`);
  return url;
}

describe('each browser tab has its own session', () => {
  it('two tabs opening different files each keep editing their own; a third on the same file shares its handle', async () => {
    const [home, a, b] = workspaces(['home', 'a', 'b']);
    const url = await started(['--workspace', home!]);
    const port = Number(url.port);
    const auth = { [TOKEN_HEADER]: url.searchParams.get('token')! };
    expect((await api(port, auth, 'tab-one-0001', 'workspace.open', { file: a })).ok).toBe(true);
    expect((await api(port, auth, 'tab-two-0002', 'workspace.open', { file: b })).ok).toBe(true);
    // Tab two opening b did not move tab one: its edit lands in a, and b is untouched.
    expect((await api(port, auth, 'tab-one-0001', 'workspace.info', {})).result.file).toBe(a);
    expect(
      (await api(port, auth, 'tab-one-0001', 'units.update', { code: 'A', patch: { name: 'Sửa ở tab một' } })).ok,
    ).toBe(true);
    expect(
      (await api(port, auth, 'tab-two-0002', 'units.update', { code: 'A', patch: { name: 'Sửa ở tab hai' } })).ok,
    ).toBe(true);
    expect((await api(port, auth, 'tab-three-03', 'workspace.open', { file: a })).ok).toBe(true);
    expect((await api(port, auth, 'tab-three-03', 'units.list', {})).result.units[0].name).toBe('Sửa ở tab một');
    // A new tab starts on the workspace the server was started with.
    expect((await api(port, auth, 'tab-four-004', 'workspace.info', {})).result.file).toBe(home);
    await running!.stop();
    const names = [home, a, b].map((file) => {
      const ws = openWorkspace(file!);
      const name = getUnit(ws.db, 'A')!.name;
      ws.close();
      return name;
    });
    expect(names).toEqual(['Đơn vị A', 'Sửa ở tab một', 'Sửa ở tab hai']);
  });
});

describe('two people editing one plan or one figure row at once', () => {
  it('refuses the second edit with a message (versions), never overwriting the first', async () => {
    const dir = tempDir();
    const home = path.join(dir, 'home.tinhgon');
    createWorkspace(home, meta, [unit('A', null), unit('B', 'A'), unit('BV', 'A', { kind: 'psu' })]).close();
    const url = await started(['--workspace', home]);
    const port = Number(url.port);
    const auth = { [TOKEN_HEADER]: url.searchParams.get('token')! };
    const [binh, lan] = ['tab-binh-001', 'tab-lan-0002'];
    expect((await api(port, auth, binh, 'scenario.create', { name: 'PA' })).ok).toBe(true);
    // Both open the plan, each makes a change from what they read.
    const read1 = (await api(port, auth, binh, 'scenario.open', { name: 'PA' })).result;
    const read2 = (await api(port, auth, lan, 'scenario.open', { name: 'PA' })).result;
    expect(read1.version).toBe(read2.version);
    const first = [{ type: 'dissolve', year: 2026, unit: 'B', staffTo: 'A' }];
    const second = [{ type: 'convert', year: 2027, unit: 'BV' }];
    const saved = await api(port, auth, binh, 'scenario.setOperations', {
      name: 'PA',
      operations: first,
      version: read1.version,
    });
    expect(saved.ok).toBe(true);
    const refused = await api(port, auth, lan, 'scenario.setOperations', {
      name: 'PA',
      operations: second,
      version: read2.version,
    });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', key: 'err.planChanged' } });
    expect(describeError(refused.error as SerializedError, 'vi')).toContain(
      'vừa được sửa ở nơi khác (người khác hoặc một cửa sổ khác',
    );
    expect((await api(port, auth, lan, 'scenario.get', { name: 'PA' })).result.operations).toEqual(first);
    // Read again, the second person's change goes in.
    const again = (await api(port, auth, lan, 'scenario.open', { name: 'PA' })).result;
    expect(
      (
        await api(port, auth, lan, 'scenario.setOperations', {
          name: 'PA',
          operations: [...first, ...second],
          version: again.version,
        })
      ).ok,
    ).toBe(true);

    // The same for a row of Decree 60 figures, including two people entering the same new row.
    const figures = { code: 'BV', year: 2025, spending: '3', amountUnit: 'trieu_dong' };
    const row = (await api(port, auth, binh, 'finance.list', { year: 2025 })).result.rows.find(
      (r: { code: string }) => r.code === 'BV',
    );
    expect((await api(port, auth, binh, 'finance.set', { ...figures, revenue: '1', version: row.version })).ok).toBe(
      true,
    );
    const late = await api(port, auth, lan, 'finance.set', { ...figures, revenue: '2', version: row.version });
    expect(late).toMatchObject({ ok: false, error: { kind: 'conflict', key: 'err.figuresChanged' } });
    const now = (await api(port, auth, lan, 'finance.list', { year: 2025 })).result.rows.find(
      (r: { code: string }) => r.code === 'BV',
    );
    expect(now.revenue).toBe('1');
    expect(
      (
        await api(port, auth, lan, 'finance.override', {
          code: 'BV',
          year: 2025,
          group: null,
          reason: '',
          version: row.version,
        })
      ).error?.key,
    ).toBe('err.figuresChanged');
    expect((await api(port, auth, lan, 'finance.set', { ...figures, revenue: '2', version: now.version })).ok).toBe(
      true,
    );
  });
});

describe('other clients see changes as they happen', () => {
  it('tells the clients on the same workspace what another changed (server-sent events), not the one who changed it nor those elsewhere', async () => {
    const [home, other] = workspaces(['home', 'other']);
    const url = await started(['--workspace', home!]);
    const port = Number(url.port);
    const auth = { [TOKEN_HEADER]: url.searchParams.get('token')! };
    expect((await api(port, auth, 'tab-away-003', 'workspace.open', { file: other })).ok).toBe(true);
    const watcher = await listen(port, auth, 'tab-watch-02');
    const author = await listen(port, auth, 'tab-edit-001');
    const away = await listen(port, auth, 'tab-away-003');
    expect(watcher.status).toBe(200);
    expect((await listen(port, {}, 'tab-nobody-9')).status).toBe(401);
    expect((await api(port, auth, 'tab-edit-001', 'units.update', { code: 'A', patch: { name: 'Mới' } })).ok).toBe(
      true,
    );
    expect((await api(port, auth, 'tab-edit-001', 'scenario.create', { name: 'PA' })).ok).toBe(true);
    expect((await api(port, auth, 'tab-edit-001', 'units.list', {})).ok).toBe(true); // a read tells nobody
    await expect.poll(() => watcher.events).toEqual([['units'], ['plans']]);
    // The events for the others were sent before the author's answers: nothing more is coming to them.
    expect(author.events).toEqual([]);
    expect(away.events).toEqual([]);
    for (const l of [watcher, author, away]) l.close();
  });
});

describe('the edit history names the person', () => {
  it("records the name each person gave (sent with every call), not the server's OS user", async () => {
    const [home] = workspaces(['home']);
    const url = await started(['--workspace', home!, '--lan', '--insecure-http']);
    const port = Number(url.port);
    const auth = { [TOKEN_HEADER]: url.searchParams.get('token')! };
    expect(
      (
        await api(
          port,
          auth,
          'tab-binh-001',
          'units.update',
          { code: 'A', patch: { name: 'Một' } },
          { user: 'Trần Văn Bình' },
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await api(
          port,
          auth,
          'tab-lan-0002',
          'units.update',
          { code: 'A', patch: { name: 'Hai' } },
          { user: 'Nguyễn Thị Lan' },
        )
      ).ok,
    ).toBe(true);
    // A name with a terminal escape is not recorded as given: the OS user is, as without a name.
    expect(
      (
        await api(
          port,
          auth,
          'tab-evil-003',
          'units.update',
          { code: 'A', patch: { name: 'Ba' } },
          { user: '\u001b[31mX' },
        )
      ).ok,
    ).toBe(true);
    const entries = (await api(port, auth, 'tab-lan-0002', 'history.list', {})).result.entries as { user: string }[];
    expect(
      entries
        .map((e) => e.user)
        .slice(0, 3)
        .reverse(),
    ).toEqual(['Trần Văn Bình', 'Nguyễn Thị Lan', osUser()]);
  });
});

describe('the token leaves the address after the first load', () => {
  it('trades ?token= for an HttpOnly SameSite=Strict cookie and a redirect to the clean address; the cookie then authenticates', async () => {
    const [home] = workspaces(['home']);
    const url = await started(['--workspace', home!]);
    const port = Number(url.port);
    const token = url.searchParams.get('token')!;
    const first = await request(port, { path: `/?token=${token}`, headers: { host: `127.0.0.1:${port}` } });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP on 127.0.0.1: a Secure cookie would never be sent back
    const pair = cookie.split(';')[0]!;
    expect((await api(port, { cookie: pair }, 'tab-one-0001', 'workspace.info', {})).result.file).toBe(home);
    expect(
      (
        await request(port, {
          method: 'POST',
          path: '/api/workspace.info',
          headers: { cookie: `${pair.split('=')[0]}=wrong` },
          body: '{}',
        })
      ).status,
    ).toBe(401);
    const wrong = await request(port, { path: '/?token=wrong', headers: { host: `127.0.0.1:${port}` } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });
});

describe('the local network is served over TLS, or over plain HTTP only when asked', () => {
  it('refuses --lan without a certificate and says why; --insecure-http starts it', async () => {
    const [home] = workspaces(['home']);
    running = serve(['--workspace', home!, '--lan'], { TINHGON_HOME: tempDir() });
    expect(await running.url).toBeNull();
    expect(await running.exited).not.toBe(0);
    expect(running.output().stderr).toContain('--insecure-http');
    expect(running.output().stderr).toContain('--tls-cert');
    const url = await started(['--workspace', home!, '--lan', '--insecure-http']);
    expect(url.protocol).toBe('http:');
  });

  it('serves --lan over HTTPS with --tls-cert/--tls-key, its cookie Secure', async () => {
    const [home] = workspaces(['home']);
    const tls = selfSignedCert(tempDir());
    const url = await started(['--workspace', home!, '--lan', '--tls-cert', tls.cert, '--tls-key', tls.key]);
    expect(url.protocol).toBe('https:');
    const port = Number(url.port);
    const ca = fs.readFileSync(tls.cert, 'utf8');
    const first = await request(port, {
      path: `/?token=${url.searchParams.get('token')}`,
      headers: { host: `127.0.0.1:${port}` },
      ca,
    });
    expect(first.status).toBe(303);
    expect(String(first.headers['set-cookie'])).toMatch(/; Secure/);
    const pair = String(first.headers['set-cookie']).split(';')[0]!;
    expect((await api(port, { cookie: pair }, 'tab-one-0001', 'workspace.info', {}, { ca })).result.file).toBe(home);
    // Host and Origin are still checked, the scheme too: a page on http://127.0.0.1:port is not this server's.
    const fromHttp = await request(port, {
      method: 'POST',
      path: '/api/workspace.info',
      headers: { cookie: pair, origin: `http://127.0.0.1:${port}` },
      body: '{}',
      ca,
    });
    expect(fromHttp.status).toBe(403);
    expect(
      (
        await request(port, {
          method: 'POST',
          path: '/api/workspace.info',
          headers: { cookie: pair, origin: `https://127.0.0.1:${port}` },
          body: '{}',
          ca,
        })
      ).status,
    ).toBe(200);
  });
});
