/**
 * Bundles the Electron main process, the back end's utility process and the preload into dist/electron/ (CommonJS, as a sandboxed
 * preload requires). better-sqlite3 stays external: its native binary is unpacked from the asar.
 * playwright-core stays out too: the desktop app prints PDF with printToPDF, not Chromium.
 * The print font (Tinos .woff2 files and the CSS that gives their ranges) is copied to dist/fonts/.
 * `npm start`'s own process (electron/start.ts: the desktop window, else browser mode) is bundled too,
 * as dist/start/start.mjs (outside what the desktop app packages), which build/start.ts runs: one file loads far faster than the 270
 * TypeScript modules it is made of, each stripped of its types at every start (BENCHMARKS.md, figure 9).
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { FONT_FILES_DIR } from '../electron/print/fonts.ts';
import { START_BUNDLE } from './source-stamp.ts';

// Modules that locate files from import.meta.url (electron/paths.ts) get the bundle's own URL in CommonJS.
const importMetaUrl = {
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__importMetaUrl' },
};
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  ...importMetaUrl,
} as const;

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: 'dist/electron/main.cjs',
  external: ['electron', 'better-sqlite3', 'playwright-core'],
});
// The back end (session, handler table, SQLite) runs in its own utility process (electron/backend.ts).
await build({
  ...common,
  entryPoints: ['electron/backend-process.ts'],
  outfile: 'dist/electron/backend.cjs',
  external: ['electron', 'better-sqlite3', 'playwright-core'],
});
await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  external: ['electron'],
});

// ESM for its top-level await, split where the code imports on demand (Excel, Word, print): a start
// reads only what it runs. It stands in for electron/start.ts: the modules that locate files from
// import.meta.url (electron/paths.ts: the app's root, the renderer, the print fonts) get that file's
// URL, so the bundle finds everything where the sources do. Its CommonJS dependencies get a real require.
// The folder is emptied first: the old build's chunks go.
fs.rmSync(path.dirname(START_BUNDLE), { recursive: true, force: true });
await build({
  ...common,
  format: 'esm',
  splitting: true,
  entryPoints: ['electron/start.ts'],
  outdir: path.dirname(START_BUNDLE),
  outExtension: { '.js': '.mjs' },
  external: ['electron', 'better-sqlite3', 'playwright-core'],
  banner: {
    js: [
      // Names of its own: a bundled module's top-level names share the chunk's scope (uuid declares a `URL`).
      "import { createRequire as __tinhgonCreateRequire } from 'node:module';",
      "import { URL as __TinhgonURL } from 'node:url';",
      'const require = __tinhgonCreateRequire(import.meta.url);',
      "const __sourceUrl = new __TinhgonURL('../../electron/start.ts', import.meta.url).href;",
    ].join('\n'),
  },
  define: { 'import.meta.url': '__sourceUrl' },
});

const fonts = path.join('dist', 'fonts');
fs.mkdirSync(path.join(fonts, 'files'), { recursive: true });
fs.copyFileSync(path.join(FONT_FILES_DIR, '..', '400.css'), path.join(fonts, '400.css'));
for (const f of fs.readdirSync(FONT_FILES_DIR))
  if (/^tinos-(latin|latin-ext|vietnamese)-(400|700)-(normal|italic)\.woff2$/.test(f))
    fs.copyFileSync(path.join(FONT_FILES_DIR, f), path.join(fonts, 'files', f));
