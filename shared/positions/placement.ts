/**
 * People placed in job positions (issue 21): where the personnel list carries a position per
 * person, a position's `present` is the number of people holding it, and people of a unit holding
 * none are `unplaced` (a note until 01/07/2027 inclusive, an error from the next day).
 */
import type { Unit } from '../model/unit.ts';
import { unplacedFinding, type PositionFinding } from './findings.ts';
import { workforceOf, type Position } from './model.ts';

/** Per unit code: people by the position they hold, and how many hold none. */
export type Placement = ReadonlyMap<string, { byPosition: ReadonlyMap<string, number>; withoutPosition: number }>;

/**
 * The positions with `present` counted from the people of units where someone carries a
 * position (a position nobody holds: 0); other units keep the number entered.
 */
export function presentFromPeople(positions: readonly Position[], placement: Placement | null): Position[] {
  if (!placement) return [...positions];
  return positions.map((p) => {
    const unit = placement.get(p.unitCode);
    return unit && unit.byPosition.size > 0 ? { ...p, present: unit.byPosition.get(p.name) ?? 0 } : p;
  });
}

/**
 * `unplaced` for each unit (in `only`, when given) with people holding no position, judged on
 * `date`; people holding a name that is no longer one of the unit's `positions` (removed since,
 * or brought from another unit) hold none either.
 */
export function unplacedFindings(
  units: readonly Unit[],
  placement: Placement | null,
  positions: readonly Position[],
  date: string,
  only?: ReadonlySet<string>,
): PositionFinding[] {
  if (!placement) return [];
  const names = new Map<string, Set<string>>();
  for (const p of positions) names.set(p.unitCode, (names.get(p.unitCode) ?? new Set()).add(p.name));
  const out: PositionFinding[] = [];
  for (const u of units) {
    const p = placement.get(u.code);
    if (!p || (only && !only.has(u.code))) continue;
    const held = names.get(u.code) ?? new Set<string>();
    let withPosition = 0;
    let stale = 0;
    for (const [name, n] of p.byPosition) {
      if (held.has(name)) withPosition += n;
      else stale += n;
    }
    const f = unplacedFinding({
      unitCode: u.code,
      workforce: workforceOf(u),
      withPosition,
      withoutPosition: p.withoutPosition + stale,
      date,
    });
    if (f) out.push(f);
  }
  return out;
}
