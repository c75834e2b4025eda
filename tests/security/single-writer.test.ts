/**
 * Never two writers: a workspace open in one TinhGon process is refused, with a clear message, by
 * another (app, browser mode or CLI); when the first process dies, even by SIGKILL, the file opens.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { AppError } from '../../shared/errors.ts';
import { APP_ROOT } from '../../electron/paths.ts';
import { tempDir } from '../temp.ts';
import { unit } from '../fixtures.ts';

const meta = { provinceName: 'T', baseYear: 2026, provinceClass: 'class2' as const, isSample: false };
let holder: ChildProcess | undefined;
afterEach(() => {
  holder?.kill('SIGKILL');
  holder = undefined;
});

/** Another process that opens the workspace and keeps it open; resolves once it holds it. */
function holdInAnotherProcess(file: string): Promise<ChildProcess> {
  const script = `import { openWorkspace } from ${JSON.stringify(path.join(APP_ROOT, 'db/workspace.ts'))};
// Kept referenced: a collected connection would close and let the lock go.
globalThis.ws = openWorkspace(${JSON.stringify(file)}); console.log('open'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`holder exited ${code}`)));
  });
}

const keyOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.key : String(err);
  }
  return 'opened';
};

describe('one writer per workspace file', () => {
  it('refuses a second opener (another process, the CLI) while the first holds the file, and opens it after the first is killed', async () => {
    const file = path.join(tempDir(), 'w.tinhgon');
    createWorkspace(file, meta, [unit('A', null)]).close();
    holder = await holdInAnotherProcess(file);
    expect(keyOf(() => openWorkspace(file))).toBe('err.workspaceInUse');
    const cli = spawnSync(process.execPath, [path.join(APP_ROOT, 'electron/cli/tinhgon.mjs'), 'units', file], {
      encoding: 'utf8',
    });
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toContain('đang được mở trong một cửa sổ hoặc lệnh TinhGon khác');

    holder.kill('SIGKILL');
    await new Promise((done) => holder!.once('exit', done));
    const ws = openWorkspace(file);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // In the same process, too, a second connection is refused while the first is open.
    expect(keyOf(() => openWorkspace(file))).toBe('err.workspaceInUse');
    ws.close();
    openWorkspace(file).close();
  });
});
