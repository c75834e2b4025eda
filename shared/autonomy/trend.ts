/**
 * The trend of direct state-budget support (Σ B − A, summary.ts) over the years, said with how
 * complete each year is: a year's total adds only the units that have figures for it, so two years
 * with a different set of units are not compared on their totals. Each year's change from the year
 * before is measured on the same units: those with figures in both years.
 */
import type { Amount } from './amount.ts';
import { directSupport, type YearFigures } from './summary.ts';

export interface SupportChange {
  /** The year compared with (the previous year with figures). */
  from: number;
  /** Units with figures in both years: the change is theirs. */
  units: number;
  before: Amount;
  after: Amount;
  /** (after − before) / before in hundredths of a percent, rounded toward zero; null when before is 0. */
  hundredths: number | null;
}

export interface SupportYear {
  year: number;
  /** Units with figures in the year, out of `psus`. */
  units: number;
  psus: number;
  /** Every public service unit has figures for the year. */
  complete: boolean;
  support: Amount;
  /** Against the previous year with figures, on the units with figures in both; null for the first year. */
  change: SupportChange | null;
}

/** The years in order, each with its coverage and its change from the year before on the same units. */
export function supportTrend(
  years: ReadonlyArray<{ year: number; rows: readonly Pick<YearFigures, 'code' | 'revenue' | 'spending'>[] }>,
  psus: number,
): SupportYear[] {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  return sorted.map(({ year, rows }, i) => {
    const prev = sorted[i - 1];
    let change: SupportChange | null = null;
    if (prev) {
      const earlier = new Map(prev.rows.map((r) => [r.code, r]));
      const both = rows.filter((r) => earlier.has(r.code));
      const before = directSupport(both.map((r) => earlier.get(r.code)!));
      const after = directSupport(both);
      change = {
        from: prev.year,
        units: both.length,
        before,
        after,
        hundredths: before === 0n ? null : Number(((after - before) * 10000n) / before),
      };
    }
    return { year, units: rows.length, psus, complete: rows.length >= psus, support: directSupport(rows), change };
  });
}
