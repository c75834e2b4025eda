import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors.ts';
import { WORKSPACE_EXTENSION, openWorkspace, type Workspace } from './workspace.ts';
import { removeAllPeople } from './people-repo.ts';
import { pruneAfterBackup } from './backup-retention.ts';

/** `Hau-Giang.tinhgon` → `Hau-Giang.backup-2026-11-27-213012-truoc-nhap.tinhgon` beside it. */
export function backupFileName(workspaceFile: string, label = '', now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const base = workspaceFile.endsWith(WORKSPACE_EXTENSION) ? workspaceFile.slice(0, -WORKSPACE_EXTENSION.length) : workspaceFile;
  let file = `${base}.backup-${stamp}${label ? `-${label}` : ''}${WORKSPACE_EXTENSION}`;
  for (let i = 2; fs.existsSync(file); i++) file = `${base}.backup-${stamp}${label ? `-${label}` : ''}-${i}${WORKSPACE_EXTENSION}`;
  return file;
}

/**
 * A consistent copy of an open workspace through SQLite's online backup API (safe while the
 * workspace is in use; never a file copy of a live database). Refuses to overwrite. With
 * `withoutPeople`, the copy has no personnel list: erased from it (VACUUM), so no name is in its bytes.
 */
export async function backupWorkspace(ws: Workspace, destination = backupFileName(ws.file), options: { withoutPeople?: boolean } = {}): Promise<string> {
  const dest = path.resolve(destination);
  if (fs.existsSync(dest)) throw new AppError('conflict', 'err.backupExists', { file: destination });
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  await ws.db.backup(dest);
  if (options.withoutPeople) {
    try {
      const copy = openWorkspace(dest);
      removeAllPeople(copy.db);
      copy.close();
    } catch (err) {
      fs.rmSync(dest, { force: true }); // never leave a copy that still holds the list
      throw err;
    }
  }
  pruneAfterBackup(ws.db, ws.file, dest); // automatic backups are kept by the workspace's rule
  return dest;
}

/** Restores a backup as a new workspace file (the backup itself is never modified) and opens it. */
export function restoreBackup(backupFile: string, newFile: string): Workspace {
  const src = path.resolve(backupFile);
  const dest = path.resolve(newFile);
  if (!fs.existsSync(src)) throw new AppError('not_found', 'err.fileNotFound', { file: backupFile });
  if (fs.existsSync(dest)) throw new AppError('conflict', 'err.fileExists', { file: newFile });
  fs.copyFileSync(src, dest, fs.constants.COPYFILE_EXCL);
  try {
    return openWorkspace(dest);
  } catch (err) {
    fs.rmSync(dest, { force: true });
    throw err;
  }
}
