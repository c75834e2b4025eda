import type { Migration } from './types.ts';

/** Target sets the province defines for itself (JSON in the exchange format), referenced by scenarios by id. */
export const m007TargetSets: Migration = {
  version: 7,
  name: 'target sets',
  up(db) {
    db.exec(`
      CREATE TABLE target_sets (
        id         TEXT NOT NULL PRIMARY KEY CHECK (length(trim(id)) > 0),
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
