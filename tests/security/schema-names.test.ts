/**
 * The schema check leaves out SQLite's statistics tables (an ANALYZE may add them). A crafted
 * file could hide a trigger or view under a name that merely begins like them (`sqlite_stat…`):
 * SQLite loads such entries from a file (it refuses only to create them), and the trigger then
 * silently changes the figures a person enters. Only the statistics tables themselves are left out.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace, readOtherWorkspace } from '../../db/workspace.ts';
import { unit } from '../fixtures.ts';
import { tempDir } from '../temp.ts';

const meta = { provinceName: 'Sóc Trăng', baseYear: 2026, provinceClass: 'class2', isSample: false } as const;
const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A workspace with `sql` (an object named sqlite_stat…) written into sqlite_master, as a crafted file would have it. */
function crafted(type: string, name: string, table: string, sql: string): string {
  const file = path.join(tempDir(), 'st.tinhgon');
  createWorkspace(file, meta, [unit('A', null), unit('B', 'A')]).close();
  const db = new BetterSqlite3(file);
  db.unsafeMode(true); // lifts SQLite's defensive mode, which forbids writing sqlite_master (a crafted file is not made by SQLite)
  db.pragma('writable_schema = ON');
  db.prepare('INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, 0, ?)').run(
    type,
    name,
    table,
    sql,
  );
  db.pragma('writable_schema = OFF');
  db.pragma('journal_mode = DELETE');
  db.close();
  // SQLite does load it: the trigger fires on a plain connection.
  const check = new BetterSqlite3(file);
  expect(check.prepare('SELECT count(*) FROM sqlite_master WHERE name = ?').pluck().get(name)).toBe(1);
  check.close();
  return file;
}

const CRAFTED = {
  'a trigger named sqlite_stat9': [
    'trigger',
    'sqlite_stat9',
    'units',
    'CREATE TRIGGER sqlite_stat9 AFTER UPDATE ON units BEGIN UPDATE units SET civil_servant_quota = civil_servant_quota + 1; END',
  ],
  'a view named sqlite_stat1x': [
    'view',
    'sqlite_stat1x',
    'sqlite_stat1x',
    'CREATE VIEW sqlite_stat1x AS SELECT * FROM units',
  ],
} as const;

describe('objects named like SQLite statistics tables', () => {
  for (const [what, [type, name, table, sql]] of Object.entries(CRAFTED)) {
    it(`${what}: refused on open and on annex, the file unchanged`, () => {
      const file = crafted(type, name, table, sql);
      const before = digest(file);
      expect(() => openWorkspace(file).close()).toThrow(expect.objectContaining({ key: 'err.damagedSchema' }));
      expect(() => readOtherWorkspace(file)).toThrow(expect.objectContaining({ key: 'err.damagedSchema' }));
      expect(digest(file)).toBe(before);
    });
  }

  it('the statistics tables an ANALYZE adds are still accepted', () => {
    const file = path.join(tempDir(), 'st.tinhgon');
    createWorkspace(file, meta, [unit('A', null), unit('B', 'A')]).close();
    const db = new BetterSqlite3(file);
    db.exec('ANALYZE');
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'sqlite_stat%'").pluck().get(),
    ).toBeGreaterThan(0);
    db.close();
    openWorkspace(file).close();
  });
});
