/**
 * A plan's metrics year by year as the rows of its table (the Chỉ số tab and its export): each
 * metric, and under each quota what the plan's job positions justify (issue 21) — the units
 * covered out of those with a quota, what their positions justify, their own quota when not all
 * units are covered, the difference, and the contract workers — and under the deputies those the
 * leadership positions plan. Rows for a workforce only when some year has positions for it, for the
 * deputies only when some unit's positions name its head. Pure.
 */
import { translate, type Lang } from '../i18n/index.ts';
import type { Workforce } from '../positions/classes.ts';
import type { MetricsPositionsYear, QuotaBesideWorkforce } from '../positions/quota-beside.ts';
import type { SimulatedYear } from '../scenario/compare.ts';

export const SCENARIO_METRICS = [
  'units',
  'agencies',
  'psus',
  'civilServantQuota',
  'civilServantActual',
  'publicEmployeeQuota',
  'publicEmployeeActual',
  'deputies',
  'leavers',
  'surplusLeavers',
  'converted',
  'recruited',
  'payoutCost',
  'payoutUncosted',
  'autonomyGroup1',
  'autonomyGroup2',
  'autonomyGroup3',
  'autonomyGroup4',
  'autonomyUnknown',
  'autonomyGroups12',
] as const;
export type ScenarioMetric = (typeof SCENARIO_METRICS)[number];

/**
 * `coverage`: units with positions of those with a quota; `gap`: their quota minus what their
 * positions justify; `defaulted`: positions whose staffing is the class default (to verify).
 */
export const POSITIONS_ROWS = ['coverage', 'justified', 'coveredAssigned', 'gap', 'contract', 'defaulted'] as const;
export type PositionsRowKind = (typeof POSITIONS_ROWS)[number];

/** Under the deputies: the units whose positions name their head (of those with deputies or positions), the deputies their positions plan, those recorded on them. */
export const DEPUTIES_ROWS = ['coverage', 'planned', 'recorded'] as const;
export type DeputiesRowKind = (typeof DEPUTIES_ROWS)[number];

export type MetricsRow =
  | { kind: 'metric'; metric: ScenarioMetric }
  | { kind: 'positions'; row: PositionsRowKind; workforce: Workforce }
  | { kind: 'deputies'; row: DeputiesRowKind };

/** The quota metric each workforce's positions rows follow. */
const QUOTA_OF: Partial<Record<ScenarioMetric, { workforce: Workforce; side: keyof MetricsPositionsYear }>> = {
  civilServantQuota: { workforce: 'civil-servant', side: 'civilServants' },
  publicEmployeeQuota: { workforce: 'public-employee', side: 'publicEmployees' },
};

/** A year's figures for one workforce's positions rows; null when the year has none (no positions in the plan). */
export function positionsSide(
  y: { positions?: MetricsPositionsYear },
  workforce: Workforce,
): QuotaBesideWorkforce | null {
  if (!y.positions) return null;
  return workforce === 'civil-servant' ? y.positions.civilServants : y.positions.publicEmployees;
}

/** Not every unit with a quota has positions: the year's figures from positions are not the whole. */
export const isPartial = (s: QuotaBesideWorkforce) => s.withPositions < s.units;

/** A positions row's number in a year (`coverage`: the units with positions; said with `units` beside it). */
export function positionsValue(row: PositionsRowKind, s: QuotaBesideWorkforce): number {
  switch (row) {
    case 'coverage':
      return s.withPositions;
    case 'justified':
      return s.justified;
    case 'coveredAssigned':
      return s.coveredAssigned;
    case 'gap':
      return s.coveredAssigned - s.justified;
    case 'contract':
      return s.contract;
    case 'defaulted':
      return s.defaulted;
  }
}

/** The table's rows: every metric, each quota followed by its positions rows when the plan has positions for that workforce. */
export function metricsRows(
  years: ReadonlyArray<{ positions?: MetricsPositionsYear; payoutUncosted?: number }>,
): MetricsRow[] {
  const rows: MetricsRow[] = [];
  for (const metric of SCENARIO_METRICS) {
    // The people whose payout could not be computed only when there are some (the cost is then a lower bound).
    if (metric === 'payoutUncosted' && !years.some((y) => (y.payoutUncosted ?? 0) > 0)) continue;
    rows.push({ kind: 'metric', metric });
    if (metric === 'deputies' && years.some((y) => (y.positions?.deputies.withHead ?? 0) > 0))
      for (const row of DEPUTIES_ROWS) rows.push({ kind: 'deputies', row });
    const quota = QUOTA_OF[metric];
    if (!quota) continue;
    const sides = years.map((y) => positionsSide(y, quota.workforce)).filter((s) => s !== null);
    if (!sides.some((s) => s.withPositions > 0)) continue;
    // The covered units' own quota only when it differs from the metric, the staffings defaulted only when there are some.
    const shown: Partial<Record<PositionsRowKind, boolean>> = {
      coveredAssigned: sides.some(isPartial),
      defaulted: sides.some((s) => s.defaulted > 0),
    };
    for (const row of POSITIONS_ROWS)
      if (shown[row] ?? true) rows.push({ kind: 'positions', row, workforce: quota.workforce });
  }
  return rows;
}

/** A row's value in a year as a table cell: a number, the coverage as "n/N". */
export function metricsCell(
  row: MetricsRow,
  y: SimulatedYear & { positions?: MetricsPositionsYear },
): number | string | null {
  if (row.kind === 'metric') return y[row.metric];
  if (row.kind === 'deputies') {
    const d = y.positions?.deputies;
    if (!d) return null;
    return row.row === 'coverage' ? `${d.withHead}/${d.units}` : d[row.row];
  }
  const s = positionsSide(y, row.workforce);
  if (!s) return null;
  return row.row === 'coverage' ? `${s.withPositions}/${s.units}` : positionsValue(row.row, s);
}

/** A row's id: the metric, or what it stands under and what it says ("civil-servant-gap", "deputies-planned"). */
export const metricsRowId = (row: MetricsRow) =>
  row.kind === 'metric' ? row.metric : row.kind === 'deputies' ? `deputies-${row.row}` : `${row.workforce}-${row.row}`;

/** A row's label in the given language. */
export function metricsRowLabel(lang: Lang, row: MetricsRow): string {
  if (row.kind === 'metric') return translate(lang, `scn.metric.${row.metric}`);
  if (row.kind === 'deputies') return translate(lang, `scn.metric.pos.deputies.${row.row}`);
  return translate(lang, `scn.metric.pos.${row.row}.${row.workforce}`);
}
