/**
 * Bundles the Electron main process and preload into dist/electron/ (CommonJS, as a sandboxed
 * preload requires). better-sqlite3 stays external: its native binary is unpacked from the asar.
 */
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, logLevel: 'warning' } as const;

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3'] });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
