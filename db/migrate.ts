import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/types.ts';

export interface MigrationResult {
  from: number;
  to: number;
  backupFile: string | null;
}

/**
 * Brings a workspace to the newest schema. Each migration runs in its own transaction together
 * with the `user_version` bump, so a crash leaves the file at a whole version. Before touching a
 * workspace that already holds data (version ≥ 1), a consistent copy is written next to it
 * (`VACUUM INTO`), so an upgrade can never lose a user's work.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  backupPath: (from: number) => string | null,
  /** Writes the copy under a temporary name first (see db/safe-path.ts); by default straight to its name. */
  writeCopy: (target: string, write: (tmp: string) => void) => void = (target, write) => write(target),
): MigrationResult {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > from);
  let backupFile: string | null = null;
  if (pending.length > 0 && from >= 1) {
    backupFile = backupPath(from);
    if (backupFile) writeCopy(backupFile, (tmp) => db.prepare('VACUUM INTO ?').run(tmp));
  }
  for (const m of pending) {
    // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched around it.
    if (m.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        m.up(db);
        if (m.rebuildsTables) {
          const violations = db.pragma('foreign_key_check') as unknown[];
          if (violations.length > 0)
            throw new Error(`migration ${m.version} (${m.name}) breaks ${violations.length} foreign keys`);
        }
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    } finally {
      if (m.rebuildsTables) db.pragma('foreign_keys = ON');
    }
  }
  return { from, to: db.pragma('user_version', { simple: true }) as number, backupFile };
}
