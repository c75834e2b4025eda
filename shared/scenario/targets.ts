/**
 * Reduction targets as data, with their citations (legal-reference §1–3; the percentages are
 * [C2] there). A target compares a metric in its target year with its base year.
 */
import type { YearMetrics } from './metrics.ts';

export type TargetKind = 'reduction' | 'share';

export interface Target {
  id: string;
  title: string;
  citation: string;
  /**
   * `reduction` (the default): the metric falls by `requiredPct` from the base year to the target
   * year. `share`: in the target year the metric is at least `requiredPct` of `of`.
   */
  kind?: TargetKind;
  /** The metric, or a sum of metrics. */
  metric: Array<keyof YearMetrics>;
  /** For a share: the whole the metric is a share of. */
  of?: Array<keyof YearMetrics>;
  baseYear: number;
  year: number;
  /** Required reduction (or least share) in percent. */
  requiredPct: number;
  /**
   * The metric's value in the base year, from the records, when that year is before the years the
   * scenario models (e.g. 2021 for a workspace whose data start in 2025).
   */
  baseline?: number;
  /** A programme target (an orientation) rather than a binding one. */
  programme?: boolean;
}

/** A named group of targets a scenario is judged by (a resolution's, or one the province sets itself). */
export interface TargetSet {
  id: string;
  title: string;
  citation?: string;
  targets: Target[];
}

const NQ19 = 'Nghị quyết 19-NQ/TW; Nghị quyết 08/NQ-CP';
export const BUILT_IN_TARGET_SETS: readonly TargetSet[] = [
  {
    id: 'nq19-2025', title: 'Nghị quyết 19-NQ/TW: đến năm 2025', citation: NQ19,
    targets: [
      { id: 'nq19-2025-psus', title: 'Giảm 10% số đơn vị sự nghiệp công lập so với năm 2021', citation: NQ19, metric: ['psus'], baseYear: 2021, year: 2025, requiredPct: 10 },
      { id: 'nq19-2025-public-employees', title: 'Giảm 10% biên chế sự nghiệp hưởng lương NSNN so với năm 2021', citation: NQ19, metric: ['publicEmployeeQuota'], baseYear: 2021, year: 2025, requiredPct: 10 },
      {
        id: 'nq19-2025-autonomy-share', title: 'Ít nhất 20% đơn vị sự nghiệp công lập tự chủ tài chính (nhóm 1–2)', citation: 'Nghị quyết 19-NQ/TW (2017); Nghị định 60/2021/NĐ-CP',
        kind: 'share', metric: ['autonomyGroups12'], of: ['psus'], baseYear: 2021, year: 2025, requiredPct: 20,
      },
    ],
  },
  {
    id: 'kl40-2026', title: 'Kết luận 40-KL/TW: giai đoạn 2022–2026', citation: 'Kết luận 40-KL/TW; Quyết định 72-QĐ/TW',
    targets: [
      { id: 'kl40-2026-civil-servants', title: 'Giảm ít nhất 5% biên chế công chức so với năm 2021', citation: 'Kết luận 40-KL/TW; Quyết định 72-QĐ/TW', metric: ['civilServantQuota'], baseYear: 2021, year: 2026, requiredPct: 5 },
      { id: 'kl40-2026-public-employees', title: 'Giảm ít nhất 10% viên chức hưởng lương NSNN so với năm 2021', citation: 'Kết luận 40-KL/TW; Quyết định 72-QĐ/TW', metric: ['publicEmployeeQuota'], baseYear: 2021, year: 2026, requiredPct: 10 },
    ],
  },
  {
    id: 'cv35-2030', title: 'Sắp xếp bộ máy 2025: giảm 20% đến năm 2030', citation: 'Công văn 35/CV-BCĐTKNQ18 (2025)',
    targets: [
      {
        id: 'kl2025-2030-staff', title: 'Giảm ít nhất 20% biên chế (công chức và viên chức hưởng lương NSNN) so với năm 2025', citation: 'Công văn 35/CV-BCĐTKNQ18 (2025)',
        metric: ['civilServantQuota', 'publicEmployeeQuota'], baseYear: 2025, year: 2030, requiredPct: 20, programme: true,
      },
    ],
  },
];

export const BUILT_IN_TARGETS: readonly Target[] = BUILT_IN_TARGET_SETS.flatMap((s) => s.targets);

export interface TargetResult {
  id: string;
  title: string;
  citation: string;
  kind: TargetKind;
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
  /** The most the value may be in the target year for the target to be met (for a share: the least it must be). */
  allowed: number;
}

export function evaluateTarget(t: Target, valueIn: (year: number) => YearMetrics | undefined, firstYear: number): TargetResult | null {
  const sumOf = (keys: ReadonlyArray<keyof YearMetrics>) => (m: YearMetrics) => keys.reduce((s, k) => s + m[k], 0);
  const sum = sumOf(t.metric);
  const at = valueIn(t.year);
  if (!at) return null;
  const value = sum(at);
  const common = { id: t.id, title: t.title, citation: t.citation, metric: t.metric.join('+'), year: t.year, value, requiredPct: t.requiredPct };
  if (t.kind === 'share') {
    // At least required% of the whole in the target year, decided exactly: value × 100 ≥ required × whole.
    const whole = sumOf(t.of ?? [])(at);
    if (whole === 0) return null;
    const start = valueIn(Math.max(t.baseYear, firstYear));
    const met = value * 100 >= t.requiredPct * whole;
    const needed = Math.ceil((t.requiredPct * whole) / 100);
    return {
      ...common, kind: 'share', baseYear: Math.max(t.baseYear, firstYear), baseline: start ? sum(start) : value,
      achievedPct: whole === 0 ? 0 : Math.floor((value * 10000) / whole) / 100, met, gap: met ? 0 : needed - value, allowed: needed,
    };
  }
  // A baseline from the records stands for a base year before the modelled years.
  const recorded = t.baseline !== undefined && t.baseYear < firstYear;
  const baseYear = recorded ? t.baseYear : Math.max(t.baseYear, firstYear);
  const base = recorded ? null : valueIn(baseYear);
  if (!recorded && !base) return null;
  const baseline = recorded ? t.baseline! : sum(base!);
  const reduced = baseline - value;
  const met = reduced * 100 >= t.requiredPct * baseline;
  // The most the value may be: baseline × (100 − required) / 100, rounded down to whole units.
  const allowed = Math.floor((baseline * (100 - t.requiredPct)) / 100);
  return {
    ...common, kind: 'reduction', baseYear, baseline,
    achievedPct: baseline === 0 ? 0 : Math.floor((reduced * 10000) / baseline) / 100, met, gap: met ? 0 : value - allowed, allowed,
  };
}
