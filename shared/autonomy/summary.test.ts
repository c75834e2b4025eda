import { describe, expect, it } from 'vitest';
import { directSupport, groupCounts, groups12Share, upgradeCheck, type GroupKey, type YearFigures } from './summary.ts';

const u = (code: string, group: GroupKey, revenue: number, spending: number, rate = 0): YearFigures => ({ code, sector: 'health', group, revenue: BigInt(revenue), spending: BigInt(spending), rateHundredths: rate });

describe('autonomy over the years', () => {
  it('counts units per group, the share in groups 1–2, and direct support', () => {
    const rows = [u('A', '1', 120, 100), u('B', '2', 100, 100), u('C', '3a', 80, 100), u('D', '4', 0, 50), u('E', '3c', 20, 100)];
    expect(groupCounts(rows)).toEqual({ '1': 1, '2': 1, '3a': 1, '3b': 0, '3c': 1, '4': 1 });
    expect(groups12Share(rows, 5, 20)).toEqual({ count: 2, share: 4000, met: true }); // 40,00%
    // Out of all PSUs, not only those with figures; decided exactly: 1 000 of 5 001 is 19,996% < 20%.
    expect(groups12Share(rows, 20, 20)).toEqual({ count: 2, share: 1000, met: false });
    expect(groups12Share(Array.from({ length: 1000 }, () => ({ group: '1' as const })), 5001, 20)).toEqual({ count: 1000, share: 1999, met: false });
    expect(directSupport(rows)).toBe(20n + 50n + 80n);
  });

  it('Art. 35.4: 30% of each group-3 band must move up a band, and support must fall 2.5% a year', () => {
    const start = [
      u('A1', '3a', 80, 100, 8000), u('A2', '3a', 90, 100, 9000), u('A3', '3a', 75, 100, 7500),
      u('B1', '3b', 50, 100, 5000), u('B2', '3b', 40, 100, 4000), u('B3', '3b', 60, 100, 6000),
      u('C1', '3c', 20, 100, 2000),
    ];
    const end = [
      u('A1', '2', 100, 100, 10000), u('A2', '3a', 95, 100, 9500), u('A3', '3a', 76, 100, 7600),
      u('B1', '3b', 60, 100, 6000), u('B2', '3b', 45, 100, 4500), u('B3', '3b', 65, 100, 6500),
      u('C1', '3b', 30, 100, 3000),
    ];
    const check = upgradeCheck(2022, start, 2026, end);
    expect(check.bands).toEqual([
      { band: '3a', units: 3, movedUp: 1, required: 1, met: true, candidates: [] },
      { band: '3b', units: 3, movedUp: 0, required: 1, met: false, candidates: ['B3'] },
      { band: '3c', units: 1, movedUp: 1, required: 1, met: true, candidates: [] },
    ]);
    // Support 20+10+25+50+60+40+80 = 285 → allowed 285 × 0,975⁴ = 257,5…; actual 0+5+24+40+55+35+70 = 229.
    expect(check.supportFrom).toBe(285n);
    expect(check.supportAllowed).toBe(257n);
    expect(check.supportTo).toBe(229n);
    expect(check.supportMet).toBe(true);
  });
});
