import { describe, expect, it } from 'vitest';
import { m009Proposals } from './009-proposals.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 009: proposals', () => {
  it('adds the table to an older workspace, keeping its scenarios; one JSON row per scenario, gone with it', () => {
    const { db, upgrade } = beforeMigration(m009Proposals);
    const from = db.pragma('user_version', { simple: true });
    const id = db
      .prepare(
        `INSERT INTO scenarios (name, definition, created_at, updated_at) VALUES ('PA1', '{"operations":[]}', 'x', 'x')`,
      )
      .run().lastInsertRowid;
    expect(upgrade()).toMatchObject({ from, to: 9 });
    expect(db.prepare('SELECT count(*) FROM scenarios').pluck().get()).toBe(1);
    const insert = db.prepare('INSERT INTO proposals (scenario_id, settings, updated_at) VALUES (?, ?, ?)');
    insert.run(id, '{"number":"05"}', 'x');
    expect(() => insert.run(id, '{}', 'x')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run(999, '{}', 'x')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('UPDATE proposals SET settings = ?').run('nope')).toThrow(/CHECK/);
    db.prepare('DELETE FROM scenarios').run();
    expect(db.prepare('SELECT count(*) FROM proposals').pluck().get()).toBe(0);
  });
});
