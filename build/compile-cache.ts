/**
 * Node's compile cache of `npm start` (turned on by build/start.mjs, in dist/.compile-cache): the
 * compiled code of each file it runs, checked by Node against the file's contents before use, so a
 * new build never runs an old one's code. A build's bundle files are named after their contents,
 * so each build adds entries and none is ever replaced: past a limit the cache starts over.
 */
import fs from 'node:fs';
import path from 'node:path';

/** About fifty builds' worth (each adds about 1 MB). */
export const COMPILE_CACHE_LIMIT = 64 * 2 ** 20;

/** Empties the cache folder `dir` when its files take more than `limit` bytes; whether it did. */
export function trimCompileCache(dir: string | undefined, limit = COMPILE_CACHE_LIMIT): boolean {
  if (!dir) return false;
  let files: string[];
  try {
    files = fs.readdirSync(dir).map((f) => path.join(dir, f));
  } catch {
    return false; // not made yet
  }
  const size = files.reduce((sum, f) => sum + (fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
  if (size <= limit) return false;
  for (const f of files) fs.rmSync(f, { force: true });
  return true;
}
