/**
 * Whether the built app (dist/) is the build of the sources as they are: a stamp of the sources'
 * paths, sizes and modification times, written in the build's output when `npm start` or
 * `npm run serve` built it (build/build-if-changed.ts). Any file added, removed, renamed, saved
 * or touched under the sources changes the stamp; `npm run build` empties dist/renderer (vite),
 * taking the stamp with it, so a build made any other way is never taken for an up-to-date one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What the build reads: the code of every layer, the build scripts, the dependencies and the configuration. */
export const SOURCES = [
  'renderer',
  'shared',
  'electron',
  'db',
  'build',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
];
/** `npm start`'s process, bundled (build/bundle-electron.ts, run by build/start.ts); not in the desktop app's package. */
export const START_BUNDLE = 'dist/start/start.mjs';
/** What the build writes (all present, or it builds). */
export const OUTPUTS = [
  'dist/renderer/index.html',
  'dist/electron/main.cjs',
  'dist/electron/backend.cjs',
  'dist/electron/preload.cjs',
  START_BUNDLE,
];
export const STAMP_FILE = 'dist/renderer/.source-stamp';

/** The stamp of the sources under `root`: every file's path, size and modification time, in a stable order. */
export function sourceStamp(root: string, sources: readonly string[] = SOURCES): string {
  const hash = crypto.createHash('sha256');
  const visit = (rel: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path.join(root, rel));
    } catch {
      hash.update(`${rel}\0missing\n`);
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(path.join(root, rel)).sort())
        if (name !== 'node_modules' && name !== '.git') visit(`${rel}/${name}`);
    } else hash.update(`${rel}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  for (const s of sources) visit(s);
  return hash.digest('hex');
}

/** Whether to build: an output missing, no stamp, or a stamp of other sources. */
export function needsBuild(
  root: string,
  stamp: string,
  outputs: readonly string[] = OUTPUTS,
  stampFile = STAMP_FILE,
): boolean {
  if (outputs.some((o) => !fs.existsSync(path.join(root, o)))) return true;
  try {
    return fs.readFileSync(path.join(root, stampFile), 'utf8').trim() !== stamp;
  } catch {
    return true;
  }
}

export function writeStamp(root: string, stamp: string, stampFile = STAMP_FILE): void {
  fs.writeFileSync(path.join(root, stampFile), `${stamp}\n`);
}
