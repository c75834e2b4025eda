/**
 * Legal rule sets as data: which organisational limits apply, with their values, the legal text
 * they come from and how sure the reference is of them (legal-reference.md: [C] confirmed in the
 * legal text, [C2] confirmed in secondary sources, [M] unverified). A workspace is judged by one
 * set; a province may tighten a parameter, and that change is recorded (see db/rules-repo.ts).
 */
import type { ProvinceClass } from '../model/workspace.ts';

export type Confidence = 'C' | 'C2' | 'M';

/** A value for every province class, or one value for all. */
export type ClassValue = number | Record<ProvinceClass, number>;

export interface Parameter {
  id: ParameterId;
  value: ClassValue;
  citation: string;
  confidence: Confidence;
}

export const PARAMETER_IDS = [
  'psuMinStaff',
  'psuDivisionMinStaff',
  'divisionUnderDepartmentMinPosts',
  'subDepartmentMinPosts',
  'divisionUnderSubDepartmentMinPosts',
  'psuMaxDeputies',
  'psuUnderProvinceLargeStaff',
  'psuUnderProvinceLargeMaxDeputies',
  'psuDivisionOneDeputyBelow',
  'psuDivisionMaxDeputies',
  'divisionOneDeputyBelow',
  'divisionTwoDeputiesBelow',
  'divisionMaxDeputies',
  'subDepartmentMaxDeputiesFewDivisions',
  'subDepartmentMaxDeputies',
  'departmentAverageDeputies',
] as const;
export type ParameterId = (typeof PARAMETER_IDS)[number];

export interface RuleSet {
  id: string;
  /** Vietnamese title, as shown to users. */
  title: string;
  titleEn: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Legal bases, in the order a proposal cites them ("Căn cứ …"). */
  bases: string[];
  parameters: Record<ParameterId, Parameter>;
  /** Extra deputy directors per sở on average in a province formed by merging provinces; null where the set has none. */
  mergedProvinceDeputies: MergedProvinceAllowance | null;
}

/**
 * Decree 370/2025: the average number of deputy directors per sở rises when the province was
 * formed by merging provinces. `extra` maps the number of provinces merged to the extra deputies;
 * more provinces than the largest number listed get that number's allowance (the decree goes no further).
 */
export interface MergedProvinceAllowance {
  extra: Readonly<Record<number, number>>;
  citation: string;
  confidence: Confidence;
}

const ND120_5 = 'Nghị định 120/2020/NĐ-CP, Điều 5 khoản 1 điểm d';
const ND120_6_1 = 'Nghị định 120/2020/NĐ-CP, Điều 6 khoản 1 điểm d';
const ND120_6_2 = 'Nghị định 120/2020/NĐ-CP (sửa đổi bởi Nghị định 83/2024/NĐ-CP), Điều 6 khoản 2 điểm c';
const ND120_6_3 = 'Nghị định 120/2020/NĐ-CP, Điều 6 khoản 3 điểm c';

/** Rules common to both sets: public service units (Decree 120/2020 as consolidated). */
const PSU_RULES = {
  psuMinStaff: { id: 'psuMinStaff', value: 15, citation: ND120_5, confidence: 'C' },
  psuDivisionMinStaff: { id: 'psuDivisionMinStaff', value: 7, citation: ND120_6_1, confidence: 'C' },
  psuMaxDeputies: { id: 'psuMaxDeputies', value: 2, citation: ND120_6_2, confidence: 'C' },
  psuUnderProvinceLargeStaff: { id: 'psuUnderProvinceLargeStaff', value: 20, citation: ND120_6_2, confidence: 'C' },
  psuUnderProvinceLargeMaxDeputies: { id: 'psuUnderProvinceLargeMaxDeputies', value: 3, citation: ND120_6_2, confidence: 'C' },
  psuDivisionOneDeputyBelow: { id: 'psuDivisionOneDeputyBelow', value: 10, citation: ND120_6_3, confidence: 'C' },
  psuDivisionMaxDeputies: { id: 'psuDivisionMaxDeputies', value: 2, citation: ND120_6_3, confidence: 'C' },
} satisfies Partial<Record<ParameterId, Parameter>>;

export const RULE_SETS: readonly RuleSet[] = [
  {
    id: 'nd120-107-2020',
    title: 'Nghị định 120/2020 + Nghị định 107/2020 (áp dụng đến tháng 02/2025)',
    titleEn: 'Decree 120/2020 + Decree 107/2020 (in force until 02/2025)',
    effectiveFrom: '2020-11-25',
    effectiveTo: '2025-02-28',
    bases: ['Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ', 'Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ'],
    parameters: {
      ...PSU_RULES,
      divisionUnderDepartmentMinPosts: {
        id: 'divisionUnderDepartmentMinPosts',
        value: { special: 7, class1: 6, class2: 5, class3: 5 },
        citation: 'Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP), tiêu chí thành lập phòng thuộc sở',
        confidence: 'C2',
      },
      subDepartmentMinPosts: { id: 'subDepartmentMinPosts', value: 12, citation: 'Nghị định 107/2020/NĐ-CP, tiêu chí thành lập chi cục thuộc sở', confidence: 'C2' },
      divisionUnderSubDepartmentMinPosts: { id: 'divisionUnderSubDepartmentMinPosts', value: 5, citation: 'Nghị định 45/2025/NĐ-CP (mức tương ứng áp dụng cho giai đoạn trước chưa xác minh)', confidence: 'M' },
      divisionOneDeputyBelow: {
        id: 'divisionOneDeputyBelow',
        value: { special: 10, class1: 9, class2: 8, class3: 8 },
        citation: 'Nghị định 107/2020/NĐ-CP, số lượng phó trưởng phòng thuộc sở',
        confidence: 'C2',
      },
      divisionTwoDeputiesBelow: { id: 'divisionTwoDeputiesBelow', value: 15, citation: 'Nghị định 107/2020/NĐ-CP, số lượng phó trưởng phòng thuộc sở', confidence: 'C2' },
      divisionMaxDeputies: { id: 'divisionMaxDeputies', value: 3, citation: 'Nghị định 107/2020/NĐ-CP, số lượng phó trưởng phòng thuộc sở', confidence: 'C2' },
      subDepartmentMaxDeputiesFewDivisions: { id: 'subDepartmentMaxDeputiesFewDivisions', value: 1, citation: 'Quy định về số lượng phó chi cục trưởng (mức cho giai đoạn này chưa xác minh)', confidence: 'M' },
      subDepartmentMaxDeputies: { id: 'subDepartmentMaxDeputies', value: 2, citation: 'Quy định về số lượng phó chi cục trưởng (mức cho giai đoạn này chưa xác minh)', confidence: 'M' },
      departmentAverageDeputies: { id: 'departmentAverageDeputies', value: 3, citation: 'Nghị định 107/2020/NĐ-CP, số lượng phó giám đốc sở (bình quân)', confidence: 'C2' },
    },
    mergedProvinceDeputies: null,
  },
  {
    id: 'nd120-150-370-2026',
    title: 'Nghị định 120/2020 (sửa đổi) + Nghị định 150/2025, 370/2025 (chính quyền hai cấp, từ 2026)',
    titleEn: 'Decree 120/2020 (amended) + Decrees 150/2025 and 370/2025 (two-tier model, from 2026)',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    bases: [
      'Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ (được sửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP và Nghị định số 283/2025/NĐ-CP)',
      'Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ',
      'Nghị định số 370/2025/NĐ-CP ngày 31/12/2025 của Chính phủ',
    ],
    parameters: {
      ...PSU_RULES,
      divisionUnderDepartmentMinPosts: {
        id: 'divisionUnderDepartmentMinPosts',
        value: 7,
        citation: 'Nghị định 150/2025/NĐ-CP, tiêu chí thành lập phòng thuộc sở (dự thảo đề xuất 7 cho mọi tỉnh; con số chính thức chưa xác minh)',
        confidence: 'M',
      },
      subDepartmentMinPosts: { id: 'subDepartmentMinPosts', value: 12, citation: 'Nghị định 150/2025/NĐ-CP, tiêu chí thành lập chi cục thuộc sở', confidence: 'C2' },
      divisionUnderSubDepartmentMinPosts: { id: 'divisionUnderSubDepartmentMinPosts', value: 5, citation: 'Nghị định 45/2025/NĐ-CP, phòng thuộc chi cục (mức trong Nghị định 150/2025 chưa xác minh)', confidence: 'M' },
      divisionOneDeputyBelow: { id: 'divisionOneDeputyBelow', value: 10, citation: 'Nghị định 370/2025/NĐ-CP, số lượng phó trưởng phòng thuộc sở', confidence: 'C2' },
      divisionTwoDeputiesBelow: { id: 'divisionTwoDeputiesBelow', value: 15, citation: 'Nghị định 370/2025/NĐ-CP, số lượng phó trưởng phòng thuộc sở', confidence: 'C2' },
      divisionMaxDeputies: { id: 'divisionMaxDeputies', value: 3, citation: 'Nghị định 370/2025/NĐ-CP, số lượng phó trưởng phòng thuộc sở', confidence: 'C2' },
      subDepartmentMaxDeputiesFewDivisions: { id: 'subDepartmentMaxDeputiesFewDivisions', value: 1, citation: 'Nghị định 370/2025/NĐ-CP, phó chi cục trưởng (chi cục có 1–3 phòng)', confidence: 'C2' },
      subDepartmentMaxDeputies: { id: 'subDepartmentMaxDeputies', value: 2, citation: 'Nghị định 370/2025/NĐ-CP, phó chi cục trưởng (không có phòng hoặc từ 4 phòng; trích đoạn bị cắt)', confidence: 'M' },
      departmentAverageDeputies: { id: 'departmentAverageDeputies', value: 3, citation: 'Nghị định 370/2025/NĐ-CP, số lượng phó giám đốc sở (bình quân 3; cộng thêm khi hợp nhất tỉnh)', confidence: 'C2' },
    },
    mergedProvinceDeputies: {
      extra: { 2: 1, 3: 2 },
      citation: 'Nghị định 370/2025/NĐ-CP, số lượng phó giám đốc sở: thêm 1 phó giám đốc nếu tỉnh hình thành do hợp nhất 2 tỉnh, thêm 2 nếu hợp nhất 3 tỉnh',
      confidence: 'C2',
    },
  },
];

export function ruleSetById(id: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.id === id);
}

/** The set in force in a year (the newest whose period covers 1 January… 31 December of it). */
export function defaultRuleSetFor(year: number): RuleSet {
  const inForce = RULE_SETS.filter((r) => r.effectiveFrom <= `${year}-12-31` && (r.effectiveTo === null || r.effectiveTo >= `${year}-01-01`));
  return inForce[inForce.length - 1] ?? RULE_SETS[0]!;
}

/**
 * Which way is stricter for each parameter: a higher minimum (or a higher threshold before more
 * deputies are allowed), a lower maximum. A province may only tighten.
 */
export const STRICTER: Record<ParameterId, 'higher' | 'lower'> = {
  psuMinStaff: 'higher',
  psuDivisionMinStaff: 'higher',
  divisionUnderDepartmentMinPosts: 'higher',
  subDepartmentMinPosts: 'higher',
  divisionUnderSubDepartmentMinPosts: 'higher',
  psuMaxDeputies: 'lower',
  psuUnderProvinceLargeStaff: 'higher',
  psuUnderProvinceLargeMaxDeputies: 'lower',
  psuDivisionOneDeputyBelow: 'higher',
  psuDivisionMaxDeputies: 'lower',
  divisionOneDeputyBelow: 'higher',
  divisionTwoDeputiesBelow: 'higher',
  divisionMaxDeputies: 'lower',
  subDepartmentMaxDeputiesFewDivisions: 'lower',
  subDepartmentMaxDeputies: 'lower',
  departmentAverageDeputies: 'lower',
};

/**
 * The extra deputy directors per sở on average for a province formed from `provinces` provinces
 * (1: not merged), and how many provinces were counted (capped at the largest number the set lists).
 */
export function mergedProvinceAllowance(ruleSet: RuleSet, provinces: number): { provinces: number; extra: number } {
  const table = ruleSet.mergedProvinceDeputies?.extra ?? {};
  const listed = Object.keys(table).map(Number);
  if (listed.length === 0 || provinces < 2) return { provinces: Math.max(1, provinces), extra: 0 };
  const counted = Math.min(provinces, Math.max(...listed));
  const below = listed.filter((n) => n <= counted);
  return { provinces: counted, extra: below.length > 0 ? table[Math.max(...below)]! : 0 };
}

export function parameterValue(p: Parameter, provinceClass: ProvinceClass): number {
  return typeof p.value === 'number' ? p.value : p.value[provinceClass];
}
