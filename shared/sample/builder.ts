/** Builds a sample's units: unique codes, and headcounts drawn from a seeded generator (illustrative). */
import type { Unit, UnitKind, Level, Sector } from '../model/unit.ts';
import { createRandom, type Random } from '../random.ts';

export interface Counts {
  csQ?: number;
  csA?: number;
  peQ?: number;
  peA?: number;
  self?: number;
  hd?: number;
  dep?: number;
}

export class Builder {
  readonly units: Unit[] = [];
  private readonly used = new Set<string>();
  readonly rng: Random;
  constructor(seed: number) {
    this.rng = createRandom(seed);
  }

  add(
    code: string,
    name: string,
    parent: string | null,
    kind: UnitKind,
    level: Level,
    sector: Sector,
    c: Counts = {},
  ): string {
    if (this.used.has(code)) throw new Error(`sample: duplicate code ${code}`);
    this.used.add(code);
    this.units.push({
      code,
      name,
      parentCode: parent,
      kind,
      level,
      sector,
      civilServantQuota: c.csQ ?? 0,
      civilServantActual: c.csA ?? 0,
      publicEmployeeQuota: c.peQ ?? 0,
      publicEmployeeActual: c.peA ?? 0,
      selfFundedEmployees: c.self ?? 0,
      contractWorkers: c.hd ?? 0,
      deputies: c.dep ?? 0,
      // Every unit of the sample has its head in post (illustrative).
      heads: 1,
    });
    return code;
  }

  /** Civil-servant headcount: quota in [min,max], actual a little below (sometimes above) it. */
  cs(min: number, max: number, dep: number): Counts {
    const q = this.rng.int(min, max);
    const a = Math.max(0, q - this.rng.int(0, 2) + (this.rng.chance(0.08) ? 2 : 0));
    return { csQ: q, csA: a, hd: this.rng.int(0, 2), dep };
  }

  /** PSU headcount: state-paid quota in [min,max], self-funded share, contracts. */
  pe(min: number, max: number, dep: number, selfShare = 0): Counts {
    const q = this.rng.int(min, max);
    const a = Math.max(0, q - this.rng.int(0, Math.max(1, Math.round(q * 0.08))) + (this.rng.chance(0.06) ? 3 : 0));
    return {
      peQ: q,
      peA: a,
      self: Math.round(q * selfShare * (0.6 + this.rng.next() * 0.8)),
      hd: this.rng.int(1, Math.max(2, Math.round(q / 12))),
      dep,
    };
  }
}

/** Two digits: 1 → "01". */
export const pad = (n: number): string => String(n).padStart(2, '0');
