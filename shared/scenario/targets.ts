/**
 * Reduction targets as data, with their citations (legal-reference §1–3; the percentages are
 * [C2] there). A target compares a metric in its target year with its base year.
 */
import type { YearMetrics } from './metrics.ts';

export interface Target {
  id: string;
  title: string;
  citation: string;
  /** The metric, or a sum of metrics. */
  metric: Array<keyof YearMetrics>;
  baseYear: number;
  year: number;
  /** Required reduction in percent. */
  requiredPct: number;
  /** A programme target (an orientation) rather than a binding one. */
  programme?: boolean;
}

export const BUILT_IN_TARGETS: readonly Target[] = [
  { id: 'nq19-2025-psus', title: 'Giảm 10% số đơn vị sự nghiệp công lập so với năm 2021', citation: 'Nghị quyết 19-NQ/TW; Nghị quyết 08/NQ-CP', metric: ['psus'], baseYear: 2021, year: 2025, requiredPct: 10 },
  { id: 'nq19-2025-public-employees', title: 'Giảm 10% biên chế sự nghiệp hưởng lương NSNN so với năm 2021', citation: 'Nghị quyết 19-NQ/TW; Nghị quyết 08/NQ-CP', metric: ['publicEmployeeQuota'], baseYear: 2021, year: 2025, requiredPct: 10 },
  { id: 'kl40-2026-civil-servants', title: 'Giảm ít nhất 5% biên chế công chức so với năm 2021', citation: 'Kết luận 40-KL/TW; Quyết định 72-QĐ/TW', metric: ['civilServantQuota'], baseYear: 2021, year: 2026, requiredPct: 5 },
  { id: 'kl40-2026-public-employees', title: 'Giảm ít nhất 10% viên chức hưởng lương NSNN so với năm 2021', citation: 'Kết luận 40-KL/TW; Quyết định 72-QĐ/TW', metric: ['publicEmployeeQuota'], baseYear: 2021, year: 2026, requiredPct: 10 },
  {
    id: 'kl2025-2030-staff', title: 'Giảm ít nhất 20% biên chế (công chức và viên chức hưởng lương NSNN) so với năm 2025', citation: 'Công văn 35/CV-BCĐTKNQ18 (2025)',
    metric: ['civilServantQuota', 'publicEmployeeQuota'], baseYear: 2025, year: 2030, requiredPct: 20, programme: true,
  },
];

export interface TargetResult {
  id: string;
  metric: string;
  /** The year the baseline was read in: the target's base year, or the scenario's first year when earlier years are not modelled. */
  baseYear: number;
  year: number;
  baseline: number;
  value: number;
  requiredPct: number;
  /** Achieved reduction in hundredths of a percent, rounded down (display). */
  achievedPct: number;
  /** Decided exactly: (baseline − value) × 100 ≥ required × baseline. */
  met: boolean;
  /** How many units or posts are still missing to meet it (0 when met). */
  gap: number;
  /** The most the value may be in the target year for the target to be met. */
  allowed: number;
}

export function evaluateTarget(t: Target, valueIn: (year: number) => YearMetrics | undefined, firstYear: number): TargetResult | null {
  const baseYear = Math.max(t.baseYear, firstYear);
  const base = valueIn(baseYear);
  const at = valueIn(t.year);
  if (!base || !at) return null;
  const sum = (m: YearMetrics) => t.metric.reduce((s, k) => s + m[k], 0);
  const baseline = sum(base);
  const value = sum(at);
  const reduced = baseline - value;
  const met = reduced * 100 >= t.requiredPct * baseline;
  // The most the value may be: baseline × (100 − required) / 100, rounded down to whole units.
  const allowed = Math.floor((baseline * (100 - t.requiredPct)) / 100);
  return {
    id: t.id, metric: t.metric.join('+'), baseYear, year: t.year, baseline, value, requiredPct: t.requiredPct,
    achievedPct: baseline === 0 ? 0 : Math.floor((reduced * 10000) / baseline) / 100, met, gap: met ? 0 : value - allowed, allowed,
  };
}
