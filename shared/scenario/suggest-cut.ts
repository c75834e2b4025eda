/**
 * "Gợi ý cắt giảm": the `cutQuotas` operation that closes a staff-quota target's gap. The percent
 * is the smallest whole P such that cutting every unit in the scope to floor(q × (100 − P) / 100)
 * meets the target in its year, decided by simulating the plan with the cut (never estimated):
 * the cut at P meets it, the cut at P − 1 does not.
 */
import { QUOTA_FIELDS, type CutQuotasOperation } from './operations.ts';
import type { TargetResult } from './targets.ts';

type QuotaField = (typeof QUOTA_FIELDS)[number];

/** The quota fields a target measures, when it measures quotas only (null otherwise: a cut cannot close it). */
export function quotaFieldsOf(t: Pick<TargetResult, 'metric' | 'kind'>): QuotaField[] | null {
  if (t.kind === 'share') return null;
  const keys = t.metric.split('+');
  return keys.every((k): k is QuotaField => (QUOTA_FIELDS as readonly string[]).includes(k)) ? keys : null;
}

export interface CutSizing {
  operation: CutQuotasOperation;
  /** The target's gap with the cut at P − 1 (null when P is 1: no smaller whole cut). */
  gapAtLess: number | null;
}

/**
 * The smallest whole percent cut (1–100) in `draft`'s scope that meets the target, given `gapWith`:
 * the target's gap in the plan with an operation added (0 when met). Null when even a 100% cut does
 * not close it. A larger cut never leaves a larger quota, so the search halves the range each time.
 */
export function sizeQuotaCut(
  target: Pick<TargetResult, 'metric' | 'kind'>,
  draft: Omit<CutQuotasOperation, 'percent' | 'fields' | 'type'>,
  gapWith: (op: CutQuotasOperation) => number,
): CutSizing | null {
  const fields = quotaFieldsOf(target);
  if (!fields) return null;
  const at = (percent: number): CutQuotasOperation => ({ ...draft, type: 'cutQuotas', percent, fields });
  const known = new Map<number, number>();
  const gap = (percent: number) => known.get(percent) ?? known.set(percent, gapWith(at(percent))).get(percent)!;
  if (gap(100) > 0) return null;
  let lo = 0; // gap(lo) > 0 (0: the plan as it is, known to have a gap)
  let hi = 100; // gap(hi) === 0
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (gap(mid) > 0) lo = mid;
    else hi = mid;
  }
  return { operation: at(hi), gapAtLess: hi > 1 ? gap(hi - 1) : null };
}
