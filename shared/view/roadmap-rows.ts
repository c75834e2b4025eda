/**
 * The rows of the roadmap grid for a chosen exit reason (issue 21): a unit's own row holds the
 * exits naming no job position (with its surplus and cost), and each position named by one of its
 * exits in any year and for any reason gets a row of its own under it, so that two exits of one
 * unit, year and reason naming different positions are two cells, entered and cleared apart.
 */
import { exactKey } from '../text.ts';
import { formatNumber } from '../format.ts';
import { translate, type Lang } from '../i18n/index.ts';
import { PAID_REASONS, type ExitReason } from '../scenario/operations.ts';
import type { Roadmap, RoadmapUnit } from '../scenario/roadmap.ts';

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
  /** How complete `cost` is: the people paid under a policy and those of them not costed, by year (none on a position's row). */
  costing: Costing;
}

/**
 * How complete a cost is: of the people leaving under a payout policy (early retirement,
 * resignation), those whose payout could not be computed (no salary, insurance years … entered),
 * by year. A cost with any is a lower bound, never the cost.
 */
export interface Costing {
  paid: number;
  uncosted: number;
  /** The years with people not costed, in order. */
  byYear: Array<{ year: number; uncosted: number }>;
}

const NOTHING_PAID: Costing = { paid: 0, uncosted: 0, byYear: [] };

/** A unit's costing, over all its years. */
export function unitCosting(u: RoadmapUnit): Costing {
  const years = Object.keys(u.cells)
    .map(Number)
    .sort((a, b) => a - b);
  return {
    paid: years.reduce((s, y) => s + (u.cells[y]!.paid ?? 0), 0),
    uncosted: years.reduce((s, y) => s + (u.cells[y]!.uncosted ?? 0), 0),
    byYear: years.flatMap((year) => {
      const uncosted = u.cells[year]!.uncosted ?? 0;
      return uncosted > 0 ? [{ year, uncosted }] : [];
    }),
  };
}

/** The whole roadmap's costing (its totals row), from the years' totals. */
export function totalCosting(roadmap: Pick<Roadmap, 'years'>): Costing {
  return {
    paid: roadmap.years.reduce((s, y) => s + PAID_REASONS.reduce((p, r) => p + y.exits[r], 0), 0),
    uncosted: roadmap.years.reduce((s, y) => s + y.uncosted, 0),
    byYear: roadmap.years.filter((y) => y.uncosted > 0).map((y) => ({ year: y.year, uncosted: y.uncosted })),
  };
}

/**
 * A cost as the roadmap's cost column says it: the amount when every paid person is costed;
 * "≥ amount, k/N người đã tính" when some are not (a lower bound); "chưa tính (N người)" when none
 * is; empty when nobody is paid. `hint`: what is missing, for the cell's tooltip (null when complete).
 */
export function costText(cost: number, c: Costing, lang: Lang): { text: string; hint: string | null } {
  const n = (v: number) => formatNumber(v, lang);
  if (c.uncosted === 0) return { text: cost ? n(cost) : '', hint: null };
  const costed = c.paid - c.uncosted;
  const hint = translate(lang, 'rm.partialHint', {
    costed: n(costed),
    paid: n(c.paid),
    uncosted: n(c.uncosted),
    years: c.byYear
      .map((y) => translate(lang, 'rm.partialYear', { year: String(y.year), count: n(y.uncosted) }))
      .join('; '),
  });
  if (costed === 0 && cost === 0) return { text: translate(lang, 'rm.uncosted', { count: c.uncosted }), hint };
  return {
    text: translate(lang, 'rm.partialCost', { cost: n(cost), costed: n(costed), paid: n(c.paid) }),
    hint,
  };
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
      costing: unitCosting(u),
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
      costing: NOTHING_PAID,
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
