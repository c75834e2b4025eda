import type { Migration } from './types.ts';

/**
 * Decree 60/2021 figures per public service unit and year. Amounts are exact: integers of
 * millionths of the workspace's money unit, stored as text (SQLite integers are 64-bit; text keeps
 * any size exactly). A group may be assigned by decision and overridden with a reason.
 */
export const m005FinanceFigures: Migration = {
  version: 5,
  name: 'finance figures',
  up(db) {
    db.exec(`
      CREATE TABLE finance_figures (
        unit_id            INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        year               INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        revenue            TEXT    NOT NULL CHECK (revenue GLOB '[0-9]*' AND revenue NOT GLOB '*[^0-9]*'),
        spending           TEXT    NOT NULL CHECK (spending GLOB '[1-9]*' AND spending NOT GLOB '*[^0-9]*'),
        investment_funding TEXT    CHECK (investment_funding IS NULL OR (investment_funding GLOB '[0-9]*' AND investment_funding NOT GLOB '*[^0-9]*')),
        depreciation       TEXT    CHECK (depreciation IS NULL OR (depreciation GLOB '[0-9]*' AND depreciation NOT GLOB '*[^0-9]*')),
        assigned_group     TEXT    CHECK (assigned_group IS NULL OR assigned_group IN ('1','2','3','4','3a','3b','3c')),
        override_group     TEXT    CHECK (override_group IS NULL OR override_group IN ('1','2','3','4','3a','3b','3c')),
        override_reason    TEXT    CHECK ((override_group IS NULL) = (override_reason IS NULL)),
        note               TEXT,
        PRIMARY KEY (unit_id, year)
      ) STRICT;
    `);
  },
};
