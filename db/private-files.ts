/**
 * Files that may hold personal data (workspaces, their backups and copies, exports, the app's
 * `ui-state.json` and recent list) are readable by their owner only: created with that mode from
 * the first byte (never created open and narrowed later, which a reader could race), then set
 * exactly with chmod (a umask can only take bits away, and may have taken the owner's).
 * Folders the app creates for them are the owner's only as well. On Windows the modes mean little;
 * the files inherit the user profile's access rules.
 */
import fs from 'node:fs';
import path from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Creates `dir` and any missing parents as owner-only folders; an existing folder is left as it
 * is unless `own` (the app's own data folder), which is made owner-only whatever it was.
 */
export function makePrivateDir(dir: string, own = false): void {
  const abs = path.resolve(dir);
  const first = fs.mkdirSync(abs, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (first !== undefined) {
    // Every folder from the first one created down to `dir` is new: set each exactly.
    for (let d = abs; ; d = path.dirname(d)) {
      fs.chmodSync(d, PRIVATE_DIR_MODE);
      if (d === first || d === path.dirname(d)) break;
    }
  } else if (own) {
    try {
      fs.chmodSync(abs, PRIVATE_DIR_MODE);
    } catch {
      // a folder the user pointed the app to but does not own: used as it is
    }
  }
}

/**
 * Creates `file` empty and owner-only, failing if it exists (EEXIST): SQLite then fills it (an
 * empty file is a new database to it) and its -wal/-shm files take the same mode from it.
 */
export function createPrivateFile(file: string): void {
  const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, PRIVATE_FILE_MODE);
  try {
    fs.fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes `data` to a new owner-only file; `exclusive` refuses an existing one (EEXIST). */
export function writePrivateFile(file: string, data: string | Uint8Array, exclusive = true): void {
  const fd = fs.openSync(file, exclusive ? 'wx' : 'w', PRIVATE_FILE_MODE);
  try {
    fs.fchmodSync(fd, PRIVATE_FILE_MODE);
    fs.writeFileSync(fd, data);
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies `src` to a new owner-only file `dest` (EEXIST if it exists), whatever the source's mode. */
export function copyToPrivateFile(src: string, dest: string): void {
  const from = fs.openSync(src, 'r');
  try {
    const to = fs.openSync(dest, 'wx', PRIVATE_FILE_MODE);
    try {
      fs.fchmodSync(to, PRIVATE_FILE_MODE);
      const chunk = Buffer.alloc(1024 * 1024);
      for (let n; (n = fs.readSync(from, chunk, 0, chunk.length, null)) > 0;) fs.writeSync(to, chunk, 0, n);
      fs.fsyncSync(to);
    } finally {
      fs.closeSync(to);
    }
  } finally {
    fs.closeSync(from);
  }
}
