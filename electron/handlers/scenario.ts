import { importInvalid } from '../../shared/import/read-units.ts';
import { expectPlanVersion, planVersion } from '../../db/row-versions.ts';
import type { ArgsOut, HandlersOf } from '../../shared/contract/index.ts';
import { AppError } from '../../shared/errors.ts';
import { diffUnits, operationUnits } from '../../shared/scenario/diff.ts';
import { suggestMerges } from '../../shared/scenario/suggest.ts';
import { quotaFieldsOf, sizeQuotaCut } from '../../shared/scenario/suggest-cut.ts';
import { roadmapOf } from '../../shared/scenario/roadmap.ts';
import { changesAt, roadmapAt } from '../../shared/scenario/plan-views.ts';
import { justifiedQuotas } from '../../shared/scenario/positions.ts';
import { staffOf } from '../../shared/scenario/simulate.ts';
import { unitLabels, withWholes } from '../../shared/scenario/figures.ts';
import {
  annexedUnits,
  checkedAnnexOperation,
  sameNameMergeOperation,
  sameNameMerges,
} from '../../shared/scenario/annex.ts';
import type { AnnexOperation } from '../../shared/scenario/operations.ts';
import { addOperation, changeOperation, moveOperation, removeOperation } from '../../shared/scenario/plan-commands.ts';
import { readOtherWorkspace } from '../../db/workspace.ts';
import type { FileAccess } from '../../db/safe-path.ts';
import { listTargetSets } from '../../db/target-sets-repo.ts';
import { inlineSets } from '../../shared/scenario/target-sets.ts';
import { groupOf } from '../../shared/scenario/autonomy.ts';
import { listUnits } from '../../db/units-repo.ts';
import { copyProposalSettings } from '../../db/proposals-repo.ts';
import {
  deleteScenario,
  getScenario,
  listScenarios,
  lockScenario,
  renameScenario,
  saveNewScenario,
  setScenarioOperations,
  setScenarioTargetSets,
} from '../../db/scenarios-repo.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';
import {
  planFileStem,
  presentedInWorkspace,
  metricsInWorkspace,
  unitDetailInWorkspace,
  said,
  simulateInWorkspace,
  timelineOf,
  viewOf,
  yearOf,
} from '../services/plan-simulation.ts';
import { proposalResults } from '../services/proposals.ts';
import { listPeople } from '../../db/people-repo.ts';
import {
  fillExits,
  proposalExits,
  proposalScope,
  retirementExits,
  retirementScope,
} from '../../shared/scenario/people-exits.ts';
import type { ScenarioFile } from '../../shared/scenario/exchange.ts';
import type { Clock } from '../../shared/clock.ts';
import { causedBy, raisedDeputiesNotice } from '../../shared/scenario/preview-notices.ts';
import { ruleSetById, ruleSetInForce } from '../../shared/rules/rule-sets.ts';
import { pinnedRuleSet } from '../../db/rules-repo.ts';
import { operationDate } from '../../shared/scenario/operation-date.ts';
import { communesTemplateTables, previewCommunes, readCommunes } from '../../shared/import/communes.ts';
import { tablesToXlsx } from '../../db/io/write-tables.ts';
import { samplePlansFor } from '../../shared/sample/sample-plans.ts';
import { readWorkbook } from '../../db/io/read-workbook.ts';

/** scenario.*: stored plans over the workspace baseline (the baseline itself is never changed), simulated, with their roadmap, changes, suggestions and annexed provinces. */
export function scenarioHandlers(current: CurrentWorkspace, files: FileAccess, clock: Clock): HandlersOf<'scenario'> {
  /** The plan's simulation (one per plan version: electron/services/simulation-cache.ts); `keep: false` for a trial read once. */
  const simulateOver = (scenario: ScenarioFile, keep = true) =>
    simulateInWorkspace(current(), scenario, { keep }).simulation;
  /** The stored plan as simulated, with the baseline it started from. */
  const stored = (name: string) => simulateInWorkspace(current(), getScenario(current().db, name));
  /**
   * A plan edit: the stored plan at the version the client read (refused if changed since), its
   * operations as `edit` makes them, checked by simulating (refused naming the operation that
   * cannot apply) and written, with nothing in between (synchronous).
   */
  const editOperations = (
    name: string,
    version: string | undefined,
    edit: (operations: ScenarioFile['operations']) => ScenarioFile['operations'],
  ) => {
    const db = current().db;
    expectPlanVersion(db, name, version);
    const scenario = getScenario(db, name);
    const operations = edit(scenario.operations);
    simulateOver({ ...scenario, operations }); // refused here if an operation cannot apply
    setScenarioOperations(db, name, operations);
    return { name, version: planVersion(db, name)! };
  };
  /** Another province's workspace (read only, never this one) as the operation that brings its units into a plan. */
  const annexOperation = ({ file, year, parentCode, codePrefix }: ArgsOut<'scenario.annexPreview'>): AnnexOperation => {
    if (files.existing(file) === current().file) throw new AppError('bad_request', 'err.annexSameWorkspace');
    const other = readOtherWorkspace(file, files);
    if (other.units.length === 0) throw new AppError('bad_request', 'err.annexEmpty');
    return checkedAnnexOperation(
      {
        type: 'annex',
        year,
        province: other.meta.provinceName,
        units: other.units,
        parentCode,
        ...(codePrefix ? { codePrefix } : {}),
      },
      file,
    );
  };
  /** The plan with the annexation added, read in its year: which departments both provinces have under one name. */
  const sameNamesAfter = (scenario: ScenarioFile, op: AnnexOperation) => {
    const at = yearOf(simulateOver({ ...scenario, operations: [...scenario.operations, op] }, false), op.year);
    const joined = new Set(annexedUnits(op).map((u) => u.code));
    return sameNameMerges(
      at.units.filter((u) => !joined.has(u.code)),
      at.units.filter((u) => joined.has(u.code)),
    );
  };
  return {
    'scenario.annexPreview': (args) => {
      const scenario = getScenario(current().db, args.name);
      const op = annexOperation(args);
      // Codes already used in the plan in that year, before the annexation.
      const used = new Set(yearOf(simulateOver(scenario), op.year).units.map((u) => u.code));
      const clashes = annexedUnits(op)
        .map((u) => u.code)
        .filter((c) => used.has(c));
      return {
        province: op.province,
        units: op.units.length,
        staff: op.units.reduce((s, u) => s + staffOf(u), 0),
        clashes,
        merges: clashes.length > 0 ? [] : sameNamesAfter(scenario, op),
      };
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
    'scenario.communes': async ({ name, fileName, data, date, version, preview = false }) => {
      const sheets = await readWorkbook(fileName, new Uint8Array(Buffer.from(data, 'base64')));
      const db = current().db;
      const scenario = getScenario(db, name);
      // The plan's units on the day, before these merges: its operations up to that day (those of the day itself first).
      const sim = simulateOver(
        { ...scenario, operations: scenario.operations.filter((op) => operationDate(op) <= date) },
        false,
      );
      const year = Number(date.slice(0, 4));
      const at = sim.years.find((y) => y.year === year);
      if (!at)
        throw new AppError('validation', 'err.scenarioYear', {
          year,
          from: String(sim.years[0]!.year),
          to: String(sim.years.at(-1)!.year),
        });
      // The sheet holding the table (a guide sheet is skipped); else the first sheet's problems.
      const reads = sheets.map((s) => readCommunes(s, at.units, date));
      const { merges, issues, skipped } =
        reads.find((r) => r.merges.length > 0 || r.issues.some((i) => i.key !== 'err.communesHeader')) ?? reads[0]!;
      if (issues.length > 0) {
        throw importInvalid(issues);
      }
      const added = merges.map((m) => m.operation);
      const operations = [...scenario.operations, ...added];
      if (!preview) expectPlanVersion(db, name, version); // checked, simulated and written with nothing in between (synchronous)
      simulateOver({ ...scenario, operations }); // refused here if a later operation of the plan cannot apply after them
      if (!preview) setScenarioOperations(db, name, operations);
      const shown = previewCommunes(merges, at.units);
      return { name, version: planVersion(db, name)!, applied: !preview, added, merges: shown, skipped };
    },
    'scenario.communesTemplate': async () => ({
      fileName: 'mau-sap-xep-xa-tinhgon.xlsx',
      data: Buffer.from(await tablesToXlsx(communesTemplateTables())).toString('base64'),
    }),
    'scenario.roadmap': ({ name, units }) => {
      const s = stored(name);
      const t = timelineOf(s);
      return viewOf(s, `roadmap:${JSON.stringify(units ?? [])}`, () =>
        t ? roadmapAt(s.simulation, t, units) : roadmapOf(s.simulation, units),
      );
    },
    'scenario.diff': ({ name, year }) => {
      const s = stored(name);
      const at = yearOf(s.simulation, year);
      const t = timelineOf(s);
      return viewOf(s, `diff:${at.year}`, () => ({
        year: at.year,
        diff: t
          ? changesAt(t, s.simulation.years.indexOf(at), at.units)
          : withWholes(s.baseline, at.units, diffUnits(s.baseline, at.units)),
      }));
    },
    'scenario.state': ({ name, year }) => {
      const { simulation, baseline } = stored(name);
      const at = yearOf(simulation, year);
      return {
        year: at.year,
        baseline: baseline.slice(),
        units: at.units.slice(),
        justified: justifiedQuotas(at.units, at.positions),
      };
    },
    'scenario.preview': ({ name, operation }) => {
      // The plan with the operation added, read in the operation's year, around the units it names.
      const scenario = getScenario(current().db, name);
      const sim = simulateOver({ ...scenario, operations: [...scenario.operations, operation] });
      const at = yearOf(sim, operation.year);
      const step = sim.steps.find((x) => x.index === scenario.operations.length);
      // The units it named as it applied (a quota cut: every unit in its scope).
      const named = new Set(step ? Object.keys(step.units) : operationUnits(operation));
      const without = simulateOver(scenario);
      const prior = yearOf(without, operation.year);
      /** The autonomy group in force of the named units that have figures. */
      const groups = (y: typeof at) =>
        Object.fromEntries(
          [...named].flatMap((c) => {
            const a = y.autonomy.get(c);
            const g = a && groupOf(a);
            return g ? [[c, g]] : [];
          }),
        );
      // The year's findings and notices on the units it names, and those it brings anywhere (the provincial committee).
      const inYear = (s: typeof sim) => s.notices.filter((n) => n.year === at.year);
      const findings = causedBy(at.findings, prior.findings, named);
      const notices = causedBy(inYear(sim), inYear(without), named);
      const pinned = scenario.ruleSet ? ruleSetById(scenario.ruleSet) : pinnedRuleSet(current().db);
      const raised = raisedDeputiesNotice(
        operation,
        at.year,
        prior.units, // the year's end without the merge: the units it would merge, as they would be
        at.units,
        [...findings, ...notices],
        (day) => pinned ?? ruleSetInForce(day),
      );
      const base = simulateInWorkspace(current(), scenario).baseline;
      // Each unit named with its parent where a name repeats ("Trung tâm Phục vụ hành chính công — UBND xã …").
      const labelOf = unitLabels(at.units, base);
      return {
        year: at.year,
        totals: step?.units ?? {},
        autonomy: { before: groups(prior), after: groups(at) },
        diff: diffUnits(base, at.units)
          .filter((c) => named.has(c.code))
          .map((c) => ({ ...c, label: labelOf(c.code) })),
        units: at.units.filter((u) => named.has(u.code)),
        findings: findings.map((f) => ({ unitCode: f.unitCode, severity: f.severity, ...said(f) })),
        notices: [...notices, ...(raised ? [raised] : [])].map((n) => ({ unitCode: n.unitCode, ...said(n) })),
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
        .flatMap((x) =>
          x.status === 'not_met' && x.kind === 'reduction' && x.metric === 'psus' && x.year >= at.year && x.gap !== null
            ? [{ id: x.id, title: x.title, year: x.year, gap: x.gap }]
            : [],
        )
        .reduce<{ id: string; title: string; year: number; gap: number } | null>(
          (m, x) => (m && m.gap >= x.gap ? m : x),
          null,
        );
      const suggestions = suggestMerges(at.units, below, Math.max(10, gap?.gap ?? 0)).map((s) => ({
        ...s,
        names: [names.get(s.units[0]) ?? '', names.get(s.units[1]) ?? ''] as [string, string],
      }));
      return { suggestions, gap };
    },
    'scenario.suggestCut': ({ name, target: id, year, scope }) => {
      const scenario = getScenario(current().db, name);
      const judged = (operations: ScenarioFile['operations']) =>
        simulateOver({ ...scenario, operations }, operations === scenario.operations).targets.find((x) => x.id === id);
      const now = judged(scenario.operations);
      if (!now) throw new AppError('bad_request', 'err.cutTargetUnknown', { id });
      if (now.status !== 'not_met' || now.gap === null || !quotaFieldsOf(now))
        throw new AppError('bad_request', 'err.cutTargetNoGap', { title: now.title });
      const at = year ?? now.year;
      if (at > now.year)
        throw new AppError('bad_request', 'err.cutAfterTarget', { year: String(at), target: String(now.year) });
      // A gap that becomes unknown with the cut is not closed by it.
      const sized = sizeQuotaCut(
        now,
        { year: at, scope: scope ?? {} },
        (op) => judged([...scenario.operations, op])?.gap ?? Number.POSITIVE_INFINITY,
      );
      return {
        target: { id, title: now.title, year: now.year, gap: now.gap },
        operation: sized?.operation ?? null,
        gapAtLess: sized?.gapAtLess ?? null,
      };
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
              ...retirementExits(
                people.map((p) => ({
                  id: p.id,
                  unit: p.unit?.code ?? p.unitCode,
                  sex: p.sex,
                  birth: p.birth,
                  category: p.category,
                  lowerAge: p.lowerRetirementAge,
                })),
                plan,
                new Set(proposals.filter((q) => q.payout).map((q) => q.personId)),
              ),
              scope: retirementScope(new Set(people.map((p) => p.unit?.code ?? p.unitCode))),
              people: people.length,
            }
          : { ...proposalExits(proposals, plan), scope: proposalScope, people: proposals.length };
      const { operations, exits } = fillExits(scenario.operations, fill.rows, fill.scope);
      // Checked whole, preview or not: an exit that cannot apply (more people than the unit has) is refused naming it.
      simulateOver({ ...scenario, operations });
      if (apply && exits.length > 0) setScenarioOperations(db, name, operations);
      const names = new Map(plan.flatMap((y) => y.units.map((u) => [u.code, u.name] as const)));
      return {
        exits: exits.map((c) => ({ ...c, unitName: names.get(c.unit) ?? c.unit })),
        skipped: fill.skipped,
        people: fill.people,
        applied: apply && exits.length > 0,
      };
    },
    'scenario.create': ({ name }) => {
      saveNewScenario(current().db, { name, operations: [] });
      return { name };
    },
    'scenario.setOperations': ({ name, operations, version }) => editOperations(name, version, () => operations),
    'scenario.addOperation': ({ name, version, operation, index }) =>
      editOperations(name, version, (ops) => addOperation(ops, operation, index)),
    'scenario.changeOperation': ({ name, version, index, operation }) =>
      editOperations(name, version, (ops) => changeOperation(ops, index, operation)),
    'scenario.removeOperation': ({ name, version, index }) =>
      editOperations(name, version, (ops) => removeOperation(ops, index)),
    'scenario.moveOperation': ({ name, version, from, to }) =>
      editOperations(name, version, (ops) => moveOperation(ops, from, to)),
    'scenario.import': ({ scenario }) => {
      simulateOver(scenario); // refused here if an operation cannot apply
      saveNewScenario(current().db, scenario);
      return { name: scenario.name };
    },
    'scenario.samplePlans': () =>
      samplePlansFor(listUnits(current().db)).map(({ id, plan }) => ({ id, name: plan.name })),
    'scenario.importSample': ({ id }) => {
      const found = samplePlansFor(listUnits(current().db)).find((p) => p.id === id);
      if (!found) throw new AppError('bad_request', 'err.samplePlanNotHere', { id });
      simulateOver(found.plan);
      saveNewScenario(current().db, found.plan);
      return { name: found.plan.name };
    },
    'scenario.list': () => listScenarios(current().db),
    'scenario.get': ({ name }) => getScenario(current().db, name),
    'scenario.open': ({ name }) => {
      const db = current().db;
      return { scenario: getScenario(db, name), version: planVersion(db, name)!, today: clock.today() };
    },
    'scenario.delete': ({ name, version }) => {
      deleteScenario(current().db, name, version);
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
    'scenario.rename': ({ name, newName, version }) => {
      renameScenario(current().db, name, newName, version);
      return { name: newName };
    },
    'scenario.lock': ({ name, locked, version }) => {
      lockScenario(current().db, name, locked, version);
      return { name };
    },
    'scenario.setTargetSets': ({ name, targetSets, version }) => {
      const db = current().db;
      expectPlanVersion(db, name, version);
      simulateOver({ ...getScenario(db, name), targetSets }); // refused here if a set is unknown
      setScenarioTargetSets(db, name, targetSets);
      return { name, version: planVersion(db, name)! };
    },
    'scenario.export': ({ name }) => {
      // Self-contained: the workspace's own target sets go inline, so the file re-imports anywhere.
      const stored = getScenario(current().db, name);
      const scenario = {
        ...stored,
        ...(stored.targetSets ? { targetSets: inlineSets(stored.targetSets, listTargetSets(current().db)) } : {}),
      };
      return {
        fileName: `${planFileStem(name)}.json`,
        data: Buffer.from(JSON.stringify(scenario, null, 2), 'utf8').toString('base64'),
      };
    },
    'scenario.simulate': ({ scenario }) => presentedInWorkspace(current(), scenario),
    'scenario.metrics': ({ name }) => metricsInWorkspace(current(), getScenario(current().db, name)),
    'scenario.unitDetail': ({ name, year, unit }) =>
      unitDetailInWorkspace(current(), getScenario(current().db, name), year, unit),
  };
}
