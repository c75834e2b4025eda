/**
 * Which job positions a staff exit leaves (issue 21). An exit that names a position lowers that
 * position's `present` (the lines counted in the quota with that name, compared as `exactKey`
 * does). An exit that names none is not assigned to a position: nothing is guessed, except where
 * the positions would then hold more people than the unit has left — only that excess is taken
 * off, in proportion to each line's `present` (largest remainder), and marked as estimated. Pure.
 */
import type { Unit } from '../model/unit.ts';
import { exactKey } from '../text.ts';
import { workforceOf, type Position, type PositionLeft, type StaffedUnit } from './model.ts';

export type { PositionLeft };
import { divide } from '../scenario/positions.ts';

export interface ExitFromPositions {
  positions: Position[];
  left: PositionLeft[];
  /** Of the exit's people, those not assigned to any position. */
  unassigned: number;
}

/** The exit's people who hold positions counted in the quota: civil servants of an agency, public employees of a PSU. */
export const exitHolders = (unit: StaffedUnit, exit: { civilServants: number; publicEmployees: number }) =>
  workforceOf(unit) === 'civil-servant' ? exit.civilServants : exit.publicEmployees;

/** The people a unit has to hold its positions counted in the quota. */
export const holdersOf = (u: Unit) =>
  workforceOf(u) === 'civil-servant' ? u.civilServantActual : u.publicEmployeeActual;

/** The lines of the named position counted in the quota, and how many hold them. */
export function namedPosition(positions: readonly Position[], name: string): { lines: number[]; present: number } {
  const key = exactKey(name);
  const lines = positions.flatMap((p, i) => (p.staffing === 'quota' && exactKey(p.name) === key ? [i] : []));
  return { lines, present: lines.reduce((s, i) => s + positions[i]!.present, 0) };
}

/**
 * The positions after `count` holders leave (the named position's lines first to last; checked
 * beforehand to hold them), then no more held in the quota than `holdersLeft` (see the file's comment).
 */
export function exitFromPositions(
  positions: readonly Position[],
  exit: { position?: string | undefined; count: number; holdersLeft: number },
): ExitFromPositions {
  const out = positions.map((p) => ({ ...p }));
  const left: PositionLeft[] = [];
  let named = 0;
  if (exit.position !== undefined && exit.count > 0) {
    let rest = exit.count;
    const { lines } = namedPosition(out, exit.position);
    for (const i of lines) {
      const take = Math.min(rest, out[i]!.present);
      out[i]!.present -= take;
      rest -= take;
    }
    named = exit.count - rest;
    if (named > 0) left.push({ name: out[lines[0]!]!.name, count: named, estimated: false });
  }
  const counted = out.flatMap((p, i) => (p.staffing === 'quota' ? [i] : []));
  const held = counted.reduce((s, i) => s + out[i]!.present, 0);
  const excess = Math.max(0, held - Math.max(0, exit.holdersLeft));
  let estimated = 0;
  if (excess > 0) {
    const shares = divide(
      excess,
      counted.map((i) => out[i]!.present),
    );
    counted.forEach((i, j) => {
      const take = Math.min(shares[j]!, out[i]!.present);
      if (take === 0) return;
      out[i]!.present -= take;
      estimated += take;
      const seen = left.find((l) => l.estimated && exactKey(l.name) === exactKey(out[i]!.name));
      if (seen) seen.count += take;
      else left.push({ name: out[i]!.name, count: take, estimated: true });
    });
  }
  return { positions: out, left, unassigned: Math.max(0, exit.count - named - estimated) };
}
