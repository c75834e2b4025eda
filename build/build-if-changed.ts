/**
 * `npm start` and `npm run serve`: builds the app (`npm run build`) only when the sources changed
 * since the build in dist/ was made (build/source-stamp.ts), so a second start opens in about a
 * second. `npm test`, `npm run dist` and CI always build.
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { needsBuild, sourceStamp, writeStamp } from './source-stamp.ts';

const root = path.resolve(import.meta.dirname, '..');
// Taken before building: a file saved during the build makes the next start build again.
const stamp = sourceStamp(root);
if (!needsBuild(root, stamp)) {
  console.log('Bản dựng trong dist/ đã khớp mã nguồn: không dựng lại.');
} else {
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
  writeStamp(root, stamp);
}
