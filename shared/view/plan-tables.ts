/** A simulated plan as tables to export: its metrics year by year, and its targets. */
import { translate } from '../i18n/index.ts';
import type { OutputTable } from '../import/units-table.ts';
import type { SimulatedYear } from '../scenario/compare.ts';
import { EXIT_REASONS } from '../scenario/operations.ts';
import type { Roadmap, RoadmapYear } from '../scenario/roadmap.ts';
import { scopeText, verdictText } from '../scenario/target-status.ts';
import { targetPositionsText } from '../positions/quota-beside-text.ts';
import type { MetricsPositionsYear } from '../positions/quota-beside.ts';
import { metricsCell, metricsRowLabel, metricsRows } from './metrics-rows.ts';
import type { TargetResult } from '../scenario/targets.ts';

export interface SimulatedTargets {
  years: ReadonlyArray<SimulatedYear & { positions?: MetricsPositionsYear }>;
  targets: readonly TargetResult[];
}

export function scenarioMetricsTable(sim: SimulatedTargets): OutputTable {
  return {
    name: 'Chỉ số theo năm',
    columns: [
      { header: 'Chỉ số', width: 44 },
      ...sim.years.map((y) => ({ header: String(y.year), width: 12, numeric: true })),
    ],
    // Each metric, and under each quota what the plan's job positions justify when it has positions.
    rows: metricsRows(sim.years).map((r) => [metricsRowLabel('vi', r), ...sim.years.map((y) => metricsCell(r, y))]),
  };
}

export function scenarioTargetsTable(sim: SimulatedTargets): OutputTable {
  return {
    name: 'Mục tiêu',
    columns: [
      { header: 'Mục tiêu', width: 28 },
      { header: 'Nội dung', width: 60 },
      { header: 'Căn cứ', width: 36 },
      { header: 'Năm gốc', width: 10 },
      { header: 'Giá trị gốc', width: 14, numeric: true },
      { header: 'Năm mục tiêu', width: 12 },
      { header: 'Giá trị đạt được', width: 14, numeric: true },
      { header: 'Loại', width: 16 },
      { header: 'Phạm vi', width: 30 },
      { header: 'Ngưỡng để đạt', width: 14, numeric: true },
      { header: 'Yêu cầu (%)', width: 12, numeric: true },
      { header: 'Đạt được (%)', width: 12, numeric: true, numFmt: '0.00' },
      { header: 'Kết quả', width: 40 },
      { header: 'Còn thiếu', width: 12, numeric: true },
      { header: 'Theo vị trí việc làm', width: 60 },
    ],
    rows: sim.targets.map((t) => [
      t.id,
      t.title,
      t.citation,
      t.baseYear,
      t.baseline,
      t.year,
      t.value,
      KIND_LABELS[t.kind],
      scopeText('vi', t) ?? '',
      t.allowed,
      t.requiredPct,
      t.achievedPct,
      verdictText('vi', t),
      t.gap,
      (t.positions && targetPositionsText('vi', t.positions, t.year)) ?? '',
    ]),
  };
}

const KIND_LABELS: Record<TargetResult['kind'], string> = {
  reduction: 'Giảm tối thiểu',
  share: 'Tỷ lệ tối thiểu',
  not_above: 'Không vượt năm gốc',
};

/** The roadmap year by year: exits by reason, recruits, surplus and how much is covered, the cumulative reduction and the payouts (đồng). */
export function scenarioRoadmapTable(roadmap: Roadmap): OutputTable {
  const row = (label: string, value: (y: RoadmapYear) => number, total?: number) => [
    label,
    ...roadmap.years.map(value),
    total ?? null,
  ];
  const sum = (value: (y: RoadmapYear) => number) => roadmap.years.reduce((s, y) => s + value(y), 0);
  const flow = (label: string, value: (y: RoadmapYear) => number) => row(label, value, sum(value));
  return {
    name: 'Lộ trình tinh giản',
    columns: [
      { header: 'Chỉ tiêu', width: 44 },
      ...roadmap.years.map((y) => ({ header: String(y.year), width: 16, numeric: true })),
      { header: 'Tổng', width: 18, numeric: true },
    ],
    rows: [
      ...EXIT_REASONS.map((r) =>
        flow(translate('vi', 'rm.row.exit', { reason: `exit.reason.${r}` }), (y) => y.exits[r]),
      ),
      flow(translate('vi', 'rm.row.exitsTotal'), (y) => y.exitsTotal),
      flow(translate('vi', 'rm.row.recruits'), (y) => y.recruits),
      row(translate('vi', 'rm.row.surplus'), (y) => y.surplus),
      row(translate('vi', 'rm.row.covered'), (y) => y.covered),
      row(translate('vi', 'rm.row.remaining'), (y) => y.remaining),
      row(translate('vi', 'rm.row.cumulativeReduction'), (y) => y.cumulativeReduction),
      flow(translate('vi', 'rm.row.cost'), (y) => y.cost),
      row(translate('vi', 'rm.row.cumulativeCost'), (y) => y.cumulativeCost),
      // The costs above leave out the people whose payout is not computed: said as a row of its own, never hidden.
      ...(roadmap.years.some((y) => y.uncosted > 0)
        ? [flow(translate('vi', 'rm.row.uncosted'), (y) => y.uncosted)]
        : []),
    ],
  };
}
