/**
 * Reduction targets as data, with their citations (legal-reference §1–3; the percentages are
 * [C2] there). A target compares a metric in its target year with its base year.
 */
import type { YearMetrics } from './metrics.ts';
import type { TargetPositions } from '../positions/quota-beside.ts';

/**
 * `reduction`: falls by at least `requiredPct`; `share`: at least `requiredPct` of a whole;
 * `not_above`: in the target year not above the base year (TTr 486/TTr-CP: the merged
 * provincial level may not exceed the pre-merger headcount).
 */
export type TargetKind = 'reduction' | 'share' | 'not_above';

/** Whether commune-level cán bộ, công chức count in a civil-servant metric (Conclusion 40's scope). */
export type CommuneStaff = 'included' | 'excluded';

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
  /** Required reduction (or least share) in percent; 0 for `not_above`. */
  requiredPct: number;
  /** Commune-level cán bộ, công chức counted in a civil-servant metric (default) or out. */
  communeStaff?: CommuneStaff;
  /** Why the scope was chosen (shown with the target). */
  scopeNote?: string;
  /**
   * Older files only: the metric's value in the base year, carried by the target. The workspace's
   * recorded figures (Số liệu gốc) win over it; new targets leave it out.
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

/** Conclusion 40's scope as the reference reads it (§3, [C2]; the conclusion's own text was not retrieved). */
export const KL40_SCOPE =
  'Kết luận 40-KL/TW tính trên toàn hệ thống chính trị: tính cả cán bộ, công chức cấp xã (theo tài liệu thứ cấp, cần xác minh với văn bản gốc).';
const NQ19 = 'Nghị quyết 19-NQ/TW; Nghị quyết 08/NQ-CP';
const NQ39 = 'Nghị quyết 39-NQ/TW; Nghị quyết 18-NQ/TW';
export const BUILT_IN_TARGET_SETS: readonly TargetSet[] = [
  {
    id: 'nq19-2021',
    title: 'Nghị quyết 19-NQ/TW, Nghị quyết 39-NQ/TW: đến năm 2021',
    citation: `${NQ19}; ${NQ39}`,
    targets: [
      {
        id: 'nq19-2021-psus',
        title: 'Giảm 10% số đơn vị sự nghiệp công lập so với năm 2015',
        citation: NQ19,
        metric: ['psus'],
        baseYear: 2015,
        year: 2021,
        requiredPct: 10,
      },
      {
        id: 'nq19-2021-public-employees',
        title: 'Giảm 10% biên chế sự nghiệp hưởng lương NSNN so với năm 2015',
        citation: NQ19,
        metric: ['publicEmployeeQuota'],
        baseYear: 2015,
        year: 2021,
        requiredPct: 10,
      },
      {
        id: 'nq39-2021-staff',
        title: 'Giảm ít nhất 10% biên chế (công chức và viên chức hưởng lương NSNN) so với năm 2015',
        citation: NQ39,
        metric: ['civilServantQuota', 'publicEmployeeQuota'],
        baseYear: 2015,
        year: 2021,
        requiredPct: 10,
      },
    ],
  },
  {
    id: 'nq19-2025',
    title: 'Nghị quyết 19-NQ/TW: đến năm 2025',
    citation: NQ19,
    targets: [
      {
        id: 'nq19-2025-psus',
        title: 'Giảm 10% số đơn vị sự nghiệp công lập so với năm 2021',
        citation: NQ19,
        metric: ['psus'],
        baseYear: 2021,
        year: 2025,
        requiredPct: 10,
      },
      {
        id: 'nq19-2025-public-employees',
        title: 'Giảm 10% biên chế sự nghiệp hưởng lương NSNN so với năm 2021',
        citation: NQ19,
        metric: ['publicEmployeeQuota'],
        baseYear: 2021,
        year: 2025,
        requiredPct: 10,
      },
      {
        id: 'nq19-2025-autonomy-share',
        title: 'Ít nhất 20% đơn vị sự nghiệp công lập tự chủ tài chính (nhóm 1–2)',
        citation: 'Nghị quyết 19-NQ/TW (2017); Nghị định 60/2021/NĐ-CP',
        kind: 'share',
        metric: ['autonomyGroups12'],
        of: ['psus'],
        baseYear: 2021,
        year: 2025,
        requiredPct: 20,
      },
    ],
  },
  {
    id: 'kl40-2026',
    title: 'Kết luận 40-KL/TW: giai đoạn 2022–2026',
    citation: 'Kết luận 40-KL/TW; Quyết định 72-QĐ/TW',
    targets: [
      {
        id: 'kl40-2026-civil-servants',
        title: 'Giảm ít nhất 5% biên chế công chức so với năm 2021',
        citation: 'Kết luận 40-KL/TW; Quyết định 72-QĐ/TW',
        metric: ['civilServantQuota'],
        baseYear: 2021,
        year: 2026,
        requiredPct: 5,
        // legal-reference §3 [C2]: "across the whole political system", so commune cán bộ, công chức count.
        communeStaff: 'included',
        scopeNote: KL40_SCOPE,
      },
      {
        id: 'kl40-2026-public-employees',
        title: 'Giảm ít nhất 10% viên chức hưởng lương NSNN so với năm 2021',
        citation: 'Kết luận 40-KL/TW; Quyết định 72-QĐ/TW',
        metric: ['publicEmployeeQuota'],
        baseYear: 2021,
        year: 2026,
        requiredPct: 10,
      },
    ],
  },
  {
    id: 'cv35-2030',
    title: 'Sắp xếp bộ máy 2025: giảm 20% đến năm 2030',
    citation: 'Công văn 35/CV-BCĐTKNQ18 (2025)',
    targets: [
      {
        id: 'kl2025-2030-staff',
        title: 'Giảm ít nhất 20% biên chế (công chức và viên chức hưởng lương NSNN) so với năm 2025',
        citation: 'Công văn 35/CV-BCĐTKNQ18 (2025)',
        metric: ['civilServantQuota', 'publicEmployeeQuota'],
        baseYear: 2025,
        year: 2030,
        requiredPct: 20,
        programme: true,
      },
    ],
  },
];

export const BUILT_IN_TARGETS: readonly Target[] = BUILT_IN_TARGET_SETS.flatMap((s) => s.targets);

export type TargetStatus = 'met' | 'not_met' | 'unknown';

/**
 * A figure a verdict waits for: a metric's value in a year (to record in Số liệu gốc), or the
 * Decree 60 figures of `count` public service units in a year.
 */
export interface MissingFigure {
  field: keyof YearMetrics | 'autonomyFigures';
  year: number;
  count?: number;
}

export interface TargetResult {
  id: string;
  title: string;
  citation: string;
  kind: TargetKind;
  metric: string;
  /** Whether commune-level cán bộ, công chức are counted (for a civil-servant metric). */
  communeStaff: CommuneStaff;
  /** Why that scope (shown with it), when the target gives a reason. */
  scopeNote?: string;
  /** The target's own base year, always (never another year in its place). */
  baseYear: number;
  year: number;
  /** The metric in the base year (null: not known, see `missing`). */
  baseline: number | null;
  value: number | null;
  requiredPct: number;
  /** Achieved reduction (or share) in hundredths of a percent, rounded down (display); null when unknown. */
  achievedPct: number | null;
  /** Decided exactly: (baseline − value) × 100 ≥ required × baseline; null when a figure is missing. */
  met: boolean | null;
  status: TargetStatus;
  /** What to record for a verdict (empty unless `status` is unknown). */
  missing: MissingFigure[];
  /** How many units or posts are still missing to meet it (0 when met; null when unknown). */
  gap: number | null;
  /** The most the value may be in the target year for the target to be met (for a share: the least it must be). */
  allowed: number | null;
  /** A quota target of a plan whose units have job positions: what they justify beside the quota, per year, and its notes. */
  positions?: TargetPositions;
}

/** The commune part of a civil-servant metric, taken out when a target counts commune staff out. */
const COMMUNE_PART: Partial<Record<keyof YearMetrics, keyof YearMetrics>> = {
  civilServantQuota: 'communeCivilServantQuota',
  civilServantActual: 'communeCivilServantActual',
};

/** A year's figures: modelled (every metric known) or recorded (some may be missing). */
export type YearFigures = (year: number) => Partial<Record<keyof YearMetrics, number>> | undefined;

/** The target's metric in `year`, or what is missing to know it. */
function measure(
  t: Target,
  keys: ReadonlyArray<keyof YearMetrics>,
  figures: YearFigures,
  year: number,
): { value: number } | { missing: MissingFigure[] } {
  const m = figures(year) ?? {};
  const needed = keys.flatMap((k) => (t.communeStaff === 'excluded' && COMMUNE_PART[k] ? [k, COMMUNE_PART[k]] : [k]));
  const missing = needed.filter((k) => m[k] === undefined).map((field) => ({ field, year }));
  if (missing.length > 0) return { missing };
  return {
    value: keys.reduce(
      (s, k) => s + m[k]! - (t.communeStaff === 'excluded' && COMMUNE_PART[k] ? m[COMMUNE_PART[k]]! : 0),
      0,
    ),
  };
}

/**
 * Judges `t` on the modelled years (`modelled`, from `firstYear`) and the recorded figures
 * (`recorded`, for years before). A base year is never replaced by another year: without its
 * figures the verdict is unknown, naming what to record. Null: the target year is past the plan.
 */
export function evaluateTarget(
  t: Target,
  modelled: (year: number) => YearMetrics | undefined,
  firstYear: number,
  recorded: YearFigures = () => undefined,
): TargetResult | null {
  const figures: YearFigures = (y) => (y >= firstYear ? modelled(y) : recorded(y));
  if (t.year >= firstYear && !modelled(t.year)) return null;
  const kind = t.kind ?? 'reduction';
  const at = measure(t, t.metric, figures, t.year);
  const common = {
    id: t.id,
    title: t.title,
    citation: t.citation,
    kind,
    metric: t.metric.join('+'),
    communeStaff: t.communeStaff ?? 'included',
    ...(t.scopeNote ? { scopeNote: t.scopeNote } : {}),
    baseYear: t.baseYear,
    year: t.year,
    requiredPct: t.requiredPct,
  };
  const unknown = (
    missing: MissingFigure[],
    known: { baseline?: number | null; value?: number | null } = {},
  ): TargetResult => ({
    ...common,
    baseline: null,
    value: null,
    ...known,
    achievedPct: null,
    met: null,
    status: 'unknown',
    missing,
    gap: null,
    allowed: null,
  });
  const verdict = (met: boolean) => ({ met, status: (met ? 'met' : 'not_met') as TargetStatus, missing: [] });
  if (kind === 'share') {
    // At least required% of the whole in the target year, decided exactly: value × 100 ≥ required × whole.
    const whole = measure(t, t.of ?? [], figures, t.year);
    if ('missing' in at || 'missing' in whole)
      return unknown([...('missing' in at ? at.missing : []), ...('missing' in whole ? whole.missing : [])]);
    if (whole.value === 0) return null;
    const value = at.value;
    const needed = Math.ceil((t.requiredPct * whole.value) / 100);
    // Units without Decree 60 figures may be in any group: met only if met without them, not met only if not met with them all.
    const open = t.metric.includes('autonomyGroups12') ? (figures(t.year)?.autonomyUnknown ?? 0) : 0;
    const start = measure(t, t.metric, figures, t.baseYear);
    const baseline = 'value' in start ? start.value : null;
    const met = value * 100 >= t.requiredPct * whole.value;
    // Undecided: no count is shown, since the units without figures may be in groups 1–2 or not.
    if (!met && (value + open) * 100 >= t.requiredPct * whole.value)
      return unknown([{ field: 'autonomyFigures', year: t.year, count: open }]);
    return {
      ...common,
      baseline,
      value,
      achievedPct: Math.floor((value * 10000) / whole.value) / 100,
      ...verdict(met),
      gap: met ? 0 : needed - value,
      allowed: needed,
    };
  }
  const base = measure(t, t.metric, figures, t.baseYear);
  // A value carried by the target itself (older files) stands for a base year before the modelled years when nothing is recorded.
  const baseline =
    'value' in base ? base.value : t.baseline !== undefined && t.baseYear < firstYear ? t.baseline : null;
  if ('missing' in at || baseline === null) {
    return unknown(
      [...('missing' in base && baseline === null ? base.missing : []), ...('missing' in at ? at.missing : [])],
      { baseline, value: 'value' in at ? at.value : null },
    );
  }
  const value = at.value;
  const reduced = baseline - value;
  const achievedPct = baseline === 0 ? 0 : Math.floor((reduced * 10000) / baseline) / 100;
  if (kind === 'not_above') {
    // Not above the base year's figure (TTr 486/TTr-CP): decided exactly, value ≤ baseline.
    const met = value <= baseline;
    return {
      ...common,
      baseline,
      value,
      achievedPct,
      ...verdict(met),
      gap: met ? 0 : value - baseline,
      allowed: baseline,
    };
  }
  const met = reduced * 100 >= t.requiredPct * baseline;
  // The most the value may be: baseline × (100 − required) / 100, rounded down to whole units.
  const allowed = Math.floor((baseline * (100 - t.requiredPct)) / 100);
  return { ...common, baseline, value, achievedPct, ...verdict(met), gap: met ? 0 : value - allowed, allowed };
}
