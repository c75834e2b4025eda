import { describe, expect, it } from 'vitest';
import { m016UndoLog } from './016-undo-log.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 016: undo log', () => {
  it('keeps the steps recorded before (who, when, what, undone or not) in the history, no longer replayable', () => {
    const { db, from, upgrade } = beforeMigration(m016UndoLog);
    const insert = db.prepare(
      'INSERT INTO edit_history (label, forward, backward, done, user, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    insert.run('{"key":"edit.move","params":{}}', '{"type":"move"}', '{"type":"move"}', 1, 'nv', '2026-01-01');
    insert.run('{"key":"edit.delete","params":{}}', '{"type":"delete"}', '{"type":"restore"}', 0, 'lan', '2026-01-02');
    expect(upgrade()).toMatchObject({ from, to: 16 }); // from 14, or 15 once job positions are merged
    expect(db.prepare('SELECT * FROM edit_history ORDER BY id').all()).toEqual([
      {
        id: 1,
        label: '{"key":"edit.move","params":{}}',
        aggregate: 'tree',
        done: 1,
        moved: 1,
        replayable: 0,
        user: 'nv',
        at: '2026-01-01',
      },
      {
        id: 2,
        label: '{"key":"edit.delete","params":{}}',
        aggregate: 'tree',
        done: 0,
        moved: 2,
        replayable: 0,
        user: 'lan',
        at: '2026-01-02',
      },
    ]);
  });

  it('records row images as JSON, at least one side per change, and finds the stacks and a step’s rows by index', () => {
    const { db, upgrade } = beforeMigration(m016UndoLog);
    upgrade();
    const change = db.prepare('INSERT INTO undo_changes (step, tbl, row_id, before, after) VALUES (1, ?, 1, ?, ?)');
    change.run('units', null, '{"code":"A"}');
    expect(() => change.run('units', null, null)).toThrow(/CHECK/);
    expect(() => change.run('units', 'nope', null)).toThrow(/CHECK/);
    const step = db.prepare(
      "INSERT INTO edit_history (label, aggregate, moved, user, at) VALUES ('{}', ?, 1, 'nv', '2026-12-07')",
    );
    step.run('plans');
    expect(() => step.run('people')).toThrow(/CHECK/);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((p) => p.detail).join(' ');
    expect(plan('SELECT id FROM edit_history WHERE done = 1 AND replayable = 1 ORDER BY moved DESC LIMIT 1')).toContain(
      'edit_history_by_done',
    );
    expect(plan("SELECT id FROM edit_history WHERE done = 0 AND aggregate = 'tree'")).toContain('edit_history_by_done');
    expect(plan('SELECT * FROM undo_changes WHERE step = 1 ORDER BY id')).toContain('undo_changes_by_step');
  });
});
