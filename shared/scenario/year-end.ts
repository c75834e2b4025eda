/**
 * The end-of-year work of `simulate` — the year's units, their findings and metrics — following
 * what the year's operations touched instead of redoing it over every unit (copying 50,000 units,
 * sorting them, building the tree index, its rollups and judging every unit, every year).
 *
 * `simulate` reports every change of its state here as it makes it: a unit added (a new object,
 * possibly under the code of one just removed), removed, moved under another parent, or changed in
 * place (`edit`). Each change updates the rollups of the unit and its ancestors at once (the cost is
 * the depth, as `applyHeadcountChange`) and marks what must be judged again: the unit, the ancestors
 * whose rollups changed (also the former parent's: rollups and the count of a sub-department's
 * divisions), and the children of a unit given a new object (a finding depends on its parent's kind
 * and level). At the end of the year only those are judged again; the findings come out in the
 * tree's pre-order like `evaluateFindings`, the province-wide one (the sở deputies' average) is
 * judged every year. The year's units are last year's objects where nothing changed.
 * Checked equal to the full evaluation (`simulate(…, { fullEvaluation: true })`) by
 * year-end.test.ts on generated plans.
 */
import type { Unit } from '../model/unit.ts';
import { addInto, ownRollup, peopleInPost, type Rollup } from '../rollup.ts';
import {
  NO_CHILDREN,
  countChild,
  findingJudge,
  isCountedDepartment,
  isProvinceCommittee,
  newChildCounts,
  readsChildren,
  type Finding,
  type RuleContext,
} from '../rules/findings.ts';
import { NO_DEPARTMENTS, isProjectBoard, tallyDepartments } from '../rules/departments.ts';
import { parametersOn } from '../rules/rule-sets.ts';
import { addUnitMetrics, type YearMetrics } from './metrics.ts';
import { autonomyCounts, type UnitAutonomy } from './autonomy.ts';
import type { UnitFigures } from './figures.ts';

/**
 * A unit's place in the tree order of `simulate`: a baseline unit's index, or a list compared
 * element by element (a unit put in place of others takes the first one's key and its own index).
 */
export type OrderKey = number | readonly number[];
export function compareKeys(a: OrderKey, b: OrderKey): number {
  // A number n stands for the list [n].
  if (typeof a === 'number') return typeof b === 'number' ? a - b : a !== b[0] ? a - b[0]! : 1 - b.length;
  if (typeof b === 'number') return a[0] !== b ? a[0]! - b : a.length - 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
/** The key just under `key`, at `index`. */
export const keyUnder = (key: OrderKey, index: number): OrderKey =>
  typeof key === 'number' ? [key, index] : [...key, index];

/**
 * The simulation's live state, as `simulate` keeps it: one record per unit, by code (the unit, its
 * order key, and what the year's end keeps of it), and the children's codes by parent code (also
 * of a parent not there: a merge moves children under the new unit before adding it). A unit is never
 * changed: a change gives the record another unit, so that last year's units can be kept as they are.
 */
export interface LiveTree {
  units: ReadonlyMap<string, LiveUnit>;
  childrenOf: ReadonlyMap<string | null, readonly string[]>;
}

/** A unit of the live state, with its rollup (the node's own fields), findings, children in tree order. */
export interface LiveUnit extends Rollup {
  unit: Unit;
  key: OrderKey;
  findings: Finding[] | null;
  /** Children in tree order (kept as units are added, removed and moved); leaves share NO_KIDS. */
  kids: LiveUnit[];
  /** To be judged again at the end of the year. */
  dirty: boolean;
  /** The findings of the subtree in pre-order, as last gathered; null when something in it changed. */
  sub: Finding[] | null;
  /** While gathering: its children are being gathered. */
  open: boolean;
}
type Node = LiveUnit;
const NO_KIDS: Node[] = [];
const NO_FINDINGS: Finding[] = [];
/** A new record of the live state (the caller never changes `unit`). */
export const liveUnit = (unit: Unit, key: OrderKey): LiveUnit => ({
  unit,
  key,
  findings: null,
  kids: NO_KIDS,
  dirty: true,
  sub: null,
  open: false,
  // The unit's own figures, as `ownRollup` (written out: no object in between).
  totalPeople: peopleInPost(unit),
  unitCount: 1,
  civilServantQuota: unit.civilServantQuota,
  civilServantActual: unit.civilServantActual,
  publicEmployeeQuota: unit.publicEmployeeQuota,
  publicEmployeeActual: unit.publicEmployeeActual,
  selfFundedEmployees: unit.selfFundedEmployees,
  contractWorkers: unit.contractWorkers,
  deputies: unit.deputies,
});

/**
 * A record's figures as `subtreeFigures` gives them (same fields, same order): its subtree totals
 * are the record's rollup, which the tracker keeps up to date with every change.
 */
export const liveFigures = (n: LiveUnit): UnitFigures => ({
  total: {
    totalPeople: n.totalPeople,
    unitCount: n.unitCount,
    civilServantQuota: n.civilServantQuota,
    civilServantActual: n.civilServantActual,
    publicEmployeeQuota: n.publicEmployeeQuota,
    publicEmployeeActual: n.publicEmployeeActual,
    selfFundedEmployees: n.selfFundedEmployees,
    contractWorkers: n.contractWorkers,
    deputies: n.deputies,
  },
  own: ownRollup(n.unit),
  subordinates: n.unitCount - 1,
});

/** How many slots a unit's figures take in a compact list of figures (see `writeFigures`). */
export const FIGURE_SLOTS = 10;
/**
 * Writes a record's figures as they are now at `at`: its (frozen, never changed) unit and its nine
 * totals, or null when it is not there; `readFigures` makes them into `UnitFigures` (as
 * `liveFigures`) when asked. A simulation keeps them for each operation's step: one array of
 * numbers instead of three objects per unit.
 */
export function writeFigures(slots: unknown[], at: number, n: LiveUnit | undefined): void {
  slots[at] = n ? n.unit : null;
  if (!n) return;
  slots[at + 1] = n.totalPeople;
  slots[at + 2] = n.unitCount;
  slots[at + 3] = n.civilServantQuota;
  slots[at + 4] = n.civilServantActual;
  slots[at + 5] = n.publicEmployeeQuota;
  slots[at + 6] = n.publicEmployeeActual;
  slots[at + 7] = n.selfFundedEmployees;
  slots[at + 8] = n.contractWorkers;
  slots[at + 9] = n.deputies;
}
/** The figures `writeFigures` wrote at `at`. */
export function readFigures(slots: readonly unknown[], at: number): UnitFigures | null {
  const unit = slots[at] as Unit | null;
  if (unit === null) return null;
  const v = (k: number) => slots[at + k] as number;
  return {
    total: {
      totalPeople: v(1),
      unitCount: v(2),
      civilServantQuota: v(3),
      civilServantActual: v(4),
      publicEmployeeQuota: v(5),
      publicEmployeeActual: v(6),
      selfFundedEmployees: v(7),
      contractWorkers: v(8),
      deputies: v(9),
    },
    own: ownRollup(unit),
    subordinates: v(2) - 1,
  };
}

/** Adds `by` to `r` (sign 1) or takes it off (-1); field by field, as `addInto`. */
function shift(r: Rollup, by: Rollup, sign: 1 | -1): void {
  r.totalPeople += sign * by.totalPeople;
  r.unitCount += sign * by.unitCount;
  r.civilServantQuota += sign * by.civilServantQuota;
  r.civilServantActual += sign * by.civilServantActual;
  r.publicEmployeeQuota += sign * by.publicEmployeeQuota;
  r.publicEmployeeActual += sign * by.publicEmployeeActual;
  r.selfFundedEmployees += sign * by.selfFundedEmployees;
  r.contractWorkers += sign * by.contractWorkers;
  r.deputies += sign * by.deputies;
}

/** The end of a year: its units, findings (also by unit) and metrics. */
export interface YearEnded {
  units: Unit[];
  findings: Finding[];
  /** The findings about one unit. Valid only until the next year ends: it reads the live judged nodes, which the next year's end rejudges. */
  findingsOf: (code: string) => readonly Finding[];
  metrics: YearMetrics;
  /**
   * The units whose object differs from last year's (the starting list's for the first year) or
   * that came or went, by code: the unit at the year's end, or null when it is not there. Every
   * other unit of `units` is last year's very object. Null when the year was judged in full (copies).
   */
  changes: ReadonlyMap<string, Unit | null> | null;
}

export interface YearEnd {
  /** After the record was put in the state (and among its parent's children). */
  added(n: LiveUnit): void;
  /** After the record left the state (its unit's `parentCode` is where it was). */
  removed(n: LiveUnit): void;
  /** After the record's unit was replaced by one under another parent (the children lists updated). */
  moved(n: LiveUnit, before: Unit): void;
  /** After the record's unit was replaced by one with other figures or name (same code, same parent). */
  replaced(n: LiveUnit, before: Unit): void;
  /** After the autonomy figures of the unit changed: it and its children (a PSU's divisions) are judged by its group again. */
  regrouped(code: string): void;
  /**
   * The year's units, findings and metrics; null if a unit is outside the tree (then judge in full).
   * When the rules differ from last year's (another rule set in force, a parameter in force or
   * amended since), every unit is judged again.
   */
  end(rules: RuleContext, figures: ReadonlyMap<string, UnitAutonomy>): YearEnded | null;
}

/**
 * The tracker for a state whose records (given in key order) all hang under a root, or null when
 * some do not (an unknown parent, a cycle: a baseline only can have them; the caller then judges
 * every year in full, as `evaluateFindings` does for such a tree).
 */
export function yearEnd(live: LiveTree, all: readonly LiveUnit[]): YearEnd | null {
  const { units: nodes, childrenOf } = live;
  const root = liveUnit({} as Unit, []);
  const units = all.map((n) => n.unit);
  const keys = all.map((n) => n.key);
  for (const n of all) {
    const parent = n.unit.parentCode === null ? root : nodes.get(n.unit.parentCode);
    if (!parent) return null;
    if (parent.kids === NO_KIDS) parent.kids = [];
    parent.kids.push(n);
  }
  const preorder: Node[] = [];
  if (inTreeOrder(root, (n) => preorder.push(n)) !== units.length) return null;
  for (let i = preorder.length - 1; i >= 0; i--) for (const k of preorder[i]!.kids) addInto(preorder[i]!, k);

  // The sở (how many, their deputies), the public service units (how many), the provincial committees.
  let departments = 0;
  let departmentDeputies = 0;
  let psus = 0;
  // The provincial project-management boards (Plan 130/KH-BCĐTKNQ18).
  let projectBoards = 0;
  // The communes and their organisations (phòng and service centre), as last judged per commune.
  let communes = 0;
  let communeOrganisations = 0;
  const organisationsOf = new Map<string, number>();
  const counted = (u: Unit, sign: 1 | -1) => {
    if (isProjectBoard(u)) projectBoards += sign;
    if (isCountedDepartment(u)) {
      departments += sign;
      departmentDeputies += sign * u.deputies;
    } else if (u.kind === 'psu') psus += sign;
    else if (u.kind === 'people_committee' && u.level === 'commune') {
      communes += sign;
      if (sign === -1) {
        communeOrganisations -= organisationsOf.get(u.code) ?? 0;
        organisationsOf.delete(u.code);
      }
    } else if (isProvinceCommittee(u)) {
      if (sign === 1) committees.add(u.code);
      else committees.delete(u.code);
    }
  };
  // What the year changed (besides the nodes marked dirty): units changed, moved, removed or given
  // a new object (their copy is renewed), each with the order key it had when first changed (last
  // year's, for a unit that was there); units given a new object.
  const changed = new Map<string, OrderKey>();
  const change = (n: Node) => {
    if (!changed.has(n.unit.code)) changed.set(n.unit.code, n.key);
  };
  const renewed = new Set<string>();
  const parentNode = (code: string | null) => (code === null ? root : nodes.get(code));
  /** Something in the node's subtree changed: its and its ancestors' gathered findings are stale. */
  const stale = (n: Node | undefined) => {
    // A node already stale has stale ancestors (every node made stale makes them so).
    for (let c = n; c && c.sub !== null; c = c === root ? undefined : parentNode(c.unit.parentCode)) c.sub = null;
  };
  const byNodeKey = (a: Node, b: Node) => compareKeys(a.key, b.key);
  /** Puts a node among its parent's children at its key (a parent not there yet takes it when added). */
  const attach = (n: Node) => {
    const p = parentNode(n.unit.parentCode);
    if (!p) return;
    if (p.kids === NO_KIDS) p.kids = [];
    let lo = 0;
    let hi = p.kids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeys(p.kids[mid]!.key, n.key) < 0) lo = mid + 1;
      else hi = mid;
    }
    p.kids.splice(lo, 0, n);
    stale(p);
  };
  const detach = (n: Node, from: string | null) => {
    const p = parentNode(from);
    const i = p ? p.kids.indexOf(n) : -1;
    if (i >= 0) p!.kids.splice(i, 1);
    stale(p);
  };
  /** Adds (or takes) `by` to the rollups from `code` up to its root, which are judged again. */
  const propagate = (code: string | null, by: Rollup, sign: 1 | -1) => {
    const from = code === null ? root : nodes.get(code);
    for (let c = code; c !== null;) {
      const n = nodes.get(c);
      if (!n) break;
      shift(n, by, sign);
      n.dirty = true;
      c = n.unit.parentCode;
    }
    stale(from);
  };
  /** Judges a node again (into one scratch list: most units have no finding). */
  const scratch: Finding[] = [];
  const judged = (n: Node, judge: ReturnType<typeof findingJudge>, parent: Unit | undefined) => {
    const u = n.unit;
    let kids = NO_CHILDREN;
    if (readsChildren(u)) {
      kids = newChildCounts();
      for (const k of n.kids) countChild(kids, k.unit, 1);
      if (u.kind === 'people_committee' && u.level === 'commune') {
        const organisations = kids.divisions + kids.centres;
        communeOrganisations += organisations - (organisationsOf.get(u.code) ?? 0);
        organisationsOf.set(u.code, organisations);
      }
    }
    scratch.length = 0;
    judge.unit(scratch, u, parent, n, kids);
    n.findings = scratch.length > 0 ? scratch.slice() : null;
    n.dirty = false;
  };
  /**
   * The findings under the root in pre-order, from the stale subtrees only (post-order over them,
   * without recursion): a subtree nothing changed in gives last year's list as it is.
   */
  const gather = (judge: ReturnType<typeof findingJudge>): Finding[] => {
    const stack: Node[] = [root];
    while (stack.length > 0) {
      const n = stack[stack.length - 1]!;
      if (!n.open) {
        n.open = true;
        // Each unit is judged here, with its parent at hand (not looked up by code); a judgement
        // reads the unit, its rollup and its children's units, never their findings.
        const parent = n === root ? undefined : n.unit;
        for (const k of n.kids) {
          if (k.sub !== null) continue;
          if (k.dirty) judged(k, judge, parent);
          // A leaf: its findings are its subtree's.
          if (k.kids.length > 0) stack.push(k);
          else k.sub = k.findings ?? NO_FINDINGS;
        }
        continue;
      }
      stack.pop();
      n.open = false;
      const parts: Finding[][] = n.findings ? [n.findings] : [];
      for (const k of n.kids) if (k.sub!.length > 0) parts.push(k.sub!);
      n.sub = parts.length === 0 ? NO_FINDINGS : parts.length === 1 ? parts[0]! : ([] as Finding[]).concat(...parts);
    }
    return root.sub!;
  };
  /** The first provincial committee in the tree's pre-order: compared by the keys on the way down. */
  const committees = new Set<string>();
  const pathOf = (n: Node) => {
    const path: OrderKey[] = [];
    for (let c: Node | undefined = n; c && c !== root; c = parentNode(c.unit.parentCode)) path.push(c.key);
    return path.reverse();
  };
  const firstInTree = (a: OrderKey[], b: OrderKey[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++)
      if (compareKeys(a[i]!, b[i]!) !== 0) return compareKeys(a[i]!, b[i]!);
    return a.length - b.length;
  };
  for (const u of units) counted(u, 1);
  let last = units;
  const metrics: Omit<YearMetrics, keyof ReturnType<typeof autonomyCounts>> = {
    units: 0,
    agencies: 0,
    psus: 0,
    civilServantQuota: 0,
    civilServantActual: 0,
    publicEmployeeQuota: 0,
    publicEmployeeActual: 0,
    deputies: 0,
    communeCivilServantQuota: 0,
    communeCivilServantActual: 0,
  };
  for (const u of last) addUnitMetrics(metrics, u, 1);

  // Last year's units and their keys (in that order), and the key each unit removed this year had.
  let lastKeys: OrderKey[] = keys;
  let spareKeys: OrderKey[] | null = null;
  const byKey = (a: string, b: string) => compareKeys(nodes.get(a)!.key, nodes.get(b)!.key);
  /** The first index of last year's units whose key is not below `key`. */
  const lowerBound = (key: OrderKey) => {
    let lo = 0;
    let hi = lastKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeys(lastKeys[mid]!, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /**
   * Last year's units with this year's changes: the changed ones are found by their keys (not by
   * asking every unit), each is taken anew or left out, each new one put in at its key.
   */
  const nextUnits = () => {
    const stale: number[] = [];
    for (const [c, key] of changed) {
      const i = lowerBound(key);
      if (i < last.length && last[i]!.code === c && compareKeys(lastKeys[i]!, key) === 0) stale.push(i);
    }
    stale.sort((a, b) => a - b);
    const fresh = [...renewed].filter((c) => nodes.has(c)).sort(byKey);
    // Written into arrays of this year's size: copying element by element there is several times
    // faster than pushing, or than concatenating the runs. The keys (internal) go into the array
    // of the year before last: two arrays for the whole run instead of one a year.
    const units = new Array<Unit>(nodes.size);
    const keys = spareKeys ?? new Array<OrderKey>(nodes.size);
    keys.length = nodes.size;
    let o = 0;
    let pos = 0;
    const runTo = (end: number) => {
      // The loop in a plain function: its counters are registers, not this closure's variables.
      o = copyRun(last, lastKeys, pos, end, units, keys, o);
      pos = Math.max(pos, end);
    };
    const put = (n: Node, key: OrderKey) => {
      addUnitMetrics(metrics, n.unit, 1);
      units[o] = n.unit;
      keys[o++] = key;
    };
    let f = 0;
    const freshBefore = (limit: OrderKey | null) => {
      for (; f < fresh.length; f++) {
        const n = nodes.get(fresh[f]!)!;
        if (limit !== null && compareKeys(n.key, limit) > 0) return;
        runTo(lowerBound(n.key));
        put(n, n.key);
      }
    };
    for (const i of stale) {
      freshBefore(lastKeys[i]!);
      runTo(i);
      pos = i + 1;
      const was = last[i]!;
      addUnitMetrics(metrics, was, -1);
      const now = nodes.get(was.code);
      if (now && !renewed.has(was.code)) put(now, lastKeys[i]!);
    }
    freshBefore(null);
    runTo(last.length);
    if (units.length !== o) units.length = o;
    if (keys.length !== o) keys.length = o;
    last = units;
    spareKeys = lastKeys;
    lastKeys = keys;
  };

  /** The node's children are judged again (a finding of theirs reads the node: its deputies, its autonomy group). */
  const rejudgeKids = (n: Node) => {
    for (const k of n.kids) {
      k.dirty = true;
      stale(k);
    }
  };
  /** The rules last year was judged by (see `end`). */
  let lastRules: string | null = null;
  /** When the rules differ from last year's (another set, class, override, or a parameter in force or amended since), every unit is judged again. */
  const rejudgeOnNewRules = (rules: RuleContext) => {
    const date = rules.date ?? rules.ruleSet.validFrom;
    const rulesKey = `${rules.ruleSet.id} ${rules.provinceClass} ${JSON.stringify(rules.overrides ?? {})} ${Object.values(
      parametersOn(rules.ruleSet, date),
    )
      .map((p) => `${p.id}:${p.confidence}`)
      .join(',')}`;
    if (rulesKey === lastRules) return;
    if (lastRules !== null) for (const n of nodes.values()) [n.dirty, n.sub] = [true, null];
    root.sub = null;
    lastRules = rulesKey;
  };
  /** The province-wide findings (the sở deputies' average, the commune organisations…), on the first provincial committee in tree order; added to `findings` and returned. */
  const judgeProvince = (judge: ReturnType<typeof findingJudge>, findings: Finding[]): Finding[] => {
    let province: Node | undefined;
    let path: OrderKey[] = [];
    for (const c of committees) {
      const n = nodes.get(c)!;
      const p = pathOf(n);
      if (!province || firstInTree(p, path) < 0) [province, path] = [n, p];
    }
    const gathered = findings.length;
    // The sở directly under that committee: a few dozen units, tallied anew each year.
    const departmentTally = province
      ? tallyDepartments(
          province.kids.map((k) => k.unit),
          isCountedDepartment,
        )
      : NO_DEPARTMENTS;
    judge.province(findings, province?.unit, {
      departments,
      departmentDeputies,
      communes,
      communeOrganisations,
      projectBoards,
      departmentTally,
    });
    return findings.slice(gathered);
  };
  /** The PSUs by autonomy group, those without figures as unknown. */
  const countAutonomy = (figures: ReadonlyMap<string, UnitAutonomy>) => {
    const known = [...figures.keys()].filter((c) => nodes.get(c)?.unit.kind === 'psu');
    const autonomy = autonomyCounts(known, figures);
    autonomy.autonomyUnknown += psus - known.length;
    return autonomy;
  };

  return {
    added(n) {
      const u = n.unit;
      const kids = (childrenOf.get(u.code) ?? []).map((c) => nodes.get(c)!);
      for (const k of kids) {
        addInto(n, k);
        k.dirty = true;
        k.sub = null;
      }
      if (kids.length > 0) n.kids = kids.sort(byNodeKey);
      attach(n);
      propagate(u.parentCode, n, 1);
      change(n);
      renewed.add(u.code);
      counted(u, 1);
    },
    removed(n) {
      const u = n.unit;
      detach(n, u.parentCode);
      propagate(u.parentCode, n, -1);
      change(n);
      counted(u, -1);
    },
    moved(n, before) {
      detach(n, before.parentCode);
      attach(n);
      propagate(before.parentCode, n, -1);
      propagate(n.unit.parentCode, n, 1);
      n.dirty = true;
      stale(n);
      change(n);
    },
    replaced(n, before) {
      const by = ownRollup(n.unit);
      shift(by, ownRollup(before), -1);
      propagate(n.unit.code, by, 1);
      // A unit may not have more deputies than its parent (Decree 370/2025), and a child's placement
      // reads its parent's kind and level: its children are judged again.
      const u = n.unit;
      if (
        before.deputies !== u.deputies ||
        before.kind !== u.kind ||
        before.level !== u.level ||
        before.sector !== u.sector
      )
        rejudgeKids(n);
      change(n);
      counted(before, -1);
      counted(n.unit, 1);
    },
    regrouped(code) {
      const n = nodes.get(code);
      if (!n) return;
      n.dirty = true;
      stale(n);
      rejudgeKids(n);
      // A sở's findings read its PSUs' groups (Plan 130/KH-BCĐTKNQ18).
      const parent = parentNode(n.unit.parentCode);
      if (parent && parent !== root) {
        parent.dirty = true;
        stale(parent);
      }
    },
    end(rules, figures) {
      // Operations keep every unit under a root (the roots' unit counts add up to all units); should
      // one not be, the caller judges in full.
      if (root.kids.reduce((s, k) => s + k.unitCount, 0) !== nodes.size) return null;
      // The year's end, step by step.
      rejudgeOnNewRules(rules);
      const judge = findingJudge(rules);
      const findings = gather(judge).slice();
      const provinceWide = judgeProvince(judge, findings);
      nextUnits();
      const autonomy = countAutonomy(figures);
      const changes = new Map<string, Unit | null>();
      for (const code of changed.keys()) changes.set(code, nodes.get(code)?.unit ?? null);
      changed.clear();
      renewed.clear();
      const findingsOf = (code: string) => {
        const own = nodes.get(code)?.findings ?? NO_FINDINGS;
        const wide = provinceWide.filter((f) => f.unitCode === code);
        return wide.length === 0 ? own : [...own, ...wide];
      };
      return { units: last, findings, findingsOf, metrics: { ...autonomy, ...metrics }, changes };
    },
  };
}

/** Copies `from[start..end)` and its keys to `to` and `toKeys` from `at`; returns where the copy ends. */
function copyRun(
  from: readonly Unit[],
  fromKeys: readonly OrderKey[],
  start: number,
  end: number,
  to: Unit[],
  toKeys: OrderKey[],
  at: number,
): number {
  let o = at;
  for (let p = start; p < end; p++, o++) {
    to[o] = from[p]!;
    toKeys[o] = fromKeys[p]!;
  }
  return o;
}

/** Visits every node under the root in depth-first pre-order (as `buildTree` orders them); returns how many. */
function inTreeOrder(root: Node, visit: (n: Node) => void): number {
  let count = 0;
  const stack = [...root.kids].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    visit(n);
    count++;
    for (let i = n.kids.length - 1; i >= 0; i--) stack.push(n.kids[i]!);
  }
  return count;
}
