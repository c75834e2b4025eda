/**
 * The import graph of the source tree, and the layer rules as pure functions over it: each takes a
 * graph (the real one, or a small one a test builds to violate it) and returns its violations as
 * sentences. Imports are read with TypeScript's own scanner, so side-effect imports, re-exports,
 * dynamic imports and require() all count; type-only imports count too (a cycle of types is still
 * a cycle a reader has to untangle).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One source file: its repo-relative path (with /), its text, and what it imports. */
export interface SourceFile {
  file: string;
  text: string;
  /** Each import as written, and the repo-relative file it names (null: a package or node: module). */
  imports: Array<{ spec: string; target: string | null }>;
}
export type ImportGraph = SourceFile[];

export const DIRS = ['shared', 'db', 'electron', 'renderer'] as const;
export const isTest = (f: string) => /\.test\.tsx?$/.test(f);

export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The repo-relative file a relative import names, among `known` files (null: a package). */
export function resolveImport(from: string, spec: string, known: ReadonlySet<string>): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (known.has(candidate)) return candidate;
  return base; // a file outside the scanned folders (e.g. package.json): kept, so layer rules still see where it points
}

/** Builds a graph from files given as path → text (what the tests use for synthetic graphs). */
export function graphOf(texts: Record<string, string>): ImportGraph {
  const known = new Set(Object.keys(texts));
  return Object.entries(texts).map(([file, text]) => ({
    file,
    text,
    imports: importsOf(text).map((spec) => ({ spec, target: resolveImport(file, spec, known) })),
  }));
}

/** The real tree under `root`: every .ts/.tsx/.mts/.mjs file of shared/, db/, electron/, renderer/. */
export function readTree(root: string): ImportGraph {
  const texts: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name)) texts[rel] = fs.readFileSync(path.join(root, rel), 'utf8');
    }
  };
  for (const dir of DIRS) walk(dir);
  return graphOf(texts);
}

const under = (file: string | null, dir: string) => file !== null && file.startsWith(`${dir}/`);
const production = (g: ImportGraph) => g.filter((f) => !isTest(f.file));

/** shared/ is the pure domain: it imports only shared/ and zod, and uses no DOM or Node globals. */
export function sharedIsPure(g: ImportGraph): string[] {
  const bad: string[] = [];
  for (const f of production(g).filter((f) => under(f.file, 'shared'))) {
    for (const i of f.imports)
      if (i.spec !== 'zod' && !under(i.target, 'shared')) bad.push(`${f.file} imports ${i.spec}`);
    for (const global of ['document.', 'window.', 'localStorage', 'process.', 'Buffer.', '__dirname', 'require(']) {
      if (f.text.includes(global)) bad.push(`${f.file} uses ${global}`);
    }
  }
  return bad;
}

/** db/ stores and reads: it never imports the API contract, electron/ or renderer/. */
export function dbStaysBelow(g: ImportGraph): string[] {
  const bad: string[] = [];
  for (const f of production(g).filter((f) => under(f.file, 'db'))) {
    for (const i of f.imports) {
      if (
        i.spec === 'electron' ||
        under(i.target, 'electron') ||
        under(i.target, 'renderer') ||
        under(i.target, 'shared/contract')
      )
        bad.push(`${f.file} imports ${i.spec}`);
    }
  }
  return bad;
}

/**
 * shared/view/ holds what the renderer, the CLI and the exports show or read from a form (plan chart,
 * typed drafts, tables to export, texts): it may import the domain, but nothing else in shared/ and
 * nothing in db/ imports it, so the domain never depends on how it is shown.
 */
export function viewStaysAtTheEdge(g: ImportGraph): string[] {
  const bad: string[] = [];
  for (const f of production(g).filter(
    (f) => (under(f.file, 'shared') && !under(f.file, 'shared/view')) || under(f.file, 'db'),
  )) {
    for (const i of f.imports) if (under(i.target, 'shared/view')) bad.push(`${f.file} imports ${i.spec}`);
  }
  return bad;
}

/** renderer/ reaches the back end only through the typed API: never db/, electron/, Node or SQLite. */
export function rendererUsesApiOnly(g: ImportGraph): string[] {
  const bad: string[] = [];
  for (const f of g.filter((f) => under(f.file, 'renderer'))) {
    for (const i of f.imports) {
      if (
        /^(node:|electron$|better-sqlite3|exceljs|fs$|path$)/.test(i.spec) ||
        under(i.target, 'db') ||
        under(i.target, 'electron')
      )
        bad.push(`${f.file} imports ${i.spec}`);
    }
  }
  return bad;
}

/** A handler file serves its prefix and shares work through electron/services/ and db/, never through another handler file. */
export function handlersImportNoHandlers(g: ImportGraph): string[] {
  const bad: string[] = [];
  for (const f of production(g).filter(
    (f) => under(f.file, 'electron/handlers') && f.file !== 'electron/handlers/index.ts',
  )) {
    for (const i of f.imports) if (under(i.target, 'electron/handlers')) bad.push(`${f.file} imports ${i.spec}`);
  }
  return bad;
}

/** Electron IPC, HTTP and the CLI reach the handlers only through the table (electron/handlers/index.ts) and dispatch. */
export const TRANSPORTS = (file: string) =>
  /^electron\/(main|preload|http-server|browser-mode|serve|start)\.ts$/.test(file) || file.startsWith('electron/cli/');
export function transportsUseTheTable(g: ImportGraph): string[] {
  const bad: string[] = [];
  for (const f of production(g).filter((f) => TRANSPORTS(f.file))) {
    for (const i of f.imports)
      if (under(i.target, 'electron/handlers') && i.target !== 'electron/handlers/index.ts')
        bad.push(`${f.file} imports ${i.spec}`);
  }
  return bad;
}

/** SQL in code outside db/: a statement prepared or run, or SQL text in a string. */
const SQL = [
  /\.(prepare|pragma)\(/,
  /\.exec\(\s*['"`]/,
  /['"`]\s*(SELECT\b[^'"`]*\bFROM\b|INSERT\s+(OR\s+[A-Z]+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|CREATE\s+(TABLE|INDEX|VIEW|TRIGGER)\b|ALTER\s+TABLE\b|DROP\s+(TABLE|INDEX)\b|PRAGMA\s)/,
];
export function noSqlOutsideDb(g: ImportGraph): string[] {
  const bad: string[] = [];
  for (const f of production(g).filter((f) => !under(f.file, 'db'))) {
    f.text.split('\n').forEach((line, n) => {
      if (SQL.some((re) => re.test(line))) bad.push(`${f.file}:${n + 1} has SQL: ${line.trim().slice(0, 100)}`);
    });
  }
  return bad;
}

/** Every import cycle among the files (strongly connected components of more than one file, or a file importing itself), each as its files. */
export function importCycles(g: ImportGraph): string[][] {
  const edges = new Map(
    g.map((f) => [f.file, [...new Set(f.imports.map((i) => i.target).filter((t): t is string => t !== null))]]),
  );
  // Tarjan's algorithm, iterative enough for a few thousand files.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(scc.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return cycles;
}

/** The channels declared in a contract file's text: its quoted keys that look like channel names. */
const declaredChannels = (text: string) =>
  [...text.matchAll(/(?:^|[{,])\s*'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'\s*:/gm)].map((m) => m[1]!);

/**
 * One path from a call to its handler: every channel prefix has its contract file
 * (shared/contract/<prefix>.ts, declaring only that prefix's channels) and its handler file
 * (electron/handlers/<prefix>.ts, or a folder with an index.ts, returning HandlersOf<'<prefix>'>),
 * and electron/handlers/ holds nothing else but the table (index.ts).
 */
export function onePathPerPrefix(channels: readonly string[], g: ImportGraph): string[] {
  const bad: string[] = [];
  const text = new Map(g.map((f) => [f.file, f.text]));
  const prefixes = [...new Set(channels.map((c) => c.slice(0, c.indexOf('.'))))];
  for (const p of prefixes) {
    const contractFile = `shared/contract/${p}.ts`;
    const declared = text.has(contractFile) ? declaredChannels(text.get(contractFile)!) : null;
    if (!declared) bad.push(`${p}.* has no ${contractFile}`);
    else
      for (const c of channels.filter((c) => c.startsWith(`${p}.`)))
        if (!declared.includes(c)) bad.push(`${c} is not declared in ${contractFile}`);
    const handlerFile = [`electron/handlers/${p}.ts`, `electron/handlers/${p}/index.ts`].find((f) => text.has(f));
    if (!handlerFile) bad.push(`${p}.* has no electron/handlers/${p}.ts`);
    else if (!text.get(handlerFile)!.includes(`HandlersOf<'${p}'>`))
      bad.push(`${handlerFile} does not return HandlersOf<'${p}'>`);
  }
  for (const f of g.filter((f) => f.file.startsWith('shared/contract/'))) {
    const own = path.posix.basename(f.file, '.ts');
    for (const c of declaredChannels(f.text)) if (!c.startsWith(`${own}.`)) bad.push(`${f.file} declares ${c}`);
  }
  for (const f of production(g).filter(
    (f) => /^electron\/handlers\/[^/]+$/.test(f.file) || /^electron\/handlers\/[^/]+\/index\.ts$/.test(f.file),
  )) {
    const name = f.file.replace(/^electron\/handlers\//, '').replace(/(\/index)?\.ts$/, '');
    if (name !== 'index' && !prefixes.includes(name))
      bad.push(`${f.file} serves no channel prefix (shared work goes in electron/services/)`);
  }
  return bad;
}
