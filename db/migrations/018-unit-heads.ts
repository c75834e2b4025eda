import type { Migration } from './types.ts';

/**
 * A unit's heads in post (số cấp trưởng, issue 20), beside its deputies: NULL while the figure is
 * not entered (shown "chưa nhập", never taken as 1), 0 while the post is vacant. Existing units get
 * NULL: nothing in an older workspace says whether their head's post is filled.
 */
export const m018UnitHeads: Migration = {
  version: 18,
  name: 'unit heads',
  up(db) {
    db.exec(`ALTER TABLE units ADD COLUMN heads INTEGER CHECK (heads IS NULL OR heads >= 0);`);
  },
};
