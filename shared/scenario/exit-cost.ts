/**
 * What an exit's people cost under the payout policies. Its own file so that simulate.ts can cost
 * exits without importing the roadmap (which reads simulations: an import cycle).
 */
import { calculatePayout, PayoutError } from '../payouts/calculate.ts';
import { policyById, type PayoutCase, type PayoutCategory } from '../payouts/policies.ts';
import { policyOutOfForce } from '../payouts/in-force.ts';
import type { ExitPayout, StaffExitOperation } from './operations.ts';

/**
 * What the people of one exit cost, in whole đồng: the exact `cost` when given, else each count ×
 * the policy's payout for one person of its category (0 without cost inputs): civil servants as
 * cán bộ, công chức, public employees as viên chức (Decree 178 Art. 9 or 10 for a resignation). A
 * case the policy does not cover throws its PayoutError, and so does a policy not in force in the
 * exit's month (its date, else January of its year): Decree 178's lump sums ended on 31/08/2025.
 */
export function exitCost(
  op: Pick<StaffExitOperation, 'civilServants' | 'publicEmployees' | 'reason' | 'payout' | 'cost'> & {
    year?: number;
    date?: string;
  },
): number {
  if (op.cost !== undefined) return op.cost;
  if (!op.payout) return 0;
  // An operation always has its year (the schema fills it from the date); a bare exit costed on its own has no date to check.
  const month = op.date
    ? { year: Number(op.date.slice(0, 4)), month: Number(op.date.slice(5, 7)) }
    : op.year !== undefined
      ? { year: op.year, month: 1 }
      : null;
  const outOfForce = month && policyOutOfForce(policyById(op.payout.policy)!, month);
  if (outOfForce) throw new PayoutError(outOfForce.key, outOfForce.params);
  const each = (count: number, category: PayoutCategory) =>
    count === 0 ? 0 : count * payoutOf(op.reason as PayoutCase, op.payout!, category);
  const cost = each(op.civilServants, 'cong-chuc') + each(op.publicEmployees, 'vien-chuc');
  if (!Number.isSafeInteger(cost)) throw new PayoutError('err.payoutNumber', { field: 'salary' });
  return cost;
}

/** One person's payout under the policy for a reason it pays (early retirement, resignation). */
export function payoutOf(kind: PayoutCase, p: ExitPayout, category: PayoutCategory | null = null): number {
  const policy = policyById(p.policy)!;
  // Insurance years may end in half a year: 6 months, counted as half a year by the policy's time rule.
  return calculatePayout(policy, kind, {
    salary: p.salary,
    monthsEarly: p.monthsEarly,
    siMonths: Math.round(p.siYears * 12),
    after12Months: p.after12Months ?? false,
    category,
  }).total;
}
