/**
 * Resuming a simulation from an earlier one (`SimulateOptions.previous`): a plan edit changes the
 * plan from some date on, and every year before the first operation that differs (in the order the
 * operations apply, with their indexes, which steps and errors carry) is the same as in the plan's
 * version before. Those years (their rows, steps, notices, exits, recruitments, heads, positions
 * added, year changes) are taken from the earlier simulation, and the state at the start of the
 * first differing year is rebuilt from what that simulation kept: the units at the end of the year
 * before (their order keys: their places in that list, which keeps their relative order and that of
 * every key made from them later), the order of the state's map and of each parent's children (the
 * structure log replayed over the baseline: the operations read them in that order), the year
 * row's counters, figures and positions, and the lengths of the append-only lists at that year's
 * start. Nothing is copied while simulating but that handful of numbers a year.
 */
import type { Unit } from '../model/unit.ts';
import type { Operation } from './operations.ts';
import type { OperationStep, Simulation, SimulationYear } from './simulation.ts';
import { SimState, linkChild, unlinkChild, type StructureLog } from './operations/state.ts';
import { liveUnit, type LiveUnit } from './year-end.ts';
import type { YearChanges } from './year-changes.ts';

/** An operation as simulated (after `withExitWindows`) with its index in the plan. */
export interface IndexedOperation {
  op: Operation;
  index: number;
}

/** The state's append-only lists and counts at the start of a year (before its operations). */
export interface YearStart {
  applied: number;
  steps: number;
  notices: number;
  heads: number;
  exits: number;
  recruits: number;
  annexes: number;
  positionsAdded: number;
  structure: number;
  provinces: readonly string[];
}

export const yearStart = (s: SimState, steps: number): YearStart => ({
  applied: s.applied,
  steps,
  notices: s.notices.length,
  heads: s.heads.length,
  exits: s.exits.length,
  recruits: s.recruits.length,
  annexes: s.annexes.length,
  positionsAdded: s.positionsAdded.length,
  structure: s.structure.length,
  provinces: [...s.provinces],
});

/** What a simulation keeps to be resumed from. */
export interface Resumable {
  baseline: readonly Unit[];
  baseYear: number;
  horizon: number;
  /** The operations in the order they applied. */
  ordered: readonly IndexedOperation[];
  /** The start of each year (in the order of the simulation's years), then the end of the last one. */
  starts: readonly YearStart[];
  /** What each annexed province brought (`SimState.annexes`, for the targets). */
  annexes: SimState['annexes'];
  structure: StructureLog;
  /** Each year's changes (./year-changes.ts). */
  changes: readonly YearChanges[];
}

const kept = new WeakMap<Simulation, Resumable>();

export function keepResumable(sim: Simulation, r: Resumable): void {
  kept.set(sim, r);
}

/** The starts of the first `n` years of a simulation resumed from (`resumeFrom` found them). */
export const previousStarts = (previous: Simulation, n: number): YearStart[] => kept.get(previous)!.starts.slice(0, n);

/** The state and results of a simulation at the start of a year, from which `simulate` goes on. */
export interface Resumed {
  state: SimState;
  /** The first year to simulate. */
  year: number;
  years: SimulationYear[];
  steps: OperationStep[];
  changes: YearChanges[];
  /** The position in the new order of the first operation to apply. */
  next: number;
}

/**
 * The first year whose operations differ between the two orders (an operation, its index or its
 * place), `horizon + 1` when none do.
 */
export function firstDifferingYear(
  before: readonly IndexedOperation[],
  after: readonly IndexedOperation[],
  horizon: number,
): number {
  const n = Math.min(before.length, after.length);
  let p = 0;
  for (; p < n; p++) {
    const [a, b] = [before[p]!, after[p]!];
    if (a.index !== b.index || a.op.year !== b.op.year) break;
    if (!sameValue(a.op, b.op)) break;
  }
  const years = [before[p]?.op.year, after[p]?.op.year].filter((y): y is number => y !== undefined);
  return years.length === 0 ? horizon + 1 : Math.min(...years);
}

/** Whether two values read from JSON are the same (arrays in order, objects by their keys). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => sameValue(x[k], y[k]));
}

/**
 * The fewest years a resumed simulation takes from the earlier one: rebuilding the state (and
 * judging every unit in its first year) costs about what simulating two or three years does
 * (measured on the bench's 50,000 units and 5,000 operations: an edit in the second year was
 * 0.1–0.2 of a simulation slower resumed, one in the fourth the same, one in the sixth faster).
 */
export const MIN_YEARS_KEPT = 3;

/**
 * Where to go on from `previous` for the operations `ordered` (in the order they apply) over the
 * same baseline and options; null when it cannot or would gain nothing (not kept, another baseline
 * or span, fewer than `MIN_YEARS_KEPT` years the same: simulate from the start).
 */
export function resumeFrom(
  previous: Simulation,
  baseline: readonly Unit[],
  ordered: readonly IndexedOperation[],
  baseYear: number,
  horizon: number,
): Resumed | null {
  const r = kept.get(previous);
  if (!r || r.baseline !== baseline || r.baseYear !== baseYear || r.horizon !== horizon) return null;
  const year = firstDifferingYear(r.ordered, ordered, horizon);
  const yi = Math.min(year, horizon + 1) - baseYear;
  if (yi < MIN_YEARS_KEPT || yi > previous.years.length || r.starts.length !== previous.years.length + 1) return null;
  const state = stateAt(previous, r, yi);
  if (!state) return null;
  let next = 0;
  while (next < ordered.length && ordered[next]!.op.year < baseYear + yi) next++;
  return {
    state,
    year: baseYear + yi,
    years: previous.years.slice(0, yi),
    steps: previous.steps.slice(0, r.starts[yi]!.steps),
    changes: r.changes.slice(0, yi),
    next,
  };
}

/** The state at the start of the year at index `yi` (after the year before's end), or null when the log does not lead to that year's units. */
function stateAt(previous: Simulation, r: Resumable, yi: number): SimState | null {
  const row = previous.years[yi - 1]!;
  const start = r.starts[yi]!;
  // The map's order and the children lists as the structure log left them.
  const units = new Map<string, LiveUnit>();
  const childrenOf = new Map<string | null, string[]>();
  const none = null as unknown as LiveUnit;
  for (const u of r.baseline) units.set(u.code, none);
  for (const u of r.baseline) linkChild(childrenOf, u.code, u.parentCode);
  const log = r.structure;
  for (let i = 0; i < start.structure; i += 3) {
    const [kind, a, b] = [log[i], log[i + 1]!, log[i + 2]!];
    if (kind === 'add') units.set(a, none);
    else if (kind === 'remove') units.delete(a);
    else if (kind === 'link') linkChild(childrenOf, b, a);
    else unlinkChild(childrenOf, b, a);
  }
  if (units.size !== row.units.length) return null;
  const records = row.units.map((u, i) => liveUnit(u, i));
  for (const rec of records) units.set(rec.unit.code, rec);
  if (units.size !== records.length) return null;
  const s = new SimState(
    r.baseline,
    {
      autonomy: row.autonomy,
      positions: row.positions,
      byReason: { ...row.leaversByReason },
    },
    { records, units, childrenOf },
  );
  if (!s.tracker) return null;
  s.leavers = row.leavers;
  s.converted = row.converted;
  s.annexed = row.annexed;
  s.recruited = row.recruited;
  s.payoutCost = row.payoutCost;
  s.province = row.province;
  s.applied = start.applied;
  for (const p of start.provinces) s.provinces.add(p);
  const prefix = <T>(to: T[], from: readonly T[], n: number) => {
    for (let i = 0; i < n; i++) to.push(from[i]!);
  };
  // The log from the start, so that this run can be resumed from in turn.
  prefix(s.structure, log, start.structure);
  prefix(s.notices, previous.notices, start.notices);
  prefix(s.heads, previous.heads, start.heads);
  prefix(s.exits, previous.exits, start.exits);
  prefix(s.recruits, previous.recruits, start.recruits);
  prefix(s.positionsAdded, previous.positionsAdded, start.positionsAdded);
  prefix(s.annexes, r.annexes, start.annexes);
  return s;
}
