/**
 * What the CLI and the browser-mode server load at run time is in `dependencies` (so that
 * `npm ci --omit=dev` leaves them working), and only that: the renderer is bundled by Vite and the
 * Electron main process by esbuild, so their libraries are development dependencies. The import
 * graph is read from the entry points with TypeScript's scanner (dynamic imports count).
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** Run from source by Node (not bundled): `tinhgon` and `npm run serve`'s server. */
const ENTRY_POINTS = ['electron/cli/tinhgon.mjs', 'electron/serve.ts'];

const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

/** Every package imported by the files reachable from `entries`, with one file importing it. */
export function runtimePackages(entries: readonly string[]): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { fileName: spec } of ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else if (!spec.startsWith('node:') && !builtinModules.includes(spec))
        packages.set(packageOf(spec), path.relative(ROOT, file));
    }
  };
  for (const e of entries) visit(path.join(ROOT, e));
  return packages;
}

describe('runtime dependencies', () => {
  it('every package the CLI and the browser-mode server import is a dependency, not a development one', () => {
    const missing = [...runtimePackages(ENTRY_POINTS)]
      .filter(([name]) => !(name in pkg.dependencies))
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(missing).toEqual([]);
  });

  it('the Node.js 24 that runs them, and the print font read from its package, are dependencies too', () => {
    // `tinhgon` runs on the `node` of node_modules/.bin (the system Node may be older); PDFs embed Tinos.
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['node', '@fontsource/tinos']));
  });

  it('nothing is in both lists, and the renderer-only libraries stay development dependencies', () => {
    expect(Object.keys(pkg.dependencies).filter((d) => d in pkg.devDependencies)).toEqual([]);
    for (const bundled of ['react', 'react-dom', 'ag-grid-react', 'd3', 'vite', 'electron'])
      expect(pkg.devDependencies).toHaveProperty(bundled);
  });

  it('finds the packages of a graph (scoped names, subpaths, dynamic imports; built-ins left out)', () => {
    // Inside the repository (its node_modules resolve the packages); test-results/ does not exist in a fresh clone.
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(ROOT, 'test-results', 'deps-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import fs from 'fs';\nimport './b.ts';\nimport { z } from 'zod/v4';\n");
      fs.writeFileSync(
        path.join(dir, 'b.ts'),
        "export const f = () => import('@scope/pkg/sub');\nimport 'node:path';\n",
      );
      expect([...runtimePackages([path.relative(ROOT, path.join(dir, 'a.ts'))]).keys()].sort()).toEqual([
        '@scope/pkg',
        'zod',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });
});
