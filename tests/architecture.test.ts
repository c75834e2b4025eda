/**
 * Layer boundaries: shared/ is pure (no Node, Electron, React, DOM, SQLite, grid or chart);
 * renderer/ reaches the back end only through the typed API (never db/ or electron/).
 */
import fs from 'node:fs';
import path from 'node:path';
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

function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]/g)];
  return specs.map((m) => m[1] ?? m[2] ?? m[3]!);
}

const isTest = (f: string) => /\.test\.tsx?$/.test(f);

describe('architecture', () => {
  it('shared/ imports nothing platform-specific and uses no DOM or Node globals', () => {
    const forbidden = /^(node:|electron|react|react-dom|better-sqlite3|ag-grid|d3|fs$|path$|os$|child_process$|http$|crypto$)/;
    const bad: string[] = [];
    for (const file of sources('shared').filter((f) => !isTest(f))) {
      for (const spec of imports(file)) {
        if (forbidden.test(spec)) bad.push(`${file} imports ${spec}`);
        const target = path.resolve(ROOT, path.dirname(file), spec);
        if (spec.startsWith('.') && !target.startsWith(path.join(ROOT, 'shared'))) bad.push(`${file} imports ${spec} (outside shared/)`);
      }
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
        const target = path.resolve(ROOT, path.dirname(file), spec);
        if (/^(node:|electron|better-sqlite3|fs$|path$)/.test(spec)) bad.push(`${file} imports ${spec}`);
        if (spec.startsWith('.') && (target.startsWith(path.join(ROOT, 'db')) || target.startsWith(path.join(ROOT, 'electron')))) bad.push(`${file} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('db/ never imports electron/ or renderer/', () => {
    const bad: string[] = [];
    for (const file of sources('db')) {
      for (const spec of imports(file)) {
        const target = path.resolve(ROOT, path.dirname(file), spec);
        if (spec === 'electron' || target.startsWith(path.join(ROOT, 'electron')) || target.startsWith(path.join(ROOT, 'renderer'))) bad.push(`${file} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses AG Grid Community only', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    expect(Object.keys(deps).filter((d) => d.includes('enterprise'))).toEqual([]);
    for (const file of sources('renderer')) expect(imports(file).filter((s) => s.includes('ag-grid-enterprise'))).toEqual([]);
  });

  it('detects a forbidden import (the check itself can fail)', () => {
    expect(imports('electron/http-server.ts')).toContain('node:http');
  });
});
