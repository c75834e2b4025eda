import { unitCounts } from '../../shared/scenario/unit-counts.ts';
import { expectPlanVersion, planVersion } from '../../db/row-versions.ts';
import type { ArgsOut, HandlerTable } from '../../shared/contract.ts';
import { AppError } from '../../shared/errors.ts';
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n/index.ts';
import { ruleSetById, type RuleSet } from '../../shared/rules/rule-sets.ts';
import { yearRows } from '../../shared/scenario/compare.ts';
import { diffUnits, operationUnits } from '../../shared/scenario/diff.ts';
import { suggestMerges } from '../../shared/scenario/suggest.ts';
import { scenarioMetricsTable, scenarioRoadmapTable, scenarioTargetsTable } from '../../shared/scenario/tables.ts';
import { roadmapOf } from '../../shared/scenario/roadmap.ts';
import { simulate, staffOf, yearRules, ScenarioError, type Simulation } from '../../shared/scenario/simulate.ts';
import { unitLabels, withWholes } from '../../shared/scenario/figures.ts';
import { operationReports } from '../../shared/scenario/operation-report.ts';
import { annexedUnits, sameNameMergeOperation, sameNameMerges } from '../../shared/scenario/annex.ts';
import type { AnnexOperation } from '../../shared/scenario/operations.ts';
import { readOtherWorkspace } from '../../db/workspace.ts';
import { FileAccess } from '../../db/safe-path.ts';
import { readMeta } from '../../db/meta-repo.ts';
import { deleteTargetSet, listTargetSets, saveTargetSet } from '../../db/target-sets-repo.ts';
import { deleteBaseline, listBaselines, saveBaseline } from '../../db/baselines-repo.ts';
import { inlineSets, resolveTargets } from '../../shared/scenario/target-sets.ts';
import { BUILT_IN_TARGET_SETS } from '../../shared/scenario/targets.ts';
import { autonomyAt } from '../../db/finance-repo.ts';
import { groupOf } from '../../shared/scenario/autonomy.ts';
import { currentOverrides, pinnedRuleSet } from '../../db/rules-repo.ts';
import { listUnits } from '../../db/units-repo.ts';
import { tablesToXlsx, tableToCsv } from '../../db/io/write-tables.ts';
import { copyProposalSettings } from '../../db/proposals-repo.ts';
import { deleteScenario, getScenario, listScenarios, lockScenario, renameScenario, saveNewScenario, setScenarioOperations, setScenarioTargetSets } from '../../db/scenarios-repo.ts';
import { matchKey } from '../../shared/text.ts';
import type { CurrentWorkspace } from './index.ts';
import type { Workspace } from '../../db/workspace.ts';
import { proposalResults } from './people.ts';
import { listPeople } from '../../db/people-repo.ts';
import { fillExits, proposalExits, proposalScope, retirementExits, retirementScope } from '../../shared/scenario/people-exits.ts';
import type { ScenarioFile } from '../../shared/scenario/exchange.ts';

type ScenarioHandlers = Pick<
  HandlerTable,
  'scenario.simulate' | 'scenario.import' | 'scenario.list' | 'scenario.get' | 'scenario.open' | 'scenario.delete' | 'scenario.duplicate' | 'scenario.rename' | 'scenario.lock' | 'scenario.export' | 'scenario.create' | 'scenario.setOperations' | 'export.scenario' | 'scenario.roadmap' | 'scenario.changes' | 'scenario.state' | 'scenario.preview' | 'scenario.suggest' | 'targetSets.list' | 'targetSets.save' | 'targetSets.delete' | 'baselines.list' | 'baselines.save' | 'baselines.delete' | 'scenario.setTargetSets' | 'province.read' | 'scenario.annexPreview' | 'scenario.annex' | 'scenario.fromPeople'
>;

/** A file name from a plan's name: "PA 2 sửa" → "pa-2-sua". */
const stem = (name: string) => matchKey(name).replace(/ /g, '-') || 'phuong-an';

/** A message as its key and parameters (the UI says it in its language) and in Vietnamese (the CLI's JSON). */
const said = (m: { key: MessageKey; params: MessageParams }) => ({ key: m.key, params: m.params, message: translate('vi', m.key, m.params) });

/** The state at the end of a year (the horizon's for a year past it). */
const yearOf = (sim: Simulation, year: number) => sim.years.find((y) => y.year === year) ?? sim.years[sim.years.length - 1]!;

/**
 * Simulates a plan over a workspace. Each year's end is judged by the rule set in force on
 * 31/12 of that year (with the province's values for it) unless a set is pinned: the plan's own
 * (`scenario.ruleSet`), else the workspace's pin. Returns the set the horizon is judged by (the
 * proposal cites its bases). An operation that cannot apply is refused naming it.
 */
export function simulateInWorkspace(ws: Workspace, scenario: ScenarioFile): { simulation: Simulation; ruleSet: RuleSet } {
  const pinned = scenario.ruleSet ? ruleSetById(scenario.ruleSet) : (pinnedRuleSet(ws.db) ?? undefined);
  if (scenario.ruleSet && !pinned) throw new AppError('bad_request', 'err.ruleSet', { id: scenario.ruleSet });
  try {
    const baseYear = scenario.baseYear ?? readMeta(ws.db).baseYear;
    const { targets, unknown } = resolveTargets(scenario.targetSets, listTargetSets(ws.db));
    if (unknown.length > 0) throw new AppError('validation', 'err.targetSetUnknown', { id: unknown[0]! });
    const rules = { ruleSet: pinned, provinceClass: readMeta(ws.db).provinceClass, overrides: pinned ? currentOverrides(ws.db, pinned.id) : undefined, overridesFor: (id: string) => currentOverrides(ws.db, id) };
    const simulation = simulate(listUnits(ws.db), scenario.operations, { baseYear, horizon: scenario.horizon, rules, autonomy: autonomyAt(ws.db, baseYear), targets: targets ?? undefined, baselines: listBaselines(ws.db) });
    const last = simulation.years[simulation.years.length - 1]!;
    return { simulation, ruleSet: yearRules(rules, last.year).ruleSet };
  } catch (err) {
    if (!(err instanceof ScenarioError)) throw err;
    throw new AppError('validation', 'err.scenarioOperation', { index: String(err.index), type: err.type, reason: err.key, ...err.params });
  }
}

/** Scenarios over the workspace baseline (the baseline itself is never changed). */
export function scenarioHandlers(current: CurrentWorkspace, files: FileAccess = FileAccess.anywhere): ScenarioHandlers {
  const simulateOver = (scenario: ScenarioFile) => simulateInWorkspace(current(), scenario).simulation;
  /** A simulation as the renderer and the CLI read it; units named with their parent where a name repeats. */
  const present = (sim: Simulation, operations: ScenarioFile['operations']) => {
    const labelOf = unitLabels(listUnits(current().db), ...sim.years.map((y) => y.units));
    const meta = readMeta(current().db);
    // The province in force at each year's end: as the plan set it (setProvince), else the workspace's own.
    const own = { name: meta.provinceName, class: meta.provinceClass };
    return {
      years: yearRows(sim).map((row, i) => ({ ...row, ...unitCounts(sim.years[i]!.units), province: sim.years[i]!.province ?? own })),
      targets: sim.targets,
      findings: sim.years.flatMap((y) => y.findings.map((f) => ({ year: y.year, unitCode: f.unitCode, rule: f.rule, severity: f.severity, ruleSet: f.ruleSet, citation: f.citation, confidence: f.confidence, ...said(f) }))),
      notices: sim.notices.map((n) => ({ year: n.year, unitCode: n.unitCode, unit: labelOf(n.unitCode), ...said(n) })),
      operations: operationReports(operations, sim, labelOf),
    };
  };
  const run = (scenario: ScenarioFile) => present(simulateOver(scenario), scenario.operations);
  /** Another province's workspace (read only, never this one) as the operation that brings its units into a plan. */
  const annexOperation = ({ file, year, parentCode, codePrefix }: ArgsOut<'scenario.annexPreview'>): AnnexOperation => {
    if (files.existing(file) === current().file) throw new AppError('bad_request', 'err.annexSameWorkspace');
    const other = readOtherWorkspace(file, files);
    if (other.units.length === 0) throw new AppError('bad_request', 'err.annexEmpty');
    return { type: 'annex', year, province: other.meta.provinceName, units: other.units, parentCode, ...(codePrefix ? { codePrefix } : {}) };
  };
  /** The plan with the annexation added, read in its year: which departments both provinces have under one name. */
  const sameNamesAfter = (scenario: ScenarioFile, op: AnnexOperation) => {
    const at = yearOf(simulateOver({ ...scenario, operations: [...scenario.operations, op] }), op.year);
    const joined = new Set(annexedUnits(op).map((u) => u.code));
    return sameNameMerges(at.units.filter((u) => !joined.has(u.code)), at.units.filter((u) => joined.has(u.code)));
  };
  return {
    'province.read': ({ file }) => {
      const other = readOtherWorkspace(file, files);
      return { file: other.file, provinceName: other.meta.provinceName, baseYear: other.meta.baseYear, units: other.units };
    },
    'scenario.annexPreview': (args) => {
      const scenario = getScenario(current().db, args.name);
      const op = annexOperation(args);
      // Codes already used in the plan in that year, before the annexation.
      const used = new Set(yearOf(simulateOver(scenario), op.year).units.map((u) => u.code));
      const clashes = annexedUnits(op).map((u) => u.code).filter((c) => used.has(c));
      return { province: op.province, units: op.units.length, staff: op.units.reduce((s, u) => s + staffOf(u), 0), clashes, merges: clashes.length > 0 ? [] : sameNamesAfter(scenario, op) };
    },
    'scenario.annex': ({ mergeSameNames, ...args }) => {
      const scenario = getScenario(current().db, args.name);
      const op = annexOperation(args);
      const merges = sameNamesAfter(scenario, op); // refused here if the annexation cannot apply
      const added = [op, ...(mergeSameNames ? merges.map((m) => sameNameMergeOperation(m, op.year)) : [])];
      const operations = [...scenario.operations, ...added];
      if (mergeSameNames) simulateOver({ ...scenario, operations });
      setScenarioOperations(current().db, args.name, operations);
      return { name: args.name, added, merges: mergeSameNames ? [] : merges };
    },
    'export.scenario': async ({ name, format, table }) => {
      const scenario = getScenario(current().db, name);
      const simulated = simulateOver(scenario);
      const sim = present(simulated, scenario.operations);
      const tables = { metrics: scenarioMetricsTable(sim), targets: scenarioTargetsTable(sim), roadmap: scenarioRoadmapTable(roadmapOf(simulated)) };
      // The workbook keeps its two sheets (metrics with the payouts, targets); the roadmap year by year is a CSV of its own.
      const bytes = format === 'xlsx' ? await tablesToXlsx([tables.metrics, tables.targets]) : tableToCsv(tables[table ?? 'metrics']);
      const suffix = format === 'csv' ? { metrics: '-chi-so', targets: '-muc-tieu', roadmap: '-lo-trinh' }[table ?? 'metrics'] : '';
      return { fileName: `${stem(name)}${suffix}.${format}`, data: Buffer.from(bytes).toString('base64') };
    },
    'scenario.roadmap': ({ name, units }) => roadmapOf(simulateOver(getScenario(current().db, name)), units),
    'scenario.changes': ({ name, year }) => {
      const sim = simulateOver(getScenario(current().db, name));
      const at = yearOf(sim, year);
      const baseline = listUnits(current().db);
      return { year: at.year, changes: withWholes(baseline, at.units, diffUnits(baseline, at.units)) };
    },
    'scenario.state': ({ name, year }) => {
      const sim = simulateOver(getScenario(current().db, name));
      const at = yearOf(sim, year);
      return { year: at.year, baseline: listUnits(current().db), units: at.units.slice() };
    },
    'scenario.preview': ({ name, operation }) => {
      // The plan with the operation added, read in the operation's year, around the units it names.
      const scenario = getScenario(current().db, name);
      const sim = simulateOver({ ...scenario, operations: [...scenario.operations, operation] });
      const at = yearOf(sim, operation.year);
      const step = sim.steps.find((x) => x.index === scenario.operations.length);
      // The units it named as it applied (a quota cut: every unit in its scope).
      const named = new Set(step ? Object.keys(step.units) : operationUnits(operation));
      const prior = yearOf(simulateOver(scenario), operation.year);
      /** The autonomy group in force of the named units that have figures. */
      const groups = (y: typeof at) => Object.fromEntries([...named].flatMap((c) => { const a = y.autonomy.get(c); const g = a && groupOf(a); return g ? [[c, g]] : []; }));
      return {
        year: at.year,
        figures: step?.units ?? {},
        autonomy: { before: groups(prior), after: groups(at) },
        changes: diffUnits(listUnits(current().db), at.units).filter((c) => named.has(c.code)),
        units: at.units.filter((u) => named.has(u.code)),
        findings: at.findings.filter((f) => named.has(f.unitCode)).map((f) => ({ unitCode: f.unitCode, severity: f.severity, ...said(f) })),
        notices: sim.notices.filter((n) => n.year === at.year && named.has(n.unitCode)).map((n) => ({ unitCode: n.unitCode, ...said(n) })),
      };
    },
    'scenario.suggest': ({ name, year }) => {
      // Read in the year the merges would be added, after the plan's own operations.
      const sim = simulateOver(getScenario(current().db, name));
      const at = yearOf(sim, year);
      const below = new Set(at.findings.filter((f) => f.rule === 'min-staff').map((f) => f.unitCode));
      const names = new Map(at.units.map((u) => [u.code, u.name]));
      // The largest shortfall of a target on the number of PSUs still ahead: each merge closes one.
      const gap = sim.targets
        .flatMap((x) => (x.status === 'not_met' && x.kind === 'reduction' && x.metric === 'psus' && x.year >= at.year && x.gap !== null ? [{ id: x.id, title: x.title, year: x.year, gap: x.gap }] : []))
        .reduce<{ id: string; title: string; year: number; gap: number } | null>((m, x) => (m && m.gap >= x.gap ? m : x), null);
      const suggestions = suggestMerges(at.units, below, Math.max(10, gap?.gap ?? 0)).map((s) => ({ ...s, names: [names.get(s.units[0]) ?? '', names.get(s.units[1]) ?? ''] as [string, string] }));
      return { suggestions, gap };
    },
    'scenario.fromPeople': ({ name, source, apply }) => {
      const db = current().db;
      const scenario = getScenario(db, name);
      const people = listPeople(db);
      if (people.length === 0) throw new AppError('bad_request', 'err.peopleNone');
      const plan = simulateOver(scenario).years;
      const proposals = proposalResults(db);
      const fill =
        source === 'retirements'
          ? {
              ...retirementExits(people.map((p) => ({ id: p.id, unit: p.unit?.code ?? p.unitCode, sex: p.sex, birth: p.birth, category: p.category, lowerAge: p.lowerRetirementAge })), plan, new Set(proposals.filter((q) => q.payout).map((q) => q.personId))),
              scope: retirementScope(new Set(people.map((p) => p.unit?.code ?? p.unitCode))),
              people: people.length,
            }
          : { ...proposalExits(proposals, plan), scope: proposalScope, people: proposals.length };
      const { operations, changes } = fillExits(scenario.operations, fill.rows, fill.scope);
      // Checked whole, preview or not: an exit that cannot apply (more people than the unit has) is refused naming it.
      simulateOver({ ...scenario, operations });
      if (apply && changes.length > 0) setScenarioOperations(db, name, operations);
      const names = new Map(plan.flatMap((y) => y.units.map((u) => [u.code, u.name] as const)));
      return { changes: changes.map((c) => ({ ...c, unitName: names.get(c.unit) ?? c.unit })), skipped: fill.skipped, people: fill.people, applied: apply && changes.length > 0 };
    },
    'scenario.create': ({ name }) => {
      saveNewScenario(current().db, { name, operations: [] });
      return { name };
    },
    'scenario.setOperations': ({ name, operations, version }) => {
      const db = current().db;
      expectPlanVersion(db, name, version); // checked, simulated and written with nothing in between (synchronous)
      run({ ...getScenario(db, name), operations }); // refused here if an operation cannot apply
      setScenarioOperations(db, name, operations);
      return { name, version: planVersion(db, name)! };
    },
    'scenario.import': ({ scenario }) => {
      simulateOver(scenario); // refused here if an operation cannot apply
      saveNewScenario(current().db, scenario);
      return { name: scenario.name };
    },
    'scenario.list': () => listScenarios(current().db),
    'scenario.get': ({ name }) => getScenario(current().db, name),
    'scenario.open': ({ name }) => {
      const db = current().db;
      return { scenario: getScenario(db, name), version: planVersion(db, name)! };
    },
    'scenario.delete': ({ name }) => {
      deleteScenario(current().db, name);
      return { name };
    },
    'scenario.duplicate': ({ name, newName }) => {
      const db = current().db;
      db.transaction(() => {
        saveNewScenario(db, { ...getScenario(db, name), name: newName });
        copyProposalSettings(db, name, newName); // the copy starts from the same printed proposal
      })();
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
    'targetSets.list': () => ({ builtIn: [...BUILT_IN_TARGET_SETS], own: listTargetSets(current().db) }),
    'targetSets.save': ({ set }) => {
      saveTargetSet(current().db, set);
      return { id: set.id };
    },
    'targetSets.delete': ({ id }) => {
      deleteTargetSet(current().db, id);
      return { id };
    },
    'baselines.list': () => ({ baselines: listBaselines(current().db) }),
    'baselines.save': ({ baseline }) => {
      saveBaseline(current().db, baseline);
      return { year: baseline.year };
    },
    'baselines.delete': ({ year }) => {
      deleteBaseline(current().db, year);
      return { year };
    },
    'scenario.setTargetSets': ({ name, targetSets, version }) => {
      const db = current().db;
      expectPlanVersion(db, name, version);
      run({ ...getScenario(db, name), targetSets }); // refused here if a set is unknown
      setScenarioTargetSets(db, name, targetSets);
      return { name, version: planVersion(db, name)! };
    },
    'scenario.export': ({ name }) => {
      // Self-contained: the workspace's own target sets go inline, so the file re-imports anywhere.
      const stored = getScenario(current().db, name);
      const scenario = { ...stored, ...(stored.targetSets ? { targetSets: inlineSets(stored.targetSets, listTargetSets(current().db)) } : {}) };
      return { fileName: `${stem(name)}.json`, data: Buffer.from(JSON.stringify(scenario, null, 2), 'utf8').toString('base64') };
    },
    'scenario.simulate': ({ scenario }) => run(scenario),
  };
}
