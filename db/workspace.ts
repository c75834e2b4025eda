import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppError, storageError } from '../shared/errors.ts';
import type { Unit } from '../shared/model/unit.ts';
import type { WorkspaceMeta } from '../shared/model/workspace.ts';
import { migrate, type MigrationResult } from './migrate.ts';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index.ts';
import { readMeta, writeMeta } from './meta-repo.ts';
import { assertSchema } from './schema-check.ts';
import { pruneAfterBackup } from './backup-retention.ts';
import { onReadOnlyMedium, openInMemoryCopy } from './read-only-media.ts';
import { insertUnits, listUnits } from './units-repo.ts';

/** `PRAGMA application_id` of every TinhGon workspace ("TGON"), so foreign SQLite files are recognised. */
export const APPLICATION_ID = 0x54474f4e;
export const WORKSPACE_EXTENSION = '.tinhgon';

export interface Workspace {
  readonly db: Database;
  readonly file: string;
  readonly migration: MigrationResult;
  close(): void;
}

export interface OpenOptions {
  /** Defaults to the app's migrations; tests pass their own list to exercise upgrades. */
  migrations?: readonly Migration[];
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function configure(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function backupName(file: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = file.endsWith(WORKSPACE_EXTENSION) ? file.slice(0, -WORKSPACE_EXTENSION.length) : file;
  return `${base}.backup-v${fromVersion}-${stamp}${WORKSPACE_EXTENSION}`;
}

/** Opens an existing workspace, refusing anything that is not one, and migrates it (after a backup). */
export function openWorkspace(file: string, options: OpenOptions = {}): Workspace {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length > 0 ? migrations[migrations.length - 1]!.version : LATEST_VERSION;
  const abs = existingSqliteFile(file);
  assertWritable(abs);
  const db = new BetterSqlite3(abs, { fileMustExist: true, timeout: LOCK_WAIT_MS });
  try {
    // Exclusive from the first read: the WAL index lives in this process's memory (no -shm file)
    // and the file stays locked while it is open (see holdExclusively).
    db.pragma('locking_mode = EXCLUSIVE');
    assertWorkspace(db, file, latest);
    assertSchema(db, migrations, file); // before configure(): switching to WAL is already a write
    configure(db);
    const migration = migrate(db, migrations, (from) => backupName(abs, from));
    holdExclusively(db);
    if (migration.backupFile) pruneAfterBackup(db, abs, migration.backupFile);
    return { db, file: abs, migration, close: () => db.close() };
  } catch (err) {
    db.close();
    throw inUse(err, file);
  }
}

/**
 * A workspace is written to as it is used (and its journal lives beside it), so the file and its
 * folder must be writable; a read-only medium or folder is said as such before SQLite tries.
 */
function assertWritable(abs: string): void {
  for (const p of [abs, path.dirname(abs)]) {
    try {
      fs.accessSync(p, fs.constants.W_OK);
    } catch (err) {
      throw storageError(err) ?? err;
    }
  }
}

/** How long opening waits for another program's lock on the file before saying it is in use. */
const LOCK_WAIT_MS = 1000;

/**
 * One writer per file: the connection keeps an exclusive lock on the file for as long as it is
 * open (released by the operating system even if the process is killed), so a second TinhGon —
 * the desktop app, browser mode or the CLI — is refused instead of writing alongside.
 */
function holdExclusively(db: Database): void {
  db.exec('BEGIN IMMEDIATE; COMMIT');
}

/** SQLite's "busy" while opening: the file is held by another TinhGon; a full or read-only disk said as such. */
function inUse(err: unknown, file: string): unknown {
  if (err instanceof Error && 'code' in err && String(err.code).startsWith('SQLITE_BUSY')) return new AppError('conflict', 'err.workspaceInUse', { file });
  return storageError(err) ?? err;
}

/**
 * Another province's workspace, only read (never migrated nor written: the file stays as it was):
 * its metadata and units. Refused with the same messages as opening one. Works from read-only media.
 */
export function readOtherWorkspace(file: string): { file: string; meta: WorkspaceMeta; units: Unit[] } {
  const abs = existingSqliteFile(file);
  // From read-only media (another province's CD or USB stick): a copy in memory, nothing written beside it.
  const db = onReadOnlyMedium(abs) ? openInMemoryCopy(abs, file) : new BetterSqlite3(abs, { fileMustExist: true, readonly: true, timeout: LOCK_WAIT_MS });
  try {
    assertWorkspace(db, file, LATEST_VERSION);
    assertSchema(db, MIGRATIONS, file);
    // Units and metadata have kept their shape since the first schema version.
    return { file: abs, meta: readMeta(db), units: listUnits(db) };
  } catch (err) {
    throw inUse(err, file);
  } finally {
    db.close();
  }
}

/** The absolute path of an existing SQLite file, or the reason it cannot be a workspace. */
function existingSqliteFile(file: string): string {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs)) throw new AppError('not_found', 'err.fileNotFound', { file });
  if (!fs.statSync(abs).isFile()) throw new AppError('bad_request', 'err.notWorkspace', { file });
  assertSqliteFile(abs, file);
  return abs;
}

/** Refuses another application's SQLite file, and a workspace written by a newer TinhGon. */
function assertWorkspace(db: Database, file: string, latest: number): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (appId !== APPLICATION_ID || version < 1) throw new AppError('bad_request', 'err.notWorkspace', { file });
  if (version > latest) throw new AppError('conflict', 'err.newerWorkspace', { file, found: version, supported: latest });
}

function assertSqliteFile(abs: string, shown: string): void {
  const fd = fs.openSync(abs, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    if (n < head.length || !head.equals(SQLITE_HEADER)) throw new AppError('bad_request', 'err.notWorkspace', { file: shown });
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Creates a new workspace file with its metadata and (optionally) units, all in one transaction.
 * Refuses to overwrite an existing file. On any failure no file is left behind.
 */
export function createWorkspace(file: string, meta: WorkspaceMeta, units: readonly Unit[] = []): Workspace {
  const abs = path.resolve(file);
  if (fs.existsSync(abs)) throw new AppError('conflict', 'err.fileExists', { file });
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  const tmp = `${abs}.creating-${process.pid}`;
  const db = new BetterSqlite3(tmp);
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    configure(db);
    migrate(db, MIGRATIONS, () => null);
    db.transaction(() => {
      writeMeta(db, meta);
      insertUnits(db, units);
    }).immediate();
    db.pragma('journal_mode = DELETE'); // fold the WAL into the file before it is renamed
    db.close();
    fs.linkSync(tmp, abs); // fails if abs appeared meanwhile: never overwrite
    fs.unlinkSync(tmp);
  } catch (err) {
    if (db.open) db.close();
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
    if (err instanceof Error && 'code' in err && err.code === 'EEXIST') throw new AppError('conflict', 'err.fileExists', { file });
    throw err;
  }
  return openWorkspace(abs);
}
