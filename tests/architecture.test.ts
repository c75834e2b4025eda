/**
 * Layer boundaries, checked over the real import graph (tests/architecture/graph.ts):
 * - shared/ is pure: it imports only shared/ and zod, and uses no DOM or Node globals;
 * - shared/view/ (what is shown or read from a form) is imported by neither the rest of shared/ nor db/;
 * - db/ never imports the API contract, electron/ or renderer/;
 * - renderer/ reaches the back end only through the typed API (never db/ or electron/);
 * - no SQL outside db/;
 * - one path from a call to its handler: `x.*` is declared in shared/contract/x.ts and served by
 *   electron/handlers/x.ts; handler files never import each other (shared work is in
 *   electron/services/ and db/), and the transports reach them only through the table;
 * - no import cycles.
 * Each rule is a pure function over a graph, and each is shown failing on a small graph that
 * breaks it, so a rule that silently stopped looking would be noticed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../shared/contract/index.ts';
import {
  dbStaysBelow,
  graphOf,
  handlersImportNoHandlers,
  importCycles,
  importsOf,
  noSqlOutsideDb,
  onePathPerPrefix,
  readTree,
  rendererUsesApiOnly,
  sharedIsPure,
  transportsUseTheTable,
  viewStaysAtTheEdge,
} from './architecture/graph.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const tree = readTree(ROOT);

/**
 * Breaches in electron/cli/, which is being rewritten as a command table at the same time
 * (issue 17: every CLI command a handler call). Each must disappear with that rewrite; the test
 * then fails asking to remove it from here, so this list can only shrink.
 */

describe('architecture', () => {
  it('shared/ imports only shared/ and zod, and uses no DOM or Node globals', () => {
    expect(sharedIsPure(tree)).toEqual([]);
  });

  it('shared/view/ is imported by neither the domain (the rest of shared/) nor db/', () => {
    expect(viewStaysAtTheEdge(tree)).toEqual([]);
  });

  it('renderer/ never imports db/, electron/, Node or SQLite', () => {
    expect(rendererUsesApiOnly(tree)).toEqual([]);
  });

  it('db/ never imports the API contract, electron/ or renderer/', () => {
    expect(dbStaysBelow(tree)).toEqual([]);
  });

  it('no SQL outside db/', () => {
    const found = noSqlOutsideDb(tree);
    expect(found).toEqual([]);
  });

  it('each channel prefix has its contract file and its handler file, and nothing else is in electron/handlers/', () => {
    expect(onePathPerPrefix(CHANNELS, tree)).toEqual([]);
  });

  it('handler files never import each other; the transports reach them only through the handler table', () => {
    expect(handlersImportNoHandlers(tree)).toEqual([]);
    expect(transportsUseTheTable(tree)).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles = importCycles(tree).map((c) => c.join(' '));
    expect(cycles).toEqual([]);
  });

  it('uses AG Grid Community only', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    expect(Object.keys(deps).filter((d) => d.includes('enterprise'))).toEqual([]);
    for (const f of tree.filter((f) => f.file.startsWith('renderer/')))
      expect(f.imports.map((i) => i.spec).filter((s) => s.includes('ag-grid-enterprise'))).toEqual([]);
  });

  it('sees every form of import (the check itself can fail)', () => {
    const text = `import 'node:fs';\nimport x from "lodash";\nexport * from './a.ts';\nconst y = await import('electron');\nconst z = require('better-sqlite3');`;
    expect(importsOf(text)).toEqual(['node:fs', 'lodash', './a.ts', 'electron', 'better-sqlite3']);
  });
});

describe('each rule fails on a graph that breaks it', () => {
  it('shared/ importing Node, React, db/ or the DOM', () => {
    const g = graphOf({
      'shared/a.ts': `import fs from 'node:fs';\nimport { x } from '../db/units-repo.ts';`,
      'shared/b.tsx': `import React from 'react';\nexport const w = window.innerWidth;`,
      'shared/ok.ts': `import { z } from 'zod';\nimport { y } from './b.tsx';`,
      'db/units-repo.ts': '',
    });
    expect(sharedIsPure(g)).toEqual([
      'shared/a.ts imports node:fs',
      'shared/a.ts imports ../db/units-repo.ts',
      'shared/b.tsx imports react',
      'shared/b.tsx uses window.',
    ]);
  });

  it('the domain or db/ importing shared/view/', () => {
    const g = graphOf({
      'shared/scenario/simulate.ts': `import { chartRows } from '../view/plan-chart.ts';`,
      'db/scenarios-repo.ts': `import type { Draft } from '../shared/view/plan-drafts.ts';`,
      'shared/view/plan-chart.ts': `import { simulate } from '../scenario/simulate.ts';`,
      'shared/view/plan-drafts.ts': '',
      'renderer/src/Chart.tsx': `import { chartRows } from '../../shared/view/plan-chart.ts';`,
      'electron/cli/commands/scenario.ts': `import { chartRows } from '../../../shared/view/plan-chart.ts';`,
    });
    expect(viewStaysAtTheEdge(g)).toEqual([
      'shared/scenario/simulate.ts imports ../view/plan-chart.ts',
      'db/scenarios-repo.ts imports ../shared/view/plan-drafts.ts',
    ]);
  });

  it('db/ importing the contract or electron/', () => {
    const g = graphOf({
      'db/a.ts': `import type { RulesView } from '../shared/contract/index.ts';\nimport { s } from '../electron/session.ts';\nimport { u } from '../shared/model/unit.ts';`,
      'shared/contract/index.ts': '',
      'shared/model/unit.ts': '',
      'electron/session.ts': '',
    });
    expect(dbStaysBelow(g)).toEqual([
      'db/a.ts imports ../shared/contract/index.ts',
      'db/a.ts imports ../electron/session.ts',
    ]);
  });

  it('renderer/ importing db/ or Node', () => {
    const g = graphOf({
      'renderer/src/A.tsx': `import { listUnits } from '../../db/units-repo.ts';\nimport path from 'node:path';\nimport { call } from './api.ts';`,
      'renderer/src/api.ts': '',
      'db/units-repo.ts': '',
    });
    expect(rendererUsesApiOnly(g)).toEqual([
      'renderer/src/A.tsx imports ../../db/units-repo.ts',
      'renderer/src/A.tsx imports node:path',
    ]);
  });

  it('SQL in a handler, the CLI or a string', () => {
    const g = graphOf({
      'electron/handlers/finance.ts': `const n = ws.db.prepare('SELECT 1 FROM finance_figures').get();`,
      'electron/cli/x.ts': 'const q = `DELETE FROM people WHERE id = ${id}`;',
      'renderer/src/app/App.tsx': `if (tag === 'SELECT' || /x/.exec(text)) {}`,
      'db/finance-repo.ts': `db.prepare('SELECT 1 FROM finance_figures').get();`,
    });
    expect(noSqlOutsideDb(g).map((v) => v.slice(0, v.indexOf(':')))).toEqual([
      'electron/handlers/finance.ts',
      'electron/cli/x.ts',
    ]);
  });

  it('a channel declared or served outside its prefix file, and a helper among the handler files', () => {
    const g = graphOf({
      'shared/contract/rules.ts': `export const c = {\n  'rules.get': {},\n  'export.findings': {},\n};`,
      'shared/contract/export.ts': `export const c = {\n  'export.units': {},\n};`,
      'electron/handlers/rules.ts': `export function rulesHandlers(): HandlersOf<'rules'> {}`,
      'electron/handlers/clock.ts': '',
    });
    expect(onePathPerPrefix(['rules.get', 'export.findings', 'export.units'], g)).toEqual([
      'export.findings is not declared in shared/contract/export.ts',
      'export.* has no electron/handlers/export.ts',
      'shared/contract/rules.ts declares export.findings',
      'electron/handlers/clock.ts serves no channel prefix (shared work goes in electron/services/)',
    ]);
  });

  it('a handler file importing another, and a transport reaching past the table', () => {
    const g = graphOf({
      'electron/handlers/print.ts': `import { simulateInWorkspace } from './scenario.ts';`,
      'electron/handlers/scenario.ts': `import type { CurrentWorkspace } from '../services/current-workspace.ts';`,
      'electron/handlers/index.ts': `import { scenarioHandlers } from './scenario.ts';`,
      'electron/services/current-workspace.ts': '',
      'electron/cli/main.ts': `import { createHandlers } from '../handlers/index.ts';\nimport { scenarioHandlers } from '../handlers/scenario.ts';`,
      'electron/http-server.ts': `import { financeHandlers } from './handlers/finance.ts';`,
      'electron/handlers/finance.ts': '',
    });
    expect(handlersImportNoHandlers(g)).toEqual(['electron/handlers/print.ts imports ./scenario.ts']);
    expect(transportsUseTheTable(g)).toEqual([
      'electron/cli/main.ts imports ../handlers/scenario.ts',
      'electron/http-server.ts imports ./handlers/finance.ts',
    ]);
  });

  it('an import cycle, also through type-only imports and folder indexes', () => {
    const g = graphOf({
      'shared/format.ts': `import type { Lang } from './i18n/index.ts';`,
      'shared/i18n/index.ts': `import { formatInteger } from '../format.ts';`,
      'shared/a.ts': `import { b } from './b.ts';`,
      'shared/b.ts': `import { c } from './c.ts';`,
      'shared/c.ts': `export * from './a.ts';`,
      'shared/d.ts': `import { a } from './a.ts';`,
    });
    expect(importCycles(g)).toEqual([
      ['shared/format.ts', 'shared/i18n/index.ts'],
      ['shared/a.ts', 'shared/b.ts', 'shared/c.ts'],
    ]);
  });
});
