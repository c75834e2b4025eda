/**
 * What a plan's payouts rest on, for print and screen: the citations of the parts its exits are
 * paid with, each with its confidence (weak secondary sources said apart), the parts that rest on an
 * unverified value (M: named as "cần xác minh", never cited as law); and whether some exits carry an
 * exact cost from the personnel list (worked out person by person, each part with its basis).
 */
import type { MessageKey } from '../i18n/index.ts';
import type { ExitPayout } from '../scenario/operations.ts';
import { calculatePayout, PayoutError } from './calculate.ts';
import { policyById, type PayoutCase, type PayoutCategory } from './policies.ts';

export interface PayoutBases {
  /** The citations the paid parts rest on, each once, with how sure the reference is (never an M one). */
  sources: Array<{ citation: string; confidence: 'C' | 'C2'; weak: boolean }>;
  /** Parts resting on an unverified value (M): their label keys (their article is not cited). */
  verify: MessageKey[];
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

/** How sure a source is: a primary text 2, a secondary one 1, a weak secondary one 0. */
const sureness = (x: PayoutBases['sources'][number]) => (x.weak ? 0 : x.confidence === 'C2' ? 1 : 2);

/** The bases of the payouts of a plan's exits; null when none is paid. */
export function payoutBases(exits: readonly PaidExit[]): PayoutBases | null {
  const sources = new Map<string, PayoutBases['sources'][number]>();
  const verify = new Set<MessageKey>();
  let paid = false;
  let fromList = false;
  for (const e of exits) {
    if (e.cost !== undefined && e.cost > 0) fromList = true;
    if (!e.payout) continue;
    const policy = policyById(e.payout.policy)!;
    paid = true;
    const categories: PayoutCategory[] = [
      ...(e.civilServants > 0 ? ['cong-chuc' as const] : []),
      ...(e.publicEmployees > 0 ? ['vien-chuc' as const] : []),
    ];
    for (const category of categories) {
      try {
        const p = e.payout;
        const r = calculatePayout(policy, e.reason as PayoutCase, {
          salary: p.salary,
          monthsEarly: p.monthsEarly,
          siMonths: Math.round(p.siYears * 12),
          after12Months: p.after12Months ?? false,
          category,
        });
        for (const part of r.parts) {
          if (part.confidence === 'M') verify.add(part.key);
          else {
            // One citation once, said as sure as its least sure part (parts of one article differ).
            const source = { citation: part.citation, confidence: part.confidence, weak: part.weak ?? false };
            const had = sources.get(part.citation);
            if (!had || sureness(source) < sureness(had)) sources.set(part.citation, source);
          }
        }
      } catch (err) {
        if (!(err instanceof PayoutError)) throw err; // refused exits are named by the simulation itself
      }
    }
  }
  if (!paid && !fromList) return null;
  return { sources: [...sources.values()], verify: [...verify], fromList };
}
