/**
 * "Gợi ý": candidate merges that reduce the number of public service units — two PSUs of the same
 * sector under the same parent, the smaller one into the larger; units below the legal minimum
 * staff first, then the smallest first. The user accepts them one by one.
 */
import type { Unit } from '../model/unit.ts';

export interface MergeSuggestion {
  /** The smaller unit first; the larger one remains. */
  units: [string, string];
  into: string;
  sector: string;
  parentCode: string | null;
  /** People in the smaller unit (state-paid, self-funded and contract). */
  size: number;
  belowMinimum: boolean;
}

const people = (u: Unit) => u.publicEmployeeActual + u.selfFundedEmployees + u.contractWorkers + u.civilServantActual;

export function suggestMerges(units: readonly Unit[], belowMinimum: ReadonlySet<string>, limit = 10): MergeSuggestion[] {
  const groups = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.kind !== 'psu') continue;
    const key = `${u.parentCode ?? ''}\u0000${u.sector}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  const out: MergeSuggestion[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [small, next] = [...group].sort((a, b) => Number(belowMinimum.has(b.code)) - Number(belowMinimum.has(a.code)) || people(a) - people(b) || a.code.localeCompare(b.code));
    // The smaller one goes into the larger of the rest.
    const into = group.filter((u) => u !== small).sort((a, b) => people(b) - people(a) || a.code.localeCompare(b.code))[0] ?? next!;
    out.push({ units: [small!.code, into.code], into: into.code, sector: small!.sector, parentCode: small!.parentCode, size: people(small!), belowMinimum: belowMinimum.has(small!.code) });
  }
  return out
    .sort((a, b) => Number(b.belowMinimum) - Number(a.belowMinimum) || a.size - b.size || a.units[0].localeCompare(b.units[0]))
    .slice(0, limit);
}
