import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { DEFAULT_RETENTION, RetentionSchema, type Retention } from '../shared/model/backup-retention.ts';

/** WORKSPACE_EXTENSION (not imported: workspace.ts imports this file). */
const WORKSPACE_EXTENSION = '.tinhgon';

export { DEFAULT_RETENTION, type Retention };
const META_KEY = 'backupRetention';

/**
 * Labels of the backups TinhGon makes by itself before a change (imports); a backup made by the
 * user (the Backup button, the CLI, a name they chose) has none and is never deleted.
 */
export const AUTOMATIC_LABELS = ['truoc-nhap', 'truoc-nhap-tai-chinh', 'truoc-nhap-nhan-su'] as const;
export type AutomaticLabel = (typeof AUTOMATIC_LABELS)[number];

export function readRetention(db: Database): Retention {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(META_KEY) as string | undefined;
  if (row === undefined) return DEFAULT_RETENTION;
  const parsed = RetentionSchema.safeParse(JSON.parse(row));
  return parsed.success ? parsed.data : DEFAULT_RETENTION;
}

export function writeRetention(db: Database, retention: Retention): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    META_KEY,
    JSON.stringify(RetentionSchema.parse(retention)),
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface BackupFile {
  file: string;
  bytes: number;
  /** When it was made (from its name; its modification time if the name has none). */
  at: Date;
  automatic: boolean;
}

/**
 * The backups of a workspace, beside it: `NAME.backup-YYYY-MM-DD-HHMMSS[-label][-n].tinhgon` (local
 * time) and, before an upgrade, `NAME.backup-vN-<ISO time>.tinhgon`. Automatic: an upgrade's, or one
 * with an automatic label. Newest first.
 */
export function listBackups(workspaceFile: string): BackupFile[] {
  const dir = path.dirname(workspaceFile);
  const base = path.basename(workspaceFile, WORKSPACE_EXTENSION);
  const ext = escape(WORKSPACE_EXTENSION);
  const local = new RegExp(
    `^${escape(base)}\\.backup-(\\d{4})-(\\d{2})-(\\d{2})-(\\d{2})(\\d{2})(\\d{2})(?:-([a-z-]+?))?(?:-\\d+)?${ext}$`,
  );
  const upgrade = new RegExp(
    `^${escape(base)}\\.backup-v\\d+-(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-\\d{3}Z${ext}$`,
  );
  const out: BackupFile[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  for (const name of names) {
    const l = local.exec(name);
    const u = l ? null : upgrade.exec(name);
    if (!l && !u) continue;
    const file = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(file);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    const n = (l ?? u)!.slice(1, 7).map(Number) as [number, number, number, number, number, number];
    const at = l
      ? new Date(n[0], n[1] - 1, n[2], n[3], n[4], n[5])
      : new Date(Date.UTC(n[0], n[1] - 1, n[2], n[3], n[4], n[5]));
    const automatic = u !== null || (AUTOMATIC_LABELS as readonly string[]).includes(l![7] ?? '');
    out.push({ file, bytes: stat.size, at: Number.isNaN(at.getTime()) ? stat.mtime : at, automatic });
  }
  return out.sort((a, b) => b.at.getTime() - a.at.getTime() || b.file.localeCompare(a.file));
}

/** The automatic backups the rule does not keep (never a user's backup, never one in use as a workspace). */
export function backupsToDelete(backups: readonly BackupFile[], retention: Retention): BackupFile[] {
  const automatic = backups.filter((b) => b.automatic).sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set(automatic.slice(0, retention.keepLast));
  const months: string[] = [];
  for (const b of automatic) {
    const month = `${b.at.getFullYear()}-${b.at.getMonth()}`;
    if (months.includes(month)) continue;
    if (months.length >= retention.keepMonths) break;
    months.push(month);
    keep.add(b); // the newest of its month
  }
  return automatic.filter((b) => !keep.has(b));
}

/** Applies the rule to a workspace's automatic backups; returns the files deleted. */
export function pruneBackups(workspaceFile: string, retention: Retention): string[] {
  const deleted: string[] = [];
  for (const b of backupsToDelete(listBackups(workspaceFile), retention)) {
    // Opened as a workspace since (its journal or lock files beside it): the user's now.
    if (['-wal', '-shm', '-journal'].some((s) => fs.existsSync(`${b.file}${s}`))) continue;
    try {
      fs.unlinkSync(b.file);
      deleted.push(b.file);
    } catch {
      // already gone or not ours to delete: nothing to do
    }
  }
  return deleted;
}

/**
 * After a backup was written: when it is an automatic one of this workspace, the rule stored in
 * the workspace is applied. A failure here never fails the backup (the rule runs again next time).
 */
export function pruneAfterBackup(db: Database, workspaceFile: string, backupFile: string): string[] {
  try {
    if (!listBackups(workspaceFile).some((b) => b.file === path.resolve(backupFile) && b.automatic)) return [];
    return pruneBackups(workspaceFile, readRetention(db));
  } catch {
    return [];
  }
}
