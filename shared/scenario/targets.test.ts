import { describe, expect, it } from 'vitest';
import { BUILT_IN_TARGET_SETS, BUILT_IN_TARGETS, evaluateTarget, type Target } from './targets.ts';
import type { YearMetrics } from './metrics.ts';

const metrics = (m: Partial<YearMetrics>): YearMetrics =>
  ({ units: 0, agencies: 0, psus: 0, civilServantQuota: 0, civilServantActual: 0, publicEmployeeQuota: 0, publicEmployeeActual: 0, deputies: 0, autonomyGroup1: 0, autonomyGroup2: 0, autonomyGroup3: 0, autonomyGroup4: 0, autonomyUnknown: 0, autonomyGroups12: 0, ...m });
const share = BUILT_IN_TARGETS.find((t) => t.id === 'nq19-2025-autonomy-share')!;

describe('targets', () => {
  it('every built-in target belongs to exactly one built-in set, with a citation', () => {
    expect(BUILT_IN_TARGETS.map((t) => t.id)).toEqual(BUILT_IN_TARGET_SETS.flatMap((s) => s.targets.map((t) => t.id)));
    expect(new Set(BUILT_IN_TARGETS.map((t) => t.id)).size).toBe(BUILT_IN_TARGETS.length);
    for (const t of BUILT_IN_TARGETS) expect(t.citation.length).toBeGreaterThan(5);
  });

  it('a share target is met at exactly the required share of the whole, and says how many units are missing', () => {
    const years = new Map([[2025, metrics({ psus: 5, autonomyGroups12: 1 })]]);
    expect(evaluateTarget(share, (y) => years.get(y), 2025)).toMatchObject({ kind: 'share', value: 1, achievedPct: 20, met: true, gap: 0, allowed: 1 });
    years.set(2025, metrics({ psus: 6, autonomyGroups12: 1 }));
    // 1 of 6 = 16,66%: the least needed is ⌈20% × 6⌉ = 2.
    expect(evaluateTarget(share, (y) => years.get(y), 2025)).toMatchObject({ achievedPct: 16.66, met: false, gap: 1, allowed: 2 });
    years.set(2025, metrics({ psus: 0 }));
    expect(evaluateTarget(share, (y) => years.get(y), 2025)).toBeNull();
  });

  it('a baseline from the records stands for a base year before the modelled years; without it the first year is used', () => {
    const t: Target = { id: 'x', title: 'X', citation: 'Y', metric: ['psus'], baseYear: 2021, year: 2025, requiredPct: 10, baseline: 100 };
    const years = new Map([[2024, metrics({ psus: 95 })], [2025, metrics({ psus: 90 })]]);
    expect(evaluateTarget(t, (y) => years.get(y), 2024)).toMatchObject({ baseYear: 2021, baseline: 100, value: 90, met: true, allowed: 90 });
    expect(evaluateTarget({ ...t, baseline: undefined }, (y) => years.get(y), 2024)).toMatchObject({ baseYear: 2024, baseline: 95, met: false, gap: 5 });
    // A recorded baseline is not used when the base year itself is modelled.
    expect(evaluateTarget({ ...t, baseYear: 2024 }, (y) => years.get(y), 2024)).toMatchObject({ baseline: 95 });
  });
});
