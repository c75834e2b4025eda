/**
 * Dated, cited findings on job positions (issue 21), shaped as the rule findings are
 * (shared/rules/findings.ts): the assigned quota against what the positions justify, the deputies
 * the leadership positions plan against the rule sets' deputy limits, Decree 232/2026 Art. 10's
 * level ratios for public employees' positions, and people not yet placed in a position before the
 * 01/07/2027 deadline. A basis marked M gives a note, never a violation.
 */
import type { Unit } from '../model/unit.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { GroupKey } from '../autonomy/summary.ts';
import type { Confidence } from '../rules/rule-sets.ts';
import { evaluateFindings, POSITION_RULES, type Finding, type RuleContext, type Severity } from '../rules/findings.ts';
import type { Basis, Workforce } from './classes.ts';
import type { FromPositions } from './derive.ts';
import type { Position, PositionLevel } from './model.ts';

export const POSITION_FINDING_KINDS = POSITION_RULES;
export type PositionFindingKind = (typeof POSITION_FINDING_KINDS)[number];

export interface PositionFinding {
  unitCode: string;
  kind: PositionFindingKind;
  severity: Severity;
  key: MessageKey;
  /** Numbers, or message keys (translated with the same parameters: see shared/i18n translate). */
  params: Record<string, number | string>;
  /** The position concerned (level ratios), or null. */
  position: string | null;
  /** The day judged (ISO). */
  date: string;
  /** The id of the dated basis the finding rests on (a rule set's id for the deputy limits). */
  ruleSet: string;
  citation: string;
  confidence: Confidence;
}

/** A legal basis in force on the days from `validFrom` to `validTo` (ISO, both included; null: still in force). */
export interface DatedBasis extends Basis {
  id: string;
  validFrom: string;
  validTo: string | null;
}

const QUOTA_KEYS: Record<Workforce, { above: MessageKey; below: MessageKey }> = {
  'civil-servant': { above: 'find.quotaAbovePositionsCivilServants', below: 'find.quotaBelowPositionsCivilServants' },
  'public-employee': {
    above: 'find.quotaAbovePositionsPublicEmployees',
    below: 'find.quotaBelowPositionsPublicEmployees',
  },
};
/** Whether the basis is in force on the day (ISO). */
export const inForce = (b: DatedBasis, date: string) =>
  b.validFrom <= date && (b.validTo === null || date <= b.validTo);
const severityOf = (confidence: Confidence, severity: Severity): Severity => (confidence === 'M' ? 'note' : severity);

/**
 * What the quota rests on, by workforce and date. Civil servants: Law 80/2025 Art. 40.2–3 (job
 * positions and the ratio of civil servants per position, with the quota) and Decree 170/2025 Art.
 * 3.1 [C]; before 01/07/2025 Decree 62/2020, not among the sources [M]. Public employees: Decree
 * 106/2020 Art. 4.2.a [C]; from 01/07/2026 Decree 232/2026 ends its job-position provisions and
 * whether Art. 4.2 still stands is the reference's inference [M].
 */
export const QUOTA_BASES: Record<Workforce, readonly DatedBasis[]> = {
  'civil-servant': [
    {
      id: 'nd62-2020',
      validFrom: '2020-06-01',
      validTo: '2025-06-30',
      citation:
        'Nghị định 62/2020/NĐ-CP về vị trí việc làm và biên chế công chức (chưa có trong nguồn lưu; cần xác minh)',
      confidence: 'M',
    },
    {
      id: 'law80-2025',
      validFrom: '2025-07-01',
      validTo: null,
      citation: 'Luật Cán bộ, công chức số 80/2025/QH15, Điều 40 khoản 2–3; Nghị định 170/2025/NĐ-CP, Điều 3 khoản 1',
      confidence: 'C',
    },
  ],
  'public-employee': [
    {
      id: 'nd106-2020',
      validFrom: '2020-11-15',
      validTo: '2026-06-30',
      citation: 'Nghị định 106/2020/NĐ-CP, Điều 4 khoản 2 điểm a (Pháp điển 5.2.NĐ.10.4)',
      confidence: 'C',
    },
    {
      id: 'nd106-2020-after-232',
      validFrom: '2026-07-01',
      validTo: null,
      citation:
        'Nghị định 106/2020/NĐ-CP, Điều 4 khoản 2 điểm a; Nghị định 232/2026/NĐ-CP (Điều 16 khoản 2) bãi bỏ các quy định về vị trí việc làm của Nghị định 106/2020, quy định về số lượng người làm việc được hiểu là còn hiệu lực (suy luận, cần xác minh)',
      confidence: 'M',
    },
  ],
};

/**
 * `quota-vs-positions`: the unit's assigned quota (civil servants for an agency, state-paid public
 * employees for a PSU; the unit's own, not its subtree's) against the sum of `needed` over its
 * positions counted in the quota. Above: a warning (the quota is not justified by positions);
 * below: a note (the positions ask for more than was assigned, which binds). A staffing taken from
 * the class default (M) makes it a note. Nothing when the unit has no positions or no basis is in force.
 */
export function quotaVsPositions(unit: Unit, from: FromPositions, date: string): PositionFinding | null {
  if (from.positions === 0) return null;
  const basis = QUOTA_BASES[from.workforce].find((b) => inForce(b, date));
  if (!basis) return null;
  const assigned = from.workforce === 'civil-servant' ? unit.civilServantQuota : unit.publicEmployeeQuota;
  const justified = from.workforce === 'civil-servant' ? from.civilServants : from.publicEmployees;
  if (assigned === justified) return null;
  const confidence: Confidence = from.defaultedStaffing > 0 ? 'M' : basis.confidence;
  // The defaulted staffing is said in the message (in the reader's language), never in the citation of law.
  const citation = basis.citation;
  const staffingNote = from.defaultedStaffing > 0 ? 'find.staffingDefaultedNote' : '';
  const above = assigned > justified;
  return {
    unitCode: unit.code,
    kind: 'quota-vs-positions',
    severity: severityOf(confidence, above ? 'warning' : 'note'),
    key: QUOTA_KEYS[from.workforce][above ? 'above' : 'below'],
    params: {
      assigned,
      justified,
      difference: Math.abs(assigned - justified),
      defaulted: from.defaultedStaffing,
      staffingNote,
    },
    position: null,
    date,
    ruleSet: basis.id,
    citation,
    confidence,
  };
}

/**
 * Deputies planned by the leadership positions against the deputy limits of the rule set in force
 * (shared/rules: Decree 120/2020 for PSUs, Decrees 107/2020, 45/2025, 150/2025 and 370/2025 for
 * agencies): the units are judged again with the positions' deputies in place of the recorded ones,
 * and each limit exceeded is reported for the units whose positions name their deputies.
 */
export function positionDeputyFindings(
  units: readonly Unit[],
  derived: readonly FromPositions[],
  ctx: RuleContext,
): PositionFinding[] {
  const planned = new Map(
    derived.filter((d) => d.leadership.deputies !== null).map((d) => [d.code, d.leadership.deputies!]),
  );
  if (planned.size === 0) return [];
  const judged = units.map((u) => (planned.has(u.code) ? { ...u, deputies: planned.get(u.code)! } : u));
  const date = ctx.date ?? ctx.ruleSet.validFrom;
  // A limit judged on another unit (the sở deputies' average, on the provincial committee; a phòng
  // above its parent) counts when the planned deputies bring it: absent or lower on the recorded ones.
  const sameLimit = (f: Finding) => `${f.unitCode}|${f.parameter}|${f.key}`;
  const count = (f: Finding) => Number(f.params.total ?? f.params.deputies ?? 0);
  const recorded = new Map(
    evaluateFindings(units, ctx)
      .filter((f) => f.rule === 'max-deputies')
      .map((f) => [sameLimit(f), count(f)]),
  );
  const brought = (f: Finding) => count(f) > (recorded.get(sameLimit(f)) ?? -1);
  return evaluateFindings(judged, ctx)
    .filter((f) => f.rule === 'max-deputies' && (planned.has(f.unitCode) || brought(f)))
    .map((f) => ({
      unitCode: f.unitCode,
      kind: 'positions-deputies' as const,
      severity: f.severity,
      key: 'find.positionsDeputies',
      params: { ...f.params, limit: f.key },
      position: null,
      date,
      ruleSet: f.ruleSet,
      citation: f.citation,
      confidence: f.confidence,
    }));
}

const ND232_FROM = '2026-07-01';
const ART10 = 'Nghị định 232/2026/NĐ-CP, Điều 10';

export interface LevelRatioContext {
  date: string;
  /** The PSU's autonomy group (Decree 60/2021), null when not recorded: groups 1–2 set their own ratios (Art. 10.3). */
  autonomyGroup: GroupKey | null;
}

/**
 * Decree 232/2026 Art. 10.2 for a PSU's positions, from 01/07/2026: per position (the lines of the
 * same name), the share of each level in the viên chức quota assigned to the position (the sum of
 * `needed` over its lines counted in the quota). Top level 5: bậc 5 ≤ 30% and the nearest lower level
 * used ≤ 40% (point a); top level 4: bậc 4 ≤ 40% (point b); exactly two levels: the higher ≤ 50%
 * (point c). Not applied to positions with one level or none (10.4), nor to group 1–2 units (10.3);
 * with the group unknown a breach is a note. Where the text states no ratio (three or more levels
 * topping at 3) a note says so; where two levels top at 4 or 5, points a/b and c may both be read:
 * point c is applied and a breach of a/b alone is a note.
 */
export function levelRatioFindings(
  unitCode: string,
  positions: readonly Position[],
  ctx: LevelRatioContext,
): PositionFinding[] {
  if (ctx.date < ND232_FROM) return [];
  if (ctx.autonomyGroup === '1' || ctx.autonomyGroup === '2') return [];
  const out: PositionFinding[] = [];
  const byName = new Map<string, Map<PositionLevel, number>>();
  for (const p of positions) {
    if (p.staffing !== 'quota' || p.level === null) continue;
    const levels = byName.get(p.name) ?? new Map<PositionLevel, number>();
    levels.set(p.level, (levels.get(p.level) ?? 0) + p.needed);
    byName.set(p.name, levels);
  }
  const unknownGroup = ctx.autonomyGroup === null;
  const add = (
    position: string,
    severity: Severity,
    key: MessageKey,
    params: Record<string, number>,
    citation: string,
  ) =>
    out.push({
      unitCode,
      kind: 'level-ratio',
      severity: unknownGroup && severity !== 'note' ? 'note' : severity,
      key: unknownGroup && severity !== 'note' ? 'find.levelRatioGroupUnknown' : key,
      params,
      position,
      date: ctx.date,
      ruleSet: 'nd232-2026',
      citation,
      confidence: 'C',
    });
  for (const [name, levels] of byName) {
    const used = [...levels.keys()].sort((a, b) => b - a);
    if (used.length <= 1) continue;
    const total = [...levels.values()].reduce((s, n) => s + n, 0);
    if (total === 0) continue;
    const over = (level: PositionLevel, pct: number) => levels.get(level)! * 100 > pct * total;
    const check = (
      level: PositionLevel,
      pct: number,
      point: string,
      severity: Severity = 'warning',
      key: MessageKey = 'find.levelRatio',
    ) => {
      if (over(level, pct))
        add(
          name,
          severity,
          key,
          { level, count: levels.get(level)!, total, pct, max: Math.floor((pct * total) / 100) },
          `${ART10} khoản 2 điểm ${point}`,
        );
    };
    const top = used[0]!;
    if (used.length === 2) {
      check(top, 50, 'c');
      if (!over(top, 50) && top === 5) check(5, 30, 'a', 'note', 'find.levelRatioWhichPoint');
      if (!over(top, 50) && top === 4) check(4, 40, 'b', 'note', 'find.levelRatioWhichPoint');
    } else if (top === 5) {
      check(5, 30, 'a');
      check(used[1]!, 40, 'a');
    } else if (top === 4) check(4, 40, 'b');
    else
      out.push({
        unitCode,
        kind: 'level-ratio',
        severity: 'note',
        key: 'find.levelRatioNotStated',
        params: { top, levels: used.length },
        position: name,
        date: ctx.date,
        ruleSet: 'nd232-2026',
        citation: `${ART10} khoản 2`,
        confidence: 'C',
      });
  }
  return out;
}

/** The 01/07/2027 deadline to place every person in a position, by workforce, from the day its law is in force. */
export const PLACEMENT_DEADLINES: Record<Workforce, DatedBasis & { deadline: string }> = {
  'civil-servant': {
    id: 'law80-2025',
    validFrom: '2025-07-01',
    validTo: null,
    deadline: '2027-07-01',
    citation: 'Luật Cán bộ, công chức số 80/2025/QH15, Điều 45 khoản 2; Nghị định 170/2025/NĐ-CP, Điều 72 khoản 1',
    confidence: 'C',
  },
  'public-employee': {
    id: 'nd232-2026',
    validFrom: '2026-07-01',
    validTo: null,
    deadline: '2027-07-01',
    citation: 'Nghị định 232/2026/NĐ-CP, Điều 18 khoản 1 điểm b',
    confidence: 'C',
  },
};

const DAY = 86_400_000;
const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/**
 * People of a unit not yet placed in a job position: a note with the days left until 01/07/2027
 * ("chậm nhất đến ngày 01 tháng 7 năm 2027": the day itself is still in time), an error from the day
 * after. Nothing before the law is in force or when everyone is placed.
 */
export function unplacedFinding(input: {
  unitCode: string;
  workforce: Workforce;
  withPosition: number;
  withoutPosition: number;
  date: string;
}): PositionFinding | null {
  const basis = PLACEMENT_DEADLINES[input.workforce];
  if (input.withoutPosition <= 0 || !inForce(basis, input.date)) return null;
  const overdue = input.date > basis.deadline;
  const total = input.withPosition + input.withoutPosition;
  return {
    unitCode: input.unitCode,
    kind: 'unplaced',
    severity: severityOf(basis.confidence, overdue ? 'error' : 'note'),
    key: overdue ? 'find.unplacedOverdue' : 'find.unplaced',
    params: {
      count: input.withoutPosition,
      total,
      deadline: '01/07/2027',
      days: Math.abs(days(input.date, basis.deadline)),
    },
    position: null,
    date: input.date,
    ruleSet: basis.id,
    citation: basis.citation,
    confidence: basis.confidence,
  };
}
