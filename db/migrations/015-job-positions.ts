import type { Migration } from './types.ts';

/**
 * Job positions (vị trí việc làm) per unit, in their listed order (issue 21; shared/positions/model.ts).
 * As people do (migration 008), a position keeps the code of its unit: when the unit is deleted the
 * position stays with `unit_id` NULL and joins the unit again when one with that code comes back
 * (undo, re-import). `staffing_defaulted`: the `Hình thức` cell was empty and the class's default
 * (a convention marked M) was taken.
 */
export const m015JobPositions: Migration = {
  version: 15,
  name: 'job positions',
  up(db) {
    db.exec(`
      CREATE TABLE job_positions (
        id                 INTEGER PRIMARY KEY,
        unit_id            INTEGER REFERENCES units(id) ON DELETE SET NULL,
        unit_code          TEXT    NOT NULL CHECK (length(unit_code) > 0),
        position           INTEGER NOT NULL,
        name               TEXT    NOT NULL CHECK (length(trim(name)) > 0),
        class              TEXT    NOT NULL CHECK (class IN ('leadership', 'professional', 'support')),
        rank               TEXT    NOT NULL DEFAULT '',
        level              INTEGER CHECK (level IS NULL OR level BETWEEN 1 AND 5),
        staffing           TEXT    NOT NULL CHECK (staffing IN ('quota', 'contract')),
        staffing_defaulted INTEGER NOT NULL DEFAULT 0 CHECK (staffing_defaulted IN (0, 1)),
        needed             INTEGER NOT NULL CHECK (needed >= 0),
        present            INTEGER NOT NULL CHECK (present >= 0)
      ) STRICT;

      CREATE INDEX job_positions_by_unit ON job_positions(unit_id, position);
    `);
  },
};
