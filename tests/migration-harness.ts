/**
 * For the tests of db/migrations/NNN-*.ts: a SQLite file in a temp dir at the version just before
 * the migration (every earlier migration applied, foreign keys on as in a workspace, stamps from
 * a fixed clock). The test puts its rows in `db`, runs `upgrade()` and reads what became of them.
 */
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate, type MigrationResult } from '../db/migrate.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import type { Migration } from '../db/migrations/types.ts';
import { useClock } from '../db/clock.ts';
import { fixedClock, type Clock } from '../shared/clock.ts';
import { tempDir } from './temp.ts';

/** The day migration tests stamp rows on. */
export const MIGRATION_TEST_DAY = '2026-12-07';

export interface BeforeMigration {
  db: Database;
  /** The version the file is at (the previous migration's). */
  from: number;
  /** Applies `migration` (after the earlier ones, already applied) and says from which version to which. */
  upgrade: () => MigrationResult;
}

export function beforeMigration(
  migration: Migration,
  options: { foreignKeys?: boolean; clock?: Clock } = {},
): BeforeMigration {
  const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
  if (options.foreignKeys ?? true) db.pragma('foreign_keys = ON');
  useClock(db, options.clock ?? fixedClock(MIGRATION_TEST_DAY));
  const earlier = MIGRATIONS.filter((m) => m.version < migration.version);
  migrate(db, earlier, () => null);
  return {
    db,
    from: db.pragma('user_version', { simple: true }) as number,
    upgrade: () => migrate(db, [...earlier, migration], () => null),
  };
}
