/**
 * Files that may hold personal data are readable by their owner only (0600, folders the app makes
 * 0700), from the moment they exist and whatever the umask: workspaces (new, saved as, restored),
 * their -wal log, backups (with and without the list, and the one before an upgrade), CLI exports,
 * the app's recent list and ui-state.json. Checked by mode and by trying to read each file as
 * another user (`nobody`), which needs root (as in CI).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers/index.ts';
import { Session } from '../../electron/session.ts';
import { createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { insertPeople } from '../../db/people-repo.ts';
import { MIGRATIONS } from '../../db/migrations/index.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { generatePeople } from '../../shared/sample/generate.ts';
import { sampleMeta } from '../../shared/sample/hau-giang.ts';
import { unit } from '../fixtures.ts';

const units = [unit('A', null, { civilServantActual: 20 }), unit('B', 'A', { civilServantActual: 20 })];
const mode = (f: string) => fs.statSync(f).mode & 0o777;

/** Another user on this machine: root can become `nobody`; null (with the reason) when it cannot. */
const asNobody: string | null = (() => {
  if (process.platform !== 'linux') return 'not Linux';
  if (process.getuid?.() !== 0) return 'not root: cannot run a process as another user';
  const probe = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'true']);
  return probe.status === 0 ? null : 'setpriv cannot switch to nobody here';
})();

/** What `nobody` gets reading `file`: its bytes, or the error text. */
function readAsNobody(file: string): { ok: boolean; stderr: string } {
  const r = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'cat', file], {
    encoding: 'utf8',
  });
  return { ok: r.status === 0, stderr: r.stderr };
}

let dir = '';
let umask = 0;
beforeAll(() => {
  // A folder anyone may enter (as a shared Documents folder is), so only each file's mode protects it;
  // and the loosest umask, so a mode cannot come from it.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tinhgon-owner-'));
  fs.chmodSync(dir, 0o755);
  umask = process.umask(0);
});
afterAll(() => {
  process.umask(umask);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("files holding personal data are the owner's only", () => {
  it("workspaces, their log, backups, copies, exports and the app's own files are 0600, new folders 0700; nobody else can read them", async () => {
    const file = path.join(dir, 'w.tinhgon');
    const ws = createWorkspace(file, sampleMeta(), units);
    ws.db.transaction(() => insertPeople(ws.db, generatePeople(units, 50, 3))).immediate();
    const appDir = path.join(dir, 'app'); // the app's data folder, made by the app
    const session = new Session(ws, path.join(appDir, 'recent.json'));
    const handlers = createHandlers(session);
    const call = async (channel: string, args: unknown) => {
      const env = await dispatch(handlers, channel, args);
      if (!env.ok) throw new Error(env.error.key);
      return env.result as { file: string };
    };
    session.setUiState({ view: 'people' });
    expect(mode(`${file}-wal`).toString(8)).toBe('600'); // the log while open (gone once closed)
    if (!asNobody) expect(readAsNobody(`${file}-wal`).ok).toBe(false);
    const files: string[] = [file, path.join(appDir, 'recent.json'), path.join(appDir, 'ui-state.json')];
    files.push((await call('workspace.backup', { file: path.join(dir, 'b.tinhgon') })).file);
    files.push((await call('workspace.backup', { file: path.join(dir, 'b2.tinhgon'), withoutPeople: true })).file);
    files.push(
      (await call('workspace.restore', { backupFile: path.join(dir, 'b.tinhgon'), file: path.join(dir, 'r.tinhgon') }))
        .file,
    );
    files.push((await call('workspace.saveAs', { file: path.join(dir, 'new', 'deeper', 's.tinhgon') })).file);
    session.close();

    // The CLI's export, written by a separate process.
    const exported = path.join(dir, 'units.csv');
    const cli = spawnSync(process.execPath, [path.resolve('electron/cli/tinhgon.mjs'), 'export', file, exported], {
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(0);
    files.push(exported);

    // The backup before an upgrade (VACUUM INTO).
    const upgraded = openWorkspace(file, {
      migrations: [...MIGRATIONS, { version: MIGRATIONS.at(-1)!.version + 1, name: 'noop', up: () => {} }],
    });
    expect(upgraded.migration.backupFile).not.toBeNull();
    files.push(upgraded.migration.backupFile!);
    upgraded.close();

    expect(files.map((f) => [path.relative(dir, f), mode(f).toString(8)])).toEqual(
      files.map((f) => [path.relative(dir, f), '600']),
    );
    expect(fs.existsSync(`${file}-shm`)).toBe(false); // exclusive locking: the WAL index is in memory
    for (const d of [appDir, path.join(dir, 'new'), path.join(dir, 'new', 'deeper')])
      expect([d, mode(d).toString(8)]).toEqual([d, '700']);

    if (asNobody) return void console.warn(`owner-only: reading as another user skipped (${asNobody})`);
    fs.chmodSync(path.join(dir, 'new'), 0o755); // let nobody reach the saved-as file: its own mode must stop it
    fs.chmodSync(path.join(dir, 'new', 'deeper'), 0o755);
    fs.writeFileSync(path.join(dir, 'control.txt'), 'readable');
    expect(readAsNobody(path.join(dir, 'control.txt')).ok).toBe(true); // so a refusal below is the file's mode
    for (const f of files) {
      const r = readAsNobody(f);
      expect([f, r.ok, r.stderr.includes('Permission denied')]).toEqual([f, false, true]);
    }
  }, 60_000);

  it("the -wal log of a workspace open and written to is 0600 (SQLite gives it the file's mode)", () => {
    const file = path.join(dir, 'open.tinhgon');
    const ws = createWorkspace(file, sampleMeta(), units);
    ws.db.transaction(() => insertPeople(ws.db, generatePeople(units, 20, 1))).immediate();
    expect(mode(`${file}-wal`).toString(8)).toBe('600');
    if (!asNobody) expect(readAsNobody(`${file}-wal`).ok).toBe(false);
    ws.close();
  });

  it('a workspace made before (0644) is narrowed to 0600 when opened', () => {
    const file = path.join(dir, 'old.tinhgon');
    createWorkspace(file, sampleMeta(), units).close();
    fs.chmodSync(file, 0o644);
    openWorkspace(file).close();
    expect(mode(file).toString(8)).toBe('600');
  });
});
