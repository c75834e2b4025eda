import { describe, expect, it } from 'vitest';
import { calculatePayout, halfYears, PayoutError, type PayoutInput } from './calculate.ts';
import { PAYOUT_POLICIES, policiesInForce, policyById } from './policies.ts';

const p178 = policyById('178')!;
const p154 = policyById('154')!;
const S = 15_356_250; // MoHA 1814: (4,65 + 0,6) × 2.340.000 × 1,25
const M = 1_000_000;
const refused = (fn: () => unknown, key: string) => {
  try {
    fn();
    expect.unreachable();
  } catch (err) {
    expect(err).toBeInstanceOf(PayoutError);
    expect((err as PayoutError).key).toBe(key);
  }
};
const early = (input: Partial<PayoutInput> & { monthsEarly: number; siMonths: number }, policy = p178) =>
  calculatePayout(policy, 'early-retirement', { salary: M, ...input });
const resign = (input: Partial<PayoutInput> & { monthsEarly: number; siMonths: number }, policy = p178) =>
  calculatePayout(policy, 'resignation', { salary: M, ...input });
const months = (r: { parts: Array<{ key: string; months: number }> }) => r.parts.map((x) => [x.key, x.months]);

describe('payouts under Decree 178/2024 (Decree 67/2025, Circular 01/2025)', () => {
  it('the MoHA 1814 worked example comes out exact: 30 × S + 12,5 × S + 6 × S = 744.778.125 đồng', () => {
    const r = calculatePayout(p178, 'early-retirement', { salary: S, monthsEarly: 30, siMonths: 22 * 12 });
    expect(r.parts.map((x) => [x.key, x.months, x.amount, x.confidence])).toEqual([
      ['pay.perMonthEarly', 30, 460_687_500, 'C'],
      ['pay.perYearEarly', 12.5, 191_953_125, 'C'],
      ['pay.siYears', 6, 92_137_500, 'C'],
    ]);
    expect(r.total).toBe(744_778_125);
    expect(r.parts.every((p) => p.citation.includes('Thông tư 01/2025/TT-BNV'))).toBe(true);
  });

  it('counts a remainder of 1–6 months as half a year and more as a whole year (Art. 5)', () => {
    expect([0, 12, 13, 18, 19, 23, 24].map((m) => halfYears(m, p178.time))).toEqual([0, 2, 3, 3, 4, 4, 4]);
  });

  it('more than 5 to 10 years early: one-time 0,9 (0,45) × 60 months, but 4 months × the ACTUAL years early (Circular 01 Art. 4.2)', () => {
    // 96 months = 8 years: 54; 4 × 8 = 32 (not 4 × 5); 5 + 0,5 × 5 = 7,5.
    expect(months(early({ monthsEarly: 96, siMonths: 25 * 12 }))).toEqual([
      ['pay.perMonthEarly', 54],
      ['pay.perYearEarly', 32],
      ['pay.siYears', 7.5],
    ]);
    expect(early({ monthsEarly: 96, siMonths: 25 * 12, after12Months: true }).parts[0]).toMatchObject({
      months: 27,
      amount: 27_000_000,
    });
    // The 60/61-month boundary: 1,0 × 60 and 5 × 5; then 0,9 × 60 and 4 × 5,5.
    expect(months(early({ monthsEarly: 60, siMonths: 20 * 12 }))).toEqual([
      ['pay.perMonthEarly', 60],
      ['pay.perYearEarly', 25],
      ['pay.siYears', 5],
    ]);
    expect(months(early({ monthsEarly: 61, siMonths: 20 * 12 }))).toEqual([
      ['pay.perMonthEarly', 54],
      ['pay.perYearEarly', 22],
      ['pay.siYears', 5],
    ]);
    expect(months(early({ monthsEarly: 120, siMonths: 20 * 12 }))).toEqual([
      ['pay.perMonthEarly', 54],
      ['pay.perYearEarly', 40],
      ['pay.siYears', 5],
    ]);
    refused(() => early({ monthsEarly: 121, siMonths: 300 }), 'err.payoutMonthsEarly');
    // The insurance allowance of this group is Circular 01 Art. 4.2.c (4.1.c is the 2–5-year group's).
    expect(early({ monthsEarly: 96, siMonths: 25 * 12 }).parts[2]!.citation).toBe(
      'Thông tư 01/2025/TT-BNV, Điều 4 khoản 2 điểm c',
    );
    expect(early({ monthsEarly: 60, siMonths: 25 * 12 }).parts[2]!.citation).toBe(
      'Thông tư 01/2025/TT-BNV, Điều 4 khoản 1 điểm c',
    );
  });

  it('under 2 years early: only the one-time allowance, × 1,0 even from month 13 (Circular 01 Art. 4.3, primary text; the halving reading is a notice), no per-year or insurance allowance', () => {
    const r = early({ monthsEarly: 23, siMonths: 30 * 12 });
    expect(months(r)).toEqual([['pay.perMonthEarly', 23]]);
    expect(r.notices).toEqual([]);
    const late = early({ monthsEarly: 18, siMonths: 20 * 12, after12Months: true });
    expect(late.parts.map((x) => [x.key, x.months, x.confidence])).toEqual([['pay.perMonthEarly', 18, 'C']]);
    expect(late.notices.map((x) => x.key)).toEqual(['pay.noteUnder2After12']);
    // From 24 months the per-year and insurance allowances start.
    expect(months(early({ monthsEarly: 24, siMonths: 30 * 12 }))).toEqual([
      ['pay.perMonthEarly', 24],
      ['pay.perYearEarly', 10],
      ['pay.siYears', 10],
    ]);
  });

  it('insurance allowance: 15 to under 20 years = 4 months + 0,5 a year from year 16 (Decree 67, C2); from 20 years 5 + 0,5 × (n − 20)', () => {
    const si = (years: number) =>
      early({ monthsEarly: 36, siMonths: Math.round(years * 12) }).parts.find((p) => p.key === 'pay.siYears')!;
    expect(si(15)).toMatchObject({ months: 4, confidence: 'C2' });
    expect(si(17.5)).toMatchObject({ months: 5.25, confidence: 'C2' });
    expect(si(19.5)).toMatchObject({ months: 6.25 });
    expect(si(20)).toMatchObject({ months: 5, confidence: 'C' });
    expect(si(22)).toMatchObject({ months: 6 });
    // 14 years 6 months is 14,5 years: no pension yet.
    refused(() => early({ monthsEarly: 30, siMonths: 14 * 12 + 6 }), 'err.payoutSiYears');
  });

  it('Art. 7a (quality-based downsizing): Art. 7.2 plus 1,0 × months early when leaving within 12 months of 15/03/2025, 0,5 after', () => {
    const at = (month: number, year: number, monthsEarly = 96) =>
      early({ monthsEarly, siMonths: 25 * 12, group: 'downsizing', leaveFrom: { year, month } });
    expect(months(at(3, 2026))).toEqual([
      ['pay.perMonthEarly', 96],
      ['pay.perYearEarly', 32],
      ['pay.siYears', 7.5],
    ]);
    expect(at(3, 2026).parts[0]).toMatchObject({ confidence: 'C2', citation: 'Nghị định 67/2025/NĐ-CP, Điều 7a' });
    expect(months(at(4, 2026))[0]).toEqual(['pay.perMonthEarly', 48]);
    // Under 2 years: the group's one-time allowance only.
    expect(months(at(5, 2025, 20))).toEqual([['pay.perMonthEarly', 20]]);
  });

  it('Art. 7b (cán bộ not re-elected): Art. 7.2 plus 1,0 × months early, never halved', () => {
    const r = early({ monthsEarly: 30, siMonths: 22 * 12, group: 'not-re-elected', after12Months: true });
    expect(months(r)).toEqual([
      ['pay.perMonthEarly', 30],
      ['pay.perYearEarly', 12.5],
      ['pay.siYears', 6],
    ]);
    refused(() => early({ monthsEarly: 30, siMonths: 22 * 12, group: 'not-re-elected' }, p154), 'err.payoutGroup');
  });

  it('on the Appendix II (lower) ages early retirement goes up to 5 years only (Art. 7.2.c, đ)', () => {
    expect(early({ monthsEarly: 60, siMonths: 20 * 12, lowerAge: true }).total).toBe(90 * M);
    refused(() => early({ monthsEarly: 61, siMonths: 20 * 12, lowerAge: true }), 'err.payoutLowerAge');
  });

  it('resignation of a cán bộ, công chức (Art. 9): severance 0,8 × insurance months (cap 60, marked M) + 1,5 a year + 3 months to look for work', () => {
    const r = resign({ monthsEarly: 150, siMonths: 10 * 12 + 7, category: 'cong-chuc' });
    // 60 months capped × 0,8 = 48; 11 years (7 months → a whole year) × 1,5 = 16,5; 3.
    expect(r.parts.map((x) => [x.key, x.months, x.confidence])).toEqual([
      ['pay.severance', 48, 'M'],
      ['pay.perSiYear', 16.5, 'C'],
      ['pay.jobSearch', 3, 'C'],
    ]);
    expect(r.total).toBe(67_500_000);
    expect(r.notices.map((x) => x.key)).toEqual(['pay.noteSeveranceMonths']);
    // Each part cites Art. 9 and Circular 01 Art. 5 only (Art. 10 is the viên chức's).
    expect(r.parts.map((x) => x.citation)).toEqual([
      'Nghị định 178/2024/NĐ-CP, Điều 9 khoản 1; Thông tư 01/2025/TT-BNV, Điều 5 khoản 1; Nghị định 178/2024/NĐ-CP, Điều 5 khoản 2',
      'Nghị định 178/2024/NĐ-CP, Điều 9 khoản 2; Thông tư 01/2025/TT-BNV, Điều 5 khoản 2',
      'Nghị định 178/2024/NĐ-CP, Điều 9 khoản 4; Thông tư 01/2025/TT-BNV, Điều 5 khoản 3',
    ]);
    expect(
      resign({ monthsEarly: 150, siMonths: 36, after12Months: true, category: 'cong-chuc' }).parts[0],
    ).toMatchObject({ months: 14.4, amount: 14_400_000 });
  });

  it('resignation of a viên chức or worker (Art. 10): no job-search allowance, unemployment insurance said instead', () => {
    for (const category of ['vien-chuc', 'nguoi-lao-dong'] as const) {
      const r = resign({ monthsEarly: 150, siMonths: 10 * 12 + 7, category });
      expect(months(r)).toEqual([
        ['pay.severance', 48],
        ['pay.perSiYear', 16.5],
      ]);
      expect(r.notices.map((x) => x.key)).toEqual(['pay.noteSeveranceMonths', 'pay.noteUnemployment']);
      // Cited by Art. 10 and Circular 01 Art. 6 only, never Art. 9.
      expect(r.parts.map((x) => x.citation)).toEqual([
        'Nghị định 178/2024/NĐ-CP, Điều 10 khoản 1; Thông tư 01/2025/TT-BNV, Điều 6 khoản 1; Nghị định 178/2024/NĐ-CP, Điều 5 khoản 2',
        'Nghị định 178/2024/NĐ-CP, Điều 10 khoản 2; Thông tư 01/2025/TT-BNV, Điều 6 khoản 2',
      ]);
    }
  });

  it('refuses resignation without a category, under 2 years to the age, or to anyone who qualifies for early retirement (Art. 7)', () => {
    refused(() => resign({ monthsEarly: 150, siMonths: 36 }), 'err.payoutCategory');
    refused(() => resign({ monthsEarly: 23, siMonths: 36, category: 'cong-chuc' }), 'err.payoutResignation');
    expect(resign({ monthsEarly: 24, siMonths: 36, category: 'cong-chuc' }).total).toBeGreaterThan(0);
    // 2 to 10 years to the age with a pension's 15 years of insurance: early retirement, not resignation.
    refused(() => resign({ monthsEarly: 24, siMonths: 15 * 12, category: 'vien-chuc' }), 'err.payoutEarlyEligible');
    refused(() => resign({ monthsEarly: 120, siMonths: 20 * 12, category: 'cong-chuc' }), 'err.payoutEarlyEligible');
    expect(resign({ monthsEarly: 121, siMonths: 20 * 12, category: 'cong-chuc' }).total).toBeGreaterThan(0);
    expect(resign({ monthsEarly: 60, siMonths: 14 * 12, category: 'cong-chuc' }).total).toBeGreaterThan(0);
    // On the Appendix II ages, early retirement stops at 5 years: at 61 months resignation is open.
    expect(resign({ monthsEarly: 61, siMonths: 20 * 12, category: 'cong-chuc', lowerAge: true }).total).toBeGreaterThan(
      0,
    );
  });

  it('rounds each part to whole đồng half up, and refuses numbers that are not whole', () => {
    // 0,4 × 1 month × 1.234.567 = 493.826,8 → 493.827.
    expect(
      calculatePayout(p178, 'resignation', {
        salary: 1_234_567,
        monthsEarly: 200,
        siMonths: 1,
        after12Months: true,
        category: 'cong-chuc',
      }).parts[0],
    ).toMatchObject({ amount: 493_827 });
    refused(
      () => calculatePayout(p178, 'resignation', { salary: 1.5, monthsEarly: 200, siMonths: 1, category: 'cong-chuc' }),
      'err.payoutNumber',
    );
  });
});

describe('payouts under Decree 154/2025', () => {
  it('early retirement 2–5 years: 5 months a year early, insurance 5 months (+0,5 a year beyond 20, C2 weak); no one-time allowance', () => {
    const r = calculatePayout(p154, 'early-retirement', { salary: S, monthsEarly: 30, siMonths: 22 * 12 });
    expect(r.parts.map((x) => [x.key, x.months, x.confidence, x.weak ?? false])).toEqual([
      ['pay.perYearEarly', 12.5, 'C2', false],
      ['pay.siYears', 6, 'C2', true],
    ]);
    expect(r.total).toBe(191_953_125 + 92_137_500);
    expect(months(early({ monthsEarly: 24, siMonths: 17 * 12 }, p154))).toEqual([
      ['pay.perYearEarly', 10],
      ['pay.siYears', 5],
    ]);
    refused(() => early({ monthsEarly: 61, siMonths: 300 }, p154), 'err.payoutMonthsEarly');
  });

  it('under 2 years early: the group exists but its benefits are unverified, so no amount is asserted', () => {
    refused(() => early({ monthsEarly: 23, siMonths: 300 }, p154), 'err.payoutUnder2Unverified');
  });

  it('resignation only before the retirement age and when not eligible for its early retirement: 3 months + 1,5 a year', () => {
    expect(months(resign({ monthsEarly: 70, siMonths: 5 * 12 + 1 }, p154))).toEqual([
      ['pay.perSiYear', 8.25],
      ['pay.jobSearch', 3],
    ]);
    refused(() => resign({ monthsEarly: 0, siMonths: 60 }, p154), 'err.payoutResignation');
    refused(() => resign({ monthsEarly: 30, siMonths: 20 * 12 }, p154), 'err.payoutEarlyEligible');
    expect(resign({ monthsEarly: 30, siMonths: 10 * 12 }, p154).total).toBe(18 * M);
    // Under 2 years the unverified group may apply: said, not asserted.
    expect(resign({ monthsEarly: 12, siMonths: 10 * 12 }, p154).notices.map((x) => x.key)).toEqual([
      'pay.note154Under2',
    ]);
  });

  it('resignation after vocational training: 3 months + 1 month a year (C2 weak), the training months and the age limit said, not computed', () => {
    const r = resign({ monthsEarly: 200, siMonths: 10 * 12, afterTraining: true }, p154);
    expect(r.parts.map((x) => [x.key, x.months, x.weak])).toEqual([
      ['pay.trainingLeaving', 3, true],
      ['pay.trainingPerSiYear', 10, true],
    ]);
    expect(r.notices).toEqual([{ key: 'pay.noteTraining', params: { age: 45 } }]);
    refused(
      () => resign({ monthsEarly: 200, siMonths: 120, afterTraining: true, category: 'cong-chuc' }),
      'err.payoutTraining',
    );
  });
});

describe('payout policies', () => {
  it('carry their dates: both in force in July 2025, only Decree 154 from September 2025', () => {
    expect(policiesInForce('2025-07-01').map((p) => p.short)).toEqual(['178', '154']);
    expect(policiesInForce('2025-09-01').map((p) => p.short)).toEqual(['154']);
    expect(PAYOUT_POLICIES.every((p) => p.citation.length > 10)).toBe(true);
  });
});
