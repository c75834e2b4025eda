import { describe, expect, it } from 'vitest';
import { cutSummary } from './cut-summary.ts';
import type { UnitFigures } from './figures.ts';

const own = (civilServantQuota: number): UnitFigures => ({
  total: { civilServantQuota } as UnitFigures['total'],
  own: { civilServantQuota, publicEmployeeQuota: 0 } as UnitFigures['own'],
  subordinates: 0,
});
const unit = (before: number) => ({ before: own(before), after: own(Math.floor((before * 90) / 100)) });

describe('a 10% quota cut, each unit rounded down', () => {
  it('totals the cut over the scope (more than 10% once rounded) and lists the units cut far beyond it', () => {
    const s = cutSummary(10, ['civilServantQuota'], { A: unit(94), B: unit(3), C: unit(12), D: unit(15), E: unit(0) });
    // 94 → 84, 3 → 2, 12 → 10, 15 → 13: 15 of 124 (12,1%).
    expect(s.fields).toEqual([{ field: 'civilServantQuota', before: 124, cut: 15, pct: (15 * 100) / 124 }]);
    expect(s.sharp.map((r) => `${r.code} ${r.before}→${r.after}`)).toEqual(['B 3→2', 'C 12→10']);
  });
});
