import type { Migration } from './types.ts';

/**
 * Every edit of the tree with its inverse, so undo/redo survives a restart and any step can be
 * reverted later. `done` = 0 marks steps that were undone (the redo stack).
 */
export const m004EditHistory: Migration = {
  version: 4,
  name: 'edit history',
  up(db) {
    db.exec(`
      CREATE TABLE edit_history (
        id       INTEGER PRIMARY KEY,
        label    TEXT    NOT NULL CHECK (json_valid(label)),
        forward  TEXT    NOT NULL CHECK (json_valid(forward)),
        backward TEXT    NOT NULL CHECK (json_valid(backward)),
        done     INTEGER NOT NULL DEFAULT 1 CHECK (done IN (0, 1)),
        user     TEXT    NOT NULL,
        at       TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX edit_history_by_done ON edit_history(done, id);
    `);
  },
};
