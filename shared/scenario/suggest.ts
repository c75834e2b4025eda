/**
 * "Gợi ý": candidate merges that reduce the number of public service units. Two units pair only
 * when they may merge: same kind, same level and a compatible function (see unit-function.ts):
 * the same function family, primary with lower-secondary schools ("liên cấp"), a commune health
 * station with the health centre of its area; units of unknown function only with the same sector
 * and the same name family. Within one locality (the same parent first, else the same people's
 * committee), the smaller one into the larger; units below the legal minimum staff first, then the
 * smallest first. The pairs never share a unit, so any of them can be accepted on its own. Each
 * suggestion says why, as a message key with its parameters.
 */
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import type { Unit } from '../model/unit.ts';
import { COMPATIBLE_FAMILIES, functionOf, isDistinct, nameFamily } from './unit-function.ts';

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
  /** Why these two may merge. */
  reason: { key: MessageKey; params: MessageParams };
}

const people = (u: Unit) => u.publicEmployeeActual + u.selfFundedEmployees + u.contractWorkers + u.civilServantActual;

/** Why two units of one kind and level may merge, or null when they may not. */
function sameKindReason(a: Unit, b: Unit): MergeSuggestion['reason'] | null {
  if (a.kind !== b.kind || a.level !== b.level) return null;
  const fa = functionOf(a);
  const fb = functionOf(b);
  const sameName = a.sector === b.sector && nameFamily(a.name) === nameFamily(b.name);
  if (fa && fa === fb) return !isDistinct(fa) || sameName ? { key: `suggest.why.${fa}`, params: {} } : null;
  const pair =
    fa &&
    fb &&
    COMPATIBLE_FAMILIES.find(
      (c) => (c.families[0] === fa && c.families[1] === fb) || (c.families[0] === fb && c.families[1] === fa),
    );
  if (pair) return { key: `suggest.why.${pair.why}`, params: {} };
  return !fa && !fb && sameName ? { key: 'suggest.why.sameName', params: {} } : null;
}

export function suggestMerges(
  units: readonly Unit[],
  belowMinimum: ReadonlySet<string>,
  limit = 10,
): MergeSuggestion[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const parentOf = (u: Unit) => (u.parentCode ? byCode.get(u.parentCode) : undefined);
  /** The people's committees above a unit, nearest first: its locality, then the wider ones. */
  const localitiesOf = (u: Unit): string[] => {
    const out: string[] = [];
    for (let p = parentOf(u); p; p = parentOf(p)) if (p.kind === 'people_committee') out.push(p.code);
    return out;
  };
  const isUnder = (u: Unit, code: string) => {
    for (let p = parentOf(u); p; p = parentOf(p)) if (p.code === code) return true;
    return false;
  };
  const out: MergeSuggestion[] = [];
  const used = new Set<string>();
  const pair = (small: Unit, into: Unit, reason: MergeSuggestion['reason']) => {
    used.add(small.code).add(into.code);
    out.push({
      units: [small.code, into.code],
      into: into.code,
      sector: small.sector,
      parentCode: small.parentCode,
      sameParent: small.parentCode === into.parentCode,
      size: people(small),
      belowMinimum: belowMinimum.has(small.code),
      reason,
    });
  };
  // A health station (whatever its kind) not under a health centre, into the one centre of its area:
  // its own locality's, else the one above. Two centres there: which one serves it is not known, no guess.
  const centres = units.filter((u) => u.kind === 'psu' && functionOf(u) === 'health_centre');
  for (const station of units
    .filter((u) => functionOf(u) === 'health_station')
    .sort((a, b) => a.code.localeCompare(b.code))) {
    if (centres.some((c) => isUnder(station, c.code))) continue;
    for (const area of localitiesOf(station).slice(0, 2)) {
      const there = centres.filter((c) => localitiesOf(c)[0] === area);
      if (there.length === 0) continue;
      if (there.length === 1 && !used.has(there[0]!.code))
        pair(station, there[0]!, { key: 'suggest.why.stationCentre', params: {} });
      break;
    }
  }
  const groups = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.kind !== 'psu' || used.has(u.code)) continue;
    const key = localitiesOf(u)[0] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  for (const group of groups.values()) {
    const left = [...group].sort(
      (a, b) =>
        Number(belowMinimum.has(b.code)) - Number(belowMinimum.has(a.code)) ||
        people(a) - people(b) ||
        a.code.localeCompare(b.code),
    );
    while (left.length >= 2) {
      const small = left.shift()!;
      // Into the largest compatible one of the rest: under the same parent if there is one, of the same function before a liên cấp pair.
      const closeness = (x: { u: Unit; reason: MergeSuggestion['reason'] }) =>
        2 * Number(x.u.parentCode === small.parentCode) + Number(x.reason.key !== 'suggest.why.lienCap');
      const into = left
        .flatMap((u) => {
          const reason = sameKindReason(small, u);
          return reason ? [{ u, reason }] : [];
        })
        .sort(
          (a, b) => closeness(b) - closeness(a) || people(b.u) - people(a.u) || a.u.code.localeCompare(b.u.code),
        )[0];
      if (!into) continue;
      left.splice(left.indexOf(into.u), 1);
      pair(small, into.u, into.reason);
    }
  }
  return out
    .sort(
      (a, b) =>
        Number(b.belowMinimum) - Number(a.belowMinimum) ||
        Number(b.sameParent) - Number(a.sameParent) ||
        a.size - b.size ||
        a.units[0].localeCompare(b.units[0]),
    )
    .slice(0, limit);
}
