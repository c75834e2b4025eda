import type { Database } from 'better-sqlite3';
import { WorkspaceMetaSchema, type WorkspaceMeta } from '../shared/model/workspace.ts';

/** Workspace metadata is stored as JSON values in a key/value table. */
export function writeMeta(db: Database, meta: WorkspaceMeta): void {
  const valid = WorkspaceMetaSchema.parse(meta);
  const put = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(valid)) put.run(key, JSON.stringify(value));
}

export function readMeta(db: Database): WorkspaceMeta {
  const rows = db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>;
  const raw: Record<string, unknown> = {};
  for (const r of rows) raw[r.key] = JSON.parse(r.value);
  return WorkspaceMetaSchema.parse(raw);
}
