import { describe, expect, it } from 'vitest';
import { m003RuleSettings } from './003-rule-settings.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 003: rule parameter changes', () => {
  it('adds the log to a version-2 workspace, keeping its data, and refuses empty reasons and negative values', () => {
    const { db, upgrade } = beforeMigration(m003RuleSettings, { foreignKeys: false });
    db.prepare(
      `INSERT INTO units (code, name, kind, level, sector) VALUES ('A', 'Gốc', 'other', 'province', 'other')`,
    ).run();
    expect(upgrade()).toMatchObject({ from: 2, to: 3 });
    expect(db.prepare('SELECT count(*) FROM units').pluck().get()).toBe(1);
    const insert = db.prepare(
      'INSERT INTO rule_parameter_changes (rule_set_id, parameter, value, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    insert.run('s', 'psuMinStaff', 20, 'Tỉnh quy định chặt hơn', 'nv', '2026-01-01');
    expect(() => insert.run('s', 'psuMinStaff', 20, '  ', 'nv', '2026-01-01')).toThrow(/CHECK/);
    expect(() => insert.run('s', 'psuMinStaff', -1, 'x', 'nv', '2026-01-01')).toThrow(/CHECK/);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT value FROM rule_parameter_changes WHERE rule_set_id = 's' AND parameter = 'p' ORDER BY id DESC LIMIT 1",
      )
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('rule_parameter_changes_by_set');
  });
});
