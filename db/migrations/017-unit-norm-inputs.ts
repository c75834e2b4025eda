import type { Migration } from './types.ts';

/**
 * A unit's figures for its sector staffing norm (issue 21; shared/positions/norm-inputs.ts): one
 * JSON value per unit (its sector decides which figures it holds), validated by the domain's schema
 * when written. Kept beside the unit rather than as its columns so that the unit record, its edits
 * and its undo steps stay as they are. As job positions do (migration 015), the figures keep their
 * unit's code: when the unit is deleted they stay with `unit_id` NULL and join it again when a unit
 * with that code comes back. People get the job position they hold (`job_position`, the name as in
 * their unit's list; NULL: not yet placed). 016 is the undo log's.
 */
export const m017UnitNormInputs: Migration = {
  version: 17,
  name: 'unit norm inputs, people placed in positions',
  up(db) {
    db.exec(`
      CREATE TABLE unit_norm_inputs (
        id        INTEGER PRIMARY KEY,
        unit_id   INTEGER UNIQUE REFERENCES units(id) ON DELETE SET NULL,
        unit_code TEXT    NOT NULL UNIQUE CHECK (length(unit_code) > 0),
        figures   TEXT    NOT NULL CHECK (json_valid(figures) AND json_type(figures) = 'object')
      ) STRICT;

      ALTER TABLE people ADD COLUMN job_position TEXT CHECK (job_position IS NULL OR length(trim(job_position)) > 0);
    `);
  },
};
