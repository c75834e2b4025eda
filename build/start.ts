/**
 * `npm start` (through build/start.mjs, which turns Node's compile cache on), in one Node process:
 * builds the app only when the sources changed since its last build (build/build-if-changed.ts),
 * then runs the bundled start (dist/start/start.mjs, made from electron/start.ts by
 * build/bundle-electron.ts): the desktop window, else browser mode. `TINHGON_TRACE_START=1`
 * prints the time of each step (electron/start-trace.ts).
 */
import module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfChanged } from './build-if-changed.ts';
import { trimCompileCache } from './compile-cache.ts';
import { START_BUNDLE } from './source-stamp.ts';
import { traceStart } from '../electron/start-trace.ts';

const root = path.resolve(import.meta.dirname, '..');
traceStart('launcher loaded');
trimCompileCache(module.getCompileCacheDir());
buildIfChanged(root);
traceStart('sources checked');
await import(pathToFileURL(path.join(root, START_BUNDLE)).href);
// Written now rather than at exit: the server runs until it is stopped.
module.flushCompileCache();
