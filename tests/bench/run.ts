/**
 * `npm run bench`: on workspaces it generates itself (deterministic), the figures of the scale
 * issue — open, incremental rollups, simulation, import, browser rendering against the peer
 * d3-org-chart, memory — each a median with its ratio to a baseline measured in the same run and
 * its goal, met or not; then the tree work the UI repeats after every edit. Nothing here is a test.
 * BENCH_RUNS sets the repetitions of the quick figures (default 9), BENCH_ONLY a comma-separated
 * list of figures to run (e.g. "1,2", "tree"; "chart": figure 5's chart rows only; "9": npm start).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWorkspace } from '../../db/workspace.ts';
import { insertPeople } from '../../db/people-repo.ts';
import { generatePeople, generateUnits } from '../../shared/sample/generate.ts';
import { buildTree, parentCodes, visibleRows } from '../../shared/tree.ts';
import { computeRollups } from '../../shared/rollup.ts';
import { evaluateFindings } from '../../shared/rules/findings.ts';
import { ruleSetById } from '../../shared/rules/rule-sets.ts';
import { layoutChart } from '../../renderer/src/chart/chart-layout.ts';
import { backendFigures, meta, SIZE } from './backend.ts';
import { browserFigures } from './browser.ts';
import { printFigure } from './print.ts';
import { planEditFigures } from './plan-edit.ts';
import { startFigure } from './start.ts';
import { formatTable, type BenchRow } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/** Repetitions of the heavy figures (import, the proposal PDF). */
const HEAVY_RUNS = Math.max(1, Math.min(RUNS, 3));
const BROWSER_REPS = Math.max(3, Math.min(RUNS * 2, 15));
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((x) => x.trim())) : null;
const want = (f: string) => !only || only.has(f);
const started = performance.now();

function median(fn: () => unknown): number {
  fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** A goal is a time budget: what a user perceives as instant after an action (≤ 100 ms). */
const rows: Array<{ size: number; name: string; ms: number; ratio: number; budget: number | null }> = [];
const ctx = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };

for (const size of want('tree') ? [5_000, 50_000] : []) {
  const units = generateUnits(size, 1);
  const floor = median(() => units.map((u) => ({ ...u })));
  const tree = buildTree(units);
  const all = new Set(parentCodes(tree));
  const twoLevels = new Set(parentCodes(tree).filter((c) => (tree.depth.get(c) ?? 0) < 2));
  const measure = (name: string, fn: () => unknown, budget: number | null = null) => {
    const ms = median(fn);
    rows.push({ size, name, ms, ratio: ms / floor, budget });
  };
  rows.push({ size, name: 'floor: copy the unit array', ms: floor, ratio: 1, budget: null });
  measure('tree index + all rollups', () => computeRollups(buildTree(units)));
  measure('health checks (all units)', () => evaluateFindings(units, ctx));
  measure('visible rows, everything open', () => visibleRows(tree, all));
  measure('chart layout, open to level 2', () => layoutChart(tree, twoLevels, 'vertical'));
  measure('chart layout, everything open', () => layoutChart(tree, all, 'vertical'));
  // What the UI recomputes after every edit: tree, rollups, findings, rows, chart layout.
  measure(
    'after an edit (all of the above)',
    () => {
      const t = buildTree(units);
      computeRollups(t);
      evaluateFindings(units, ctx, t);
      visibleRows(t, all);
      layoutChart(t, twoLevels, 'vertical');
    },
    size <= 5_000 ? 100 : null,
  );
}

// The scale figures, on a 50,000-unit workspace with 100,000 people, generated in a temp folder.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tinhgon-bench-'));
const scale: BenchRow[] = [];
try {
  const chartOnly = only !== null && [...only].every((f) => f === 'chart');
  // Figure 9 (npm start) needs no generated workspace.
  const noScale = only !== null && [...only].every((f) => f === 'chart' || f === '9');
  const units = noScale ? [] : generateUnits(SIZE, 1);
  const file = path.join(dir, 'ca-nuoc-50000.tinhgon');
  if (!noScale) {
    const ws = createWorkspace(file, meta, units);
    ws.db.transaction(() => insertPeople(ws.db, generatePeople(units, 100_000, 1))).immediate();
    ws.close();
    scale.push(...(await backendFigures(dir, { file, units }, { fast: RUNS, heavy: HEAVY_RUNS }, only ?? undefined)));
    if (want('8')) scale.push(...(await planEditFigures(file, units, RUNS)));
  }
  if (want('5') || want('6') || want('chart'))
    scale.push(...(await browserFigures(dir, file, BROWSER_REPS, chartOnly)));
  // A 5,000-unit workspace and 500 operations: a đề án of about 400 pages.
  if (want('7')) scale.push(...(await printFigure(dir, 5_000, 500, HEAVY_RUNS)));
  if (want('9')) scale.push(await startFigure(dir, RUNS));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(
  `TinhGon benchmarks — node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${new Date().toISOString().slice(0, 10)}`,
);
console.log(
  `Medians of ${RUNS} runs (import and the proposal PDF: ${HEAVY_RUNS}; browser latencies: ${BROWSER_REPS} times, the peer's expand: up to 5).\n`,
);
if (scale.length > 0) {
  console.log(formatTable(scale));
  console.log('');
}
if (rows.length > 0) {
  console.log('Tree work after an edit (× floor: copying the unit array once):');
  console.log(`${pad('units', 8)}${pad('measure', 36)}${pad('median ms', 12)}${pad('× floor', 10)}goal`);
  for (const r of rows) {
    const goal = r.budget === null ? '' : `≤ ${r.budget} ms: ${r.ms <= r.budget ? 'met' : 'NOT met'}`;
    console.log(
      `${pad(r.size.toLocaleString('en'), 8)}${pad(r.name, 36)}${pad(r.ms.toFixed(2), 12)}${pad(r.ratio.toFixed(1), 10)}${goal}`,
    );
  }
}
console.log(`\nTotal ${((performance.now() - started) / 60_000).toFixed(1)} min.`);
