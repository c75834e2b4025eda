/**
 * Figure 8 of `npm run bench`: a plan edit at 50,000 units with 5,000 operations, from the command
 * to the data of every view the plan page reads after it (the plan list, the plan, metrics and
 * targets, roadmap, changes, chart state), through dispatch as the renderer calls it; against one
 * `simulate` of the same plan on the same inputs (read beforehand, not timed), timed just before
 * each edit. The back end keeps one simulation per plan version (electron/services/simulation-cache.ts):
 * the edit's check simulates the plan (from the version before, from the year of the edit:
 * shared/scenario/resume.ts), and the views read that simulation. Figure 8 edits the horizon year
 * (2030), figure 8b an early year (2022), so that the figure does not rest on late edits only.
 */
import { openWorkspace } from '../../db/workspace.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { simulationInputs } from '../../electron/services/plan-simulation.ts';
import { simulationsComputed } from '../../electron/services/simulation-cache.ts';
import { simulate } from '../../shared/scenario/simulate.ts';
import type { Unit } from '../../shared/model/unit.ts';
import { call } from './backend.ts';
import { benchOperations } from './operations.ts';
import { quantile, type BenchRow } from './stats.ts';

/** Figures 8 (an edit in 2030, the horizon) and 8b (in 2022), each against one `simulate` timed in the same runs. */
export async function planEditFigures(file: string, units: readonly Unit[], runs: number): Promise<BenchRow[]> {
  return [await planEditFigure(file, units, runs, 2030, '8'), await planEditFigure(file, units, runs, 2022, '8b')];
}

async function planEditFigure(
  file: string,
  units: readonly Unit[],
  runs: number,
  year: number,
  figure: string,
): Promise<BenchRow> {
  const NAME = `Bench edits ${year}`;
  const ws = openWorkspace(file);
  try {
    const handlers = createHandlers(ws);
    const operations = benchOperations(units, 5_000, 2021, 2030);
    await call(handlers, 'scenario.import', { scenario: { name: NAME, horizon: 2030, operations } });
    const stored = (await call(handlers, 'scenario.open', { name: NAME })).scenario;
    const inputs = simulationInputs(ws, stored);

    // The edit: a quota of a department (no operation of the plan touches one) set in `year`, to a new value each
    // time: a plan version never simulated before.
    const department = units.find((u) => u.kind === 'department')!.code;
    let version = (await call(handlers, 'scenario.open', { name: NAME })).version;
    let n = 0;
    const edit = async () => {
      n++;
      const operation = { type: 'setQuota' as const, year, unit: department, civilServantQuota: 1_000 + n };
      version = (await call(handlers, 'scenario.addOperation', { name: NAME, version, operation })).version;
      // What the plan page reads after an edit: the list, the plan, its metrics and targets (by its name), roadmap, changes, chart.
      await call(handlers, 'scenario.list', {});
      await call(handlers, 'scenario.open', { name: NAME });
      await call(handlers, 'scenario.metrics', { name: NAME });
      await call(handlers, 'scenario.roadmap', { name: NAME });
      await call(handlers, 'scenario.diff', { name: NAME, year: 2025 });
      await call(handlers, 'scenario.state', { name: NAME, year: 2025 });
    };
    // Interleaved, one simulate then one edit each run, so that both see the same load on a shared machine.
    const simulateOnce = () => simulate(inputs.units, stored.operations, inputs.options);
    const times = { one: [] as number[], edit: [] as number[] };
    let simulations = 0;
    simulateOnce(); // warm up
    await edit();
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      simulateOnce();
      times.one.push(performance.now() - t0);
      const before = simulationsComputed();
      t0 = performance.now();
      await edit();
      times.edit.push(performance.now() - t0);
      simulations += simulationsComputed() - before;
    }
    const [one, ours] = [quantile(times.one, 0.5), quantile(times.edit, 0.5)];
    const perEdit = simulations / runs;
    return {
      figure,
      measure: `plan edit in ${year} to all views' data, ${operations.length.toLocaleString('en')} operations (${perEdit} simulation per edit)`,
      value: ours,
      unit: 'ms',
      baseline: { name: 'one simulate', value: one },
      goal: { text: '≤ 1.3× one simulate', met: ours <= 1.3 * one },
    };
  } finally {
    ws.close();
  }
}
