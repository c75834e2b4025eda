/**
 * SQLite's temporary storage (the copy a VACUUM builds, sorts and temporary tables larger than
 * the cache) stays in memory: with the default, rows of the personnel list land in files of the
 * system's temporary folder (deleted at once but left in free disk blocks, unencrypted, outside
 * the workspace and out of reach of its `secure_delete`). Watched with inotify on a folder given
 * to SQLite as SQLITE_TMPDIR: nothing is created there while the app vacuums and sorts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { importPeople } from '../../db/people-repo.ts';
import { generatePeople, generateUnits } from '../../shared/sample/generate.ts';
import { sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../temp.ts';

const previous = process.env.SQLITE_TMPDIR;
afterEach(() => {
  if (previous === undefined) delete process.env.SQLITE_TMPDIR;
  else process.env.SQLITE_TMPDIR = previous;
});

/** Names of the files created in `dir` while `work` runs (inotify keeps their order: the sentinel comes last). */
async function filesCreatedDuring(dir: string, work: () => void): Promise<string[]> {
  const seen: string[] = [];
  const watcher = fs.watch(dir);
  try {
    const sentinelSeen = new Promise<void>((resolve) =>
      watcher.on('change', (_type, name) => {
        if (name === 'sentinel') resolve();
        else if (name) seen.push(String(name));
      }),
    );
    work();
    fs.writeFileSync(path.join(dir, 'sentinel'), '');
    await sentinelSeen;
  } finally {
    watcher.close();
  }
  return seen;
}

describe('SQLite keeps its temporary storage in memory', () => {
  it('a VACUUM and a sort larger than the cache of 20 000 people write no file in the temporary folder', async () => {
    const units = generateUnits(200);
    const file = path.join(tempDir(), 'w.tinhgon');
    createWorkspace(file, sampleMeta(), units).close();
    const sqliteTmp = tempDir();
    process.env.SQLITE_TMPDIR = sqliteTmp;
    const ws = openWorkspace(file);
    try {
      await importPeople(ws, generatePeople(units, 20_000)); // as the Nhân sự tab imports them (after a backup)
      const created = await filesCreatedDuring(sqliteTmp, () => {
        ws.db.exec('VACUUM'); // as after a removal or replacement of the list, when free pages were there
        // A sort of about 20 MB: past the 16 MB page cache, so SQLite would spill it to a file.
        ws.db.prepare('SELECT p.full_name, hex(randomblob(500)) AS pad FROM people p ORDER BY pad').all();
      });
      expect(created).toEqual([]);
    } finally {
      ws.close();
    }
  }, 60_000);
});
