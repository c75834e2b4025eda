import { describe, expect, it } from 'vitest';
import { allPeriods } from './base-salary.ts';
import { parseLeaveMonth, proposalResult, proposalTotals, type Proposal } from './proposals.ts';
import type { StoredPerson } from './person-rows.ts';

// The MoHA Official Letter 1814 example: born 15/01/1966, (4,65 + 0,6) × 2.340.000 × 1,25 = 15.356.250 đồng,
// leaves from 05/2025 (statutory pension from 11/2027: 30 months early), 22 years of insurance (05/2003–04/2025).
const thuong: StoredPerson = {
  id: 1,
  fullName: 'Nguyễn Văn Thường',
  employeeId: 'NS01',
  unitCode: 'SYT',
  unit: { code: 'SYT', name: 'Sở Y tế' },
  sex: 'male',
  birth: { year: 1966, month: 1, day: 15 },
  category: 'civil_servant',
  salary: { kind: 'coefficients', coefficient: 4650, leadership: 600, otherAllowances: 0, publicDuty: 2500 },
  insuranceFrom: { year: 2003, month: 5 },
};
const periods = allPeriods([]);
const propose = (p: Partial<Proposal> = {}): Proposal => ({
  personId: 1,
  case: 'early-retirement',
  policy: '178',
  leaveFrom: { year: 2025, month: 5 },
  within12: true,
  group: 'restructuring',
  afterTraining: false,
  ...p,
});

describe('a proposed person’s payout', () => {
  it('gives the MoHA worked example exactly, from the person’s own salary, birth month, sex and insurance start', () => {
    const r = proposalResult(thuong, propose(), periods);
    expect(r).toMatchObject({
      salary: 15_356_250,
      monthsEarly: 30,
      siMonths: 264,
      year: 2025,
      leaveFrom: '05/2025',
      refusal: null,
      notices: [],
    });
    expect(r.baseSalary).toEqual({
      amount: 2_340_000,
      from: '01/07/2024',
      citation: 'Nghị định 73/2024/NĐ-CP (đến hết 30/06/2026)',
    });
    expect(r.payout!.parts.every((p) => p.confidence === 'C')).toBe(true);
    expect([r.policyConfidence, r.lowerRetirementAge, r.group]).toEqual(['C2', false, 'restructuring']);
    expect(r.payout!.parts.map((p) => [p.key, p.months, p.amount])).toEqual([
      ['pay.perMonthEarly', 30, 460_687_500],
      ['pay.perYearEarly', 12.5, 191_953_125],
      ['pay.siYears', 6, 92_137_500],
    ]);
    expect(r.payout!.total).toBe(744_778_125);
  });
  it('halves the Decree 178 monthly allowance from the 13th month, and counts the insurance months to the leaving month', () => {
    const late = proposalResult(thuong, propose({ within12: false, leaveFrom: { year: 2025, month: 8 } }), periods);
    // 27 months early (2 years 3 months: 2,5 years), 22 years 3 months of insurance (a remainder of 3 months is half a year).
    expect([late.monthsEarly, late.siMonths]).toEqual([27, 267]);
    expect(late.payout!.parts.map((p) => p.months)).toEqual([13.5, 12.5, 6.25]);
    expect(late.payout!.total).toBe(Math.round(15_356_250 * 32.25));
  });
  it('gives no Decree 178 figure for a leaving month after its lump sums ended (31/08/2025), and names Decree 154 instead', () => {
    const late = proposalResult(thuong, propose({ leaveFrom: { year: 2025, month: 11 } }), periods);
    expect(late.payout).toBeNull();
    expect(late.refusal).toEqual({
      key: 'err.proposalOutOfForce',
      params: expect.objectContaining({
        from: '01/01/2025',
        to: '31/08/2025',
        leave: '11/2025',
        inForce: 'Nghị định 154/2025/NĐ-CP về tinh giản biên chế',
      }),
    });
    // Nor before it began; nothing else was in force in 2024.
    expect(proposalResult(thuong, propose({ leaveFrom: { year: 2024, month: 12 } }), periods).refusal).toMatchObject({
      key: 'err.proposalOutOfForceNone',
    });
    expect(proposalResult(thuong, propose({ leaveFrom: { year: 2025, month: 8 } }), periods).refusal).toBeNull();
  });
  it('uses the base salary in force in the month before the month of leaving (Circular 01 Art. 3.2.a): 2.530.000 from a leave in 08/2026', () => {
    const resign = (month: number, year = 2026, p = periods) =>
      proposalResult(thuong, propose({ case: 'resignation', policy: '154', leaveFrom: { year, month } }), p);
    expect(resign(7).salary).toBe(15_356_250); // last month worked: 06/2026
    expect(resign(8).salary).toBe(16_603_125);
    expect(resign(8).baseSalary).toEqual({
      amount: 2_530_000,
      from: '01/07/2026',
      citation: 'Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2',
    });
    // A period the province added takes effect from its month.
    const added = allPeriods([
      { from: { year: 2027, month: 1 }, amount: 2_800_000, citation: 'Nghị định X/2027', confidence: null, id: 1 },
    ]);
    expect([resign(1, 2027, added).salary, resign(2, 2027, added).salary]).toEqual([16_603_125, 18_375_000]);
    // Decree 154 resignation: 1,5 months per insurance year (23 years 3 months → 23,5 years) + 3 months.
    expect(resign(8).payout!.parts.map((p) => [p.key, p.months])).toEqual([
      ['pay.perSiYear', 35.25],
      ['pay.jobSearch', 3],
    ]);
    expect(resign(8).payout!.total).toBe(Math.round(16_603_125 * 38.25));
  });
  it('a viên chức resigning under Decree 178 is paid by Art. 10: no job-search allowance, unemployment insurance said', () => {
    const vc = {
      ...thuong,
      category: 'public_employee' as const,
      salary: { kind: 'amount' as const, amount: 10_000_000 },
      insuranceFrom: { year: 2015, month: 1 },
    };
    const r = proposalResult(vc, propose({ case: 'resignation', leaveFrom: { year: 2025, month: 1 } }), periods);
    // 10 years of insurance (no pension yet): severance 0,8 × 60 (capped, M), 1,5 × 10.
    expect(r.payout!.parts.map((p) => [p.key, p.months, p.confidence])).toEqual([
      ['pay.severance', 48, 'M'],
      ['pay.perSiYear', 15, 'C'],
    ]);
    expect(r.notices.map((x) => x.key)).toEqual(['pay.noteSeveranceMonths', 'pay.noteUnemployment']);
  });
  it('takes a salary given in đồng as it is', () => {
    const r = proposalResult({ ...thuong, salary: { kind: 'amount', amount: 12_000_000 } }, propose(), periods);
    expect([r.salary, r.baseSalary, r.payout!.total]).toEqual([12_000_000, null, 12_000_000 * 48.5]);
  });
  it('says why the policy does not cover the person', () => {
    const refusal = (p: Partial<Proposal>, person: StoredPerson = thuong) =>
      proposalResult(person, propose(p), periods).refusal;
    expect(refusal({ policy: '154', leaveFrom: { year: 2026, month: 11 } })).toEqual({
      key: 'err.payoutUnder2Unverified',
      params: expect.anything(),
    }); // 12 months early
    // Born 01/1975: the statutory pension from 2037, 120 months after a leave in 11/2026.
    expect(
      refusal(
        { policy: '154', leaveFrom: { year: 2026, month: 11 } },
        { ...thuong, birth: { year: 1975, month: 1, day: 1 } },
      ),
    ).toEqual({ key: 'err.payoutMonthsEarly', params: expect.objectContaining({ min: 24, max: 60 }) });
    // A civil servant 2–10 years from the age with a pension's insurance: early retirement, not resignation.
    expect(refusal({ case: 'resignation', leaveFrom: { year: 2025, month: 5 } })).toEqual({
      key: 'err.payoutEarlyEligible',
      params: expect.objectContaining({ months: 30 }),
    });
    // Without a category, Decree 178 cannot tell Art. 9 from Art. 10.
    expect(
      refusal(
        { case: 'resignation' },
        {
          ...thuong,
          category: null,
          salary: { kind: 'amount', amount: 9_000_000 },
          insuranceFrom: { year: 2015, month: 1 },
        },
      ),
    ).toEqual({ key: 'err.payoutCategory', params: expect.anything() });
    // On the Appendix II ages the same man reached the age in 04/2021.
    expect(refusal({}, { ...thuong, lowerRetirementAge: true })).toEqual({
      key: 'err.proposalAtAge',
      params: { reaches: '04/2021', leave: '05/2025' },
    });
    expect(refusal({ leaveFrom: { year: 2027, month: 11 } })).toEqual({
      key: 'err.proposalAtAge',
      params: { reaches: '10/2027', leave: '11/2027' },
    });
    expect(
      refusal(
        { case: 'resignation', leaveFrom: { year: 2025, month: 8 } },
        { ...thuong, birth: { year: 1965, month: 9, day: 15 } },
      ),
    ).toEqual({ key: 'err.payoutResignation', params: expect.objectContaining({ min: 24 }) });
    expect(refusal({}, { ...thuong, insuranceFrom: { year: 2012, month: 1 } })).toEqual({
      key: 'err.payoutSiYears',
      params: expect.objectContaining({ min: 15 }),
    });
    expect(refusal({}, { ...thuong, insuranceFrom: null })).toEqual({ key: 'err.proposalNoInsurance', params: {} });
    expect(refusal({}, { ...thuong, insuranceFrom: { year: 2025, month: 6 } })).toEqual({
      key: 'err.proposalBeforeInsurance',
      params: { insurance: '06/2025', leave: '05/2025' },
    });
    expect(refusal({ leaveFrom: { year: 2019, month: 1 } })).toEqual({
      key: 'err.proposalNoBaseSalary',
      params: { month: '12/2018' },
    });
    expect(proposalResult(thuong, propose({ leaveFrom: { year: 2027, month: 11 } }), periods).payout).toBeNull();
  });
  it('reads the leaving month', () => {
    expect([
      parseLeaveMonth('05/2025'),
      parseLeaveMonth(' 5/2025 '),
      parseLeaveMonth('13/2025'),
      parseLeaveMonth('2025-05'),
      parseLeaveMonth('01/05/2025'),
    ]).toEqual([{ year: 2025, month: 5 }, { year: 2025, month: 5 }, null, null, null]);
  });
});

describe('proposed payouts per unit and year', () => {
  it('adds up the people and the payouts the policies cover', () => {
    const bv = {
      ...thuong,
      id: 2,
      unit: { code: 'BV', name: 'Bệnh viện' },
      salary: { kind: 'amount' as const, amount: 10_000_000 },
    };
    const results = [
      proposalResult(thuong, propose(), periods),
      proposalResult(bv, propose({ personId: 2 }), periods),
      proposalResult({ ...bv, id: 3 }, propose({ personId: 3, leaveFrom: { year: 2026, month: 1 } }), periods), // Decree 178 ended: not counted
      proposalResult({ ...bv, id: 4 }, propose({ personId: 4, leaveFrom: { year: 2028, month: 1 } }), periods), // after the age: not covered
    ];
    const t = proposalTotals(results);
    expect(t.rows).toEqual([
      { unitCode: 'SYT', year: 2025, people: 1, paid: 1, total: 744_778_125 },
      { unitCode: 'BV', year: 2025, people: 1, paid: 1, total: 485_000_000 },
      { unitCode: 'BV', year: 2026, people: 1, paid: 0, total: 0 },
      { unitCode: 'BV', year: 2028, people: 1, paid: 0, total: 0 },
    ]);
    expect(t.byYear.map((y) => [y.year, y.people, y.paid])).toEqual([
      [2025, 2, 2],
      [2026, 1, 0],
      [2028, 1, 0],
    ]);
    expect(t.total).toBe(744_778_125 + 485_000_000);
  });
});
