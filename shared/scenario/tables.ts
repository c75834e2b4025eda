/** A simulated plan as tables to export: its metrics year by year, and its targets. */
import { translate } from '../i18n/index.ts';
import type { OutputTable } from '../import/units-table.ts';
import type { SimulatedYear } from './compare.ts';

export const SCENARIO_METRICS = [
  'units', 'agencies', 'psus', 'civilServantQuota', 'civilServantActual', 'publicEmployeeQuota', 'publicEmployeeActual', 'deputies', 'leavers', 'converted',
  'autonomyGroup1', 'autonomyGroup2', 'autonomyGroup3', 'autonomyGroup4', 'autonomyUnknown', 'autonomyGroups12',
] as const;

export interface SimulatedTargets {
  years: readonly SimulatedYear[];
  targets: ReadonlyArray<{ id: string; title: string; citation: string; kind: 'reduction' | 'share'; baseYear: number; year: number; baseline: number; value: number; requiredPct: number; achievedPct: number; met: boolean; gap: number; allowed: number }>;
}

export function scenarioMetricsTable(sim: SimulatedTargets): OutputTable {
  return {
    name: 'Chỉ số theo năm',
    columns: [{ header: 'Chỉ số', width: 44 }, ...sim.years.map((y) => ({ header: String(y.year), width: 12, numeric: true }))],
    rows: SCENARIO_METRICS.map((m) => [translate('vi', `scn.metric.${m}`), ...sim.years.map((y) => y[m])]),
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
      { header: 'Ngưỡng để đạt', width: 14, numeric: true },
      { header: 'Yêu cầu (%)', width: 12, numeric: true },
      { header: 'Đạt được (%)', width: 12, numeric: true, numFmt: '0.00' },
      { header: 'Kết quả', width: 12 },
      { header: 'Còn thiếu', width: 12, numeric: true },
    ],
    rows: sim.targets.map((t) => [
      t.id, t.title, t.citation, t.baseYear, t.baseline, t.year, t.value, t.kind === 'share' ? 'Tỷ lệ tối thiểu' : 'Giảm tối thiểu', t.allowed, t.requiredPct, t.achievedPct,
      t.met ? 'Đạt' : 'Chưa đạt', t.gap,
    ]),
  };
}
