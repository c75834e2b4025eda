/**
 * Figures 1–4 of `npm run bench`: opening a workspace, incremental rollups, simulation and import,
 * each against a floor measured in the same run.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { openWorkspace, createWorkspace } from '../../db/workspace.ts';
import { listUnits } from '../../db/units-repo.ts';
import { buildTree } from '../../shared/tree.ts';
import { applyHeadcountChange, computeRollups } from '../../shared/rollup.ts';
import { simulate } from '../../shared/scenario/simulate.ts';
import { ruleSetById } from '../../shared/rules/rule-sets.ts';
import { generateUnits } from '../../shared/sample/generate.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { clearUploadCache } from '../../db/io/read-workbook.ts';
import { dispatch } from '../../shared/dispatch.ts';
import type { ArgsIn, Channel, HandlerTable, Result } from '../../shared/contract/index.ts';
import type { Unit } from '../../shared/model/unit.ts';
import { benchOperations } from './operations.ts';
import { medianMs, type BenchRow } from './stats.ts';

const SIZE = 50_000;
const meta = { provinceName: 'Bench', baseYear: 2021, provinceClass: 'class2' as const, isSample: true };

export async function call<C extends Channel>(handlers: HandlerTable, channel: C, args: ArgsIn<C>): Promise<Result<C>> {
  const envelope = await dispatch(handlers, channel, args, (err) => console.error(err));
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.result as Result<C>;
}

/** 1. Open the workspace, list its units, build the tree and every rollup; against one plain SELECT. */
async function openFigure(file: string, runs: number): Promise<BenchRow> {
  const floor = await medianMs(runs, () => {
    const db = new BetterSqlite3(file, { readonly: true });
    db.prepare('SELECT * FROM units').all();
    db.close();
  });
  const ours = await medianMs(runs, () => {
    const ws = openWorkspace(file);
    computeRollups(buildTree(listUnits(ws.db)));
    ws.close();
  });
  return {
    figure: '1',
    measure: `open ${SIZE.toLocaleString('en')} units: tree + all rollups ready`,
    value: ours,
    unit: 'ms',
    baseline: { name: 'one plain SELECT', value: floor },
    goal: { text: '≤ 3× floor', met: ours <= 3 * floor },
  };
}

/** 2. One unit's headcount changed: incremental rollups against the full recompute. */
async function rollupFigure(units: readonly Unit[], runs: number): Promise<BenchRow[]> {
  const tree = buildTree(units);
  const full = await medianMs(runs, () => computeRollups(tree));
  const rollups = computeRollups(tree);
  // Leaves at the bottom of the tree (the deepest walk up), changed back and forth.
  const leaves = units.filter((u) => (tree.depth.get(u.code) ?? 0) >= 3).slice(0, 1000);
  const BATCH = leaves.length * 2;
  const perChange =
    (await medianMs(runs, () => {
      for (const u of leaves) {
        const after = {
          ...u,
          civilServantActual: u.civilServantActual + 3,
          publicEmployeeActual: u.publicEmployeeActual + 1,
        };
        applyHeadcountChange(tree, rollups, u.code, u, after);
        applyHeadcountChange(tree, rollups, u.code, after, u);
      }
    })) / BATCH;
  // Not a test: a check that the figure measures right answers.
  const u = leaves[0]!;
  const after = { ...u, contractWorkers: u.contractWorkers + 5 };
  applyHeadcountChange(tree, rollups, u.code, u, after);
  const expected = computeRollups(buildTree(units.map((x) => (x === u ? after : x))));
  const same = [...expected].every(([code, r]) => JSON.stringify(rollups.get(code)) === JSON.stringify(r));
  if (!same) throw new Error('incremental rollups differ from the full recompute');
  return [
    { figure: '2', measure: 'full recompute of all rollups', value: full, unit: 'ms', baseline: null, goal: null },
    {
      figure: '2',
      measure: 'one headcount change, incremental rollups',
      value: perChange,
      unit: 'ms',
      baseline: { name: 'full recompute', value: full },
      goal: { text: '≥ 100× faster than full', met: full / perChange >= 100 },
      faster: true,
      note: `mean of ${BATCH} changes of depth-3+ units per run; result checked equal to the full recompute`,
    },
  ];
}

/** 3. simulate 2021–2030 with 5,000 operations; against ten plain copies of the unit array. */
async function simulateFigure(units: readonly Unit[], runs: number): Promise<BenchRow> {
  const ops = benchOperations(units, 5_000, 2021, 2030);
  const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
  const floor = await medianMs(runs, () => {
    for (let i = 0; i < 10; i++) units.map((u) => ({ ...u }));
  });
  const ours = await medianMs(runs, () => simulate(units, ops, { baseYear: 2021, horizon: 2030, rules }));
  return {
    figure: '3',
    measure: `simulate 2021–2030, ${ops.length.toLocaleString('en')} operations`,
    value: ours,
    unit: 'ms',
    baseline: { name: 'ten copies of the units', value: floor },
    goal: { text: '≤ 10× floor', met: ours <= 10 * floor },
  };
}

/** 4. Import a 50,000-row .xlsx into an empty workspace as the CLI does (inspect, apply); against parsing it with exceljs. */
async function importFigure(dir: string, units: readonly Unit[], runs: number): Promise<BenchRow> {
  const source = path.join(dir, 'export-source.tinhgon');
  const ws = createWorkspace(source, meta, units);
  const exported = await call(createHandlers(ws), 'export.units', { format: 'xlsx' });
  ws.close();
  const bytes = Buffer.from(exported.data, 'base64');
  const floor = await medianMs(runs, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  });
  let n = 0;
  const ours = await medianMs(runs, async () => {
    const target = path.join(dir, `import-${n++}.tinhgon`);
    const into = createWorkspace(target, meta);
    // Each run is a first upload: inspect parses the file, apply reuses the parse.
    clearUploadCache();
    try {
      const handlers = createHandlers(into);
      const upload = { fileName: 'don-vi.xlsx', data: exported.data };
      const { mapping } = await call(handlers, 'import.inspect', upload);
      await call(handlers, 'import.apply', { ...upload, mapping, mode: null });
    } finally {
      into.close();
    }
    for (const f of fs.readdirSync(dir)) if (f.startsWith(`import-${n - 1}`)) fs.rmSync(path.join(dir, f));
  });
  return {
    figure: '4',
    measure: `import a ${units.length.toLocaleString('en')}-row .xlsx (inspect + apply)`,
    value: ours,
    unit: 'ms',
    baseline: { name: 'exceljs parse only', value: floor },
    goal: { text: '≤ 2× floor', met: ours <= 2 * floor },
  };
}

export interface BackendData {
  file: string;
  units: Unit[];
}

export async function backendFigures(
  dir: string,
  data: BackendData,
  runs: { fast: number; heavy: number },
  only?: ReadonlySet<string>,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const want = (f: string) => !only || only.has(f);
  if (want('1')) rows.push(await openFigure(data.file, runs.fast));
  if (want('2')) rows.push(...(await rollupFigure(data.units, runs.fast)));
  if (want('3')) rows.push(await simulateFigure(data.units, runs.fast));
  if (want('4')) rows.push(await importFigure(dir, data.units, runs.heavy));
  return rows;
}

export { SIZE, meta };
export const units50k = () => generateUnits(SIZE, 1);
