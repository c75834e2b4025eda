/**
 * Erasing the personnel list from a workspace file's bytes, not only from its tables: the log is
 * folded in before and after, and free pages that may hold older rows are dropped. Used when the
 * list is removed (people.remove, a backup without people) and when an import replaces it.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors.ts';
import { forgetPeopleChanges } from './undo-log.ts';

/**
 * Folds the log into the file and truncates it, so the log keeps no older copy of a page: before
 * deleting personal data (the rows may so far be only in the log; if the file cannot take them now,
 * say a full disk, the deletion is refused before anything changes) and after (the zeros
 * `secure_delete` wrote over the rows replace them in the file; pages are rewritten in place and
 * the log shrinks, so this needs no free space; should it fail anyway, the next open does it).
 */
export function foldLog(db: Database, when: 'before' | 'after'): void {
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    if (when === 'before' && result && result.busy !== 0) throw new AppError('conflict', 'err.workspaceBusy');
  } catch (err) {
    if (when === 'before') throw err;
  }
}

/**
 * After the list is replaced or removed: free pages that were there before it may hold rows
 * deleted before `secure_delete` was set (a file from an older version); a VACUUM rewrites the file
 * without them when the disk has room. Not needed for what was just deleted (already zeroed), so a
 * failure (a full disk) changes nothing and is not reported; the log is folded in after it.
 */
export function dropOldFreePages(db: Database, hadFreePages: boolean): void {
  if (!hadFreePages) return;
  try {
    db.exec('VACUUM');
  } catch {
    // no room for a copy: the pages stay as they were, as before this call
  }
}

export const freePages = (db: Database) => (db.pragma('freelist_count', { simple: true }) as number) > 0;

/**
 * Deletes every person in one transaction (on a full disk: refused, the list whole) and erases
 * them from the file's bytes (secure_delete, then the log folded in). Returns how many there were.
 */
export function removeAllPeople(db: Database): number {
  foldLog(db, 'before');
  const hadFreePages = freePages(db);
  const removed = db
    .transaction(() => {
      forgetPeopleChanges(db);
      return db.prepare('DELETE FROM people').run().changes;
    })
    .immediate();
  dropOldFreePages(db, hadFreePages);
  foldLog(db, 'after');
  return removed;
}
