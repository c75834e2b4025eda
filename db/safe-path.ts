/**
 * The one place where a path given by a person (a UI field, an API call, a CLI argument) becomes a
 * file that TinhGon reads or writes. Every path-taking channel and command goes through here:
 *
 * - the text is checked first: control characters (NUL included) and names ending in a space or a
 *   dot are refused, because the OS, Windows or SQLite would cut or trim them and the file written
 *   would be another one than the one checked;
 * - an existing file to read must be a regular file (never a directory, FIFO or device, which
 *   would hang or never end), opened without blocking;
 * - a new file is written under a temporary name in the same folder (created exclusively) and
 *   then linked to its name, which fails if the name exists: nothing is overwritten unless the
 *   caller passed `replace` (then renamed over), a kill leaves no half-written file under the
 *   final name, and only the temporary file this call created is ever deleted;
 * - in browser mode, paths are confined to given folders (FileAccess); symlinks leading outside
 *   are refused (the real path is checked).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, storageError } from '../shared/errors.ts';
import { PRIVATE_FILE_MODE, makePrivateDir } from './private-files.ts';
import { systemClock } from './clock.ts';

// eslint-disable-next-line no-control-regex -- matching control characters is the point: a path holding one is refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Names Windows reserves for devices (CON, NUL.tinhgon, COM1.txt…): they open a device there. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/** A path as it may be shown in a message: control characters as \uXXXX, never raw. */
export function shownPath(file: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: each is shown escaped
  return file.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Refuses a path whose text would be cut or trimmed on the way to the disk. */
export function checkPathText(file: string, platform: NodeJS.Platform = process.platform): void {
  if (file.trim() === '') throw new AppError('bad_request', 'err.filePath');
  if (CONTROL.test(file)) throw new AppError('bad_request', 'err.pathControlChars', { file: shownPath(file) });
  for (const name of file.split(/[\\/]/)) {
    if (name === '' || name === '.' || name === '..') continue;
    if (/[ .]$/.test(name)) throw new AppError('bad_request', 'err.pathTrailing', { file, name });
    if (platform === 'win32' && WINDOWS_RESERVED.test(name))
      throw new AppError('bad_request', 'err.pathReserved', { file, name });
  }
}

/** An operating-system error met on a person's path, said as a message about that path. */
export function pathError(err: unknown, file: string): unknown {
  if (err instanceof AppError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new AppError('not_found', 'err.fileNotFound', { file: shownPath(file) });
  if (code === 'EACCES' || code === 'EPERM') return new AppError('conflict', 'err.noAccess', { file: shownPath(file) });
  if (code === 'EISDIR') return new AppError('bad_request', 'err.isDirectory', { file: shownPath(file) });
  const storage = storageError(err);
  if (storage) return storage;
  if (/^E[A-Z]+$/.test(code) || (err instanceof TypeError && 'code' in err))
    return new AppError('bad_request', 'err.pathInvalid', { file: shownPath(file), reason: code });
  return err;
}

/**
 * Where file paths given through the API may lead: anywhere (the desktop app, whose paths come
 * from native dialogs, and the CLI, run by the person who owns the files) or only inside some
 * folders (browser mode: the data folder and those given with --files-root).
 */
export class FileAccess {
  static readonly anywhere = new FileAccess(null);
  readonly #roots: readonly string[] | null;

  /** Roots must exist; they are kept as real paths (symlinks resolved). */
  constructor(roots: readonly string[] | null) {
    this.#roots = roots === null ? null : [...new Set(roots.map((r) => fs.realpathSync(path.resolve(r))))];
  }

  get roots(): readonly string[] | null {
    return this.#roots;
  }

  /** An existing regular file to read, as its real path (inside the roots, if confined). */
  existing(file: string): string {
    checkPathText(file);
    let real: string;
    try {
      real = fs.realpathSync(path.resolve(file));
    } catch (err) {
      throw pathError(err, file);
    }
    this.#assertInside(real, file);
    assertRegularFile(real, file);
    return real;
  }

  /** The real path a new file would get (its folder created if missing), refused if it exists unless `replace`. */
  target(file: string, options: { replace?: boolean } = {}): string {
    checkPathText(file);
    const abs = path.resolve(file);
    const folder = this.#folder(path.dirname(abs), file);
    const target = path.join(folder, path.basename(abs));
    this.#assertInside(target, file);
    assertFreeOrReplaceable(target, file, options.replace === true);
    return target;
  }

  /** The real path of `dir`, created if missing, only once its nearest existing ancestor is known to be inside. */
  #folder(dir: string, file: string): string {
    try {
      let existing = dir;
      while (!fs.existsSync(existing)) existing = path.dirname(existing);
      this.#assertInside(fs.realpathSync(existing), file, true);
      makePrivateDir(dir); // created owner-only (db/private-files.ts), an existing one left as it is
      const real = fs.realpathSync(dir);
      this.#assertInside(real, file, true);
      return real;
    } catch (err) {
      throw pathError(err, file);
    }
  }

  #assertInside(real: string, file: string, isFolder = false): void {
    if (this.#roots === null) return;
    const inside = this.#roots.some(
      (root) => real.startsWith(root.endsWith(path.sep) ? root : root + path.sep) || (isFolder && real === root),
    );
    if (inside) return;
    // Said differently when the given path looked inside but a symlink leads out.
    const lexical = path.resolve(file);
    const looked = this.#roots.some((root) => lexical.startsWith(root + path.sep));
    throw new AppError('bad_request', looked ? 'err.pathSymlinkOutside' : 'err.pathOutside', {
      file: shownPath(file),
      roots: this.#roots.join('; '),
    });
  }
}

function assertRegularFile(real: string, file: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(real);
  } catch (err) {
    throw pathError(err, file);
  }
  if (st.isDirectory()) throw new AppError('bad_request', 'err.isDirectory', { file: shownPath(file) });
  if (!st.isFile()) throw new AppError('bad_request', 'err.specialFile', { file: shownPath(file) });
}

function assertFreeOrReplaceable(target: string, file: string, replace: boolean): void {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(target);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return;
    throw pathError(err, file);
  }
  if (!replace) throw new AppError('conflict', 'err.fileExists', { file: shownPath(file) });
  if (st.isDirectory()) throw new AppError('bad_request', 'err.isDirectory', { file: shownPath(file) });
  if (!st.isFile()) throw new AppError('bad_request', 'err.specialFile', { file: shownPath(file) });
  // A journal beside it: the file is open in a TinhGon (or was cut off); SQLite would replay that
  // journal onto the new file, so it is not replaced.
  if (['-wal', '-shm', '-journal'].some((s) => fs.existsSync(`${target}${s}`)))
    throw new AppError('conflict', 'err.workspaceInUse', { file: shownPath(file) });
}

/**
 * Opens an existing regular file for reading without ever blocking: a FIFO swapped in after the
 * check would otherwise wait for a writer forever. The caller closes the descriptor.
 */
export function openRegularFile(real: string, file: string): number {
  let fd: number;
  try {
    fd = fs.openSync(real, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw pathError(err, file);
  }
  if (!fs.fstatSync(fd).isFile()) {
    fs.closeSync(fd);
    throw new AppError('bad_request', 'err.specialFile', { file: shownPath(file) });
  }
  return fd;
}

/** The bytes of a person's input file (CLI imports): a regular file only, checked before it is read. */
export function readInputFile(file: string, access: FileAccess = FileAccess.anywhere): Buffer {
  const real = access.existing(file);
  const fd = openRegularFile(real, file);
  try {
    return fs.readFileSync(fd);
  } catch (err) {
    throw pathError(err, file);
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies an existing regular file into `dest` (a temporary file of ours) without blocking on special files. */
export function copyRegularFile(real: string, file: string, dest: string): void {
  const from = openRegularFile(real, file);
  try {
    const to = fs.openSync(dest, 'w');
    try {
      const chunk = Buffer.alloc(1 << 20);
      for (let n = fs.readSync(from, chunk); n > 0; n = fs.readSync(from, chunk)) fs.writeSync(to, chunk, 0, n);
    } finally {
      fs.closeSync(to);
    }
  } finally {
    fs.closeSync(from);
  }
}

/** Our temporary files (`.NAME.HEX.tmp`, see reserveTemp) and the journals SQLite may make beside them. */
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp(-journal|-wal|-shm)?$/;
/** A temporary file untouched this long, made before this process started, is a leftover: its writer was killed. */
const STALE_TEMP_MS = 60 * 1000;
const PROCESS_STARTED = systemClock.now().getTime() - process.uptime() * 1000;

/**
 * Removes the temporary files a TinhGon killed mid-write (a backup, save as, export) left in
 * `folder`: each holds a whole copy of a workspace, personal data included, that nobody sees and
 * that removing the personnel list would not erase. Only names of our exact pattern, regular files
 * of this user (never a symlink), not modified since before this process started and for
 * STALE_TEMP_MS (a writer in another TinhGon still writing keeps touching its file). Best effort:
 * a folder that cannot be listed, or a file that cannot be removed, is left as it is.
 */
export function sweepLeftoverTemps(folder: string, now = systemClock.now().getTime()): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((n) => TEMP_NAME.test(n));
  } catch {
    return;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const file = path.join(folder, name);
    try {
      const st = fs.lstatSync(file);
      const old = st.mtimeMs < PROCESS_STARTED && st.mtimeMs < now - STALE_TEMP_MS;
      if (st.isFile() && old && (uid === undefined || st.uid === uid)) fs.unlinkSync(file);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
}

/** A new, empty temporary file beside `target`, created exclusively (so it is ours to delete). */
function reserveTemp(target: string): string {
  sweepLeftoverTemps(path.dirname(target));
  const base = path.basename(target).slice(0, 120);
  for (;;) {
    const tmp = path.join(path.dirname(target), `.${base}.${crypto.randomBytes(6).toString('hex')}.tmp`);
    try {
      // Owner-only from the first byte (db/private-files.ts): the final file is this one, linked or renamed.
      const fd = fs.openSync(tmp, 'wx', PRIVATE_FILE_MODE);
      try {
        fs.fchmodSync(fd, PRIVATE_FILE_MODE);
      } finally {
        fs.closeSync(fd);
      }
      return tmp;
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw pathError(err, target);
    }
  }
}

/** The temporary file and the journals SQLite may have made beside it: all created by this call. */
function discard(tmp: string): void {
  for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
}

function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Gives the finished temporary file its name: never over an existing file unless `replace`. */
function publish(tmp: string, target: string, replace: boolean): void {
  syncFile(tmp);
  if (replace) {
    fs.renameSync(tmp, target);
  } else {
    try {
      fs.linkSync(tmp, target); // atomic, and fails if the name exists
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'EEXIST') throw new AppError('conflict', 'err.fileExists', { file: shownPath(target) });
      // No hard links on this filesystem (FAT/exFAT memory sticks, some shares): the name is taken
      // by an empty file created exclusively (fails if it exists, whoever made it a moment ago), then
      // the finished file is renamed over that file of ours. A kill between the two leaves it empty.
      // (Windows says FAT's ERROR_INVALID_FUNCTION as EISDIR; link() never means a folder here: the temporary file is ours.)
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EISDIR'].includes(code ?? '')) throw err;
      try {
        fs.closeSync(fs.openSync(target, 'wx', PRIVATE_FILE_MODE));
      } catch (taken) {
        if ((taken as { code?: string }).code === 'EEXIST')
          throw new AppError('conflict', 'err.fileExists', { file: shownPath(target) });
        throw taken;
      }
      fs.renameSync(tmp, target);
      return;
    }
    fs.unlinkSync(tmp);
  }
  try {
    const dir = fs.openSync(path.dirname(target), 'r');
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
  } catch {
    // Folders cannot be synced on every platform (Windows); the file itself is.
  }
}

export interface WriteOptions {
  /** Write over an existing file (only when the person chose to replace it). */
  replace?: boolean;
}

/**
 * Writes a new file at `target` (a path from FileAccess.target) through `write(tmp)`, which fills a
 * temporary file beside it; then the file gets its name. On any failure only the temporary file
 * is removed.
 */
export function writeNewFile<T>(target: string, write: (tmp: string) => T, options: WriteOptions = {}): T {
  const tmp = reserveTemp(target);
  try {
    const result = write(tmp);
    publish(tmp, target, options.replace === true);
    return result;
  } catch (err) {
    discard(tmp);
    throw pathError(err, target);
  }
}

/** writeNewFile for an asynchronous writer (SQLite's online backup). */
export async function writeNewFileAsync<T>(
  target: string,
  write: (tmp: string) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  const tmp = reserveTemp(target);
  try {
    const result = await write(tmp);
    publish(tmp, target, options.replace === true);
    return result;
  } catch (err) {
    discard(tmp);
    throw pathError(err, target);
  }
}

/** Writes bytes to a new file (CLI exports and printed proposals), never over an existing one. */
export function writeNewBytes(file: string, bytes: Uint8Array, access: FileAccess = FileAccess.anywhere): string {
  const target = access.target(file);
  writeNewFile(target, (tmp) => fs.writeFileSync(tmp, bytes));
  return target;
}
