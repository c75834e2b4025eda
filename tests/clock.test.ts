/**
 * Time is injected: the domain (shared/) never reads the clock, it takes dates as arguments; db/
 * and the back end's handlers and CLI commands read it only through a `Clock` they are given
 * (shared/clock.ts; the system clock lives in db/clock.ts, TINHGON_TODAY in
 * electron/handlers/clock.ts). A read is `new Date()` with no argument or `Date.now()`, found with
 * TypeScript's parser (comments and strings do not count). Tests may read the clock.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../shared/clock.ts';
import { listScenarios } from '../db/scenarios-repo.ts';
import { handlerHarness } from './handler-harness.ts';
import { unit } from './fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const GUARDED = ['shared', 'db', 'electron/handlers', 'electron/cli'];
/** Where the one system clock is read. */
const CLOCKS = new Set(['db/clock.ts']);

function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/** The clock reads of a source text, as `line: code`. */
export function clockReads(text: string, name = 'x.ts'): string[] {
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const isDate = (e: ts.Expression) => ts.isIdentifier(e) && e.text === 'Date';
  const visit = (node: ts.Node) => {
    const read =
      (ts.isNewExpression(node) && isDate(node.expression) && (node.arguments?.length ?? 0) === 0) ||
      (ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        isDate(node.expression.expression) &&
        node.expression.name.text === 'now');
    if (read) found.push(`${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText()}`);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('time is injected', () => {
  it('recognises a clock read, and only a read', () => {
    expect(clockReads('const a = new Date();\nconst b = Date.now();\nconst c = new Date;')).toEqual([
      '1: new Date()',
      '2: Date.now()',
      '3: new Date',
    ]);
    expect(
      clockReads('// new Date()\nconst s = "Date.now()";\nconst d = new Date(2027, 6, 1);\nconst e = new Date(iso);'),
    ).toEqual([]);
  });

  it('shared/, db/ and the handlers and CLI commands never read the clock but through an injected Clock', () => {
    const bad: string[] = [];
    for (const dir of GUARDED) {
      for (const file of sources(dir).filter((f) => !CLOCKS.has(f))) {
        for (const read of clockReads(fs.readFileSync(path.join(ROOT, file), 'utf8'), file))
          bad.push(`${file}:${read}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('the handler table runs on the clock it is given', () => {
  it("judges, defaults years and stamps rows by that clock, not the computer's", async () => {
    const { ws, send } = handlerHarness(
      [unit('T', null, { kind: 'people_committee' })],
      2025,
      fixedClock('2031-03-04'),
    );
    expect((await send('rules.get', {})).date).toBe('2031-03-04');
    expect((await send('findings.list', {})).date).toBe('2031-03-04');
    expect((await send('finance.list', {})).year).toBe(2031); // no figures yet: this year
    await send('scenario.create', { name: 'PA1' });
    expect(listScenarios(ws.db)[0]!.updatedAt).toMatch(/^2031-03-0[34]T/); // noon local time, in UTC
    const file = path.join(path.dirname(ws.file), 'moi.tinhgon');
    expect(await send('workspace.create', { file })).toMatchObject({ baseYear: 2031 });
  });
});
