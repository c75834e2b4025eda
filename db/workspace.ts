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
import { putFigures, setYearUnit } from './finance-repo.ts';
import { putNormInputs } from './norm-inputs-repo.ts';
import type { SampleExtras } from '../shared/sample/samples.ts';
import { FileAccess, openRegularFile, pathError, sweepLeftoverTemps, writeNewFile } from './safe-path.ts';
import { PRIVATE_FILE_MODE, makePrivateDir } from './private-files.ts';
import { systemClock, useClock } from './clock.ts';
import { trackEdits } from './undo-log.ts';
import type { Clock } from '../shared/clock.ts';

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
  /** Where the path may lead (browser mode: confined); anywhere by default. */
  access?: FileAccess;
  /** What the workspace stamps its rows and its migration backup's name with (default: the system clock). */
  clock?: Clock;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Deleted rows are overwritten with zeros as they are deleted (their freed pages too), so personal
 * data removed in a committed transaction is in no free page nor in the log after the next
 * checkpoint: no VACUUM, which needs room the disk may not have, is needed to erase it.
 * SQLite's temporary storage (the copy a VACUUM builds, large sorts, temporary tables) is kept in
 * memory: by default it goes to files in the system's temporary folder, deleted at once but left
 * unencrypted in free disk blocks, outside the workspace and out of reach of `secure_delete`.
 */
function eraseOnDelete(db: Database): void {
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
}

function configure(db: Database): void {
  eraseOnDelete(db);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function backupName(file: string, fromVersion: number, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const base = file.endsWith(WORKSPACE_EXTENSION) ? file.slice(0, -WORKSPACE_EXTENSION.length) : file;
  return `${base}.backup-v${fromVersion}-${stamp}${WORKSPACE_EXTENSION}`;
}

/** Opens an existing workspace, refusing anything that is not one, and migrates it (after a backup). */
export function openWorkspace(file: string, options: OpenOptions = {}): Workspace {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length > 0 ? migrations[migrations.length - 1]!.version : LATEST_VERSION;
  const abs = existingSqliteFile(file, options.access);
  assertWritable(abs);
  const db = new BetterSqlite3(abs, { fileMustExist: true, timeout: LOCK_WAIT_MS });
  try {
    // Exclusive from the first read: the WAL index lives in this process's memory (no -shm file)
    // and the file stays locked while it is open (see holdExclusively).
    db.pragma('locking_mode = EXCLUSIVE');
    assertWorkspace(db, file, latest);
    assertSchema(db, migrations, file); // before configure(): switching to WAL is already a write
    configure(db);
    const clock = options.clock ?? systemClock;
    useClock(db, clock);
    const migration = migrate(
      db,
      migrations,
      (from) => backupName(abs, from, clock.now()),
      (target, write) => writeNewFile(target, write),
    );
    holdExclusively(db);
    trackEdits(db); // every step users make is recorded for undo (temporary triggers, not in the file)
    foldLeftLog(db);
    makeOwnerOnly(abs);
    sweepLeftoverTemps(path.dirname(abs)); // a backup or save as killed beside it left a full copy
    if (migration.backupFile) pruneAfterBackup(db, abs, migration.backupFile);
    return { db, file: abs, migration, close: () => db.close() };
  } catch (err) {
    db.close();
    throw inUse(err, file);
  }
}

/** The migration's backup, created empty and owner-only for `VACUUM INTO` to fill. */
/**
 * A log left by a crash (say, between removing the personnel list and its checkpoint) is folded in
 * and truncated now, so the zeros written over deleted rows reach the file. On a full disk (the
 * file cannot grow to take the log) the workspace still opens; the log stays until a later fold.
 */
function foldLeftLog(db: Database): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // left for the next checkpoint (SQLite's own, at the latest when the workspace is closed)
  }
}

/** A workspace made before files were created owner-only is narrowed when opened (where the owner may). */
function makeOwnerOnly(abs: string): void {
  try {
    if ((fs.statSync(abs).mode & 0o077) !== 0) fs.chmodSync(abs, PRIVATE_FILE_MODE);
  } catch {
    // not this user's file, or a medium that keeps its own modes: left as it is
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
  if (err instanceof Error && 'code' in err && String(err.code).startsWith('SQLITE_BUSY'))
    return new AppError('conflict', 'err.workspaceInUse', { file });
  return storageError(err) ?? err;
}

/**
 * Another province's workspace, only read (never migrated nor written: the file stays as it was):
 * its metadata and units. Refused with the same messages as opening one. Works from read-only media.
 */
export function readOtherWorkspace(
  file: string,
  access: FileAccess = FileAccess.anywhere,
): { file: string; meta: WorkspaceMeta; units: Unit[] } {
  const abs = existingSqliteFile(file, access);
  // From read-only media (another province's CD or USB stick): a copy in memory, nothing written beside it.
  const db = onReadOnlyMedium(abs)
    ? openInMemoryCopy(abs, file)
    : new BetterSqlite3(abs, { fileMustExist: true, readonly: true, timeout: LOCK_WAIT_MS });
  try {
    eraseOnDelete(db);
    assertWorkspace(db, file, LATEST_VERSION);
    assertSchema(db, MIGRATIONS, file);
    // Units and metadata have kept their shape since the first schema version.
    return { file: abs, meta: storedMeta(db), units: listUnits(db) };
  } catch (err) {
    throw inUse(err, file);
  } finally {
    db.close();
  }
}

/** Another file's metadata; values that are not what TinhGon writes (edited outside it) are said as a damaged file, not an internal error. */
function storedMeta(db: Database): WorkspaceMeta {
  try {
    return readMeta(db);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('conflict', 'err.workspaceDamaged');
  }
}

/** The real path of an existing SQLite file, or the reason it cannot be a workspace (a directory, FIFO or device at once). */
function existingSqliteFile(file: string, access: FileAccess = FileAccess.anywhere): string {
  const abs = access.existing(file);
  assertSqliteFile(abs, file);
  return abs;
}

/** Refuses another application's SQLite file, and a workspace written by a newer TinhGon. */
function assertWorkspace(db: Database, file: string, latest: number): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (appId !== APPLICATION_ID || version < 1) throw new AppError('bad_request', 'err.notWorkspace', { file });
  if (version > latest)
    throw new AppError('conflict', 'err.newerWorkspace', { file, found: version, supported: latest });
}

function assertSqliteFile(abs: string, shown: string): void {
  const fd = openRegularFile(abs, shown);
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    let n: number;
    try {
      n = fs.readSync(fd, head, 0, head.length, 0);
    } catch (err) {
      throw pathError(err, shown);
    }
    if (n < head.length || !head.equals(SQLITE_HEADER))
      throw new AppError('bad_request', 'err.notWorkspace', { file: shown });
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Creates a new workspace file with its metadata and (optionally) units, all in one transaction,
 * under a temporary name that becomes `file` only when complete. Refuses to overwrite an existing
 * file. On any failure no file is left behind (only the temporary one is removed).
 */
export function createWorkspace(
  file: string,
  meta: WorkspaceMeta,
  units: readonly Unit[] = [],
  access: FileAccess = FileAccess.anywhere,
  clock: Clock = systemClock,
  { figures, norms }: SampleExtras = {},
): Workspace {
  const abs = access.target(file);
  makePrivateDir(path.dirname(abs));
  writeNewFile(abs, (tmp) => {
    const db = new BetterSqlite3(tmp);
    try {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      configure(db);
      useClock(db, clock);
      migrate(db, MIGRATIONS, () => null);
      db.transaction(() => {
        writeMeta(db, meta);
        insertUnits(db, units);
        if (norms) putNormInputs(db, norms);
        if (figures) {
          setYearUnit(db, figures.year, figures.amountUnit);
          putFigures(
            db,
            figures.rows.map((r) => ({
              code: r.code,
              year: figures.year,
              revenue: r.revenue.toString(),
              spending: r.spending.toString(),
              investmentFunding: null,
              depreciation: r.depreciation === null ? null : r.depreciation.toString(),
              assignedGroup: null,
              overrideGroup: null,
              overrideReason: null,
              note: null,
            })),
          );
        }
      }).immediate();
      db.pragma('journal_mode = DELETE'); // fold the WAL into the file before it is renamed
    } finally {
      db.close();
    }
  });
  return openWorkspace(abs, { clock });
}
