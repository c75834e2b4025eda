import type { Migration } from './types.ts';

/** Scenarios (phương án): a name and the plan as JSON (the exchange format); a locked one is approved and read-only. */
export const m006Scenarios: Migration = {
  version: 6,
  name: 'scenarios',
  up(db) {
    db.exec(`
      CREATE TABLE scenarios (
        id         INTEGER PRIMARY KEY,
        name       TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        definition TEXT    NOT NULL CHECK (json_valid(definition)),
        locked     INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
        created_at TEXT    NOT NULL,
        updated_at TEXT    NOT NULL
      ) STRICT;
    `);
  },
};
