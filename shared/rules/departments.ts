/**
 * Which sở a unit is, for the rules that name them: the sở every province must have (Decree
 * 150/2025 Art. 8, MANDATORY_DEPARTMENTS) and Plan 130/KH-BCĐTKNQ18's exemption of Giáo dục và
 * Đào tạo and Y tế. A sở is recognised by its name where the name says which it is (accents, case
 * and punctuation ignored: "Sở GD&ĐT" does not say, "So Y te" does), else by its sector; a sở whose
 * name matches nothing and whose sector names no sở is unrecognised, and a finding that depends on
 * it is a note, not a breach.
 */
import type { Sector, Unit } from '../model/unit.ts';
import { matchKey } from '../text.ts';
import { MANDATORY_DEPARTMENTS, type MandatoryDepartment } from './rule-sets.ts';

/** A sở known by name that is none of the mandatory ones: a special sở (Decree 150/2025 Art. 9), the pre-2025 Ban Dân tộc, a sở merged away in 2025. */
type OtherDepartment = 'other';

/** Names, folded by `matchKey` (no accents, single spaces, punctuation as spaces). */
const BY_NAME: ReadonlyArray<[RegExp, MandatoryDepartment | OtherDepartment]> = [
  [/^so noi vu\b/, 'noiVu'],
  [/^so tu phap\b/, 'tuPhap'],
  [/^so tai chinh\b/, 'taiChinh'],
  [/^so cong thuong\b/, 'congThuong'],
  [/^so nong nghiep va moi truong\b/, 'nongNghiepMoiTruong'],
  [/^so xay dung\b/, 'xayDung'],
  [/^so khoa hoc va cong nghe\b/, 'khoaHocCongNghe'],
  // "Sở Văn hóa, Thể thao và Du lịch", or "Sở Văn hóa và Thể thao" where a Sở Du lịch is set up.
  [/^so van hoa\b/, 'vanHoaTheThaoDuLich'],
  [/^so giao duc\b/, 'giaoDucDaoTao'],
  [/^so y te\b/, 'yTe'],
  [/^thanh tra (tinh|thanh pho)\b/, 'thanhTra'],
  [/^van phong (uy ban nhan dan|ubnd)\b/, 'vanPhongUbnd'],
  [/^so (ngoai vu|du lich$|quy hoach|dan toc)|^ban dan toc\b/, 'other'],
  // Sở merged away on 01/03/2025: named, they are not the sở they merged into.
  [
    /^so (ke hoach va dau tu|giao thong van tai|tai nguyen va moi truong|nong nghiep va phat trien nong thon|thong tin va truyen thong|lao dong thuong binh va xa hoi)\b/,
    'other',
  ],
];

/** Sectors that name one sở; the others (general administration, labour, media, other) name none. */
const BY_SECTOR: Partial<Record<Sector, MandatoryDepartment>> = {
  home_affairs: 'noiVu',
  justice: 'tuPhap',
  finance_planning: 'taiChinh',
  industry_trade: 'congThuong',
  agriculture_environment: 'nongNghiepMoiTruong',
  construction_transport: 'xayDung',
  science_technology: 'khoaHocCongNghe',
  culture_sports_tourism: 'vanHoaTheThaoDuLich',
  education: 'giaoDucDaoTao',
  health: 'yTe',
};

/** Which sở the unit is: a mandatory one, 'other' (known by name, not mandatory), or null (not recognised). */
export function recogniseDepartment(u: Pick<Unit, 'name' | 'sector'>): MandatoryDepartment | OtherDepartment | null {
  const name = matchKey(u.name);
  for (const [pattern, which] of BY_NAME) if (pattern.test(name)) return which;
  return BY_SECTOR[u.sector] ?? null;
}

/** The sở directly under the provincial committee: which mandatory ones are there, and how many are not recognised. */
export interface DepartmentTally {
  /** How many sở. */
  total: number;
  present: ReadonlySet<MandatoryDepartment>;
  unrecognised: number;
}
export const NO_DEPARTMENTS: DepartmentTally = Object.freeze({
  total: 0,
  present: new Set<MandatoryDepartment>(),
  unrecognised: 0,
});

/** The tally over the provincial committee's direct children (`isSo`: a sở as the cap counts it). */
export function tallyDepartments(children: Iterable<Unit>, isSo: (u: Unit) => boolean): DepartmentTally {
  const present = new Set<MandatoryDepartment>();
  let unrecognised = 0;
  let total = 0;
  for (const u of children) {
    if (!isSo(u)) continue;
    total++;
    const which = recogniseDepartment(u);
    if (which === null) unrecognised++;
    else if (which !== 'other') present.add(which);
  }
  return { total, present, unrecognised };
}

/** The sở missing from the tally, in the decree's order. */
export const missingDepartments = (t: DepartmentTally): MandatoryDepartment[] =>
  MANDATORY_DEPARTMENTS.filter((d) => !t.present.has(d));

/** A provincial project-management board (Plan 130/KH-BCĐTKNQ18 caps them at 3). */
export const isProjectBoard = (u: Pick<Unit, 'name' | 'level'>): boolean =>
  // Asked of every unit: the first letter before folding the whole name.
  u.level === 'province' &&
  (u.name[0] === 'B' || u.name[0] === 'b') &&
  matchKey(u.name).startsWith('ban quan ly du an');
