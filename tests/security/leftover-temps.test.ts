/**
 * A backup (or save as, or export) killed half-way leaves its temporary file `.NAME.HEX.tmp` beside
 * the target: a whole copy of the workspace, personal data included, that nobody sees and that
 * removing the personnel list would not erase. It is owner-only from its first byte, and the next
 * TinhGon that opens a workspace in that folder, or writes a new file there, removes it — only
 * files of our exact pattern, of this user, untouched since before that process started.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { backupWorkspace } from '../../db/backup.ts';
import { APP_ROOT } from '../../electron/paths.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { generateUnits } from '../../shared/sample/generate.ts';
import { tempDir } from '../temp.ts';

const WORKER = path.join(APP_ROOT, 'tests/security/path-worker.ts');
const LEFTOVER = /^\.sao-luu\.tinhgon\.[0-9a-f]{12}\.tmp(-journal)?$/;
const HOUR_AGO = new Date(Date.now() - 3600_000);

/** A workspace big enough (about 30 MB) for a backup of it to be caught half-way. */
function bigWorkspace(file: string): string {
  createWorkspace(file, { ...sampleMeta(), provinceName: 'Lớn' }, generateUnits(20_000)).close();
  const db = new BetterSqlite3(file);
  db.exec(
    "INSERT INTO meta (key, value) SELECT 'filler-' || i, hex(randomblob(2048)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000) SELECT i FROM n);",
  );
  db.close();
  return file;
}

/** Backs `file` up to `target` in another process, SIGKILLed as soon as the temporary file has bytes. */
async function killedBackup(file: string, target: string): Promise<void> {
  const child = spawn(process.execPath, [WORKER, 'backup', file, target], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const signal = await new Promise((resolve) => child.once('exit', (_code, s) => resolve(s)));
  expect(signal, out).toBe('SIGKILL');
}

describe('temporary files left by a kill', () => {
  it('are owner-only, and removed by the next open of a workspace in that folder; nothing else is', async () => {
    const dir = tempDir();
    const file = bigWorkspace(path.join(dir, 'lon.tinhgon'));
    await killedBackup(file, path.join(dir, 'sao-luu.tinhgon'));
    const left = fs.readdirSync(dir).filter((f) => LEFTOVER.test(f));
    expect(left.length).toBeGreaterThan(0);
    for (const f of left) {
      expect(fs.statSync(path.join(dir, f)).mode & 0o777, f).toBe(0o600);
      fs.utimesSync(path.join(dir, f), HOUR_AGO, HOUR_AGO); // left by an earlier run
    }
    // Not ours to remove: a person's file, a temporary file still being written (recent), a symlink of our pattern.
    const keep = [
      '.ghi-chu.tmp',
      'sao-luu.tinhgon.0123456789ab.tmp',
      '.moi.tinhgon.0123456789ab.tmp',
      '.lien-ket.tinhgon.abcdef012345.tmp',
    ];
    fs.writeFileSync(path.join(dir, keep[0]!), 'của tôi');
    fs.writeFileSync(path.join(dir, keep[1]!), 'của tôi');
    fs.utimesSync(path.join(dir, keep[1]!), HOUR_AGO, HOUR_AGO);
    fs.writeFileSync(path.join(dir, keep[2]!), 'đang ghi');
    fs.symlinkSync(path.join(dir, keep[0]!), path.join(dir, keep[3]!));
    fs.lutimesSync(path.join(dir, keep[3]!), HOUR_AGO, HOUR_AGO);

    openWorkspace(file).close();

    const after = fs.readdirSync(dir);
    expect(after.filter((f) => LEFTOVER.test(f))).toEqual([]);
    for (const f of keep) expect(after, f).toContain(f);
  }, 120_000);

  it('are removed when a new file is written into that folder', async () => {
    const dir = tempDir();
    const out = tempDir();
    const file = bigWorkspace(path.join(dir, 'lon.tinhgon'));
    await killedBackup(file, path.join(out, 'sao-luu.tinhgon'));
    const left = fs.readdirSync(out).filter((f) => LEFTOVER.test(f));
    expect(left.length).toBeGreaterThan(0);
    for (const f of left) fs.utimesSync(path.join(out, f), HOUR_AGO, HOUR_AGO);

    const ws = createWorkspace(path.join(dir, 'nho.tinhgon'), sampleMeta(), generateSampleProvince());
    try {
      await backupWorkspace(ws, path.join(out, 'khac.tinhgon'));
    } finally {
      ws.close();
    }
    expect(fs.readdirSync(out).sort()).toEqual(['khac.tinhgon']);
  }, 120_000);
});
