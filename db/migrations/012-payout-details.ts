import type { Migration } from './types.ts';

/**
 * What payouts need beyond migration 010: whether a person retires on the lower ages of Decree
 * 135/2020 Appendix II (heavy, hazardous or dangerous work, or an especially difficult area:
 * Labour Code Art. 169.3), and for a proposal the Decree 178 early-retirement group (Art. 7, and
 * Decree 67/2025's Art. 7a and 7b) and whether a resignation follows vocational training (Decree
 * 154/2025 Art. 8.2). Existing rows keep the former meaning: normal ages, Art. 7, immediate.
 * (011 is reserved for another branch's migration.)
 */
export const m012PayoutDetails: Migration = {
  version: 12,
  name: 'payout-details',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN lower_retirement_age INTEGER NOT NULL DEFAULT 0 CHECK (lower_retirement_age IN (0, 1));
      ALTER TABLE people_proposals ADD COLUMN early_group TEXT NOT NULL DEFAULT 'restructuring' CHECK (early_group IN ('restructuring', 'downsizing', 'not-re-elected'));
      ALTER TABLE people_proposals ADD COLUMN after_training INTEGER NOT NULL DEFAULT 0 CHECK (after_training IN (0, 1));
    `);
  },
};
