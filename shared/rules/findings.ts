/**
 * Health checks: every unit judged against a rule set. Pure: the same function serves the UI,
 * the CLI (`tinhgon findings`), printed proposals and scenario simulation.
 */
import type { Unit } from '../model/unit.ts';
import type { ProvinceClass } from '../model/workspace.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { GroupKey } from '../autonomy/summary.ts';
import { buildTree, type UnitTree } from '../tree.ts';
import { matchKey } from '../text.ts';
import { computeRollups, type Rollup } from '../rollup.ts';
import {
  isProjectBoard,
  missingDepartments,
  recogniseDepartment,
  tallyDepartments,
  NO_DEPARTMENTS,
  type DepartmentTally,
} from './departments.ts';
import {
  mergedProvinceAllowance,
  parametersOn,
  parameterValue,
  type Confidence,
  type Parameter,
  type ParameterId,
  type RuleSet,
} from './rule-sets.ts';

/** The job-position findings (shared/positions/findings.ts), listed with the rule findings. */
export const POSITION_RULES = [
  'quota-vs-positions',
  'positions-deputies',
  'level-ratio',
  'unplaced',
  'quota-vs-norm',
] as const;
export const RULES = ['min-staff', 'max-deputies', 'over-quota', 'max-units', ...POSITION_RULES] as const;
export type RuleId = (typeof RULES)[number];
/**
 * How a finding binds: a breach of a confirmed rule (error), one that may have an exception the
 * app cannot see or an average (warning), or a "cần xác minh" note — the value is unverified [M],
 * or whether it applies depends on what the workspace does not record — never a violation.
 */
export const SEVERITIES = ['error', 'warning', 'note'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** The strongest severity among findings (for a badge or a colour): an error, else a warning, else a note. */
export const worstSeverity = (fs: readonly Pick<Finding, 'severity'>[]): Severity =>
  fs.some((f) => f.severity === 'error') ? 'error' : fs.some((f) => f.severity === 'warning') ? 'warning' : 'note';

export interface Finding {
  unitCode: string;
  rule: RuleId;
  /** The parameter the unit was measured against (none for over-quota). */
  parameter: ParameterId | null;
  severity: Severity;
  key: MessageKey;
  /** The message's values: numbers, names, or message keys (translated, as a sở's name). */
  params: Record<string, number | string>;
  /** The id of the rule set the unit was judged by. */
  ruleSet: string;
  citation: string;
  confidence: Confidence;
}

/** Values a province set in place of the rule set's (see db/rules-repo.ts). */
export type ParameterOverrides = Partial<Record<ParameterId, number>>;

export interface RuleContext {
  ruleSet: RuleSet;
  provinceClass: ProvinceClass;
  /** The day judged (ISO date): parameters not yet in force or amended since are taken as on that day. Default: the set's first day. */
  date?: string;
  overrides?: ParameterOverrides;
  /** How many provinces the province was formed from (1 when not merged): raises the sở deputy average under Decree 370/2025. */
  mergedProvinces?: number;
  /** The autonomy group in force of a public service unit, by code (Decree 60/2021); null or undefined: not known. */
  autonomyGroup?: (code: string) => GroupKey | null | undefined;
}

/** What a unit's own findings read of its direct children: phòng (and the commune service centre) and their deputies; a sở's public service units. */
export interface ChildCounts {
  divisions: number;
  divisionDeputies: number;
  centres: number;
  centreDeputies: number;
  /** Filled by `countChild` on counts from `newChildCounts` (NO_CHILDREN's is frozen). */
  psus: Unit[];
}
export const NO_CHILDREN: ChildCounts = Object.freeze({
  divisions: 0,
  divisionDeputies: 0,
  centres: 0,
  centreDeputies: 0,
  psus: Object.freeze([]) as unknown as Unit[],
});
/** Empty counts to add children to. */
export const newChildCounts = (): ChildCounts => ({ ...NO_CHILDREN, psus: [] });
/** Whether a unit's findings read its children's counts (the others are given NO_CHILDREN). */
export const readsChildren = (u: Unit): boolean =>
  u.kind === 'sub_department' || u.kind === 'department' || (u.kind === 'people_committee' && u.level !== 'province');
const fold = (name: string) => name.normalize('NFC').toLowerCase();
/** The commune public-administration service centre (Resolution 332/NQ-CP counts it with the phòng). */
export const isServiceCentre = (u: Unit): boolean =>
  u.level === 'commune' && fold(u.name).includes('trung tâm phục vụ hành chính công');
/** Adds (sign 1) or takes (-1) a child to its parent's counts. */
export function countChild(c: ChildCounts, child: Unit, sign: 1 | -1): void {
  if (child.kind === 'psu') {
    if (sign === 1) c.psus.push(child);
    else c.psus = c.psus.filter((p) => p.code !== child.code);
  } else if (child.kind === 'division') {
    c.divisions += sign;
    c.divisionDeputies += sign * child.deputies;
  } else if (isServiceCentre(child)) {
    c.centres += sign;
    c.centreDeputies += sign * child.deputies;
  }
}

/**
 * A Ban Quản lý các khu công nghiệp / khu kinh tế / khu công nghệ cao is an administrative body
 * under the provincial committee, not a sở: Decree 150/2025 Art. 1 excludes it from the specialised
 * agencies, so it is left out of the count of sở (the cap) and of the sở deputies' average even
 * where a workspace records it as kind 'department'.
 */
export function isZoneBoard(u: Pick<Unit, 'name'>): boolean {
  // Accents and punctuation ignored; "BQL" for "Ban Quản lý".
  const n = matchKey(u.name);
  return /^(ban quan ly|bql)\b/.test(n) && /khu cong nghiep|khu kinh te|khu cong nghe cao|\bkcn\b|\bkkt\b/.test(n);
}
/** A sở as the cap and the deputy average count them. */
export const isCountedDepartment = (u: Unit): boolean => u.kind === 'department' && !isZoneBoard(u);

/** The sở, their deputies and the communes with their organisations, over the whole province; the provincial project-management boards; the sở under the provincial committee. */
export interface ProvinceCounts {
  departments: number;
  departmentDeputies: number;
  communes: number;
  communeOrganisations: number;
  projectBoards: number;
  /** Over the direct children of the provincial committee the province findings are on. */
  departmentTally: DepartmentTally;
}

/**
 * "Người làm việc" of a PSU or a division of one, as the decree counts it: the assigned number
 * (state-paid quota) plus self-funded employees.
 */
const psuStaff = (r: Pick<Rollup, 'publicEmployeeQuota' | 'selfFundedEmployees'>) =>
  r.publicEmployeeQuota + r.selfFundedEmployees;
/** Sectors whose units are mostly basic, essential services, exempt from the 15-person minimum (Art. 5.1.d). */
const BASIC_SERVICE_SECTORS = new Set(['education', 'health']);
/**
 * Decree 120 Art. 6.2.c lets a group 3–4 unit have 3 deputies when it is a hospital of class I or
 * higher, or a provincial disease-control centre of class I or higher: the app does not record the
 * class, so such a unit with 3 gets a note instead of a breach.
 */
const mayBeClassOne = (u: Unit) => {
  const n = fold(u.name);
  return n.startsWith('bệnh viện') || n.includes('trung tâm kiểm soát bệnh tật');
};
/**
 * The third exception of Art. 6.2.c: a general school of several levels (tiểu học and THCS, THCS and
 * THPT, "liên cấp") may have 3 deputies from 40 classes, which the app does not record: a note.
 */
const MULTI_LEVEL = [
  /\b(tieu hoc|th)\b.*\b(thcs|trung hoc co so)\b/,
  /\b(thcs|trung hoc co so)\b.*\b(thpt|trung hoc pho thong)\b/,
  /\blien cap\b|\bnhieu cap hoc\b/,
];
const isMultiLevelSchool = (u: Unit) => {
  const n = matchKey(u.name);
  return n.startsWith('truong') && MULTI_LEVEL.some((p) => p.test(n));
};
/** The autonomy group's number (1–4; bands 3a–3c are group 3). */
const groupNumber = (g: GroupKey | null | undefined): 1 | 2 | 3 | 4 | null =>
  g ? (Number(g[0]) as 1 | 2 | 3 | 4) : null;

/**
 * Every unit judged, in tree order, then the province-wide findings. With `only`, just those
 * units are judged (and the province-wide findings): what `findingsFor` picks from the full list
 * (shared/rules/findings-delta.ts), at the cost of the named units.
 */
export function evaluateFindings(
  units: readonly Unit[],
  ctx: RuleContext,
  tree: UnitTree = buildTree(units),
  rollups = computeRollups(tree),
  only?: ReadonlySet<string>,
): Finding[] {
  const judge = findingJudge(ctx);
  const findings: Finding[] = [];
  const counts: ProvinceCounts = {
    departments: 0,
    departmentDeputies: 0,
    communes: 0,
    communeOrganisations: 0,
    projectBoards: 0,
    departmentTally: NO_DEPARTMENTS,
  };
  for (const code of tree.preorder) {
    const unit = tree.byCode.get(code)!;
    if (isProjectBoard(unit)) counts.projectBoards++;
    if (isCountedDepartment(unit)) {
      counts.departments++;
      counts.departmentDeputies += unit.deputies;
    }
    const reads = readsChildren(unit);
    let kids = NO_CHILDREN;
    if (reads) {
      kids = newChildCounts();
      for (const c of tree.children.get(code) ?? []) countChild(kids, tree.byCode.get(c)!, 1);
      if (unit.kind === 'people_committee' && unit.level === 'commune') {
        counts.communes++;
        counts.communeOrganisations += kids.divisions + kids.centres;
      }
    }
    if (only && !only.has(code)) continue;
    const parent = unit.parentCode ? tree.byCode.get(unit.parentCode) : undefined;
    judge.unit(findings, unit, parent, rollups.get(code)!, kids);
  }
  const first = tree.preorder.find((c) => isProvinceCommittee(tree.byCode.get(c)!));
  if (first !== undefined)
    counts.departmentTally = tallyDepartments(
      (tree.children.get(first) ?? []).map((c) => tree.byCode.get(c)!),
      isCountedDepartment,
    );
  judge.province(findings, first === undefined ? undefined : tree.byCode.get(first), counts);
  return findings;
}

export const isProvinceCommittee = (u: Unit) => u.kind === 'people_committee' && u.level === 'province';

/**
 * The rules one unit at a time, for `evaluateFindings` and for a caller that re-judges only the
 * units that changed (the scenario simulation): `unit` appends the findings of one unit, which
 * depend only on the unit, its parent, its subtree rollup, its autonomy group (a PSU's, or a PSU
 * division's parent's) and, for a sub-department or a district or commune committee, its
 * children's counts; `province` appends the province-wide findings (the sở: their number and
 * deputies; the communes' organisations).
 */
export function findingJudge(ctx: RuleContext) {
  const { ruleSet, provinceClass, overrides = {}, mergedProvinces = 1, autonomyGroup } = ctx;
  const params = parametersOn(ruleSet, ctx.date ?? ruleSet.validFrom);
  const has = (id: ParameterId) => params[id] !== undefined;
  const value = (id: ParameterId) => overrides[id] ?? parameterValue(params[id]!, provinceClass);
  let findings: Finding[] = [];
  const add = (
    unit: Unit,
    rule: RuleId,
    parameter: ParameterId | null,
    severity: Severity,
    key: MessageKey,
    values: Record<string, number | string>,
    citation?: string,
  ) => {
    const p: Parameter | undefined = parameter ? params[parameter] : undefined;
    const confidence = p?.confidence ?? 'C';
    // Severity follows confidence: an unverified value is never asserted as a violation.
    findings.push({
      unitCode: unit.code,
      rule,
      parameter,
      severity: confidence === 'M' ? 'note' : severity,
      key,
      params: values,
      ruleSet: ruleSet.id,
      citation: citation ?? p?.citation ?? '',
      confidence,
    });
  };
  const minimum = (
    unit: Unit,
    parameter: ParameterId,
    actual: number,
    key: MessageKey,
    severity: Severity = 'error',
  ) => {
    if (!has(parameter)) return;
    const min = value(parameter);
    if (actual < min) add(unit, 'min-staff', parameter, severity, key, { actual, min });
  };
  const deputies = (
    unit: Unit,
    parameter: ParameterId,
    max: number,
    key: MessageKey,
    basis: Record<string, number>,
    severity: Severity = 'error',
  ) => {
    if (has(parameter) && unit.deputies > max)
      add(unit, 'max-deputies', parameter, severity, key, { deputies: unit.deputies, max, ...basis });
  };
  /** Decree 370/2025: a unit inside a sở has no more deputies than its direct parent. */
  const notAboveParent = (unit: Unit, parent: Unit | undefined) => {
    if (
      !parent ||
      !has('subordinateDeputiesAboveParent') ||
      (parent.kind !== 'department' && parent.kind !== 'sub_department')
    )
      return;
    const max = parent.deputies + value('subordinateDeputiesAboveParent');
    if (unit.deputies > max)
      add(unit, 'max-deputies', 'subordinateDeputiesAboveParent', 'error', 'find.deputiesAboveParent', {
        deputies: unit.deputies,
        parentDeputies: parent.deputies,
      });
  };
  /** Average deputies over a committee's phòng (and commune service centre). */
  const average = (unit: Unit, parameter: ParameterId, count: number, total: number, key: MessageKey) => {
    if (!has(parameter) || count === 0) return;
    const avg = value(parameter);
    const max = avg * count;
    if (total > max) add(unit, 'max-deputies', parameter, 'warning', key, { total, avg, max, count });
  };
  /** Phó trưởng phòng by the phòng's civil-servant posts: 1 below the first threshold, 2 below the second, else the maximum. */
  const divisionDeputies = (unit: Unit, key: MessageKey, citation?: string) => {
    if (!has('divisionOneDeputyBelow') || !has('divisionTwoDeputiesBelow') || !has('divisionMaxDeputies')) return;
    const posts = unit.civilServantQuota;
    const param: ParameterId =
      posts < value('divisionOneDeputyBelow')
        ? 'divisionOneDeputyBelow'
        : posts < value('divisionTwoDeputiesBelow')
          ? 'divisionTwoDeputiesBelow'
          : 'divisionMaxDeputies';
    const max = param === 'divisionOneDeputyBelow' ? 1 : param === 'divisionTwoDeputiesBelow' ? 2 : value(param);
    if (unit.deputies > max)
      add(unit, 'max-deputies', param, 'error', key, { deputies: unit.deputies, max, posts }, citation);
  };
  const psu = (unit: Unit, parent: Unit | undefined, rollup: Rollup) => {
    const staff = psuStaff(rollup);
    const group = groupNumber(autonomyGroup?.(unit.code));
    // Art. 5.1.d: a group 1–2 unit's minimum follows its establishment plan, not the 15.
    // Schools and health units may be basic-service units the minimum does not bind: a warning, not a breach.
    const byPlan = group === 1 || group === 2;
    // With no group known the 15 is still judged (most units are in groups 3–4), and the message says
    // that a group 1–2 unit's minimum would be its plan's instead.
    if (!byPlan && BASIC_SERVICE_SECTORS.has(unit.sector))
      minimum(unit, 'psuMinStaff', staff, 'find.psuMinStaffBasic', 'warning');
    else if (!byPlan)
      minimum(unit, 'psuMinStaff', staff, group === null ? 'find.psuMinStaffGroupUnknown' : 'find.psuMinStaff');
    // Decree 120 Art. 6.2: group 1 by its own plan; group 2 at most 3; groups 3–4 at most 2, or 3
    // above 20 viên chức for a unit directly under the provincial committee.
    if (group === 1) return;
    if (group === 2)
      return deputies(unit, 'psuGroup2MaxDeputies', value('psuGroup2MaxDeputies'), 'find.psuDeputiesGroup2', { staff });
    const underProvince = parent !== undefined && isProvinceCommittee(parent);
    const large = underProvince && has('psuUnderProvinceLargeStaff') && staff > value('psuUnderProvinceLargeStaff');
    const param: ParameterId = large ? 'psuUnderProvinceLargeMaxDeputies' : 'psuMaxDeputies';
    if (!has(param) || unit.deputies <= value(param)) return;
    const basis = { staff, group: group ?? 0 };
    if (group === null)
      add(unit, 'max-deputies', param, 'note', 'find.psuDeputiesGroupUnknown', {
        deputies: unit.deputies,
        max: value(param),
        staff,
      });
    else if (!large && (mayBeClassOne(unit) || isMultiLevelSchool(unit)) && unit.deputies <= 3)
      add(
        unit,
        'max-deputies',
        param,
        'note',
        mayBeClassOne(unit) ? 'find.psuDeputiesClassOne' : 'find.psuDeputiesMultiLevel',
        { deputies: unit.deputies, max: value(param), ...basis },
      );
    else deputies(unit, param, value(param), 'find.psuDeputies', basis);
  };
  const psuDivision = (unit: Unit, parent: Unit | undefined) => {
    // Art. 6.1.d and 6.3 bind groups 2–4; a group 1 unit decides its own structure.
    const group = parent?.kind === 'psu' ? groupNumber(autonomyGroup?.(parent.code)) : null;
    if (group === 1) return;
    const staff = psuStaff(unit);
    const unknown = group === null;
    if (has('psuDivisionMinStaff') && staff < value('psuDivisionMinStaff')) {
      add(
        unit,
        'min-staff',
        'psuDivisionMinStaff',
        unknown ? 'note' : 'error',
        unknown ? 'find.psuDivisionMinStaffGroupUnknown' : 'find.psuDivisionMinStaff',
        { actual: staff, min: value('psuDivisionMinStaff') },
      );
    }
    if (group === 2)
      return deputies(
        unit,
        'psuGroup2DivisionMaxDeputies',
        value('psuGroup2DivisionMaxDeputies'),
        'find.psuDivisionDeputiesGroup2',
        { staff },
      );
    const param: ParameterId =
      staff < value('psuDivisionOneDeputyBelow') ? 'psuDivisionOneDeputyBelow' : 'psuDivisionMaxDeputies';
    const max = param === 'psuDivisionOneDeputyBelow' ? 1 : value(param);
    if (!has(param) || unit.deputies <= max) return;
    add(
      unit,
      'max-deputies',
      param,
      unknown ? 'note' : 'error',
      unknown ? 'find.psuDivisionDeputiesGroupUnknown' : 'find.psuDivisionDeputies',
      { deputies: unit.deputies, max, staff },
    );
  };
  /**
   * Plan 130/KH-BCĐTKNQ18: a sở under the provincial committee keeps at most one PSU serving state
   * management (Giáo dục và Đào tạo and Y tế exempt); its other PSUs self-finance recurrent spending
   * (groups 1–2). Over its direct PSUs: those in groups 3–4 beyond the one allowed give a warning;
   * those whose group is not known a note (the app cannot tell which one serves state management).
   * A sở not recognised (it may be one of the exempt) gets notes only.
   */
  const plan130 = (unit: Unit, parent: Unit | undefined, psus: readonly Unit[]) => {
    if (
      !has('stateManagementPsusPerDepartment') ||
      psus.length === 0 ||
      !isCountedDepartment(unit) ||
      !parent ||
      !isProvinceCommittee(parent)
    )
      return;
    const which = recogniseDepartment(unit);
    if (which === 'giaoDucDaoTao' || which === 'yTe') return;
    const max = value('stateManagementPsusPerDepartment');
    const groups = psus.map((p) => groupNumber(autonomyGroup?.(p.code)));
    const funded = psus.filter((_, i) => groups[i] === 3 || groups[i] === 4);
    const unknown = psus.filter((_, i) => groups[i] === null);
    const names = (us: readonly Unit[]) => us.map((p) => p.name).join('; ');
    const sure = which !== null;
    if (funded.length > max)
      add(unit, 'max-units', 'stateManagementPsusPerDepartment', sure ? 'warning' : 'note', 'find.plan130Psus', {
        count: funded.length,
        max,
        names: names(funded),
      });
    if (unknown.length > 0 && funded.length + unknown.length > max)
      add(unit, 'max-units', 'stateManagementPsusPerDepartment', 'note', 'find.plan130PsusGroupUnknown', {
        count: unknown.length,
        max,
        names: names(unknown),
      });
  };
  const unit = (out: Finding[], unit: Unit, parent: Unit | undefined, rollup: Rollup, kids: ChildCounts) => {
    findings = out;
    switch (unit.kind) {
      case 'department':
        plan130(unit, parent, kids.psus);
        break;
      case 'psu':
        psu(unit, parent, rollup);
        break;
      case 'psu_division':
        psuDivision(unit, parent);
        break;
      case 'sub_department': {
        minimum(unit, 'subDepartmentMinPosts', rollup.civilServantQuota, 'find.subDepartmentMinPosts');
        const divisions = kids.divisions;
        const param: ParameterId =
          divisions >= 1 && divisions <= 3 ? 'subDepartmentMaxDeputiesFewDivisions' : 'subDepartmentMaxDeputies';
        // "chi cục có 0 phòng" reads wrong: the rule's own words are "không có phòng" (Decree 150/2025).
        const key = divisions === 0 ? 'find.subDepartmentDeputiesNoDivisions' : 'find.subDepartmentDeputies';
        if (has(param)) deputies(unit, param, value(param), key, { divisions });
        notAboveParent(unit, parent);
        break;
      }
      case 'division': {
        if (parent?.kind === 'department') {
          minimum(unit, 'divisionUnderDepartmentMinPosts', unit.civilServantQuota, 'find.divisionMinPosts');
          divisionDeputies(unit, 'find.divisionDeputies');
        } else if (parent?.kind === 'sub_department') {
          minimum(unit, 'divisionUnderSubDepartmentMinPosts', unit.civilServantQuota, 'find.divisionUnderSubMinPosts');
          if (ruleSet.subDepartmentDivisionDeputies)
            divisionDeputies(unit, 'find.divisionUnderSubDeputies', ruleSet.subDepartmentDivisionDeputies.citation);
        }
        notAboveParent(unit, parent);
        break;
      }
      case 'people_committee':
        if (unit.level === 'district')
          average(
            unit,
            'districtDivisionAverageDeputies',
            kids.divisions,
            kids.divisionDeputies,
            'find.districtDivisionDeputies',
          );
        else if (unit.level === 'commune')
          average(
            unit,
            'communeDivisionAverageDeputies',
            kids.divisions + kids.centres,
            kids.divisionDeputies + kids.centreDeputies,
            'find.communeDivisionDeputies',
          );
        break;
      default:
        break;
    }
    if (unit.civilServantActual > unit.civilServantQuota) {
      add(
        unit,
        'over-quota',
        null,
        'warning',
        'find.overQuotaCivilServants',
        { actual: unit.civilServantActual, quota: unit.civilServantQuota },
        OVER_QUOTA_CITATION,
      );
    }
    if (unit.publicEmployeeActual > unit.publicEmployeeQuota) {
      add(
        unit,
        'over-quota',
        null,
        'warning',
        'find.overQuotaPublicEmployees',
        { actual: unit.publicEmployeeActual, quota: unit.publicEmployeeQuota },
        OVER_QUOTA_CITATION,
      );
    }
  };
  // Judged at the province, on the provincial committee (the first in tree order): the number of
  // sở (Decree 45/2025, then Decree 150/2025 Art. 10.1), the deputy directors on average over
  // all sở (3 each, more in a province formed by merging provinces; Hà Nội and TP.HCM up to 10
  // more in all) and the communes' organisations on average (Decree 370/2025).
  const province = (out: Finding[], province: Unit | undefined, counts: ProvinceCounts) => {
    findings = out;
    if (!province) return;
    const { departments: count, departmentDeputies: total } = counts;
    if (count > 0 && has('maxDepartments') && count > value('maxDepartments'))
      add(province, 'max-units', 'maxDepartments', 'error', 'find.maxDepartments', {
        count,
        max: value('maxDepartments'),
      });
    if (count > 0 && has('departmentAverageDeputies')) {
      const merger = mergedProvinceAllowance(ruleSet, mergedProvinces);
      const avg = value('departmentAverageDeputies') + merger.extra;
      const max = avg * count + (provinceClass === 'special' ? 10 : 0);
      if (total > max) {
        const values = { total, avg, max, count };
        if (merger.extra === 0)
          add(province, 'max-deputies', 'departmentAverageDeputies', 'warning', 'find.departmentAverage', values);
        else {
          const citation = `${params.departmentAverageDeputies!.citation}; ${ruleSet.mergedProvinceDeputies!.citation}`;
          add(
            province,
            'max-deputies',
            'departmentAverageDeputies',
            'warning',
            'find.departmentAverageMerged',
            { ...values, extra: merger.extra, provinces: merger.provinces },
            citation,
          );
        }
      }
    }
    if (counts.communes > 0 && has('communeOrganisationsAverage')) {
      const avg = value('communeOrganisationsAverage');
      const max = avg * counts.communes;
      if (counts.communeOrganisations > max)
        add(province, 'max-units', 'communeOrganisationsAverage', 'warning', 'find.communeOrganisations', {
          total: counts.communeOrganisations,
          avg,
          max,
          count: counts.communes,
        });
    }
    // Decree 150/2025 Art. 8: each mandatory sở missing from under the provincial committee (which has
    // at least one sở); where some sở were not recognised, one of them may be the missing one: a note.
    const tally = counts.departmentTally;
    if (has('missingMandatoryDepartments') && tally.total > 0) {
      const missing = missingDepartments(tally);
      if (missing.length > value('missingMandatoryDepartments')) {
        for (const d of missing) {
          if (tally.unrecognised === 0)
            add(province, 'max-units', 'missingMandatoryDepartments', 'error', 'find.mandatoryDepartmentMissing', {
              department: `dept.${d}`,
            });
          else
            add(province, 'max-units', 'missingMandatoryDepartments', 'note', 'find.mandatoryDepartmentUnsure', {
              department: `dept.${d}`,
              unrecognised: tally.unrecognised,
            });
        }
      }
    }
    // Plan 130/KH-BCĐTKNQ18: at most 3 provincial project-management boards (a plan: a warning at most).
    if (has('provincialProjectBoards') && counts.projectBoards > value('provincialProjectBoards'))
      add(province, 'max-units', 'provincialProjectBoards', 'warning', 'find.projectBoards', {
        count: counts.projectBoards,
        max: value('provincialProjectBoards'),
      });
  };
  return { unit, province };
}

/**
 * How long surplus deputies may stay after an arrangement, for a unit of this kind, by the set in
 * force on `date`: a public service unit 3 years (Decree 120 Art. 27.2.b), a specialised agency and
 * its units 5 years (Decree 150/2025, restated by Decree 370/2025). Null where the set has no such rule.
 */
export function deputyDeadline(
  ruleSet: RuleSet,
  date: string,
  kind: Unit['kind'],
): { years: number; citation: string; confidence: Confidence } | null {
  const p = parametersOn(ruleSet, date)[
    kind === 'psu' || kind === 'psu_division' ? 'psuDeputyDeadlineYears' : 'agencyDeputyDeadlineYears'
  ];
  return p
    ? { years: typeof p.value === 'number' ? p.value : p.value.class1, citation: p.citation, confidence: p.confidence }
    : null;
}

const OVER_QUOTA_CITATION =
  'Số hiện có vượt số được cấp có thẩm quyền giao (biên chế công chức; số người làm việc hưởng lương NSNN)';
