import type { HandlerTable } from '../../shared/contract.ts';
import { AppError } from '../../shared/errors.ts';
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n/index.ts';
import { ruleSetById } from '../../shared/rules/rule-sets.ts';
import { yearRows } from '../../shared/scenario/compare.ts';
import { diffUnits, operationUnits } from '../../shared/scenario/diff.ts';
import { suggestMerges } from '../../shared/scenario/suggest.ts';
import { scenarioMetricsTable, scenarioTargetsTable } from '../../shared/scenario/tables.ts';
import { simulate, ScenarioError, type Simulation } from '../../shared/scenario/simulate.ts';
import { readMeta } from '../../db/meta-repo.ts';
import { ruleContext } from '../../db/rules-repo.ts';
import { listUnits } from '../../db/units-repo.ts';
import { tablesToXlsx, tableToCsv } from '../../db/io/write-tables.ts';
import { deleteScenario, getScenario, listScenarios, lockScenario, renameScenario, saveNewScenario, setScenarioOperations } from '../../db/scenarios-repo.ts';
import { matchKey } from '../../shared/text.ts';
import type { CurrentWorkspace } from './index.ts';
import type { ScenarioFile } from '../../shared/scenario/exchange.ts';

type ScenarioHandlers = Pick<
  HandlerTable,
  'scenario.simulate' | 'scenario.import' | 'scenario.list' | 'scenario.get' | 'scenario.delete' | 'scenario.duplicate' | 'scenario.rename' | 'scenario.lock' | 'scenario.export' | 'scenario.create' | 'scenario.setOperations' | 'export.scenario' | 'scenario.changes' | 'scenario.state' | 'scenario.preview' | 'scenario.suggest'
>;

/** A file name from a plan's name: "PA 2 sửa" → "pa-2-sua". */
const stem = (name: string) => matchKey(name).replace(/ /g, '-') || 'phuong-an';

/** A message as its key and parameters (the UI says it in its language) and in Vietnamese (the CLI's JSON). */
const said = (m: { key: MessageKey; params: MessageParams }) => ({ key: m.key, params: m.params, message: translate('vi', m.key, m.params) });

/** The state at the end of a year (the horizon's for a year past it). */
const yearOf = (sim: Simulation, year: number) => sim.years.find((y) => y.year === year) ?? sim.years[sim.years.length - 1]!;

/** Scenarios over the workspace baseline (the baseline itself is never changed). */
export function scenarioHandlers(current: CurrentWorkspace): ScenarioHandlers {
  /** Simulates a plan over the workspace; an operation that cannot apply is refused naming it. */
  const simulateOver = (scenario: ScenarioFile) => {
    const ws = current();
    const ctx = ruleContext(ws.db);
    const ruleSet = scenario.ruleSet ? ruleSetById(scenario.ruleSet) : ctx.ruleSet;
    if (!ruleSet) throw new AppError('bad_request', 'err.ruleSet', { id: scenario.ruleSet ?? '' });
    try {
      return simulate(listUnits(ws.db), scenario.operations, { baseYear: scenario.baseYear ?? readMeta(ws.db).baseYear, horizon: scenario.horizon, rules: { ...ctx, ruleSet } });
    } catch (err) {
      if (!(err instanceof ScenarioError)) throw err;
      throw new AppError('validation', 'err.scenarioOperation', { index: String(err.index), type: err.type, reason: err.key, ...err.params });
    }
  };
  const run = (scenario: ScenarioFile) => {
    const sim = simulateOver(scenario);
    return {
      years: yearRows(sim),
      targets: sim.targets.map(({ id, metric, baseYear, year, baseline, value, requiredPct, achievedPct, met, gap, allowed }) => ({ id, metric, baseYear, year, baseline, value, requiredPct, achievedPct, met, gap, allowed })),
      findings: sim.findings.map((f) => ({ year: f.year, unitCode: f.unitCode, rule: f.rule, severity: f.severity, ...said(f) })),
      notices: sim.notices.map((n) => ({ year: n.year, unitCode: n.unitCode, ...said(n) })),
    };
  };
  return {
    'export.scenario': async ({ name, format, table }) => {
      const sim = run(getScenario(current().db, name));
      const bytes = format === 'xlsx' ? await tablesToXlsx([scenarioMetricsTable(sim), scenarioTargetsTable(sim)]) : tableToCsv(table === 'targets' ? scenarioTargetsTable(sim) : scenarioMetricsTable(sim));
      const suffix = format === 'csv' ? (table === 'targets' ? '-muc-tieu' : '-chi-so') : '';
      return { fileName: `${stem(name)}${suffix}.${format}`, data: Buffer.from(bytes).toString('base64') };
    },
    'scenario.changes': ({ name, year }) => {
      const sim = simulateOver(getScenario(current().db, name));
      const at = yearOf(sim, year);
      return { year: at.year, changes: diffUnits(listUnits(current().db), at.units) };
    },
    'scenario.state': ({ name, year }) => {
      const sim = simulateOver(getScenario(current().db, name));
      const at = yearOf(sim, year);
      return { year: at.year, baseline: listUnits(current().db), units: at.units };
    },
    'scenario.preview': ({ name, operation }) => {
      // The plan with the operation added, read in the operation's year, around the units it names.
      const scenario = getScenario(current().db, name);
      const sim = simulateOver({ ...scenario, operations: [...scenario.operations, operation] });
      const at = yearOf(sim, operation.year);
      const named = new Set(operationUnits(operation));
      return {
        year: at.year,
        changes: diffUnits(listUnits(current().db), at.units).filter((c) => named.has(c.code)),
        findings: sim.findings.filter((f) => f.year === at.year && named.has(f.unitCode)).map((f) => ({ unitCode: f.unitCode, severity: f.severity, ...said(f) })),
        notices: sim.notices.filter((n) => n.year === at.year && named.has(n.unitCode)).map((n) => ({ unitCode: n.unitCode, ...said(n) })),
      };
    },
    'scenario.suggest': ({ name, year }) => {
      // Read in the year the merges would be added, after the plan's own operations.
      const sim = simulateOver(getScenario(current().db, name));
      const at = yearOf(sim, year);
      const below = new Set(sim.findings.filter((f) => f.year === at.year && f.rule === 'min-staff').map((f) => f.unitCode));
      const names = new Map(at.units.map((u) => [u.code, u.name]));
      return suggestMerges(at.units, below).map((s) => ({ ...s, names: [names.get(s.units[0]) ?? '', names.get(s.units[1]) ?? ''] as [string, string] }));
    },
    'scenario.create': ({ name }) => {
      saveNewScenario(current().db, { name, operations: [] });
      return { name };
    },
    'scenario.setOperations': ({ name, operations }) => {
      run({ ...getScenario(current().db, name), operations }); // refused here if an operation cannot apply
      setScenarioOperations(current().db, name, operations);
      return { name };
    },
    'scenario.import': ({ scenario }) => {
      simulateOver(scenario); // refused here if an operation cannot apply
      saveNewScenario(current().db, scenario);
      return { name: scenario.name };
    },
    'scenario.list': () => listScenarios(current().db),
    'scenario.get': ({ name }) => getScenario(current().db, name),
    'scenario.delete': ({ name }) => {
      deleteScenario(current().db, name);
      return { name };
    },
    'scenario.duplicate': ({ name, newName }) => {
      saveNewScenario(current().db, { ...getScenario(current().db, name), name: newName });
      return { name: newName };
    },
    'scenario.rename': ({ name, newName }) => {
      renameScenario(current().db, name, newName);
      return { name: newName };
    },
    'scenario.lock': ({ name, locked }) => {
      lockScenario(current().db, name, locked);
      return { name };
    },
    'scenario.export': ({ name }) => {
      const scenario = getScenario(current().db, name);
      return { fileName: `${stem(name)}.json`, data: Buffer.from(JSON.stringify(scenario, null, 2), 'utf8').toString('base64') };
    },
    'scenario.simulate': ({ scenario }) => run(scenario),
  };
}
