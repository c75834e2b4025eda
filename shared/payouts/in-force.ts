/**
 * Whether a payout policy covers a leaving month. A policy applied outside its dates gives no
 * figure at all (a signed proposal must not carry a payout the law no longer grants, e.g. Decree
 * 178's lump sums after 31/08/2025, Conclusion 183-KL/TW): the refusal names the policies in force
 * that month instead.
 */
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import { policiesInForce, type PayoutPolicy } from './policies.ts';

const dayText = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Null when `policy` is in force in the leaving month; otherwise why not, and what is. */
export function policyOutOfForce(
  policy: PayoutPolicy,
  leave: { year: number; month: number },
): { key: MessageKey; params: MessageParams } | null {
  const month = `${leave.year}-${String(leave.month).padStart(2, '0')}`;
  if (month >= policy.effectiveFrom.slice(0, 7) && (!policy.effectiveTo || month <= policy.effectiveTo.slice(0, 7)))
    return null;
  const inForce = policiesInForce(`${month}-01`).filter((p) => p.id !== policy.id);
  return {
    key: inForce.length ? 'err.proposalOutOfForce' : 'err.proposalOutOfForceNone',
    params: {
      policy: policy.title,
      from: dayText(policy.effectiveFrom),
      to: policy.effectiveTo ? dayText(policy.effectiveTo) : '…',
      leave: `${String(leave.month).padStart(2, '0')}/${leave.year}`,
      inForce: inForce.map((p) => p.title).join('; '),
    },
  };
}
