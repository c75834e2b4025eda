import { describe, expect, it } from 'vitest';
import { m007TargetSets } from './007-target-sets.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 007: target sets', () => {
  it('adds the table to a version-6 workspace, keeping its scenarios; ids are unique and sets are JSON', () => {
    const { db, upgrade } = beforeMigration(m007TargetSets, { foreignKeys: false });
    db.prepare(
      `INSERT INTO scenarios (name, definition, created_at, updated_at) VALUES ('PA1', '{"operations":[]}', 'x', 'x')`,
    ).run();
    expect(upgrade()).toMatchObject({ from: 6, to: 7 });
    expect(db.prepare('SELECT count(*) FROM scenarios').pluck().get()).toBe(1);
    const insert = db.prepare('INSERT INTO target_sets (id, definition, updated_at) VALUES (?, ?, ?)');
    insert.run('tinh-2027', '{"targets":[]}', 'x');
    expect(() => insert.run('tinh-2027', '{}', 'x')).toThrow(/UNIQUE/);
    expect(() => insert.run('b', 'nope', 'x')).toThrow(/CHECK/);
  });
});
