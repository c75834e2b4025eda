import type { Migration } from './types.ts';

/**
 * The personnel list (personal data): one row per person, in the unit it belongs to. `unit_code` is
 * the code as imported: when the unit is deleted the person stays with `unit_id` NULL, and is
 * attached again when a unit with that code comes back (undo, re-import). Coefficients are kept
 * in thousandths and the public-duty allowance in hundredths of a percent, so salaries are exact.
 */
export const m008People: Migration = {
  version: 8,
  name: 'people',
  up(db) {
    db.exec(`
      CREATE TABLE people (
        id                   INTEGER PRIMARY KEY,
        position             INTEGER NOT NULL,
        unit_id              INTEGER REFERENCES units(id) ON DELETE SET NULL,
        unit_code            TEXT    NOT NULL CHECK (length(unit_code) > 0),
        full_name            TEXT    NOT NULL CHECK (length(trim(full_name)) > 0),
        employee_id          TEXT,
        sex                  TEXT    NOT NULL CHECK (sex IN ('male', 'female')),
        birth_date           TEXT    NOT NULL CHECK (birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        category             TEXT    CHECK (category IS NULL OR category IN ('civil_servant', 'public_employee', 'contract')),
        salary_amount        INTEGER CHECK (salary_amount IS NULL OR salary_amount > 0),
        salary_coefficient   INTEGER CHECK (salary_coefficient IS NULL OR salary_coefficient > 0),
        leadership_allowance INTEGER NOT NULL DEFAULT 0 CHECK (leadership_allowance >= 0),
        other_allowances     INTEGER NOT NULL DEFAULT 0 CHECK (other_allowances >= 0),
        public_duty          INTEGER NOT NULL DEFAULT 0 CHECK (public_duty BETWEEN 0 AND 10000),
        insurance_from       TEXT    CHECK (insurance_from IS NULL OR insurance_from GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
        CHECK ((salary_amount IS NULL) <> (salary_coefficient IS NULL))
      ) STRICT;

      CREATE INDEX people_by_unit ON people(unit_id);
    `);
  },
};
