import { describe, expect, it } from 'vitest';
import { directSupport, groupCounts, groups12Share, upgradeCheck, type GroupKey, type YearFigures } from './summary.ts';

const u = (code: string, group: GroupKey, revenue: number, spending: number, rate = 0): YearFigures => ({
  code,
  sector: 'health',
  group,
  revenue: BigInt(revenue),
  spending: BigInt(spending),
  rateHundredths: rate,
});

describe('autonomy over the years', () => {
  it('counts units per group, the share in groups 1–2, and direct support', () => {
    const rows = [
      u('A', '1', 120, 100),
      u('B', '2', 100, 100),
      u('C', '3a', 80, 100),
      u('D', '4', 0, 50),
      u('E', '3c', 20, 100),
    ];
    expect(groupCounts(rows)).toEqual({ '1': 1, '2': 1, '3a': 1, '3b': 0, '3c': 1, '4': 1 });
    expect(groups12Share(rows, 5, 20)).toEqual({ count: 2, share: 4000, met: true }); // 40,00%
    // Out of all PSUs, not only those with figures; decided exactly: 1 000 of 5 001 is 19,996% < 20%.
    expect(groups12Share(rows, 20, 20)).toEqual({ count: 2, share: 1000, met: false });
    expect(
      groups12Share(
        Array.from({ length: 1000 }, () => ({ group: '1' as const })),
        5001,
        20,
      ),
    ).toEqual({ count: 1000, share: 1999, met: false });
    expect(directSupport(rows)).toBe(20n + 50n + 80n);
  });

  it('Art. 35.4: 30% of each group-3 band must move up a band, and support must fall 2.5% a year', () => {
    const start = [
      u('A1', '3a', 80, 100, 8000),
      u('A2', '3a', 90, 100, 9000),
      u('A3', '3a', 75, 100, 7500),
      u('B1', '3b', 50, 100, 5000),
      u('B2', '3b', 40, 100, 4000),
      u('B3', '3b', 60, 100, 6000),
      u('C1', '3c', 20, 100, 2000),
    ];
    const end = [
      u('A1', '2', 100, 100, 10000),
      u('A2', '3a', 95, 100, 9500),
      u('A3', '3a', 76, 100, 7600),
      u('B1', '3b', 60, 100, 6000),
      u('B2', '3b', 45, 100, 4500),
      u('B3', '3b', 65, 100, 6500),
      u('C1', '3b', 30, 100, 3000),
    ];
    const check = upgradeCheck(2022, start, 2026, end);
    expect(
      check.bands.map(({ band, units, movedUp, required, met, candidates }) => ({
        band,
        units,
        movedUp,
        required,
        met,
        candidates,
      })),
    ).toEqual([
      { band: '3a', units: 3, movedUp: 1, required: 1, met: true, candidates: [] },
      { band: '3b', units: 3, movedUp: 0, required: 1, met: false, candidates: ['B3'] },
      { band: '3c', units: 1, movedUp: 1, required: 1, met: true, candidates: [] },
    ]);
    // Support per band, each allowed × 0,975⁴: 3a 20+10+25 = 55 → 49 allowed, 0+5+24 = 29; 3b 50+60+40 = 150 → 135, 40+55+35 = 130; 3c 80 → 72, 70.
    expect(check.bands.map((b) => [b.supportFrom, b.supportAllowed, b.supportTo, b.supportMet])).toEqual([
      [55n, 49n, 29n, true],
      [150n, 135n, 130n, true],
      [80n, 72n, 70n, true],
    ]);
    expect(check.supportMet).toBe(true);
  });

  it('Art. 35.4 cuts support band by band: a band whose support did not fall fails even when the total fell enough', () => {
    // 3a: 100 → 0 (moved to group 2); 3c: 100 → 100. Together 200 → 100 is −50% (the old check: met), but 3c did not fall.
    const start = [u('A', '3a', 900, 1000, 9000), u('C', '3c', 200, 300, 6666)];
    const end = [u('A', '2', 1000, 1000, 10000), u('C', '3c', 200, 300, 6666)];
    const check = upgradeCheck(2022, start, 2026, end);
    expect(check.bands.find((b) => b.band === '3a')).toMatchObject({
      supportFrom: 100n,
      supportTo: 0n,
      supportMet: true,
    });
    expect(check.bands.find((b) => b.band === '3c')).toMatchObject({
      supportFrom: 100n,
      supportTo: 100n,
      supportAllowed: 90n,
      supportMet: false,
    });
    expect(check.supportMet).toBe(false);
  });
});
