import { describe, expect, it } from 'vitest';
import { BUILT_IN_TARGET_SETS, BUILT_IN_TARGETS, KL40_SCOPE, evaluateTarget, type Target } from './targets.ts';
import type { YearMetrics } from './metrics.ts';

const metrics = (m: Partial<YearMetrics>): YearMetrics => ({
  units: 0,
  agencies: 0,
  psus: 0,
  civilServantQuota: 0,
  civilServantActual: 0,
  publicEmployeeQuota: 0,
  publicEmployeeActual: 0,
  deputies: 0,
  communeCivilServantQuota: 0,
  communeCivilServantActual: 0,
  autonomyGroup1: 0,
  autonomyGroup2: 0,
  autonomyGroup3: 0,
  autonomyGroup4: 0,
  autonomyUnknown: 0,
  autonomyGroups12: 0,
  ...m,
});
const share = BUILT_IN_TARGETS.find((t) => t.id === 'nq19-2025-autonomy-share')!;

describe('targets', () => {
  it('every built-in target belongs to exactly one built-in set, with a citation', () => {
    expect(BUILT_IN_TARGETS.map((t) => t.id)).toEqual(BUILT_IN_TARGET_SETS.flatMap((s) => s.targets.map((t) => t.id)));
    expect(new Set(BUILT_IN_TARGETS.map((t) => t.id)).size).toBe(BUILT_IN_TARGETS.length);
    for (const t of BUILT_IN_TARGETS) expect(t.citation.length).toBeGreaterThan(5);
  });

  it('a share target is met at exactly the required share of the whole, and says how many units are missing', () => {
    const years = new Map([[2025, metrics({ psus: 5, autonomyGroups12: 1 })]]);
    expect(evaluateTarget(share, (y) => years.get(y), 2025)).toMatchObject({
      kind: 'share',
      value: 1,
      achievedPct: 20,
      met: true,
      status: 'met',
      gap: 0,
      allowed: 1,
    });
    years.set(2025, metrics({ psus: 6, autonomyGroups12: 1 }));
    // 1 of 6 = 16,66%: the least needed is ⌈20% × 6⌉ = 2.
    expect(evaluateTarget(share, (y) => years.get(y), 2025)).toMatchObject({
      achievedPct: 16.66,
      met: false,
      status: 'not_met',
      gap: 1,
      allowed: 2,
    });
    years.set(2025, metrics({ psus: 0 }));
    expect(evaluateTarget(share, (y) => years.get(y), 2025)).toBeNull();
  });

  it('the autonomy share without Decree 60 figures is unknown, not 0%; with some figures it is decided only when the rest cannot change it', () => {
    const years = new Map([[2025, metrics({ psus: 10, autonomyUnknown: 10 })]]);
    // Old behaviour: 0 of 10 = 0%, "not met, 2 missing".
    expect(evaluateTarget(share, (y) => years.get(y), 2025)).toMatchObject({
      status: 'unknown',
      met: null,
      value: null,
      achievedPct: null,
      gap: null,
      missing: [{ field: 'autonomyFigures', year: 2025, count: 10 }],
    });
    years.set(2025, metrics({ psus: 10, autonomyGroups12: 2, autonomyGroup3: 1, autonomyUnknown: 7 }));
    expect(evaluateTarget(share, (y) => years.get(y), 2025)).toMatchObject({ status: 'met', met: true });
    years.set(2025, metrics({ psus: 10, autonomyGroups12: 1, autonomyGroup3: 8, autonomyUnknown: 1 }));
    expect(evaluateTarget(share, (y) => years.get(y), 2025)).toMatchObject({
      status: 'unknown',
      missing: [{ field: 'autonomyFigures', year: 2025, count: 1 }],
    });
    years.set(2025, metrics({ psus: 20, autonomyGroups12: 1, autonomyGroup3: 17, autonomyUnknown: 2 }));
    expect(evaluateTarget(share, (y) => years.get(y), 2025)).toMatchObject({ status: 'not_met', met: false, gap: 3 });
  });

  it('a base year before the modelled years is never replaced by the first modelled year: unknown, naming the figure to record', () => {
    const t: Target = {
      id: 'x',
      title: 'X',
      citation: 'Y',
      metric: ['psus'],
      baseYear: 2021,
      year: 2025,
      requiredPct: 10,
    };
    const years = new Map([
      [2024, metrics({ psus: 95 })],
      [2025, metrics({ psus: 90 })],
    ]);
    // Old behaviour: measured against 2024 (95 → 90, not met, gap 5).
    expect(evaluateTarget(t, (y) => years.get(y), 2024)).toMatchObject({
      baseYear: 2021,
      baseline: null,
      value: 90,
      met: null,
      status: 'unknown',
      missing: [{ field: 'psus', year: 2021 }],
    });
    // Recorded figures of 2021 (Số liệu gốc) give the verdict.
    const recorded = (y: number) => (y === 2021 ? { psus: 100 } : undefined);
    expect(evaluateTarget(t, (y) => years.get(y), 2024, recorded)).toMatchObject({
      baseYear: 2021,
      baseline: 100,
      value: 90,
      met: true,
      status: 'met',
      missing: [],
      allowed: 90,
    });
    // A value carried by an older target file stands when nothing is recorded; the record wins over it.
    expect(evaluateTarget({ ...t, baseline: 120 }, (y) => years.get(y), 2024)).toMatchObject({
      baseline: 120,
      met: true,
    });
    expect(evaluateTarget({ ...t, baseline: 95 }, (y) => years.get(y), 2024, recorded)).toMatchObject({
      baseline: 100,
    });
    // A modelled base year is read from the model, whatever is recorded.
    expect(
      evaluateTarget(
        { ...t, baseYear: 2024 },
        (y) => years.get(y),
        2024,
        () => ({ psus: 1 }),
      ),
    ).toMatchObject({ baseline: 95, status: 'not_met', gap: 5 });
    // A sum needs every part: the missing one is named.
    const staff: Target = { ...t, metric: ['civilServantQuota', 'publicEmployeeQuota'] };
    expect(
      evaluateTarget(
        staff,
        (y) => years.get(y),
        2024,
        (y) => (y === 2021 ? { civilServantQuota: 10 } : undefined),
      ),
    ).toMatchObject({ status: 'unknown', missing: [{ field: 'publicEmployeeQuota', year: 2021 }] });
  });

  it('built-in targets are measured against their named base years (2021, 2025)', () => {
    const years = new Map([
      [2023, metrics({ psus: 100, publicEmployeeQuota: 1000, civilServantQuota: 500 })],
      [2025, metrics({ psus: 80, publicEmployeeQuota: 900, civilServantQuota: 480 })],
      [2030, metrics({ civilServantQuota: 380, publicEmployeeQuota: 740 })],
    ]);
    const psus = BUILT_IN_TARGETS.find((t) => t.id === 'nq19-2025-psus')!;
    expect(psus.baseYear).toBe(2021);
    expect(evaluateTarget(psus, (y) => years.get(y), 2023)).toMatchObject({
      baseYear: 2021,
      status: 'unknown',
      missing: [{ field: 'psus', year: 2021 }],
    });
    const staff = BUILT_IN_TARGETS.find((t) => t.id === 'kl2025-2030-staff')!;
    years.set(2025, metrics({ civilServantQuota: 480, publicEmployeeQuota: 920 }));
    // 1.400 in 2025 → 1.120 allowed in 2030; 380 + 740 = 1.120: met exactly.
    expect(evaluateTarget(staff, (y) => years.get(y), 2023)).toMatchObject({
      baseYear: 2025,
      baseline: 1400,
      value: 1120,
      allowed: 1120,
      status: 'met',
    });
  });

  it('a 2021 target based on 2015, both before the modelled years, is judged on the recorded figures of both years or says which are missing', () => {
    const t = BUILT_IN_TARGETS.find((x) => x.id === 'nq19-2021-psus')!;
    expect(t).toMatchObject({ baseYear: 2015, year: 2021 });
    const modelled = (y: number) => (y === 2025 ? metrics({ psus: 50 }) : undefined);
    expect(evaluateTarget(t, modelled, 2025)).toMatchObject({
      status: 'unknown',
      missing: [
        { field: 'psus', year: 2015 },
        { field: 'psus', year: 2021 },
      ],
    });
    const recorded = (y: number) => (y === 2015 ? { psus: 100 } : y === 2021 ? { psus: 90 } : undefined);
    expect(evaluateTarget(t, modelled, 2025, recorded)).toMatchObject({
      baseline: 100,
      value: 90,
      status: 'met',
      allowed: 90,
    });
  });

  it('"not above the baseline" (TTr 486/TTr-CP) is met at exactly the base-year figure and not one above', () => {
    const t: Target = {
      id: 'ttr486',
      title: 'Không vượt số hiện có',
      citation: 'Tờ trình 486/TTr-CP',
      kind: 'not_above',
      metric: ['civilServantQuota', 'publicEmployeeQuota'],
      baseYear: 2025,
      year: 2030,
      requiredPct: 0,
    };
    const years = new Map([
      [2025, metrics({ civilServantQuota: 600, publicEmployeeQuota: 400 })],
      [2030, metrics({ civilServantQuota: 610, publicEmployeeQuota: 390 })],
    ]);
    expect(evaluateTarget(t, (y) => years.get(y), 2025)).toMatchObject({
      kind: 'not_above',
      baseline: 1000,
      value: 1000,
      status: 'met',
      gap: 0,
      allowed: 1000,
      achievedPct: 0,
    });
    years.set(2030, metrics({ civilServantQuota: 611, publicEmployeeQuota: 390 }));
    expect(evaluateTarget(t, (y) => years.get(y), 2025)).toMatchObject({
      status: 'not_met',
      met: false,
      gap: 1,
      allowed: 1000,
    });
  });

  it('Conclusion 40 counts commune cán bộ, công chức in (reference §3, "whole political system"); a target may count them out', () => {
    const kl40 = BUILT_IN_TARGETS.find((t) => t.id === 'kl40-2026-civil-servants')!;
    expect(kl40).toMatchObject({ communeStaff: 'included', scopeNote: KL40_SCOPE });
    const years = new Map([
      [2021, metrics({ civilServantQuota: 1000, communeCivilServantQuota: 400 })],
      [2026, metrics({ civilServantQuota: 960, communeCivilServantQuota: 400 })],
    ]);
    // In: 1.000 → 960 = −4% < 5%. Out: 600 → 560 = −6,66% ≥ 5%.
    expect(evaluateTarget(kl40, (y) => years.get(y), 2021)).toMatchObject({
      communeStaff: 'included',
      baseline: 1000,
      value: 960,
      status: 'not_met',
    });
    const out: Target = { ...kl40, communeStaff: 'excluded' };
    expect(evaluateTarget(out, (y) => years.get(y), 2021)).toMatchObject({
      communeStaff: 'excluded',
      baseline: 600,
      value: 560,
      achievedPct: 6.66,
      status: 'met',
    });
    // Counted out with a recorded total but no recorded commune part: unknown, naming it.
    expect(
      evaluateTarget(
        out,
        (y) => years.get(y),
        2022,
        (y) => (y === 2021 ? { civilServantQuota: 1000 } : undefined),
      ),
    ).toMatchObject({ status: 'unknown', missing: [{ field: 'communeCivilServantQuota', year: 2021 }] });
  });
});
