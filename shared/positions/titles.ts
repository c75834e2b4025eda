/**
 * Ranks and professional titles as data, with their source, and for public employees the levels of
 * Decree 232/2026 (Art. 7: five levels and the pay each takes until the new salary regime; Art.
 * 18.2: a title's salary type becomes a level). Only what the stored texts say: a title's old grade
 * (hạng I–IV) does not fix its level, because the same hạng takes different salary types in
 * different titles (giáo viên mầm non hạng III is A0, giáo viên tiểu học hạng III is A1), so the
 * level is reached through the title's salary type, and a title the list does not hold gets none.
 */
import type { Basis } from './classes.ts';
import type { PositionLevel } from './model.ts';
import { exactKey, lookupKey, matchKey } from '../text.ts';

/** Salary types of Table 3 of Decree 204/2004 (viên chức), as Decree 232/2026 names them. */
export const SALARY_TYPES = ['B', 'A0', 'A1', 'A2.1', 'A2.2', 'A3.1', 'A3.2'] as const;
export type SalaryType = (typeof SALARY_TYPES)[number];

const ND232 = 'Nghị định 232/2026/NĐ-CP';

/** Decree 232/2026 Art. 7.1: five levels, 1 the lowest; Art. 7.3: the pay of each level. */
export const LEVEL_PAY: Record<PositionLevel, { pay: SalaryType } & Basis> = {
  1: { pay: 'B', citation: `${ND232}, Điều 7 khoản 3 điểm a`, confidence: 'C' },
  2: { pay: 'A0', citation: `${ND232}, Điều 7 khoản 3 điểm b`, confidence: 'C' },
  3: { pay: 'A1', citation: `${ND232}, Điều 7 khoản 3 điểm c`, confidence: 'C' },
  4: { pay: 'A2.1', citation: `${ND232}, Điều 7 khoản 3 điểm d`, confidence: 'C' },
  5: { pay: 'A3.1', citation: `${ND232}, Điều 7 khoản 3 điểm đ`, confidence: 'C' },
};
export const LEVELS_BASIS: Basis = {
  citation: `${ND232}, Điều 7 khoản 1 (05 bậc, bậc 1 thấp nhất, bậc 5 cao nhất)`,
  confidence: 'C',
};

/**
 * Decree 232/2026 Art. 18.2: a viên chức moves from the title's salary type to a level. Points a–b
 * (B, A0) are in the stored copy word for word; points c–đ (A1, A2, A3) only as the copy's summary
 * ("chuyển A1→bậc 3, A2→bậc 4, A3→bậc 5"), hence C2, matched by the pay of Art. 7.3.
 */
export const SALARY_TYPE_LEVEL: Record<SalaryType, { level: PositionLevel } & Basis> = {
  B: { level: 1, citation: `${ND232}, Điều 18 khoản 2 điểm a`, confidence: 'C' },
  A0: { level: 2, citation: `${ND232}, Điều 18 khoản 2 điểm b`, confidence: 'C' },
  A1: { level: 3, citation: `${ND232}, Điều 18 khoản 2 điểm c (bản lưu chỉ tóm tắt)`, confidence: 'C2' },
  'A2.1': { level: 4, citation: `${ND232}, Điều 18 khoản 2 điểm d (bản lưu chỉ tóm tắt)`, confidence: 'C2' },
  'A2.2': { level: 4, citation: `${ND232}, Điều 18 khoản 2 điểm d (bản lưu chỉ tóm tắt)`, confidence: 'C2' },
  'A3.1': { level: 5, citation: `${ND232}, Điều 18 khoản 2 điểm đ (bản lưu chỉ tóm tắt)`, confidence: 'C2' },
  'A3.2': { level: 5, citation: `${ND232}, Điều 18 khoản 2 điểm đ (bản lưu chỉ tóm tắt)`, confidence: 'C2' },
};

export interface Title extends Basis {
  name: string;
  /** The title's code (mã số), where the text gives one. */
  code: string | null;
  /** Hạng I–IV as the title's name gives it (1–4), or null. */
  grade: 1 | 2 | 3 | 4 | null;
  salaryType: SalaryType;
}

const PHAP_DIEN = 'Pháp điển đề mục Viên chức 5.2, sources/vienchuc.md';
const teacher = (
  name: string,
  code: string,
  grade: 1 | 2 | 3,
  salaryType: SalaryType,
  circular: string,
  line: number,
): Title => ({
  name,
  code,
  grade,
  salaryType,
  citation: `${circular} (${PHAP_DIEN} dòng ${line})`,
  confidence: 'C',
});
const TT01 = 'Thông tư 01/2021/TT-BGDĐT, Điều 10 (sửa đổi bởi Thông tư 08/2023/TT-BGDĐT)';
const TT02 = 'Thông tư 02/2021/TT-BGDĐT, Điều 10 (sửa đổi bởi Thông tư 08/2023/TT-BGDĐT)';
const TT03 = 'Thông tư 03/2021/TT-BGDĐT, Điều 10 (sửa đổi bởi Thông tư 08/2023/TT-BGDĐT)';
const TT04 = 'Thông tư 04/2021/TT-BGDĐT, Điều 9 (sửa đổi bởi Thông tư 08/2023/TT-BGDĐT)';
const TT12 = 'Thông tư 12/2019/TT-BLĐTBXH, Điều 3';

/** Professional titles of public employees whose salary type the stored texts give. */
export const PUBLIC_EMPLOYEE_TITLES: readonly Title[] = [
  teacher('Giáo viên mầm non hạng III', 'V.07.02.26', 3, 'A0', TT01, 12703),
  teacher('Giáo viên mầm non hạng II', 'V.07.02.25', 2, 'A1', TT01, 12705),
  teacher('Giáo viên mầm non hạng I', 'V.07.02.24', 1, 'A2.2', TT01, 12707),
  teacher('Giáo viên tiểu học hạng III', 'V.07.03.29', 3, 'A1', TT02, 12907),
  teacher('Giáo viên tiểu học hạng II', 'V.07.03.28', 2, 'A2.2', TT02, 12909),
  teacher('Giáo viên tiểu học hạng I', 'V.07.03.27', 1, 'A2.1', TT02, 12911),
  teacher('Giáo viên trung học cơ sở hạng III', 'V.07.04.32', 3, 'A1', TT03, 13141),
  teacher('Giáo viên trung học cơ sở hạng II', 'V.07.04.31', 2, 'A2.2', TT03, 13143),
  teacher('Giáo viên trung học cơ sở hạng I', 'V.07.04.30', 1, 'A2.1', TT03, 13145),
  teacher('Giáo viên trung học phổ thông hạng III', 'V.07.05.15', 3, 'A1', TT04, 13359),
  teacher('Giáo viên trung học phổ thông hạng II', 'V.07.05.14', 2, 'A2.2', TT04, 13361),
  teacher('Giáo viên trung học phổ thông hạng I', 'V.07.05.13', 1, 'A2.1', TT04, 13363),
  teacher('Giảng viên giáo dục nghề nghiệp cao cấp (hạng I)', 'V.09.02.01', 1, 'A3.1', TT12, 8859),
  teacher('Giảng viên giáo dục nghề nghiệp chính (hạng II)', 'V.09.02.02', 2, 'A2.1', TT12, 8861),
  teacher('Giảng viên giáo dục nghề nghiệp lý thuyết (hạng III)', 'V.09.02.03', 3, 'A1', TT12, 8863),
  teacher('Giảng viên giáo dục nghề nghiệp thực hành (hạng III)', 'V.09.02.04', 3, 'A0', TT12, 8865),
  teacher('Giáo viên giáo dục nghề nghiệp hạng I', 'V.09.02.05', 1, 'A3.2', TT12, 8869),
  teacher('Giáo viên giáo dục nghề nghiệp hạng II', 'V.09.02.06', 2, 'A2.1', TT12, 8871),
  teacher('Giáo viên giáo dục nghề nghiệp lý thuyết hạng III', 'V.09.02.07', 3, 'A1', TT12, 8873),
  teacher('Giáo viên giáo dục nghề nghiệp thực hành hạng III', 'V.09.02.08', 3, 'A0', TT12, 8875),
];

/**
 * Civil servants' administrative ranks (ngạch). No stored source lists them (Circular 2/2021/TT-BNV
 * is not among the sources), so the names are marked M and carry no salary type or code.
 */
export const CIVIL_SERVANT_RANKS: readonly ({ name: string } & Basis)[] = [
  'Chuyên viên cao cấp',
  'Chuyên viên chính',
  'Chuyên viên',
  'Cán sự',
  'Nhân viên',
].map((name) => ({
  name,
  citation: 'Ngạch công chức hành chính (văn bản quy định chưa có trong nguồn lưu; cần xác minh)',
  confidence: 'M' as const,
}));

/** The title a `Ngạch/chức danh nghề nghiệp` cell names, by its code or its name (accents optional when typed without any). */
export function findTitle(cell: string): Title | null {
  const code = /V\.\d{2}\.\d{2}\.\d{2}/i.exec(cell)?.[0].toUpperCase();
  if (code) return PUBLIC_EMPLOYEE_TITLES.find((t) => t.code === code) ?? null;
  const { exact, folded } = lookupKey(cell);
  return (
    PUBLIC_EMPLOYEE_TITLES.find((t) => (folded === null ? exactKey(t.name) === exact : matchKey(t.name) === folded)) ??
    null
  );
}

export interface LevelFromTitle {
  level: PositionLevel;
  salaryType: SalaryType;
  /** The title's salary type and the move to a level, each with its source. */
  title: Title;
  move: Basis;
}

/** The level a title's holder moves to under Decree 232/2026 Art. 18.2, or null when the list does not hold the title. */
export function levelFromTitle(cell: string): LevelFromTitle | null {
  const title = findTitle(cell);
  if (!title) return null;
  const move = SALARY_TYPE_LEVEL[title.salaryType];
  return {
    level: move.level,
    salaryType: title.salaryType,
    title,
    move: { citation: move.citation, confidence: move.confidence },
  };
}
