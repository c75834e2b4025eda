/**
 * What a plan's payouts rest on, for print and screen: the policies its exits are paid under
 * (citation and confidence), the parts that rest on an unverified value (M: named as "cần xác
 * minh", never cited as law) and those from weak secondary sources; and whether some exits carry
 * an exact cost from the personnel list (worked out person by person, each part with its basis).
 */
import type { MessageKey } from '../i18n/index.ts';
import type { ExitPayout } from '../scenario/operations.ts';
import { calculatePayout, PayoutError } from './calculate.ts';
import { policyById, type PayoutCase, type PayoutCategory, type PayoutPolicy } from './policies.ts';

export interface PayoutBases {
  policies: Array<Pick<PayoutPolicy, 'id' | 'title' | 'citation' | 'confidence'>>;
  /** Parts resting on an unverified value (M): their label keys. */
  verify: MessageKey[];
  /** Parts from weak secondary sources: their label keys and citation. */
  weak: Array<{ key: MessageKey; citation: string }>;
  /** Some exits carry an exact cost from the personnel list. */
  fromList: boolean;
}

interface PaidExit {
  reason: string;
  civilServants: number;
  publicEmployees: number;
  payout?: ExitPayout | undefined;
  cost?: number | undefined;
}

/** The bases of the payouts of a plan's exits; null when none is paid. */
export function payoutBases(exits: readonly PaidExit[]): PayoutBases | null {
  const policies = new Map<string, PayoutBases['policies'][number]>();
  const verify = new Set<MessageKey>();
  const weak = new Map<MessageKey, string>();
  let fromList = false;
  for (const e of exits) {
    if (e.cost !== undefined && e.cost > 0) fromList = true;
    if (!e.payout) continue;
    const policy = policyById(e.payout.policy)!;
    policies.set(policy.id, { id: policy.id, title: policy.title, citation: policy.citation, confidence: policy.confidence });
    const categories: PayoutCategory[] = [...(e.civilServants > 0 ? ['cong-chuc' as const] : []), ...(e.publicEmployees > 0 ? ['vien-chuc' as const] : [])];
    for (const category of categories) {
      try {
        const p = e.payout;
        const r = calculatePayout(policy, e.reason as PayoutCase, { salary: p.salary, monthsEarly: p.monthsEarly, siMonths: Math.round(p.siYears * 12), after12Months: p.after12Months ?? false, category });
        for (const part of r.parts) {
          if (part.confidence === 'M') verify.add(part.key);
          else if (part.weak) weak.set(part.key, part.citation);
        }
      } catch (err) {
        if (!(err instanceof PayoutError)) throw err; // refused exits are named by the simulation itself
      }
    }
  }
  if (policies.size === 0 && !fromList) return null;
  return { policies: [...policies.values()], verify: [...verify], weak: [...weak].map(([key, citation]) => ({ key, citation })), fromList };
}
