/**
 * Financial autonomy of a public service unit under Decree 60/2021/NĐ-CP (Art. 9, 10):
 * self-financing rate = A / B × 100% (A: revenue counted, B: recurrent spending), and the group:
 *   1: rate ≥ 100% and investment self-financing ≥ depreciation of fixed assets;
 *   2: rate ≥ 100% otherwise;
 *   3: 10% ≤ rate < 100%, band a (70–<100%), b (30–<70%), c (10–<30%);
 *   4: rate < 10%, or no revenue.
 * Every comparison is made on exact integers (A × 10 ≥ B × 7 …), never on a rounded rate.
 */
import type { Amount } from './amount.ts';

export type AutonomyGroup = 1 | 2 | 3 | 4;
export type Band = 'a' | 'b' | 'c';

export interface AutonomyFigures {
  /** A: total revenue counted (Art. 10/11). */
  revenue: Amount;
  /** B: total recurrent spending (Art. 12); must be > 0. */
  spending: Amount;
  /** Funds the unit provides for investment spending; undefined: none. */
  investmentFunding?: Amount;
  /** Annual depreciation / wear of fixed assets; undefined: none reported. */
  depreciation?: Amount;
}

export interface AutonomyClass {
  group: AutonomyGroup;
  band: Band | null;
  /** The rate in hundredths of a percent, rounded half up (for display only: 9999 = 99,99%). */
  rateHundredths: number;
  /**
   * How group 1 was read when it was in question: `zeroInvestment` when the rate reaches 100% but
   * investment funding and depreciation are both zero (or not given). Art. 9.1.a literally holds
   * (0 ≥ 0), but nothing is spent on investment, so TinhGon reads the unit as not self-financing
   * investment (group 2) and says so on screen; the competent body decides.
   */
  reading?: 'zeroInvestment';
}

export type ClassifyProblem = 'spendingNotPositive' | 'negativeAmount';

/**
 * The rate in hundredths of a percent, rounded down: for display only, and never showing a unit
 * above a threshold it does not reach (99,996% shows as 99,99%, not 100,00%).
 */
export function rateHundredths(revenue: Amount, spending: Amount): number {
  return Number((revenue * 10000n) / spending);
}

export function classifyAutonomy(f: AutonomyFigures): AutonomyClass | { problem: ClassifyProblem } {
  if (f.spending <= 0n) return { problem: 'spendingNotPositive' };
  for (const v of [f.revenue, f.investmentFunding, f.depreciation])
    if (v !== undefined && v < 0n) return { problem: 'negativeAmount' };
  const A = f.revenue;
  const B = f.spending;
  const rate = rateHundredths(A, B);
  if (A >= B) {
    // Group 1 also self-finances investment: some investment funding (an empty cell is none),
    // at least equal to the depreciation of its fixed assets.
    const invest = f.investmentFunding ?? 0n;
    const investsEnough = invest > 0n && invest >= (f.depreciation ?? 0n);
    const bothZero = invest === 0n && (f.depreciation ?? 0n) === 0n;
    return {
      group: investsEnough ? 1 : 2,
      band: null,
      rateHundredths: rate,
      ...(bothZero ? { reading: 'zeroInvestment' as const } : {}),
    };
  }
  if (A === 0n || A * 10n < B) return { group: 4, band: null, rateHundredths: rate };
  const band: Band = A * 10n >= B * 7n ? 'a' : A * 10n >= B * 3n ? 'b' : 'c';
  return { group: 3, band, rateHundredths: rate };
}

/** "1".."4", "3a"/"3b"/"3c" (any case, spaces ignored); undefined for empty, null for anything else. */
export function parseAssignedGroup(text: string): { group: AutonomyGroup; band: Band | null } | null | undefined {
  const s = text.replace(/\s+/g, '').toLowerCase().replace(/^nhóm/, '');
  if (s === '') return undefined;
  const m = /^([1-4])([abc])?$/.exec(s);
  if (!m || (m[2] && m[1] !== '3')) return null;
  return { group: Number(m[1]) as AutonomyGroup, band: (m[2] as Band | undefined) ?? null };
}

/** An assigned group differs from the computed one (a band given must match too). */
export function isMismatch(
  computed: AutonomyClass,
  assigned: { group: AutonomyGroup; band: Band | null } | null,
): boolean {
  if (!assigned) return false;
  if (assigned.group !== computed.group) return true;
  return assigned.band !== null && assigned.band !== computed.band;
}
