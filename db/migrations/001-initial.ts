import type { Migration } from './types.ts';

/** Workspace metadata and the organisation tree with headcount. */
export const m001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE units (
        id                     INTEGER PRIMARY KEY,
        code                   TEXT    NOT NULL UNIQUE,
        name                   TEXT    NOT NULL CHECK (length(trim(name)) > 0),
        parent_id              INTEGER REFERENCES units(id) ON DELETE RESTRICT,
        position               INTEGER NOT NULL DEFAULT 0,
        kind                   TEXT    NOT NULL CHECK (kind IN ('people_committee','department','sub_department','division','psu','psu_division','other')),
        level                  TEXT    NOT NULL CHECK (level IN ('province','district','commune')),
        sector                 TEXT    NOT NULL,
        civil_servant_quota    INTEGER NOT NULL DEFAULT 0 CHECK (civil_servant_quota >= 0),
        civil_servant_actual   INTEGER NOT NULL DEFAULT 0 CHECK (civil_servant_actual >= 0),
        public_employee_quota  INTEGER NOT NULL DEFAULT 0 CHECK (public_employee_quota >= 0),
        public_employee_actual INTEGER NOT NULL DEFAULT 0 CHECK (public_employee_actual >= 0),
        self_funded_employees  INTEGER NOT NULL DEFAULT 0 CHECK (self_funded_employees >= 0),
        contract_workers       INTEGER NOT NULL DEFAULT 0 CHECK (contract_workers >= 0),
        deputies               INTEGER NOT NULL DEFAULT 0 CHECK (deputies >= 0),
        CHECK (parent_id IS NULL OR parent_id <> id)
      ) STRICT;

      CREATE INDEX units_by_parent ON units(parent_id, position);
    `);
  },
};
