/**
 * `npm ci --omit=dev` leaves a working CLI: the sources and lock file are copied to a temp folder,
 * installed without the development dependencies, and `tinhgon --help` and `tinhgon init` run
 * there. Needs the npm registry (or its cache) and minutes: opt-in with TINHGON_OMIT_DEV_TEST=1
 * (.ci/run sets it); tests/runtime-deps.test.ts checks the same statically on every run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
/** What the CLI is made of (the renderer, build scripts and tests are not needed to run it). */
const COPIED = ['package.json', 'package-lock.json', 'shared', 'db', 'electron'];

describe.runIf(process.env.TINHGON_OMIT_DEV_TEST === '1')('an install without development dependencies', () => {
  it('runs tinhgon --help and tinhgon init', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tinhgon-omit-dev-'));
    try {
      for (const entry of COPIED)
        fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), {
          recursive: true,
          filter: (src) => !/\.test\.tsx?$/.test(src),
        });
      const npm = (args: string[]) =>
        spawnSync('npm', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      const install = npm(['ci', '--omit=dev', '--no-audit', '--no-fund']);
      expect(install.status, install.stderr).toBe(0);
      expect(fs.existsSync(path.join(dir, 'node_modules', 'vite')), 'a development dependency was installed').toBe(
        false,
      );
      const help = npm(['exec', '--', 'tinhgon', '--help']);
      expect(help.status, help.stderr).toBe(0);
      expect(help.stdout).toContain('tinhgon');
      const init = npm(['exec', '--', 'tinhgon', 'init', path.join(dir, 'moi.tinhgon'), '--sample']);
      expect(init.status, init.stderr).toBe(0);
      expect(fs.existsSync(path.join(dir, 'moi.tinhgon'))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
