import { describe, expect, it } from 'vitest';
import { calculatePayout, halfYears, PayoutError } from './calculate.ts';
import { PAYOUT_POLICIES, policiesInForce, policyById } from './policies.ts';

const p178 = policyById('178')!;
const p154 = policyById('154')!;
const S = 15_356_250; // MoHA 1814: (4,65 + 0,6) × 2.340.000 × 1,25
const refused = (fn: () => unknown, key: string) => {
  try {
    fn();
    expect.unreachable();
  } catch (err) {
    expect(err).toBeInstanceOf(PayoutError);
    expect((err as PayoutError).key).toBe(key);
  }
};

describe('payouts', () => {
  it('the MoHA 1814 worked example under Decree 178 comes out exact: 30 × S + 12,5 × S + 6 × S = 744.778.125 đồng', () => {
    const r = calculatePayout(p178, 'early-retirement', { salary: S, monthsEarly: 30, siMonths: 22 * 12 });
    expect(r.parts.map((x) => [x.key, x.months, x.amount])).toEqual([
      ['pay.perMonthEarly', 30, 460_687_500],
      ['pay.perYearEarly', 12.5, 191_953_125],
      ['pay.siYears', 6, 92_137_500],
    ]);
    expect(r.total).toBe(744_778_125);
  });

  it('counts a remainder of 1–6 months as half a year and more as a whole year (Art. 5)', () => {
    expect([0, 12, 13, 18, 19, 23, 24].map((m) => halfYears(m, p178.time))).toEqual([0, 2, 3, 3, 4, 4, 4]);
  });

  it('caps months early at 60 and uses the 0,9 × 60 rate beyond 5 years; half rates from the 13th month', () => {
    const eight = calculatePayout(p178, 'early-retirement', { salary: 10_000_000, monthsEarly: 96, siMonths: 25 * 12 });
    // 0,9 × 60 = 54 months; 4 months × 5 years (capped); 5 + 5 × 0,5 = 7,5 months.
    expect(eight.parts.map((x) => x.months)).toEqual([54, 20, 7.5]);
    const late = calculatePayout(p178, 'early-retirement', { salary: 10_000_000, monthsEarly: 96, siMonths: 25 * 12, after12Months: true });
    expect(late.parts[0]).toMatchObject({ months: 27, amount: 270_000_000 });
    const short = calculatePayout(p178, 'early-retirement', { salary: 10_000_000, monthsEarly: 18, siMonths: 20 * 12, after12Months: true });
    // Under 2 years: no per-year allowance; 0,5 × 18 = 9 months.
    expect(short.parts.map((x) => [x.key, x.months])).toEqual([['pay.perMonthEarly', 9], ['pay.siYears', 5]]);
    refused(() => calculatePayout(p178, 'early-retirement', { salary: 1, monthsEarly: 121, siMonths: 300 }), 'err.payoutMonthsEarly');
    refused(() => calculatePayout(p178, 'early-retirement', { salary: 1, monthsEarly: 30, siMonths: 14 * 12 + 6 }), 'err.payoutSiYears');
  });

  it('resignation under Decree 178: 0,8 × insurance months (at most 60) + 1,5 months per year + 3 months', () => {
    const r = calculatePayout(p178, 'resignation', { salary: 10_000_000, monthsEarly: 120, siMonths: 10 * 12 + 7 });
    // 60 months capped × 0,8 = 48; 11 years (7 months → a whole year) × 1,5 = 16,5; 3.
    expect(r.parts.map((x) => [x.key, x.months])).toEqual([['pay.severance', 48], ['pay.perSiYear', 16.5], ['pay.jobSearch', 3]]);
    expect(r.total).toBe(675_000_000);
    expect(calculatePayout(p178, 'resignation', { salary: 10_000_000, monthsEarly: 120, siMonths: 36, after12Months: true }).parts[0]).toMatchObject({ months: 14.4, amount: 144_000_000 });
    refused(() => calculatePayout(p178, 'resignation', { salary: 1, monthsEarly: 23, siMonths: 36 }), 'err.payoutResignation');
  });

  it('Decree 154: 5 months per year early (2–5 years only), insurance 5 months (+0,5 a year beyond 20); resignation 3 + 1,5 a year', () => {
    const r = calculatePayout(p154, 'early-retirement', { salary: S, monthsEarly: 30, siMonths: 22 * 12 });
    expect(r.parts.map((x) => [x.key, x.months])).toEqual([['pay.perYearEarly', 12.5], ['pay.siYears', 6]]);
    expect(r.total).toBe(191_953_125 + 92_137_500);
    expect(calculatePayout(p154, 'early-retirement', { salary: 1_000_000, monthsEarly: 24, siMonths: 17 * 12 }).parts.map((x) => x.months)).toEqual([10, 5]);
    refused(() => calculatePayout(p154, 'early-retirement', { salary: 1, monthsEarly: 23, siMonths: 300 }), 'err.payoutMonthsEarly');
    refused(() => calculatePayout(p154, 'early-retirement', { salary: 1, monthsEarly: 61, siMonths: 300 }), 'err.payoutMonthsEarly');
    expect(calculatePayout(p154, 'resignation', { salary: 1_000_000, monthsEarly: 0, siMonths: 5 * 12 + 1 }).parts.map((x) => x.months)).toEqual([8.25, 3]);
  });

  it('rounds each part to whole đồng half up, and refuses numbers that are not whole', () => {
    // 0,4 × 1 month × 1.234.567 = 493.826,8 → 493.827.
    expect(calculatePayout(p178, 'resignation', { salary: 1_234_567, monthsEarly: 100, siMonths: 1, after12Months: true }).parts[0]).toMatchObject({ amount: 493_827 });
    refused(() => calculatePayout(p178, 'resignation', { salary: 1.5, monthsEarly: 100, siMonths: 1 }), 'err.payoutNumber');
  });

  it('policies carry their dates: both in force in July 2025, only Decree 154 from September 2025', () => {
    expect(policiesInForce('2025-07-01').map((p) => p.short)).toEqual(['178', '154']);
    expect(policiesInForce('2025-09-01').map((p) => p.short)).toEqual(['154']);
    expect(PAYOUT_POLICIES.every((p) => p.citation.length > 10)).toBe(true);
  });
});
