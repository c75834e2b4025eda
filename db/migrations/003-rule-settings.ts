import type { Migration } from './types.ts';

/**
 * Changes a province makes to rule parameters (stricter limits), kept as a log: who, when, why.
 * The value in force is the latest change per rule set and parameter (NULL: back to the default).
 */
export const m003RuleSettings: Migration = {
  version: 3,
  name: 'rule parameter changes',
  up(db) {
    db.exec(`
      CREATE TABLE rule_parameter_changes (
        id          INTEGER PRIMARY KEY,
        rule_set_id TEXT    NOT NULL,
        parameter   TEXT    NOT NULL,
        value       REAL    CHECK (value IS NULL OR value >= 0),
        reason      TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
        changed_by  TEXT    NOT NULL,
        changed_at  TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX rule_parameter_changes_by_set ON rule_parameter_changes(rule_set_id, parameter, id);
    `);
  },
};
