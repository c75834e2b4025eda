/**
 * One simulation per plan version: every plan channel (metrics and targets, roadmap, changes,
 * state, preview, suggestions, print, export) reads the simulation of the plan as it is from here,
 * so an edit followed by the reads of all the plan's views simulates the plan once.
 *
 * An entry is keyed by the workspace (its connection), the plan as simulated (name, operations,
 * base year, horizon, rule-set pin, target sets: a digest of all of it) and the workspace's
 * *generation*: a count moved by every write on the connection that is not declared plan-only
 * (units, rule parameters and pins, finance figures, target sets and baselines, people, base
 * salary, positions, the province, an undo or a restore — whatever it wrote), seen through
 * SQLite's `total_changes()` (db/unit-model-cache.ts): this process holds the workspace's only
 * connection, so no write escapes it. A plan-only write (`planOnly`: a plan's operations, name,
 * lock or printed settings, and the history step recording it) leaves the generation as it was:
 * the plan's new content is in the key. A few entries are kept per workspace, the last used ones.
 */
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { totalChanges } from '../../db/unit-model-cache.ts';
import type { HandlerTable } from '../../shared/contract/index.ts';
import { STEP_AGGREGATES, type StepChannel } from '../../shared/edits/steps.ts';
import type { CurrentWorkspace } from './current-workspace.ts';

/** Entries kept per workspace: the plan being edited, its version before, a preview, another plan. */
export const SIMULATIONS_KEPT = 4;

interface Held<T> {
  /** `total_changes()` when last looked at. */
  seen: number;
  generation: number;
  /** Plan-only writes running (their writes so far move no generation). */
  planOnly: number;
  entries: Map<string, T>;
  /** Values read from the workspace for every plan (its units), valid for the generation. */
  shared: Map<string, unknown>;
}

const held = new WeakMap<Database, Held<unknown>>();
let computed = 0;

/** Simulations computed (not read from the cache) in this process: tests and the bench count them. */
export const simulationsComputed = (): number => computed;

/** The workspace's entries, emptied (a new generation) when something not plan-only was written since. */
function heldOf(db: Database): Held<unknown> {
  const changes = totalChanges(db);
  let h = held.get(db);
  if (!h) {
    h = { seen: changes, generation: 0, planOnly: 0, entries: new Map(), shared: new Map() };
    held.set(db, h);
  } else if (h.seen !== changes && h.planOnly > 0) {
    h.seen = changes;
  } else if (h.seen !== changes) {
    h.seen = changes;
    h.generation++;
    h.entries.clear();
    h.shared.clear();
  }
  return h;
}

const digest = (text: string): string => crypto.createHash('sha256').update(text).digest('base64url');

/**
 * The value for `plan` over the workspace: the one computed for the same plan in this generation,
 * else `compute()`, kept unless `keep` is false (a trial nobody will read again: a cut's sizing).
 */
export function cachedFor<T>(db: Database, plan: unknown, compute: () => T, keep = true): T {
  const h = heldOf(db) as Held<T>;
  const key = digest(JSON.stringify(plan));
  const hit = h.entries.get(key);
  if (hit !== undefined) {
    h.entries.delete(key); // the last used goes last
    h.entries.set(key, hit);
    return hit;
  }
  const value = compute();
  computed++;
  // Computing reads only; if it wrote anyway, the generation moves at the next look and drops it.
  if (keep) {
    h.entries.set(key, value);
    for (const oldest of h.entries.keys()) {
      if (h.entries.size <= SIMULATIONS_KEPT) break;
      h.entries.delete(oldest);
    }
  }
  return value;
}

/** The values kept for the workspace's plans in this generation, the last used first (a new version may start from one). */
export function cachedValues<T>(db: Database): T[] {
  return [...(heldOf(db) as Held<T>).entries.values()].reverse();
}

/**
 * A value read from the workspace that no plan-only write changes (its units, the simulations'
 * baseline): read once per generation, the same object to every plan version simulated in it
 * (so that what is derived from the baseline can be kept with it). Never to be modified.
 */
export function generationValue<T>(db: Database, key: string, read: () => T): T {
  const h = heldOf(db);
  if (h.shared.has(key)) return h.shared.get(key) as T;
  const value = read();
  h.shared.set(key, value);
  return value;
}

/**
 * Runs `write`, which changes nothing a simulation reads but the plans themselves (their stored
 * definition, lock, printed settings) and the history: the workspace's generation stays, so the
 * simulations of plans it did not change stay valid, and the edited plan's new version (simulated
 * to check it before writing) is read from the cache. Synchronous only: an awaited write could let
 * another request's write in between, which would then be taken for plan-only.
 */
export function planOnly<T>(db: Database, write: () => T): T {
  const h = heldOf(db);
  h.planOnly++;
  try {
    return write();
  } finally {
    h.planOnly--;
    h.seen = totalChanges(db);
  }
}

/**
 * The table with every edit of the plans aggregate (shared/edits/steps.ts: a plan's operations,
 * target sets, name, lock, copy, deletion, printed settings; all synchronous, as every step is) run
 * as a plan-only write. Wraps the undoable table, so the history rows a step writes are inside.
 */
export function planOnlyWrites(table: HandlerTable, current: CurrentWorkspace): HandlerTable {
  const wrapped: Record<string, unknown> = { ...table };
  for (const channel of Object.keys(STEP_AGGREGATES) as StepChannel[]) {
    if (STEP_AGGREGATES[channel] !== 'plans') continue;
    const handler = table[channel] as (args: unknown) => unknown;
    wrapped[channel] = (args: unknown) => planOnly(current().db, () => handler(args));
  }
  return wrapped as HandlerTable;
}
