import fs from 'node:fs';
import { AppError } from '../shared/errors.ts';
import { WORKSPACE_EXTENSION, openWorkspace, readOtherWorkspace, type Workspace } from './workspace.ts';
import { FileAccess, copyRegularFile, writeNewFile, writeNewFileAsync } from './safe-path.ts';
import { removeAllPeople } from './people-erase.ts';
import { pruneAfterBackup } from './backup-retention.ts';
import { clockOf } from './clock.ts';

/**
 * `Hau-Giang.tinhgon` → `Hau-Giang.backup-2026-11-27-213012-truoc-nhap.tinhgon` beside it, stamped
 * with the workspace's clock (local time) unless `now` is given.
 */
export function backupFileName(ws: Pick<Workspace, 'file' | 'db'>, label = '', now = clockOf(ws.db).now()): string {
  const workspaceFile = ws.file;
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const base = workspaceFile.endsWith(WORKSPACE_EXTENSION)
    ? workspaceFile.slice(0, -WORKSPACE_EXTENSION.length)
    : workspaceFile;
  let file = `${base}.backup-${stamp}${label ? `-${label}` : ''}${WORKSPACE_EXTENSION}`;
  for (let i = 2; fs.existsSync(file); i++)
    file = `${base}.backup-${stamp}${label ? `-${label}` : ''}-${i}${WORKSPACE_EXTENSION}`;
  return file;
}

/**
 * A consistent copy of an open workspace through SQLite's online backup API (safe while the
 * workspace is in use; never a file copy of a live database), written under a temporary name in
 * the same folder that becomes `destination` only once complete: a kill leaves no partial
 * "backup". Refuses to overwrite unless `replace` (the person chose to). With `withoutPeople`,
 * the copy has no personnel list: erased from it (VACUUM) before it gets its name, so no name is in its bytes.
 */
export async function backupWorkspace(
  ws: Workspace,
  destination = backupFileName(ws),
  options: { withoutPeople?: boolean; replace?: boolean; access?: FileAccess } = {},
): Promise<string> {
  const dest = (options.access ?? FileAccess.anywhere).target(destination, { replace: options.replace });
  if (dest === ws.file) throw new AppError('conflict', 'err.fileExists', { file: destination });
  await writeNewFileAsync(
    dest,
    async (tmp) => {
      await ws.db.backup(tmp);
      if (options.withoutPeople) {
        const copy = openWorkspace(tmp);
        try {
          removeAllPeople(copy.db);
          // Free pages the source had (rows deleted before secure_delete) must not be copied on: a
          // copy that cannot be rewritten without them is not kept.
          if ((copy.db.pragma('freelist_count', { simple: true }) as number) > 0) copy.db.exec('VACUUM');
        } finally {
          copy.close();
        }
      }
    },
    { replace: options.replace },
  );
  pruneAfterBackup(ws.db, ws.file, dest); // automatic backups are kept by the workspace's rule
  return dest;
}

/**
 * Restores a backup as a new workspace file (the backup itself is never modified; a directory,
 * FIFO or device is refused at once) and opens it. The copy gets its name only once complete.
 */
export function restoreBackup(
  backupFile: string,
  newFile: string,
  access: FileAccess = FileAccess.anywhere,
): Workspace {
  const src = access.existing(backupFile);
  const dest = access.target(newFile);
  readOtherWorkspace(src); // refuses what is not a workspace before anything is written
  writeNewFile(dest, (tmp) => copyRegularFile(src, backupFile, tmp));
  try {
    return openWorkspace(dest);
  } catch (err) {
    fs.rmSync(dest, { force: true }); // created by this call just above
    throw err;
  }
}
