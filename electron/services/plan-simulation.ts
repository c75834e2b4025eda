/**
 * A stored or given plan simulated over the workspace (its baseline, rule sets and pins, target
 * sets, baselines, autonomy groups), and the simulation as the renderer and the CLI read it:
 * scenario.*, export.scenario, positions.plan and print.* share it, one simulation per plan
 * version (./simulation-cache.ts).
 */
import { AppError } from '../../shared/errors.ts';
import { isMessageKey, translate, type MessageKey, type MessageParams } from '../../shared/i18n/index.ts';
import { ruleSetById, type RuleSet } from '../../shared/rules/rule-sets.ts';
import { yearRows } from '../../shared/scenario/compare.ts';
import { unitCounts } from '../../shared/scenario/unit-counts.ts';
import { simulate, yearRules, ScenarioError, type Simulation } from '../../shared/scenario/simulate.ts';
import { unitLabels } from '../../shared/scenario/figures.ts';
import { operationReports } from '../../shared/scenario/operation-report.ts';
import { planTimeline, type PlanTimeline } from '../../shared/scenario/year-changes.ts';
import { presentLabels, unitCountsByYear } from '../../shared/scenario/plan-views.ts';
import { resolveTargets } from '../../shared/scenario/target-sets.ts';
import type { ScenarioFile } from '../../shared/scenario/exchange.ts';
import { matchKey } from '../../shared/text.ts';
import type { Workspace } from '../../db/workspace.ts';
import { readMeta } from '../../db/meta-repo.ts';
import { listTargetSets } from '../../db/target-sets-repo.ts';
import { listBaselines } from '../../db/baselines-repo.ts';
import { autonomyAt } from '../../db/finance-repo.ts';
import { currentOverrides, pinnedRuleSet } from '../../db/rules-repo.ts';
import { listUnits } from '../../db/units-repo.ts';
import { listPositions } from '../../db/positions-repo.ts';
import { positionsByUnit } from '../../shared/positions/derive.ts';
import { metricsPositions } from '../../shared/positions/quota-beside.ts';
import type { Unit } from '../../shared/model/unit.ts';
import type { Finding } from '../../shared/rules/findings.ts';
import { cachedFor, cachedValues, generationValue } from './simulation-cache.ts';

/** A file name from a plan's name: "PA 2 sửa" → "pa-2-sua". */
export const planFileStem = (name: string) => matchKey(name).replace(/ /g, '-') || 'phuong-an';

/** A message as its key and parameters (the UI says it in its language) and in Vietnamese (the CLI's JSON). */
export const said = (m: { key: MessageKey; params: MessageParams }) => ({
  key: m.key,
  params: m.params,
  message: translate('vi', m.key, m.params),
});

/** The state at the end of a year (the horizon's for a year past it). */
export const yearOf = (sim: Simulation, year: number) =>
  sim.years.find((y) => y.year === year) ?? sim.years[sim.years.length - 1]!;

/** A plan simulated over the workspace, shared by every reader of that plan version: never to be modified. */
export interface PlanSimulation {
  simulation: Simulation;
  /** The rule set the horizon is judged by (the proposal cites its bases). */
  ruleSet: RuleSet;
  /** The workspace's units the plan started from. */
  baseline: readonly Unit[];
  /** The plan's name and what its simulation depends on besides its operations (`simulateAfresh` resumes from a simulation of the same). */
  plan: { name: string; inputs: string };
  /** The simulation as the renderer and the CLI read it, made when first asked (`presentedInWorkspace`). */
  presented?: ReturnType<typeof presentSimulation>;
  /** What the plan page shows of it (`metricsInWorkspace`), made when first asked. */
  metrics?: ReturnType<typeof presentMetrics>;
  /** Views made of it (roadmap, a year's changes), by what they were asked with (`viewOf`). */
  views?: Map<string, unknown>;
}

/** The plan version's years as the baseline and each year's changes (null: read every year's units), made once. */
export const timelineOf = (s: PlanSimulation): PlanTimeline | null =>
  viewOf(s, 'timeline', () => planTimeline(s.simulation, s.baseline));

/** Views kept per plan version: a few roadmaps (units the user added) and years of changes. */
const VIEWS_KEPT = 16;

/** A view of a plan version's simulation, made once for the same request and kept with it: never to be modified. */
export function viewOf<T>(s: PlanSimulation, key: string, make: () => T): T {
  const views = (s.views ??= new Map());
  if (views.has(key)) return views.get(key) as T;
  const view = make();
  if (views.size >= VIEWS_KEPT) views.delete(views.keys().next().value);
  views.set(key, view);
  return view;
}

/**
 * Simulates a plan over a workspace, or reads the simulation of the same plan over the same
 * workspace made since the workspace last changed (./simulation-cache.ts). Each year's end is
 * judged by the rule set in force on 31/12 of that year (with the province's values for it) unless
 * a set is pinned: the plan's own (`scenario.ruleSet`), else the workspace's pin. An operation
 * that cannot apply is refused naming it. `keep: false`: a trial read once (not kept in the cache).
 */
export function simulateInWorkspace(ws: Workspace, scenario: ScenarioFile, { keep = true } = {}): PlanSimulation {
  return cachedFor(ws.db, scenario, () => simulateAfresh(ws, scenario), keep);
}

/** The plan's simulation as the renderer and the CLI read it (`presentSimulation`), once per plan version. */
export function presentedInWorkspace(ws: Workspace, scenario: ScenarioFile): ReturnType<typeof presentSimulation> {
  const s = simulateInWorkspace(ws, scenario);
  return (s.presented ??= presentSimulation(ws, s, scenario.operations));
}

/** The shared simulation's arrays cannot be changed by a reader (sorting one in place throws). */
function frozen(sim: Simulation): Simulation {
  for (const y of sim.years) {
    Object.freeze(y.units);
    Object.freeze(y.findings);
  }
  for (const list of [sim.years, sim.steps, sim.targets, sim.notices, sim.exits, sim.recruits]) Object.freeze(list);
  return sim;
}

/** What `simulate` is given for a plan over the workspace, read from it (the bench times `simulate` alone on it). */
export function simulationInputs(ws: Workspace, scenario: ScenarioFile) {
  const pinned = scenario.ruleSet ? ruleSetById(scenario.ruleSet) : (pinnedRuleSet(ws.db) ?? undefined);
  if (scenario.ruleSet && !pinned) throw new AppError('bad_request', 'err.ruleSet', { id: scenario.ruleSet });
  const baseYear = scenario.baseYear ?? readMeta(ws.db).baseYear;
  const { targets, unknown } = resolveTargets(scenario.targetSets, listTargetSets(ws.db));
  if (unknown.length > 0) throw new AppError('validation', 'err.targetSetUnknown', { id: unknown[0]! });
  const rules = {
    ruleSet: pinned,
    provinceClass: readMeta(ws.db).provinceClass,
    overrides: pinned ? currentOverrides(ws.db, pinned.id) : undefined,
    overridesFor: (id: string) => currentOverrides(ws.db, id),
  };
  return {
    // The same array for every plan version until the workspace changes (what is derived from it is kept with it).
    units: generationValue(ws.db, 'baseline', () => listUnits(ws.db)) as readonly Unit[],
    options: {
      baseYear,
      horizon: scenario.horizon,
      rules,
      autonomy: autonomyAt(ws.db, baseYear),
      targets: targets ?? undefined,
      baselines: listBaselines(ws.db),
      positions: positionsByUnit(listPositions(ws.db)),
    },
  };
}

/**
 * The simulation of the plan: from the start, or from the first year an operation differs in a
 * kept simulation of the same inputs and baseline (the plan's version before an edit, else another
 * version; `SimulateOptions.previous`: the result is the same).
 */
function simulateAfresh(ws: Workspace, scenario: ScenarioFile): PlanSimulation {
  const { units, options } = simulationInputs(ws, scenario);
  const plan = { name: scenario.name, inputs: JSON.stringify({ ...scenario, name: null, operations: null }) };
  const same = cachedValues<PlanSimulation>(ws.db).filter((e) => e.plan.inputs === plan.inputs && e.baseline === units);
  const previous = (same.find((e) => e.plan.name === plan.name) ?? same[0])?.simulation;
  try {
    const simulation = simulate(units, scenario.operations, { ...options, previous });
    const last = simulation.years[simulation.years.length - 1]!;
    return {
      simulation: frozen(simulation),
      ruleSet: yearRules(options.rules, last.year).ruleSet,
      baseline: units,
      plan,
    };
  } catch (err) {
    if (!(err instanceof ScenarioError)) throw err;
    throw new AppError('validation', 'err.scenarioOperation', {
      index: String(err.index),
      type: err.type,
      opNo: String(err.index + 1), // said from 1, as the operations list numbers them
      opKind: isMessageKey(`op.kind.${err.type}`) ? `op.kind.${err.type}` : err.type,
      reason: err.key,
      ...err.params,
    });
  }
}

/** The units' labels of a plan version: with their parent where a name repeats (`unitLabels`). */
const labelsOf = (s: PlanSimulation): ((code: string) => string) =>
  viewOf(s, 'labels', () => {
    // From the years' changes where the simulation kept them (./year-changes.ts), else from every year's units.
    const t = timelineOf(s);
    return t ? presentLabels(t) : unitLabels(s.baseline, ...s.simulation.years.map((y) => y.units));
  });

/** A finding of a year as the renderer and the CLI read it. */
const presentFinding = (year: number, f: Finding, words: ReturnType<typeof said>) => ({
  year,
  unitCode: f.unitCode,
  rule: f.rule,
  severity: f.severity,
  ruleSet: f.ruleSet,
  citation: f.citation,
  confidence: f.confidence,
  ...words,
});

/**
 * What the plan page shows of a plan version (`scenario.metrics`): every year's figures, the
 * targets and the notices; a unit's findings and operations are read when it is opened
 * (`unitDetailOf`), not said for every unit of every year.
 */
function presentMetrics(ws: Workspace, s: PlanSimulation) {
  const sim = s.simulation;
  const t = timelineOf(s);
  const labelOf = labelsOf(s);
  const counts = t ? unitCountsByYear(t) : sim.years.map((y) => unitCounts(y.units));
  const meta = readMeta(ws.db);
  // The province in force at each year's end: as the plan set it (setProvince), else the workspace's own.
  const own = { name: meta.provinceName, class: meta.provinceClass };
  // The quotas beside the plan's job positions, year by year (issue 21): only when some year has positions.
  const positions = metricsPositions(sim.years);
  return {
    years: yearRows(sim).map((row, i) => ({
      ...row,
      ...counts[i]!,
      province: sim.years[i]!.province ?? own,
      ...(positions ? { positions: positions[i]! } : {}),
    })),
    targets: sim.targets,
    notices: sim.notices.map((n) => {
      // A unit its words name is said as the table names it (with its parent where the name repeats).
      const named =
        typeof n.params.unit === 'string' ? { ...n, params: { ...n.params, unit: labelOf(n.unitCode) } } : n;
      return { year: n.year, unitCode: n.unitCode, unit: labelOf(n.unitCode), ...said(named) };
    }),
  };
}

/** The plan page's figures of a plan version (`presentMetrics`), made once per version. */
export function metricsInWorkspace(ws: Workspace, scenario: ScenarioFile): ReturnType<typeof presentMetrics> {
  const s = simulateInWorkspace(ws, scenario);
  return (s.metrics ??= presentMetrics(ws, s));
}

/**
 * One unit of a plan version as the plan page's unit panel reads it: its findings at the end of a
 * year (none for a year the plan does not reach) and the operations touching it, as `presentSimulation`
 * has them.
 */
export function unitDetailInWorkspace(ws: Workspace, scenario: ScenarioFile, year: number, code: string) {
  const s = simulateInWorkspace(ws, scenario);
  const at = s.simulation.years.find((y) => y.year === year);
  return {
    findings: (at?.findings ?? []).filter((f) => f.unitCode === code).map((f) => presentFinding(year, f, said(f))),
    operations: operationReports(scenario.operations, s.simulation, labelsOf(s), 'vi', (step) =>
      Object.hasOwn(step.units, code),
    ),
  };
}

/** A simulation as the renderer and the CLI read it (`scenario.simulate`): the metrics, every finding, every operation. */
function presentSimulation(ws: Workspace, s: PlanSimulation, operations: ScenarioFile['operations']) {
  // A finding that stays the same from one year to the next is the same object in both: said once.
  const words = new Map<object, ReturnType<typeof said>>();
  const saidOnce = (f: Finding) => {
    let w = words.get(f);
    if (!w) words.set(f, (w = said(f)));
    return w;
  };
  const { years, targets, notices } = (s.metrics ??= presentMetrics(ws, s));
  return {
    years,
    targets,
    findings: s.simulation.years.flatMap((y) => y.findings.map((f) => presentFinding(y.year, f, saidOnce(f)))),
    notices,
    operations: operationReports(operations, s.simulation, labelsOf(s)),
  };
}
