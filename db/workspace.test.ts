import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, createWorkspace, openWorkspace, readOtherWorkspace } from './workspace.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';

const NEXT = LATEST_VERSION + 1;
import type { Migration } from './migrations/types.ts';
import { readMeta, writeMeta } from './meta-repo.ts';
import { migrate } from './migrate.ts';
import { m001Initial } from './migrations/001-initial.ts';
import { insertUnits, listUnits } from './units-repo.ts';
import { AppError } from '../shared/errors.ts';
import { generateSampleProvince, sampleMeta } from '../shared/sample/hau-giang.ts';
import { tempDir } from '../tests/temp.ts';
import { unit } from '../tests/fixtures.ts';

const meta = { provinceName: 'Thử nghiệm', baseYear: 2026, provinceClass: 'class2', isSample: false } as const;

function errorKey(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err.key;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('workspace files', () => {
  it('creates a workspace with metadata and units, WAL and foreign keys on, and reopens it', () => {
    const file = path.join(tempDir(), 'a.tinhgon');
    const units = generateSampleProvince();
    const ws = createWorkspace(file, sampleMeta(), units);
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    ws.close();
    const again = openWorkspace(file);
    expect(readMeta(again.db)).toEqual(sampleMeta());
    expect(listUnits(again.db)).toEqual(units);
    again.close();
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('creating'))).toEqual([]);
  });

  it('refuses to overwrite an existing file', () => {
    const file = path.join(tempDir(), 'a.tinhgon');
    fs.writeFileSync(file, 'precious');
    expect(errorKey(() => createWorkspace(file, meta))).toBe('err.fileExists');
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
  });

  it('leaves no file behind when the units are invalid', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.tinhgon');
    expect(errorKey(() => createWorkspace(file, meta, [unit('A', null), unit('B', 'NOPE')]))).toBe('err.unknownParent');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses files that are not TinhGon workspaces and leaves them untouched', () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.tinhgon');
    fs.writeFileSync(text, 'hello');
    expect(errorKey(() => openWorkspace(text))).toBe('err.notWorkspace');
    const other = path.join(dir, 'other.sqlite');
    const db = new BetterSqlite3(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const before = fs.readFileSync(other);
    expect(errorKey(() => openWorkspace(other))).toBe('err.notWorkspace');
    expect(fs.readFileSync(other).equals(before)).toBe(true);
    expect(errorKey(() => openWorkspace(path.join(dir, 'missing.tinhgon')))).toBe('err.fileNotFound');
  });

  it('refuses a truncated or overwritten workspace with a message, leaving its bytes as they were', () => {
    const file = path.join(tempDir(), 'w.tinhgon');
    createWorkspace(
      file,
      meta,
      Array.from({ length: 3000 }, (_, i) =>
        unit(`U${i}`, null, { name: `Đơn vị số ${i} có tên khá dài để chiếm nhiều trang` }),
      ),
    ).close();
    const bytes = fs.readFileSync(file);
    for (const damaged of [
      bytes.subarray(0, Math.floor(bytes.length / 2)),
      Buffer.concat([bytes.subarray(0, 8192), Buffer.alloc(bytes.length - 8192)]),
    ]) {
      fs.writeFileSync(file, damaged);
      expect(errorKey(() => openWorkspace(file))).toBe('err.workspaceDamaged');
      expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    }
  });

  it('refuses a workspace from a newer TinhGon without changing it', () => {
    const file = path.join(tempDir(), 'new.tinhgon');
    createWorkspace(file, meta).close();
    const db = new BetterSqlite3(file);
    db.pragma('user_version = 99');
    db.close();
    expect(errorKey(() => openWorkspace(file))).toBe('err.newerWorkspace');
    const check = new BetterSqlite3(file);
    expect(check.pragma('user_version', { simple: true })).toBe(99);
    check.close();
  });

  it('backs the file up before migrating it, and the backup holds the old data', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.tinhgon');
    createWorkspace(file, meta, [unit('A', null, { deputies: 2 })]).close();
    const m2: Migration = {
      version: NEXT,
      name: 'test',
      up: (db) => db.exec('ALTER TABLE units ADD COLUMN note TEXT'),
    };
    const ws = openWorkspace(file, { migrations: [...MIGRATIONS, m2] });
    expect(ws.migration).toMatchObject({ from: LATEST_VERSION, to: NEXT });
    expect(ws.migration.backupFile).toMatch(new RegExp(`old\\.backup-v${LATEST_VERSION}-.*\\.tinhgon$`));
    ws.close();
    const backup = new BetterSqlite3(ws.migration.backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(backup.prepare('SELECT deputies FROM units').pluck().get()).toBe(2);
    backup.close();
  });

  it('lets a migration rebuild a table that others reference, and checks foreign keys before committing', () => {
    const file = path.join(tempDir(), 'old.tinhgon');
    createWorkspace(file, meta, [unit('A', null), unit('B', 'A', { deputies: 1 })]).close();
    const rebuild: Migration = {
      version: NEXT,
      name: 'rebuild units',
      rebuildsTables: true,
      up: (db) => {
        // SQLite's table rebuild: same definition under a new name, copy, drop, rename.
        const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'units'").pluck().get() as string;
        db.exec(
          `${sql.replace('CREATE TABLE units', 'CREATE TABLE units_new')}; INSERT INTO units_new SELECT * FROM units; DROP TABLE units; ALTER TABLE units_new RENAME TO units;`,
        );
      },
    };
    const ws = openWorkspace(file, { migrations: [...MIGRATIONS, rebuild] });
    expect(listUnits(ws.db).map((u) => u.parentCode)).toEqual([null, 'A']);
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    ws.close();

    const file2 = path.join(tempDir(), 'old2.tinhgon');
    createWorkspace(file2, meta, [unit('A', null), unit('B', 'A')]).close();
    const breaking: Migration = {
      version: NEXT,
      name: 'orphan',
      rebuildsTables: true,
      up: (db) => db.exec('UPDATE units SET parent_id = 999'),
    };
    expect(() => openWorkspace(file2, { migrations: [...MIGRATIONS, breaking] })).toThrow(/breaks 2 foreign keys/);
    const ws2 = openWorkspace(file2);
    expect(listUnits(ws2.db).map((u) => u.parentCode)).toEqual([null, 'A']);
    ws2.close();
  });

  it('upgrades a workspace written by the first version of TinhGon, after a backup', () => {
    const file = path.join(tempDir(), 'v1.tinhgon');
    const old = new BetterSqlite3(file);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(old, [m001Initial], () => null);
    writeMeta(old, meta);
    insertUnits(old, [unit('A', null, { deputies: 5 })]);
    old.close();
    const ws = openWorkspace(file);
    expect(ws.migration).toMatchObject({ from: 1, to: LATEST_VERSION });
    expect(listUnits(ws.db)).toEqual([unit('A', null, { deputies: 5 })]);
    ws.close();
    const backup = new BetterSqlite3(ws.migration.backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT deputies FROM units').pluck().get()).toBe(5);
    backup.close();
  });

  it('reads another workspace without changing it: an older version too; refuses one open in another TinhGon and what is not one', () => {
    const dir = tempDir();
    const file = path.join(dir, 'st.tinhgon');
    const units = [unit('A', null, { deputies: 2 }), unit('B', 'A')];
    const open = createWorkspace(file, { ...meta, provinceName: 'Sóc Trăng' }, units); // WAL, still open: held exclusively
    expect(errorKey(() => readOtherWorkspace(file))).toBe('err.workspaceInUse');
    open.close();
    const bytes = fs.readFileSync(file);
    expect(readOtherWorkspace(file)).toEqual({ file, meta: { ...meta, provinceName: 'Sóc Trăng' }, units });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    const v1 = path.join(dir, 'v1.tinhgon');
    const old = new BetterSqlite3(v1);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(old, [m001Initial], () => null);
    writeMeta(old, meta);
    insertUnits(old, units);
    old.close();
    expect(readOtherWorkspace(v1).units).toEqual(units);
    const check = new BetterSqlite3(v1, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(1); // not migrated
    check.close();
    expect(fs.readdirSync(dir).filter((f) => f.includes('backup'))).toEqual([]);

    fs.writeFileSync(path.join(dir, 'notes.tinhgon'), 'hello');
    expect(errorKey(() => readOtherWorkspace(path.join(dir, 'notes.tinhgon')))).toBe('err.notWorkspace');
    const foreign = path.join(dir, 'other.sqlite');
    const db = new BetterSqlite3(foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(errorKey(() => readOtherWorkspace(foreign))).toBe('err.notWorkspace');
    expect(errorKey(() => readOtherWorkspace(dir))).toBe('err.isDirectory');
    expect(errorKey(() => readOtherWorkspace(path.join(dir, 'missing.tinhgon')))).toBe('err.fileNotFound');
  });

  it('rolls a failing migration back whole and keeps the backup', () => {
    const file = path.join(tempDir(), 'old.tinhgon');
    createWorkspace(file, meta, [unit('A', null)]).close();
    const bad: Migration = {
      version: NEXT,
      name: 'bad',
      up: (db) => {
        db.exec('ALTER TABLE units ADD COLUMN note TEXT');
        throw new Error('boom');
      },
    };
    expect(() => openWorkspace(file, { migrations: [...MIGRATIONS, bad] })).toThrow('boom');
    const ws = openWorkspace(file);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(ws.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('units')).not.toContain('note');
    ws.close();
  });
});
