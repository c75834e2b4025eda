/**
 * Thực trạng at the base date (never after the plan): staff by category from the units' figures;
 * from the personnel list when there is one, the age structure and the people who reach the
 * statutory retirement age in each year of the plan's period (people/attrition.ts, the Labour Code
 * ages of people/retirement.ts); the public service units by autonomy group (Decree 60/2021, from
 * the recorded finance figures).
 */
import { formatDecimal, formatInteger } from '../../format.ts';
import type { Unit } from '../../model/unit.ts';
import { naturalRetirements, type AttritionPerson, type CountKey } from '../../people/attrition.ts';
import { metricsOf } from '../../scenario/metrics.ts';
import { staffOf } from '../../scenario/simulate.ts';
import { TEXT_WIDTH } from '../page.ts';
import type { Block, DataTable, TableRow } from '../model.ts';
import { baseYearOf, type SectionInput } from './input.ts';

const n = (v: number) => formatInteger(v, 'vi');
const sum = (units: readonly Unit[], f: (u: Unit) => number) => units.reduce((s, u) => s + f(u), 0);
const header = (...titles: string[]) => [titles.map((text) => ({ text }))];

/** Staff by category: assigned and present, civil servants, state-paid public employees, the others; deputies. */
export function staffByCategory(units: readonly Unit[]): DataTable {
  const row = (name: string, quota: number | null, actual: number, bold = false): TableRow => ({
    cells: [name, quota === null ? '—' : n(quota), n(actual)],
    ...(bold ? { bold } : {}),
  });
  const cs = sum(units, (u) => u.civilServantQuota);
  const pe = sum(units, (u) => u.publicEmployeeQuota);
  return {
    columns: [
      { width: 95, align: 'left' },
      { width: 35, align: 'right' },
      { width: 35, align: 'right' },
    ],
    header: header('Loại', 'Được giao', 'Hiện có'),
    rows: [
      row(
        'Công chức',
        cs,
        sum(units, (u) => u.civilServantActual),
      ),
      row(
        'Viên chức, người làm việc hưởng lương từ ngân sách nhà nước',
        pe,
        sum(units, (u) => u.publicEmployeeActual),
      ),
      row(
        'Viên chức hưởng lương từ nguồn thu sự nghiệp',
        null,
        sum(units, (u) => u.selfFundedEmployees),
      ),
      row(
        'Hợp đồng lao động',
        null,
        sum(units, (u) => u.contractWorkers),
      ),
      row(
        'Cộng công chức và viên chức hưởng lương từ ngân sách nhà nước',
        cs + pe,
        sum(units, (u) => u.civilServantActual + u.publicEmployeeActual),
        true,
      ),
      row('Tổng số người hiện có', null, sum(units, staffOf), true),
      row(
        'Trong đó: lãnh đạo cấp phó (người)',
        null,
        sum(units, (u) => u.deputies),
      ),
    ],
    nameColumn: 0,
    size: 12,
  };
}

/** Age bands at the end of the base year; the last is open. */
export const AGE_BANDS: ReadonlyArray<{ label: string; from: number; to: number | null }> = [
  { label: 'Dưới 30 tuổi', from: 0, to: 29 },
  { label: 'Từ 30 đến 39 tuổi', from: 30, to: 39 },
  { label: 'Từ 40 đến 49 tuổi', from: 40, to: 49 },
  { label: 'Từ 50 đến 54 tuổi', from: 50, to: 54 },
  { label: 'Từ 55 đến 59 tuổi', from: 55, to: 59 },
  { label: 'Từ 60 tuổi trở lên', from: 60, to: null },
];

const CATEGORIES: ReadonlyArray<{ key: CountKey; label: string }> = [
  { key: 'civil_servant', label: 'Công chức' },
  { key: 'public_employee', label: 'Viên chức' },
  { key: 'contract', label: 'Hợp đồng lao động' },
  { key: 'unspecified', label: 'Chưa phân loại' },
];

/** The people by age band (age at 31/12 of `year`, in whole years from the birth month) and category. */
export function ageStructure(people: readonly AttritionPerson[], year: number): DataTable {
  const cats = CATEGORIES.filter((c) => people.some((p) => (p.category ?? 'unspecified') === c.key));
  const counts = AGE_BANDS.map(() => new Map<CountKey, number>());
  for (const p of people) {
    // Age at 31 December: the birthday month has passed by then.
    const age = year - p.birth.year;
    const i = AGE_BANDS.findIndex((b) => age >= b.from && (b.to === null || age <= b.to));
    const key = p.category ?? 'unspecified';
    if (i >= 0) counts[i]!.set(key, (counts[i]!.get(key) ?? 0) + 1);
  }
  const total = people.length;
  const share = (v: number) => (total === 0 ? '—' : `${formatDecimal((v * 100) / total, 1)}%`);
  const rowOf = (label: string, m: Map<CountKey, number>, bold = false): TableRow => {
    const all = [...m.values()].reduce((s, v) => s + v, 0);
    return { cells: [label, ...cats.map((c) => n(m.get(c.key) ?? 0)), n(all), share(all)], ...(bold ? { bold } : {}) };
  };
  const totals = new Map<CountKey, number>();
  for (const m of counts) for (const [k, v] of m) totals.set(k, (totals.get(k) ?? 0) + v);
  const widths = [50, ...cats.map(() => 0), 25, 22];
  const free = (TEXT_WIDTH - 50 - 25 - 22) / Math.max(1, cats.length);
  return {
    columns: widths.map((w, i) => ({ width: i === 0 ? w : w || free, align: i === 0 ? 'left' : 'right' })),
    header: header('Độ tuổi', ...cats.map((c) => c.label), 'Tổng số', 'Tỷ lệ'),
    rows: [...AGE_BANDS.map((b, i) => rowOf(b.label, counts[i]!)), rowOf('Tổng cộng', totals, true)],
    nameColumn: 0,
    size: 12,
  };
}

/** People reaching the statutory retirement age in each year of the period, by category; those already past it apart. */
export function retirementsByYear(people: readonly AttritionPerson[], from: number, to: number): DataTable {
  const { totals } = naturalRetirements(people, from, to);
  const cats = CATEGORIES.filter((c) => people.some((p) => (p.category ?? 'unspecified') === c.key));
  const rows: TableRow[] = totals.years.map((y) => ({
    cells: [String(y.year), ...cats.map((c) => n(y.byCategory[c.key])), n(y.total)],
  }));
  rows.push({
    cells: ['Cộng', ...cats.map((c) => n(totals.inRange.byCategory[c.key])), n(totals.inRange.total)],
    bold: true,
  });
  if (totals.overdue.total > 0)
    rows.push({
      cells: [
        `Đã đến tuổi trước năm ${from}, còn trong danh sách`,
        ...cats.map((c) => n(totals.overdue.byCategory[c.key])),
        n(totals.overdue.total),
      ],
    });
  const free = (TEXT_WIDTH - 45 - 25) / Math.max(1, cats.length);
  return {
    columns: [
      { width: 45 },
      ...cats.map(() => ({ width: free, align: 'right' as const })),
      { width: 25, align: 'right' },
    ],
    header: header('Năm', ...cats.map((c) => c.label), 'Tổng số'),
    rows,
    nameColumn: 0,
    size: 12,
  };
}

/** Public service units by autonomy group (Decree 60/2021), from the finance figures; none recorded: said so. */
export function autonomyBlocks(input: Pick<SectionInput, 'baseline' | 'autonomy'>): Block[] {
  const psus = input.baseline.filter((u) => u.kind === 'psu');
  if (psus.length === 0) return [{ kind: 'para', text: 'Không có đơn vị sự nghiệp công lập.' }];
  const m = metricsOf(input.baseline, input.autonomy);
  if (m.autonomyUnknown === psus.length)
    return [
      {
        kind: 'para',
        text: `Chưa có số liệu tài chính (nguồn thu, chi thường xuyên) của ${n(psus.length)} đơn vị sự nghiệp công lập để xác định mức độ tự chủ theo Nghị định số 60/2021/NĐ-CP; cần bổ sung.`,
      },
    ];
  const rows: Array<[string, number]> = [
    ['Nhóm 1: tự bảo đảm chi thường xuyên và chi đầu tư', m.autonomyGroup1],
    ['Nhóm 2: tự bảo đảm chi thường xuyên', m.autonomyGroup2],
    ['Nhóm 3: tự bảo đảm một phần chi thường xuyên', m.autonomyGroup3],
    ['Nhóm 4: do Nhà nước bảo đảm chi thường xuyên', m.autonomyGroup4],
    ['Chưa có số liệu để xác định', m.autonomyUnknown],
  ];
  const share = (v: number) => `${formatDecimal((v * 100) / psus.length, 1)}%`;
  return [
    {
      kind: 'table',
      table: {
        columns: [{ width: 115 }, { width: 25, align: 'right' }, { width: 25, align: 'right' }],
        header: header('Mức độ tự chủ tài chính (Nghị định số 60/2021/NĐ-CP)', 'Số đơn vị', 'Tỷ lệ'),
        rows: [
          ...rows.map(([label, v]) => ({ cells: [label, n(v), share(v)] })),
          { cells: ['Tổng cộng', n(psus.length), share(psus.length)], bold: true },
        ],
        nameColumn: 0,
        size: 12,
      },
    },
  ];
}

/** The state's tables after those by kind and sector: staff, the list's ages and retirements, autonomy. */
export function currentStateBlocks(
  input: SectionInput,
  period: { from: number; to: number },
  heading: (title: string) => Block,
): Block[] {
  const year = baseYearOf(input);
  const blocks: Block[] = [
    heading('Đội ngũ cán bộ, công chức, viên chức, người lao động'),
    { kind: 'table', table: staffByCategory(input.baseline) },
  ];
  const people = input.people ?? [];
  if (people.length > 0) {
    blocks.push(
      {
        kind: 'caption',
        text: `Cơ cấu độ tuổi theo danh sách nhân sự (${n(people.length)} người, tuổi tính đến 31/12/${year})`,
      },
      { kind: 'table', table: ageStructure(people, year) },
      { kind: 'caption', text: `Số người đến tuổi nghỉ hưu theo năm, giai đoạn ${period.from}–${period.to}` },
      { kind: 'table', table: retirementsByYear(people, period.from, period.to) },
      {
        kind: 'para',
        italic: true,
        noIndent: true,
        text: 'Tuổi nghỉ hưu theo Bộ luật Lao động năm 2019 (Điều 169) và bảng tuổi nghỉ hưu kèm theo Nghị định số 135/2020/NĐ-CP (lộ trình từng năm cần đối chiếu bảng gốc trước khi ban hành).',
      },
    );
  } else
    blocks.push({
      kind: 'para',
      text: 'Chưa có danh sách nhân sự: cơ cấu độ tuổi và số người đến tuổi nghỉ hưu theo năm chưa được tổng hợp.',
    });
  blocks.push(heading('Mức độ tự chủ tài chính của các đơn vị sự nghiệp công lập'), ...autonomyBlocks(input));
  return blocks;
}
