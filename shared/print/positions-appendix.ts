/**
 * The printed proposal's positions appendices (issue 21): for each unit the plan establishes or
 * merges (a merge's unit, a split's parts, a unit created) that is there at the horizon, its job
 * positions as the plan leaves them, in the positions template's columns (Vị trí việc làm, Nhóm
 * vị trí, Ngạch/chức danh nghề nghiệp, Hình thức, Số lượng cần, Số lượng hiện có) with totals.
 */
import type { Unit } from '../model/unit.ts';
import { formatInteger } from '../format.ts';
import type { Operation } from '../scenario/operations.ts';
import type { Simulation } from '../scenario/simulate.ts';
import { classScheme } from '../positions/classes.ts';
import { workforceOf, type Position, type StaffedUnit } from '../positions/model.ts';
import type { DataTable } from './model.ts';

const n = (v: number) => formatInteger(v, 'vi');
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The codes of the units the plan establishes or merges, in the order of its operations. */
export function reshapedUnits(operations: readonly Operation[]): string[] {
  const out: string[] = [];
  for (const op of operations) {
    if (op.type === 'merge') out.push(typeof op.into === 'string' ? op.into : op.into.code);
    else if (op.type === 'split') out.push(...op.into.map((p) => p.code));
    else if (op.type === 'create') out.push(op.unit.code);
  }
  return [...new Set(out)];
}

/** One unit's positions as the appendix's table. */
export function positionsTable(unit: StaffedUnit, positions: readonly Position[]): DataTable {
  const names = classScheme(workforceOf(unit)).names;
  const sum = (list: readonly Position[], f: 'needed' | 'present') => n(list.reduce((s, p) => s + p[f], 0));
  const quota = positions.filter((p) => p.staffing === 'quota');
  const contract = positions.filter((p) => p.staffing === 'contract');
  return {
    columns: [
      { width: 10, align: 'center' },
      { width: 45 },
      { width: 28 },
      { width: 34 },
      { width: 18, align: 'center' },
      { width: 15, align: 'right' },
      { width: 15, align: 'right' },
    ],
    header: [
      [
        'STT',
        'Vị trí việc làm',
        'Nhóm vị trí',
        'Ngạch/chức danh nghề nghiệp',
        'Hình thức',
        'Số lượng cần',
        'Số lượng hiện có',
      ].map((text) => ({ text })),
    ],
    rows: [
      ...positions.map((p, i) => ({
        cells: [
          String(i + 1),
          p.name,
          cap(names[p.class]),
          [p.rank, p.level !== null ? `bậc ${p.level}` : ''].filter(Boolean).join(', '),
          `${p.staffing === 'quota' ? 'Biên chế' : 'Hợp đồng'}${p.staffingDefaulted ? ' (*)' : ''}`,
          n(p.needed),
          n(p.present),
        ],
      })),
      { cells: ['', 'Tổng cộng', '', '', '', sum(positions, 'needed'), sum(positions, 'present')], bold: true },
      { cells: ['', 'Trong đó: biên chế', '', '', '', sum(quota, 'needed'), sum(quota, 'present')] },
      { cells: ['', 'Hợp đồng lao động', '', '', '', sum(contract, 'needed'), sum(contract, 'present')] },
    ],
    nameColumn: 1,
    size: 11,
  };
}

export interface PositionsAppendix {
  unit: Unit;
  table: DataTable | null;
  /** Lines whose staffing is the class default (marked "(*)"): a convention to verify. */
  defaulted: number;
}

/**
 * The reshaped units at the horizon with their positions (a table, or null when the plan leaves
 * the unit none); nothing when the workspace and plan hold no positions at all.
 */
export function positionsAppendices(sim: Simulation, operations: readonly Operation[]): PositionsAppendix[] {
  if (sim.years.every((y) => y.positions.size === 0)) return [];
  const last = sim.years[sim.years.length - 1]!;
  const byCode = new Map(last.units.map((u) => [u.code, u]));
  return reshapedUnits(operations)
    .filter((c) => byCode.has(c))
    .map((c) => {
      const unit = byCode.get(c)!;
      const list = last.positions.get(c) ?? [];
      return {
        unit,
        table: list.length > 0 ? positionsTable(unit, list) : null,
        defaulted: list.filter((p) => p.staffingDefaulted).length,
      };
    });
}
