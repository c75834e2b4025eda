/**
 * Job positions in a plan (issue 21): what a merge, a split and a dissolution do to the units'
 * positions. A merge (and a dissolution into a receiver) joins the lists: the same position — same
 * name, class, rank or title, level and staffing, names compared as `exactKey` does (case, accents
 * composed, punctuation) — becomes one line with `needed` and `present` added, for the officer to
 * reduce (a `setPositions` operation). A split divides each line in the parts' proportions by the
 * largest remainder, so that every line's numbers add up to the whole. Pure.
 */
import { quotaOf, type Position, type StaffedUnit } from '../positions/model.ts';
import { deriveUnit, type FromPositions } from '../positions/derive.ts';
import type { Simulation } from './simulation.ts';
import { exactKey } from '../text.ts';
import type { Unit } from '../model/unit.ts';

/** What makes two lines the same position. */
/** A unit gone in a plan year: an agency's default with nothing staffed (its positions are empty too). */
const GONE: StaffedUnit = {
  kind: 'other',
  civilServantQuota: 0,
  publicEmployeeQuota: 0,
  civilServantActual: 0,
  publicEmployeeActual: 0,
};

export const positionKey = (p: Position) =>
  [exactKey(p.name), p.class, exactKey(p.rank), p.level ?? '', p.staffing].join('|');

export interface Combined {
  /** The joined list, for the unit `code`, in the order first seen. */
  positions: Position[];
  /** The names of the lines that were added together (the same position in more than one list). */
  added: string[];
}

/** The lists joined into one for the unit `code` (see the file's comment). */
export function combinePositions(code: string, lists: readonly (readonly Position[])[]): Combined {
  const byKey = new Map<string, { p: Position; from: number }>();
  const added = new Set<string>();
  lists.forEach((list, from) => {
    for (const p of list) {
      const k = positionKey(p);
      const seen = byKey.get(k);
      if (!seen) byKey.set(k, { p: { ...p, unitCode: code }, from });
      else {
        seen.p = {
          ...seen.p,
          needed: seen.p.needed + p.needed,
          present: seen.p.present + p.present,
          // Still to verify if either line's staffing was the class default.
          staffingDefaulted: seen.p.staffingDefaulted || p.staffingDefaulted,
        };
        if (seen.from !== from) added.add(k);
      }
    }
  });
  const positions = [...byKey.values()].map((v) => v.p);
  return { positions, added: positions.filter((p) => added.has(positionKey(p))).map((p) => p.name) };
}

/**
 * `total` divided by `weights` (largest remainder): each part floor(total × w / Σw), the units left
 * to the largest remainders, ties to the earlier part; all-zero weights divide equally.
 */
export function divide(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const w = sum > 0 ? weights : weights.map(() => 1);
  const ws = sum > 0 ? sum : weights.length;
  const shares = w.map((x) => Math.floor((total * x) / ws));
  let left = total - shares.reduce((s, x) => s + x, 0);
  const order = w.map((x, i) => ({ i, rest: (total * x) % ws })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let j = 0; left > 0; j = (j + 1) % order.length, left--) shares[order[j]!.i]!++;
  return shares;
}

/**
 * A unit's positions divided among the parts of a split (codes and weights in the same order):
 * each line's `needed` and `present` by `divide`; a part gets the lines where it has someone or
 * something needed.
 */
export function dividePositions(
  positions: readonly Position[],
  parts: readonly { code: string; weight: number }[],
): Position[][] {
  const out: Position[][] = parts.map(() => []);
  const weights = parts.map((p) => p.weight);
  for (const p of positions) {
    const needed = divide(p.needed, weights);
    const present = divide(p.present, weights);
    parts.forEach((part, i) => {
      if (needed[i]! > 0 || present[i]! > 0)
        out[i]!.push({ ...p, unitCode: part.code, needed: needed[i]!, present: present[i]! });
    });
  }
  return out;
}

/** Σ needed and Σ present over lists of positions. */
export function positionTotals(lists: Iterable<readonly Position[]>): { needed: number; present: number } {
  let needed = 0;
  let present = 0;
  for (const list of lists)
    for (const p of list) {
      needed += p.needed;
      present += p.present;
    }
  return { needed, present };
}

/** One unit's positions in a simulated plan, year by year (see the `positions.plan` channel). */
export function planPositions(
  sim: Pick<Simulation, 'years' | 'positionsAdded'>,
  code: string,
): Array<{
  year: number;
  exists: boolean;
  quota: number;
  positions: readonly Position[];
  fromPositions: FromPositions;
  added: string[];
}> {
  return sim.years.map((y) => {
    const unit = y.units.find((u) => u.code === code);
    const positions = y.positions.get(code) ?? [];
    return {
      year: y.year,
      exists: unit !== undefined,
      quota: unit ? quotaOf(unit) : 0,
      positions,
      fromPositions: deriveUnit(unit ?? { ...GONE, code }, positions),
      added: sim.positionsAdded.filter((a) => a.year === y.year && a.unitCode === code).flatMap((a) => a.names),
    };
  });
}

/**
 * The quota a plan year's job positions justify, by unit code (units with positions only): the civil
 * servants of an agency's, the state-paid public employees of a public service unit's positions
 * counted in the quota (Σ needed) — what the plan's grid and chart show beside the quota.
 */
export function justifiedQuotas(
  units: readonly (Pick<Unit, 'code'> & StaffedUnit)[],
  positions: ReadonlyMap<string, readonly Position[]>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const u of units) {
    const list = positions.get(u.code);
    if (!list || list.length === 0) continue;
    const d = deriveUnit(u, list);
    out[u.code] = d.civilServants + d.publicEmployees;
  }
  return out;
}
