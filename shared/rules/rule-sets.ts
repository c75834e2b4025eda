/**
 * Legal rule sets as data: which organisational limits apply, with their values, the legal text
 * they come from and how sure the reference is of them (legal-reference.md, its "Corrections of
 * 2026-12" first: [C] confirmed in the legal text, [C2] confirmed in secondary sources, [M]
 * unverified). Each set is in force on the days from `validFrom` to `validTo`; a date is judged by
 * the set in force on it (`ruleSetInForce`) unless the province pinned one, and a province may
 * tighten a parameter; both are recorded with who, when and why (see db/rules-repo.ts). A value
 * marked M is never asserted: it gives a "cần xác minh" note, not a violation.
 */
import type { ProvinceClass } from '../model/workspace.ts';

export type Confidence = 'C' | 'C2' | 'M';

/** A value for every province class, or one value for all. */
export type ClassValue = number | Record<ProvinceClass, number>;

export const PARAMETER_IDS = [
  'psuMinStaff',
  'psuDivisionMinStaff',
  'divisionUnderDepartmentMinPosts',
  'subDepartmentMinPosts',
  'divisionUnderSubDepartmentMinPosts',
  'psuMaxDeputies',
  'psuGroup2MaxDeputies',
  'psuUnderProvinceLargeStaff',
  'psuUnderProvinceLargeMaxDeputies',
  'psuDivisionOneDeputyBelow',
  'psuDivisionMaxDeputies',
  'psuGroup2DivisionMaxDeputies',
  'divisionOneDeputyBelow',
  'divisionTwoDeputiesBelow',
  'divisionMaxDeputies',
  'subDepartmentMaxDeputiesFewDivisions',
  'subDepartmentMaxDeputies',
  'departmentAverageDeputies',
  'maxDepartments',
  'subordinateDeputiesAboveParent',
  'districtDivisionAverageDeputies',
  'communeOrganisationsAverage',
  'communeDivisionAverageDeputies',
  'psuDeputyDeadlineYears',
  'agencyDeputyDeadlineYears',
  'missingMandatoryDepartments',
  'stateManagementPsusPerDepartment',
  'provincialProjectBoards',
] as const;
export type ParameterId = (typeof PARAMETER_IDS)[number];

export interface Parameter {
  id: ParameterId;
  value: ClassValue;
  citation: string;
  confidence: Confidence;
  /** The rule binds only from this date (ISO) within the set's validity (e.g. a resolution issued later). */
  validFrom?: string;
  /**
   * From this date (ISO) the value is no longer known to be the law (amended by a text whose wording
   * was not retrieved): it is judged as unverified [M], with `unverifiedNote` added to the citation.
   */
  unverifiedFrom?: string;
  unverifiedNote?: string;
}

export interface RuleSet {
  id: string;
  /** Vietnamese title, as shown to users. */
  title: string;
  titleEn: string;
  /** The days the set is in force, both included (ISO dates); validTo null: still in force. */
  validFrom: string;
  validTo: string | null;
  /** Legal bases, in the order a proposal cites them ("Căn cứ …"); only texts read or confirmed, never an [M] value. */
  bases: string[];
  /** The set's rules; a parameter the set does not have is not judged while the set is in force. */
  parameters: Partial<Record<ParameterId, Parameter>>;
  /** Extra deputy directors per sở on average in a province formed by merging provinces; null where the set has none. */
  mergedProvinceDeputies: MergedProvinceAllowance | null;
  /**
   * Where the set says so (Decree 150/2025: "Số lượng Phó Trưởng phòng thuộc chi cục thuộc sở áp dụng
   * theo quy định tại khoản 2"), a phòng under a chi cục has its deputies judged by the frame of a
   * phòng under a sở, with this citation; null where the set does not say.
   */
  subDepartmentDivisionDeputies: { citation: string } | null;
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

type Params = Partial<Record<ParameterId, Parameter>>;
const param = (
  id: ParameterId,
  value: ClassValue,
  citation: string,
  confidence: Confidence,
  extra: Partial<Parameter> = {},
): Parameter => ({ id, value, citation, confidence, ...extra });

// Decree 120/2020 on public service units, as consolidated with Decree 83/2024 (legal-reference.md §5 and
// "Corrections of 2026-12"). Decree 283/2025 (in force 01/11/2025) amended Art. 6.2.c and Art. 27; their new
// wording was not retrieved, so from that day the deputy limits of Art. 6.2 and the 3-year window of
// Art. 27.2.b are unverified.
const ND120 = 'Nghị định 120/2020/NĐ-CP (sửa đổi bởi Nghị định 83/2024/NĐ-CP)';
const AMENDED_283 = {
  unverifiedFrom: '2025-11-01',
  unverifiedNote: 'Nghị định 283/2025/NĐ-CP (hiệu lực 01/11/2025) đã sửa đổi quy định này; nội dung mới chưa xác minh',
};
const AMENDED_283_M =
  '; Nghị định 283/2025/NĐ-CP (hiệu lực 01/11/2025) đã sửa đổi quy định này, nội dung mới chưa xác minh';

/** Decree 120's rules; `amended`: 'date' — unverified from 01/11/2025 within the set, 'all' — unverified throughout (a set from 2026). */
function psuRules(amended: 'none' | 'date' | 'all'): Params {
  // Only point c (groups 3–4) was amended by Decree 283/2025; point b (group 2) stands [C].
  const art62 = (id: ParameterId, value: number, point: string): Parameter =>
    amended === 'all'
      ? param(id, value, `${ND120}, Điều 6 khoản 2 ${point}${AMENDED_283_M}`, 'M')
      : param(id, value, `${ND120}, Điều 6 khoản 2 ${point}`, 'C', amended === 'date' ? AMENDED_283 : {});
  const art62b = (id: ParameterId, value: number, point: string): Parameter =>
    param(id, value, `${ND120}, Điều 6 khoản 2 ${point}`, 'C');
  return {
    psuMinStaff: param('psuMinStaff', 15, `${ND120}, Điều 5 khoản 1 điểm d`, 'C'),
    psuDivisionMinStaff: param(
      'psuDivisionMinStaff',
      7,
      `${ND120}, Điều 6 khoản 1 điểm d (đơn vị tự chủ nhóm 2, 3, 4)`,
      'C',
    ),
    psuMaxDeputies: art62('psuMaxDeputies', 2, 'điểm c (đơn vị tự chủ nhóm 3, 4)'),
    psuGroup2MaxDeputies: art62b('psuGroup2MaxDeputies', 3, 'điểm b (đơn vị tự chủ nhóm 2)'),
    psuUnderProvinceLargeStaff: art62(
      'psuUnderProvinceLargeStaff',
      20,
      'điểm c (đơn vị nhóm 3, 4 trực thuộc UBND cấp tỉnh)',
    ),
    psuUnderProvinceLargeMaxDeputies: art62(
      'psuUnderProvinceLargeMaxDeputies',
      3,
      'điểm c (đơn vị nhóm 3, 4 trực thuộc UBND cấp tỉnh, trên 20 viên chức)',
    ),
    psuDivisionOneDeputyBelow: param(
      'psuDivisionOneDeputyBelow',
      10,
      `${ND120}, Điều 6 khoản 3 điểm c (đơn vị tự chủ nhóm 3, 4)`,
      'C',
    ),
    psuDivisionMaxDeputies: param(
      'psuDivisionMaxDeputies',
      2,
      `${ND120}, Điều 6 khoản 3 điểm c (đơn vị tự chủ nhóm 3, 4)`,
      'C',
    ),
    psuGroup2DivisionMaxDeputies: param(
      'psuGroup2DivisionMaxDeputies',
      2,
      `${ND120}, Điều 6 khoản 3 điểm b (đơn vị tự chủ nhóm 2)`,
      'C',
    ),
    psuDeputyDeadlineYears:
      amended === 'all'
        ? param('psuDeputyDeadlineYears', 3, `${ND120}, Điều 27 khoản 2 điểm b${AMENDED_283_M}`, 'M')
        : param(
            'psuDeputyDeadlineYears',
            3,
            `${ND120}, Điều 27 khoản 2 điểm b`,
            'C',
            amended === 'date' ? AMENDED_283 : {},
          ),
  };
}

/** Phó trưởng phòng thuộc sở tiered by province class (Decrees 107/2020 and 45/2025). */
function tieredDivisionDeputies(decree: string): Params {
  const c = `${decree}, số lượng phó trưởng phòng thuộc sở (theo loại tỉnh)`;
  return {
    divisionOneDeputyBelow: param('divisionOneDeputyBelow', { special: 10, class1: 9, class2: 8, class3: 8 }, c, 'C2'),
    divisionTwoDeputiesBelow: param('divisionTwoDeputiesBelow', 15, c, 'C2'),
    divisionMaxDeputies: param('divisionMaxDeputies', 3, c, 'C2'),
  };
}

/** The same frame in every province (Decree 150/2025 Art. on deputies, khoản 2; restated by Decree 370/2025). */
function uniformDivisionDeputies(decree: string): Params {
  const c = `${decree}, số lượng phó trưởng phòng thuộc sở (dưới 10 biên chế: 1; 10–14: không quá 2; từ 15: không quá 3)`;
  return {
    divisionOneDeputyBelow: param('divisionOneDeputyBelow', 10, c, 'C2'),
    divisionTwoDeputiesBelow: param('divisionTwoDeputiesBelow', 15, c, 'C2'),
    divisionMaxDeputies: param('divisionMaxDeputies', 3, c, 'C2'),
  };
}

const ND150 = 'Nghị định 150/2025/NĐ-CP';
const ND150_370 = 'Nghị định 150/2025/NĐ-CP (sửa đổi bởi Nghị định 370/2025/NĐ-CP)';
const SUB_DEPARTMENT_DEPUTIES_UNKNOWN =
  'mức cho giai đoạn trước Nghị định 150/2025/NĐ-CP chưa xác minh (Nghị định 150/2025: chi cục có 1–3 phòng: 1; không có phòng hoặc từ 4 phòng: không quá 2)';
/** The sở every province has (Decree 150/2025 Art. 8 [C2], legal-reference.md §6), in the decree's order. */
export const MANDATORY_DEPARTMENTS = [
  'noiVu',
  'tuPhap',
  'taiChinh',
  'congThuong',
  'nongNghiepMoiTruong',
  'xayDung',
  'khoaHocCongNghe',
  'vanHoaTheThaoDuLich',
  'giaoDucDaoTao',
  'yTe',
  'thanhTra',
  'vanPhongUbnd',
] as const;
export type MandatoryDepartment = (typeof MANDATORY_DEPARTMENTS)[number];
const MANDATORY_150 = `${ND150}, Điều 8: các sở được tổ chức thống nhất ở các tỉnh (Nội vụ; Tư pháp; Tài chính; Công Thương; Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ; Văn hóa, Thể thao và Du lịch; Giáo dục và Đào tạo; Y tế; Thanh tra tỉnh; Văn phòng UBND)`;
// Plan 130/KH-BCĐTKNQ18 of the Central Steering Committee on Resolution 18 (about 09–10/2025, date not
// confirmed) [C2]: a Party steering plan, not a legal norm, so its findings are at most warnings. Applied
// from 01/01/2026, to the 2026 planning it was written for and after.
const PLAN_130 =
  'Kế hoạch 130/KH-BCĐTKNQ18 của Ban Chỉ đạo Trung ương tổng kết Nghị quyết 18 (ban hành khoảng tháng 9–10/2025, ngày chưa xác minh; áp dụng cho kế hoạch từ năm 2026; không phải văn bản quy phạm pháp luật)';
const plan130 = (): Params => ({
  stateManagementPsusPerDepartment: param(
    'stateManagementPsusPerDepartment',
    1,
    `${PLAN_130}: mỗi sở chỉ giữ 01 đơn vị sự nghiệp phục vụ quản lý nhà nước (trừ Sở Giáo dục và Đào tạo, Sở Y tế); các đơn vị khác tự bảo đảm chi thường xuyên trở lên`,
    'C2',
    { validFrom: '2026-01-01' },
  ),
  provincialProjectBoards: param(
    'provincialProjectBoards',
    3,
    `${PLAN_130}: mỗi tỉnh không quá 03 ban quản lý dự án cấp tỉnh`,
    'C2',
    { validFrom: '2026-01-01' },
  ),
});
const RESOLUTION_332 =
  'Nghị quyết 332/NQ-CP ngày 15/10/2025, phòng chuyên môn và Trung tâm Phục vụ hành chính công cấp xã: bình quân 02 cấp phó';

export const RULE_SETS: readonly RuleSet[] = [
  {
    id: 'nd120-107-2020',
    title: 'Nghị định 120/2020 + Nghị định 107/2020 (25/11/2020 – 28/02/2025)',
    titleEn: 'Decree 120/2020 + Decree 107/2020 (25/11/2020 – 28/02/2025)',
    validFrom: '2020-11-25',
    validTo: '2025-02-28',
    bases: [
      'Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ',
      'Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ',
      'Nghị định số 108/2020/NĐ-CP ngày 14/9/2020 của Chính phủ',
    ],
    parameters: {
      ...psuRules('none'),
      divisionUnderDepartmentMinPosts: param(
        'divisionUnderDepartmentMinPosts',
        { special: 7, class1: 6, class2: 5, class3: 5 },
        'Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP), tiêu chí thành lập phòng thuộc sở',
        'C2',
      ),
      subDepartmentMinPosts: param(
        'subDepartmentMinPosts',
        12,
        'Nghị định 107/2020/NĐ-CP, tiêu chí thành lập chi cục thuộc sở (mức 12 xác nhận cho Nghị định 45/2025; cho Nghị định 107/2020 chưa xác minh)',
        'M',
      ),
      divisionUnderSubDepartmentMinPosts: param(
        'divisionUnderSubDepartmentMinPosts',
        5,
        'Nghị định 45/2025/NĐ-CP, phòng thuộc chi cục (mức tương ứng cho giai đoạn trước chưa xác minh)',
        'M',
      ),
      ...tieredDivisionDeputies('Nghị định 107/2020/NĐ-CP'),
      subDepartmentMaxDeputiesFewDivisions: param(
        'subDepartmentMaxDeputiesFewDivisions',
        1,
        `Số lượng phó chi cục trưởng: ${SUB_DEPARTMENT_DEPUTIES_UNKNOWN}`,
        'M',
      ),
      subDepartmentMaxDeputies: param(
        'subDepartmentMaxDeputies',
        2,
        `Số lượng phó chi cục trưởng: ${SUB_DEPARTMENT_DEPUTIES_UNKNOWN}`,
        'M',
      ),
      departmentAverageDeputies: param(
        'departmentAverageDeputies',
        3,
        'Nghị định 107/2020/NĐ-CP, số lượng phó giám đốc sở (bình quân 3 mỗi sở)',
        'C2',
      ),
      districtDivisionAverageDeputies: param(
        'districtDivisionAverageDeputies',
        2,
        'Nghị định 108/2020/NĐ-CP, phòng chuyên môn thuộc UBND cấp huyện: bình quân 02 phó trưởng phòng',
        'C2',
      ),
    },
    mergedProvinceDeputies: null,
    subDepartmentDivisionDeputies: null,
  },
  {
    id: 'nd120-45-2025',
    title: 'Nghị định 120/2020 + Nghị định 45/2025 (01/03/2025 – 15/06/2025)',
    titleEn: 'Decree 120/2020 + Decree 45/2025 (01/03/2025 – 15/06/2025)',
    validFrom: '2025-03-01',
    validTo: '2025-06-15',
    bases: [
      'Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ (được sửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP)',
      'Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ',
    ],
    parameters: {
      ...psuRules('none'),
      divisionUnderDepartmentMinPosts: param(
        'divisionUnderDepartmentMinPosts',
        { special: 7, class1: 6, class2: 5, class3: 5 },
        'Nghị định 45/2025/NĐ-CP, tiêu chí thành lập phòng thuộc sở',
        'C2',
      ),
      subDepartmentMinPosts: param(
        'subDepartmentMinPosts',
        12,
        'Nghị định 45/2025/NĐ-CP, tiêu chí thành lập chi cục thuộc sở',
        'C2',
      ),
      divisionUnderSubDepartmentMinPosts: param(
        'divisionUnderSubDepartmentMinPosts',
        5,
        'Nghị định 45/2025/NĐ-CP, tiêu chí thành lập phòng thuộc chi cục',
        'C2',
      ),
      ...tieredDivisionDeputies('Nghị định 45/2025/NĐ-CP'),
      subDepartmentMaxDeputiesFewDivisions: param(
        'subDepartmentMaxDeputiesFewDivisions',
        1,
        `Số lượng phó chi cục trưởng: ${SUB_DEPARTMENT_DEPUTIES_UNKNOWN}`,
        'M',
      ),
      subDepartmentMaxDeputies: param(
        'subDepartmentMaxDeputies',
        2,
        `Số lượng phó chi cục trưởng: ${SUB_DEPARTMENT_DEPUTIES_UNKNOWN}`,
        'M',
      ),
      departmentAverageDeputies: param(
        'departmentAverageDeputies',
        3,
        'Nghị định 45/2025/NĐ-CP, số lượng phó giám đốc sở (bình quân 3 mỗi sở)',
        'C2',
      ),
      maxDepartments: param(
        'maxDepartments',
        { special: 15, class1: 14, class2: 14, class3: 14 },
        'Nghị định 45/2025/NĐ-CP, số lượng sở: không quá 14 (Hà Nội, TP. Hồ Chí Minh: 15)',
        'C2',
      ),
      // Decree 45/2025 replaced Decree 108/2020 for the district level too; its figure was not retrieved.
      districtDivisionAverageDeputies: param(
        'districtDivisionAverageDeputies',
        2,
        'Nghị định 108/2020/NĐ-CP: bình quân 02 phó trưởng phòng cấp huyện; Nghị định 45/2025/NĐ-CP đã thay thế, mức mới chưa xác minh',
        'M',
      ),
    },
    mergedProvinceDeputies: null,
    subDepartmentDivisionDeputies: null,
  },
  {
    id: 'nd120-150-2025',
    title: 'Nghị định 120/2020 (sửa đổi) + Nghị định 150/2025 (16/06/2025 – 31/12/2025)',
    titleEn: 'Decree 120/2020 (amended) + Decree 150/2025 (16/06/2025 – 31/12/2025)',
    validFrom: '2025-06-16',
    validTo: '2025-12-31',
    bases: [
      'Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ (được sửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP và Nghị định số 283/2025/NĐ-CP)',
      'Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ',
      'Nghị quyết số 332/NQ-CP ngày 15/10/2025 của Chính phủ',
    ],
    parameters: {
      ...psuRules('date'),
      divisionUnderDepartmentMinPosts: param(
        'divisionUnderDepartmentMinPosts',
        7,
        `${ND150}, tiêu chí thành lập phòng thuộc sở (dự thảo đề xuất 7 cho mọi tỉnh; con số chính thức chưa xác minh)`,
        'M',
      ),
      subDepartmentMinPosts: param(
        'subDepartmentMinPosts',
        12,
        `${ND150}, tiêu chí thành lập chi cục thuộc sở (mức 12 của Nghị định 45/2025; trong Nghị định 150/2025 chưa xác minh)`,
        'M',
      ),
      divisionUnderSubDepartmentMinPosts: param(
        'divisionUnderSubDepartmentMinPosts',
        5,
        `${ND150}, phòng thuộc chi cục (mức 5 của Nghị định 45/2025; trong Nghị định 150/2025 chưa xác minh)`,
        'M',
      ),
      ...uniformDivisionDeputies(ND150),
      subDepartmentMaxDeputiesFewDivisions: param(
        'subDepartmentMaxDeputiesFewDivisions',
        1,
        `${ND150}, số lượng phó chi cục trưởng (chi cục có 1–3 phòng: 1)`,
        'C2',
      ),
      subDepartmentMaxDeputies: param(
        'subDepartmentMaxDeputies',
        2,
        `${ND150}, số lượng phó chi cục trưởng (không có phòng hoặc từ 4 phòng: không quá 2)`,
        'C2',
      ),
      departmentAverageDeputies: param(
        'departmentAverageDeputies',
        3,
        `${ND150}, số lượng phó giám đốc sở (bình quân 3 mỗi sở; Hà Nội, TP. Hồ Chí Minh thêm không quá 10)`,
        'C2',
      ),
      maxDepartments: param(
        'maxDepartments',
        { special: 15, class1: 14, class2: 14, class3: 14 },
        `${ND150}, Điều 10 khoản 1: không quá 14 sở (Hà Nội, TP. Hồ Chí Minh: 15)`,
        'C2',
      ),
      communeDivisionAverageDeputies: param('communeDivisionAverageDeputies', 2, RESOLUTION_332, 'C2', {
        validFrom: '2025-10-15',
      }),
      agencyDeputyDeadlineYears: param(
        'agencyDeputyDeadlineYears',
        5,
        `${ND150}: cấp phó dôi dư sau sắp xếp phải đúng quy định chậm nhất 05 năm kể từ quyết định sắp xếp`,
        'C2',
      ),
      missingMandatoryDepartments: param('missingMandatoryDepartments', 0, MANDATORY_150, 'C2'),
    },
    mergedProvinceDeputies: null,
    subDepartmentDivisionDeputies: {
      citation: `${ND150}, số lượng phó trưởng phòng thuộc chi cục thuộc sở: như phòng thuộc sở`,
    },
  },
  {
    id: 'nd120-150-370-2026',
    title: 'Nghị định 120/2020 (sửa đổi) + Nghị định 150/2025 sửa đổi bởi Nghị định 370/2025 (từ 01/01/2026)',
    titleEn: 'Decree 120/2020 (amended) + Decree 150/2025 as amended by Decree 370/2025 (from 01/01/2026)',
    validFrom: '2026-01-01',
    validTo: null,
    bases: [
      'Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ (được sửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP và Nghị định số 283/2025/NĐ-CP)',
      'Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ',
      'Nghị định số 370/2025/NĐ-CP ngày 31/12/2025 của Chính phủ',
      'Nghị quyết số 332/NQ-CP ngày 15/10/2025 của Chính phủ',
    ],
    parameters: {
      ...psuRules('all'),
      divisionUnderDepartmentMinPosts: param(
        'divisionUnderDepartmentMinPosts',
        7,
        `${ND150_370}, tiêu chí thành lập phòng thuộc sở (dự thảo đề xuất 7 cho mọi tỉnh; con số chính thức chưa xác minh)`,
        'M',
      ),
      subDepartmentMinPosts: param(
        'subDepartmentMinPosts',
        12,
        `${ND150_370}, tiêu chí thành lập chi cục thuộc sở (mức 12 của Nghị định 45/2025; chưa xác minh)`,
        'M',
      ),
      divisionUnderSubDepartmentMinPosts: param(
        'divisionUnderSubDepartmentMinPosts',
        5,
        `${ND150_370}, phòng thuộc chi cục (mức 5 của Nghị định 45/2025; chưa xác minh)`,
        'M',
      ),
      ...uniformDivisionDeputies(ND150_370),
      subDepartmentMaxDeputiesFewDivisions: param(
        'subDepartmentMaxDeputiesFewDivisions',
        1,
        `${ND150_370}, số lượng phó chi cục trưởng (chi cục có 1–3 phòng: 1)`,
        'C2',
      ),
      subDepartmentMaxDeputies: param(
        'subDepartmentMaxDeputies',
        2,
        `${ND150_370}, số lượng phó chi cục trưởng (không có phòng hoặc từ 4 phòng: không quá 2)`,
        'C2',
      ),
      departmentAverageDeputies: param(
        'departmentAverageDeputies',
        3,
        `${ND150_370}, số lượng phó giám đốc sở (bình quân 3; cộng thêm khi hợp nhất tỉnh; Hà Nội, TP. Hồ Chí Minh thêm không quá 10)`,
        'C2',
      ),
      maxDepartments: param(
        'maxDepartments',
        { special: 15, class1: 14, class2: 14, class3: 14 },
        `${ND150}, Điều 10 khoản 1: không quá 14 sở (Hà Nội, TP. Hồ Chí Minh: 15)`,
        'C2',
      ),
      subordinateDeputiesAboveParent: param(
        'subordinateDeputiesAboveParent',
        0,
        'Nghị định 370/2025/NĐ-CP: số lượng cấp phó của đơn vị thuộc không vượt quá số lượng cấp phó của cấp trên trực tiếp',
        'C2',
      ),
      communeOrganisationsAverage: param(
        'communeOrganisationsAverage',
        { special: 4.7, class1: 4.5, class2: 4.5, class3: 4.5 },
        'Nghị định 370/2025/NĐ-CP: bình quân không quá 4,5 tổ chức (phòng và Trung tâm Phục vụ hành chính công) mỗi xã (Hà Nội, TP. Hồ Chí Minh: 4,7)',
        'C2',
      ),
      communeDivisionAverageDeputies: param(
        'communeDivisionAverageDeputies',
        2,
        `${RESOLUTION_332}; Nghị định 370/2025/NĐ-CP`,
        'C2',
      ),
      agencyDeputyDeadlineYears: param(
        'agencyDeputyDeadlineYears',
        5,
        `${ND150_370}: cấp phó dôi dư sau sắp xếp phải đúng quy định chậm nhất 05 năm kể từ quyết định sắp xếp`,
        'C2',
      ),
      missingMandatoryDepartments: param('missingMandatoryDepartments', 0, MANDATORY_150, 'C2'),
      ...plan130(),
    },
    mergedProvinceDeputies: {
      extra: { 2: 1, 3: 2 },
      citation:
        'Nghị định 370/2025/NĐ-CP, số lượng phó giám đốc sở: thêm 1 phó giám đốc nếu tỉnh hình thành do hợp nhất 2 tỉnh, thêm 2 nếu hợp nhất 3 tỉnh',
      confidence: 'C2',
    },
    subDepartmentDivisionDeputies: {
      citation: `${ND150_370}, số lượng phó trưởng phòng thuộc chi cục thuộc sở: như phòng thuộc sở`,
    },
  },
];

export function ruleSetById(id: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.id === id);
}

/** An ISO date (YYYY-MM-DD) that names a real day. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Whether the set is in force on the day (ISO). */
export const inForceOn = (r: RuleSet, date: string) => r.validFrom <= date && (r.validTo === null || date <= r.validTo);

/**
 * The set in force on a day (ISO date). Before the first set's day (25/11/2020) the first set is
 * used: the app has no older rules.
 */
export function ruleSetInForce(date: string): RuleSet {
  return RULE_SETS.find((r) => inForceOn(r, date)) ?? RULE_SETS[0]!;
}

/** The set in force at the end of a year (31/12), the day a plan's year is judged on. */
export const ruleSetAtYearEnd = (year: number): RuleSet => ruleSetInForce(`${year}-12-31`);

/**
 * The parameters of a set as they bind on a day: without those not yet in force (`validFrom`),
 * and unverified [M] from `unverifiedFrom` (with the reason added to the citation).
 */
export function parametersOn(ruleSet: RuleSet, date: string): Partial<Record<ParameterId, Parameter>> {
  const out: Partial<Record<ParameterId, Parameter>> = {};
  for (const p of Object.values(ruleSet.parameters)) {
    if (p.validFrom && date < p.validFrom) continue;
    out[p.id] =
      p.unverifiedFrom && date >= p.unverifiedFrom
        ? { ...p, confidence: 'M', citation: `${p.citation}; ${p.unverifiedNote ?? ''}` }
        : p;
  }
  return out;
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
  psuGroup2MaxDeputies: 'lower',
  psuGroup2DivisionMaxDeputies: 'lower',
  maxDepartments: 'lower',
  subordinateDeputiesAboveParent: 'lower',
  districtDivisionAverageDeputies: 'lower',
  communeOrganisationsAverage: 'lower',
  communeDivisionAverageDeputies: 'lower',
  psuDeputyDeadlineYears: 'lower',
  agencyDeputyDeadlineYears: 'lower',
  missingMandatoryDepartments: 'lower',
  stateManagementPsusPerDepartment: 'lower',
  provincialProjectBoards: 'lower',
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
