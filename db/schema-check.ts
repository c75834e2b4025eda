import crypto from 'node:crypto';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppError } from '../shared/errors.ts';
import { migrate } from './migrate.ts';
import type { Migration } from './migrations/types.ts';

/**
 * The schema of a workspace as one digest: every table, index, view and trigger SQLite records
 * (type, name, table and its CREATE statement). SQLite's own statistics tables are left out (an
 * `ANALYZE` may add them at any time) — those tables only, by exact name and type: SQLite loads a
 * trigger or view named `sqlite_stat…` from a crafted file (it only refuses to create one).
 */
export function schemaDigest(db: Database): string {
  const rows = db
    .prepare(
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat2', 'sqlite_stat3', 'sqlite_stat4')) ORDER BY type, name",
    )
    .all();
  return crypto.createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

/** Digests of the schema each version's migrations produce, by migration list (computed once, in memory). */
const expected = new WeakMap<readonly Migration[], Map<number, string>>();

/** The schema the migrations up to `version` produce on a new file, as `schemaDigest` gives it. */
export function expectedSchemaDigest(migrations: readonly Migration[], version: number): string | undefined {
  let byVersion = expected.get(migrations);
  if (!byVersion) expected.set(migrations, (byVersion = new Map<number, string>()));
  if (!byVersion.has(version) && migrations.some((m) => m.version === version)) {
    const db = new BetterSqlite3(':memory:');
    try {
      migrate(
        db,
        migrations.filter((m) => m.version <= version),
        () => null,
      );
      byVersion.set(version, schemaDigest(db));
    } finally {
      db.close();
    }
  }
  return byVersion.get(version);
}

/**
 * Refuses a workspace whose tables are not exactly what its version's migrations make (a table
 * dropped or altered, a column missing, `sqlite_master` edited, a `user_version` that does not
 * match the tables). Called before anything is written or migrated, so such a file is never modified.
 */
export function assertSchema(db: Database, migrations: readonly Migration[], file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  // An unreadable sqlite_master throws SQLITE_CORRUPT/NOTADB, said as a damaged file by the caller.
  if (schemaDigest(db) !== expectedSchemaDigest(migrations, version))
    throw new AppError('bad_request', 'err.damagedSchema', { file, version });
}
