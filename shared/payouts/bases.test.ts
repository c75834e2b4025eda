import { describe, expect, it } from 'vitest';
import { payoutBases } from './bases.ts';

describe('payoutBases', () => {
  it('cites an article once, as sure as its least sure part', () => {
    // Decree 154 early retirement, 36 months early, 18 years of insurance: the years-early part [C2]
    // and the 15–20-year insurance part [C2, weak] both rest on Art. 6.
    const bases = payoutBases([
      {
        reason: 'early-retirement',
        civilServants: 1,
        publicEmployees: 0,
        payout: { policy: '154', salary: 10_000_000, monthsEarly: 36, siYears: 18 },
      },
    ])!;
    const art6 = bases.sources.filter((s) => s.citation === 'Nghị định 154/2025/NĐ-CP, Điều 6');
    expect(art6).toEqual([{ citation: 'Nghị định 154/2025/NĐ-CP, Điều 6', confidence: 'C2', weak: true }]);
    expect(new Set(bases.sources.map((s) => s.citation)).size).toBe(bases.sources.length);
  });

  it('is null when no exit is paid', () => {
    expect(payoutBases([{ reason: 'retirement', civilServants: 2, publicEmployees: 0 }])).toBeNull();
  });
});
