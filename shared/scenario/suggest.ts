/**
 * "Gợi ý": candidate merges that reduce the number of public service units — two PSUs of the same
 * sector in the same locality (under the same parent first, else under the same people's
 * committee), the smaller one into the larger; units below the legal minimum staff first, then the
 * smallest first. The pairs never share a unit, so any of them can be accepted on its own.
 */
import type { Unit } from '../model/unit.ts';

export interface MergeSuggestion {
  /** The smaller unit first; the larger one remains. */
  units: [string, string];
  into: string;
  sector: string;
  parentCode: string | null;
  /** Both under the same parent (otherwise only the same people's committee). */
  sameParent: boolean;
  /** People in the smaller unit (state-paid, self-funded and contract). */
  size: number;
  belowMinimum: boolean;
}

const people = (u: Unit) => u.publicEmployeeActual + u.selfFundedEmployees + u.contractWorkers + u.civilServantActual;

export function suggestMerges(units: readonly Unit[], belowMinimum: ReadonlySet<string>, limit = 10): MergeSuggestion[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  /** The nearest people's committee above a unit: its locality. */
  const localityOf = (u: Unit): string => {
    for (let p = u.parentCode ? byCode.get(u.parentCode) : undefined; p; p = p.parentCode ? byCode.get(p.parentCode) : undefined) if (p.kind === 'people_committee') return p.code;
    return '';
  };
  const groups = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.kind !== 'psu') continue;
    const key = `${localityOf(u)}\u0000${u.sector}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  const out: MergeSuggestion[] = [];
  for (const group of groups.values()) {
    const left = [...group].sort((a, b) => Number(belowMinimum.has(b.code)) - Number(belowMinimum.has(a.code)) || people(a) - people(b) || a.code.localeCompare(b.code));
    while (left.length >= 2) {
      const small = left.shift()!;
      // Into the largest of the rest, one under the same parent if there is one.
      const into = [...left].sort((a, b) => Number(b.parentCode === small.parentCode) - Number(a.parentCode === small.parentCode) || people(b) - people(a) || a.code.localeCompare(b.code))[0]!;
      left.splice(left.indexOf(into), 1);
      out.push({
        units: [small.code, into.code], into: into.code, sector: small.sector, parentCode: small.parentCode, sameParent: small.parentCode === into.parentCode,
        size: people(small), belowMinimum: belowMinimum.has(small.code),
      });
    }
  }
  return out
    .sort((a, b) => Number(b.belowMinimum) - Number(a.belowMinimum) || Number(b.sameParent) - Number(a.sameParent) || a.size - b.size || a.units[0].localeCompare(b.units[0]))
    .slice(0, limit);
}
