/**
 * `npm start` (build/start.ts) and `npm run serve`: builds the app (`npm run build`) only when the
 * sources changed since the build in dist/ was made (build/source-stamp.ts), so a second start
 * opens in about a second. `npm test`, `npm run dist` and CI always build.
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { needsBuild, sourceStamp, writeStamp } from './source-stamp.ts';

/** `npm run build` in `root`; its exit status. */
function npmBuild(root: string): number {
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return built.status ?? 1;
}

/**
 * Builds unless dist/ is the build of the sources under `root` as they are, and stamps the build.
 * Returns whether it built; exits with the build's status when the build fails (no stamp then).
 */
export function buildIfChanged(root: string, build: (root: string) => number = npmBuild): boolean {
  // Taken before building: a file saved during the build makes the next start build again.
  const stamp = sourceStamp(root);
  if (!needsBuild(root, stamp)) {
    console.log('Bản dựng trong dist/ đã khớp mã nguồn: không dựng lại.');
    return false;
  }
  const status = build(root);
  if (status !== 0) process.exit(status);
  writeStamp(root, stamp);
  return true;
}

if (import.meta.main) buildIfChanged(path.resolve(import.meta.dirname, '..'));
