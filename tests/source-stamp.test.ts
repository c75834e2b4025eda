// `npm start` builds only when the sources changed since the build it stamped (build/source-stamp.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  OUTPUTS as APP_OUTPUTS,
  START_BUNDLE,
  STAMP_FILE,
  needsBuild,
  sourceStamp,
  writeStamp,
} from '../build/source-stamp.ts';
import { buildIfChanged } from '../build/build-if-changed.ts';
import { trimCompileCache } from '../build/compile-cache.ts';
import { tempDir } from './temp.ts';

const SOURCES = ['src', 'package-lock.json'];
const OUTPUTS = ['dist/app.js'];
const STAMP = 'dist/.stamp';

/** A project with two sources and a build made from them. */
function project() {
  const root = tempDir();
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('src/a.ts', 'export const a = 1;');
  write('src/ui/b.tsx', 'export const b = 2;');
  write('package-lock.json', '{}');
  write('dist/app.js', 'built');
  const stamp = () => sourceStamp(root, SOURCES);
  const stale = () => needsBuild(root, stamp(), OUTPUTS, STAMP);
  writeStamp(root, stamp(), STAMP);
  return { root, write, stamp, stale };
}

describe('the build stamp of npm start', () => {
  it('skips the build while nothing changed', () => {
    const p = project();
    expect(p.stale()).toBe(false);
    expect(p.stamp()).toBe(p.stamp());
  });

  it('builds after a file is saved, added, removed, renamed or only touched, and after the lock file changes', () => {
    const changes: Array<(p: ReturnType<typeof project>) => void> = [
      (p) => p.write('src/a.ts', 'export const a = 10;'),
      (p) => p.write('src/ui/c.ts', ''),
      (p) => fs.rmSync(path.join(p.root, 'src/ui/b.tsx')),
      (p) => fs.renameSync(path.join(p.root, 'src/ui/b.tsx'), path.join(p.root, 'src/ui/d.tsx')),
      (p) => fs.utimesSync(path.join(p.root, 'src/a.ts'), new Date(), new Date(Date.now() + 5000)),
      (p) => p.write('package-lock.json', '{"lockfileVersion":3}'),
    ];
    for (const change of changes) {
      const p = project();
      change(p);
      expect(p.stale()).toBe(true);
    }
  });

  it('builds when an output or the stamp is missing (a build emptied or failed half-way)', () => {
    const p = project();
    fs.rmSync(path.join(p.root, 'dist/app.js'));
    expect(p.stale()).toBe(true);
    const q = project();
    fs.rmSync(path.join(q.root, STAMP));
    expect(q.stale()).toBe(true);
  });
});

/** The app's layout in a temp folder, with a build that writes every output and counts its runs. */
function app() {
  const root = tempDir();
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('shared/a.ts', 'export const a = 1;');
  write('package.json', '{}');
  let builds = 0;
  const build =
    (during: () => void = () => {}) =>
    (r: string) => {
      builds++;
      for (const o of APP_OUTPUTS) fs.mkdirSync(path.dirname(path.join(r, o)), { recursive: true });
      for (const o of APP_OUTPUTS) fs.writeFileSync(path.join(r, o), `build ${builds}`);
      during();
      return 0;
    };
  return { root, write, build, builds: () => builds };
}

describe('npm start builds only when needed (build/build-if-changed.ts)', () => {
  it('builds at the first start, not at the second; again after a source is saved', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const a = app();
    expect(buildIfChanged(a.root, a.build())).toBe(true);
    expect(buildIfChanged(a.root, a.build())).toBe(false);
    expect(a.builds()).toBe(1);
    a.write('shared/a.ts', 'export const a = 2;');
    expect(buildIfChanged(a.root, a.build())).toBe(true);
    expect(buildIfChanged(a.root, a.build())).toBe(false);
    expect(a.builds()).toBe(2);
  });

  it('builds again at the next start when a source was saved during the build', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const a = app();
    expect(
      buildIfChanged(
        a.root,
        a.build(() => a.write('shared/b.ts', 'saved meanwhile')),
      ),
    ).toBe(true);
    expect(buildIfChanged(a.root, a.build())).toBe(true);
    expect(a.builds()).toBe(2);
  });

  it('builds when the bundled start is missing (a build made before it existed)', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const a = app();
    buildIfChanged(a.root, a.build());
    fs.rmSync(path.join(a.root, START_BUNDLE));
    expect(APP_OUTPUTS).toContain(START_BUNDLE);
    expect(buildIfChanged(a.root, a.build())).toBe(true);
  });

  it('stamps nothing and exits with the build status when the build fails', () => {
    const a = app();
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    expect(() => buildIfChanged(a.root, () => 2)).toThrow('exit 2');
    expect(exit).toHaveBeenCalledWith(2);
    expect(fs.existsSync(path.join(a.root, STAMP_FILE))).toBe(false);
  });
});

describe("npm start's compile cache (build/compile-cache.ts)", () => {
  it('is kept under its limit and emptied past it; a cache not made yet is left alone', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a1'), Buffer.alloc(600));
    fs.writeFileSync(path.join(dir, 'b2'), Buffer.alloc(400));
    expect(trimCompileCache(dir, 1000)).toBe(false);
    expect(fs.readdirSync(dir)).toHaveLength(2);
    fs.writeFileSync(path.join(dir, 'c3'), Buffer.alloc(1));
    expect(trimCompileCache(dir, 1000)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(trimCompileCache(path.join(dir, 'none'))).toBe(false);
    expect(trimCompileCache(undefined)).toBe(false);
  });
});

describe('which commands use the stamp', () => {
  it('npm start and serve build only when needed; npm run build, npm test and dist always build and drop the stamp', async () => {
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    // npm start: one Node process (build/start.mjs → build/start.ts: buildIfChanged, then the bundled start).
    expect(scripts.start).toBe('node build/start.mjs');
    expect(fs.readFileSync('build/start.ts', 'utf8')).toMatch(
      /buildIfChanged\(root\);\n[^]*await import\(.*START_BUNDLE/,
    );
    expect(scripts.serve).toMatch(/^node build\/build-if-changed\.ts && /);
    for (const always of ['build', 'test', 'dist'])
      expect(scripts[always]).not.toMatch(/build-if-changed|build\/start/);
    expect(scripts.test).toContain('npm run build');
    expect(scripts.dist).toContain('npm run build');
    // vite empties its output folder on every build: the stamp inside it goes with the old build.
    const vite = (await import('../vite.config.ts')).default as {
      root: string;
      build: { outDir: string; emptyOutDir: boolean };
    };
    expect(vite.build.emptyOutDir).toBe(true);
    expect(STAMP_FILE.startsWith(`${path.posix.join(vite.root, vite.build.outDir)}/`)).toBe(true);
    expect(scripts.build).toMatch(/^vite build/);
  });
});
