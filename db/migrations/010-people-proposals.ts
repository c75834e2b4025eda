import type { Migration } from './types.ts';

/**
 * Base salary periods the province adds (amount, first month, citation), used beside the built-in
 * ones for salaries by coefficients and payouts; and the people proposed for early retirement or
 * resignation under a payout policy (personal data: a proposal goes with its person, so removing
 * or replacing the list, or a backup without people, removes the proposals too).
 * (009 is taken by another branch's migration.)
 */
export const m010PeopleProposals: Migration = {
  version: 10,
  name: 'people-proposals',
  up(db) {
    db.exec(`
      CREATE TABLE base_salary_periods (
        id         INTEGER PRIMARY KEY,
        from_month TEXT    NOT NULL UNIQUE CHECK (from_month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
        amount     INTEGER NOT NULL CHECK (amount > 0),
        citation   TEXT    NOT NULL CHECK (length(trim(citation)) > 0),
        created_at TEXT    NOT NULL
      ) STRICT;

      CREATE TABLE people_proposals (
        person_id  INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
        kind       TEXT    NOT NULL CHECK (kind IN ('early-retirement', 'resignation')),
        policy     TEXT    NOT NULL CHECK (policy IN ('178', '154')),
        leave_from TEXT    NOT NULL CHECK (leave_from GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
        within_12  INTEGER NOT NULL CHECK (within_12 IN (0, 1))
      ) STRICT;
    `);
  },
};
