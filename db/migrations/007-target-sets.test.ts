import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';
import { m007TargetSets } from './007-target-sets.ts';
import { tempDir } from '../../tests/temp.ts';

describe('migration 007: target sets', () => {
  it('adds the table to a version-6 workspace, keeping its scenarios; ids are unique and sets are JSON', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    const before = MIGRATIONS.filter((m) => m.version < m007TargetSets.version);
    migrate(db, before, () => null);
    db.prepare(`INSERT INTO scenarios (name, definition, created_at, updated_at) VALUES ('PA1', '{"operations":[]}', 'x', 'x')`).run();
    expect(migrate(db, [...before, m007TargetSets], () => null)).toMatchObject({ from: 6, to: 7 });
    expect(db.prepare('SELECT count(*) FROM scenarios').pluck().get()).toBe(1);
    const insert = db.prepare('INSERT INTO target_sets (id, definition, updated_at) VALUES (?, ?, ?)');
    insert.run('tinh-2027', '{"targets":[]}', 'x');
    expect(() => insert.run('tinh-2027', '{}', 'x')).toThrow(/UNIQUE/);
    expect(() => insert.run('b', 'nope', 'x')).toThrow(/CHECK/);
  });
});
