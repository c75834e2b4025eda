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
import { HEADCOUNT_FIELDS, codeSchema, type HeadcountField, type Unit } from '../model/unit.ts';
import { canBeUnder } from '../edits/hierarchy.ts';
import { checkTreeIntegrity } from '../tree.ts';
import { annexedRoots, annexedUnits, provinceKey } from './annex.ts';
import { deputyDeadline, evaluateFindings, type Finding, type ParameterOverrides, type RuleContext } from '../rules/findings.ts';
import { ruleSetAtYearEnd, type RuleSet } from '../rules/rule-sets.ts';
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import { addMetrics, metricsOf, type YearMetrics } from './metrics.ts';
import { parseAmount } from '../autonomy/amount.ts';
import { parseAssignedGroup } from '../autonomy/classify.ts';
import { groupLabel } from '../autonomy/view.ts';
import type { GroupKey } from '../autonomy/summary.ts';
import { groupOf, groupRank, mergeAutonomy, type UnitAutonomy } from './autonomy.ts';
import { EXIT_REASONS, type Operation } from './operations.ts';
import { exitCost } from './exit-cost.ts';
import { compareKeys, keyUnder, liveUnit, yearEnd, type LiveUnit, type OrderKey, type YearEnded } from './year-end.ts';
import { PayoutError } from '../payouts/calculate.ts';
import { recordedFigures, type YearBaseline } from './baselines.ts';
import { BUILT_IN_TARGETS, evaluateTarget, type Target, type TargetResult } from './targets.ts';
import { operationUnits } from './diff.ts';
import { subtreeFigures, type UnitFigures } from './figures.ts';

/** An operation that cannot apply: its index in the list, its type, and why. */
export class ScenarioError extends Error {
  readonly index: number;
  readonly type: string;
  readonly key: MessageKey;
  readonly params: MessageParams;
  constructor(index: number, type: string, key: MessageKey, params: MessageParams = {}) {
    super(`operation ${index} (${type}): ${key}`);
    this.index = index;
    this.type = type;
    this.key = key;
    this.params = params;
  }
}

const STAFF: HeadcountField[] = ['civilServantActual', 'publicEmployeeActual', 'selfFundedEmployees', 'contractWorkers'];
export const staffOf = (u: Unit) => STAFF.reduce((s, f) => s + u[f], 0);

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
  // State: code → record of the unit (see year-end.ts). The tree order is kept by an order key per
  // unit (compared element by element), and each unit's children by parent code, so that an
  // operation costs what it touches, not the size of the province.
  // A unit is never changed: a change gives the record a changed (frozen) copy (see `edit`), so that
  // a year's units stay as they were. Copying the baseline's 50,000 units (and collecting the
  // copies) took about a sixth of the whole simulation.
  const state = new Map<string, LiveUnit>();
  const records = baseline.map((u, i) => liveUnit(u, i));
  for (const r of records) state.set(r.unit.code, r);
  let lastTopKey = baseline.length - 1;
  const unitOf = (code: string) => state.get(code)?.unit;
  // Children in the order they came (arrays, not sets: a province has tens of thousands of parents).
  const childrenOf = new Map<string | null, string[]>();
  const link = (code: string, parentCode: string | null) => {
    const list = childrenOf.get(parentCode);
    if (list) list.push(code);
    else childrenOf.set(parentCode, [code]);
  };
  const unlink = (code: string, parentCode: string | null) => {
    const list = childrenOf.get(parentCode);
    const i = list ? list.indexOf(code) : -1;
    if (i >= 0) list!.splice(i, 1);
  };
  for (const r of state.values()) link(r.unit.code, r.unit.parentCode);
  // Every change of the state below is reported to the year's end (see year-end.ts), which then
  // redoes only what it touched; without it (fullEvaluation, or units outside the tree) every
  // year is copied, sorted and judged in full.
  let tracker = options.fullEvaluation ? null : yearEnd({ units: state, childrenOf }, [...state.values()]);
  const setParent = (r: LiveUnit, parentCode: string | null) => {
    const before = r.unit;
    unlink(before.code, before.parentCode);
    r.unit = Object.freeze({ ...before, parentCode });
    link(before.code, parentCode);
    tracker?.moved(r, before);
  };
  const add = (u: Unit, key: OrderKey) => {
    const r = liveUnit(Object.freeze(u), key);
    state.set(u.code, r);
    link(u.code, u.parentCode);
    tracker?.added(r);
  };
  const remove = (code: string) => {
    const r = state.get(code);
    if (!r) return;
    unlink(code, r.unit.parentCode);
    state.delete(code);
    tracker?.removed(r);
  };
  /** Changes a unit's figures or name: `change` changes a copy, which takes the unit's place. */
  const edit = (u: Unit, change: (copy: Unit) => void) => {
    const r = state.get(u.code)!;
    const copy = { ...u };
    change(copy);
    r.unit = Object.freeze(copy);
    tracker?.replaced(r, u);
  };
  /** The units in tree order. */
  const ordered = (): Unit[] => [...state.values()].sort((a, b) => compareKeys(a.key, b.key)).map((r) => r.unit);
  const figures = new Map(options.autonomy ?? []);
  // Units whose figures (so whose autonomy group) changed this year: judged again at its end.
  const regrouped = new Set<string>();
  const setFigures = (code: string, a: UnitAutonomy) => {
    figures.set(code, a);
    regrouped.add(code);
  };
  const dropFigures = (code: string) => {
    if (figures.delete(code)) regrouped.add(code);
  };
  let leavers = 0;
  let converted = 0;
  let annexed = 0;
  let recruited = 0;
  let payoutCost = 0;
  const byReason = noLeavers();
  const exits: ExitRecord[] = [];
  const recruits: RecruitRecord[] = [];
  /** Annexed provinces (by name): with the home province, how many the province is formed from. */
  const provinces = new Set<string>();
  /** What each annexed province brought, to judge targets on the merged province in earlier years too. */
  const annexes: Array<{ year: number; metrics: YearMetrics }> = [];
  const years: SimulationYear[] = [];
  const steps: OperationStep[] = [];
  const figuresNow = (code: string) => subtreeFigures(code, unitOf, (c) => childrenOf.get(c));
  const notices: Simulation['notices'] = [];
  const indexed = operations.map((op, index) => ({ op, index }));
  for (const { op, index } of indexed) {
    if (op.year < options.baseYear || op.year > horizon) throw new ScenarioError(index, op.type, 'err.scenarioYear', { year: op.year, from: String(options.baseYear), to: String(horizon) });
  }

  const must = (index: number, type: string, code: string) => {
    const u = unitOf(code);
    if (!u) throw new ScenarioError(index, type, 'err.scenarioUnit', { code });
    return u;
  };
  const subtree = (code: string): string[] => {
    const out = [code];
    for (let i = 0; i < out.length; i++) for (const c of childrenOf.get(out[i]!) ?? []) out.push(c);
    return out;
  };
  /** Whether `code` is `top` or under it: up the parents, so the cost is the depth (a cycle, which only a baseline can have, ends the walk). */
  const isUnder = (code: string, top: string) => {
    let c: string | null = code;
    for (let steps = 0; c !== null && steps <= state.size; steps++) {
      if (c === top) return true;
      c = unitOf(c)?.parentCode ?? null;
    }
    return false;
  };
  const moveChildren = (from: string, to: string | null) => {
    for (const c of [...(childrenOf.get(from) ?? [])]) setParent(state.get(c)!, to);
  };
  /**
   * Replaces `oldCodes` by `added` at the place of the first one in tree order, keeping the order
   * of the rest: the added units take keys just under the first one's (which no other unit has).
   */
  const replace = (oldCodes: readonly string[], added: readonly Unit[]) => {
    let first: OrderKey | null = null;
    for (const c of oldCodes) {
      const k = state.get(c)?.key;
      if (k !== undefined && (first === null || compareKeys(k, first) < 0)) first = k;
    }
    for (const c of oldCodes) remove(c);
    added.forEach((a, i) => add(a, first !== null ? keyUnder(first, i) : ++lastTopKey));
  };

  /** Figures follow the surviving unit; a unit without figures of its own keeps none. */
  const moveFigures = (codes: readonly string[], to: string, result: UnitAutonomy | null) => {
    for (const c of codes) dropFigures(c);
    if (result) setFigures(to, result);
  };
  const lowered: Array<{ index: number; code: string; from: GroupKey[]; to: GroupKey; demoted?: true }> = [];
  /** The year's merges (target, operation index) and quota changes, to tell a raised quota from one moved in. */
  const mergedQuota: Array<{ code: string; index: number }> = [];
  const quotaChanges: Array<{ code: string; index: number; delta: number }> = [];
  const amountOf = (index: number, v: string | number | undefined, field: string) => {
    const a = parseAmount(v);
    if (a === null || (a !== undefined && a < 0n)) throw new ScenarioError(index, 'setAutonomy', 'err.scenarioAmount', { field: `fin.${field}`, value: String(v) });
    return a;
  };

  const apply = (op: Operation, index: number) => {
    const t = op.type;
    switch (op.type) {
      case 'merge': {
        const codes = [...new Set(op.units)];
        const units = codes.map((c) => must(index, t, c));
        for (const d of codes) {
          const parentCode = unitOf(d)!.parentCode;
          if (parentCode !== null && codes.some((c) => isUnder(parentCode, c))) throw new ScenarioError(index, t, 'err.scenarioMergeNested', { code: d });
        }
        const sum = {} as Record<HeadcountField, number>;
        for (const f of HEADCOUNT_FIELDS) {
          let s = 0;
          for (const u of units) s += u[f];
          sum[f] = s;
        }
        // One head remains; the other former heads count as deputies.
        sum.deputies += units.length - 1;
        let target: Unit;
        if (typeof op.into === 'string') {
          if (!codes.includes(op.into)) throw new ScenarioError(index, t, 'err.scenarioMergeInto', { code: op.into });
          target = { ...unitOf(op.into)!, ...sum };
        } else {
          if (state.has(op.into.code) && !codes.includes(op.into.code)) throw new ScenarioError(index, t, 'err.duplicateCode', { code: op.into.code });
          const parent = op.into.parentCode === null ? null : must(index, t, op.into.parentCode);
          if (parent && codes.some((c) => isUnder(parent.code, c))) throw new ScenarioError(index, t, 'err.moveCycle', { code: op.into.code, target: parent.code });
          const first = units[0]!;
          if (!canBeUnder(op.into.kind, parent, first.level)) throw new ScenarioError(index, t, 'err.placement', { kind: `kind.${op.into.kind}`, parentKind: parent ? `kind.${parent.kind}` : 'edit.noParent' });
          target = { ...first, ...sum, code: op.into.code, name: op.into.name, kind: op.into.kind, parentCode: op.into.parentCode };
        }
        for (const c of codes) if (c !== target.code) moveChildren(c, target.code);
        replace(codes, [target]);
        const psus = units.filter((u) => u.kind === 'psu');
        if (psus.length > 0) {
          const { merged, lowered: from } = mergeAutonomy(psus.map((u) => figures.get(u.code)));
          moveFigures(codes, target.code, target.kind === 'psu' ? merged : null);
          const to = merged && groupOf(merged);
          if (to && from.length > 0) lowered.push({ index, code: target.code, from, to });
        }
        mergedQuota.push({ code: target.code, index });
        return;
      }
      case 'split': {
        const unit = must(index, t, op.unit);
        for (const f of HEADCOUNT_FIELDS) {
          const total = op.into.reduce((s, p) => s + (p[f] ?? 0), 0);
          if (total !== unit[f]) throw new ScenarioError(index, t, 'err.scenarioSplitSum', { field: `field.${f}`, total, expected: unit[f] });
        }
        const codes = new Set<string>();
        for (const p of op.into) {
          if ((state.has(p.code) && p.code !== unit.code) || codes.has(p.code)) throw new ScenarioError(index, t, 'err.duplicateCode', { code: p.code });
          codes.add(p.code);
        }
        const parts = op.into.map((p) => ({ ...unit, code: p.code, name: p.name, ...Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, p[f] ?? 0])) }));
        // The parts start without figures: each needs its own autonomy plan (setAutonomy).
        dropFigures(unit.code);
        moveChildren(unit.code, parts[0]!.code);
        replace([unit.code], parts);
        return;
      }
      case 'transfer': {
        const unit = must(index, t, op.unit);
        const parent = op.parentCode === null ? null : must(index, t, op.parentCode);
        if (parent && isUnder(parent.code, unit.code)) throw new ScenarioError(index, t, 'err.moveCycle', { code: unit.code, target: parent.code });
        if (!canBeUnder(unit.kind, parent, unit.level)) throw new ScenarioError(index, t, 'err.placement', { kind: `kind.${unit.kind}`, parentKind: parent ? `kind.${parent.kind}` : 'edit.noParent' });
        setParent(state.get(unit.code)!, op.parentCode);
        return;
      }
      case 'dissolve': {
        const unit = must(index, t, op.unit);
        if (op.staffTo !== null) {
          const receiver = must(index, t, op.staffTo);
          if (isUnder(receiver.code, unit.code)) throw new ScenarioError(index, t, 'err.moveCycle', { code: unit.code, target: receiver.code });
          // Quotas and staff move to the receiving unit; the head and deputies join its staff.
          edit(receiver, (r) => {
            for (const f of HEADCOUNT_FIELDS) if (f !== 'deputies') r[f] += unit[f];
          });
          const theirs = figures.get(unit.code);
          const mine = figures.get(receiver.code);
          if (theirs && receiver.kind === 'psu') {
            const { merged, lowered: from } = mergeAutonomy(mine ? [mine, theirs] : [theirs]);
            moveFigures([unit.code], receiver.code, merged);
            const to = merged && groupOf(merged);
            if (to && from.length > 0) lowered.push({ index, code: receiver.code, from, to });
          }
        } else {
          leavers += staffOf(unit);
          byReason.dissolution += staffOf(unit);
        }
        dropFigures(unit.code);
        moveChildren(unit.code, unit.parentCode);
        replace([unit.code], []);
        return;
      }
      case 'convert': {
        const unit = must(index, t, op.unit);
        if (unit.kind !== 'psu') throw new ScenarioError(index, t, 'err.notPsu', { code: unit.code });
        const codes = subtree(unit.code);
        for (const c of codes) converted += staffOf(unitOf(c)!);
        for (const c of codes) dropFigures(c);
        replace(codes, []);
        return;
      }
      case 'rename': {
        const unit = must(index, t, op.unit);
        edit(unit, (u) => (u.name = op.name));
        return;
      }
      case 'setQuota': {
        const unit = must(index, t, op.unit);
        edit(unit, (u) => {
          if (op.civilServantQuota !== undefined) u.civilServantQuota = op.civilServantQuota;
          if (op.publicEmployeeQuota !== undefined) u.publicEmployeeQuota = op.publicEmployeeQuota;
        });
        if (op.publicEmployeeQuota !== undefined) quotaChanges.push({ code: unit.code, index, delta: op.publicEmployeeQuota - unit.publicEmployeeQuota });
        return;
      }
      case 'setDeputies': {
        const unit = must(index, t, op.unit);
        edit(unit, (u) => (u.deputies = op.deputies));
        return;
      }
      case 'setAutonomy': {
        const unit = must(index, t, op.unit);
        if (unit.kind !== 'psu') throw new ScenarioError(index, t, 'err.notPsu', { code: unit.code });
        const had = figures.get(unit.code);
        const revenue = amountOf(index, op.revenue, 'revenue') ?? had?.revenue;
        const spending = amountOf(index, op.spending, 'spending') ?? had?.spending;
        if (revenue === undefined || spending === undefined) throw new ScenarioError(index, t, 'err.scenarioAutonomyFigures', { code: unit.code });
        if (spending <= 0n) throw new ScenarioError(index, t, 'err.scenarioAmount', { field: 'fin.spending', value: String(op.spending ?? '') });
        let decided = had?.decided ?? null;
        if (op.group !== undefined) {
          const g = op.group === null ? undefined : parseAssignedGroup(op.group);
          if (g === null) throw new ScenarioError(index, t, 'err.assignedGroup');
          if (g && g.group === 3 && g.band === null) throw new ScenarioError(index, t, 'err.overrideBand');
          decided = g ? (groupLabel(g) as GroupKey) : null;
        }
        setFigures(unit.code, {
          revenue, spending,
          investmentFunding: amountOf(index, op.investmentFunding, 'investment') ?? had?.investmentFunding,
          depreciation: amountOf(index, op.depreciation, 'depreciation') ?? had?.depreciation,
          decided,
        });
        // Decree 60 Art. 35.5: a unit of group 1–2 may not be moved down to group 3–4 (any change of figures or group, not only a merge).
        const before = had ? groupOf(had) : null;
        const after = groupOf(figures.get(unit.code)!);
        if (before !== null && after !== null && groupRank(before) <= groupRank('2') && groupRank(after) > groupRank('2')) lowered.push({ index, code: unit.code, from: [before], to: after, demoted: true });
        return;
      }
      case 'staffExit': {
        const unit = must(index, t, op.unit);
        // Nobody leaves a unit that has no one left.
        for (const [field, count] of [['civilServantActual', op.civilServants], ['publicEmployeeActual', op.publicEmployees]] as const) {
          if (count > unit[field]) throw new ScenarioError(index, t, 'err.scenarioExitTooMany', { unit: unit.name, code: unit.code, field: `field.${field}`, actual: unit[field], count, year: String(op.year) });
        }
        let cost: number;
        try {
          cost = exitCost(op);
        } catch (err) {
          if (err instanceof PayoutError) throw new ScenarioError(index, t, err.key, err.params);
          throw err;
        }
        edit(unit, (u) => {
          u.civilServantActual -= op.civilServants;
          u.publicEmployeeActual -= op.publicEmployees;
        });
        const count = op.civilServants + op.publicEmployees;
        leavers += count;
        byReason[op.reason] += count;
        payoutCost += cost;
        exits.push({ index, year: op.year, unitCode: unit.code, reason: op.reason, civilServants: op.civilServants, publicEmployees: op.publicEmployees, cost });
        return;
      }
      case 'recruit': {
        const unit = must(index, t, op.unit);
        edit(unit, (u) => {
          u.civilServantActual += op.civilServants;
          u.publicEmployeeActual += op.publicEmployees;
        });
        recruited += op.civilServants + op.publicEmployees;
        recruits.push({ index, year: op.year, unitCode: unit.code, civilServants: op.civilServants, publicEmployees: op.publicEmployees });
        return;
      }
      case 'annex': {
        const joining = annexedUnits(op);
        const issue = checkTreeIntegrity(op.units)[0];
        if (issue) throw new ScenarioError(index, t, issue.key, issue.params);
        for (const u of joining) {
          if (!codeSchema.safeParse(u.code).success) throw new ScenarioError(index, t, 'err.scenarioAnnexCode', { code: u.code });
          if (state.has(u.code)) throw new ScenarioError(index, t, 'err.scenarioAnnexClash', { code: u.code, province: op.province });
        }
        const parent = op.parentCode === null ? null : must(index, t, op.parentCode);
        for (const root of annexedRoots(op)) {
          if (!canBeUnder(root.kind, parent, root.level)) throw new ScenarioError(index, t, 'err.placement', { kind: `kind.${root.kind}`, parentKind: parent ? `kind.${parent.kind}` : 'edit.noParent' });
        }
        for (const u of joining) add(u, ++lastTopKey);
        annexes.push({ year: op.year, metrics: metricsOf(joining) });
        annexed += joining.reduce((s, u) => s + staffOf(u), 0);
        provinces.add(provinceKey(op.province));
        return;
      }
    }
  };

  for (let year = options.baseYear; year <= horizon; year++) {
    const merged: string[] = [];
    for (const { op, index } of indexed) {
      if (op.year !== year) continue;
      // A failing operation throws out of simulate: nothing of this run's state outlives it.
      const named = [...new Set(operationUnits(op))];
      const before = named.map(figuresNow);
      apply(op, index);
      steps.push({ index, units: Object.fromEntries(named.map((c, i) => [c, { before: before[i]!, after: figuresNow(c) }])) });
      if (op.type === 'merge') merged.push(typeof op.into === 'string' ? op.into : op.into.code);
    }
    const autonomy = new Map(figures);
    // Each PSU judged by its group at the end of the year (its group as simulated); memoised for the year.
    const groups = new Map<string, GroupKey | null>();
    const autonomyGroup = (code: string) => {
      if (!groups.has(code)) {
        const a = autonomy.get(code);
        groups.set(code, a ? groupOf(a) : null);
      }
      return groups.get(code);
    };
    const rules: RuleContext = { ...yearRules(options.rules, year), mergedProvinces: (options.rules.mergedProvinces ?? 1) + provinces.size, autonomyGroup };
    for (const code of regrouped) tracker?.regrouped(code);
    regrouped.clear();
    let yearEnded: YearEnded | null = tracker?.end(rules, autonomy) ?? null;
    if (!yearEnded) {
      tracker = null;
      const all = ordered().map((u) => ({ ...u }));
      const judged = evaluateFindings(all, rules);
      yearEnded = { units: all, findings: judged, findingsOf: (code) => judged.filter((f) => f.unitCode === code), metrics: metricsOf(all, autonomy) };
    }
    const { units, findings: yearFindings, findingsOf, metrics } = yearEnded;
    // Surplus deputies after a merge: a PSU has 3 years (Decree 120 Art. 27.2.b), a specialised
    // agency 5 (Decree 150/2025, restated by Decree 370/2025), by the set in force that year.
    for (const code of merged) {
      const surplus = findingsOf(code).filter((f) => f.rule === 'max-deputies');
      if (surplus.length === 0) continue;
      // Only "cần xác minh" notes (an unverified limit, or one that depends on what is not recorded): said so, no deadline asserted.
      if (surplus.every((f) => f.severity === 'note')) {
        notices.push({ year, unitCode: code, key: 'scn.deputyToVerify', params: {} });
        continue;
      }
      const deadline = deputyDeadline(rules.ruleSet, rules.date!, unitOf(code)!.kind);
      if (deadline && deadline.confidence !== 'M') notices.push({ year, unitCode: code, key: 'scn.deputyDeadline', params: { years: deadline.years, deadline: String(year + deadline.years), citation: deadline.citation } });
      else notices.push({ year, unitCode: code, key: 'scn.deputyDeadlineUnknown', params: {} });
    }
    for (const l of lowered.splice(0)) {
      notices.push({ year, unitCode: l.code, key: l.demoted ? 'scn.autonomyDemoted' : 'scn.autonomyLowered', params: { from: l.from.join(', '), to: l.to } });
    }
    // Decree 120/2020 Art. 4.3: the state-paid quota after a merger may not exceed the sum before
    // (checked at the end of the merge year, after that year's other operations). Subtree totals;
    // what other merges and dissolutions move in is moved, not raised: only quota changes after the
    // (first) merge, in units under the merged one at the end of the year, raise it.
    const checked = new Set<string>();
    for (const m of mergedQuota.splice(0)) {
      if (checked.has(m.code) || !unitOf(m.code)) continue;
      checked.add(m.code);
      const under = new Set(subtree(m.code));
      const raised = quotaChanges.filter((q) => q.index > m.index && under.has(q.code)).reduce((s, q) => s + q.delta, 0);
      if (raised <= 0) continue;
      const quota = figuresNow(m.code)!.total.publicEmployeeQuota;
      notices.push({ year, unitCode: m.code, key: 'scn.mergeQuotaRaised', params: { quota, before: quota - raised } });
    }
    quotaChanges.length = 0;
    // Recruiting above the quota is flagged once per unit and count, at the end of the year (after its quota changes).
    const flagged = new Set<string>();
    for (const r of recruits) {
      if (r.year !== year) continue;
      const now = unitOf(r.unitCode);
      if (!now) continue;
      for (const [count, actual, quota] of [[r.civilServants, 'civilServantActual', 'civilServantQuota'], [r.publicEmployees, 'publicEmployeeActual', 'publicEmployeeQuota']] as const) {
        if (count === 0 || now[actual] <= now[quota] || flagged.has(`${now.code} ${actual}`)) continue;
        flagged.add(`${now.code} ${actual}`);
        notices.push({ year, unitCode: now.code, key: 'scn.recruitAboveQuota', params: { unit: now.name, field: `field.${quota}`, quota: now[quota], actual: now[actual] } });
      }
    }
    // Deputy directors of merged sở count against the provincial average (raised after a provincial
    // merger): one notice, on the provincial committee that finding is about.
    const average = merged.some((code) => unitOf(code)?.kind === 'department') ? yearFindings.find((f) => f.parameter === 'departmentAverageDeputies') : undefined;
    const agencyDeadline = average && deputyDeadline(rules.ruleSet, rules.date!, 'department');
    if (average && agencyDeadline && agencyDeadline.confidence !== 'M') {
      notices.push({ year, unitCode: average.unitCode, key: 'scn.departmentDeputyDeadline', params: { deadline: String(year + agencyDeadline.years), total: average.params.total!, avg: average.params.avg!, max: average.params.max! } });
    } else if (average) notices.push({ year, unitCode: average.unitCode, key: 'scn.deputyDeadlineUnknown', params: {} });
    years.push({ year, units, autonomy, findings: yearFindings, metrics, leavers, leaversByReason: { ...byReason }, recruited, payoutCost, converted, annexed });
  }
  // Targets compare like with like: a year before a province joined counts that province's units
  // too (as they were in its own workspace).
  const byYear = new Map(years.map((y) => [y.year, addMetrics(y.metrics, ...annexes.filter((a) => a.year > y.year).map((a) => a.metrics))]));
  const targets = (options.targets ?? BUILT_IN_TARGETS.filter((t) => t.year >= options.baseYear && t.year <= horizon))
    .map((t) => evaluateTarget(t, (y) => byYear.get(y), options.baseYear, recordedFigures(options.baselines ?? [])))
    .filter((r): r is TargetResult => r !== null);
  return { years, steps, targets, notices, exits, recruits };
}
