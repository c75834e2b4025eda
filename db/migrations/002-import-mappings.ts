import type { Migration } from './types.ts';

/** Column mappings chosen in the import step, remembered per header layout for next time. */
export const m002ImportMappings: Migration = {
  version: 2,
  name: 'import mappings',
  up(db) {
    db.exec(`
      CREATE TABLE import_mappings (
        signature  TEXT PRIMARY KEY,
        mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
