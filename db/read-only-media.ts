import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppError } from '../shared/errors.ts';

/** True when the file's folder cannot be written (a CD, a write-protected USB stick, a read-only share or folder). */
export function onReadOnlyMedium(abs: string): boolean {
  try {
    fs.accessSync(path.dirname(abs), fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/**
 * A workspace on read-only media, read as a private copy in memory: SQLite cannot open a WAL-mode
 * file read-only where it may not create the `-shm` beside it, and nothing — no lock, no journal —
 * may be written there anyway. The copy says "rollback journal" instead of WAL in its header (the
 * file itself is untouched). A leftover `-wal` beside it holds changes the copy would miss: refused.
 */
export function openInMemoryCopy(abs: string, shown: string): Database {
  const wal = `${abs}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0)
    throw new AppError('conflict', 'err.readOnlyWal', { file: shown });
  const bytes = fs.readFileSync(abs);
  // Header bytes 18–19: the file format's write/read versions, 2 meaning WAL.
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
  return new BetterSqlite3(bytes, { readonly: true });
}
