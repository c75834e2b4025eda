/**
 * The personnel list brought into a plan's roadmap as staffExit operations: the people reaching
 * the statutory retirement age in each year of the plan (reason "retirement"), and the people
 * proposed for early retirement or resignation with their exact payouts. Civil servants and
 * public employees are counted by the person's category (a person without one by the kind of
 * their unit); people on contract are outside the payroll counts and are left out. Only counts
 * leave the personnel list: no name reaches a plan.
 */
import type { Unit } from '../model/unit.ts';
import type { AttritionPerson } from '../people/attrition.ts';
import type { ProposalResult } from '../people/proposals.ts';
import { statutoryRetirement } from '../people/retirement.ts';
import { PAID_REASONS, type ExitReason, type Operation, type StaffExitOperation } from './operations.ts';
import { categoryOf } from './roadmap.ts';
import { exitCost } from './exit-cost.ts';
import { withExitWindows } from './restructuring-decision.ts';

/** What the list says should leave one unit in one year for one reason. */
export interface ExitRow {
  unit: string;
  year: number;
  reason: ExitReason;
  civilServants: number;
  publicEmployees: number;
  /** Exact cost in đồng (the proposals' payouts added up). */
  cost?: number;
}

/** Why people of the list are not in the rows, with how many. */
export const SKIP_REASONS = ['contract', 'unitAbsent', 'beforePlan', 'afterPlan', 'proposed', 'refused'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
export type Skipped = Record<SkipReason, number>;

/** The plan's units at the end of each of its years (a simulation). */
export type PlanYears = ReadonlyArray<{ year: number; units: readonly Pick<Unit, 'code' | 'kind'>[] }>;

const noSkips = (): Skipped => Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Skipped;
const keyOf = (o: { unit: string; year: number; reason: ExitReason }) => `${o.unit}\u0000${o.year}\u0000${o.reason}`;

/** Rows by year, then in the plan's tree order of that year. */
function ordered(rows: Map<string, ExitRow>, plan: PlanYears): ExitRow[] {
  const rank = new Map(plan.flatMap((y) => y.units.map((u, i) => [`${y.year}\u0000${u.code}`, i] as const)));
  return [...rows.values()].sort(
    (a, b) =>
      a.year - b.year ||
      rank.get(`${a.year}\u0000${a.unit}`)! - rank.get(`${b.year}\u0000${b.unit}`)! ||
      a.reason.localeCompare(b.reason),
  );
}

/** Adds one person to the rows, or counts them as skipped. */
function place(
  rows: Map<string, ExitRow>,
  skipped: Skipped,
  plan: PlanYears,
  p: { unit: string; year: number; reason: ExitReason; category: AttritionPerson['category']; cost?: number },
) {
  const first = plan[0]?.year ?? 0;
  const last = plan[plan.length - 1]?.year ?? 0;
  if (p.category === 'contract') return void skipped.contract++;
  if (p.year < first) return void skipped.beforePlan++;
  if (p.year > last) return void skipped.afterPlan++;
  const unit = plan.find((y) => y.year === p.year)!.units.find((u) => u.code === p.unit);
  if (!unit) return void skipped.unitAbsent++;
  const field =
    p.category === 'civil_servant'
      ? 'civilServants'
      : p.category === 'public_employee'
        ? 'publicEmployees'
        : categoryOf(unit);
  const key = keyOf(p);
  const row = rows.get(key) ?? {
    unit: p.unit,
    year: p.year,
    reason: p.reason,
    civilServants: 0,
    publicEmployees: 0,
    ...(p.cost !== undefined ? { cost: 0 } : {}),
  };
  row[field]++;
  if (p.cost !== undefined) row.cost! += p.cost;
  rows.set(key, row);
}

/**
 * Natural retirements per unit and year of the plan: each person in the year of the month they
 * reach the statutory age; those reaching it before the plan's first year or after its last, and
 * those proposed to leave earlier under a policy (`proposed`: their ids), are counted apart.
 */
export function retirementExits(
  people: ReadonlyArray<AttritionPerson & { id: number }>,
  plan: PlanYears,
  proposed: ReadonlySet<number> = new Set(),
): { rows: ExitRow[]; skipped: Skipped } {
  const rows = new Map<string, ExitRow>();
  const skipped = noSkips();
  for (const p of people) {
    if (proposed.has(p.id)) {
      skipped.proposed++;
      continue;
    }
    place(rows, skipped, plan, {
      unit: p.unit,
      year: statutoryRetirement(p.birth, p.sex, p.lowerAge).reaches.year,
      reason: 'retirement',
      category: p.category,
    });
  }
  return { rows: ordered(rows, plan), skipped };
}

/** The proposed people per unit, leaving year and reason, with their exact payouts; a proposal the policy does not cover is counted apart. */
export function proposalExits(
  results: readonly ProposalResult[],
  plan: PlanYears,
): { rows: ExitRow[]; skipped: Skipped } {
  const rows = new Map<string, ExitRow>();
  const skipped = noSkips();
  for (const r of results) {
    if (!r.payout) {
      skipped.refused++;
      continue;
    }
    place(rows, skipped, plan, {
      unit: r.unitCode,
      year: r.year,
      reason: r.case,
      category: r.category,
      cost: r.payout.total,
    });
  }
  return { rows: ordered(rows, plan), skipped };
}

/** One unit, year and reason whose exits the fill changes: before and after (both counts and the cost). */
export interface FillChange {
  unit: string;
  year: number;
  reason: ExitReason;
  before: { civilServants: number; publicEmployees: number; cost: number };
  after: { civilServants: number; publicEmployees: number; cost: number };
}

const opOf = (r: ExitRow): StaffExitOperation => ({
  type: 'staffExit',
  year: r.year,
  unit: r.unit,
  civilServants: r.civilServants,
  publicEmployees: r.publicEmployees,
  reason: r.reason,
  ...(r.cost !== undefined ? { cost: r.cost } : {}),
});

/**
 * The plan with the exits the list gives: every staffExit `inScope` whose unit, year and reason
 * the list also gives is replaced by one exit (where the first of them stood), the others in
 * scope are removed, and the list's remaining rows are appended in their order. Also what changed.
 */
export function fillExits(
  operations: readonly Operation[],
  rows: readonly ExitRow[],
  inScope: (op: StaffExitOperation) => boolean,
): { operations: Operation[]; exits: FillChange[] } {
  const want = new Map(rows.map((r) => [keyOf(r), r]));
  const before = new Map<string, FillChange['before']>();
  const placed = new Set<string>();
  const out: Operation[] = [];
  // Costed as the plan costs them: a Decree 178 exit by its 12-month window from the operation it is tied to.
  const costed = withExitWindows(operations);
  for (const [i, op] of operations.entries()) {
    if (op.type !== 'staffExit' || !(inScope(op) || want.has(keyOf(op)))) {
      out.push(op);
      continue;
    }
    const key = keyOf(op);
    const b = before.get(key) ?? { civilServants: 0, publicEmployees: 0, cost: 0 };
    b.civilServants += op.civilServants;
    b.publicEmployees += op.publicEmployees;
    b.cost += exitCost(costed[i] as StaffExitOperation);
    before.set(key, b);
    const row = want.get(key);
    if (row && !placed.has(key)) {
      out.push(opOf(row));
      placed.add(key);
    }
  }
  const rest = rows.filter((r) => !placed.has(keyOf(r)));
  out.push(...rest.map(opOf));
  const zero = { civilServants: 0, publicEmployees: 0, cost: 0 };
  const exits: FillChange[] = [];
  for (const key of new Set([...before.keys(), ...want.keys()])) {
    const r = want.get(key);
    const after = r ? { civilServants: r.civilServants, publicEmployees: r.publicEmployees, cost: r.cost ?? 0 } : zero;
    const was = before.get(key) ?? zero;
    if (
      was.civilServants === after.civilServants &&
      was.publicEmployees === after.publicEmployees &&
      was.cost === after.cost
    )
      continue;
    const [unit, year, reason] = key.split('\u0000') as [string, string, ExitReason];
    exits.push({ unit, year: Number(year), reason, before: was, after });
  }
  // By year, then in the rows' order (the plan's tree order), exits only removed after them.
  const rank = new Map([...want.keys(), ...before.keys()].map((k, i) => [k, i]));
  exits.sort((a, b) => a.year - b.year || rank.get(keyOf(a))! - rank.get(keyOf(b))!);
  return { operations: out, exits };
}

/** Retirements: every retirement exit of the plan in the units that have people on the list. */
export const retirementScope = (unitsOnList: ReadonlySet<string>) => (op: StaffExitOperation) =>
  op.reason === 'retirement' && unitsOnList.has(op.unit);

/** Proposals: the paid exits written from the list before (those with an exact cost). */
export const proposalScope = (op: StaffExitOperation) => PAID_REASONS.includes(op.reason) && op.cost !== undefined;
