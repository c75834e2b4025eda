import type { Migration } from './types.ts';

/**
 * One undo log for every aggregate users edit (see db/undo-log.ts). `edit_history` keeps one row
 * per step (label, who, when) and says which aggregate it edited (a new step drops the undone
 * steps of its aggregate only) and when it last moved between the undo and redo stacks (`moved`:
 * the stacks' order). `undo_changes` holds each row a step changed, as it was before and after
 * (JSON, NULL for a row inserted or deleted), in the order the changes were made.
 * Steps recorded before this version kept hand-written inverses of tree edits only: they stay in
 * the history (who, when, what) but can no longer be undone (`replayable` = 0); the backup taken
 * before the upgrade holds the tree as it was.
 */
export const m016UndoLog: Migration = {
  version: 16,
  name: 'undo log',
  up(db) {
    db.exec(`
      CREATE TABLE edit_history_v16 (
        id         INTEGER PRIMARY KEY,
        label      TEXT    NOT NULL CHECK (json_valid(label)),
        aggregate  TEXT    NOT NULL CHECK (aggregate IN ('tree', 'figures', 'plans', 'targets', 'rules', 'salary')),
        done       INTEGER NOT NULL DEFAULT 1 CHECK (done IN (0, 1)),
        moved      INTEGER NOT NULL,
        replayable INTEGER NOT NULL DEFAULT 1 CHECK (replayable IN (0, 1)),
        user       TEXT    NOT NULL,
        at         TEXT    NOT NULL
      ) STRICT;
      INSERT INTO edit_history_v16 (id, label, aggregate, done, moved, replayable, user, at)
        SELECT id, label, 'tree', done, id, 0, user, at FROM edit_history;
      DROP TABLE edit_history;
      ALTER TABLE edit_history_v16 RENAME TO edit_history;
      CREATE INDEX edit_history_by_done ON edit_history(done, moved);

      CREATE TABLE undo_changes (
        id     INTEGER PRIMARY KEY,
        step   INTEGER NOT NULL,
        tbl    TEXT    NOT NULL,
        row_id INTEGER NOT NULL,
        before TEXT    CHECK (before IS NULL OR json_valid(before)),
        after  TEXT    CHECK (after IS NULL OR json_valid(after)),
        CHECK (before IS NOT NULL OR after IS NOT NULL)
      ) STRICT;
      CREATE INDEX undo_changes_by_step ON undo_changes(step, id);
    `);
  },
};
