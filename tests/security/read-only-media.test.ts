/**
 * Annexing another province's workspace from read-only media (a CD, a write-protected USB stick):
 * it is read — from a private copy in memory — without a lock, a journal or a `-shm` written
 * beside it, and its bytes stay as they were. Read-only media are made as a read-only bind mount,
 * which needs root (as in CI); the test says why it is skipped otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace, readOtherWorkspace } from '../../db/workspace.ts';
import { AppError } from '../../shared/errors.ts';
import { translate } from '../../shared/i18n/index.ts';
import { handlerHarness } from '../handler-harness.ts';
import { unit } from '../fixtures.ts';
import { tempDir } from '../temp.ts';

const otherUnits = [
  unit('T', null, { kind: 'people_committee', name: 'UBND tỉnh Sóc Trăng' }),
  unit('T.SNV', 'T', { kind: 'department', name: 'Sở Nội vụ', civilServantQuota: 4, civilServantActual: 3 }),
];

/** Whether this machine lets the tests bind-mount a folder read-only. */
function canMountReadOnly(): boolean {
  if (process.platform !== 'linux') return false;
  const src = tempDir();
  const mnt = tempDir();
  try {
    execFileSync('mount', ['--bind', '-o', 'ro', src, mnt], { stdio: 'ignore' });
    execFileSync('umount', [mnt], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const mountable = canMountReadOnly();
const mounts: string[] = [];
afterEach(() => {
  for (const m of mounts.splice(0)) execFileSync('umount', [m]);
});

/** A folder with another province's workspace (WAL mode, as TinhGon leaves it), seen through a read-only mount. */
function onReadOnlyMedia(extra: (dir: string) => void = () => {}): { src: string; file: string } {
  const src = tempDir();
  createWorkspace(
    path.join(src, 'soc-trang.tinhgon'),
    { provinceName: 'Sóc Trăng', baseYear: 2024, provinceClass: 'class2', isSample: false },
    otherUnits,
  ).close();
  extra(src);
  const mnt = tempDir();
  execFileSync('mount', ['--bind', '-o', 'ro', src, mnt]);
  mounts.push(mnt);
  return { src, file: path.join(mnt, 'soc-trang.tinhgon') };
}

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe.skipIf(!mountable)('another province on read-only media (needs root to bind-mount read-only)', () => {
  it('is read and annexed; nothing is written beside it, its bytes unchanged', async () => {
    const { src, file } = onReadOnlyMedia();
    expect(fs.readFileSync(file)[18]).toBe(2); // a WAL-mode file: SQLite alone could not open it read-only here
    const before = digest(file);
    expect(readOtherWorkspace(file)).toMatchObject({ file, meta: { provinceName: 'Sóc Trăng' }, units: otherUnits });
    const { ws, call } = handlerHarness([unit('H', null, { kind: 'people_committee', name: 'UBND tỉnh Hậu Giang' })]);
    await call('scenario.create', { name: 'Sáp nhập' });
    expect(await call('province.read', { file })).toMatchObject({ provinceName: 'Sóc Trăng', units: otherUnits });
    expect(
      await call('scenario.annexPreview', { name: 'Sáp nhập', file, year: 2025, parentCode: null, codePrefix: 'ST-' }),
    ).toMatchObject({ province: 'Sóc Trăng', units: 2, clashes: [] });
    await call('scenario.annex', { name: 'Sáp nhập', file, year: 2025, parentCode: null, codePrefix: 'ST-' });
    ws.close();
    expect(digest(file)).toBe(before);
    expect(fs.readdirSync(src)).toEqual(['soc-trang.tinhgon']);
    // Opening it as the workspace to edit is still refused as read-only, untouched.
    expect(() => openWorkspace(file)).toThrow(expect.objectContaining({ key: 'err.readOnly' }));
    expect(digest(file)).toBe(before);
  });

  it('a leftover -wal beside it (changes not merged in) is refused with a message, not read without them', () => {
    const { file } = onReadOnlyMedia((dir) =>
      fs.writeFileSync(path.join(dir, 'soc-trang.tinhgon-wal'), Buffer.alloc(4096, 1)),
    );
    let err: unknown;
    try {
      readOtherWorkspace(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).key).toBe('err.readOnlyWal');
    expect(translate('vi', 'err.readOnlyWal', { file })).toMatch(/ổ chỉ đọc .+ sao chép cả hai tệp/);
  });
});

/** Whether this machine lets the tests run a process as `nobody` (root, as in CI). */
function canRunAsNobody(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  return spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'true']).status === 0;
}

describe.skipIf(!canRunAsNobody())(
  'another province in a folder this user may not write (needs root to run as nobody)',
  () => {
    it('folder 0555, file 0444: read by another user, nothing written beside it, bytes unchanged', () => {
      const dir = path.join(tempDir(), 'cd');
      fs.mkdirSync(dir);
      const file = path.join(dir, 'soc-trang.tinhgon');
      createWorkspace(
        file,
        { provinceName: 'Sóc Trăng', baseYear: 2024, provinceClass: 'class2', isSample: false },
        otherUnits,
      ).close();
      fs.chmodSync(file, 0o444);
      fs.chmodSync(dir, 0o555);
      fs.chmodSync(path.dirname(dir), 0o755);
      const before = digest(file);
      const worker = path.join(import.meta.dirname, 'read-only-worker.ts');
      const run = spawnSync(
        'setpriv',
        ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, worker, file],
        { encoding: 'utf8', cwd: '/' },
      );
      expect(JSON.parse(run.stdout || JSON.stringify({ stderr: run.stderr }))).toEqual({
        ok: true,
        province: 'Sóc Trăng',
        units: 2,
      });
      expect(digest(file)).toBe(before);
      expect(fs.readdirSync(dir)).toEqual(['soc-trang.tinhgon']);
    });
  },
);
