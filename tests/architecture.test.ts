/**
 * Layer boundaries: shared/ is pure (it may import only shared/ and zod, and uses no DOM or Node
 * globals); renderer/ reaches the back end only through the typed API (never db/ or electron/);
 * db/ never reaches up into electron/ or renderer/. Imports are read with TypeScript's own scanner,
 * so side-effect imports, re-exports, dynamic imports and require() all count.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

const imports = (file: string) => importsOf(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const isTest = (f: string) => /\.test\.tsx?$/.test(f);
const inside = (file: string, spec: string, dir: string) => spec.startsWith('.') && path.resolve(ROOT, path.dirname(file), spec).startsWith(path.join(ROOT, dir) + path.sep);

describe('architecture', () => {
  it('shared/ imports only shared/ and zod, and uses no DOM or Node globals', () => {
    const bad: string[] = [];
    for (const file of sources('shared').filter((f) => !isTest(f))) {
      for (const spec of imports(file)) if (spec !== 'zod' && !inside(file, spec, 'shared')) bad.push(`${file} imports ${spec}`);
      const code = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const global of ['document.', 'window.', 'localStorage', 'process.', 'Buffer.', '__dirname', 'require(']) {
        if (code.includes(global)) bad.push(`${file} uses ${global}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('renderer/ never imports db/, electron/, Node or SQLite', () => {
    const bad: string[] = [];
    for (const file of sources('renderer')) {
      for (const spec of imports(file)) {
        if (/^(node:|electron|better-sqlite3|exceljs|fs$|path$)/.test(spec) || inside(file, spec, 'db') || inside(file, spec, 'electron')) bad.push(`${file} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('db/ never imports electron/ or renderer/', () => {
    const bad: string[] = [];
    for (const file of sources('db')) {
      for (const spec of imports(file)) if (spec === 'electron' || inside(file, spec, 'electron') || inside(file, spec, 'renderer')) bad.push(`${file} imports ${spec}`);
    }
    expect(bad).toEqual([]);
  });

  it('uses AG Grid Community only', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    expect(Object.keys(deps).filter((d) => d.includes('enterprise'))).toEqual([]);
    for (const file of sources('renderer')) expect(imports(file).filter((s) => s.includes('ag-grid-enterprise'))).toEqual([]);
  });

  it('sees every form of import (the check itself can fail)', () => {
    const text = `import 'node:fs';\nimport x from "lodash";\nexport * from './a.ts';\nconst y = await import('electron');\nconst z = require('better-sqlite3');`;
    expect(importsOf(text)).toEqual(['node:fs', 'lodash', './a.ts', 'electron', 'better-sqlite3']);
  });
});
