import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';
import { m014RuleSetPins } from './014-rule-set-pins.ts';
import { tempDir } from '../../tests/temp.ts';

const before = () => MIGRATIONS.filter((m) => m.version < m014RuleSetPins.version);

describe('migration 014: rule set pins', () => {
  it('turns a set chosen before sets were dated into the first pin, and refuses an empty reason', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, before(), () => null);
    db.prepare("INSERT INTO meta (key, value) VALUES ('ruleSetId', ?)").run(JSON.stringify('nd120-107-2020'));
    expect(migrate(db, [...before(), m014RuleSetPins], () => null).to).toBe(14);
    expect(db.prepare('SELECT rule_set_id AS id, changed_by AS by FROM rule_set_pins').all()).toEqual([{ id: 'nd120-107-2020', by: 'tinhgon' }]);
    expect(db.prepare("SELECT count(*) FROM meta WHERE key = 'ruleSetId'").pluck().get()).toBe(0);
    expect(() => db.prepare("INSERT INTO rule_set_pins (rule_set_id, reason, changed_by, changed_at) VALUES (NULL, ' ', 'nv', '2026-01-01')").run()).toThrow(/CHECK/);
  });

  it('leaves a workspace that never chose a set unpinned', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, [...before(), m014RuleSetPins], () => null);
    expect(db.prepare('SELECT count(*) FROM rule_set_pins').pluck().get()).toBe(0);
  });
});
