import type { Migration } from './types.ts';
import { stamp } from '../clock.ts';

/**
 * Rule sets are dated (shared/rules/rule-sets.ts): a workspace is judged by the set in force on the
 * day judged, unless the province pins one. Pins are kept as a log like parameter changes (who,
 * when, why); the latest row is in force, a NULL set unpins. A set chosen before sets were dated
 * (meta 'ruleSetId') becomes the first pin, so a workspace keeps being judged as it was.
 */
export const m014RuleSetPins: Migration = {
  version: 14,
  name: 'rule set pins',
  up(db) {
    db.exec(`
      CREATE TABLE rule_set_pins (
        id          INTEGER PRIMARY KEY,
        rule_set_id TEXT,
        reason      TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
        changed_by  TEXT    NOT NULL,
        changed_at  TEXT    NOT NULL
      ) STRICT;
    `);
    const chosen = db.prepare("SELECT value FROM meta WHERE key = 'ruleSetId'").pluck().get() as string | undefined;
    if (chosen !== undefined) {
      db.prepare('INSERT INTO rule_set_pins (rule_set_id, reason, changed_by, changed_at) VALUES (?, ?, ?, ?)').run(
        JSON.parse(chosen) as string,
        'Bộ quy tắc đã chọn trước khi các bộ quy tắc có ngày hiệu lực (giữ nguyên khi nâng cấp tệp)',
        'tinhgon',
        stamp(db),
      );
      db.prepare("DELETE FROM meta WHERE key = 'ruleSetId'").run();
    }
  },
};
