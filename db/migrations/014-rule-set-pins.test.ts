import { describe, expect, it } from 'vitest';
import { m014RuleSetPins } from './014-rule-set-pins.ts';
import { MIGRATION_TEST_DAY, beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 014: rule set pins', () => {
  it('turns a set chosen before sets were dated into the first pin, and refuses an empty reason', () => {
    const { db, upgrade } = beforeMigration(m014RuleSetPins, { foreignKeys: false });
    db.prepare("INSERT INTO meta (key, value) VALUES ('ruleSetId', ?)").run(JSON.stringify('nd120-107-2020'));
    expect(upgrade().to).toBe(14);
    expect(db.prepare('SELECT rule_set_id AS id, changed_by AS by FROM rule_set_pins').all()).toEqual([
      { id: 'nd120-107-2020', by: 'tinhgon' },
    ]);
    // Stamped by the connection's clock (the harness's fixed day), not the computer's.
    expect(db.prepare('SELECT changed_at FROM rule_set_pins').pluck().get()).toMatch(
      new RegExp(`^${MIGRATION_TEST_DAY}T`),
    );
    expect(db.prepare("SELECT count(*) FROM meta WHERE key = 'ruleSetId'").pluck().get()).toBe(0);
    expect(() =>
      db
        .prepare(
          "INSERT INTO rule_set_pins (rule_set_id, reason, changed_by, changed_at) VALUES (NULL, ' ', 'nv', '2026-01-01')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('leaves a workspace that never chose a set unpinned', () => {
    const { db, upgrade } = beforeMigration(m014RuleSetPins, { foreignKeys: false });
    upgrade();
    expect(db.prepare('SELECT count(*) FROM rule_set_pins').pluck().get()).toBe(0);
  });
});
