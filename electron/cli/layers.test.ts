/**
 * The command line is a transport: every command calls the handler table (through call.ts), so
 * no command body copies a handler. Here: no SQL, and from db/ only what a transport needs —
 * opening the workspace (call.ts) and reading or writing the user's own files (safe-path.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIR = import.meta.dirname;
const ROOT = path.resolve(DIR, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? sources(file) : /\.(ts|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [file] : [];
  });
}

const imports = (file: string) =>
  ts
    .preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((s) => s.startsWith('.'))
    .map((s) => path.relative(ROOT, path.resolve(path.dirname(file), s)));

describe('electron/cli goes through the handler table', () => {
  it('runs no SQL and reaches db/ only to open the workspace and for the user’s files; only call.ts builds the handler table', () => {
    const bad: string[] = [];
    for (const file of sources(DIR)) {
      const name = path.relative(ROOT, file);
      const text = fs.readFileSync(file, 'utf8');
      if (
        /\.(prepare|pragma|transaction)\(|\bdb\.\w+\(|\b(SELECT|INSERT|UPDATE|DELETE)\s+(\*|\w+\s|INTO|FROM)/.test(text)
      )
        bad.push(`${name} runs SQL`);
      for (const spec of imports(file)) {
        const allowed =
          spec === 'db/safe-path.ts' ||
          (spec === 'db/workspace.ts' && name === 'electron/cli/call.ts') ||
          (spec.startsWith('electron/handlers/') ? name === 'electron/cli/call.ts' : !spec.startsWith('db/'));
        if (!allowed) bad.push(`${name} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
