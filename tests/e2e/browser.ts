/**
 * Chromium and the browser-mode server, without the test runner: used by the end-to-end harness
 * and by `npm run bench`. Debian's Chromium through playwright-core, never a downloaded browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { APP_ROOT, RENDERER_DIR } from '../../electron/paths.ts';
import { CHROMIUM_ARGS, findChromium } from '../../electron/print/chromium.ts';

export const ARTIFACTS = path.join(APP_ROOT, 'test-results');

export function chromiumPath(): string {
  const found = findChromium();
  if (!found)
    throw new Error(
      'Chromium not found: install Debian\'s "chromium" package (apt-get install chromium) or set CHROMIUM_PATH.',
    );
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Builds the renderer if this checkout has not been built yet (npm test builds it first). */
export function ensureRendererBuilt(): void {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html')))
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: APP_ROOT, stdio: 'inherit' });
}

export { serveWorkspace, type App } from './serve-workspace.ts';
