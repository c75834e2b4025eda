/**
 * The views of a simulated plan read from its years' changes (./year-changes.ts) instead of every
 * unit of every year: the roadmap, a year's changes against the baseline with their wholes, the
 * units by level and kind each year, the labels of the units an answer names. Each gives exactly
 * what its counterpart over every unit gives (`roadmapOf`, `diffUnits` and `withWholes`,
 * `unitCounts`, `unitLabels`); plan-views.test.ts compares them on generated plans.
 */
import type { Unit } from '../model/unit.ts';
import { addInto, ownRollup, type Rollup } from '../rollup.ts';
import { addedUnit, changeOf, type UnitChange } from './diff.ts';
import { quotaOfRollup, type WholeFigures } from './figures.ts';
import {
  addExits,
  categoryOf,
  cellOf,
  closeYear,
  emptyYear,
  exitsByUnit,
  noExits,
  surplusOf,
  type Roadmap,
  type RoadmapCell,
  type RoadmapInput,
  type RoadmapUnit,
  type RoadmapYear,
} from './roadmap.ts';
import type { ExitRecord } from './simulation.ts';
import { unitCounts, type UnitCounts } from './unit-counts.ts';
import { labelsOver, type PlanTimeline, type YearChanges } from './year-changes.ts';

type Label = Readonly<Pick<Unit, 'code' | 'name' | 'parentCode'>>;

/** `unitLabels(baseline, ...every year's units)`: a unit the plan adds is named as it first appears. */
export function presentLabels(t: PlanTimeline): (code: string) => string {
  const over = new Map<string, Label | null>();
  for (const [code, h] of t.history) {
    if (t.base.byCode.has(code)) continue;
    const first = h.find((e) => e.unit !== null);
    if (first) over.set(code, first.unit);
  }
  return labelsOver(t.base, over);
}

/** `unitLabels(...every year's units, the last first)`: each unit as it was last seen. */
export function roadmapLabels(t: PlanTimeline): (code: string) => string {
  const over = new Map<string, Label | null>();
  for (const code of t.history.keys()) {
    let last: Label | null = null;
    for (let yi = t.years.length - 1; yi >= 0 && last === null; yi--) last = t.unitAt(code, yi) ?? null;
    over.set(code, last);
  }
  return labelsOver(t.base, over);
}

/** `unitCounts` of each year's units. */
export function unitCountsByYear(t: PlanTimeline): UnitCounts[] {
  const counts = unitCounts(t.baseline);
  const out: UnitCounts[] = [];
  t.changes.forEach((changes, yi) => {
    for (const [code, unit] of changes) {
      const was = yi === 0 ? t.base.byCode.get(code) : t.unitAt(code, yi - 1);
      if (was) {
        counts.byLevel[was.level]--;
        counts.byKind[was.kind]--;
      }
      if (unit) {
        counts.byLevel[unit.level]++;
        counts.byKind[unit.kind]++;
      }
    }
    out.push({ byLevel: { ...counts.byLevel }, byKind: { ...counts.byKind } });
  });
  return out;
}

type YearDiff = Array<UnitChange & { label: string; whole: WholeFigures | null }>;

/**
 * A year's changes read only the years up to it, whose changes a simulation resumed from the
 * plan's version before shares with it (the very objects, ../scenario/resume.ts): kept by the
 * year's changes object, an edit in a later year reads them as they were. Never to be modified.
 */
const diffKept = new WeakMap<YearChanges, YearDiff>();

/** `withWholes(baseline, units, diffUnits(baseline, units))` for the units of the year at index `yi`. */
export function changesAt(t: PlanTimeline, yi: number, units: readonly Unit[]): YearDiff {
  const key = t.changes[yi];
  let diff = key && diffKept.get(key);
  if (!diff) {
    diff = diffOf(t, yi, units);
    if (key) diffKept.set(key, diff);
  }
  return diff;
}

function diffOf(t: PlanTimeline, yi: number, units: readonly Unit[]): YearDiff {
  const now = t.changedBy(yi);
  // diffUnits: the baseline's units in their order, then those the plan adds in the year's order.
  const changes: UnitChange[] = [];
  for (const b of t.baseline) if (now.has(b.code)) changeOf(changes, b, now.get(b.code) ?? undefined);
  const added = new Set<string>();
  for (const [code, u] of now) if (u && !t.base.byCode.has(code)) added.add(code);
  if (added.size > 0) for (const a of units) if (added.has(a.code)) changes.push(addedUnit(a));
  // withWholes: named over (the year's units, the baseline); wholes by walking the subtrees.
  const over = new Map<string, Label | null>();
  for (const [code, u] of now) if (u) over.set(code, u);
  const labelOf = labelsOver(t.base, over);
  const kids = t.base.children();
  const movedIn = new Map<string, Unit[]>();
  for (const u of now.values()) {
    if (!u || u.parentCode === null) continue;
    const list = movedIn.get(u.parentCode);
    if (list) list.push(u);
    else movedIn.set(u.parentCode, [u]);
  }
  const before = (code: string) => {
    const u = t.base.byCode.get(code);
    return u ? whole(u, (c) => kids.get(c) ?? []) : undefined;
  };
  const childrenNow = (c: string) => [
    ...(kids.get(c) ?? []).filter((k) => !now.has(k.code)),
    ...(movedIn.get(c) ?? []),
  ];
  const after = (code: string) => {
    const u = now.has(code) ? now.get(code) : t.base.byCode.get(code);
    return u ? whole(u, childrenNow) : undefined;
  };
  return changes.map((c) => {
    const b = before(c.code);
    const a = after(c.code);
    const wholeFigures =
      (b?.unitCount ?? 1) > 1 || (a?.unitCount ?? 1) > 1
        ? {
            quota: { before: b ? quotaOfRollup(b) : null, after: a ? quotaOfRollup(a) : null },
            staff: { before: b?.totalPeople ?? null, after: a?.totalPeople ?? null },
          }
        : null;
    return { ...c, label: labelOf(c.code), whole: wholeFigures };
  });
}

/** A unit's subtree totals, its children given by `childrenOf`. */
function whole(u: Unit, childrenOf: (code: string) => readonly Unit[]): Rollup {
  const total = ownRollup(u);
  const queue = [...childrenOf(u.code)];
  for (let i = 0; i < queue.length; i++) {
    const k = queue[i]!;
    addInto(total, ownRollup(k));
    for (const g of childrenOf(k.code)) queue.push(g);
  }
  return total;
}

/** `roadmapOf(sim, include)`: the year totals from the baseline's and the changed units' surplus, cells for the rows only. */
export function roadmapAt(sim: RoadmapInput, t: PlanTimeline, include: readonly string[] = []): Roadmap {
  const n = t.years.length;
  const plain = (u: Unit | null | undefined) => (u ? surplusOf(u, []).surplus : 0);
  const byUnitOf = t.years.map((year) => exitsByUnit(sim, year));
  const present = (code: string, yi: number) => t.unitAt(code, yi) !== undefined;
  // Rows: units with a surplus or exits in some year, and those asked for (where they exist).
  const shown = new Set<string>();
  const wanted = new Set(include);
  for (const u of t.baseline)
    if (!t.history.has(u.code) && (plain(u) > 0 || wanted.has(u.code)) && n > 0) shown.add(u.code);
  for (const code of t.history.keys())
    for (let yi = 0; yi < n; yi++) {
      const u = t.unitAt(code, yi);
      if (u && (wanted.has(code) || surplusOf(u, byUnitOf[yi]!.get(code) ?? []).surplus > 0)) shown.add(code);
    }
  for (const byUnit of byUnitOf) for (const code of byUnit.keys()) shown.add(code);
  // Year totals: the plain surplus of every unit, kept as the years change, and the exits' units anew.
  let plainSum = 0;
  for (const u of t.baseline) plainSum += plain(u);
  const years: RoadmapYear[] = [];
  let cumulativeReduction = 0;
  let cumulativeCost = 0;
  t.changes.forEach((changes, yi) => {
    for (const [code, unit] of changes)
      plainSum += plain(unit) - plain(yi === 0 ? t.base.byCode.get(code) : t.unitAt(code, yi - 1));
    const total = emptyYear(t.years[yi]!);
    total.surplus = plainSum;
    for (const [code, mine] of byUnitOf[yi]!) {
      const u = t.unitAt(code, yi);
      if (!u) continue;
      const { surplus, covered } = surplusOf(u, mine);
      total.surplus += surplus - plain(u);
      total.covered += covered;
    }
    total.remaining = total.surplus - total.covered;
    [cumulativeReduction, cumulativeCost] = closeYear(sim, total, cumulativeReduction, cumulativeCost);
    years.push(total);
  });
  // The rows' cells, year by year; a row's category as it first appears (exits only: by their counts).
  const rows = new Map<string, RoadmapUnit>();
  const rowOf = (code: string, category: RoadmapUnit['category']) => {
    let r = rows.get(code);
    if (!r) rows.set(code, (r = { code, name: code, category, cells: {}, cost: 0 }));
    return r;
  };
  /** Rows never in a year's units, in the order the roadmap over every unit makes them (they sort last). */
  const unplaced: string[] = [];
  for (let yi = 0; yi < n; yi++) {
    const byUnit = byUnitOf[yi]!;
    for (const code of shown) {
      const u = t.unitAt(code, yi);
      if (!u) continue;
      const r = rowOf(code, categoryOf(u));
      const cell = cellOf(u, byUnit.get(code) ?? []);
      r.cells[t.years[yi]!] = cell;
      r.cost += cell.cost;
    }
    for (const [code, mine] of byUnit) {
      if (present(code, yi)) continue;
      if (!rows.has(code)) unplaced.push(code);
      const r = rowOf(code, firstCategory(mine));
      const cell: RoadmapCell = { exists: false, surplus: 0, exits: noExits(), covered: 0, remaining: 0, cost: 0 };
      addExits(cell, mine);
      r.cells[t.years[yi]!] = cell;
      r.cost += cell.cost;
    }
  }
  for (const r of rows.values())
    for (const year of t.years)
      r.cells[year] ??= { exists: false, surplus: 0, exits: noExits(), covered: 0, remaining: 0, cost: 0 };
  // Tree order of the year each row was last seen in, those that exist at the end first; then the others.
  const order = new Map<string, number>();
  const placed = new Set([...shown].filter((c) => t.years.some((_, yi) => present(c, yi))));
  for (let yi = n - 1; yi >= 0 && order.size < placed.size; yi--)
    sim.years[yi]!.units.forEach((u, i) => {
      if (placed.has(u.code) && !order.has(u.code)) order.set(u.code, (n - yi) * 1e6 + i);
    });
  const rank = (code: string) => order.get(code) ?? Infinity;
  const tail = new Map(unplaced.map((c, i) => [c, i]));
  const labelOf = roadmapLabels(t);
  const units = [...rows.values()]
    .map((r) => ({ ...r, name: labelOf(r.code) }))
    .sort((a, b) => rank(a.code) - rank(b.code) || (tail.get(a.code) ?? 0) - (tail.get(b.code) ?? 0));
  return { years, units, totalCost: cumulativeCost };
}

/** The category of a row that only exits make (its unit is gone by then). */
const firstCategory = (mine: readonly ExitRecord[]): RoadmapUnit['category'] =>
  mine[0]!.civilServants > 0 ? 'civilServants' : 'publicEmployees';
