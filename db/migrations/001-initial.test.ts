import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { m001Initial } from './001-initial.ts';
import { tempDir } from '../../tests/temp.ts';

function fresh() {
  const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, [m001Initial], () => null);
  return db;
}

const insert = `INSERT INTO units (code, name, parent_id, kind, level, sector) VALUES (?, ?, ?, ?, ?, ?)`;

describe('migration 001: initial schema', () => {
  it('creates meta and units and sets user_version 1', () => {
    const db = fresh();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['meta', 'units']);
    const cols = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('units');
    expect(cols).toEqual([
      'id',
      'code',
      'name',
      'parent_id',
      'position',
      'kind',
      'level',
      'sector',
      'civil_servant_quota',
      'civil_servant_actual',
      'public_employee_quota',
      'public_employee_actual',
      'self_funded_employees',
      'contract_workers',
      'deputies',
    ]);
  });

  it('enforces unique codes, non-empty names, known kinds, non-negative counts and parent integrity', () => {
    const db = fresh();
    db.prepare(insert).run('A', 'Gốc', null, 'people_committee', 'province', 'other');
    expect(() => db.prepare(insert).run('A', 'Trùng', null, 'other', 'province', 'other')).toThrow(/UNIQUE/);
    expect(() => db.prepare(insert).run('B', '  ', null, 'other', 'province', 'other')).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('C', 'C', null, 'ministry', 'province', 'other')).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('D', 'D', 999, 'other', 'province', 'other')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE units SET deputies = -1 WHERE code = 'A'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE units SET deputies = 1.5 WHERE code = 'A'").run()).toThrow(/integer/i);
    db.prepare(insert).run('E', 'Con', 1, 'division', 'province', 'other');
    expect(() => db.prepare("DELETE FROM units WHERE code = 'A'").run()).toThrow(/FOREIGN KEY/);
  });

  it('looks children up through the parent index', () => {
    const db = fresh();
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM units WHERE parent_id = ? ORDER BY position')
      .all(1) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('units_by_parent');
  });
});
