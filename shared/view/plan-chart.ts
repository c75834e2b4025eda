/**
 * What the scenario chart shows for a chosen year: for every unit of the baseline or of the plan's
 * state at the end of that year, whether it is new, gone, moved or changed, and its headcount in the
 * baseline, in the plan and the difference; and the "changes only" tree.
 */
import type { HeadcountField, Unit } from '../model/unit.ts';
import type { Operation } from '../scenario/operations.ts';
import type { Lang } from '../i18n/index.ts';
import { formatInteger } from '../format.ts';
import { diffUnits } from '../scenario/diff.ts';
import { staffOf } from '../scenario/simulate.ts';
import { quotaOfRollup, unitFiguresOf } from '../scenario/figures.ts';
import { ownRollup } from '../rollup.ts';

/** New, gone, under another parent, or any other field changed (a unit can be moved and changed). */
export type UnitMark = 'added' | 'removed' | 'moved' | 'changed';

/** One number of a box: the baseline's, the plan's (null where the unit does not exist) and after − before. */
export interface Figure {
  before: number | null;
  after: number | null;
  delta: number;
}

export interface UnitState {
  code: string;
  before: Unit | null;
  after: Unit | null;
  /** Empty for a unit the plan leaves alone. */
  marks: UnitMark[];
  /** Assigned state payroll (civil servant quota + public employees paid by the state budget) of the unit and everything under it. */
  quota: Figure;
  /** People working in the unit and everything under it: civil servants, public employees (state budget and self-funded), contract workers. */
  staff: Figure;
  /** The unit's own row (its figures without the units under it). */
  own: { quota: Figure; staff: Figure };
  /** Whether it has units under it, in the baseline or in the plan (then `quota`/`staff` differ in kind from `own`). */
  hasSubordinates: boolean;
}

export const quotaOf = (u: Unit) => u.civilServantQuota + u.publicEmployeeQuota;

const figure = <T>(before: T | null | undefined, after: T | null | undefined, of: (u: T) => number): Figure => {
  const b = before ? of(before) : null;
  const a = after ? of(after) : null;
  return { before: b, after: a, delta: (a ?? 0) - (b ?? 0) };
};

/** A figure as written in a box or a cell: "—" where the unit does not exist, the difference signed ("+15", "−3", "0"). */
export function figureParams(f: Figure, lang: Lang): { before: string; after: string; delta: string } {
  const num = (v: number | null) => (v === null ? '—' : formatInteger(v, lang));
  const delta =
    f.delta > 0 ? `+${formatInteger(f.delta, lang)}` : f.delta < 0 ? `−${formatInteger(-f.delta, lang)}` : '0';
  return { before: num(f.before), after: num(f.after), delta };
}

/** One headcount field of a unit in the baseline and in the plan, as its quota and staff are. */
export const fieldFigure = (s: UnitState, field: HeadcountField): Figure => figure(s.before, s.after, (u) => u[field]);

/**
 * The unit to show once an operation recorded by a gesture is in the plan: the moved unit, the
 * merged unit, the first part of a split, the unit receiving a dissolved unit's staff (else its
 * former parent, from `parentOf` as the plan was before it). Null for operations without one.
 */
export function unitTouched(op: Operation, parentOf: (code: string) => string | null): string | null {
  switch (op.type) {
    case 'transfer':
      return op.unit;
    case 'merge':
      return typeof op.into === 'string' ? op.into : op.into.code;
    case 'split':
      return op.into[0]!.code;
    case 'dissolve':
      return op.staffTo ?? parentOf(op.unit);
    default:
      return null;
  }
}

/** Every unit of either side by code: baseline units first in their order, then the ones the plan adds. */
export function unitStates(before: readonly Unit[], after: readonly Unit[]): Map<string, UnitState> {
  const was = new Map(before.map((u) => [u.code, u]));
  const now = new Map(after.map((u) => [u.code, u]));
  const marks = new Map<string, UnitMark[]>();
  for (const c of diffUnits(before, after)) {
    if (c.status !== 'changed') marks.set(c.code, [c.status]);
    else {
      const moved = c.fields.some((f) => f.field === 'parentCode');
      const changed = c.fields.some((f) => f.field !== 'parentCode');
      marks.set(c.code, [...(moved ? (['moved'] as const) : []), ...(changed ? (['changed'] as const) : [])]);
    }
  }
  const totalsBefore = unitFiguresOf(before);
  const totalsAfter = unitFiguresOf(after);
  const states = new Map<string, UnitState>();
  for (const code of [...was.keys(), ...[...now.keys()].filter((c) => !was.has(c))]) {
    const b = was.get(code) ?? null;
    const a = now.get(code) ?? null;
    // A unit on a cycle (a broken baseline) has no totals: its own row stands for them.
    const tb = b ? (totalsBefore.get(code)?.total ?? ownRollup(b)) : null;
    const ta = a ? (totalsAfter.get(code)?.total ?? ownRollup(a)) : null;
    states.set(code, {
      code,
      before: b,
      after: a,
      marks: marks.get(code) ?? [],
      quota: figure(tb, ta, quotaOfRollup),
      staff: figure(tb, ta, (r) => r.totalPeople),
      own: { quota: figure(b, a, quotaOf), staff: figure(b, a, staffOf) },
      hasSubordinates:
        (totalsBefore.get(code)?.subordinates ?? 0) > 0 || (totalsAfter.get(code)?.subordinates ?? 0) > 0,
    });
  }
  return states;
}

/**
 * The plan's tree reduced to what it changes: new, moved and changed units with their ancestors,
 * plus each gone unit (as it was in the baseline) under its nearest former ancestor that still
 * exists, or at the top. The plan's units come first in their order, then the gone ones.
 */
export function changesOnlyUnits(before: readonly Unit[], after: readonly Unit[]): Unit[] {
  const states = unitStates(before, after);
  const now = new Map(after.map((u) => [u.code, u]));
  const was = new Map(before.map((u) => [u.code, u]));
  const keep = new Set<string>();
  const keepWithAncestors = (code: string | null) => {
    const seen = new Set<string>();
    for (let c = code; c !== null && now.has(c) && !seen.has(c); c = now.get(c)!.parentCode) {
      seen.add(c);
      keep.add(c);
    }
  };
  const ghosts: Unit[] = [];
  for (const s of states.values()) {
    if (s.marks.length === 0) continue;
    if (s.after) keepWithAncestors(s.code);
    else {
      // The nearest ancestor in the baseline that the plan still has.
      let parent = s.before!.parentCode;
      const seen = new Set<string>();
      while (parent !== null && !now.has(parent) && !seen.has(parent)) {
        seen.add(parent);
        parent = was.get(parent)?.parentCode ?? null;
      }
      if (parent !== null && !now.has(parent)) parent = null;
      keepWithAncestors(parent);
      ghosts.push({ ...s.before!, parentCode: parent });
    }
  }
  return [...after.filter((u) => keep.has(u.code)), ...ghosts];
}
