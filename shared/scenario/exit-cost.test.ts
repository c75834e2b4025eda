import { describe, expect, it } from 'vitest';
import { exitCost } from './exit-cost.ts';
import { PayoutError } from '../payouts/calculate.ts';
import { policyById } from '../payouts/policies.ts';

/** The MoHA 1814 example: one cán bộ retiring 30 months early with 22 years of insurance. */
const exit = {
  civilServants: 1,
  publicEmployees: 0,
  reason: 'early-retirement' as const,
  payout: { policy: '178' as const, salary: 15_356_250, monthsEarly: 30, siYears: 22 },
};
const refusal = (when: Partial<Parameters<typeof exitCost>[0]>) => {
  try {
    exitCost({ ...exit, ...when });
  } catch (e) {
    expect(e).toBeInstanceOf(PayoutError);
    return e as PayoutError;
  }
  throw new Error('not refused');
};

describe('exitCost', () => {
  it('costs a Decree 178 exit only in a month the decree is in force (to 31/08/2025); after it, names what is in force', () => {
    expect(exitCost({ ...exit, year: 2025 })).toBe(744_778_125);
    expect(exitCost({ ...exit, date: '2025-05-15' })).toBe(744_778_125);
    expect(exitCost({ ...exit, date: '2025-08-31' })).toBe(744_778_125);
    const title = policyById('178')!.title;
    expect(refusal({ year: 2026 })).toMatchObject({
      key: 'err.proposalOutOfForce',
      params: {
        policy: title,
        from: '01/01/2025',
        to: '31/08/2025',
        leave: '01/2026',
        inForce: policyById('154')!.title,
      },
    });
    expect(refusal({ date: '2025-09-01' })).toMatchObject({
      key: 'err.proposalOutOfForce',
      params: { leave: '09/2025', inForce: policyById('154')!.title },
    });
    // Before Decree 178 and after Decree 154: nothing is in force.
    expect(refusal({ date: '2024-12-31' })).toMatchObject({
      key: 'err.proposalOutOfForceNone',
      params: { leave: '12/2024' },
    });
    expect(refusal({ year: 2031 }).key).toBe('err.proposalOutOfForceNone');
  });

  it('costs Decree 154 from 16/06/2025 (counted by month: from 06/2025), and an exact cost whenever it is given', () => {
    const p154 = { ...exit.payout, policy: '154' as const };
    // Decree 154 Art. 6 for 30 months early and 22 years of insurance: 5 months × 2,5 years early + (5 + 0,5 × 2) months = 18,5 months' salary.
    expect(exitCost({ ...exit, payout: p154, year: 2026 })).toBe(284_090_625);
    expect(exitCost({ ...exit, payout: p154, date: '2025-06-16' })).toBe(284_090_625);
    expect(refusal({ payout: p154, date: '2025-05-31' })).toMatchObject({
      key: 'err.proposalOutOfForce',
      params: { leave: '05/2025', inForce: policyById('178')!.title },
    });
    expect(exitCost({ ...exit, cost: 1_000, year: 2026 })).toBe(1_000);
  });
});
