/**
 * simulate(baseline, operations, …): the state of the organisation at the end of every year from
 * the base year to the horizon, its metrics, its findings and the targets. Pure: the baseline is
 * never modified. People are never lost or invented: whoever is not in a unit at the end has left
 * (a dissolution without a receiving unit) or moved off the state payroll (a conversion).
 */
import { HEADCOUNT_FIELDS, type HeadcountField, type Unit } from '../model/unit.ts';
import { canBeUnder } from '../edits/hierarchy.ts';
import { evaluateFindings, type Finding, type RuleContext } from '../rules/findings.ts';
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import { metricsOf, type YearMetrics } from './metrics.ts';
import type { Operation } from './operations.ts';
import { BUILT_IN_TARGETS, evaluateTarget, type Target, type TargetResult } from './targets.ts';

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
/** People working in a unit (everyone but the vacancies of its quotas). */
export const staffOf = (u: Unit) => STAFF.reduce((s, f) => s + u[f], 0);

export interface SimulationYear {
  year: number;
  units: Unit[];
  metrics: YearMetrics;
  /** People who left the payroll up to the end of this year (dissolutions without a receiving unit). */
  leavers: number;
  /** People who left the state apparatus with a unit converted to an enterprise or self-financing. */
  converted: number;
}

export interface Simulation {
  years: SimulationYear[];
  findings: Array<Finding & { year: number }>;
  targets: TargetResult[];
  /** Merged units with more deputies than the rules allow, and the year by which to comply. */
  notices: Array<{ year: number; unitCode: string; key: MessageKey; params: MessageParams }>;
}

export interface SimulateOptions {
  baseYear: number;
  horizon?: number;
  rules: RuleContext;
  targets?: readonly Target[];
}

export function simulate(baseline: readonly Unit[], operations: readonly Operation[], options: SimulateOptions): Simulation {
  const horizon = options.horizon ?? 2030;
  // Ordered state: code → unit (insertion order is the tree order).
  let state = new Map(baseline.map((u) => [u.code, { ...u }]));
  let leavers = 0;
  let converted = 0;
  const years: SimulationYear[] = [];
  const findings: Simulation['findings'] = [];
  const notices: Simulation['notices'] = [];
  const indexed = operations.map((op, index) => ({ op, index }));
  for (const { op, index } of indexed) {
    if (op.year < options.baseYear || op.year > horizon) throw new ScenarioError(index, op.type, 'err.scenarioYear', { year: op.year, from: String(options.baseYear), to: String(horizon) });
  }

  const must = (index: number, type: string, code: string) => {
    const u = state.get(code);
    if (!u) throw new ScenarioError(index, type, 'err.scenarioUnit', { code });
    return u;
  };
  const subtree = (code: string): string[] => {
    const out = [code];
    for (let i = 0; i < out.length; i++) for (const u of state.values()) if (u.parentCode === out[i]) out.push(u.code);
    return out;
  };
  const moveChildren = (from: string, to: string | null) => {
    for (const u of state.values()) if (u.parentCode === from) u.parentCode = to;
  };
  /** Replaces `oldCodes` by `added` at the place of the first one, keeping the order of the rest. */
  const replace = (oldCodes: readonly string[], added: readonly Unit[]) => {
    const gone = new Set(oldCodes);
    const next = new Map<string, Unit>();
    let placed = false;
    for (const [code, u] of state) {
      if (gone.has(code)) {
        if (!placed) for (const a of added) next.set(a.code, a);
        placed = true;
      } else next.set(code, u);
    }
    if (!placed) for (const a of added) next.set(a.code, a);
    state = next;
  };

  const apply = (op: Operation, index: number) => {
    const t = op.type;
    switch (op.type) {
      case 'merge': {
        const codes = [...new Set(op.units)];
        const units = codes.map((c) => must(index, t, c));
        for (const c of codes) for (const d of subtree(c)) if (d !== c && codes.includes(d)) throw new ScenarioError(index, t, 'err.scenarioMergeNested', { code: d });
        const sum = Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, units.reduce((s, u) => s + u[f], 0)])) as Record<HeadcountField, number>;
        // One head remains; the other former heads count as deputies.
        sum.deputies += units.length - 1;
        let target: Unit;
        if (typeof op.into === 'string') {
          if (!codes.includes(op.into)) throw new ScenarioError(index, t, 'err.scenarioMergeInto', { code: op.into });
          target = { ...state.get(op.into)!, ...sum };
        } else {
          if (state.has(op.into.code) && !codes.includes(op.into.code)) throw new ScenarioError(index, t, 'err.duplicateCode', { code: op.into.code });
          const parent = op.into.parentCode === null ? null : must(index, t, op.into.parentCode);
          if (parent && codes.some((c) => subtree(c).includes(parent.code))) throw new ScenarioError(index, t, 'err.moveCycle', { code: op.into.code, target: parent.code });
          const first = units[0]!;
          if (!canBeUnder(op.into.kind, parent, first.level)) throw new ScenarioError(index, t, 'err.placement', { kind: `kind.${op.into.kind}`, parentKind: parent ? `kind.${parent.kind}` : 'edit.noParent' });
          target = { ...first, ...sum, code: op.into.code, name: op.into.name, kind: op.into.kind, parentCode: op.into.parentCode };
        }
        for (const c of codes) if (c !== target.code) moveChildren(c, target.code);
        replace(codes, [target]);
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
        const parts = op.into.map((p) => ({ ...unit, code: p.code, name: p.name, ...Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, p[f] ?? 0])) }) as Unit);
        moveChildren(unit.code, parts[0]!.code);
        replace([unit.code], parts);
        return;
      }
      case 'transfer': {
        const unit = must(index, t, op.unit);
        const parent = op.parentCode === null ? null : must(index, t, op.parentCode);
        if (parent && subtree(unit.code).includes(parent.code)) throw new ScenarioError(index, t, 'err.moveCycle', { code: unit.code, target: parent.code });
        if (!canBeUnder(unit.kind, parent, unit.level)) throw new ScenarioError(index, t, 'err.placement', { kind: `kind.${unit.kind}`, parentKind: parent ? `kind.${parent.kind}` : 'edit.noParent' });
        unit.parentCode = op.parentCode;
        return;
      }
      case 'dissolve': {
        const unit = must(index, t, op.unit);
        if (op.staffTo !== null) {
          const receiver = must(index, t, op.staffTo);
          if (subtree(unit.code).includes(receiver.code)) throw new ScenarioError(index, t, 'err.moveCycle', { code: unit.code, target: receiver.code });
          // Quotas and staff move to the receiving unit; the head and deputies join its staff.
          for (const f of HEADCOUNT_FIELDS) if (f !== 'deputies') receiver[f] += unit[f];
        } else {
          leavers += staffOf(unit);
        }
        moveChildren(unit.code, unit.parentCode);
        replace([unit.code], []);
        return;
      }
      case 'convert': {
        const unit = must(index, t, op.unit);
        if (unit.kind !== 'psu') throw new ScenarioError(index, t, 'err.notPsu', { code: unit.code });
        const codes = subtree(unit.code);
        for (const c of codes) converted += staffOf(state.get(c)!);
        replace(codes, []);
        return;
      }
      case 'rename':
        must(index, t, op.unit).name = op.name;
        return;
      case 'setQuota': {
        const unit = must(index, t, op.unit);
        if (op.civilServantQuota !== undefined) unit.civilServantQuota = op.civilServantQuota;
        if (op.publicEmployeeQuota !== undefined) unit.publicEmployeeQuota = op.publicEmployeeQuota;
        return;
      }
      case 'setDeputies':
        must(index, t, op.unit).deputies = op.deputies;
        return;
    }
  };

  const deadlineYears = options.rules.ruleSet.id.includes('370') ? 5 : 3;
  for (let year = options.baseYear; year <= horizon; year++) {
    const merged: string[] = [];
    for (const { op, index } of indexed) {
      if (op.year !== year) continue;
      // Each operation sees a copy, so a failing one leaves no half-applied change behind.
      const before = new Map([...state].map(([k, u]) => [k, { ...u }]));
      const counters = [leavers, converted];
      try {
        apply(op, index);
      } catch (err) {
        state = before;
        [leavers, converted] = counters as [number, number];
        throw err;
      }
      if (op.type === 'merge') merged.push(typeof op.into === 'string' ? op.into : op.into.code);
    }
    const units = [...state.values()].map((u) => ({ ...u }));
    const yearFindings = evaluateFindings(units, options.rules);
    for (const f of yearFindings) findings.push({ ...f, year });
    for (const code of merged) {
      if (yearFindings.some((f) => f.unitCode === code && f.rule === 'max-deputies')) {
        notices.push({ year, unitCode: code, key: 'scn.deputyDeadline', params: { deadline: String(year + deadlineYears) } });
      }
    }
    years.push({ year, units, metrics: metricsOf(units), leavers, converted });
  }
  const byYear = new Map(years.map((y) => [y.year, y.metrics]));
  const targets = (options.targets ?? BUILT_IN_TARGETS.filter((t) => t.year >= options.baseYear && t.year <= horizon))
    .map((t) => evaluateTarget(t, (y) => byYear.get(y), options.baseYear))
    .filter((r): r is TargetResult => r !== null);
  return { years, findings, targets, notices };
}
