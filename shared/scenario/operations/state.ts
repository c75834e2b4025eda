/**
 * The live state a simulation keeps while it applies a plan's operations (see simulate.ts), and
 * the few ways an operation may change it. A unit is never changed: a change gives its record a
 * changed (frozen) copy, so that a year's units stay as they were; every change is reported to the
 * year's end (year-end.ts), which then redoes only what it touched.
 */
import type { HeadcountField, Unit } from '../../model/unit.ts';
import type { MessageKey, MessageParams } from '../../i18n/index.ts';
import type { GroupKey } from '../../autonomy/summary.ts';
import type { UnitAutonomy } from '../autonomy.ts';
import type { YearMetrics } from '../metrics.ts';
import { subtreeFigures, type UnitFigures } from '../figures.ts';
import type { Position } from '../../positions/model.ts';
import { combinePositions } from '../positions.ts';
import {
  FIGURE_SLOTS,
  compareKeys,
  keyUnder,
  liveFigures,
  liveUnit,
  writeFigures,
  yearEnd,
  type LiveUnit,
  type OrderKey,
  type YearEnd,
} from '../year-end.ts';
import type {
  ExitRecord,
  HeadsMerged,
  LeaverReason,
  ProvinceIdentity,
  RecruitRecord,
  Simulation,
} from '../simulation.ts';

export type { ProvinceIdentity } from '../simulation.ts';

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

const STAFF: HeadcountField[] = [
  'civilServantActual',
  'publicEmployeeActual',
  'selfFundedEmployees',
  'contractWorkers',
];
export const staffOf = (u: Unit) => STAFF.reduce((s, f) => s + u[f], 0);

/**
 * Where a resumed state starts (../resume.ts): the records of the units at the end of the year
 * before (in tree order, each keyed by its place there), in the order the state's map had them
 * then, and each parent's children in the order they came.
 */
export interface StateAt {
  records: readonly LiveUnit[];
  units: Map<string, LiveUnit>;
  childrenOf: Map<string | null, string[]>;
}

/**
 * What changed the order of the state's map and of its children lists, three entries per change:
 * `add` code, `remove` code, `link` parent code, `unlink` parent code (../resume.ts replays it).
 */
export type StructureLog = Array<string | null>;

export class SimState {
  /** Code → record of the unit; the tree order is kept by an order key per unit (see year-end.ts). */
  readonly units: Map<string, LiveUnit>;
  /** Children in the order they came (arrays, not sets: a province has tens of thousands of parents). */
  readonly childrenOf: Map<string | null, string[]>;
  /** Every change of the two orders above since the start (see `StructureLog`). */
  readonly structure: StructureLog = [];
  /** Told every change (see year-end.ts); null: every year is copied, sorted and judged in full. */
  tracker: YearEnd | null;
  private lastTopKey: number;
  /** Decree 60 figures by unit code. */
  readonly figures: Map<string, UnitAutonomy>;
  /** Job positions by unit code (the stored ones at the start); a list is replaced, never changed. */
  readonly positions: Map<string, readonly Position[]>;
  /** The positions joins added together (see movePositions). */
  readonly positionsAdded: Simulation['positionsAdded'] = [];
  /** Units whose figures (so whose autonomy group) changed this year: judged again at its end. */
  readonly regrouped = new Set<string>();
  leavers = 0;
  converted = 0;
  annexed = 0;
  recruited = 0;
  payoutCost = 0;
  readonly byReason: Record<LeaverReason, number>;
  readonly exits: ExitRecord[] = [];
  readonly recruits: RecruitRecord[] = [];
  /** Annexed provinces (by name): with the home province, how many the province is formed from. */
  readonly provinces = new Set<string>();
  /** What each annexed province brought, to judge targets on the merged province in earlier years too. */
  readonly annexes: Array<{ year: number; metrics: YearMetrics }> = [];
  /** The province's identity as the plan last set it (null: the workspace's own). */
  province: ProvinceIdentity | null = null;
  readonly notices: Simulation['notices'] = [];
  /** What each merge did to the heads in post, in the order applied. */
  readonly heads: HeadsMerged[] = [];
  // What the year's operations leave to its end (cleared there).
  /** Merged units (their code) and the date of the merge (YYYY-MM-DD, or null for a year alone). */
  readonly merged: Array<{ code: string; date: string | null }> = [];
  readonly lowered: Array<{ index: number; code: string; from: GroupKey[]; to: GroupKey; demoted?: true }> = [];
  /** The year's merges and quota changes (`at`: in the order they applied), to tell a raised quota from one moved in. */
  readonly mergedQuota: Array<{ code: string; at: number }> = [];
  readonly quotaChanges: Array<{ code: string; at: number; delta: number }> = [];
  /** How many operations have applied so far (their order: by date, not by index). */
  applied = 0;

  constructor(
    baseline: readonly Unit[],
    options: {
      fullEvaluation?: boolean;
      autonomy?: ReadonlyMap<string, UnitAutonomy>;
      positions?: ReadonlyMap<string, readonly Position[]>;
      byReason: Record<LeaverReason, number>;
    },
    at?: StateAt,
  ) {
    let all: readonly LiveUnit[];
    if (at) {
      [this.units, this.childrenOf, all] = [at.units, at.childrenOf, at.records];
      this.lastTopKey = at.records.length - 1;
    } else {
      this.units = new Map();
      this.childrenOf = new Map();
      // Copying the baseline's 50,000 units (and collecting the copies) took about a sixth of the
      // whole simulation: the records hold the baseline's own objects until a change replaces them.
      const records = baseline.map((u, i) => liveUnit(u, i));
      for (const r of records) this.units.set(r.unit.code, r);
      this.lastTopKey = baseline.length - 1;
      // A code given twice keeps its last unit at its first place (as the map does).
      all = this.units.size === records.length ? records : [...this.units.values()];
      for (const r of all) linkChild(this.childrenOf, r.unit.code, r.unit.parentCode);
    }
    this.tracker = options.fullEvaluation ? null : yearEnd({ units: this.units, childrenOf: this.childrenOf }, all);
    this.figures = new Map(options.autonomy ?? []);
    this.positions = new Map(options.positions ?? []);
    this.byReason = options.byReason;
  }

  unitOf(code: string): Unit | undefined {
    return this.units.get(code)?.unit;
  }
  has(code: string): boolean {
    return this.units.has(code);
  }
  /** The unit, or the operation is refused naming the code. */
  must(index: number, type: string, code: string): Unit {
    const u = this.unitOf(code);
    if (!u) throw new ScenarioError(index, type, 'err.scenarioUnit', { code });
    return u;
  }
  /** The unit's code and those of everything under it, top down. */
  subtree(code: string): string[] {
    const out = [code];
    for (let i = 0; i < out.length; i++) for (const c of this.childrenOf.get(out[i]!) ?? []) out.push(c);
    return out;
  }
  /** Whether `code` is `top` or under it: up the parents, so the cost is the depth (a cycle, which only a baseline can have, ends the walk). */
  isUnder(code: string, top: string): boolean {
    let c: string | null = code;
    for (let steps = 0; c !== null && steps <= this.units.size; steps++) {
      if (c === top) return true;
      c = this.unitOf(c)?.parentCode ?? null;
    }
    return false;
  }
  /** A unit's figures (subtree totals and own row), or null when it is not there. */
  figuresNow(code: string): UnitFigures | null {
    // The tracker keeps every record's subtree totals up to date: read them (walking a sở's
    // subtree for each operation that names it was a tenth of the run).
    if (this.tracker) {
      const r = this.units.get(code);
      return r ? liveFigures(r) : null;
    }
    return subtreeFigures(
      code,
      (c) => this.unitOf(c),
      (c) => this.childrenOf.get(c),
    );
  }
  /**
   * Writes the units' figures now into `slots` from `at`, `FIGURE_SLOTS` a unit: with a tracker a
   * compact copy of the tracked rollups (`writeFigures`; `readFigures` reads them), without one
   * the figures walked now, as objects, each in its first slot.
   */
  writeFigures(codes: readonly string[], slots: unknown[], at: number): void {
    codes.forEach((c, i) => {
      if (this.tracker) writeFigures(slots, at + i * FIGURE_SLOTS, this.units.get(c));
      else slots[at + i * FIGURE_SLOTS] = this.figuresNow(c);
    });
  }
  /** The units in tree order. */
  ordered(): Unit[] {
    return [...this.units.values()].sort((a, b) => compareKeys(a.key, b.key)).map((r) => r.unit);
  }

  private link(code: string, parentCode: string | null) {
    linkChild(this.childrenOf, code, parentCode);
    this.structure.push('link', parentCode, code);
  }
  private unlink(code: string, parentCode: string | null) {
    unlinkChild(this.childrenOf, code, parentCode);
    this.structure.push('unlink', parentCode, code);
  }
  setParent(code: string, parentCode: string | null): void {
    const r = this.units.get(code)!;
    const before = r.unit;
    this.unlink(before.code, before.parentCode);
    r.unit = Object.freeze({ ...before, parentCode });
    this.link(before.code, parentCode);
    this.tracker?.moved(r, before);
  }
  private add(u: Unit, key: OrderKey) {
    const r = liveUnit(Object.freeze(u), key);
    this.units.set(u.code, r);
    this.structure.push('add', u.code, null);
    this.link(u.code, u.parentCode);
    this.tracker?.added(r);
  }
  /** Adds units after every other in tree order (an annexed province, a new unit). */
  addLast(u: Unit): void {
    this.add(u, ++this.lastTopKey);
  }
  private remove(code: string) {
    const r = this.units.get(code);
    if (!r) return;
    this.unlink(code, r.unit.parentCode);
    this.units.delete(code);
    this.structure.push('remove', code, null);
    this.tracker?.removed(r);
  }
  /** Changes a unit's figures, name or class: `change` changes a copy, which takes the unit's place (same code, same parent). */
  edit(u: Unit, change: (copy: Unit) => void): void {
    const r = this.units.get(u.code)!;
    const copy = { ...u };
    change(copy);
    r.unit = Object.freeze(copy);
    this.tracker?.replaced(r, u);
  }
  /** Moves a unit's children under another unit (or to the top). */
  moveChildren(from: string, to: string | null): void {
    for (const c of [...(this.childrenOf.get(from) ?? [])]) this.setParent(c, to);
  }
  /**
   * Replaces `oldCodes` by `added` at the place of the first one in tree order, keeping the order
   * of the rest: the added units take keys just under the first one's (which no other unit has).
   */
  replace(oldCodes: readonly string[], added: readonly Unit[]): void {
    let first: OrderKey | null = null;
    for (const c of oldCodes) {
      const k = this.units.get(c)?.key;
      if (k !== undefined && (first === null || compareKeys(k, first) < 0)) first = k;
    }
    for (const c of oldCodes) this.remove(c);
    added.forEach((a, i) => this.add(a, first !== null ? keyUnder(first, i) : ++this.lastTopKey));
  }

  setFigures(code: string, a: UnitAutonomy): void {
    this.figures.set(code, a);
    this.regrouped.add(code);
  }
  dropFigures(code: string): void {
    if (this.figures.delete(code)) this.regrouped.add(code);
  }
  /** Figures follow the surviving unit; a unit without figures of its own keeps none. */
  moveFigures(codes: readonly string[], to: string, result: UnitAutonomy | null): void {
    for (const c of codes) this.dropFigures(c);
    if (result) this.setFigures(to, result);
  }

  /** A unit's positions from now on (none: its list removed). */
  setPositions(code: string, list: readonly Position[]): void {
    if (list.length === 0) this.positions.delete(code);
    else this.positions.set(code, Object.freeze(list.map((p) => ({ ...p, unitCode: code }))));
  }
  /**
   * A plan's own list for a unit (the officer's reduction, setPositions): the lines added up by a
   * merge that year are no longer marked, and the notice asking for the reduction is answered.
   */
  reducePositions(code: string, list: readonly Position[], year: number): void {
    this.setPositions(code, list);
    const answered = (a: { year: number; unitCode: string }) => a.unitCode === code && a.year <= year;
    for (let i = this.positionsAdded.length - 1; i >= 0; i--)
      if (answered(this.positionsAdded[i]!) && this.positionsAdded[i]!.year === year) this.positionsAdded.splice(i, 1);
    for (let i = this.notices.length - 1; i >= 0; i--)
      if (this.notices[i]!.key === 'scn.positionsAdded' && answered(this.notices[i]!)) this.notices.splice(i, 1);
  }
  /**
   * The positions of `from` join those of `to` (a merge, a dissolution into a receiver): the same
   * position becomes one line with its numbers added, and a notice names those lines for the
   * officer to reduce (setPositions).
   */
  movePositions(from: readonly string[], to: string, year: number): void {
    const codes = [to, ...from.filter((c) => c !== to)];
    const lists = codes.map((c) => this.positions.get(c) ?? []);
    if (lists.every((l) => l.length === 0)) return;
    const { positions, added } = combinePositions(to, lists);
    for (const c of codes) this.positions.delete(c);
    this.setPositions(to, positions);
    if (added.length === 0) return;
    this.positionsAdded.push({ year, unitCode: to, names: added });
    this.notices.push({
      year,
      unitCode: to,
      key: 'scn.positionsAdded',
      params: { count: added.length, names: added.join('; ') },
    });
  }
}

/** Adds a child at the end of its parent's list. */
export function linkChild(childrenOf: Map<string | null, string[]>, code: string, parentCode: string | null): void {
  const list = childrenOf.get(parentCode);
  if (list) list.push(code);
  else childrenOf.set(parentCode, [code]);
}
/** Takes a child out of its parent's list. */
export function unlinkChild(childrenOf: Map<string | null, string[]>, code: string, parentCode: string | null): void {
  const list = childrenOf.get(parentCode);
  const i = list ? list.indexOf(code) : -1;
  if (i >= 0) list!.splice(i, 1);
}
