/**
 * The đề án's Phương án, one section per operation that reshapes the organisation (a merge, a
 * split, a dissolution, a unit created, converted, moved or annexed): its name and rationale,
 * functions and tasks, internal structure (the same-named offices of merged agencies with what the
 * plan does to each), leadership, staff and quotas before → after as subtree totals, finance and
 * assets, headquarters. Each part is started from the plan's data and edited by the officer
 * (ProposalSettings.operationSections, by `operationKey`).
 */
import { formatInteger } from '../../format.ts';
import { translate } from '../../i18n/index.ts';
import type { Unit } from '../../model/unit.ts';
import { describeOperation } from '../../scenario/describe.ts';
import { operationUnits } from '../../scenario/diff.ts';
import { quotaOfRollup, type UnitFigures } from '../../scenario/figures.ts';
import { inDateOrder } from '../../scenario/operation-date.ts';
import type { Operation } from '../../scenario/operations.ts';
import type { Simulation } from '../../scenario/simulate.ts';
import { matchKey } from '../../text.ts';
import { appendixRef, type Block, type DataTable } from '../model.ts';
import { groupOf, type OperationGroupOf } from './operation-groups.ts';
import { OPERATION_FACETS, type OperationFacet, type ProposalSettings } from '../settings.ts';
import { removals } from './unit-fates.ts';
import { deputiesNote, headsOf, headsText } from './leadership.ts';
import { cutQuotasTable, cutQuotasTemplates, reclassifyTable, reclassifyTemplates } from './class-and-quota.ts';

const n = (v: number) => formatInteger(v, 'vi');

/** The operations that get a section of their own. */
const RESHAPING = new Set<Operation['type']>([
  'merge',
  'split',
  'dissolve',
  'create',
  'convert',
  'transfer',
  'annex',
  'reclassify',
  'cutQuotas',
]);

/** A section's table of more rows than this (its total row aside) goes to an appendix when the officer attaches them ("groups"). */
export const TABLE_ROWS_IN_BODY = 30;

export const FACET_TITLES: Record<OperationFacet, string> = {
  rationale: 'Tên gọi và lý do sắp xếp',
  functions: 'Chức năng, nhiệm vụ',
  structure: 'Cơ cấu tổ chức bên trong',
  leadership: 'Bố trí lãnh đạo',
  staff: 'Biên chế và số người làm việc',
  finance: 'Tài chính, tài sản',
  headquarters: 'Trụ sở làm việc',
};

/** An operation's key in the settings: its type, date (or year) and units; a repeated one numbered. */
export function operationKeys(operations: readonly Operation[]): string[] {
  const seen = new Map<string, number>();
  return operations.map((op) => {
    const base = `${op.type}:${('date' in op && op.date) || op.year}:${operationUnits(op).join('+')}`.slice(0, 280);
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return k === 1 ? base : `${base}#${k}`;
  });
}

export interface OperationPlanInput {
  baseline: readonly Unit[];
  operations: readonly Operation[];
  simulation: Simulation;
  settings: Pick<ProposalSettings, 'operationSections'>;
  /** Each unit's name as the tables print it. */
  labelOf: (code: string) => string;
  /** Whether the long tables go to appendices (the "groups" appendix attached): see `TABLE_ROWS_IN_BODY`. */
  tablesInAppendix?: boolean;
}

export interface OperationPlan {
  /** The operation's key, or the group's ("group:transfer:2025-07-01:commune"). */
  key: string;
  /** The keys of the operations the section covers: its own, or the group's members in date order. */
  members: string[];
  /** A group's table: each operation's units, what they become, quota and people before → after; a quota cut's units. */
  table?: DataTable;
  /** The table is printed in its own appendix (key `groups:KEY`), the body referring to it. */
  tableInAppendix?: boolean;
  /** "Hợp nhất … (2025)". */
  title: string;
  /** Each part as printed: the officer's text, else `templates`. */
  facets: Record<OperationFacet, string>;
  templates: Record<OperationFacet, string>;
}

/** The units at the end of the year before `year` (the baseline before the first simulated year). */
function unitsBefore(input: OperationPlanInput, year: number): readonly Unit[] {
  const prior = input.simulation.years.filter((y) => y.year < year);
  return prior.length > 0 ? prior[prior.length - 1]!.units : input.baseline;
}

/** Each year's units by code and by parent, and the codes left at the horizon: indexed once for all the operations. */
class UnitIndex {
  private readonly byYear = new Map<number, { byCode: Map<string, Unit>; children: Map<string, Unit[]> }>();
  readonly horizon: Set<string>;
  private readonly input: OperationPlanInput;
  constructor(input: OperationPlanInput) {
    this.input = input;
    this.horizon = new Set(input.simulation.years.at(-1)!.units.map((u) => u.code));
  }
  /** A unit as the plan has it around `year`: at its end, else at the end of the year before. */
  around(year: number, code: string): Unit | undefined {
    let at = this.ends.get(year);
    if (!at) {
      const units = this.input.simulation.years.find((y) => y.year === year)?.units ?? [];
      this.ends.set(year, (at = new Map(units.map((u) => [u.code, u]))));
    }
    return at.get(code) ?? this.before(year).byCode.get(code);
  }
  private readonly ends = new Map<number, Map<string, Unit>>();
  /** The units at the end of the year before `year`. */
  before(year: number) {
    let at = this.byYear.get(year);
    if (!at) {
      const units = unitsBefore(this.input, year);
      const children = new Map<string, Unit[]>();
      for (const u of units) if (u.parentCode) children.set(u.parentCode, [...(children.get(u.parentCode) ?? []), u]);
      this.byYear.set(year, (at = { byCode: new Map(units.map((u) => [u.code, u])), children }));
    }
    return at;
  }
}

type Totals = ReturnType<typeof sumFigures>;
const sumFigures = (list: Array<UnitFigures | null | undefined>) =>
  list.reduce(
    (s, f) =>
      f
        ? {
            quota: s.quota + quotaOfRollup(f.total),
            people: s.people + f.total.totalPeople,
            deputies: s.deputies + f.own.deputies,
            units: s.units + 1,
          }
        : s,
    { quota: 0, people: 0, deputies: 0, units: 0 },
  );

/** Parts 1–7 of one operation, from the plan's data. */
function templatesOf(
  input: OperationPlanInput,
  units: UnitIndex,
  op: Operation,
  index: number,
  later: readonly Operation[],
): Record<OperationFacet, string> {
  const sim = input.simulation;
  const step = sim.steps.find((s) => s.index === index);
  const name = input.labelOf;
  const codes = [...new Set(operationUnits(op))];
  const before = codes.map((c) => step?.units[c]?.before).filter((f) => f);
  const after = codes.map((c) => step?.units[c]?.after).filter((f) => f);
  const figures = (when: 'before' | 'after') =>
    codes
      .map((c) => {
        const f = step?.units[c]?.[when];
        return f
          ? `${name(c)}: biên chế ${n(quotaOfRollup(f.total))}, ${n(f.total.totalPeople)} người${f.subordinates > 0 ? ` (kể cả ${n(f.subordinates)} đơn vị trực thuộc)` : ''}`
          : null;
      })
      .filter((x): x is string => x !== null);
  const b = sumFigures(before);
  const a = sumFigures(after);
  const into = op.type === 'merge' ? (typeof op.into === 'string' ? op.into : op.into.code) : null;
  const sources = op.type === 'merge' ? op.units.filter((c) => c !== into) : [];
  const target = into ? name(into) : '';
  const list = (cs: readonly string[]) => cs.map(name).join(', ');

  // Rationale: what the rules found in the units before the operation.
  const prior = sim.years.filter((y) => y.year < op.year).at(-1) ?? sim.years[0]!;
  const found = [
    ...new Set(
      prior.findings
        .filter((f) => f.severity !== 'note' && codes.includes(f.unitCode))
        .map((f) => `${name(f.unitCode)} (${translate('vi', `rule.${f.rule}`).toLocaleLowerCase('vi')})`),
    ),
  ];
  const shortfalls =
    found.length > 0 ? ` Trước sắp xếp, chưa bảo đảm tiêu chí theo quy định: ${found.join('; ')}.` : '';
  const aims: Partial<Record<Operation['type'], string>> = {
    merge: `nhằm giảm đầu mối, khắc phục sự chồng chéo chức năng, nhiệm vụ giữa ${list(op.type === 'merge' ? op.units : [])}`,
    dissolve: 'do đơn vị không còn đủ điều kiện hoạt động hoặc chức năng, nhiệm vụ không còn cần thiết',
    split: 'để bảo đảm phạm vi quản lý phù hợp với chức năng, nhiệm vụ',
    create: 'để thực hiện chức năng, nhiệm vụ mới theo yêu cầu quản lý',
    convert: 'theo chủ trương chuyển đơn vị đủ điều kiện ra ngoài khu vực nhà nước',
    transfer: 'để thống nhất đầu mối quản lý theo ngành, lĩnh vực',
    annex: 'để thống nhất đầu mối quản lý',
    reclassify: 'để phù hợp với mô hình tổ chức sau sắp xếp',
  };
  const rationale = `${sentence(describeOperation(op, 'vi', name))}, ${aims[op.type] ?? 'theo phương án'}.${shortfalls}`;

  const functions: Record<string, string> = {
    merge: `${target} thực hiện chức năng, nhiệm vụ của ${list(op.type === 'merge' ? op.units : [])}; rà soát, loại bỏ nhiệm vụ trùng lặp trong quy định chức năng, nhiệm vụ, quyền hạn của đơn vị sau sắp xếp.`,
    dissolve:
      op.type === 'dissolve' && op.staffTo
        ? `Chức năng, nhiệm vụ còn cần thiết của ${list(codes)} chuyển giao cho ${name(op.staffTo)}.`
        : `Chấm dứt hoạt động của ${list(codes)}; nhiệm vụ còn cần thiết (nếu có) giao cơ quan quản lý ngành, lĩnh vực.`,
    split: `Chức năng, nhiệm vụ của ${name(codes[0]!)} được phân chia cho ${op.type === 'split' ? op.into.map((p) => p.name).join(', ') : ''} theo quyết định của cấp có thẩm quyền.`,
    create: `Chức năng, nhiệm vụ của ${list(codes)} theo quyết định thành lập.`,
    convert: `${list(codes)} chuyển ra ngoài khu vực nhà nước; chức năng quản lý nhà nước (nếu có) giao cơ quan chuyên môn.`,
    transfer: `Giữ nguyên chức năng, nhiệm vụ của ${list(codes)}; thay đổi cơ quan quản lý trực tiếp.`,
    annex: `Giữ nguyên chức năng, nhiệm vụ của ${list(codes)}; thay đổi cơ quan quản lý trực tiếp.`,
    reclassify: `Giữ nguyên chức năng, nhiệm vụ của ${list(codes)}; thay đổi cấp quản lý, loại hình theo phương án.`,
  };

  const structure = structureText(input, units, op, later, into);

  // The deputies above the limit and the deadline to comply (said of the merged unit, or of its parent for a limit on average).
  const parent = into ? (units.before(op.year).byCode.get(into)?.parentCode ?? null) : null;
  const deadlines = sim.notices
    .filter(
      (x) =>
        x.key.startsWith('scn.deputy') && (codes.includes(x.unitCode) || (x.unitCode === parent && x.year === op.year)),
    )
    .map((x) => `${name(x.unitCode)}: ${translate('vi', x.key, x.params)}`);
  const heads = sim.heads.filter((h) => h.index === index);
  const leadership =
    op.type === 'merge'
      ? `${headsText(heads, name, target) || `Người đứng đầu: ${n(b.units)} → 1 (${target})`}; cấp phó: ${n(b.deputies)} → ${n(a.deputies)}${deputiesNote(heads)}.${deadlines.length > 0 ? ` ${deadlines.join(' ')}` : ''} Việc bố trí lãnh đạo do cấp có thẩm quyền quyết định theo phân cấp quản lý cán bộ.`
      : op.type === 'dissolve' || op.type === 'convert'
        ? `${headsOf(codes.map((c) => units.around(op.year, c)))} và ${n(b.deputies)} cấp phó của ${list(codes)} được bố trí, sắp xếp hoặc giải quyết chế độ, chính sách theo quy định.`
        : `Cấp phó: ${n(b.deputies)} → ${n(a.deputies)}.${deadlines.length > 0 ? ` ${deadlines.join(' ')}` : ''}`;

  const staff = [
    `Trước sắp xếp (tính cả các đơn vị trực thuộc): ${figures('before').join('; ') || 'không có'}; cộng biên chế ${n(b.quota)}, ${n(b.people)} người.`,
    `Sau sắp xếp: ${figures('after').join('; ') || 'không còn'}; cộng biên chế ${n(a.quota)}, ${n(a.people)} người.`,
  ].join('\n');

  const finance: Record<string, string> = {
    merge: `${target} tiếp nhận nguyên trạng tài chính, tài sản, hồ sơ, tài liệu của ${list(sources)}; các đơn vị kiểm kê, khóa sổ kế toán, bàn giao theo quy định về quản lý, sử dụng tài sản công.`,
    dissolve: `${list(codes)} kiểm kê, khóa sổ kế toán; tài chính, tài sản được xử lý theo quy định về quản lý, sử dụng tài sản công${op.type === 'dissolve' && op.staffTo ? `, bàn giao cho ${name(op.staffTo)}` : ''}.`,
    split: `Tài chính, tài sản của ${name(codes[0]!)} được phân chia cho các đơn vị sau chia tách theo chức năng, nhiệm vụ được giao.`,
    create: `Kinh phí hoạt động của ${list(codes)} bố trí từ ngân sách nhà nước theo phân cấp và nguồn thu sự nghiệp (nếu có).`,
    convert: `Tài chính, tài sản của ${list(codes)} xử lý theo quy định về chuyển đơn vị sự nghiệp công lập thành công ty cổ phần.`,
  };
  const headquarters =
    op.type === 'merge'
      ? `Tệp dữ liệu chưa có thông tin trụ sở: cần ghi rõ trụ sở chính của ${target} (sử dụng trụ sở hiện có của ${list(op.units)}) và phương án sử dụng các trụ sở còn lại.`
      : op.type === 'dissolve' || op.type === 'convert'
        ? `Tệp dữ liệu chưa có thông tin trụ sở: cần ghi rõ phương án xử lý trụ sở của ${list(codes)}.`
        : `Tệp dữ liệu chưa có thông tin trụ sở: cần ghi rõ trụ sở làm việc của ${list(codes)}.`;
  return {
    rationale,
    functions: functions[op.type] ?? '',
    structure,
    leadership,
    staff,
    finance: finance[op.type] ?? `Giữ nguyên tài chính, tài sản của ${list(codes)}.`,
    headquarters,
  };
}

/** An operation's words as a sentence, without the year it starts with ("2026: hợp nhất …" → "Hợp nhất …"). */
const sentence = (s: string) => {
  const t = s.replace(/^(\d{2}\/\d{2}\/)?\d{4}: /, '').replace(/\.$/, '');
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
};

/**
 * The offices inside the merged units, grouped by name (two "Văn phòng Sở", two "Thanh tra Sở"),
 * each with what the plan's later operations do to it: merged, dissolved, or kept in the new unit.
 */
function structureText(
  input: OperationPlanInput,
  index: UnitIndex,
  op: Operation,
  later: readonly Operation[],
  into: string | null,
): string {
  if (op.type !== 'merge' || !into) return 'Giữ nguyên cơ cấu tổ chức bên trong theo quy định hiện hành.';
  const { children: childrenOf } = index.before(op.year);
  const children = op.units.flatMap((c) => childrenOf.get(c) ?? []);
  if (children.length === 0) return `Các đơn vị hợp nhất không có tổ chức bên trong được ghi trong tệp dữ liệu.`;
  const fates = removals(later, input.labelOf);
  const keptInto = new Map<string, string>();
  for (const o of later)
    if (o.type === 'merge') {
      const k = typeof o.into === 'string' ? o.into : o.into.code;
      if (o.units.includes(k))
        keptInto.set(
          k,
          `Hợp nhất với ${o.units
            .filter((c) => c !== k)
            .map(input.labelOf)
            .join(', ')} (${o.year})`,
        );
    }
  const horizon = index.horizon;
  const fate = (code: string) =>
    fates.get(code) ??
    keptInto.get(code) ??
    (horizon.has(code) ? `Giữ nguyên, trực thuộc ${input.labelOf(into)}` : 'Không còn');
  const groups = new Map<string, Unit[]>();
  for (const c of children) {
    const k = matchKey(c.name);
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  const lines = [...groups.values()].map((list) => {
    const of = list.map(
      (c) =>
        `của ${input.labelOf(c.parentCode!)}: ${fate(c.code).charAt(0).toLocaleLowerCase('vi')}${fate(c.code).slice(1)}`,
    );
    return `- ${list[0]!.name}${list.length > 1 ? ` (${n(list.length)} đơn vị cùng tên)` : ''}: ${of.join('; ')}.`;
  });
  return [
    `Các tổ chức bên trong của ${op.units.map(input.labelOf).join(', ')} (${n(children.length)} tổ chức):`,
    ...lines,
  ].join('\n');
}

/** The units an operation's staff figures count: a transfer's moved unit (not its receiver), else all it names. */
const countedUnits = (op: Operation) => (op.type === 'transfer' ? [op.unit] : [...new Set(operationUnits(op))]);

/** An operation's units before → after as subtree totals (quota, people, deputies, units). */
export function operationFigures(
  simulation: Simulation,
  op: Operation,
  index: number,
): { before: Totals; after: Totals } {
  const step = simulation.steps.find((s) => s.index === index);
  const codes = countedUnits(op);
  return {
    before: sumFigures(codes.map((c) => step?.units[c]?.before)),
    after: sumFigures(codes.map((c) => step?.units[c]?.after)),
  };
}

const addTotals = (a: Totals, b: Totals): Totals => ({
  quota: a.quota + b.quota,
  people: a.people + b.people,
  deputies: a.deputies + b.deputies,
  units: a.units + b.units,
});

/** Operations' figures added up, before and after. */
const totalOf = (figures: ReadonlyArray<{ before: Totals; after: Totals }>) =>
  figures.reduce((s, f) => ({ before: addTotals(s.before, f.before), after: addTotals(s.after, f.after) }), {
    before: sumFigures([]),
    after: sumFigures([]),
  });

interface Member {
  op: Operation;
  index: number;
  key: string;
}

/** A group's title: what its operations do together, and the year. */
function groupTitle(group: OperationGroupOf, members: readonly Member[], name: (code: string) => string): string {
  const year = members[0]!.op.year;
  const merged = members.reduce((s, m) => s + (m.op.type === 'merge' ? m.op.units.length : 1), 0);
  const p = group.purpose;
  if (typeof p !== 'string' && 'to' in p) return `Chuyển ${n(members.length)} đơn vị thành ${p.to} (${year})`;
  if (group.type === 'transfer')
    return p === 'commune'
      ? `Chuyển ${n(members.length)} đơn vị về Ủy ban nhân dân cấp xã trên địa bàn quản lý (${year})`
      : `Chuyển ${n(members.length)} đơn vị về ${typeof p === 'string' || !('receiver' in p) ? '' : name(p.receiver)} quản lý (${year})`;
  if (group.type === 'merge')
    return p === 'commune'
      ? `Sắp xếp ${n(merged)} đơn vị hành chính cấp xã thành ${n(members.length)} đơn vị (${year})`
      : `Hợp nhất ${n(merged)} tổ chức bên trong thành ${n(members.length)} tổ chức (${year})`;
  return `Chuyển đổi ${n(members.length)} đơn vị sự nghiệp công lập (${year})`;
}

/** A group's rows: each operation's units → what they become, quota and people before → after. */
function groupTable(
  input: OperationPlanInput,
  members: readonly Member[],
  figures: ReadonlyArray<{ before: Totals; after: Totals }>,
): DataTable {
  const name = input.labelOf;
  const receiver = (op: Operation) =>
    op.type === 'transfer'
      ? op.parentCode
        ? name(op.parentCode)
        : ''
      : op.type === 'merge'
        ? name(typeof op.into === 'string' ? op.into : op.into.code)
        : 'Ngoài khu vực nhà nước';
  const units = (op: Operation) => (op.type === 'merge' ? op.units.map(name).join(', ') : name(countedUnits(op)[0]!));
  const arrow = (a: number, b: number) => (a === b ? n(a) : `${n(a)} → ${n(b)}`);
  const total = totalOf(figures);
  return {
    columns: [
      { width: 11, align: 'center' },
      { width: 60 },
      { width: 46 },
      { width: 24, align: 'right' },
      { width: 24, align: 'right' },
    ],
    header: [
      [
        { text: 'STT' },
        { text: members[0]!.op.type === 'merge' ? 'Đơn vị sắp xếp' : 'Đơn vị' },
        { text: members[0]!.op.type === 'merge' ? 'Đơn vị sau sắp xếp' : 'Chuyển về' },
        { text: 'Biên chế' },
        { text: 'Số người' },
      ],
    ],
    rows: [
      ...members.map((m, i) => ({
        cells: [
          String(i + 1),
          units(m.op),
          receiver(m.op),
          arrow(figures[i]!.before.quota, figures[i]!.after.quota),
          arrow(figures[i]!.before.people, figures[i]!.after.people),
        ],
      })),
      {
        cells: [
          '',
          'Cộng',
          '',
          arrow(total.before.quota, total.after.quota),
          arrow(total.before.people, total.after.people),
        ],
        bold: true,
      },
    ],
    nameColumn: 1,
    size: 11,
  };
}

/** Parts 1–7 of a group, at group level: the table carries each operation's details. */
function groupTemplates(
  input: OperationPlanInput,
  group: OperationGroupOf,
  members: readonly Member[],
  totals: { before: Totals; after: Totals },
  detail: string,
): Record<OperationFacet, string> {
  const sim = input.simulation;
  const name = input.labelOf;
  const year = members[0]!.op.year;
  const codes = new Set(members.flatMap((m) => countedUnits(m.op)));
  const prior = sim.years.filter((y) => y.year < year).at(-1) ?? sim.years[0]!;
  const byRule = new Map<(typeof prior.findings)[number]['rule'], Set<string>>();
  for (const f of prior.findings)
    if (f.severity !== 'note' && codes.has(f.unitCode))
      byRule.set(f.rule, (byRule.get(f.rule) ?? new Set()).add(f.unitCode));
  const shortfalls =
    byRule.size > 0
      ? ` Trước sắp xếp, chưa bảo đảm tiêu chí theo quy định: ${[...byRule]
          .map(
            ([rule, units]) => `${translate('vi', `rule.${rule}`).toLocaleLowerCase('vi')} (${n(units.size)} đơn vị)`,
          )
          .join('; ')}.`
      : '';
  const p = group.purpose;
  const receiver = typeof p === 'string' || !('receiver' in p) ? '' : name(p.receiver);
  const { before: b, after: a } = totals;
  const merge = group.type === 'merge';
  const indices = new Set(members.map((m) => m.index));
  const heads = sim.heads.filter((h) => indices.has(h.index));
  const rationale = {
    transfer:
      p === 'commune'
        ? `Chuyển các đơn vị phục vụ trực tiếp người dân trên địa bàn về Ủy ban nhân dân cấp xã quản lý khi tổ chức chính quyền địa phương hai cấp, để thống nhất đầu mối quản lý trên địa bàn.`
        : `Chuyển các đơn vị về ${receiver} quản lý để thống nhất đầu mối quản lý theo ngành, lĩnh vực.`,
    merge:
      p === 'commune'
        ? `Sắp xếp đơn vị hành chính cấp xã theo phương án của cấp có thẩm quyền, nhằm mở rộng không gian phát triển và giảm đầu mối.`
        : `Hợp nhất các tổ chức bên trong cùng chức năng của các cơ quan sau sắp xếp, nhằm giảm đầu mối, khắc phục sự chồng chéo chức năng, nhiệm vụ.`,
    convert: `Chuyển các đơn vị sự nghiệp công lập đủ điều kiện ra ngoài khu vực nhà nước theo chủ trương của cấp có thẩm quyền.`,
  }[group.type as 'transfer' | 'merge' | 'convert'];
  return {
    rationale: `${rationale} ${detail}${shortfalls}`,
    functions: merge
      ? 'Mỗi đơn vị sau sắp xếp thực hiện chức năng, nhiệm vụ của các đơn vị được sắp xếp vào; rà soát, loại bỏ nhiệm vụ trùng lặp.'
      : group.type === 'transfer'
        ? 'Giữ nguyên chức năng, nhiệm vụ của các đơn vị; thay đổi cơ quan quản lý trực tiếp.'
        : 'Các đơn vị chuyển ra ngoài khu vực nhà nước; chức năng quản lý nhà nước (nếu có) giao cơ quan chuyên môn.',
    structure: merge
      ? 'Cơ cấu tổ chức bên trong của từng đơn vị sau sắp xếp do cấp có thẩm quyền quyết định theo quy định hiện hành.'
      : 'Giữ nguyên cơ cấu tổ chức bên trong theo quy định hiện hành.',
    leadership: merge
      ? `${headsText(heads, name) || `Người đứng đầu: ${n(b.units)} → ${n(members.length)}`}; cấp phó: ${n(b.deputies)} → ${n(a.deputies)}${deputiesNote(heads)}. Việc bố trí lãnh đạo do cấp có thẩm quyền quyết định theo phân cấp quản lý cán bộ.`
      : `Cấp phó: ${n(b.deputies)} → ${n(a.deputies)}.`,
    staff: [
      `Trước sắp xếp (tính cả các đơn vị trực thuộc): ${n(b.units)} đơn vị, biên chế ${n(b.quota)}, ${n(b.people)} người.`,
      `Sau sắp xếp: ${n(a.units)} đơn vị, biên chế ${n(a.quota)}, ${n(a.people)} người.`,
    ].join('\n'),
    finance: merge
      ? 'Mỗi đơn vị sau sắp xếp tiếp nhận nguyên trạng tài chính, tài sản, hồ sơ, tài liệu của các đơn vị được sắp xếp vào; các đơn vị kiểm kê, khóa sổ kế toán, bàn giao theo quy định về quản lý, sử dụng tài sản công.'
      : group.type === 'transfer'
        ? `Các đơn vị bàn giao nguyên trạng tài chính, tài sản, hồ sơ, tài liệu cho cơ quan quản lý mới (${p === 'commune' ? 'Ủy ban nhân dân cấp xã nơi đơn vị đặt trụ sở' : receiver}).`
        : 'Tài chính, tài sản của các đơn vị xử lý theo quy định về chuyển đơn vị sự nghiệp công lập thành công ty cổ phần.',
    headquarters: merge
      ? 'Tệp dữ liệu chưa có thông tin trụ sở: cần ghi rõ trụ sở của từng đơn vị sau sắp xếp và phương án sử dụng các trụ sở còn lại.'
      : 'Giữ nguyên trụ sở làm việc hiện có của các đơn vị.',
  };
}

/** Each part as printed: the section's own edit, else the template followed by its members' saved edits. */
function withEdits(
  input: OperationPlanInput,
  key: string,
  members: readonly { key: string; title: string }[],
  base: Record<OperationFacet, string>,
) {
  const edits = input.settings.operationSections;
  const templates = Object.fromEntries(
    OPERATION_FACETS.map((f) => {
      // An officer's edit of an operation now inside a group stays printed under the group's part, named.
      const own = members
        .filter((m) => m.key !== key && edits[m.key]?.[f])
        .map((m) => `- ${m.title}: ${edits[m.key]![f]!.trim()}`);
      return [f, [base[f], ...own].join('\n')];
    }),
  ) as Record<OperationFacet, string>;
  const saved = edits[key] ?? {};
  const facets = Object.fromEntries(OPERATION_FACETS.map((f) => [f, saved[f] ?? templates[f]])) as Record<
    OperationFacet,
    string
  >;
  return { facets, templates };
}

/**
 * The sections of the reshaping operations, in the order they apply: a merge of agencies, a split,
 * dissolution or creation keeps its own (keyed by `operationKeys`); routine operations of one kind,
 * date and receiver or purpose make one section (keyed by their group) when there are two or more.
 */
export function operationPlans(input: OperationPlanInput): OperationPlan[] {
  const keys = operationKeys(input.operations);
  const inAppendix = (t: DataTable) => !!input.tablesInAppendix && t.rows.length - 1 > TABLE_ROWS_IN_BODY;
  const detailOf = (apart: boolean) =>
    apart ? 'Chi tiết từng đơn vị tại phụ lục kèm theo Đề án.' : 'Chi tiết từng đơn vị tại bảng dưới đây.';
  const units = new UnitIndex(input);
  const ordered = inDateOrder(input.operations.map((op, index) => ({ op, index }))).filter(({ op }) =>
    RESHAPING.has(op.type),
  );
  const groupOfMember = ordered.map(({ op }) => groupOf(op, (c) => units.around(op.year, c)));
  const members = new Map<string, Member[]>();
  ordered.forEach(({ op, index }, k) => {
    const g = groupOfMember[k];
    if (g) members.set(g.key, [...(members.get(g.key) ?? []), { op, index, key: keys[index]! }]);
  });
  const titleOf = (op: Operation) => `${sentence(describeOperation(op, 'vi', input.labelOf))} (${op.year})`;
  const all = inDateOrder(input.operations.map((op, index) => ({ op, index })));
  const laterOf = (index: number) => all.slice(all.findIndex((x) => x.index === index) + 1).map((x) => x.op);
  return ordered.flatMap(({ op, index }, k): OperationPlan[] => {
    const g = groupOfMember[k];
    const group = g ? members.get(g.key)! : null;
    if (g && group && group.length > 1) {
      if (group[0]!.index !== index) return [];
      const figures = group.map((m) => operationFigures(input.simulation, m.op, m.index));
      const totals = totalOf(figures);
      const named = group.map((m) => ({ key: m.key, title: titleOf(m.op) }));
      const reclassified = group.flatMap((m) => (m.op.type === 'reclassify' ? [m.op] : []));
      const table =
        reclassified.length === group.length
          ? reclassifyTable(reclassified, (c) => units.before(op.year).byCode.get(c), figures, input.labelOf)
          : groupTable(input, group, figures);
      const apart = inAppendix(table);
      const templates =
        reclassified.length === group.length && typeof g.purpose !== 'string' && 'to' in g.purpose
          ? reclassifyTemplates(g.purpose.to, totals, detailOf(apart))
          : groupTemplates(input, g, group, totals, detailOf(apart));
      return [
        {
          key: g.key,
          members: group.map((m) => m.key),
          title: groupTitle(g, group, input.labelOf),
          table,
          ...(apart ? { tableInAppendix: true } : {}),
          ...withEdits(input, g.key, named, templates),
        },
      ];
    }
    const key = keys[index]!;
    if (op.type === 'cutQuotas') {
      const table = cutQuotasTable(input.simulation, index, input.labelOf);
      const apart = inAppendix(table);
      const rationale = sentence(describeOperation(op, 'vi', input.labelOf));
      return [
        {
          key,
          members: [key],
          title: titleOf(op),
          table,
          ...(apart ? { tableInAppendix: true } : {}),
          ...withEdits(input, key, [], cutQuotasTemplates(input.simulation, op, index, rationale, detailOf(apart))),
        },
      ];
    }
    return [
      {
        key,
        members: [key],
        title: titleOf(op),
        ...withEdits(input, key, [], templatesOf(input, units, op, index, laterOf(index))),
      },
    ];
  });
}

/** The sections as printed: "3.k. Title", then each part as "a) Title: text". */
export function operationPlanBlocks(plans: readonly OperationPlan[], number: string): Block[] {
  if (plans.length === 0)
    return [
      {
        kind: 'para',
        text: 'Phương án không có nội dung hợp nhất, chia tách, giải thể, thành lập hoặc chuyển đổi đơn vị.',
      },
    ];
  const letters = 'abcdefg';
  return plans.flatMap((p, i) => [
    { kind: 'heading', text: `${number}.${i + 1}. ${p.title}` },
    ...OPERATION_FACETS.flatMap((f, j) =>
      p.facets[f]
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((text, line): Block => ({
          kind: 'para',
          text: line === 0 ? `${letters[j]}) ${FACET_TITLES[f]}: ${text}` : text,
        })),
    ),
    ...(p.table && p.tableInAppendix
      ? [
          {
            kind: 'para',
            text: `Danh sách ${formatInteger(p.table.rows.length - 1, 'vi')} đơn vị thuộc nội dung ${number}.${i + 1} tại ${appendixRef(`groups:${p.key}`)}.`,
          } as Block,
        ]
      : p.table
        ? [
            { kind: 'caption', text: `Các đơn vị thuộc nội dung ${number}.${i + 1}` } as Block,
            { kind: 'table', table: p.table } as Block,
          ]
        : []),
  ]);
}
