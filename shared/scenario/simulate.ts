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
import { evaluateFindings, type Finding, type ParameterOverrides, type RuleContext } from '../rules/findings.ts';
import { ruleSetAtYearEnd, type RuleSet } from '../rules/rule-sets.ts';
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import { addMetrics, metricsOf, type YearMetrics } from './metrics.ts';
import type { GroupKey } from '../autonomy/summary.ts';
import { groupOf, type UnitAutonomy } from './autonomy.ts';
import { EXIT_REASONS, type Operation } from './operations.ts';
import type { YearEnded } from './year-end.ts';
import { recordedFigures, type YearBaseline } from './baselines.ts';
import { BUILT_IN_TARGETS, evaluateTarget, type Target, type TargetResult } from './targets.ts';
import type { UnitFigures } from './figures.ts';
import { ScenarioError, SimState, type ProvinceIdentity } from './operations/state.ts';
import { moduleOf } from './operations/index.ts';
import { YEAR_END_STEPS } from './year-end-steps.ts';
import { inDateOrder } from './operation-date.ts';

export { ScenarioError, staffOf } from './operations/state.ts';

/** Why people left the payroll: a dissolution without a receiving unit, or a roadmap exit. */
export const LEAVER_REASONS = ['dissolution', ...EXIT_REASONS] as const;
export type LeaverReason = (typeof LEAVER_REASONS)[number];
/**
 * People made surplus by the arrangement (dôi dư: dissolutions without a receiving unit, early
 * retirement, resignation, other exits) up to a year's end: natural retirements and transfers out
 * are leavers but not surplus.
 */
export const SURPLUS_REASONS: readonly LeaverReason[] = ['dissolution', 'early-retirement', 'resignation', 'other'];
export const surplusLeavers = (y: Pick<SimulationYear, 'leaversByReason'>) => SURPLUS_REASONS.reduce((s, r) => s + y.leaversByReason[r], 0);
const noLeavers = (): Record<LeaverReason, number> => Object.fromEntries(LEAVER_REASONS.map((r) => [r, 0])) as Record<LeaverReason, number>;

/** A roadmap exit as applied: its operation, the unit and counts, and its payout cost in đồng. */
export interface ExitRecord {
  index: number;
  year: number;
  unitCode: string;
  reason: (typeof EXIT_REASONS)[number];
  civilServants: number;
  publicEmployees: number;
  cost: number;
}

/** A recruitment as applied. */
export interface RecruitRecord {
  index: number;
  year: number;
  unitCode: string;
  civilServants: number;
  publicEmployees: number;
}

export interface SimulationYear {
  year: number;
  /**
   * The units at the end of the year, in tree order: the baseline's own objects and the frozen
   * copies the operations made, each shared by all the years in which it did not change; never to
   * be modified (copy one to change it).
   */
  units: ReadonlyArray<Readonly<Unit>>;
  /** Decree 60 figures of the public service units that have them, at the end of the year. */
  autonomy: Map<string, UnitAutonomy>;
  /**
   * The findings at the end of the year, in tree order (as `evaluateFindings`); a finding that
   * stays the same from one year to the next is the same object in both.
   */
  findings: readonly Finding[];
  metrics: YearMetrics;
  /** People who left the payroll up to the end of this year (dissolutions without a receiving unit, roadmap exits). */
  leavers: number;
  /** The same, by reason. */
  leaversByReason: Record<LeaverReason, number>;
  /** People recruited up to the end of this year. */
  recruited: number;
  /** Payouts to the people who left up to the end of this year, in đồng. */
  payoutCost: number;
  /** People who left the state apparatus with a unit converted to an enterprise or self-financing. */
  converted: number;
  /** People who joined with the units of annexed provinces up to the end of this year. */
  annexed: number;
  /** The province's identity in force at the end of the year as the plan set it (setProvince); null: the workspace's own. */
  province: ProvinceIdentity | null;
}

/** What one operation did to the units it names: their figures (subtree totals and own row) just before and just after it. */
export interface OperationStep {
  index: number;
  units: Record<string, { before: UnitFigures | null; after: UnitFigures | null }>;
}

export interface Simulation {
  years: SimulationYear[];
  /** Every operation as applied (in order): the units it names, before and after. */
  steps: OperationStep[];
  targets: TargetResult[];
  /**
   * What a merge leaves to decide: more deputies than the rules allow (and the year by which to
   * comply), a lower autonomy group than a merged unit had, a state-paid quota above the sum.
   */
  notices: Array<{ year: number; unitCode: string; key: MessageKey; params: MessageParams }>;
  /** The roadmap's exits and recruitments, in the order applied. */
  exits: ExitRecord[];
  recruits: RecruitRecord[];
}

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
  /**
   * Internal, for tests: copy, sort and judge every unit every year (the straightforward path that
   * the incremental one, see year-end.ts, is checked against).
   */
  fullEvaluation?: boolean;
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

export function simulate(baseline: readonly Unit[], operations: readonly Operation[], options: SimulateOptions): Simulation {
  const horizon = options.horizon ?? 2030;
  const indexed = operations.map((op, index) => ({ op, index }));
  for (const { op, index } of indexed) {
    if (op.year < options.baseYear || op.year > horizon) throw new ScenarioError(index, op.type, 'err.scenarioYear', { year: op.year, from: String(options.baseYear), to: String(horizon) });
  }
  // A failing operation throws out of simulate: nothing of this run's state outlives it.
  const s = new SimState(baseline, { fullEvaluation: options.fullEvaluation, autonomy: options.autonomy, byReason: noLeavers() });
  const years: SimulationYear[] = [];
  const steps: OperationStep[] = [];
  // By date within each year (a year alone is 01/01), the same date in the order given.
  const ordered = inDateOrder(indexed);
  let next = 0;
  for (let year = options.baseYear; year <= horizon; year++) {
    for (; next < ordered.length && ordered[next]!.op.year === year; next++) steps.push(applyOperation(s, ordered[next]!.op, ordered[next]!.index));
    const { rules, ended } = judgeYear(s, options, year);
    for (const step of YEAR_END_STEPS) step(s, { year, rules, findings: ended.findings, findingsOf: ended.findingsOf });
    const { units, findings, metrics } = ended;
    years.push({ year, units, autonomy: ended.autonomy, findings, metrics, leavers: s.leavers, leaversByReason: { ...s.byReason }, recruited: s.recruited, payoutCost: s.payoutCost, converted: s.converted, annexed: s.annexed, province: s.province });
  }
  return { years, steps, targets: targetResults(years, s.annexes, options, horizon), notices: s.notices, exits: s.exits, recruits: s.recruits };
}

/** Validates and applies one operation: what it did to the units it names, before and after. */
function applyOperation(s: SimState, op: Operation, index: number): OperationStep {
  const m = moduleOf(op);
  m.validate(s, op, index);
  const named = [...new Set(m.units(op, s))];
  const before = named.map((c) => s.figuresNow(c));
  s.applied++;
  m.apply(s, op, index);
  return { index, units: Object.fromEntries(named.map((c, i) => [c, { before: before[i]!, after: s.figuresNow(c) }])) };
}

/**
 * The end of a year: its units, findings and metrics (incrementally, year-end.ts; in full when the
 * tracker cannot follow the tree), judged by the rules in force on its 31/12.
 */
function judgeYear(s: SimState, options: SimulateOptions, year: number): { rules: RuleContext; ended: YearEnded & { autonomy: Map<string, UnitAutonomy> } } {
  const autonomy = new Map(s.figures);
  // Each PSU judged by its group at the end of the year (its group as simulated); memoised for the year.
  const groups = new Map<string, GroupKey | null>();
  const autonomyGroup = (code: string) => {
    if (!groups.has(code)) {
      const a = autonomy.get(code);
      groups.set(code, a ? groupOf(a) : null);
    }
    return groups.get(code);
  };
  // A class set by the plan (setProvince) sizes the rules from then on.
  const provinceClass = s.province?.class ?? options.rules.provinceClass;
  const rules: RuleContext = { ...yearRules({ ...options.rules, provinceClass }, year), mergedProvinces: (options.rules.mergedProvinces ?? 1) + s.provinces.size, autonomyGroup };
  for (const code of s.regrouped) s.tracker?.regrouped(code);
  s.regrouped.clear();
  let ended: YearEnded | null = s.tracker?.end(rules, autonomy) ?? null;
  if (!ended) {
    s.tracker = null;
    const all = s.ordered().map((u) => ({ ...u }));
    const judged = evaluateFindings(all, rules);
    ended = { units: all, findings: judged, findingsOf: (code) => judged.filter((f) => f.unitCode === code), metrics: metricsOf(all, autonomy) };
  }
  return { rules, ended: { ...ended, autonomy } };
}

/**
 * Targets compare like with like: a year before a province joined counts that province's units
 * too (as they were in its own workspace).
 */
function targetResults(years: readonly SimulationYear[], annexes: SimState['annexes'], options: SimulateOptions, horizon: number): TargetResult[] {
  const byYear = new Map(years.map((y) => [y.year, addMetrics(y.metrics, ...annexes.filter((a) => a.year > y.year).map((a) => a.metrics))]));
  return (options.targets ?? BUILT_IN_TARGETS.filter((t) => t.year >= options.baseYear && t.year <= horizon))
    .map((t) => evaluateTarget(t, (y) => byYear.get(y), options.baseYear, recordedFigures(options.baselines ?? [])))
    .filter((r): r is TargetResult => r !== null);
}
