import type { Database } from 'better-sqlite3';

/** One numbered schema step. `up` runs inside the runner's transaction; it must not commit. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
  /**
   * Set when `up` rebuilds tables (SQLite's create-copy-drop-rename): foreign keys are switched
   * off around the transaction and `foreign_key_check` must pass before it commits.
   */
  rebuildsTables?: boolean;
}
