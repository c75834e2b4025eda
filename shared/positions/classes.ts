/**
 * Classes of job positions (nhóm vị trí việc làm) as data, with their legal source and the days
 * they are in force, and the readers of the positions template's `Nhóm vị trí` and `Hình thức`
 * cells. Civil servants (công chức, in agencies) and public employees (viên chức, in public service
 * units) have their own lists: Law 80/2025 Art. 23.3 and Decree 232/2026 Art. 3.5 / 6.1. The older
 * four-group scheme (Decree 106/2020 Art. 5.2 for viên chức; Decree 62/2020 for công chức, whose
 * text is not among the stored sources) is read on import and mapped to the current classes.
 */
import type { Confidence } from '../rules/rule-sets.ts';
import { lookupKey, matchKey } from '../text.ts';

export const POSITION_CLASSES = ['leadership', 'professional', 'support'] as const;
export type PositionClass = (typeof POSITION_CLASSES)[number];
/** Who holds the positions: civil servants in agencies, public employees in public service units. */
export const WORKFORCES = ['civil-servant', 'public-employee'] as const;
export type Workforce = (typeof WORKFORCES)[number];
export const STAFFINGS = ['quota', 'contract'] as const;
/** Counted in the quota (biên chế / số người làm việc được giao) or held by a labour contract. */
export type Staffing = (typeof STAFFINGS)[number];

export interface Basis {
  citation: string;
  confidence: Confidence;
}

export interface ClassScheme extends Basis {
  id: 'law80-2025' | 'nd232-2026';
  workforce: Workforce;
  /** Days in force, both included (ISO); validTo null: still in force. */
  validFrom: string;
  validTo: string | null;
  /** The class's name in the text, by class (the number in the template is its index + 1). */
  names: Record<PositionClass, string>;
}

/** The classes in force (December 2026). */
export const CLASS_SCHEMES: readonly ClassScheme[] = [
  {
    id: 'law80-2025',
    workforce: 'civil-servant',
    validFrom: '2025-07-01',
    validTo: null,
    names: { leadership: 'lãnh đạo, quản lý', professional: 'chuyên môn, nghiệp vụ', support: 'hỗ trợ, phục vụ' },
    citation: 'Luật Cán bộ, công chức số 80/2025/QH15, Điều 23 khoản 3 (hiệu lực 01/07/2025, Điều 44)',
    confidence: 'C',
  },
  {
    id: 'nd232-2026',
    workforce: 'public-employee',
    validFrom: '2026-07-01',
    validTo: null,
    names: { leadership: 'quản lý', professional: 'chuyên môn, nghiệp vụ', support: 'hỗ trợ' },
    citation: 'Nghị định 232/2026/NĐ-CP, Điều 3 khoản 5 và Điều 6 khoản 1 (hiệu lực 01/07/2026, Điều 16)',
    confidence: 'C',
  },
];

export const classScheme = (workforce: Workforce): ClassScheme => CLASS_SCHEMES.find((s) => s.workforce === workforce)!;

export const OLD_GROUPS = ['leadership', 'specialised', 'common', 'support'] as const;
export type OldGroup = (typeof OLD_GROUPS)[number];

export interface OldScheme extends Basis {
  id: 'nd106-2020' | 'nd62-2020';
  workforce: Workforce;
  validFrom: string;
  validTo: string;
  /** Names of the four groups as files write them (accents optional when typed without any). */
  names: Record<OldGroup, readonly string[]>;
}

/** The older four-group schemes, read on import only. */
export const OLD_SCHEMES: readonly OldScheme[] = [
  {
    id: 'nd106-2020',
    workforce: 'public-employee',
    validFrom: '2020-11-15',
    // Decree 232/2026 Art. 16.2: the job-position provisions of Decree 106/2020 end on 01/07/2026.
    validTo: '2026-06-30',
    names: {
      leadership: ['lãnh đạo, quản lý'],
      specialised: ['chức danh nghề nghiệp chuyên ngành', 'chuyên ngành'],
      common: ['chức danh nghề nghiệp chuyên môn dùng chung', 'chuyên môn dùng chung'],
      support: ['hỗ trợ, phục vụ'],
    },
    citation:
      'Nghị định 106/2020/NĐ-CP, Điều 5 khoản 2 (Pháp điển 5.2.NĐ.10.5); hết hiệu lực về vị trí việc làm từ 01/07/2026 theo Nghị định 232/2026/NĐ-CP, Điều 16 khoản 2',
    confidence: 'C',
  },
  {
    id: 'nd62-2020',
    workforce: 'civil-servant',
    validFrom: '2020-06-01',
    // Decree 361/2025 (31/12/2025, in force on signing) ends the job-position provisions of Decree 62/2020 [C2].
    validTo: '2025-12-30',
    names: {
      leadership: ['lãnh đạo, quản lý'],
      specialised: ['chuyên môn, nghiệp vụ chuyên ngành', 'nghiệp vụ chuyên ngành', 'chuyên ngành'],
      common: ['chuyên môn dùng chung', 'nghiệp vụ dùng chung'],
      support: ['hỗ trợ, phục vụ'],
    },
    citation:
      'Nghị định 62/2020/NĐ-CP (bốn nhóm vị trí việc làm công chức; văn bản chưa có trong nguồn lưu, cần xác minh); hết hiệu lực về vị trí việc làm theo Nghị định 361/2025/NĐ-CP, Điều 13 khoản 2',
    confidence: 'M',
  },
];

/** Both professional groups of the old schemes become chuyên môn, nghiệp vụ (issue 21's mapping; the new texts give no table). */
export const OLD_TO_CLASS: Record<OldGroup, PositionClass> = {
  leadership: 'leadership',
  specialised: 'professional',
  common: 'professional',
  support: 'support',
};

/**
 * The staffing a position gets when `Hình thức` is empty. The reference states no default for any
 * class and neither do the stored texts (Circular 20/2023/TT-BGDĐT Art. 9, 14, 19 give schools'
 * hỗ trợ, phục vụ work to labour contracts, Decree 111/2022 is not among the sources), so every
 * default is a convention marked M: the position's staffing shows as "cần xác minh".
 */
export const DEFAULT_STAFFING: Record<Workforce, Record<PositionClass, { staffing: Staffing } & Basis>> = {
  'civil-servant': {
    leadership: {
      staffing: 'quota',
      citation: 'Mặc định của TinhGon (tài liệu tham chiếu không quy định hình thức mặc định)',
      confidence: 'M',
    },
    professional: {
      staffing: 'quota',
      citation: 'Mặc định của TinhGon (tài liệu tham chiếu không quy định hình thức mặc định)',
      confidence: 'M',
    },
    support: {
      staffing: 'contract',
      citation:
        'Mặc định của TinhGon: công việc hỗ trợ, phục vụ theo hợp đồng lao động (Nghị định 111/2022/NĐ-CP, chưa có trong nguồn lưu)',
      confidence: 'M',
    },
  },
  'public-employee': {
    leadership: {
      staffing: 'quota',
      citation: 'Mặc định của TinhGon (tài liệu tham chiếu không quy định hình thức mặc định)',
      confidence: 'M',
    },
    professional: {
      staffing: 'quota',
      citation: 'Mặc định của TinhGon (tài liệu tham chiếu không quy định hình thức mặc định)',
      confidence: 'M',
    },
    // Decree 232/2026 puts viên chức in its hỗ trợ class (Art. 3, 6.1.c), so the class is not contract work as such.
    support: {
      staffing: 'quota',
      citation:
        'Mặc định của TinhGon: nhóm hỗ trợ của Nghị định 232/2026/NĐ-CP gồm viên chức (Điều 3, Điều 6 khoản 1 điểm c)',
      confidence: 'M',
    },
  },
};

export type ClassReading =
  | { ok: true; class: PositionClass; old: { scheme: OldScheme['id']; group: OldGroup } | null }
  | { ok: false; key: 'err.positionClass' };

const strip = (k: string) => k.replace(/^vi tri viec lam |^vị trí việc làm /, '').replace(/^nhom |^nhóm /, '');
/** Every spelling accepted, by its exact (accented) key, with its folded key beside it. */
const CLASS_NAMES: { exact: string; folded: string; reading: Extract<ClassReading, { ok: true }> }[] = [];
{
  const add = (name: string, reading: Extract<ClassReading, { ok: true }>) => {
    const { exact } = lookupKey(name);
    const folded = matchKey(name);
    if (!CLASS_NAMES.some((n) => n.exact === exact)) CLASS_NAMES.push({ exact, folded, reading });
  };
  for (const s of CLASS_SCHEMES) for (const c of POSITION_CLASSES) add(s.names[c], { ok: true, class: c, old: null });
  for (const [name, c] of [
    ['lãnh đạo', 'leadership'],
    ['hỗ trợ', 'support'],
    ['phục vụ', 'support'],
  ] as const)
    add(name, { ok: true, class: c, old: null });
  for (const s of OLD_SCHEMES)
    for (const g of OLD_GROUPS)
      for (const name of s.names[g]) add(name, { ok: true, class: OLD_TO_CLASS[g], old: { scheme: s.id, group: g } });
}

/**
 * Reads a `Nhóm vị trí` cell: 1–3 (the order of the current classes), a current class's name, or an
 * old group's name, with or without diacritics ("Lanh dao, quan ly"), with or without a leading
 * "Vị trí việc làm" or "Nhóm" ("Nhóm 2"). A name typed with accents must match with its accents.
 */
export function readClassCell(cell: string): ClassReading {
  const text = cell.normalize('NFC').trim();
  if (/^[1-3]$/.test(text)) return { ok: true, class: POSITION_CLASSES[Number(text) - 1]!, old: null };
  const { exact, folded } = lookupKey(text);
  const e = strip(exact);
  const f = folded === null ? null : strip(folded);
  if (/^[1-3]$/.test(e)) return { ok: true, class: POSITION_CLASSES[Number(e) - 1]!, old: null };
  const hit = CLASS_NAMES.find((n) => (f === null ? n.exact === e : n.folded === f));
  return hit ? hit.reading : { ok: false, key: 'err.positionClass' };
}

export type StaffingReading =
  | { ok: true; staffing: Staffing; defaulted: boolean; basis: Basis | null }
  | { ok: false; key: 'err.positionStaffing' };

const STAFFING_NAMES: Record<string, Staffing> = {
  'biên chế': 'quota',
  'bien che': 'quota',
  'hợp đồng': 'contract',
  'hop dong': 'contract',
  'hợp đồng lao động': 'contract',
  'hop dong lao dong': 'contract',
};

/** Reads a `Hình thức` cell: `Biên chế`, `Hợp đồng` (or `Hợp đồng lao động`), or empty for the class's default. */
export function readStaffingCell(cell: string, cls: PositionClass, workforce: Workforce): StaffingReading {
  if (cell.trim() === '') {
    const d = DEFAULT_STAFFING[workforce][cls];
    return {
      ok: true,
      staffing: d.staffing,
      defaulted: true,
      basis: { citation: d.citation, confidence: d.confidence },
    };
  }
  const { exact, folded } = lookupKey(cell);
  const staffing = STAFFING_NAMES[folded ?? exact];
  return staffing ? { ok: true, staffing, defaulted: false, basis: null } : { ok: false, key: 'err.positionStaffing' };
}

/** A class's name for the workforce, as the template writes it back (`Nhóm vị trí`). */
export const className = (cls: PositionClass, workforce: Workforce): string => classScheme(workforce).names[cls];
/** The template's `Hình thức` for a staffing. */
export const staffingName = (s: Staffing): string => (s === 'quota' ? 'Biên chế' : 'Hợp đồng');
