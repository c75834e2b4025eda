/**
 * Health checks: every unit judged against a rule set. Pure: the same function serves the UI,
 * the CLI (`tinhgon findings`), printed proposals and scenario simulation.
 */
import type { Unit } from '../model/unit.ts';
import type { ProvinceClass } from '../model/workspace.ts';
import type { MessageKey } from '../i18n/index.ts';
import { buildTree, type UnitTree } from '../tree.ts';
import { computeRollups, type Rollup } from '../rollup.ts';
import { mergedProvinceAllowance, parameterValue, type Confidence, type ParameterId, type RuleSet } from './rule-sets.ts';

export const RULES = ['min-staff', 'max-deputies', 'over-quota'] as const;
export type RuleId = (typeof RULES)[number];
export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  unitCode: string;
  rule: RuleId;
  /** The parameter the unit was measured against (none for over-quota). */
  parameter: ParameterId | null;
  severity: Severity;
  key: MessageKey;
  params: Record<string, number>;
  citation: string;
  confidence: Confidence;
}

/** Values a province set in place of the rule set's (see db/rules-repo.ts). */
export type ParameterOverrides = Partial<Record<ParameterId, number>>;

export interface RuleContext {
  ruleSet: RuleSet;
  provinceClass: ProvinceClass;
  overrides?: ParameterOverrides;
  /** How many provinces the province was formed from (1 when not merged): raises the sở deputy average under Decree 370/2025. */
  mergedProvinces?: number;
}

/**
 * "Người làm việc" of a PSU or a division of one, as the decree counts it: the assigned number
 * (state-paid quota) plus self-funded employees.
 */
const psuStaff = (r: Pick<Rollup, 'publicEmployeeQuota' | 'selfFundedEmployees'>) => r.publicEmployeeQuota + r.selfFundedEmployees;
/** Sectors whose units are mostly basic, essential services, exempt from the 15-person minimum (Art. 5.1.d). */
const BASIC_SERVICE_SECTORS = new Set(['education', 'health']);

/**
 * Every unit judged, in tree order, then the province-wide finding. With `only`, just those
 * units are judged (and the province-wide finding): what `findingsFor` picks from the full list
 * (shared/rules/findings-delta.ts), at the cost of the named units.
 */
export function evaluateFindings(units: readonly Unit[], ctx: RuleContext, tree: UnitTree = buildTree(units), rollups = computeRollups(tree), only?: ReadonlySet<string>): Finding[] {
  const judge = findingJudge(ctx);
  const findings: Finding[] = [];
  const departments: Unit[] = [];
  for (const code of tree.preorder) {
    const unit = tree.byCode.get(code)!;
    if (unit.kind === 'department') departments.push(unit);
    if (only && !only.has(code)) continue;
    const parent = unit.parentCode ? tree.byCode.get(unit.parentCode) : undefined;
    const divisions = unit.kind === 'sub_department' ? (tree.children.get(code) ?? []).filter((c) => tree.byCode.get(c)!.kind === 'division').length : 0;
    judge.unit(findings, unit, parent, rollups.get(code)!, divisions);
  }
  const first = tree.preorder.find((c) => isProvinceCommittee(tree.byCode.get(c)!));
  judge.province(findings, first === undefined ? undefined : tree.byCode.get(first), departments.length, departments.reduce((s, d) => s + d.deputies, 0));
  return findings;
}

export const isProvinceCommittee = (u: Unit) => u.kind === 'people_committee' && u.level === 'province';

/**
 * The rules one unit at a time, for `evaluateFindings` and for a caller that re-judges only the
 * units that changed (the scenario simulation): `unit` appends the findings of one unit, which
 * depend only on the unit, its parent, its subtree rollup and (for a sub-department) how many of
 * its children are divisions; `province` appends the province-wide finding on the sở deputies.
 */
export function findingJudge(ctx: RuleContext) {
  const { ruleSet, provinceClass, overrides = {}, mergedProvinces = 1 } = ctx;
  const value = (id: ParameterId) => overrides[id] ?? parameterValue(ruleSet.parameters[id], provinceClass);
  let findings: Finding[] = [];
  const add = (unit: Unit, rule: RuleId, parameter: ParameterId | null, severity: Severity, key: MessageKey, params: Record<string, number>, citation?: string) => {
    const p = parameter ? ruleSet.parameters[parameter] : null;
    findings.push({ unitCode: unit.code, rule, parameter, severity, key, params, citation: citation ?? p?.citation ?? '', confidence: p?.confidence ?? 'C' });
  };
  const minimum = (unit: Unit, parameter: ParameterId, actual: number, key: MessageKey, severity: Severity = 'error') => {
    const min = value(parameter);
    if (actual < min) add(unit, 'min-staff', parameter, severity, key, { actual, min });
  };
  const deputies = (unit: Unit, parameter: ParameterId, max: number, key: MessageKey, basis: Record<string, number>, severity: Severity = 'error') => {
    if (unit.deputies > max) add(unit, 'max-deputies', parameter, severity, key, { deputies: unit.deputies, max, ...basis });
  };
  const unit = (out: Finding[], unit: Unit, parent: Unit | undefined, rollup: Rollup, divisions: number) => {
    findings = out;
    switch (unit.kind) {
      case 'psu': {
        const staff = psuStaff(rollup);
        // Schools and health units may be basic-service units the minimum does not bind: a note, not a breach.
        if (BASIC_SERVICE_SECTORS.has(unit.sector)) minimum(unit, 'psuMinStaff', staff, 'find.psuMinStaffBasic', 'warning');
        else minimum(unit, 'psuMinStaff', staff, 'find.psuMinStaff');
        const underProvince = parent?.kind === 'people_committee' && parent.level === 'province';
        const large = underProvince && staff > value('psuUnderProvinceLargeStaff');
        const param: ParameterId = large ? 'psuUnderProvinceLargeMaxDeputies' : 'psuMaxDeputies';
        // Autonomy group 2 and named exceptions may have 3; until those are recorded this is a note.
        deputies(unit, param, value(param), 'find.psuDeputies', { staff }, 'warning');
        break;
      }
      case 'psu_division': {
        const staff = psuStaff(unit);
        minimum(unit, 'psuDivisionMinStaff', staff, 'find.psuDivisionMinStaff');
        const param: ParameterId = staff < value('psuDivisionOneDeputyBelow') ? 'psuDivisionOneDeputyBelow' : 'psuDivisionMaxDeputies';
        deputies(unit, param, param === 'psuDivisionOneDeputyBelow' ? 1 : value(param), 'find.psuDivisionDeputies', { staff });
        break;
      }
      case 'sub_department': {
        minimum(unit, 'subDepartmentMinPosts', rollup.civilServantQuota, 'find.subDepartmentMinPosts');
        const param: ParameterId = divisions >= 1 && divisions <= 3 ? 'subDepartmentMaxDeputiesFewDivisions' : 'subDepartmentMaxDeputies';
        deputies(unit, param, value(param), 'find.subDepartmentDeputies', { divisions });
        break;
      }
      case 'division': {
        if (parent?.kind === 'department') {
          minimum(unit, 'divisionUnderDepartmentMinPosts', unit.civilServantQuota, 'find.divisionMinPosts');
          const posts = unit.civilServantQuota;
          const param: ParameterId = posts < value('divisionOneDeputyBelow') ? 'divisionOneDeputyBelow' : posts < value('divisionTwoDeputiesBelow') ? 'divisionTwoDeputiesBelow' : 'divisionMaxDeputies';
          const max = param === 'divisionOneDeputyBelow' ? 1 : param === 'divisionTwoDeputiesBelow' ? 2 : value(param);
          deputies(unit, param, max, 'find.divisionDeputies', { posts });
        } else if (parent?.kind === 'sub_department') {
          minimum(unit, 'divisionUnderSubDepartmentMinPosts', unit.civilServantQuota, 'find.divisionUnderSubMinPosts');
        }
        break;
      }
      default:
        break;
    }
    if (unit.civilServantActual > unit.civilServantQuota) {
      add(unit, 'over-quota', null, 'warning', 'find.overQuotaCivilServants', { actual: unit.civilServantActual, quota: unit.civilServantQuota }, OVER_QUOTA_CITATION);
    }
    if (unit.publicEmployeeActual > unit.publicEmployeeQuota) {
      add(unit, 'over-quota', null, 'warning', 'find.overQuotaPublicEmployees', { actual: unit.publicEmployeeActual, quota: unit.publicEmployeeQuota }, OVER_QUOTA_CITATION);
    }
  };
  // Deputy directors are limited on average over all the province's sở (3 each, more in a province
  // formed by merging provinces; Hà Nội and TP.HCM up to 10 more in all): judged at the province,
  // on the provincial committee (the first in tree order).
  const province = (out: Finding[], province: Unit | undefined, count: number, total: number) => {
    findings = out;
    if (!province || count === 0) return;
    const merger = mergedProvinceAllowance(ruleSet, mergedProvinces);
    const avg = value('departmentAverageDeputies') + merger.extra;
    const max = avg * count + (provinceClass === 'special' ? 10 : 0);
    if (total > max) {
      const params = { total, avg, max, count };
      if (merger.extra === 0) add(province, 'max-deputies', 'departmentAverageDeputies', 'warning', 'find.departmentAverage', params);
      else {
        const citation = `${ruleSet.parameters.departmentAverageDeputies.citation}; ${ruleSet.mergedProvinceDeputies!.citation}`;
        add(province, 'max-deputies', 'departmentAverageDeputies', 'warning', 'find.departmentAverageMerged', { ...params, extra: merger.extra, provinces: merger.provinces }, citation);
      }
    }
  };
  return { unit, province };
}

const OVER_QUOTA_CITATION = 'Số hiện có vượt số được cấp có thẩm quyền giao (biên chế công chức; số người làm việc hưởng lương NSNN)';
