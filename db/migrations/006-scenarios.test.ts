import { describe, expect, it } from 'vitest';
import { m006Scenarios } from './006-scenarios.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 006: scenarios', () => {
  it('adds the table to a version-5 workspace, keeping its units; names are unique and plans are JSON', () => {
    const { db, upgrade } = beforeMigration(m006Scenarios, { foreignKeys: false });
    db.prepare(
      `INSERT INTO units (code, name, kind, level, sector) VALUES ('A', 'Gốc', 'other', 'province', 'other')`,
    ).run();
    expect(upgrade()).toMatchObject({ from: 5, to: 6 });
    expect(db.prepare('SELECT count(*) FROM units').pluck().get()).toBe(1);
    const insert = db.prepare('INSERT INTO scenarios (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?)');
    insert.run('PA1', '{"operations":[]}', 'x', 'x');
    expect(() => insert.run('PA1', '{}', 'x', 'x')).toThrow(/UNIQUE/);
    expect(() => insert.run('PA2', 'nope', 'x', 'x')).toThrow(/CHECK/);
  });
});
