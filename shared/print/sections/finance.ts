/**
 * Lộ trình and Kinh phí of a plan, from its simulation: leavers by reason and year, payouts per
 * policy and year (per unit in an appendix), the savings on the salary fund, the officer's other
 * costs. A figure that cannot be computed is said "chưa tính" with the reason, never printed as 0;
 * an estimate is marked as one.
 */
import { formatInteger } from '../../format.ts';
import { translate } from '../../i18n/index.ts';
import type { Operation } from '../../scenario/operations.ts';
import { LEAVER_REASONS, SURPLUS_REASONS, type Simulation } from '../../scenario/simulate.ts';
import type { Block, DataTable } from '../model.ts';
import { TEXT_WIDTH } from '../page.ts';
import type { ProposalSettings } from '../settings.ts';

const n = (v: number) => formatInteger(v, 'vi');

export interface FinanceInput {
  operations: readonly Operation[];
  simulation: Simulation;
  settings: Pick<ProposalSettings, 'otherCosts'>;
  /** The plan's period (the roadmap's years). */
  period: { from: number; to: number };
  labelOf: (code: string) => string;
}

const reasonName = (r: (typeof LEAVER_REASONS)[number]) =>
  r === 'dissolution' ? 'Giải thể đơn vị, không chuyển sang đơn vị khác' : translate('vi', `exit.reason.${r}`);

/** A row of a table by year: a number is printed in the Vietnamese format, a text as it is. */
interface YearRow {
  name: string;
  values: Array<number | string>;
  total: number | string;
  bold?: boolean;
}

/** A table of rows by the period's years, with a total column. */
function byYearTable(label: string, years: readonly number[], rows: readonly YearRow[]): DataTable {
  const first = 50;
  const w = Math.floor(((TEXT_WIDTH - first) / (years.length + 1)) * 100) / 100;
  const cell = (v: number | string) => (typeof v === 'number' ? n(v) : v);
  return {
    columns: [{ width: first }, ...[...years, 0].map(() => ({ width: w, align: 'right' as const }))],
    header: [[{ text: label }, ...years.map((y) => ({ text: String(y) })), { text: 'Cộng' }]],
    rows: rows.map((r) => ({
      cells: [r.name, ...r.values.map(cell), cell(r.total)],
      ...(r.bold ? { bold: true } : {}),
    })),
    nameColumn: 0,
    size: years.length > 6 ? 10 : 11,
  };
}

const periodYears = (p: FinanceInput['period']) => Array.from({ length: p.to - p.from + 1 }, (_, i) => p.from + i);

/** People leaving the payroll in each year of the period, by reason (the running totals' yearly change). */
export function leaversByReasonYear(input: FinanceInput): DataTable | null {
  const years = periodYears(input.period);
  const sims = input.simulation.years;
  const change = (r: (typeof LEAVER_REASONS)[number], year: number) => {
    const i = sims.findIndex((y) => y.year === year);
    if (i < 0) return 0;
    return sims[i]!.leaversByReason[r] - (i > 0 ? sims[i - 1]!.leaversByReason[r] : 0);
  };
  const counts = LEAVER_REASONS.map((r) => ({ r, values: years.map((y) => change(r, y)) }))
    .map((x) => ({ ...x, total: x.values.reduce((s, v) => s + v, 0) }))
    .filter((x) => x.total > 0);
  if (counts.length === 0) return null;
  const values = years.map((_, i) => counts.reduce((s, x) => s + x.values[i]!, 0));
  const rows: YearRow[] = counts.map((x) => ({ name: reasonName(x.r), values: x.values, total: x.total }));
  rows.push({ name: 'Cộng', values, total: values.reduce((s, v) => s + v, 0), bold: true });
  return byYearTable('Lý do', years, rows);
}

const POLICY_NAMES: Record<string, string> = {
  '178': 'Nghị định số 178/2024/NĐ-CP',
  '154': 'Nghị định số 154/2025/NĐ-CP',
  list: 'Theo danh sách nhân sự (tính từng người)',
};

/** What each exit is paid under: its policy, the personnel list's exact cost, or nothing computed. */
function policyOf(op: Operation | undefined): string | null {
  if (!op || op.type !== 'staffExit') return null;
  if (op.cost !== undefined) return 'list';
  return op.payout ? op.payout.policy : null;
}

/** Payouts by policy and year; people whose payout is not computed are counted as "chưa tính". */
export function payoutsByPolicyYear(input: FinanceInput): { table: DataTable; uncosted: number } | null {
  const years = periodYears(input.period);
  const exits = input.simulation.exits.filter((e) => e.year >= input.period.from);
  if (!exits.some((e) => e.cost > 0 || e.uncosted > 0)) return null;
  const policies = [
    ...new Set(exits.map((e) => policyOf(input.operations[e.index])).filter((p): p is string => p !== null)),
  ];
  const costs = policies.map((p) =>
    years.map((y) =>
      exits.filter((e) => e.year === y && policyOf(input.operations[e.index]) === p).reduce((s, e) => s + e.cost, 0),
    ),
  );
  const rows: YearRow[] = policies.map((p, i) => ({
    name: POLICY_NAMES[p] ?? p,
    values: costs[i]!,
    total: costs[i]!.reduce((s, v) => s + v, 0),
  }));
  const uncostedBy = years.map((y) => exits.filter((e) => e.year === y).reduce((s, e) => s + e.uncosted, 0));
  const uncosted = uncostedBy.reduce((s, v) => s + v, 0);
  if (uncosted > 0)
    rows.push({
      name: 'Chưa tính được (thiếu tiền lương, số năm đóng BHXH, số tháng nghỉ trước tuổi)',
      values: uncostedBy.map((v) => (v > 0 ? `${n(v)} người` : '—')),
      total: `${n(uncosted)} người`,
    });
  const sums = years.map((_, i) => costs.reduce((s, c) => s + c[i]!, 0));
  rows.push({ name: 'Cộng (đồng)', values: sums, total: sums.reduce((s, v) => s + v, 0), bold: true });
  return { table: byYearTable('Chính sách (đồng)', years, rows), uncosted };
}

/** Payouts per unit and year (the roadmap appendix): units with an exit paid or to pay. */
export function payoutsByUnitYear(input: FinanceInput): DataTable | null {
  const years = periodYears(input.period);
  const exits = input.simulation.exits.filter((e) => e.year >= input.period.from && (e.cost > 0 || e.uncosted > 0));
  if (exits.length === 0) return null;
  const codes = [...new Set(exits.map((e) => e.unitCode))];
  const rows = codes.map((code) => {
    const of = exits.filter((e) => e.unitCode === code);
    const values = years.map((y) => {
      const inYear = of.filter((e) => e.year === y);
      const cost = inYear.reduce((s, e) => s + e.cost, 0);
      const open = inYear.reduce((s, e) => s + e.uncosted, 0);
      return open > 0
        ? `${cost > 0 ? `${n(cost)} + ` : ''}chưa tính (${n(open)} người)`
        : inYear.length > 0
          ? n(cost)
          : '—';
    });
    const cost = of.reduce((s, e) => s + e.cost, 0);
    const open = of.reduce((s, e) => s + e.uncosted, 0);
    return {
      name: input.labelOf(code),
      values,
      total: open > 0 ? `${n(cost)} + chưa tính (${n(open)} người)` : n(cost),
    };
  });
  return byYearTable('Đơn vị (đồng)', years, rows);
}

/**
 * Savings on the salary fund: for each exit whose payout inputs give a monthly salary, salary × 12
 * × people for each year of the period after the year they leave. An estimate (the average salary
 * the officer gave, without the employer's contributions); leavers without a salary are "chưa tính".
 */
export function salarySavings(input: FinanceInput): Block[] {
  const years = periodYears(input.period);
  const surplus = new Set<string>(SURPLUS_REASONS);
  const leaving = input.simulation.exits.filter((e) => e.year >= input.period.from && surplus.has(e.reason));
  const salaried = leaving.flatMap((e) => {
    const op = input.operations[e.index];
    const salary = op?.type === 'staffExit' && op.payout ? op.payout.salary : null;
    return salary !== null && salary > 0
      ? [{ year: e.year, yearly: salary * 12 * (e.civilServants + e.publicEmployees) }]
      : [];
  });
  const last = input.simulation.years.at(-1)!;
  const first = input.simulation.years.find((y) => y.year === input.period.from - 1);
  const allSurplus = SURPLUS_REASONS.reduce(
    (s, r) => s + last.leaversByReason[r] - (first?.leaversByReason[r] ?? 0),
    0,
  );
  const withSalary = leaving
    .filter((e) => {
      const op = input.operations[e.index];
      return op?.type === 'staffExit' && op.payout && op.payout.salary > 0;
    })
    .reduce((s, e) => s + e.civilServants + e.publicEmployees, 0);
  const without = Math.max(0, allSurplus - withSalary);
  if (salaried.length === 0)
    return [
      {
        kind: 'para',
        text:
          allSurplus === 0
            ? 'Phương án không có người ra khỏi biên chế do sắp xếp, tinh giản: không phát sinh tiết kiệm quỹ tiền lương.'
            : `Tiết kiệm quỹ tiền lương: chưa tính, vì chưa có tiền lương của ${n(allSurplus)} người ra khỏi biên chế do sắp xếp, tinh giản (cần tiền lương bình quân tháng trong thông tin chi trả của từng đợt nghỉ hoặc danh sách nhân sự).`,
      },
    ];
  const perYear = years.map((y) => salaried.filter((s) => s.year < y).reduce((sum, s) => sum + s.yearly, 0));
  const total = perYear.reduce((s, v) => s + v, 0);
  return [
    {
      kind: 'para',
      text: `Tiết kiệm quỹ tiền lương (ước tính): ${n(total)} đồng trong giai đoạn ${input.period.from}–${input.period.to}, tính bằng tiền lương bình quân tháng (lương theo ngạch, bậc và các khoản phụ cấp được tính) ghi trong thông tin chi trả của từng đợt nghỉ × 12 tháng × số người, cho mỗi năm còn lại của giai đoạn sau năm nghỉ; chưa gồm các khoản đóng góp của cơ quan, đơn vị.${without > 0 ? ` Chưa tính phần của ${n(without)} người chưa có tiền lương.` : ''}`,
    },
    {
      kind: 'table',
      table: byYearTable('Tiết kiệm (đồng)', years, [{ name: 'Quỹ tiền lương giảm', values: perYear, total }]),
    },
  ];
}

/** The officer's other costs (label, amount) with their total; nothing when there are none. */
export function otherCostsBlocks(input: FinanceInput): Block[] {
  const costs = input.settings.otherCosts;
  if (costs.length === 0) return [];
  const total = costs.reduce((s, c) => s + c.amount, 0);
  return [
    { kind: 'caption', text: 'Các khoản kinh phí khác' },
    {
      kind: 'table',
      table: {
        columns: [{ width: 12, align: 'center' }, { width: 113 }, { width: 40, align: 'right' }],
        header: [[{ text: 'STT' }, { text: 'Nội dung' }, { text: 'Số tiền (đồng)' }]],
        rows: [
          ...costs.map((c, i) => ({ cells: [String(i + 1), c.label, n(c.amount)] })),
          { cells: ['', 'Cộng', n(total)], bold: true },
        ],
        nameColumn: 1,
        size: 12,
      },
    },
  ];
}

/** The Lộ trình and Kinh phí additions of the đề án: leavers by reason and year, payouts by policy, savings, other costs. */
export function financeBlocks(input: FinanceInput, unitAppendix: string | null): Block[] {
  const blocks: Block[] = [];
  const leavers = leaversByReasonYear(input);
  if (leavers)
    blocks.push(
      { kind: 'caption', text: 'Số người ra khỏi biên chế theo lý do và năm' },
      { kind: 'table', table: leavers },
    );
  const payouts = payoutsByPolicyYear(input);
  if (payouts)
    blocks.push(
      { kind: 'caption', text: 'Kinh phí chi trả chế độ theo chính sách và năm' },
      { kind: 'table', table: payouts.table },
      ...(unitAppendix
        ? [{ kind: 'para', text: `Kinh phí chi trả theo từng đơn vị và năm tại ${unitAppendix}.` } as Block]
        : []),
    );
  blocks.push(...salarySavings(input), ...otherCostsBlocks(input));
  return blocks;
}
