/**
 * Personal data (the personnel list): removing or replacing it on a full disk is all or nothing
 * and leaves no name in the file's bytes; files holding it are readable by their owner only;
 * CSV exports cannot become formulas under either list separator; stored text has no terminal
 * escapes, and the CLI never prints one.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers/index.ts';
import { createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { countPeople, insertPeople } from '../../db/people-repo.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { generatePeople } from '../../shared/sample/generate.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import type { PersonRecord } from '../../shared/people/read-people.ts';
import { unit } from '../fixtures.ts';
import { tempDir } from '../temp.ts';

/** A name that appears nowhere else: its bytes in a file mean the list is still there. */
const SECRET = 'Nguyễn Thị Bímật';
const units = [
  unit('A', null, { civilServantActual: 50, publicEmployeeActual: 50 }),
  unit('B', 'A', { civilServantActual: 50, contractWorkers: 10 }),
];

function peopleWithSecret(count: number): PersonRecord[] {
  const people = generatePeople(units, count, 7);
  people[Math.floor(count / 2)] = { ...people[0]!, fullName: SECRET };
  return people;
}

/** The CSV the people importer reads, with `count` people (the secret among them). */
function peopleCsv(count: number, secret = true): { fileName: string; data: string } {
  const header = 'Họ và tên;Mã đơn vị;Giới tính;Ngày sinh;Lương tháng hiện hưởng (đồng)';
  const lines = Array.from(
    { length: count },
    (_, i) => `${secret && i === 3 ? SECRET : `Người Mới ${i}`};B;Nam;01/01/1980;9.000.000`,
  );
  return { fileName: 'ds.csv', data: Buffer.from(`\ufeff${header}\n${lines.join('\n')}\n`).toString('base64') };
}

const holds = (file: string, text: string) => fs.existsSync(file) && fs.readFileSync(file).includes(Buffer.from(text));

/** A tmpfs of `mb` MB, or null when this machine does not let the tests mount one (not root). */
function mountDisk(mb: number): string | null {
  if (process.platform !== 'linux') return null;
  const dir = fs.mkdtempSync('/tmp/tinhgon-pdisk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${mb}m`, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
}
const disk = mountDisk(8);
afterAll(() => {
  if (!disk) return;
  execFileSync('umount', ['-l', disk]); // lazy: a failed test may have left a file open
  fs.rmSync(disk, { recursive: true, force: true });
});

/** Fills the disk but `leave` bytes (as near as the filesystem allows). */
function fill(dir: string, leave: number): string {
  const filler = path.join(dir, 'filler');
  const { bavail, bsize } = fs.statfsSync(dir);
  const size = Math.max(0, bavail * bsize - leave);
  const fd = fs.openSync(filler, 'w');
  try {
    const chunk = Buffer.alloc(64 * 1024, 1);
    for (let written = 0; written < size;) {
      const n = fs.writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
      written += n;
    }
  } catch {
    // ENOSPC: full, as intended
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

function clear(dir: string): void {
  for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { force: true, recursive: true });
}

/**
 * On a disk with `leave` bytes free, runs `act` on a workspace holding 3,000 people; then the list
 * is either whole and listed (refused) or replaced, with no byte of the former list left in the
 * workspace file or its log, before and after closing, and no partial copy left beside it.
 */
async function onFullDisk(dir: string, leave: number, channel: 'people.remove' | 'people.import', args: unknown) {
  clear(dir);
  const file = path.join(dir, 'w.tinhgon');
  const ws = createWorkspace(file, sampleMeta(), units);
  ws.db.transaction(() => insertPeople(ws.db, peopleWithSecret(3000))).immediate();
  const handlers = createHandlers(ws);
  const before = new Set(fs.readdirSync(dir));
  const filler = fill(dir, leave);
  const env = await dispatch(handlers, channel, args);
  const count = countPeople(ws.db);
  const listed = ws.db.prepare('SELECT count(*) FROM people WHERE full_name = ?').pluck().get(SECRET) as number;
  if (env.ok) {
    expect(listed).toBe(0);
    const erased = !holds(file, SECRET) && !holds(`${file}-wal`, SECRET);
    expect(erased).toBe(true);
  } else {
    expect(env.error.key).toBe('err.diskFull');
    expect([count, listed]).toEqual([3000, 1]); // the old list intact, not a part of it
    // A backup that could not be finished is not left behind holding the list.
    const added = fs.readdirSync(dir).filter((f) => !before.has(f) && f !== 'filler' && f !== 'w.tinhgon-wal');
    expect(added).toEqual([]);
  }
  ws.close();
  fs.rmSync(filler, { force: true });
  const reopened = openWorkspace(file);
  expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(countPeople(reopened.db)).toBe(env.ok ? (channel === 'people.remove' ? 0 : 5) : 3000);
  reopened.close();
  if (env.ok) expect(holds(file, SECRET) || holds(`${file}-wal`, SECRET)).toBe(false);
  return env.ok;
}

describe.skipIf(!disk)('removing or replacing the personnel list on a full disk (real tmpfs)', () => {
  // From no space at all to room for the change but not for rewriting the whole file.
  const leaves = [0, 16 * 1024, 64 * 1024, 160 * 1024, 320 * 1024, 640 * 1024, 1280 * 1024];

  it('removal: refused with the list intact, or done with no name left in the file or its log', async () => {
    const outcomes: boolean[] = [];
    for (const leave of leaves) outcomes.push(await onFullDisk(disk!, leave, 'people.remove', {}));
    // Both branches were exercised: the test can tell an erasure from a refusal.
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  }, 120_000);

  it('replacement: refused with the old list intact, or the new list in and no old name left', async () => {
    const outcomes: boolean[] = [];
    for (const leave of [...leaves, 2560 * 1024])
      outcomes.push(await onFullDisk(disk!, leave, 'people.import', peopleCsv(5, false)));
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  }, 120_000);
});

describe('deleted personal data leaves no bytes behind', () => {
  it('every connection the app opens has secure_delete on, and removal does not depend on a VACUUM', async () => {
    const file = path.join(tempDir(), 'w.tinhgon');
    const ws = createWorkspace(file, sampleMeta(), generateSampleProvince());
    expect(ws.db.pragma('secure_delete', { simple: true })).toBe(1);
    ws.db.transaction(() => insertPeople(ws.db, peopleWithSecret(2000))).immediate();
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    // A VACUUM cannot run (the file may not grow): the removal still erases every byte.
    ws.db.pragma(`max_page_count = ${ws.db.pragma('page_count', { simple: true }) as number}`);
    const env = await dispatch(createHandlers(ws), 'people.remove', {});
    expect(env.ok).toBe(true);
    expect(countPeople(ws.db)).toBe(0);
    expect(holds(file, SECRET) || holds(`${file}-wal`, SECRET)).toBe(false);
    ws.close();
    expect(holds(file, SECRET)).toBe(false);
  });

  it('names a file from before kept in free pages (deleted without secure_delete) are dropped at the next removal when there is room', async () => {
    const file = path.join(tempDir(), 'w.tinhgon');
    const ws = createWorkspace(file, sampleMeta(), units);
    ws.db.transaction(() => insertPeople(ws.db, peopleWithSecret(2000))).immediate();
    // As an older version left them: deleted without zeroing, the pages freed, the log folded in.
    ws.db.pragma('secure_delete = OFF');
    ws.db.prepare('DELETE FROM people WHERE id > 500').run();
    ws.db.pragma('secure_delete = ON');
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(holds(file, SECRET)).toBe(true); // so the check below can fail
    const env = await dispatch(createHandlers(ws), 'people.remove', {});
    expect(env.ok).toBe(true);
    expect(holds(file, SECRET) || holds(`${file}-wal`, SECRET)).toBe(false);
    ws.close();
  });

  it('a crash between the removal and its checkpoint: the next open folds the log in, and the names are gone from the file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.tinhgon');
    const ws = createWorkspace(file, sampleMeta(), units);
    ws.db.transaction(() => insertPeople(ws.db, peopleWithSecret(2000))).immediate();
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    ws.db.pragma('wal_autocheckpoint = 0');
    ws.db.transaction(() => ws.db.prepare('DELETE FROM people').run()).immediate(); // committed, not yet checkpointed
    // The files as a kill at this moment leaves them: the names in the file, the zeros in the log.
    const crashed = path.join(dir, 'crashed.tinhgon');
    fs.copyFileSync(file, crashed);
    fs.copyFileSync(`${file}-wal`, `${crashed}-wal`);
    ws.close();
    expect(holds(crashed, SECRET)).toBe(true);
    const reopened = openWorkspace(crashed);
    expect(countPeople(reopened.db)).toBe(0);
    expect(holds(crashed, SECRET) || holds(`${crashed}-wal`, SECRET)).toBe(false);
    reopened.close();
  });
});
