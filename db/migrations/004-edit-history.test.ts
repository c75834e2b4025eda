import { describe, expect, it } from 'vitest';
import { m004EditHistory } from './004-edit-history.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 004: edit history', () => {
  it('adds the history to a version-3 workspace, keeping its data, and accepts only JSON steps', () => {
    const { db, upgrade } = beforeMigration(m004EditHistory, { foreignKeys: false });
    db.prepare(
      `INSERT INTO units (code, name, kind, level, sector) VALUES ('A', 'Gốc', 'other', 'province', 'other')`,
    ).run();
    expect(upgrade()).toMatchObject({ from: 3, to: 4 });
    expect(db.prepare('SELECT count(*) FROM units').pluck().get()).toBe(1);
    const insert = db.prepare('INSERT INTO edit_history (label, forward, backward, user, at) VALUES (?, ?, ?, ?, ?)');
    insert.run('{}', '{"type":"move"}', '{"type":"move"}', 'nv', '2026-01-01');
    expect(() => insert.run('{}', 'nope', '{}', 'nv', '2026-01-01')).toThrow(/CHECK/);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM edit_history WHERE done = 1 ORDER BY id DESC LIMIT 1')
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('edit_history_by_done');
  });
});
