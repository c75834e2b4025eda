/**
 * Builds the printed proposal (đề án or tờ trình) of a simulated scenario: Decree 30/2020's
 * elements from the settings, and every number, table and chart from the scenario.
 */
import { HEADCOUNT_FIELDS, SECTORS, UNIT_KINDS, type Unit } from '../model/unit.ts';
import { buildTree } from '../tree.ts';
import { formatInteger, formatDecimal } from '../format.ts';
import { translate, type MessageKey, type MessageParams } from '../i18n/index.ts';
import type { RuleSet } from '../rules/rule-sets.ts';
import type { Finding } from '../rules/findings.ts';
import { describeOperation } from '../scenario/describe.ts';
import { namesAt } from '../scenario/names-at.ts';
import { operationUnits } from '../scenario/diff.ts';
import { metricsOf } from '../scenario/metrics.ts';
import type { Operation } from '../scenario/operations.ts';
import { inDateOrder, isoToDisplay } from '../scenario/operation-date.ts';
import { roadmapOf } from '../scenario/roadmap.ts';
import { mergedAway } from '../model/province-mergers.ts';
import { LEAVER_REASONS, staffOf, surplusLeavers, type OperationStep, type Simulation } from '../scenario/simulate.ts';
import { quotaOfRollup, unitLabels, type UnitFigures } from '../scenario/figures.ts';
import { missingText, scopeText, verdictText } from '../scenario/target-status.ts';
import { targetPositionsText } from '../positions/quota-beside-text.ts';
import type { TargetResult } from '../scenario/targets.ts';
import { CHART_FIRST_PAGE_HEIGHT, chartPages } from './org-chart.ts';
import { payoutBases, type PayoutBases } from '../payouts/bases.ts';
import { withExitWindows } from '../scenario/restructuring-decision.ts';
import { TEXT_WIDTH } from './page.ts';
import { positionsAppendices, type PositionsAppendix } from './positions-appendix.ts';
import { sentenceName, workspaceProperNames } from './proper-names.ts';
import {
  appendixRef,
  resolveAppendixRefs,
  type Block,
  type DataTable,
  type ProposalDoc,
  type ProposalRoadmap,
  type TableRow,
} from './model.ts';
import { removals } from './sections/unit-fates.ts';
import {
  arrangeAppendices,
  romanNumeral,
  seeAppendix,
  type AppendixSource,
  type ArrangedAppendices,
} from './appendices.ts';
import { operationPlanBlocks, operationPlans, type OperationPlan } from './sections/operation-plan.ts';
import { financeBlocks, leaversByReasonYear, payoutsByUnitYear, type FinanceInput } from './sections/finance.ts';
import { decisionParts } from './sections/decision.ts';
import { leaversByYear, operationCounts, payoutsText } from './sections/summary.ts';
import {
  DOC_NAME,
  SECTIONS_OF,
  appendixChoice,
  dateWords,
  numberLine,
  placeDateLine,
  provinceTitle,
  provinceLevel,
  type DocType,
  type ProposalSettings,
  type SectionKey,
} from './settings.ts';
import { SECTION_TITLES, fillTemplate, type TemplateNumbers } from './templates.ts';
import type { SectionInput } from './sections/input.ts';
import { basesSection, basisLines, proposalBases, sourceCell } from './sections/bases.ts';
import { necessityBlocks } from './sections/necessity.ts';
import { currentStateBlocks } from './sections/current-state.ts';
import { contentWords } from './sections/assessment.ts';
import { timelineTable } from './sections/implementation.ts';

export interface ProposalInput {
  type: DocType;
  settings: ProposalSettings;
  scenarioName: string;
  provinceName: string;
  /** The province as the plan names it on the document's day (setProvince); none: `provinceName`. */
  documentProvince?: string;
  /** The day it is printed (YYYY-MM-DD, the clock's): the document's day when its date is left blank. */
  today: string;
  baseline: readonly Unit[];
  operations: readonly Operation[];
  simulation: Simulation;
  ruleSet: RuleSet;
  /** The year the workspace's figures (the baseline) describe; none: the simulation's first year. */
  dataYear?: number;
  /** The personnel list (no names), the PSUs' Decree 60 figures, the baseline's findings at the base date: see sections/input.ts. */
  people?: SectionInput['people'];
  autonomy?: SectionInput['autonomy'];
  baseFindings?: SectionInput['baseFindings'];
}

const n = (v: number) => formatInteger(v, 'vi');
const quotaOf = (u: Unit) => u.civilServantQuota + u.publicEmployeeQuota;

export { sentenceName };

/** The proper names the document keeps capitalised when it puts a name into sentence case. */
const properNamesOf = (input: Pick<ProposalInput, 'provinceName' | 'documentProvince' | 'baseline'>) =>
  workspaceProperNames([input.provinceName, input.documentProvince ?? ''], input.baseline);

/** The operations that reshape the organisation (the roadmap's exits and recruitments print in its own section). */
const arrangement = (operations: readonly Operation[]) =>
  operations.filter((op) => op.type !== 'staffExit' && op.type !== 'recruit');

/** A table, or a sentence saying there is nothing to list. */
const tableOr = (t: DataTable, empty: string): Block =>
  t.rows.length > 0 ? { kind: 'table', table: t } : { kind: 'para', text: empty };

/** The numbers the narrative templates are filled with. */
export function templateNumbers(input: ProposalInput, arranged?: ArrangedAppendices): TemplateNumbers {
  const sim = input.simulation;
  const first = sim.years[0]!;
  const last = sim.years[sim.years.length - 1]!;
  const before = metricsOf(input.baseline);
  return {
    province: provinceTitle(input.provinceName),
    level: provinceLevel(input.documentProvince ?? input.provinceName),
    plan: input.scenarioName,
    baseYear: input.dataYear ?? first.year,
    horizon: last.year,
    units: before.units,
    agencies: before.agencies,
    psus: before.psus,
    civilServantQuota: before.civilServantQuota,
    publicEmployeeQuota: before.publicEmployeeQuota,
    staff: input.baseline.reduce((s, u) => s + staffOf(u), 0),
    unitsAfter: last.metrics.units,
    psusAfter: last.metrics.psus,
    civilServantQuotaAfter: last.metrics.civilServantQuota,
    publicEmployeeQuotaAfter: last.metrics.publicEmployeeQuota,
    operations: arrangement(input.operations).length,
    leavers: surplusLeavers(last),
    aboveQuota: aboveQuotaText(input),
    targetsMet: sim.targets.filter((t) => t.status === 'met').length,
    targetsJudged: sim.targets.filter((t) => t.status !== 'unknown').length,
    targets: sim.targets.length,
    targetsUnknown: unknownTargets(sim.targets),
    findings: violations(last.findings).length,
    issuingBody: sentenceName(input.settings.issuingBody, properNamesOf(input)),
    ...contentWords(input),
    enclosures:
      input.type === 'to-trinh'
        ? enclosuresText((arranged ?? arrangedAppendices(input)).attached, deAnTitleOf(input))
        : '',
  };
}

/** The years the plan covers: from its first operation's year (the simulation's first year without one) to the horizon. */
export function planPeriod(input: Pick<ProposalInput, 'operations' | 'simulation'>): { from: number; to: number } {
  const years = input.simulation.years;
  const last = years[years.length - 1]!.year;
  const first = input.operations.length > 0 ? Math.min(...input.operations.map((op) => op.year)) : years[0]!.year;
  return { from: Math.max(years[0]!.year, Math.min(first, last)), to: last };
}

/**
 * Staff still above the assigned quotas (civil servants and state-paid public employees, per unit)
 * at the end of each year of the plan's period, which no planned exit resolves: the roadmap's
 * "còn vượt biên chế cuối năm", stated for what it is.
 */
function aboveQuotaText(input: ProposalInput): string {
  const { from } = planPeriod(input);
  const years = roadmapOf(input.simulation).years.filter((y) => y.year >= from);
  if (years.every((y) => y.remaining === 0))
    return 'Cuối mỗi năm của giai đoạn, không còn người hiện có vượt số được giao.';
  return `Số người hiện có còn vượt số được giao (biên chế công chức, số người làm việc hưởng lương từ ngân sách nhà nước), chưa được giải quyết theo lộ trình, cuối năm: ${years.map((y) => `${y.year}: ${n(y.remaining)} người`).join('; ')}.`;
}

/** A section's text: the officer's saved text, else its template with the scenario's numbers. */
export function sectionText(input: ProposalInput, key: SectionKey, numbers = templateNumbers(input)): string {
  return input.settings.sections[key] ?? fillTemplate(key, numbers);
}

const paragraphs = (text: string): Block[] =>
  text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'para', text: p }));

const headerRow = (...titles: string[]) => [titles.map((text) => ({ text }))];

function currentByKind(units: readonly Unit[]): DataTable {
  const rows: TableRow[] = UNIT_KINDS.map((kind) => units.filter((u) => u.kind === kind))
    .filter((list) => list.length > 0)
    .map((list) => ({
      cells: [
        translate('vi', `kind.${list[0]!.kind}`),
        n(list.length),
        n(list.reduce((s, u) => s + u.civilServantQuota, 0)),
        n(list.reduce((s, u) => s + u.publicEmployeeQuota, 0)),
        n(list.reduce((s, u) => s + staffOf(u), 0)),
      ],
    }));
  const m = metricsOf(units);
  rows.push({
    cells: [
      'Tổng cộng',
      n(m.units),
      n(m.civilServantQuota),
      n(m.publicEmployeeQuota),
      n(units.reduce((s, u) => s + staffOf(u), 0)),
    ],
    bold: true,
  });
  return {
    columns: [
      { width: 55 },
      { width: 22, align: 'right' },
      { width: 30, align: 'right' },
      { width: 30, align: 'right' },
      { width: 28, align: 'right' },
    ],
    header: headerRow('Loại hình', 'Số đơn vị', 'Biên chế công chức', 'Số người làm việc (NSNN)', 'Số người hiện có'),
    rows,
    nameColumn: 0,
  };
}

/**
 * Units by sector, every kind in one column: administrative agencies (UBND, sở, chi cục, phòng),
 * public service units, and the others (phòng inside a PSU, other bodies), so that each row adds up.
 */
export function currentBySector(units: readonly Unit[]): DataTable {
  const row = (name: string, list: readonly Unit[], bold = false): TableRow => {
    const m = metricsOf(list);
    return {
      cells: [
        name,
        n(m.agencies),
        n(m.psus),
        n(list.length - m.agencies - m.psus),
        n(list.length),
        n(list.reduce((s, u) => s + staffOf(u), 0)),
      ],
      ...(bold ? { bold } : {}),
    };
  };
  const rows: TableRow[] = SECTORS.map((sector) => units.filter((u) => u.sector === sector))
    .filter((list) => list.length > 0)
    .map((list) => row(translate('vi', `sector.${list[0]!.sector}`), list));
  rows.push(row('Tổng cộng', units, true));
  return {
    columns: [
      { width: 50 },
      { width: 24, align: 'right' },
      { width: 24, align: 'right' },
      { width: 28, align: 'right' },
      { width: 20, align: 'right' },
      { width: 24, align: 'right' },
    ],
    header: headerRow(
      'Lĩnh vực',
      'Cơ quan hành chính',
      'Đơn vị sự nghiệp',
      'Khác (phòng thuộc ĐVSN, tổ chức khác)',
      'Tổng số đơn vị',
      'Số người hiện có',
    ),
    rows,
    nameColumn: 0,
  };
}

/** A unit's figures in words: its subtree's totals, its own row second for a unit with subordinates. */
export function figuresText(label: string, f: UnitFigures): string {
  const words = (r: UnitFigures['total']) => `biên chế ${n(quotaOfRollup(r))}, ${n(r.totalPeople)} người`;
  if (f.subordinates === 0) return `${label}: ${words(f.total)}`;
  return `${label}: ${words(f.total)}, kể cả ${n(f.subordinates)} đơn vị trực thuộc (riêng đơn vị: ${words(f.own)})`;
}

/** Names of every unit of the plan (the baseline's, then those it adds), with the parent's where a name repeats. */
export const planLabels = (input: Pick<ProposalInput, 'baseline' | 'simulation'>) =>
  unitLabels(input.baseline, ...input.simulation.years.map((y) => y.units));

/** The two quotas of a unit's own row, and their sum. */
const ownQuotas = (r: UnitFigures['own']) =>
  `biên chế công chức ${n(r.civilServantQuota)}, số người làm việc (NSNN) ${n(r.publicEmployeeQuota)} (cộng ${n(r.civilServantQuota + r.publicEmployeeQuota)})`;

/** A quota cut's units summed (each unit's own row, so that a unit and its subordinates are not counted twice). */
function cutCells(step: OperationStep | undefined): [string, string] {
  const lowered = Object.values(step?.units ?? {}).filter(
    (f) =>
      f.before &&
      f.after &&
      (f.before.own.civilServantQuota !== f.after.own.civilServantQuota ||
        f.before.own.publicEmployeeQuota !== f.after.own.publicEmployeeQuota),
  );
  if (lowered.length === 0) return ['—', '—'];
  const sum = (when: 'before' | 'after') =>
    lowered.reduce(
      (s, f) => ({
        ...s,
        civilServantQuota: s.civilServantQuota + f[when]!.own.civilServantQuota,
        publicEmployeeQuota: s.publicEmployeeQuota + f[when]!.own.publicEmployeeQuota,
      }),
      { ...lowered[0]!.before!.own, civilServantQuota: 0, publicEmployeeQuota: 0 },
    );
  const [b, a] = [sum('before'), sum('after')];
  const cut = quotaOfRollup(b) - quotaOfRollup(a);
  return [
    `${n(lowered.length)} đơn vị được giảm: ${ownQuotas(b)}`,
    `${n(lowered.length)} đơn vị: ${ownQuotas(a)}; giảm ${n(cut)}`,
  ];
}

/** What an operation changes that the figures do not show: the province's name, a unit's class. */
function identityCells(input: ProposalInput, op: Operation, index: number): [string, string] | null {
  if (op.type === 'setProvince') {
    const earlier = inDateOrder(input.operations.map((o, i) => ({ op: o, index: i })));
    const before = earlier
      .slice(
        0,
        earlier.findIndex((x) => x.index === index),
      )
      .filter((x) => x.op.type === 'setProvince')
      .pop();
    const was = before && before.op.type === 'setProvince' ? before.op.name : provinceTitle(input.provinceName);
    return [`Tên: ${was}`, `Tên: ${op.name}`];
  }
  if (op.type === 'reclassify') {
    const prior = [input.baseline, ...input.simulation.years.filter((y) => y.year < op.year).map((y) => y.units)]
      .map((units) => units.find((u) => u.code === op.unit))
      .filter((u): u is Unit => u !== undefined)
      .pop();
    const said = (
      kind: Unit['kind'] | undefined,
      level: Unit['level'] | undefined,
      sector: Unit['sector'] | undefined,
    ) =>
      [
        kind && translate('vi', `kind.${kind}`),
        level && translate('vi', `level.${level}`),
        sector && translate('vi', `sector.${sector}`),
      ]
        .filter(Boolean)
        .join(', ');
    const after = said(op.kind ?? prior?.kind, op.level ?? prior?.level, op.sector ?? prior?.sector);
    return [prior ? said(prior.kind, prior.level, prior.sector) : '—', after || '—'];
  }
  return null;
}

/** Each operation as before → after: the units it names just before it and just after it, as subtree totals. */
function operationsTable(input: ProposalInput): DataTable {
  const sim = input.simulation;
  const steps = new Map(sim.steps.map((s) => [s.index, s]));
  // Each unit by its name at the step: a renamed one by its new name in the steps after the rename (and in its "after").
  const names = namesAt(input.operations, planLabels(input));
  const describe = (
    step: OperationStep | undefined,
    op: Operation,
    index: number,
    codes: string[],
    when: 'before' | 'after',
  ) =>
    codes
      .flatMap((c) => {
        const f = step?.units[c]?.[when];
        const label = names[when](index)(c);
        if (!f) return [];
        // Deputies are said where the operation sets them, or adds them up in the unit a merge keeps.
        const other = step?.units[c]?.[when === 'before' ? 'after' : 'before'];
        const about = op.type === 'setDeputies' || (op.type === 'merge' && operationUnits(op).at(-1) === c);
        const deputies =
          about && other && other.own.deputies !== f.own.deputies ? `; ${n(f.own.deputies)} cấp phó` : '';
        return [figuresText(label, f) + deputies];
      })
      .join('; ') || '—';
  // In the order they apply: by date, those of one date in the plan's order.
  const sorted = inDateOrder(input.operations.map((op, index) => ({ op, index }))).filter(
    ({ op }) => op.type !== 'staffExit' && op.type !== 'recruit',
  );
  return {
    columns: [
      { width: 12, align: 'center' },
      { width: 14, align: 'center' },
      { width: 53 },
      { width: 43 },
      { width: 43 },
    ],
    header: headerRow('STT', 'Năm', 'Nội dung sắp xếp', 'Trước', 'Sau'),
    rows: sorted.map(({ op, index }, k) => {
      const step = steps.get(index);
      // The units the operation touched as it applied (a cut's scope is known only then), else those it names.
      const codes = step ? Object.keys(step.units) : [...new Set(operationUnits(op))];
      const text = describeOperation(op, 'vi', names.before(index)).replace(/^\d{4}: /, '');
      const [before, after] =
        op.type === 'cutQuotas'
          ? cutCells(step)
          : (identityCells(input, op, index) ?? [
              describe(step, op, index, codes, 'before'),
              describe(step, op, index, codes, 'after'),
            ]);
      return {
        cells: [String(k + 1), String(op.year), text.charAt(0).toLocaleUpperCase('vi') + text.slice(1), before, after],
      };
    }),
    nameColumn: 2,
    size: 11,
  };
}

function metricsTable(input: ProposalInput): DataTable {
  const sim = input.simulation;
  const before = metricsOf(input.baseline);
  const years = sim.years;
  const remaining = roadmapOf(sim).years.map((y) => y.remaining);
  const label = 34;
  const w = (TEXT_WIDTH - label) / (years.length + 1);
  const rows: Array<[string, number, (i: number) => number]> = [
    ['Tổng số đơn vị', before.units, (i) => years[i]!.metrics.units],
    ['Cơ quan hành chính', before.agencies, (i) => years[i]!.metrics.agencies],
    ['Đơn vị sự nghiệp công lập', before.psus, (i) => years[i]!.metrics.psus],
    ['Biên chế công chức', before.civilServantQuota, (i) => years[i]!.metrics.civilServantQuota],
    ['Số người làm việc (NSNN)', before.publicEmployeeQuota, (i) => years[i]!.metrics.publicEmployeeQuota],
    ['Số cấp phó', before.deputies, (i) => years[i]!.metrics.deputies],
    ['Người ra khỏi biên chế (lũy kế)', 0, (i) => years[i]!.leavers],
    ['Trong đó ra khỏi biên chế do sắp xếp, tinh giản (lũy kế)', 0, (i) => surplusLeavers(years[i]!)],
    ['Còn vượt số được giao cuối năm', aboveQuota(input.baseline), (i) => remaining[i]!],
  ];
  return {
    columns: [{ width: label }, ...[0, ...years].map(() => ({ width: w, align: 'right' as const }))],
    header: headerRow('Chỉ tiêu', 'Hiện nay', ...years.map((y) => `Cuối ${y.year}`)),
    rows: rows.map(([name, now, at]) => ({ cells: [name, n(now), ...years.map((_, i) => n(at(i)))] })),
    nameColumn: 0,
    size: years.length > 6 ? 10 : 11,
  };
}

function targetsTable(input: ProposalInput): DataTable {
  const pct = (v: number | null) => (v === null ? '—' : `${formatDecimal(v, 2)}%`);
  const num = (v: number | null) => (v === null ? '—' : n(v));
  const required = (t: TargetResult) =>
    t.kind === 'not_above'
      ? 'không vượt năm gốc'
      : `${t.kind === 'share' ? 'tối thiểu' : 'yêu cầu'} ${formatDecimal(t.requiredPct, 0)}%`;
  return {
    columns: [
      { width: 12, align: 'center' },
      { width: 58 },
      { width: 24, align: 'right' },
      { width: 24, align: 'right' },
      { width: 22, align: 'right' },
      { width: 25, align: 'center' },
    ],
    header: headerRow('STT', 'Mục tiêu (căn cứ)', 'Năm gốc', 'Năm mục tiêu', 'Đạt được', 'Kết quả'),
    rows: input.simulation.targets.map((t, i) => {
      const scope = scopeText('vi', t);
      // A quota target: what the job positions justify beside the quota in the target year, with its notes.
      const positions = t.positions ? targetPositionsText('vi', t.positions, t.year) : null;
      return {
        cells: [
          String(i + 1),
          `${t.title} (${t.citation})${scope ? `. Phạm vi: ${scope}` : ''}${positions ? `. ${positions}` : ''}`,
          `${num(t.baseline)} (${t.baseYear})`,
          `${num(t.value)} (${t.year})`,
          `${pct(t.achievedPct)} / ${required(t)}`,
          verdictText('vi', t),
        ],
      };
    }),
    nameColumn: 1,
    size: 11,
  };
}

/** Staff above the assigned quotas, unit by unit (what one unit lacks is not made up by another's vacancies). */
const aboveQuota = (units: readonly Unit[]) =>
  units.reduce(
    (s, u) =>
      s +
      Math.max(0, u.civilServantActual - u.civilServantQuota) +
      Math.max(0, u.publicEmployeeActual - u.publicEmployeeQuota),
    0,
  );

/** The sentence after the count of targets met: how many could not be judged, and why. */
function unknownTargets(targets: readonly TargetResult[]): string {
  const unknown = targets.filter((t) => t.status === 'unknown');
  return unknown.length === 0
    ? ''
    : ` Chưa đánh giá được ${formatInteger(unknown.length)} mục tiêu do chưa đủ số liệu (${unknown.map((t) => `“${t.title}”: cần ${missingText('vi', t.missing)}`).join('; ')}).`;
}
/**
 * A proposal asserts only what the law is known to say: findings that are violations or warnings.
 * A "cần xác minh" note (an unverified [M] value, or a rule whose application the workspace cannot
 * tell) is never counted or cited as law; the notes are listed apart, their sources marked unverified.
 */
const violations = (fs: readonly Finding[]) => fs.filter((f) => f.severity !== 'note');
const notes = (fs: readonly Finding[]) => fs.filter((f) => f.severity === 'note');

/** Findings left at the horizon: counted by rule in the body (the full list is an appendix), then the notices the plan's merges leave to decide. */
function openIssues(input: ProposalInput, appendix: string | null, compact = false): Block[] {
  const sim = input.simulation;
  const last = sim.years[sim.years.length - 1]!;
  // Findings are at the horizon: a unit is named with its parent then (after a merge, the merged sở), not its first one.
  const labelOf = unitLabels(last.units, input.baseline, ...sim.years.map((y) => y.units));
  const findings = violations(last.findings);
  const blocks: Block[] = [];
  if (findings.length === 0)
    blocks.push({
      kind: 'para',
      text: `Đến cuối năm ${last.year}, không còn đơn vị nào chưa bảo đảm tiêu chí theo quy định.`,
    });
  else {
    blocks.push({
      kind: 'para',
      text: `Đến cuối năm ${last.year}, còn ${n(findings.length)} trường hợp chưa bảo đảm tiêu chí theo quy định${appendix ? ` (danh sách chi tiết tại ${appendix})` : ''}${compact ? '.' : ':'}`,
    });
  }
  if (findings.length > 0 && !compact) {
    const rules = [...new Set(findings.map((f) => f.rule))];
    blocks.push({
      kind: 'table',
      table: {
        columns: [{ width: 12, align: 'center' }, { width: 53 }, { width: 25, align: 'right' }, { width: 75 }],
        header: headerRow('STT', 'Tiêu chí', 'Số trường hợp', 'Căn cứ'),
        rows: rules.map((rule, i) => {
          const of = findings.filter((f) => f.rule === rule);
          return {
            cells: [
              String(i + 1),
              translate('vi', `rule.${rule}`),
              n(of.length),
              [...new Set(of.map((f) => f.citation).filter(Boolean))].map(sourceCell).join('; ') || '—',
            ],
          };
        }),
        nameColumn: 1,
        size: 12,
      },
    });
  }
  const unverified = notes(last.findings).length;
  if (unverified > 0) {
    blocks.push({
      kind: 'para',
      text: `Ngoài ra có ${n(unverified)} trường hợp cần xác minh thêm: mức áp dụng chưa được đối chiếu với văn bản gốc hoặc phụ thuộc thông tin chưa có (nhóm tự chủ, hạng đơn vị), không được coi là vi phạm${appendix ? ` (danh sách tại ${appendix}, phần cần xác minh)` : ''}.`,
    });
  }
  if (compact && sim.notices.length > 0) {
    blocks.push({
      kind: 'para',
      text: `Sau sắp xếp còn ${n(sim.notices.length)} vấn đề phải tiếp tục xử lý, nêu tại Đề án (mục những vấn đề còn tồn tại).`,
    });
    return blocks;
  }
  for (const x of sim.notices) {
    // A unit its words name is said as the tables name it (with its parent where the name repeats).
    const params = typeof x.params.unit === 'string' ? { ...x.params, unit: labelOf(x.unitCode) } : x.params;
    blocks.push({ kind: 'para', text: `Năm ${x.year}, ${labelOf(x.unitCode)}: ${translate('vi', x.key, params)}` });
  }
  return blocks;
}

/**
 * Where a note comes from: an unverified value's source as such; a confirmed rule that needs what
 * the workspace does not record (an autonomy group, a hospital's class) with its basis, said so.
 */
const noteSource = (f: Finding) =>
  f.confidence === 'M'
    ? `Chưa xác minh: ${f.citation}`
    : sourceCell(f.citation) === f.citation
      ? `Căn cứ (chưa đủ thông tin để áp dụng): ${f.citation}`
      : `${sourceCell(f.citation)} (chưa đủ thông tin để áp dụng)`;

/** Every finding left at the horizon, one row each: the violations with their legal basis, or (`unverified`) the notes with their unverified source. */
function findingsTable(input: ProposalInput, unverified = false): DataTable {
  const last = input.simulation.years[input.simulation.years.length - 1]!;
  const labelOf = planLabels(input);
  return {
    columns: [{ width: 12, align: 'center' }, { width: 48 }, { width: 60 }, { width: 45 }],
    header: headerRow('STT', 'Đơn vị', 'Nội dung', unverified ? 'Nguồn, căn cứ (cần xác minh)' : 'Căn cứ'),
    rows: (unverified ? notes : violations)(last.findings).map((f, i) => ({
      cells: [
        String(i + 1),
        labelOf(f.unitCode),
        translate('vi', f.key, f.params),
        unverified ? noteSource(f) : sourceCell(f.citation),
      ],
    })),
    nameColumn: 1,
    size: 11,
  };
}

/** The roadmap's numbers per year (each year's change of the simulation's running totals). */
export function proposalRoadmap(sim: Simulation, operations: readonly Operation[] = []): ProposalRoadmap {
  let prev = { leavers: 0, recruited: 0, converted: 0, payoutCost: 0 };
  let reduction = 0;
  const years = sim.years.map((y) => {
    const row = {
      year: y.year,
      leavers: y.leavers - prev.leavers,
      recruits: y.recruited - prev.recruited,
      converted: y.converted - prev.converted,
      reduction: 0,
      cost: y.payoutCost - prev.payoutCost,
      uncosted: sim.exits.filter((e) => e.year === y.year).reduce((s, e) => s + e.uncosted, 0),
    };
    reduction += row.leavers - row.recruits;
    row.reduction = reduction;
    prev = y;
    return row;
  });
  const last = sim.years[sim.years.length - 1]!;
  return {
    years,
    byReason: LEAVER_REASONS.filter((r) => last.leaversByReason[r] > 0).map((r) => ({
      reason:
        r === 'dissolution'
          ? 'Giải thể đơn vị, không chuyển người sang đơn vị khác'
          : translate('vi', `exit.reason.${r}`),
      people: last.leaversByReason[r],
    })),
    totalCost: sim.exits.some((e) => e.cost > 0) ? last.payoutCost : null,
    bases: payoutBases(withExitWindows(operations).filter((o) => o.type === 'staffExit')),
  };
}

function roadmapBlocks(roadmap: ProposalRoadmap, funding: string): Block[] {
  const uncosted = roadmap.years.reduce((s, y) => s + y.uncosted, 0);
  // An exit whose payout cannot be computed is not free: its cost is "chưa tính", never 0.
  const costs = roadmap.totalCost !== null || uncosted > 0;
  const costCell = (cost: number, people: number) =>
    people > 0 ? `${cost > 0 ? `${n(cost)} + ` : ''}chưa tính (${n(people)} người)` : n(cost);
  const converted = roadmap.years.some((y) => y.converted > 0);
  const columns: DataTable['columns'] = [
    { width: 20, align: 'center' },
    { width: 30, align: 'right' },
    { width: 27, align: 'right' },
    ...(converted ? [{ width: 28, align: 'right' as const }] : []),
    { width: 30, align: 'right' },
    ...(costs ? [{ width: 40, align: 'right' as const }] : []),
  ];
  const scale = TEXT_WIDTH / columns.reduce((s, c) => s + c.width, 0);
  const header = [
    'Năm',
    'Ra khỏi biên chế trong năm',
    'Tuyển dụng trong năm',
    ...(converted ? ['Chuyển ra ngoài khu vực nhà nước / cổ phần hóa'] : []),
    'Giảm lũy kế (ra − tuyển)',
    ...(costs ? ['Kinh phí chi trả chế độ (đồng)'] : []),
  ];
  const row = (cells: Array<string | null>) => cells.filter((c): c is string => c !== null);
  const total = roadmap.years.reduce(
    (s, y) => ({
      leavers: s.leavers + y.leavers,
      recruits: s.recruits + y.recruits,
      converted: s.converted + y.converted,
    }),
    { leavers: 0, recruits: 0, converted: 0 },
  );
  const blocks: Block[] = [
    {
      kind: 'table',
      table: {
        columns: columns.map((c) => ({ ...c, width: Math.round(c.width * scale * 100) / 100 })),
        header: headerRow(...header),
        rows: [
          ...roadmap.years.map((y) => ({
            cells: row([
              String(y.year),
              n(y.leavers),
              n(y.recruits),
              converted ? n(y.converted) : null,
              n(y.reduction),
              costs ? costCell(y.cost, y.uncosted) : null,
            ]),
          })),
          {
            cells: row([
              'Cộng',
              n(total.leavers),
              n(total.recruits),
              converted ? n(total.converted) : null,
              n(total.leavers - total.recruits),
              costs ? costCell(roadmap.totalCost ?? 0, uncosted) : null,
            ]),
            bold: true,
          },
        ],
        size: 12,
      },
    },
  ];
  if (roadmap.byReason.length > 0) {
    blocks.push({ kind: 'caption', text: 'Số người ra khỏi biên chế theo lý do (cả giai đoạn)' });
    blocks.push({
      kind: 'table',
      table: {
        columns: [{ width: 12, align: 'center' }, { width: 118 }, { width: 35, align: 'right' }],
        header: headerRow('STT', 'Lý do', 'Số người'),
        rows: roadmap.byReason.map((r, i) => ({ cells: [String(i + 1), r.reason, n(r.people)] })),
        size: 12,
      },
    });
  }
  if (roadmap.totalCost !== null)
    blocks.push({
      kind: 'para',
      text: 'Kinh phí chi trả chế độ được tính cho các trường hợp nghỉ hưu trước tuổi, thôi việc có đủ thông tin chi trả trong lộ trình của phương án, theo chính sách tinh giản biên chế áp dụng cho từng trường hợp.',
    });
  if (uncosted > 0)
    blocks.push({
      kind: 'para',
      text: `Chưa tính kinh phí chi trả chế độ của ${n(uncosted)} người nghỉ hưu trước tuổi, thôi việc trong lộ trình: cần danh sách nhân sự hoặc số liệu tiền lương, số năm đóng bảo hiểm xã hội, số tháng nghỉ trước tuổi của từng người; kinh phí nêu trên chưa bao gồm các trường hợp này.`,
    });
  if (roadmap.totalCost !== null && roadmap.bases) blocks.push(...basesBlocks(roadmap.bases));
  blocks.push(...paragraphs(funding));
  return blocks;
}

const SOURCE_WORDS = {
  C: 'đã đối chiếu văn bản',
  C2: 'theo nguồn thứ cấp, cần đối chiếu văn bản trước khi ban hành',
  weak: 'theo nguồn thứ cấp, chưa chắc chắn',
} as const;

/** What the printed costs rest on: each citation with its confidence; an unverified part is named as such, never cited as law. */
function basesBlocks(b: PayoutBases): Block[] {
  const blocks: Block[] = [];
  if (b.sources.length > 0)
    blocks.push({
      kind: 'para',
      text: `Căn cứ tính chi trả: ${b.sources.map((x) => `${x.citation} (${SOURCE_WORDS[x.weak ? 'weak' : x.confidence]})`).join('; ')}.`,
    });
  if (b.verify.length > 0)
    blocks.push({
      kind: 'para',
      text: `Cần xác minh (chưa đối chiếu được văn bản, số liệu tạm tính, chưa dùng làm căn cứ): ${b.verify.map((k) => translate('vi', k).toLocaleLowerCase('vi')).join('; ')}.`,
    });
  if (b.fromList)
    blocks.push({
      kind: 'para',
      text: 'Kinh phí của các trường hợp theo danh sách nhân sự được tính cho từng người; căn cứ và mức độ xác minh của từng khoản ghi tại danh sách đề xuất nghỉ và chi trả.',
    });
  return blocks;
}

/** The full unit list, before (the workspace) and after (the horizon), each unit once. */
function unitListTable(input: ProposalInput): DataTable {
  const sim = input.simulation;
  const after = sim.years[sim.years.length - 1]!.units;
  const afterByCode = new Map(after.map((u) => [u.code, u]));
  const names = new Map([...input.baseline, ...after].map((u) => [u.code, u.name]));
  const gone = removals(input.operations, (c) => names.get(c) ?? c);
  const tree = buildTree(input.baseline);
  const rows: TableRow[] = [{ cells: ['A', 'CƠ QUAN, ĐƠN VỊ HIỆN CÓ'], group: true }];
  let k = 0;
  for (const code of tree.preorder) {
    const b = tree.byCode.get(code)!;
    const a = afterByCode.get(code);
    let note = 'Giữ nguyên';
    if (!a) note = gone.get(code) ?? 'Không còn';
    else {
      const changed: string[] = [];
      if (a.name !== b.name) changed.push(`Đổi tên: ${a.name}`);
      if (a.parentCode !== b.parentCode)
        changed.push(`Chuyển về: ${a.parentCode ? (names.get(a.parentCode) ?? a.parentCode) : 'cấp cao nhất'}`);
      if (HEADCOUNT_FIELDS.some((f) => a[f] !== b[f]) && changed.length === 0) changed.push('Thay đổi số lượng');
      if (changed.length > 0) note = changed.join('; ');
    }
    rows.push({
      cells: [
        String(++k),
        `${b.name} (${b.code})`,
        n(quotaOf(b)),
        a ? n(quotaOf(a)) : '—',
        n(staffOf(b)),
        a ? n(staffOf(a)) : '—',
        note,
      ],
      depth: tree.depth.get(code) ?? 0,
      status: a ? undefined : 'gone',
    });
  }
  const was = new Set(input.baseline.map((u) => u.code));
  const added = after.filter((u) => !was.has(u.code));
  if (added.length > 0) {
    rows.push({ cells: ['B', 'CƠ QUAN, ĐƠN VỊ THÀNH LẬP MỚI'], group: true });
    added.forEach((u, i) =>
      rows.push({
        cells: [
          String(i + 1),
          `${u.name} (${u.code})`,
          '—',
          n(quotaOf(u)),
          '—',
          n(staffOf(u)),
          `Trực thuộc ${u.parentCode ? (names.get(u.parentCode) ?? u.parentCode) : 'cấp cao nhất'}`,
        ],
        status: 'new',
      }),
    );
  }
  return {
    columns: [
      { width: 12, align: 'center' },
      { width: 63 },
      { width: 15, align: 'right' },
      { width: 15, align: 'right' },
      { width: 15, align: 'right' },
      { width: 15, align: 'right' },
      { width: 30 },
    ],
    header: [
      [
        { text: 'STT', rowSpan: 2 },
        { text: 'Tên cơ quan, đơn vị (mã)', rowSpan: 2 },
        { text: 'Biên chế được giao', colSpan: 2 },
        { text: 'Số người hiện có', colSpan: 2 },
        { text: 'Ghi chú', rowSpan: 2 },
      ],
      [{ text: 'Trước' }, { text: 'Sau' }, { text: 'Trước' }, { text: 'Sau' }],
    ],
    rows,
    nameColumn: 1,
    size: 10,
  };
}

/** The day the document speaks of: its date, else (left blank for the văn thư) the day it is printed. */
export const documentDay = (input: Pick<ProposalInput, 'settings' | 'today'>): string =>
  input.settings.date || input.today;

/**
 * What the document must not print silently (as messages to translate): the province it names was
 * merged into another before the document's day (the 2025 mergers) and the plan does not rename it (setProvince).
 */
export function provinceWarnings(
  input: Pick<ProposalInput, 'provinceName' | 'documentProvince' | 'settings' | 'today'>,
): { key: MessageKey; params: MessageParams }[] {
  const named = input.documentProvince ?? input.provinceName;
  const day = documentDay(input);
  const merger = mergedAway(named, day);
  if (!merger) return [];
  return [
    {
      key: merger.confidence === 'C' ? 'print.provinceMerged' : 'print.provinceMergedSecondary',
      params: {
        citation: merger.citation,
        province: provinceTitle(merger.province),
        into: merger.into,
        from: isoToDisplay(merger.from),
        date: isoToDisplay(day),
        named: provinceTitle(named),
      },
    },
  ];
}

/** The year the draft decision is dated in (its day and month are the People's Committee's): the document's day's. */
const decisionYear = (input: ProposalInput) => Number(documentDay(input).slice(0, 4));

/** The "(Kèm theo … số … ngày … của …)" line of a document's appendices. */
function appendixSubtitle(input: ProposalInput): string {
  const s = input.settings;
  if (input.type === 'quyet-dinh')
    return `(Kèm theo Quyết định số ${'\u00a0'.repeat(6)}/QĐ-UBND ngày ${'\u00a0'.repeat(4)} tháng ${'\u00a0'.repeat(4)} năm ${decisionYear(input)} của Ủy ban nhân dân ${provinceTitle(input.documentProvince ?? input.provinceName)})`;
  const docNumber = numberLine(s, input.type).replace(/^Số: /, '');
  const ofType = input.type === 'de-an' ? 'Đề án' : 'Tờ trình';
  return `(Kèm theo ${ofType} số ${docNumber} ${dateWords(s.date)} của ${sentenceName(s.issuingBody)})`;
}

/**
 * How the print names the units of the positions appendices (with the parent's name where a name
 * repeats: "Văn phòng Sở — Sở Nội vụ"), and the one line naming those the plan leaves without
 * positions ("Các đơn vị chưa xác định vị trí việc làm …"; null when every unit has some): they get
 * no appendix page each.
 */
export function positionsLines(
  input: Pick<ProposalInput, 'baseline' | 'simulation'>,
  positions: readonly PositionsAppendix[],
): { label: (code: string) => string; unlisted: string | null } {
  const sim = input.simulation;
  const last = sim.years[sim.years.length - 1]!;
  const label = unitLabels(last.units, input.baseline, ...sim.years.map((y) => y.units));
  const without = positions.filter((p) => !p.table).map(({ unit }) => label(unit.code));
  return {
    label,
    unlisted:
      without.length > 0
        ? `Các đơn vị chưa xác định vị trí việc làm đến cuối năm ${last.year} (${n(without.length)} đơn vị): ${without.join('; ')}.`
        : null,
  };
}

/** Every appendix the plan can give, by kind; which go with a document and in what order is the officer's choice. */
export function appendixSources(
  input: ProposalInput,
  positions: PositionsAppendix[] = positionsAppendices(input.simulation, input.operations),
  plans: readonly OperationPlan[] = input.type === 'de-an' ? proposalOperationPlans(input) : [],
): AppendixSource[] {
  // The Phương án's long tables (over TABLE_ROWS_IN_BODY rows), each an appendix of its own.
  const long = plans.filter((p) => p.tableInAppendix && p.table);
  const sim = input.simulation;
  const last = sim.years[sim.years.length - 1]!;
  const dataYear = input.dataYear ?? sim.years[0]!.year;
  const baselineCodes = new Set(input.baseline.map((u) => u.code));
  const baselineByCode = new Map(input.baseline.map((u) => [u.code, u]));
  const table = (t: DataTable): Block => ({ kind: 'table', table: t });
  const open = findingsTable(input);
  const toVerify = findingsTable(input, true);
  const finance = financeInput(input);
  const byUnit = payoutsByUnitYear(finance);
  const leavers = leaversByReasonYear(finance);
  const lines = positionsLines(input, positions);
  const listed = positions.filter((p) => p.table);
  return [
    {
      key: 'operations',
      titles: arrangement(input.operations).length > 0 ? ['DANH MỤC CÁC NỘI DUNG SẮP XẾP THEO NĂM'] : [],
      build: () => [[table(operationsTable(input))]],
    },
    {
      key: 'chart',
      titles: ['SƠ ĐỒ TỔ CHỨC BỘ MÁY TRƯỚC VÀ SAU SẮP XẾP'],
      build: () => [
        [
          {
            kind: 'para',
            noIndent: true,
            italic: true,
            text: 'Ghi chú: BC là biên chế được giao (công chức và số người làm việc hưởng lương từ ngân sách nhà nước), tiếp theo là số người hiện có, của đơn vị cùng các đơn vị trực thuộc; dòng “riêng đơn vị”: số của riêng đơn vị; khung nét đứt: đơn vị thành lập mới; khung viền đậm: đơn vị có thay đổi.',
          },
          {
            kind: 'chart',
            pages: chartPages(input.baseline, `Sơ đồ tổ chức hiện nay (năm ${dataYear})`, {
              firstPageHeight: CHART_FIRST_PAGE_HEIGHT,
            }),
          },
          {
            kind: 'chart',
            pages: chartPages(last.units, `Sơ đồ tổ chức sau sắp xếp (cuối năm ${last.year})`, {
              status: (u) => {
                const b = baselineByCode.get(u.code);
                if (!baselineCodes.has(u.code)) return 'new';
                return b &&
                  (b.name !== u.name ||
                    b.parentCode !== u.parentCode ||
                    quotaOf(b) !== quotaOf(u) ||
                    staffOf(b) !== staffOf(u))
                  ? 'changed'
                  : null;
              },
            }),
          },
        ],
      ],
    },
    {
      key: 'units',
      titles: ['DANH SÁCH CƠ QUAN, ĐƠN VỊ TRƯỚC VÀ SAU SẮP XẾP'],
      build: () => [[table(unitListTable(input))]],
    },
    {
      key: 'groups',
      keys: long.map((p) => `groups:${p.key}`),
      titles: long.map((p) => `DANH SÁCH ĐƠN VỊ: ${p.title.toLocaleUpperCase('vi')}`),
      build: () => long.map((p) => [table(p.table!)]),
    },
    {
      key: 'findings',
      titles:
        open.rows.length > 0 || toVerify.rows.length > 0
          ? [`NHỮNG TRƯỜNG HỢP CHƯA BẢO ĐẢM TIÊU CHÍ ĐẾN CUỐI NĂM ${last.year}`]
          : [],
      build: () => {
        const blocks: Block[] = open.rows.length > 0 ? [table(open)] : [];
        if (toVerify.rows.length > 0)
          blocks.push({ kind: 'para', text: 'Các trường hợp cần xác minh (không phải vi phạm):' }, table(toVerify));
        return [blocks];
      },
    },
    {
      // One appendix per unit the plan establishes or merges that has job positions at the horizon;
      // those without are named in one line at the end of the last (see positionsLines).
      key: 'positions',
      // Each unit's appendix is referred to by its own key (see appendixRef).
      keys: listed.map(({ unit }) => `positions:${unit.code}`),
      titles: listed.map(
        ({ unit }) => `VỊ TRÍ VIỆC LÀM CỦA ${lines.label(unit.code).toLocaleUpperCase('vi')} ĐẾN CUỐI NĂM ${last.year}`,
      ),
      build: () =>
        listed.map(({ table: t, defaulted }, i) => {
          const blocks: Block[] = [table(t!)];
          if (defaulted > 0)
            blocks.push({
              kind: 'para',
              italic: true,
              noIndent: true,
              text: '(*) Hình thức (biên chế/hợp đồng) lấy theo mặc định của nhóm vị trí, cần xác minh.',
            });
          if (i === listed.length - 1 && lines.unlisted) blocks.push({ kind: 'para', text: lines.unlisted });
          return blocks;
        }),
    },
    {
      key: 'roadmap',
      titles: leavers || byUnit ? ['LỘ TRÌNH TINH GIẢN BIÊN CHẾ VÀ KINH PHÍ CHI TRẢ THEO ĐƠN VỊ'] : [],
      build: () => [
        [
          ...(leavers
            ? [{ kind: 'caption', text: 'Số người ra khỏi biên chế theo lý do và năm' } as Block, table(leavers)]
            : []),
          ...(byUnit
            ? [{ kind: 'caption', text: 'Kinh phí chi trả chế độ theo đơn vị và năm' } as Block, table(byUnit)]
            : []),
        ],
      ],
    },
  ];
}

/** The appendices attached to the document, numbered in the officer's order. */
export const arrangedAppendices = (
  input: ProposalInput,
  positions?: PositionsAppendix[],
  plans?: readonly OperationPlan[],
): ArrangedAppendices =>
  arrangeAppendices(
    appendixSources(input, positions, plans),
    appendixChoice(input.settings, input.type),
    appendixSubtitle(input),
  );

const financeInput = (input: ProposalInput): FinanceInput => ({
  operations: input.operations,
  simulation: input.simulation,
  settings: input.settings,
  period: planPeriod(input),
  labelOf: planLabels(input),
});

/** The đề án's Phương án per operation, with the officer's edits. */
export const proposalOperationPlans = (input: ProposalInput) =>
  operationPlans({
    baseline: input.baseline,
    operations: input.operations,
    simulation: input.simulation,
    settings: input.settings,
    labelOf: planLabels(input),
    // The long tables go to their appendices when the officer attaches them to the đề án.
    tablesInAppendix: appendixChoice(input.settings, 'de-an').some((a) => a.key === 'groups' && a.on),
  });

/** The tờ trình's enclosed documents: the đề án, the draft decision, the report on the comments, then each attached appendix. */
function enclosuresText(attached: ArrangedAppendices['attached'], deAnTitle: string): string {
  return [
    `Dự thảo Quyết định phê duyệt Đề án`,
    `Đề án ${deAnTitle.charAt(0).toLocaleLowerCase('vi')}${deAnTitle.slice(1)}`,
    'Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý',
    ...attached.map((a) => `Phụ lục ${a.number}: ${a.title.charAt(0)}${a.title.slice(1).toLocaleLowerCase('vi')}`),
  ]
    .map((l, i, all) => `- ${l}${i === all.length - 1 ? '.' : ';'}`)
    .join('\n');
}

/** "tỉnh Hậu Giang giai đoạn 2025–2030": the province the document names and the plan's period. */
function scopeOf(input: ProposalInput): string {
  const period = planPeriod(input);
  return `${provinceTitle(input.documentProvince ?? input.provinceName)} giai đoạn ${period.from}–${period.to}`;
}
const deAnTitleOf = (input: ProposalInput) => `Sắp xếp tổ chức bộ máy, tinh giản biên chế ${scopeOf(input)}`;

export function buildProposal(input: ProposalInput): ProposalDoc {
  const { type, settings: s, simulation: sim } = input;
  const first = sim.years[0]!;
  const last = sim.years[sim.years.length - 1]!;
  const period = planPeriod(input);
  const dataYear = input.dataYear ?? first.year;
  const scope = scopeOf(input);
  const deAnTitle = deAnTitleOf(input);
  const positions = positionsAppendices(sim, input.operations);
  const plans = type === 'de-an' ? proposalOperationPlans(input) : [];
  const arranged = arrangedAppendices(input, positions, plans);
  const positionNames = positionsLines(input, positions);
  const positionsChosen = appendixChoice(s, type).some((a) => a.key === 'positions' && a.on);
  const numbers = templateNumbers(input, arranged);
  const text = (key: SectionKey) =>
    SECTIONS_OF[type].includes(key) ? paragraphs(sectionText(input, key, numbers)) : [];
  const title =
    s.title ||
    (type === 'de-an'
      ? deAnTitle
      : `Về việc đề nghị phê duyệt Đề án sắp xếp tổ chức bộ máy, tinh giản biên chế ${scope}`);
  const full = proposalRoadmap(sim, input.operations);
  const roadmap = { ...full, years: full.years.filter((y) => y.year >= period.from) };
  const issuing = sentenceName(s.issuingBody, properNamesOf(input));

  const recipients = s.recipient
    .split('\n')
    .map((r) => r.trim())
    .filter(Boolean);
  const part = (i: number, title: string): Block => ({
    kind: 'part',
    number: type === 'de-an' ? `Phần ${romanNumeral(i + 1)}` : `${romanNumeral(i + 1)}.`,
    title,
    style: type === 'de-an' ? 'centred' : 'inline',
  });
  const heading = (i: number, t: string): Block => ({ kind: 'heading', text: `${i}. ${t}` });
  const table = (t: DataTable): Block => ({ kind: 'table', table: t });
  // Where the body sends the reader to the appendices (their labels are put in once they are numbered).
  const toAppendices: Block[] = [
    { kind: 'para', text: `Sơ đồ tổ chức bộ máy trước và sau sắp xếp tại ${appendixRef('chart')}.` },
    { kind: 'para', text: `Danh sách cơ quan, đơn vị trước và sau sắp xếp tại ${appendixRef('units')}.` },
    ...positions
      .filter((p) => p.table)
      .map(({ unit }): Block => ({
        kind: 'para',
        text: `Vị trí việc làm của ${positionNames.label(unit.code)} đến cuối năm ${last.year} tại ${appendixRef(`positions:${unit.code}`)}.`,
      })),
    // Without an appendix of positions (no unit has any), the units without are named in the body.
    ...(positionNames.unlisted && !arranged.ref('positions') && positionsChosen
      ? [{ kind: 'para', text: positionNames.unlisted } as Block]
      : []),
  ];
  const body: Block[] = provinceWarnings(input).map((w) => ({
    kind: 'para',
    italic: true,
    noIndent: true,
    text: translate('vi', w.key, w.params),
  }));
  const bases = proposalBases(input);
  const ref = arranged.ref;
  const operationsRef = ref('operations');
  const operations = (): Block[] =>
    operationsRef
      ? [{ kind: 'para', text: `Phương án gồm ${operationCounts(input.operations)} (chi tiết tại ${operationsRef}).` }]
      : [tableOr(operationsTable(input), 'Phương án chưa có nội dung sắp xếp tổ chức.')];
  if (type === 'de-an') {
    let k = 1;
    body.push(part(0, 'SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN'), heading(k++, SECTION_TITLES.necessity));
    body.push(...text('necessity'), ...necessityBlocks(input), ...basesSection(bases, (t) => heading(k++, t)));
    body.push(part(1, `THỰC TRẠNG TỔ CHỨC BỘ MÁY NĂM ${dataYear}`));
    body.push(heading(1, 'Cơ quan, đơn vị theo loại hình'), table(currentByKind(input.baseline)));
    body.push(heading(2, 'Cơ quan, đơn vị theo lĩnh vực'), table(currentBySector(input.baseline)));
    k = 3;
    body.push(...currentStateBlocks(input, period, (t) => heading(k++, t)), heading(k, 'Đánh giá chung'));
    for (const key of ['strengths', 'limitations', 'causes'] as const)
      body.push(
        {
          kind: 'heading',
          text: `${'abc'[['strengths', 'limitations', 'causes'].indexOf(key)]}) ${SECTION_TITLES[key]}`,
        },
        ...text(key),
      );
    body.push(part(2, 'MỤC TIÊU VÀ PHƯƠNG ÁN SẮP XẾP'));
    body.push(heading(1, SECTION_TITLES.objectives), ...text('objectives'));
    body.push(heading(2, 'Phương án sắp xếp theo năm'), ...operations(), ...toAppendices);
    body.push(heading(3, 'Phương án đối với từng nội dung sắp xếp'), ...operationPlanBlocks(plans, '3'));
    body.push(heading(4, 'Kết quả sau sắp xếp'), table(metricsTable(input)));
    body.push(
      heading(5, 'Đánh giá theo mục tiêu'),
      tableOr(targetsTable(input), 'Phương án không đánh giá theo mục tiêu nào trong giai đoạn này.'),
    );
    body.push(heading(6, 'Những vấn đề còn tồn tại'), ...openIssues(input, ref('findings')));
    body.push(
      part(3, 'LỘ TRÌNH TINH GIẢN VÀ KINH PHÍ'),
      ...roadmapBlocks(roadmap, sectionText(input, 'funding', numbers)),
      ...financeBlocks(financeInput(input), ref('roadmap')),
    );
    const timeline = timelineTable(input);
    body.push(part(4, 'TỔ CHỨC THỰC HIỆN'), heading(1, 'Tiến độ thực hiện'));
    body.push(timeline ? table(timeline) : { kind: 'para', text: 'Phương án chưa có nội dung sắp xếp tổ chức.' });
    body.push(heading(2, 'Trách nhiệm của các cơ quan, đơn vị'), ...text('implementation'));
    body.push(part(5, SECTION_TITLES.recommendation.toLocaleUpperCase('vi')), ...text('recommendation'));
  } else if (type === 'to-trinh') {
    // Decree 120/2020 Art. 9.2: necessity and legal basis, drafting, main content, differing opinions; the detail goes to the appendices.
    const leavers = leaversByYear(roadmap);
    body.push({
      kind: 'para',
      text: `${issuing} kính trình ${recipients[0] ?? 'Ủy ban nhân dân tỉnh'} Đề án ${deAnTitle.charAt(0).toLocaleLowerCase('vi')}${deAnTitle.slice(1)} với những nội dung chính như sau:`,
    });
    body.push(part(0, 'SỰ CẦN THIẾT VÀ CƠ SỞ PHÁP LÝ'), ...text('necessity'));
    body.push(part(1, SECTION_TITLES.drafting.toLocaleUpperCase('vi')), ...text('drafting'));
    body.push(part(2, 'NỘI DUNG CHÍNH CỦA ĐỀ ÁN'));
    body.push(heading(1, SECTION_TITLES.objectives), ...text('objectives'));
    body.push(heading(2, 'Phương án sắp xếp'), {
      kind: 'para',
      text: `Phương án gồm ${operationCounts(input.operations)}${seeAppendix(operationsRef)}.`,
    });
    body.push(heading(3, 'Lộ trình tinh giản và kinh phí'), {
      kind: 'para',
      text: `Số người ra khỏi biên chế theo lộ trình: ${leavers ?? 'không có'}; ${payoutsText(roadmap)}${seeAppendix(ref('roadmap'))}.`,
    });
    body.push(...text('funding'));
    body.push(
      part(3, 'NHỮNG VẤN ĐỀ CÒN CÓ Ý KIẾN KHÁC NHAU VÀ NHỮNG VẤN ĐỀ LIÊN QUAN'),
      ...text('opinions'),
      ...openIssues(input, ref('findings'), true),
    );
    body.push(part(4, 'ĐỀ XUẤT, KIẾN NGHỊ'), ...text('request'));
    body.push({ kind: 'para', text: `${SECTION_TITLES.enclosures}:` }, ...text('enclosures'));
  }
  const distribution = s.recipients
    .split('\n')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => `- ${r.replace(/[;.]+$/, '')};`);
  distribution.push(`- Lưu: ${s.archive.replace(/[;.]+$/, '')}.`);
  const doc: ProposalDoc = {
    type,
    header: {
      parentBody: s.parentBody,
      issuingBody: s.issuingBody,
      numberLine: numberLine(s, type),
      placeDate: placeDateLine(s.place, s.date),
    },
    typeName: DOC_NAME[type],
    title,
    recipients: type === 'to-trinh' ? recipients : [],
    // The đề án states its bases in Part I; the tờ trình before its body.
    bases: type === 'de-an' ? [] : basisLines(bases),
    body,
    closing:
      type === 'to-trinh' ? `Kính trình ${recipients[0] ?? 'Ủy ban nhân dân tỉnh'} xem xét, quyết định./.` : null,
    signature: { authority: s.signerAuthority, title: s.signerTitle, name: s.signerName },
    distribution,
    appendices: arranged.build(),
    roadmap,
  };
  if (type !== 'quyet-dinh') return resolveAppendixRefs(doc);
  return resolveAppendixRefs({
    ...doc,
    ...decisionParts({
      province: provinceTitle(input.documentProvince ?? input.provinceName),
      deAnTitle,
      issuing,
      submission: `Tờ trình số ${numberLine(s, 'to-trinh').replace(/^Số: /, '')} ${dateWords(s.date)}`,
      bases: basisLines(bases),
      numbers,
      roadmap,
      operations: input.operations,
      operationsRef,
      place: s.place,
      year: decisionYear(input),
    }),
  });
}
