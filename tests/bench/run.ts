/**
 * `npm run bench`: speed of the tree work the UI does on every change, on generated workspaces,
 * each figure the median of several runs and a ratio against a floor measured in the same run
 * (copying the unit array once). Goals are stated beside the figures; nothing here is a test.
 */
import { generateUnits } from '../../shared/sample/generate.ts';
import { buildTree, parentCodes, visibleRows } from '../../shared/tree.ts';
import { computeRollups } from '../../shared/rollup.ts';
import { evaluateFindings } from '../../shared/rules/findings.ts';
import { ruleSetById } from '../../shared/rules/rule-sets.ts';
import { layoutChart } from '../../renderer/src/chart-layout.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

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

for (const size of [5_000, 50_000]) {
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
  measure('after an edit (all of the above)', () => {
    const t = buildTree(units);
    computeRollups(t);
    evaluateFindings(units, ctx, t);
    visibleRows(t, all);
    layoutChart(t, twoLevels, 'vertical');
  }, size <= 5_000 ? 100 : null);
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`TinhGon benchmarks — node ${process.version}, ${RUNS} runs each (median)`);
console.log(`${pad('units', 8)}${pad('measure', 36)}${pad('median ms', 12)}${pad('× floor', 10)}goal`);
for (const r of rows) {
  const goal = r.budget === null ? '' : `≤ ${r.budget} ms: ${r.ms <= r.budget ? 'met' : 'NOT met'}`;
  console.log(`${pad(r.size.toLocaleString('en'), 8)}${pad(r.name, 36)}${pad(r.ms.toFixed(2), 12)}${pad(r.ratio.toFixed(1), 10)}${goal}`);
}
