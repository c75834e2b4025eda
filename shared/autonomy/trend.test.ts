import { describe, expect, it } from 'vitest';
import { supportTrend } from './trend.ts';

const M = 1_000_000n; // one đồng in stored millionths
const row = (code: string, revenue: number, spending: number) => ({
  code,
  revenue: BigInt(revenue) * M,
  spending: BigInt(spending) * M,
});

describe('supportTrend', () => {
  it('gives each year its coverage and compares a year with the one before on the units with figures in both only', () => {
    // 2024: 3 of 3 units; 2025: only B has figures. the totals fall from 60 to 25, but B's own support rose from 20 to 25
    const trend = supportTrend(
      [
        { year: 2025, rows: [row('B', 5, 30)] },
        { year: 2024, rows: [row('A', 0, 30), row('B', 10, 30), row('C', 10, 20)] },
      ],
      3,
    );
    expect(trend.map((y) => [y.year, y.units, y.psus, y.complete, y.support])).toEqual([
      [2024, 3, 3, true, 60n * M],
      [2025, 1, 3, false, 25n * M],
    ]);
    expect(trend[0]!.change).toBeNull();
    // Not "down 58%" (60 → 25): B alone went from 20 to 25, up 25%.
    expect(trend[1]!.change).toEqual({ from: 2024, units: 1, before: 20n * M, after: 25n * M, hundredths: 2500 });
  });

  it('says no rate when the units compared had no support before, and none compared when no unit is in both years', () => {
    const trend = supportTrend(
      [
        { year: 2023, rows: [row('A', 40, 30)] },
        { year: 2024, rows: [row('A', 10, 30)] },
        { year: 2025, rows: [row('B', 10, 30)] },
      ],
      2,
    );
    expect(trend[1]!.change).toEqual({ from: 2023, units: 1, before: 0n, after: 20n * M, hundredths: null });
    expect(trend[2]!.change).toEqual({ from: 2024, units: 0, before: 0n, after: 0n, hundredths: null });
  });

  it('rounds the rate toward zero in hundredths of a percent', () => {
    const trend = supportTrend(
      [
        { year: 2024, rows: [row('A', 0, 3)] },
        { year: 2025, rows: [row('A', 0, 2)] },
      ],
      1,
    );
    expect(trend[1]!.change!.hundredths).toBe(-3333);
  });
});
