import type { Migration } from './types.ts';

/**
 * What an officer writes for a scenario's printed proposal (header, number, date, signer,
 * recipients, narrative sections) as JSON, one row per scenario; it goes with the scenario.
 * (Number 008 is taken by the personnel list, built alongside.)
 */
export const m009Proposals: Migration = {
  version: 9,
  name: 'proposals',
  up(db) {
    db.exec(`
      CREATE TABLE proposals (
        scenario_id INTEGER NOT NULL PRIMARY KEY REFERENCES scenarios (id) ON DELETE CASCADE,
        settings    TEXT    NOT NULL CHECK (json_valid(settings)),
        updated_at  TEXT    NOT NULL
      ) STRICT;
    `);
  },
};
