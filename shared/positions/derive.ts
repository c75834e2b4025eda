/**
 * What a unit's job positions justify (issue 21): the civil servants (agencies) or state-paid public
 * employees (public service units) — the sum of `needed` over the positions counted in the quota —
 * the contract workers, and the leadership positions: the head and the deputies the positions plan,
 * beside the deputies recorded on the unit. Pure arithmetic; the legal limits are judged in
 * ./findings.ts with the rule sets' own deputy rules.
 */
import type { Unit } from '../model/unit.ts';
import { exactKey } from '../text.ts';
import type { Workforce } from './classes.ts';
import { workforceOf, type Position, type StaffedUnit } from './model.ts';

export interface Leadership {
  /** The head's position: the first leadership position listed that is not a deputy's ("Phó …"); null when there is none. */
  headTitle: string | null;
  heads: number;
  /** `needed` over the positions named "Phó " + the head's title; null when no head position is listed. */
  deputies: number | null;
  /** Leadership positions of other heads (trưởng phòng, trưởng khoa, their deputies…), not the unit's own. */
  otherLeaders: number;
}

export interface FromPositions {
  code: string;
  workforce: Workforce;
  /** Sum of `needed` over positions counted in the quota: civil servants for an agency, 0 for a PSU. */
  civilServants: number;
  /** Sum of `needed` over positions counted in the quota: state-paid public employees for a PSU, 0 for an agency. */
  publicEmployees: number;
  /** Sum of `needed` over positions held by labour contract. */
  contract: number;
  /** Sum of `present` over the positions, by staffing. */
  presentQuota: number;
  presentContract: number;
  /** How many counted positions take their staffing from the class default (marked M). */
  defaultedStaffing: number;
  leadership: Leadership;
  positions: number;
}

const isDeputy = (name: string) => exactKey(name).startsWith('phó ');

/** The unit's head and deputies among its leadership positions (see Leadership). */
export function leadershipOf(positions: readonly Position[]): Leadership {
  const leaders = positions.filter((p) => p.class === 'leadership');
  const head = leaders.find((p) => !isDeputy(p.name));
  if (!head)
    return { headTitle: null, heads: 0, deputies: null, otherLeaders: leaders.reduce((s, p) => s + p.needed, 0) };
  const headKey = exactKey(head.name);
  let heads = 0;
  let deputies = 0;
  let otherLeaders = 0;
  for (const p of leaders) {
    const k = exactKey(p.name);
    if (k === headKey) heads += p.needed;
    else if (k === `phó ${headKey}`) deputies += p.needed;
    else otherLeaders += p.needed;
  }
  return { headTitle: head.name, heads, deputies, otherLeaders };
}

/** What one unit's positions justify. */
export function deriveUnit(unit: Pick<Unit, 'code'> & StaffedUnit, positions: readonly Position[]): FromPositions {
  const workforce = workforceOf(unit);
  let quota = 0;
  let contract = 0;
  let presentQuota = 0;
  let presentContract = 0;
  let defaultedStaffing = 0;
  for (const p of positions) {
    if (p.staffing === 'quota') {
      quota += p.needed;
      presentQuota += p.present;
    } else {
      contract += p.needed;
      presentContract += p.present;
    }
    if (p.staffingDefaulted) defaultedStaffing++;
  }
  return {
    code: unit.code,
    workforce,
    civilServants: workforce === 'civil-servant' ? quota : 0,
    publicEmployees: workforce === 'public-employee' ? quota : 0,
    contract,
    presentQuota,
    presentContract,
    defaultedStaffing,
    leadership: leadershipOf(positions),
    positions: positions.length,
  };
}

/** Positions grouped by unit code, in the order given. */
export function positionsByUnit(positions: readonly Position[]): Map<string, Position[]> {
  const m = new Map<string, Position[]>();
  for (const p of positions) {
    const list = m.get(p.unitCode);
    if (list) list.push(p);
    else m.set(p.unitCode, [p]);
  }
  return m;
}

/** Every unit that has positions, with what they justify, in the units' order. */
export function deriveAll(units: readonly Unit[], positions: readonly Position[]): FromPositions[] {
  const byUnit = positionsByUnit(positions);
  return units.filter((u) => byUnit.has(u.code)).map((u) => deriveUnit(u, byUnit.get(u.code)!));
}
