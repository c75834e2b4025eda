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
  /** `unitLabels(baseline)` before the codes are added where a label repeats: each code's, and how many codes have each (made when first asked). */
  labels(): { of: ReadonlyMap<string, string>; uses: ReadonlyMap<string, number> };
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
  let labels: ReturnType<BaselineIndex['labels']> | null = null;
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
    labels: () => {
      if (labels) return labels;
      const named = index!.byNameKey();
      const of = new Map<string, string>();
      const uses = new Map<string, number>();
      for (const u of baseline) {
        const parent =
          u.parentCode === null || named.get(nameKey(u.name))!.length < 2 ? undefined : byCode.get(u.parentCode);
        const label = parent ? `${u.name} — ${parent.name}` : u.name;
        of.set(u.code, label);
        uses.set(label, (uses.get(label) ?? 0) + 1);
      }
      return (labels = { of, uses });
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
 * the same labels, from the baseline's (made once per baseline) and those of the units `over`
 * changes, of their names and under them.
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
  const labelOf = (code: string): string | undefined => {
    const u = first(code);
    if (!u) return undefined;
    const parent = u.parentCode === null || named(nameKey(u.name)).length < 2 ? undefined : first(u.parentCode);
    return parent ? `${u.name} — ${parent.name}` : u.name;
  };
  // The baseline's labels hold but for the codes `over` gives, those of a name whose count changed,
  // and the children of a unit named otherwise (affected): those are labelled anew, and a label's
  // count corrected by the affected codes of the names it can be made of (each name once).
  const baseLabels = base.labels();
  const dirty = new Set<string>();
  const renamed = new Set<string>();
  for (const [code, u] of over) {
    const was = base.byCode.get(code);
    if (was?.name !== u?.name) renamed.add(code);
    const [a, b] = [was && nameKey(was.name), u ? nameKey(u.name) : undefined];
    if (a === b) continue;
    if (a !== undefined) dirty.add(a);
    if (b !== undefined) dirty.add(b);
  }
  const affected = (code: string) => {
    if (over.has(code)) return true;
    const b = base.byCode.get(code);
    return b !== undefined && ((b.parentCode !== null && renamed.has(b.parentCode)) || dirty.has(nameKey(b.name)));
  };
  const labels = new Map<string, string | undefined>();
  const labelAt = (code: string) => {
    if (!affected(code)) return baseLabels.of.get(code);
    if (!labels.has(code)) labels.set(code, labelOf(code));
    return labels.get(code);
  };
  const deltas = new Map<string, Map<string, number>>();
  const deltaOf = (key: string) => {
    const d = deltas.get(key);
    if (d) return d;
    const delta = new Map<string, number>();
    deltas.set(key, delta);
    const tally = (label: string | undefined, by: number) => {
      if (label !== undefined) delta.set(label, (delta.get(label) ?? 0) + by);
    };
    for (const c of byName.get(key) ?? []) if (affected(c)) tally(baseLabels.of.get(c), -1);
    for (const c of named(key)) if (affected(c)) tally(labelAt(c), 1);
    return delta;
  };
  const usesOf = (label: string) => {
    const keys = new Set([nameKey(label)]);
    for (let i = label.indexOf(' — '); i >= 0; i = label.indexOf(' — ', i + 1)) keys.add(nameKey(label.slice(0, i)));
    let uses = baseLabels.uses.get(label) ?? 0;
    for (const key of keys) uses += deltaOf(key).get(label) ?? 0;
    return uses;
  };
  const said = new Map<string, string>();
  return (code) => {
    let s = said.get(code);
    if (s !== undefined) return s;
    const l = labelAt(code);
    s = l === undefined ? code : usesOf(l) > 1 ? `${l} (${code})` : l;
    said.set(code, s);
    return s;
  };
}
