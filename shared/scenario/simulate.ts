/**
 * simulate(baseline, operations, …): the state of the organisation at the end of every year from
 * the base year to the horizon, its metrics, its findings and the targets. Pure: the baseline is
 * never modified (a change replaces a unit by a changed copy), so its units are handed out as they
 * are in every year nothing changed them; the years' units are read-only. People are never lost or invented: whoever is not in a unit at the end has left
 * (a dissolution without a receiving unit) or moved off the state payroll (a conversion), and
 * whoever is there but was not at the start came with an annexed province (a provincial merger)
 * or was recruited. Leavers are counted by reason: dissolutions without a receiving unit, and the
 * roadmap's exits (retirement, early retirement, resignation, transfer out, other), whose payouts
 * are costed with the policy calculators.
 */
import type { Unit } from '../model/unit.ts';
import { evaluateFindings, type ParameterOverrides, type RuleContext } from '../rules/findings.ts';
import { ruleSetAtYearEnd, ruleSetInForce, type RuleSet } from '../rules/rule-sets.ts';
import { addMetrics, metricsOf } from './metrics.ts';
import type { GroupKey } from '../autonomy/summary.ts';
import { groupOf, type UnitAutonomy } from './autonomy.ts';
import { type Operation } from './operations.ts';
import { FIGURE_SLOTS, readFigures, type YearEnded } from './year-end.ts';
import type { UnitFigures } from './figures.ts';
import { recordedFigures, type YearBaseline } from './baselines.ts';
import { BUILT_IN_TARGETS, evaluateTarget, type Target, type TargetResult } from './targets.ts';
import { ScenarioError, SimState } from './operations/state.ts';
import { moduleOf } from './operations/index.ts';
import { YEAR_END_STEPS } from './year-end-steps.ts';
import { inDateOrder } from './operation-date.ts';
import { withExitWindows } from './restructuring-decision.ts';
import type { Position } from '../positions/model.ts';
import { positionFindings } from '../positions/workspace-findings.ts';
import { targetPositions } from '../positions/quota-beside.ts';
import { keepYearChanges, type YearChanges } from './year-changes.ts';
import { keepResumable, previousStarts, resumeFrom, yearStart, type YearStart } from './resume.ts';

export { ScenarioError, staffOf } from './operations/state.ts';
export { LEAVER_REASONS, SURPLUS_REASONS, surplusLeavers } from './simulation.ts';
export type {
  ExitRecord,
  LeaverReason,
  OperationStep,
  RecruitRecord,
  Simulation,
  SimulationYear,
} from './simulation.ts';
import {
  LEAVER_REASONS,
  type LeaverReason,
  type OperationStep,
  type Simulation,
  type SimulationYear,
} from './simulation.ts';

const noLeavers = (): Record<LeaverReason, number> =>
  Object.fromEntries(LEAVER_REASONS.map((r) => [r, 0])) as Record<LeaverReason, number>;

export interface SimulateOptions {
  baseYear: number;
  horizon?: number;
  /**
   * How the years are judged. Each year's end (31/12) is judged by the rule set in force that day
   * (`ruleSetAtYearEnd`), with the province's values for it (`overridesFor`); a `ruleSet` given
   * here is pinned: every year is judged by it (with `overrides`).
   */
  rules: SimulationRules;
  targets?: readonly Target[];
  /** Figures recorded for years before the base year (Số liệu gốc), for targets whose base year is one of them. */
  baselines?: readonly YearBaseline[];
  /** Decree 60 figures of the baseline's public service units in the base year (by code). */
  autonomy?: ReadonlyMap<string, UnitAutonomy>;
  /** The baseline units' job positions by code (the stored ones): merged, divided and moved by the operations. */
  positions?: ReadonlyMap<string, readonly Position[]>;
  /**
   * Internal, for tests: copy, sort and judge every unit every year (the straightforward path that
   * the incremental one, see year-end.ts, is checked against).
   */
  fullEvaluation?: boolean;
  /**
   * A simulation of the same baseline with the same options but other operations (the plan's
   * version before an edit): the years before the first operation that differs are taken from it
   * and the simulation goes on from the start of that year (./resume.ts). The result is the same.
   */
  previous?: Simulation;
}

export type SimulationRules = Omit<RuleContext, 'ruleSet' | 'date' | 'autonomyGroup'> & {
  ruleSet?: RuleSet;
  overridesFor?: (ruleSetId: string) => ParameterOverrides;
};

/** The rules a year's end is judged by (see `SimulateOptions.rules`). */
export function yearRules(rules: SimulationRules, year: number): RuleContext {
  const ruleSet = rules.ruleSet ?? ruleSetAtYearEnd(year);
  const overrides = rules.ruleSet ? rules.overrides : (rules.overridesFor?.(ruleSet.id) ?? rules.overrides);
  return { ...rules, ruleSet, overrides, date: `${year}-12-31` };
}

export function simulate(
  baseline: readonly Unit[],
  operations: readonly Operation[],
  options: SimulateOptions,
): Simulation {
  const horizon = options.horizon ?? 2030;
  // Decree 178 exits tied to a restructuring operation are costed by their 12-month window from it.
  const indexed = withExitWindows(operations).map((op, index) => ({ op, index }));
  for (const { op, index } of indexed) {
    if (op.year < options.baseYear || op.year > horizon)
      throw new ScenarioError(index, op.type, 'err.scenarioYear', {
        year: op.year,
        from: String(options.baseYear),
        to: String(horizon),
      });
  }
  // By date within each year (a year alone is 01/01), the same date in the order given.
  const ordered = inDateOrder(indexed);
  const resumed =
    options.previous && !options.fullEvaluation
      ? resumeFrom(options.previous, baseline, ordered, options.baseYear, horizon)
      : null;
  // A failing operation throws out of simulate: nothing of this run's state outlives it.
  const s =
    resumed?.state ??
    new SimState(baseline, {
      fullEvaluation: options.fullEvaluation,
      autonomy: options.autonomy,
      positions: options.positions,
      byReason: noLeavers(),
    });
  // What each year changed, for the views (./year-changes.ts): only while every year's units are the
  // year before's objects but for its changes, from the baseline's own (no code given twice).
  let changes: YearChanges[] | null = resumed?.changes ?? (s.units.size === baseline.length ? [] : null);
  const years: SimulationYear[] = resumed?.years ?? [];
  const steps: OperationStep[] = resumed?.steps ?? [];
  // The state at the start of each year and at the end, to resume from (./resume.ts).
  const starts: YearStart[] = resumed ? previousStarts(options.previous!, resumed.years.length) : [];
  let next = resumed?.next ?? 0;
  for (let year = resumed?.year ?? options.baseYear; year <= horizon; year++) {
    starts.push(yearStart(s, steps.length));
    for (; next < ordered.length && ordered[next]!.op.year === year; next++)
      steps.push(applyOperation(s, ordered[next]!.op, ordered[next]!.index));
    const { rules, ended } = judgeYear(s, options, year);
    const ruleSetOn = (day: string) => options.rules.ruleSet ?? ruleSetInForce(day);
    for (const step of YEAR_END_STEPS)
      step(s, { year, rules, findings: ended.findings, findingsOf: ended.findingsOf, ruleSetOn });
    const { units, findings, metrics } = ended;
    if (ended.changes && changes) changes.push(ended.changes);
    else changes = null;
    years.push({
      year,
      units,
      autonomy: ended.autonomy,
      findings,
      metrics,
      leavers: s.leavers,
      leaversByReason: { ...s.byReason },
      recruited: s.recruited,
      payoutCost: s.payoutCost,
      converted: s.converted,
      annexed: s.annexed,
      province: s.province,
      positions: new Map(s.positions),
    });
  }
  starts.push(yearStart(s, steps.length));
  const simulation: Simulation = {
    years,
    steps,
    targets: targetResults(years, s.annexes, options, horizon),
    notices: s.notices,
    positionsAdded: s.positionsAdded,
    heads: s.heads,
    exits: s.exits,
    recruits: s.recruits,
  };
  if (changes) {
    keepYearChanges(simulation, baseline, changes);
    keepResumable(simulation, {
      baseline,
      baseYear: options.baseYear,
      horizon,
      ordered,
      starts,
      annexes: s.annexes,
      structure: s.structure,
      changes,
    });
  }
  return simulation;
}

/** Validates and applies one operation: what it did to the units it names, before and after. */
function applyOperation(s: SimState, op: Operation, index: number): OperationStep {
  const m = moduleOf(op);
  m.validate(s, op, index);
  const named = [...new Set(m.units(op, s))];
  // Before and after, in one array (see LazyStep).
  const slots = new Array<unknown>(2 * named.length * FIGURE_SLOTS);
  s.writeFigures(named, slots, 0);
  s.applied++;
  m.apply(s, op, index);
  s.writeFigures(named, slots, named.length * FIGURE_SLOTS);
  return new LazyStep(index, named, slots, s.tracker !== null);
}

/** `units` of a step: an own enumerable property read through one shared getter. */
const STEP_UNITS: PropertyDescriptor = {
  enumerable: true,
  get(this: LazyStep) {
    return this.unitsRecord();
  },
};

/**
 * A step whose `units` record (keyed by the units' codes) is built when first read, from the
 * figures written before and after the operation: an object keyed by thousands of distinct codes
 * costs V8 a new hidden class per key, and the figures' objects (three per unit and side, all kept
 * for the whole run) were garbage-collector work; most steps are never read. `units` is an own
 * enumerable accessor: spread, `Object.entries`, JSON and structured clone see it as a plain
 * property, and nothing else of the step's is enumerable.
 */
class LazyStep implements OperationStep {
  readonly index: number;
  declare readonly units: OperationStep['units'];
  readonly #named: readonly string[];
  readonly #slots: unknown[];
  readonly #tracked: boolean;
  #units: OperationStep['units'] | null = null;
  constructor(index: number, named: readonly string[], slots: unknown[], tracked: boolean) {
    this.index = index;
    Object.defineProperty(this, 'units', STEP_UNITS);
    this.#named = named;
    this.#slots = slots;
    this.#tracked = tracked;
  }
  unitsRecord(): OperationStep['units'] {
    if (this.#units === null) {
      const named = this.#named;
      const read = (at: number) =>
        this.#tracked ? readFigures(this.#slots, at) : (this.#slots[at] as UnitFigures | null);
      const units: OperationStep['units'] = {};
      named.forEach((c, i) => {
        units[c] = { before: read(i * FIGURE_SLOTS), after: read((named.length + i) * FIGURE_SLOTS) };
      });
      this.#units = units;
    }
    return this.#units;
  }
}

/**
 * The end of a year: its units, findings and metrics (incrementally, year-end.ts; in full when the
 * tracker cannot follow the tree), judged by the rules in force on its 31/12.
 */
function judgeYear(
  s: SimState,
  options: SimulateOptions,
  year: number,
): { rules: RuleContext; ended: YearEnded & { autonomy: Map<string, UnitAutonomy> } } {
  const autonomy = new Map(s.figures);
  // Each PSU judged by its group at the end of the year (its group as simulated); memoised for the year.
  const groups = new Map<string, GroupKey | null>();
  const autonomyGroup = (code: string) => {
    // Most units have no figures (no group): no memo for them.
    const a = autonomy.get(code);
    if (!a) return null;
    let group = groups.get(code);
    if (group === undefined) groups.set(code, (group = groupOf(a)));
    return group;
  };
  // A class set by the plan (setProvince) sizes the rules from then on.
  const provinceClass = s.province?.class ?? options.rules.provinceClass;
  const rules: RuleContext = {
    ...yearRules({ ...options.rules, provinceClass }, year),
    mergedProvinces: (options.rules.mergedProvinces ?? 1) + s.provinces.size,
    autonomyGroup,
  };
  for (const code of s.regrouped) s.tracker?.regrouped(code);
  s.regrouped.clear();
  let ended: YearEnded | null = s.tracker?.end(rules, autonomy) ?? null;
  if (!ended) {
    s.tracker = null;
    const all = s.ordered().map((u) => ({ ...u }));
    const judged = evaluateFindings(all, rules);
    ended = {
      units: all,
      findings: judged,
      findingsOf: (code) => judged.filter((f) => f.unitCode === code),
      metrics: metricsOf(all, autonomy),
      changes: null,
    };
  }
  // The job-position findings (quota vs positions, deputies planned, level ratios) of the units that have positions.
  if (s.positions.size > 0) {
    const judged = positionFindings(ended.units, [...s.positions.values()].flat(), rules);
    if (judged.length > 0) {
      const { findings, findingsOf } = ended;
      ended = {
        ...ended,
        findings: [...findings, ...judged],
        findingsOf: (code) => [...findingsOf(code), ...judged.filter((f) => f.unitCode === code)],
      };
    }
  }
  return { rules, ended: { ...ended, autonomy } };
}

/**
 * Targets compare like with like: a year before a province joined counts that province's units
 * too (as they were in its own workspace).
 */
function targetResults(
  years: readonly SimulationYear[],
  annexes: SimState['annexes'],
  options: SimulateOptions,
  horizon: number,
): TargetResult[] {
  const byYear = new Map(
    years.map((y) => [y.year, addMetrics(y.metrics, ...annexes.filter((a) => a.year > y.year).map((a) => a.metrics))]),
  );
  const withPositions = years.some((y) => y.positions.size > 0);
  return (options.targets ?? BUILT_IN_TARGETS.filter((t) => t.year >= options.baseYear && t.year <= horizon))
    .map((t) => evaluateTarget(t, (y) => byYear.get(y), options.baseYear, recordedFigures(options.baselines ?? [])))
    .filter((r): r is TargetResult => r !== null)
    .map((r) => {
      // The plan's job positions beside a quota target's quota, year by year (issue 21).
      const positions = withPositions ? targetPositions(r, years) : null;
      return positions ? { ...r, positions } : r;
    });
}
