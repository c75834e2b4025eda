/**
 * Financial autonomy inside a scenario (Decree 60/2021; Decree 120/2020 Art. 5.2): each public
 * service unit's figures travel with it, add up when units merge (or when a dissolved unit's
 * staff move to a receiver), and its group is recomputed from the summed figures. A group decided
 * by the competent body (an override, or `setAutonomy` with a group) stays until the unit merges.
 */
import type { Amount } from '../autonomy/amount.ts';
import { classifyAutonomy, type AutonomyFigures } from '../autonomy/classify.ts';
import { GROUP_KEYS, type GroupKey } from '../autonomy/summary.ts';
import { groupLabel } from '../autonomy/finance-row.ts';

export interface UnitAutonomy extends AutonomyFigures {
  /** A group decided by the competent body ("1", "3b"…); null: the computed group is in force. */
  decided: GroupKey | null;
}

/** The group in force: the decided one, else the one computed from the figures (null when they cannot be classified). */
export function groupOf(a: UnitAutonomy): GroupKey | null {
  if (a.decided) return a.decided;
  const c = classifyAutonomy(a);
  return 'problem' in c ? null : (groupLabel(c) as GroupKey);
}

/** 0 for group 1 … 5 for group 4: a higher rank is a lower level of autonomy. */
export const groupRank = (g: GroupKey) => GROUP_KEYS.indexOf(g);

const add = (a: Amount | undefined, b: Amount | undefined) =>
  a === undefined && b === undefined ? undefined : (a ?? 0n) + (b ?? 0n);

/** The figures of units put together: amounts add up, the group is computed again. */
export function sumAutonomy(parts: readonly UnitAutonomy[]): UnitAutonomy {
  return parts.reduce<UnitAutonomy>(
    (s, p) => ({
      revenue: s.revenue + p.revenue,
      spending: s.spending + p.spending,
      investmentFunding: add(s.investmentFunding, p.investmentFunding),
      depreciation: add(s.depreciation, p.depreciation),
      decided: null,
    }),
    { revenue: 0n, spending: 0n, investmentFunding: undefined, depreciation: undefined, decided: null },
  );
}

/**
 * The merged figures of `parts` (null when a public service unit among them has none: the merged
 * unit's group is then unknown), and the groups that the merged unit's group is below.
 */
export function mergeAutonomy(parts: ReadonlyArray<UnitAutonomy | undefined>): {
  merged: UnitAutonomy | null;
  lowered: GroupKey[];
} {
  if (parts.length === 0 || parts.some((p) => p === undefined)) return { merged: null, lowered: [] };
  const known = parts as UnitAutonomy[];
  const merged = sumAutonomy(known);
  const after = groupOf(merged);
  if (after === null) return { merged, lowered: [] };
  const lowered = [
    ...new Set(known.map(groupOf).filter((g): g is GroupKey => g !== null && groupRank(g) < groupRank(after))),
  ];
  return { merged, lowered };
}

export interface AutonomyCounts {
  /** Public service units per group in force; `unknown`: without figures. */
  autonomyGroup1: number;
  autonomyGroup2: number;
  autonomyGroup3: number;
  autonomyGroup4: number;
  autonomyUnknown: number;
  /** Groups 1 and 2 together (Resolution 19: at least 20% of units by 2025). */
  autonomyGroups12: number;
}

export function autonomyCounts(
  psuCodes: readonly string[],
  figures: ReadonlyMap<string, UnitAutonomy>,
): AutonomyCounts {
  const c: AutonomyCounts = {
    autonomyGroup1: 0,
    autonomyGroup2: 0,
    autonomyGroup3: 0,
    autonomyGroup4: 0,
    autonomyUnknown: 0,
    autonomyGroups12: 0,
  };
  for (const code of psuCodes) {
    const f = figures.get(code);
    const g = f ? groupOf(f) : null;
    if (g === null) c.autonomyUnknown++;
    else if (g === '1') c.autonomyGroup1++;
    else if (g === '2') c.autonomyGroup2++;
    else if (g === '4') c.autonomyGroup4++;
    else c.autonomyGroup3++;
  }
  c.autonomyGroups12 = c.autonomyGroup1 + c.autonomyGroup2;
  return c;
}
