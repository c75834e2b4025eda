/**
 * The rows of the roadmap grid for a chosen exit reason (issue 21): a unit's own row holds the
 * exits naming no job position (with its surplus and cost), and each position named by one of its
 * exits in any year and for any reason gets a row of its own under it, so that two exits of one
 * unit, year and reason naming different positions are two cells, entered and cleared apart.
 */
import { exactKey } from '../text.ts';
import type { ExitReason } from '../scenario/operations.ts';
import type { RoadmapUnit } from '../scenario/roadmap.ts';

export interface RoadmapRowCell {
  exists: boolean;
  /** The row's exits for the reason: naming its position, or (the unit's row) naming none. */
  exits: number;
  /** The unit's, on its own row only (0 on a position's row). */
  surplus: number;
  remaining: number;
}

export interface RoadmapRow {
  /** Unique in the grid: the unit's code, or the code, '#' and the position compared as `exactKey` does. */
  id: string;
  code: string;
  /** The position the row's exits name; null: the unit's row (exits naming none). */
  position: string | null;
  /** The unit has position rows: its own row then holds only the exits naming none. */
  split: boolean;
  unit: RoadmapUnit;
  cells: Record<number, RoadmapRowCell>;
  /** The unit's payouts, on its own row (0 on a position's row). */
  cost: number;
}

/** The positions the unit's exits name, in the order first named (by year). */
function positionsNamed(u: RoadmapUnit): string[] {
  const seen = new Map<string, string>();
  for (const year of Object.keys(u.cells)
    .map(Number)
    .sort((a, b) => a - b))
    for (const p of u.cells[year]!.byPosition ?? [])
      if (!seen.has(exactKey(p.position))) seen.set(exactKey(p.position), p.position);
  return [...seen.values()];
}

export function roadmapRows(units: readonly RoadmapUnit[], reason: ExitReason): RoadmapRow[] {
  return units.flatMap((u) => {
    const positions = positionsNamed(u);
    const years = Object.keys(u.cells).map(Number);
    const own: RoadmapRow = {
      id: u.code,
      code: u.code,
      position: null,
      split: positions.length > 0,
      unit: u,
      cost: u.cost,
      cells: Object.fromEntries(
        years.map((y) => {
          const c = u.cells[y]!;
          const named = (c.byPosition ?? []).reduce((s, p) => s + p.exits[reason], 0);
          return [y, { exists: c.exists, exits: c.exits[reason] - named, surplus: c.surplus, remaining: c.remaining }];
        }),
      ),
    };
    const rows = positions.map((position): RoadmapRow => ({
      id: `${u.code}#${exactKey(position)}`,
      code: u.code,
      position,
      split: true,
      unit: u,
      cost: 0,
      cells: Object.fromEntries(
        years.map((y) => {
          const c = u.cells[y]!;
          const mine = c.byPosition?.find((p) => exactKey(p.position) === exactKey(position));
          return [y, { exists: c.exists, exits: mine?.exits[reason] ?? 0, surplus: 0, remaining: 0 }];
        }),
      ),
    }));
    return [own, ...rows];
  });
}
