/**
 * The staff-reduction roadmap (lộ trình tinh giản biên chế) of a plan: per unit and year, the
 * surplus to reduce ("cần tinh giản": civil servants and state-paid public employees above the
 * quota after that year's mergers, dissolutions, quota cuts and recruitments) and how much of it
 * the planned exits cover; per year, the exits by reason, recruits, the cumulative reduction and
 * the payout cost (legal-reference §3, §7). Pure: it reads a simulation.
 */
import type { Unit } from '../model/unit.ts';
import { unitLabels } from './figures.ts';
import {
  EXIT_REASONS,
  PAID_REASONS,
  type ExitPayout,
  type ExitReason,
  type Operation,
  type StaffExitOperation,
} from './operations.ts';
import type { ExitRecord, RecruitRecord } from './simulate.ts';
import type { SimulatedYear } from './compare.ts';
import type { YearMetrics } from './metrics.ts';
import type { PositionLeft } from '../positions/model.ts';
import { exactKey } from '../text.ts';

export const noExits = (): Record<ExitReason, number> =>
  Object.fromEntries(EXIT_REASONS.map((r) => [r, 0])) as Record<ExitReason, number>;

/** Which count a unit's roadmap is kept in: civil servants in agencies, state-paid public employees in public service units. */
export type StaffCategory = 'civilServants' | 'publicEmployees';
export const categoryOf = (u: Pick<Unit, 'kind'>): StaffCategory =>
  u.kind === 'psu' || u.kind === 'psu_division' ? 'publicEmployees' : 'civilServants';

export interface RoadmapCell {
  /** The unit exists at the end of the year. */
  exists: boolean;
  /** Above quota before the year's exits (civil servants and state-paid public employees). */
  surplus: number;
  /** Planned exits in the year, by reason (both counts). */
  exits: Record<ExitReason, number>;
  /** Of the surplus, how much the year's exits take away. */
  covered: number;
  /** Still above quota at the end of the year. */
  remaining: number;
  /** Payouts of the year's exits, in đồng. */
  cost: number;
  /** Of the year's leavers, those paid under a policy (early retirement, resignation); absent when none. */
  paid?: number;
  /** Of those paid, the people whose payout is not computed (no salary / personnel data): `cost` leaves them out; absent when none. */
  uncosted?: number;
  /** The job positions the year's exits left (issue 21), by name; `estimated` when taken off in proportion. */
  positionsLeft?: PositionLeft[];
  /** Of the year's leavers, those of a unit with positions not assigned to one. */
  unassigned?: number;
  /** The year's exits naming a job position, by the position named (`exits` counts them too); absent when none names one. */
  byPosition?: PositionExits[];
}

/** The exits of a cell that name one job position, by reason. */
export interface PositionExits {
  /** As the first exit naming it spells it; exits naming it differently spelt (case, spaces) count here too. */
  position: string;
  exits: Record<ExitReason, number>;
}

/** The exits that name a job position, added up by position (compared as `exactKey` does) and reason. */
export function exitsByPosition(exits: readonly ExitRecord[]): PositionExits[] {
  const out: PositionExits[] = [];
  for (const e of exits) {
    if (e.position === undefined) continue;
    let seen = out.find((p) => exactKey(p.position) === exactKey(e.position!));
    if (!seen) out.push((seen = { position: e.position, exits: noExits() }));
    seen.exits[e.reason] += e.civilServants + e.publicEmployees;
  }
  return out;
}

/** The positions the exits left, added up by name and kind (named or estimated), and the leavers assigned to none. */
export function positionsLeftBy(exits: readonly ExitRecord[]): { positionsLeft: PositionLeft[]; unassigned: number } {
  const positionsLeft: PositionLeft[] = [];
  let unassigned = 0;
  for (const e of exits) {
    unassigned += e.unassigned ?? 0;
    for (const l of e.positionsLeft ?? []) {
      const seen = positionsLeft.find((p) => p.estimated === l.estimated && exactKey(p.name) === exactKey(l.name));
      if (seen) seen.count += l.count;
      else positionsLeft.push({ ...l });
    }
  }
  return { positionsLeft, unassigned };
}

/** The exits of a unit in a year folded into its cell. */
export function addExits(cell: RoadmapCell, mine: readonly ExitRecord[]): void {
  let paid = 0;
  let uncosted = 0;
  for (const e of mine) {
    cell.exits[e.reason] += e.civilServants + e.publicEmployees;
    cell.cost += e.cost;
    if (PAID_REASONS.includes(e.reason)) paid += e.civilServants + e.publicEmployees;
    uncosted += e.uncosted;
  }
  if (paid > 0) cell.paid = paid;
  if (uncosted > 0) cell.uncosted = uncosted;
  const { positionsLeft, unassigned } = positionsLeftBy(mine);
  if (positionsLeft.length > 0) cell.positionsLeft = positionsLeft;
  if (unassigned > 0) cell.unassigned = unassigned;
  const byPosition = exitsByPosition(mine);
  if (byPosition.length > 0) cell.byPosition = byPosition;
}

export interface RoadmapUnit {
  code: string;
  name: string;
  category: StaffCategory;
  /** By year, from the first year to the horizon. */
  cells: Record<number, RoadmapCell>;
  /** Payouts of all its exits, in đồng. */
  cost: number;
}

export interface RoadmapYear {
  year: number;
  exits: Record<ExitReason, number>;
  exitsTotal: number;
  recruits: number;
  surplus: number;
  covered: number;
  remaining: number;
  cost: number;
  /** People leaving under a payout policy in the year whose payout is not computed (no salary / personnel data): `cost` leaves them out. */
  uncosted: number;
  /** Since the first year: exits less recruits. */
  cumulativeReduction: number;
  cumulativeCost: number;
}

export interface Roadmap {
  years: RoadmapYear[];
  units: RoadmapUnit[];
  totalCost: number;
}

/** What the roadmap reads of a simulation. */
export interface RoadmapInput {
  years: ReadonlyArray<{ year: number; units: readonly Unit[] }>;
  exits: readonly ExitRecord[];
  recruits: readonly RecruitRecord[];
}

/** A unit's people above quota before the year's exits (per count, summed), and what the exits take of it. */
export function surplusOf(u: Unit, mine: readonly ExitRecord[]): { surplus: number; covered: number } {
  let cs = 0;
  let pe = 0;
  for (const e of mine) {
    cs += e.civilServants;
    pe += e.publicEmployees;
  }
  const before0 = Math.max(0, u.civilServantActual + cs - u.civilServantQuota);
  const before1 = Math.max(0, u.publicEmployeeActual + pe - u.publicEmployeeQuota);
  return { surplus: before0 + before1, covered: Math.min(before0, cs) + Math.min(before1, pe) };
}

/** A unit's cell in a year: what is above its quota, the exits the year's records give it, what remains. */
export function cellOf(u: Unit, mine: readonly ExitRecord[]): RoadmapCell {
  const { surplus, covered } = surplusOf(u, mine);
  const cell: RoadmapCell = { exists: true, surplus, exits: noExits(), covered, remaining: surplus - covered, cost: 0 };
  addExits(cell, mine);
  return cell;
}

/** A year's exits by unit, in the order applied. */
export function exitsByUnit(sim: RoadmapInput, year: number): Map<string, ExitRecord[]> {
  const byUnit = new Map<string, ExitRecord[]>();
  for (const e of sim.exits) if (e.year === year) byUnit.set(e.unitCode, [...(byUnit.get(e.unitCode) ?? []), e]);
  return byUnit;
}

/** A year's totals before its units' surplus is added. */
export const emptyYear = (year: number): RoadmapYear => ({
  year,
  exits: noExits(),
  exitsTotal: 0,
  recruits: 0,
  surplus: 0,
  covered: 0,
  remaining: 0,
  cost: 0,
  uncosted: 0,
  cumulativeReduction: 0,
  cumulativeCost: 0,
});

/** The year's exits, recruits and what has come since the first year added to its totals; the new cumulative reduction and cost. */
export function closeYear(sim: RoadmapInput, total: RoadmapYear, reduction: number, cost: number): [number, number] {
  for (const e of sim.exits) {
    if (e.year !== total.year) continue;
    total.exits[e.reason] += e.civilServants + e.publicEmployees;
    total.cost += e.cost;
    total.uncosted += e.uncosted;
  }
  total.exitsTotal = EXIT_REASONS.reduce((s, r) => s + total.exits[r], 0);
  total.recruits = sim.recruits
    .filter((r) => r.year === total.year)
    .reduce((s, r) => s + r.civilServants + r.publicEmployees, 0);
  total.cumulativeReduction = reduction + (total.exitsTotal - total.recruits);
  total.cumulativeCost = cost + total.cost;
  return [total.cumulativeReduction, total.cumulativeCost];
}

/**
 * The roadmap of a simulated plan. Rows: units with a surplus or planned exits in some year, and
 * the units in `include` (added by the user), in tree order.
 */
export function roadmapOf(sim: RoadmapInput, include: readonly string[] = []): Roadmap {
  const wanted = new Set(include);
  /** Every unit of every year is computed; only these are rows. */
  const shown = new Set<string>();
  const rows = new Map<string, RoadmapUnit>();
  const row = (u: Unit) => {
    let r = rows.get(u.code);
    if (!r) rows.set(u.code, (r = { code: u.code, name: u.name, category: categoryOf(u), cells: {}, cost: 0 }));
    r.name = u.name; // the latest name
    return r;
  };
  const years: RoadmapYear[] = [];
  let cumulativeReduction = 0;
  let cumulativeCost = 0;
  // Two passes: the totals and which units are rows first (no cell made), then the cells of the rows
  // only (a large plan has a surplus in few of its 50,000 units).
  const byUnitOf: Array<Map<string, ExitRecord[]>> = [];
  const presentOf: Array<Set<string>> = [];
  for (const y of sim.years) {
    const byUnit = exitsByUnit(sim, y.year);
    byUnitOf.push(byUnit);
    const total = emptyYear(y.year);
    const present = new Set<string>();
    presentOf.push(present);
    for (const u of y.units) {
      present.add(u.code);
      const mine = byUnit.get(u.code);
      const { surplus, covered } = surplusOf(u, mine ?? []);
      if (surplus > 0 || mine !== undefined || wanted.has(u.code)) shown.add(u.code);
      total.surplus += surplus;
      total.covered += covered;
      total.remaining += surplus - covered;
    }
    // Exits from a unit merged or dissolved later in the same year: counted, without a surplus.
    for (const code of byUnit.keys()) if (!present.has(code)) shown.add(code);
    [cumulativeReduction, cumulativeCost] = closeYear(sim, total, cumulativeReduction, cumulativeCost);
    years.push(total);
  }
  sim.years.forEach((y, yi) => {
    const byUnit = byUnitOf[yi]!;
    for (const u of y.units) {
      if (!shown.has(u.code)) continue;
      const r = row(u);
      const cell = cellOf(u, byUnit.get(u.code) ?? []);
      r.cells[y.year] = cell;
      r.cost += cell.cost;
    }
    for (const [code, mine] of byUnit) {
      if (presentOf[yi]!.has(code)) continue;
      const r =
        rows.get(code) ??
        (rows.set(code, {
          code,
          name: code,
          category: mine[0]!.civilServants > 0 ? 'civilServants' : 'publicEmployees',
          cells: {},
          cost: 0,
        }),
        rows.get(code)!);
      const cell: RoadmapCell = { exists: false, surplus: 0, exits: noExits(), covered: 0, remaining: 0, cost: 0 };
      addExits(cell, mine);
      r.cells[y.year] = cell;
      r.cost += cell.cost;
    }
  });
  // A row for every year: a unit absent in a year (not yet created, merged away) has an empty cell.
  for (const r of rows.values()) {
    for (const y of sim.years)
      r.cells[y.year] ??= { exists: false, surplus: 0, exits: noExits(), covered: 0, remaining: 0, cost: 0 };
  }
  // Tree order of the year each unit was last seen in, units that exist at the end first.
  const order = new Map<string, number>();
  // Years read from the last back only until every row is placed (most rows exist at the end).
  for (let yi = sim.years.length - 1; yi >= 0 && order.size < shown.size; yi--)
    sim.years[yi]!.units.forEach((u, i) => {
      if (shown.has(u.code) && !order.has(u.code)) order.set(u.code, (sim.years.length - yi) * 1e6 + i);
    });
  // Each row named as the print names it (issue 15): with its parent where the name alone is ambiguous ("Thanh tra Sở — Sở Y tế"), by its latest name and parent.
  const labelOf = unitLabels(...[...sim.years].reverse().map((y) => y.units));
  const units = [...rows.values()]
    .filter((r) => shown.has(r.code))
    .map((r) => ({ ...r, name: labelOf(r.code) }))
    .sort((a, b) => (order.get(a.code) ?? Infinity) - (order.get(b.code) ?? Infinity));
  return { years, units, totalCost: cumulativeCost };
}

/**
 * One cell of the roadmap grid: the planned exits of a unit in a year for a reason that name one job
 * position (`position`), or name none (`position` absent: "chưa gắn vị trí việc làm").
 */
export interface PlannedExits {
  unit: string;
  year: number;
  reason: ExitReason;
  category: StaffCategory;
  count: number;
  /** Cost inputs for the people of a paid reason: set on the operation when given, else its own kept. */
  payout?: ExitPayout;
  /** The job position they leave: part of the cell's key (an exit naming another position, or none, is another cell). */
  position?: string;
}

/** The position an exit names, as a cell key: compared as `exactKey` does, '' for none. */
const positionKey = (position: string | undefined) => (position === undefined ? '' : exactKey(position));

/**
 * The plan with a roadmap cell changed: the first staffExit of that unit, year, reason and position
 * (none matching none) gets the count in the cell's category (the other count kept), the others of
 * the same key give theirs up, and an exit left with nobody is removed; exits of the other positions
 * are kept as they are; a cell without an exit yet appends one. An exact `cost` is dropped from an
 * exit whose count or cost inputs change.
 */
export function setPlannedExits(operations: readonly Operation[], cell: PlannedExits): Operation[] {
  const key = positionKey(cell.position);
  const matches = (op: Operation): op is StaffExitOperation =>
    op.type === 'staffExit' &&
    op.unit === cell.unit &&
    op.year === cell.year &&
    op.reason === cell.reason &&
    positionKey(op.position) === key;
  const other: StaffCategory = cell.category === 'civilServants' ? 'publicEmployees' : 'civilServants';
  let placed = false;
  const out: Operation[] = [];
  for (const op of operations) {
    if (!matches(op)) {
      out.push(op);
      continue;
    }
    const next: StaffExitOperation = { ...op, [cell.category]: placed ? 0 : cell.count };
    if (!placed && cell.payout) next.payout = cell.payout;
    // An exact cost was of the people counted: it no longer holds for another count or another basis.
    if (next.cost !== undefined && (next.payout || next[cell.category] !== op[cell.category])) delete next.cost;
    placed = true;
    if (next[cell.category] + next[other] > 0) out.push(next);
  }
  if (!placed && cell.count > 0) {
    out.push({
      type: 'staffExit',
      year: cell.year,
      unit: cell.unit,
      civilServants: 0,
      publicEmployees: 0,
      [cell.category]: cell.count,
      reason: cell.reason,
      ...(cell.payout ? { payout: cell.payout } : {}),
      ...(cell.position !== undefined ? { position: cell.position } : {}),
    });
  }
  return out;
}

/** Which counts of people stand behind a quota metric. */
const PEOPLE: Partial<Record<keyof YearMetrics, keyof YearMetrics>> = {
  civilServantQuota: 'civilServantActual',
  publicEmployeeQuota: 'publicEmployeeActual',
  civilServantActual: 'civilServantActual',
  publicEmployeeActual: 'publicEmployeeActual',
};

export interface ReductionChart {
  id: string;
  title: string;
  /** The target year, and the reduction it requires of its metric since its base year. */
  year: number;
  baseYear: number;
  required: number;
  /** The most the metric may be in the target year. */
  allowed: number;
  met: boolean;
  /** The target's own metric when it counts quotas (null when it counts people): its baseline less its value. */
  quota: Array<{ year: number; value: number }> | null;
  /** The people in post behind the metric, against the same baseline: the baseline less their number. */
  people: Array<{ year: number; value: number }>;
}

interface TargetLike {
  id: string;
  title: string;
  kind: 'reduction' | 'share' | 'not_above';
  metric: string;
  communeStaff?: 'included' | 'excluded';
  baseYear: number;
  year: number;
  baseline: number | null;
  allowed: number | null;
  met: boolean | null;
}

/**
 * For each reduction target on staff (quotas or people), the cumulative reduction year by year
 * against the reduction it requires, both from the target's baseline: of its metric, and of the
 * people in post behind it (civil servants, state-paid public employees), who must come down to
 * the reduced quota too — they meet it when the baseline less their number reaches the requirement.
 */
export function reductionCharts(years: readonly SimulatedYear[], targets: readonly TargetLike[]): ReductionChart[] {
  const sum = (y: SimulatedYear, keys: ReadonlyArray<keyof YearMetrics>) => keys.reduce((s, k) => s + y[k], 0);
  return targets.flatMap((t) => {
    const keys = t.metric.split('+') as Array<keyof YearMetrics>;
    // Only a judged target has a baseline to draw from (commune staff counted out: the year rows count them in).
    const { baseline, allowed, met } = t;
    if (
      t.kind !== 'reduction' ||
      t.communeStaff === 'excluded' ||
      !years.some((y) => y.year === t.year) ||
      baseline === null ||
      allowed === null ||
      met === null ||
      !keys.every((k) => PEOPLE[k])
    )
      return [];
    const people = keys.map((k) => PEOPLE[k]!);
    const isPeople = keys.every((k, i) => k === people[i]);
    return [
      {
        id: t.id,
        title: t.title,
        year: t.year,
        baseYear: t.baseYear,
        required: baseline - allowed,
        allowed,
        met,
        quota: isPeople ? null : years.map((y) => ({ year: y.year, value: baseline - sum(y, keys) })),
        people: years.map((y) => ({ year: y.year, value: baseline - sum(y, people) })),
      },
    ];
  });
}
