// `npm start` builds only when the sources changed since the build it stamped (build/source-stamp.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAMP_FILE, needsBuild, sourceStamp, writeStamp } from '../build/source-stamp.ts';
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

describe('which commands use the stamp', () => {
  it('npm start and serve build only when needed; npm run build, npm test and dist always build and drop the stamp', async () => {
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toMatch(/^node build\/build-if-changed\.ts && /);
    expect(scripts.serve).toMatch(/^node build\/build-if-changed\.ts && /);
    for (const always of ['build', 'test', 'dist']) expect(scripts[always]).not.toContain('build-if-changed');
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
