// `npm start`. Plain JavaScript, so that it runs before any TypeScript: it turns Node's compile cache
// on first, which keeps the code of the launcher (stripped of its types) and of the bundled app
// between starts (BENCHMARKS.md, figure 9), then runs the launcher, build/start.ts.
import module from 'node:module';
import { fileURLToPath } from 'node:url';

module.enableCompileCache(fileURLToPath(new URL('../dist/.compile-cache', import.meta.url)));
await import('./start.ts');
