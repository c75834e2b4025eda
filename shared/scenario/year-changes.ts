/**
 * What each year of a simulation changed, for the views of a plan (roadmap, changes, metrics): a
 * plan of 5,000 operations changes a few thousand of 50,000 units, and every other unit of every
 * year is the baseline's own object, so a view reads the changed units instead of every unit of
 * every year. `simulate` keeps the changes when it can vouch for them (every year's units were
 * last year's objects but for the changes, from the baseline's own, no code given twice); a view
 * without them (a tree judged in full) reads every year as before.
 */
import type { Unit } from '../model/unit.ts';
import type { Simulation } from './simulation.ts';

/** A year's changes: by code, the unit at the year's end, or null when it is not there. */
export type YearChanges = ReadonlyMap<string, Readonly<Unit> | null>;

const kept = new WeakMap<Simulation, { baseline: readonly Unit[]; changes: readonly YearChanges[] }>();

/** Called by `simulate`: the changes of each year (in the order of `sim.years`) from `baseline`. */
export function keepYearChanges(sim: Simulation, baseline: readonly Unit[], changes: readonly YearChanges[]): void {
  kept.set(sim, { baseline, changes });
}

/** The baseline's units by code and by parent, made once per baseline list (the workspace's, shared by its plans). */
export interface BaselineIndex {
  byCode: ReadonlyMap<string, Unit>;
  /** Children by parent code (made when first asked). */
  children(): ReadonlyMap<string, readonly Unit[]>;
  /** Codes by name as `unitLabels` compares names (made when first asked). */
  byNameKey(): ReadonlyMap<string, readonly string[]>;
}

const indexes = new WeakMap<readonly Unit[], BaselineIndex>();

/** A unit's name as `unitLabels` compares it. */
export const nameKey = (name: string): string => name.trim().toLowerCase();

export function baselineIndex(baseline: readonly Unit[]): BaselineIndex {
  let index = indexes.get(baseline);
  if (index) return index;
  const byCode = new Map(baseline.map((u) => [u.code, u]));
  let children: Map<string, Unit[]> | null = null;
  let byName: Map<string, string[]> | null = null;
  index = {
    byCode,
    children: () => {
      if (children) return children;
      children = new Map();
      for (const u of baseline) {
        if (u.parentCode === null) continue;
        const list = children.get(u.parentCode);
        if (list) list.push(u);
        else children.set(u.parentCode, [u]);
      }
      return children;
    },
    byNameKey: () => {
      if (byName) return byName;
      byName = new Map();
      for (const u of baseline) {
        const key = nameKey(u.name);
        const list = byName.get(key);
        if (list) list.push(u.code);
        else byName.set(key, [u.code]);
      }
      return byName;
    },
  };
  indexes.set(baseline, index);
  return index;
}

/** A simulation's units year by year as the baseline and the units each year changed. */
export interface PlanTimeline {
  baseline: readonly Unit[];
  base: BaselineIndex;
  years: readonly number[];
  /** Each year's changes (in the order of `years`). */
  changes: readonly YearChanges[];
  /** Every code some year changed: its unit at the end of each year from the first it changed (null: not there). */
  history: ReadonlyMap<string, ReadonlyArray<{ yi: number; unit: Readonly<Unit> | null }>>;
  /** The unit of that code at the end of the year at index `yi` (undefined: not there). */
  unitAt(code: string, yi: number): Readonly<Unit> | undefined;
  /** The codes changed up to the year at index `yi` with their unit then (null: not there), in the order first changed. */
  changedBy(yi: number): Map<string, Readonly<Unit> | null>;
}

/** The timeline of a simulation from `baseline`, or null when `simulate` could not vouch for its changes (or from another baseline). */
export function planTimeline(sim: Simulation, baseline: readonly Unit[]): PlanTimeline | null {
  const k = kept.get(sim);
  if (!k || k.baseline !== baseline || k.changes.length !== sim.years.length || sim.years.length === 0) return null;
  const base = baselineIndex(baseline);
  const history = new Map<string, Array<{ yi: number; unit: Readonly<Unit> | null }>>();
  k.changes.forEach((year, yi) => {
    for (const [code, unit] of year) {
      const h = history.get(code);
      if (h) h.push({ yi, unit });
      else history.set(code, [{ yi, unit }]);
    }
  });
  const unitAt = (code: string, yi: number) => {
    const h = history.get(code);
    if (h === undefined || h[0]!.yi > yi) return base.byCode.get(code);
    let at = h[0]!;
    for (const e of h) if (e.yi <= yi) at = e;
    return at.unit ?? undefined;
  };
  return {
    baseline,
    base,
    years: sim.years.map((y) => y.year),
    changes: k.changes,
    history,
    unitAt,
    changedBy: (yi) => {
      const out = new Map<string, Readonly<Unit> | null>();
      for (const [code, h] of history) if (h[0]!.yi <= yi) out.set(code, unitAt(code, yi) ?? null);
      return out;
    },
  };
}

/**
 * `unitLabels` (./figures.ts) over lists whose units, taken at each code's first appearance, are the
 * baseline's but for `over` (by code: the unit, or null for a baseline code in none of the lists):
 * the same labels, each worked out when asked, from the units of its name only.
 */
export function labelsOver(
  base: BaselineIndex,
  over: ReadonlyMap<string, Readonly<Pick<Unit, 'code' | 'name' | 'parentCode'>> | null>,
): (code: string) => string {
  const first = (code: string) => (over.has(code) ? (over.get(code) ?? undefined) : base.byCode.get(code));
  const byName = base.byNameKey();
  const overByName = new Map<string, string[]>();
  for (const [code, u] of over) {
    if (!u) continue;
    const key = nameKey(u.name);
    const list = overByName.get(key);
    if (list) list.push(code);
    else overByName.set(key, [code]);
  }
  /** The codes whose first appearance has this name. */
  const names = new Map<string, string[]>();
  const named = (key: string): string[] => {
    let codes = names.get(key);
    if (!codes)
      names.set(
        key,
        (codes = [...(byName.get(key) ?? []).filter((c) => !over.has(c)), ...(overByName.get(key) ?? [])]),
      );
    return codes;
  };
  const labels = new Map<string, string | undefined>();
  const labelOf = (code: string): string | undefined => {
    if (labels.has(code)) return labels.get(code);
    const u = first(code);
    let label: string | undefined;
    if (u) {
      const parent = u.parentCode === null || named(nameKey(u.name)).length < 2 ? undefined : first(u.parentCode);
      label = parent ? `${u.name} — ${parent.name}` : u.name;
    }
    labels.set(code, label);
    return label;
  };
  // How many codes have a label: those named as the label or as a part of it before " — ", each
  // name's codes tallied once.
  const uses = new Map<string, number>();
  const tallied = new Set<string>();
  const usesOf = (label: string) => {
    const ends = [label.length];
    for (let i = label.indexOf(' — '); i >= 0; i = label.indexOf(' — ', i + 1)) ends.push(i);
    for (const end of ends) {
      const key = nameKey(label.slice(0, end));
      if (tallied.has(key)) continue;
      tallied.add(key);
      for (const c of named(key)) {
        const l = labelOf(c)!;
        uses.set(l, (uses.get(l) ?? 0) + 1);
      }
    }
    return uses.get(label) ?? 0;
  };
  const said = new Map<string, string>();
  return (code) => {
    let s = said.get(code);
    if (s !== undefined) return s;
    const l = labelOf(code);
    s = l === undefined ? code : usesOf(l) > 1 ? `${l} (${code})` : l;
    said.set(code, s);
    return s;
  };
}
