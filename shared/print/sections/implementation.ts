/**
 * Tổ chức thực hiện: the timeline of the plan's operations (grouped by the day they take effect,
 * a year alone for an undated one), and the bodies the responsibilities name (the heads of the
 * units the plan merges, dissolves or splits, with the last day the plan sets), for the editable text.
 */
import { formatInteger } from '../../format.ts';
import { describeOperation } from '../../scenario/describe.ts';
import { inDateOrder, isoToDisplay, operationWhen } from '../../scenario/operation-date.ts';
import type { Operation } from '../../scenario/operations.ts';
import { namesAt } from '../../scenario/names-at.ts';
import { unitLabels } from '../../scenario/figures.ts';
import type { DataTable } from '../model.ts';
import type { SectionInput } from './input.ts';
import { nameList } from './necessity.ts';

const n = (v: number) => formatInteger(v, 'vi');
/** Operations listed on one row of the timeline before "và … nội dung khác". */
export const TIMELINE_ROW_ITEMS = 6;

const ROADMAP = new Set<Operation['type']>(['staffExit', 'recruit']);

/** One row per day (or year) an operation takes effect: what is done then. */
export function timelineTable(input: Pick<SectionInput, 'baseline' | 'operations' | 'simulation'>): DataTable | null {
  if (input.operations.length === 0) return null;
  const names = namesAt(input.operations, unitLabels(input.baseline, ...input.simulation.years.map((y) => y.units)));
  const groups = new Map<string, { arrange: string[]; exits: number; recruits: number }>();
  for (const { op, index } of inDateOrder(input.operations.map((op, index) => ({ op, index })))) {
    const when = operationWhen(op);
    const g = groups.get(when) ?? { arrange: [], exits: 0, recruits: 0 };
    groups.set(when, g);
    if (op.type === 'staffExit') g.exits += op.civilServants + op.publicEmployees;
    else if (op.type === 'recruit') g.recruits += op.civilServants + op.publicEmployees;
    if (ROADMAP.has(op.type)) continue;
    const text = describeOperation(op, 'vi', names.before(index)).replace(/^(\d{2}\/\d{2}\/)?\d{4}: /, '');
    g.arrange.push(text);
  }
  const rows = [...groups].map(([when, g], i) => {
    const items = g.arrange.slice(0, TIMELINE_ROW_ITEMS);
    if (g.arrange.length > TIMELINE_ROW_ITEMS)
      items.push(`và ${n(g.arrange.length - TIMELINE_ROW_ITEMS)} nội dung sắp xếp khác`);
    if (g.exits > 0) items.push(`giải quyết chế độ, chính sách cho ${n(g.exits)} người ra khỏi biên chế theo lộ trình`);
    if (g.recruits > 0) items.push(`tuyển dụng ${n(g.recruits)} người theo lộ trình`);
    const said = items.join('; ');
    return { cells: [String(i + 1), when, said.charAt(0).toLocaleUpperCase('vi') + said.slice(1)] };
  });
  return {
    columns: [{ width: 12, align: 'center' }, { width: 28, align: 'center' }, { width: 125 }],
    header: [[{ text: 'STT' }, { text: 'Thời gian' }, { text: 'Nội dung thực hiện' }]],
    rows,
    nameColumn: 2,
    size: 12,
  };
}

/** The units whose heads answer for an arrangement (merged, dissolved, split, converted), as the plan names them. */
export function reorganisedUnits(input: Pick<SectionInput, 'baseline' | 'operations' | 'simulation'>): string[] {
  const labels = unitLabels(input.baseline, ...input.simulation.years.map((y) => y.units));
  const codes: string[] = [];
  for (const op of input.operations) {
    const of =
      op.type === 'merge'
        ? op.units
        : op.type === 'dissolve' || op.type === 'split' || op.type === 'convert'
          ? [op.unit]
          : [];
    for (const c of of) if (!codes.includes(c)) codes.push(c);
  }
  return codes.map(labels);
}

/** The last day an arrangement of the plan takes effect, dd/MM/yyyy (31/12 of its year for an undated one). */
export function lastArrangementDay(operations: readonly Operation[]): string | null {
  const days = operations
    .filter((op) => !ROADMAP.has(op.type))
    .map((op) => ('date' in op && op.date ? op.date : `${op.year}-12-31`));
  if (days.length === 0) return null;
  return isoToDisplay(days.reduce((a, b) => (b > a ? b : a)));
}

/** The words the responsibilities template names the heads and the deadline with. */
export function implementationWords(input: Pick<SectionInput, 'baseline' | 'operations' | 'simulation'>): {
  reorganised: string;
  deadline: string;
} {
  const units = reorganisedUnits(input);
  const last = lastArrangementDay(input.operations);
  return {
    reorganised: units.length > 0 ? ` (${nameList(units, 8)})` : '',
    deadline: last ? `, hoàn thành chậm nhất ngày ${last}` : '',
  };
}
