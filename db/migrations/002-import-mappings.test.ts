import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { m001Initial } from './001-initial.ts';
import { m002ImportMappings } from './002-import-mappings.ts';
import { tempDir } from '../../tests/temp.ts';

describe('migration 002: import mappings', () => {
  it('adds the table to a version-1 workspace and keeps its units', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, [m001Initial], () => null);
    db.prepare(
      `INSERT INTO units (code, name, kind, level, sector, deputies) VALUES ('A', 'Gốc', 'other', 'province', 'other', 3)`,
    ).run();
    const result = migrate(db, [m001Initial, m002ImportMappings], () => null);
    expect(result).toMatchObject({ from: 1, to: 2 });
    expect(db.prepare('SELECT deputies FROM units').pluck().get()).toBe(3);
    db.prepare("INSERT INTO import_mappings VALUES ('sig', '{\"a\":1}', '2026-01-01')").run();
    expect(() => db.prepare("INSERT INTO import_mappings VALUES ('sig2', 'not json', '2026-01-01')").run()).toThrow(
      /CHECK/,
    );
  });
});
