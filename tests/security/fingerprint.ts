import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';

/** Everything stored in a workspace, as one digest: equal digests, nothing changed. */
export function fingerprint(db: Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const hash = crypto.createHash('sha256');
  for (const t of tables)
    hash.update(`${t}:${JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all())}`);
  return hash.digest('hex');
}
