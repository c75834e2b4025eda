/**
 * Two kinds of section of the đề án's Phương án that are not reshapings: units changing class
 * (a `reclassify` group: the district schools becoming commune-level units) with each unit's class
 * before → after, and a quota cut (`cutQuotas`) with each unit's quotas before → after and the
 * total cut. Each part is started from the plan's data and edited by the officer as the others.
 */
import { formatInteger } from '../../format.ts';
import { translate } from '../../i18n/index.ts';
import type { Unit } from '../../model/unit.ts';
import type { Operation } from '../../scenario/operations.ts';
import type { Simulation } from '../../scenario/simulate.ts';
import type { DataTable } from '../model.ts';
import type { OperationFacet } from '../settings.ts';

const n = (v: number) => formatInteger(v, 'vi');
const arrow = (a: number, b: number) => (a === b ? n(a) : `${n(a)} → ${n(b)}`);
const lower = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
type Reclassify = Extract<Operation, { type: 'reclassify' }>;
type CutQuotas = Extract<Operation, { type: 'cutQuotas' }>;

/** The class a reclassification gives, in words: "cấp xã, đơn vị sự nghiệp". */
export function classWords(op: Pick<Reclassify, 'level' | 'kind' | 'sector'>): string {
  return [
    op.level ? `cấp ${lower(translate('vi', `level.${op.level}`))}` : null,
    op.kind ? lower(translate('vi', `kind.${op.kind}`)) : null,
    op.sector ? `lĩnh vực ${lower(translate('vi', `sector.${op.sector}`))}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** A unit's class in the fields a reclassification changes ("cấp huyện, phòng"). */
const classOf = (u: Unit | undefined, op: Reclassify) =>
  u
    ? classWords({
        level: op.level && u.level,
        kind: op.kind && u.kind,
        sector: op.sector && u.sector,
      })
    : '';

/** A reclassification group's rows: each unit, its class before → after, quota and people (unchanged by it). */
export function reclassifyTable(
  ops: readonly Reclassify[],
  before: (code: string) => Unit | undefined,
  figures: ReadonlyArray<{ before: { quota: number; people: number } }>,
  name: (code: string) => string,
): DataTable {
  const total = figures.reduce((s, f) => ({ quota: s.quota + f.before.quota, people: s.people + f.before.people }), {
    quota: 0,
    people: 0,
  });
  return {
    columns: [
      { width: 11, align: 'center' },
      { width: 64 },
      { width: 28 },
      { width: 28 },
      { width: 17, align: 'right' },
      { width: 17, align: 'right' },
    ],
    header: [
      [
        { text: 'STT' },
        { text: 'Đơn vị' },
        { text: 'Trước' },
        { text: 'Sau' },
        { text: 'Biên chế' },
        { text: 'Số người' },
      ],
    ],
    rows: [
      ...ops.map((op, i) => ({
        cells: [
          String(i + 1),
          name(op.unit),
          classOf(before(op.unit), op),
          classWords(op),
          n(figures[i]!.before.quota),
          n(figures[i]!.before.people),
        ],
      })),
      { cells: ['', 'Cộng', '', '', n(total.quota), n(total.people)], bold: true },
    ],
    nameColumn: 1,
    size: 11,
  };
}

/** A reclassification group's parts, at group level. */
export function reclassifyTemplates(
  what: string,
  totals: { before: { units: number; quota: number; people: number; deputies: number } },
  detail: string,
): Record<OperationFacet, string> {
  const b = totals.before;
  return {
    rationale: `Chuyển các đơn vị thành ${what} để phù hợp với mô hình tổ chức sau sắp xếp và cơ quan quản lý trực tiếp.${detail ? ` ${detail}` : ''}`,
    functions: 'Giữ nguyên chức năng, nhiệm vụ của các đơn vị; thay đổi cấp quản lý, loại hình theo phương án.',
    structure: 'Giữ nguyên cơ cấu tổ chức bên trong theo quy định hiện hành.',
    leadership: `Giữ nguyên số lượng lãnh đạo của các đơn vị (cấp phó: ${n(b.deputies)}).`,
    staff: `Giữ nguyên biên chế và số người làm việc: ${n(b.units)} đơn vị, biên chế ${n(b.quota)}, ${n(b.people)} người.`,
    finance: 'Tài chính, tài sản của các đơn vị được bàn giao và quản lý theo cấp quản lý sau điều chỉnh.',
    headquarters: 'Giữ nguyên trụ sở làm việc hiện có của các đơn vị.',
  };
}

/** Each unit a quota cut lowered, with its own quotas just before and just after it. */
function cutRows(sim: Simulation, index: number) {
  const step = sim.steps.find((s) => s.index === index);
  return Object.entries(step?.units ?? {}).flatMap(([code, { before, after }]) => {
    if (!before || !after) return [];
    const cs = [before.own.civilServantQuota, after.own.civilServantQuota] as const;
    const pe = [before.own.publicEmployeeQuota, after.own.publicEmployeeQuota] as const;
    return cs[0] === cs[1] && pe[0] === pe[1] ? [] : [{ code, cs, pe, cut: cs[0] - cs[1] + pe[0] - pe[1] }];
  });
}

/** A quota cut's table: each unit, its civil-servant and state-paid quotas before → after, and the cut. */
export function cutQuotasTable(sim: Simulation, index: number, name: (code: string) => string): DataTable {
  const rows = cutRows(sim, index);
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return {
    columns: [
      { width: 11, align: 'center' },
      { width: 70 },
      { width: 32, align: 'right' },
      { width: 32, align: 'right' },
      { width: 20, align: 'right' },
    ],
    header: [
      [
        { text: 'STT' },
        { text: 'Đơn vị' },
        { text: 'Biên chế công chức' },
        { text: 'Số người làm việc (NSNN)' },
        { text: 'Giảm' },
      ],
    ],
    rows: [
      ...rows.map((r, i) => ({
        cells: [String(i + 1), name(r.code), arrow(r.cs[0], r.cs[1]), arrow(r.pe[0], r.pe[1]), n(r.cut)],
      })),
      {
        cells: [
          '',
          'Cộng',
          arrow(
            sum((r) => r.cs[0]),
            sum((r) => r.cs[1]),
          ),
          arrow(
            sum((r) => r.pe[0]),
            sum((r) => r.pe[1]),
          ),
          n(sum((r) => r.cut)),
        ],
        bold: true,
      },
    ],
    nameColumn: 1,
    size: 11,
  };
}

/** A quota cut's parts: the total cut from the same rows as its table. */
export function cutQuotasTemplates(
  sim: Simulation,
  op: CutQuotas,
  index: number,
  rationale: string,
  detail: string,
): Record<OperationFacet, string> {
  const rows = cutRows(sim, index);
  const cs = rows.reduce((s, r) => s + r.cs[0] - r.cs[1], 0);
  const pe = rows.reduce((s, r) => s + r.pe[0] - r.pe[1], 0);
  const before = rows.reduce((s, r) => s + r.cs[0] + r.pe[0], 0);
  return {
    rationale: `${rationale}, để thực hiện mục tiêu tinh giản biên chế.`,
    functions: 'Giữ nguyên chức năng, nhiệm vụ của các đơn vị.',
    structure: 'Giữ nguyên cơ cấu tổ chức bên trong theo quy định hiện hành.',
    leadership: 'Không thay đổi số lượng lãnh đạo của các đơn vị.',
    staff: `Cắt giảm ít nhất ${String(op.percent).replace('.', ',')}% tại ${n(rows.length)} đơn vị: biên chế ${n(before)} → ${n(before - cs - pe)}, giảm ${n(cs + pe)} (${n(cs)} biên chế công chức, ${n(pe)} số người làm việc hưởng lương từ ngân sách nhà nước).${detail ? ` ${detail}` : ''}`,
    finance: 'Quỹ lương và kinh phí hoạt động của các đơn vị được giao theo biên chế sau cắt giảm.',
    headquarters: 'Giữ nguyên trụ sở làm việc hiện có của các đơn vị.',
  };
}
