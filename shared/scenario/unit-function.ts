/**
 * What a unit does, read from its sector and name (accents folded, so "Truong Mam non" and
 * "Trường Mầm non" are one), for merge suggestions: units merge only with units of a compatible
 * function. Data, not code: each family is a list of name patterns (over the folded name) and,
 * where a name alone is ambiguous, the sectors it applies to. The first family that matches wins,
 * so combined schools come before single levels. A unit no family matches has no known function.
 */
import type { Sector, Unit } from '../model/unit.ts';
import { matchKey } from '../text.ts';

export interface FunctionFamily {
  id: string;
  /** Patterns over the folded name (lower case, no accents, words separated by single spaces). */
  patterns: readonly RegExp[];
  /** Only in these sectors (any sector when absent). */
  sectors?: readonly Sector[];
  /**
   * Two units of the family are not alike by that alone: each serves its own area (district health
   * centres under the Sở Y tế) or its own speciality. They pair only when their names match apart
   * from a number, like units of unknown function.
   */
  distinct?: true;
}

export const FUNCTION_FAMILIES = [
  // Schools already combining primary and lower secondary ("trường liên cấp tiểu học và THCS", "TH&THCS").
  {
    id: 'school_primary_lower',
    patterns: [/\b(tieu hoc|th)\b.*\b(thcs|trung hoc co so)\b/, /\blien cap\b/],
    sectors: ['education'],
  },
  // Schools combining lower and upper secondary ("trường THCS và THPT").
  {
    id: 'school_secondary',
    patterns: [/\b(thcs|trung hoc co so)\b.*\b(thpt|trung hoc pho thong)\b/],
    sectors: ['education'],
  },
  // Kindergartens and nurseries: pre-school education only.
  { id: 'school_preschool', patterns: [/\b(mam non|mau giao|nha tre)\b/], sectors: ['education'] },
  // Primary schools.
  { id: 'school_primary', patterns: [/\btieu hoc\b/], sectors: ['education'] },
  // Lower-secondary schools.
  { id: 'school_lower', patterns: [/\b(thcs|trung hoc co so)\b/], sectors: ['education'] },
  // Upper-secondary schools (a specialised "THPT chuyên" included).
  { id: 'school_upper', patterns: [/\b(thpt|trung hoc pho thong)\b/], sectors: ['education'] },
  // Vocational and continuing education, colleges.
  {
    id: 'vocational',
    patterns: [/\bgiao duc nghe nghiep\b/, /\bgiao duc thuong xuyen\b/, /\b(cao dang|trung cap)\b/],
    sectors: ['education', 'labour_social'],
  },
  // Commune health stations (affiliated to the district health centre): each serves its own commune.
  { id: 'health_station', patterns: [/\btram y te\b/], sectors: ['health'], distinct: true },
  // The district (area) health centre: each serves its own area.
  { id: 'health_centre', patterns: [/\btrung tam y te\b/], sectors: ['health'], distinct: true },
  // Traditional-medicine hospitals (a distinct practice: not merged with a general or specialised hospital).
  { id: 'hospital_traditional', patterns: [/\bbenh vien\b.*\by hoc co truyen\b/], sectors: ['health'] },
  // General hospitals (đa khoa).
  { id: 'hospital_general', patterns: [/\bbenh vien da khoa\b/], sectors: ['health'] },
  // Specialised hospitals: one speciality each, so two of them are not alike; one may join a general hospital.
  { id: 'hospital_specialised', patterns: [/\bbenh vien\b/], sectors: ['health'], distinct: true },
  // One-stop / public-administration service centres: they serve citizens' procedures, never merged with a service unit.
  { id: 'public_admin_service', patterns: [/\bphuc vu hanh chinh cong\b/, /\bmot cua\b/] },
  // Guest houses of the people's committee.
  { id: 'guest_house', patterns: [/\bnha khach\b/] },
  // Project-management boards for construction investment.
  { id: 'project_board', patterns: [/\bban quan ly du an\b/] },
  // Culture, sports and broadcasting centres.
  { id: 'culture_centre', patterns: [/\bvan hoa\b.*\b(the thao|truyen thanh|thong tin)\b/, /\btruyen thanh\b/] },
  // Agricultural services and extension.
  { id: 'agriculture_service', patterns: [/\bdich vu nong nghiep\b/, /\bkhuyen nong\b/] },
] as const satisfies readonly FunctionFamily[];

export type FunctionFamilyId = (typeof FUNCTION_FAMILIES)[number]['id'];

/**
 * Different families that may merge, and why (a message key suggest.why.<why>): a primary and a
 * lower-secondary school as one "liên cấp" school; a specialised hospital into a general one.
 */
export const COMPATIBLE_FAMILIES: ReadonlyArray<{
  families: readonly [FunctionFamilyId, FunctionFamilyId];
  why: 'lienCap' | 'specialisedGeneral';
}> = [
  { families: ['school_primary', 'school_lower'], why: 'lienCap' },
  { families: ['school_primary_lower', 'school_primary'], why: 'lienCap' },
  { families: ['school_primary_lower', 'school_lower'], why: 'lienCap' },
  { families: ['hospital_specialised', 'hospital_general'], why: 'specialisedGeneral' },
];

/** Whether two units of the family are alike only when their names are (see `distinct`). */
export const isDistinct = (id: FunctionFamilyId): boolean =>
  FUNCTION_FAMILIES.some((f) => f.id === id && 'distinct' in f);

/** The unit's function family, or null when no family's patterns match its name in its sector. */
export function functionOf(u: Pick<Unit, 'name' | 'sector'>): FunctionFamilyId | null {
  const name = matchKey(u.name);
  const family = FUNCTION_FAMILIES.find(
    (f) =>
      (!('sectors' in f) || (f.sectors as readonly Sector[]).includes(u.sector)) &&
      f.patterns.some((p) => p.test(name)),
  );
  return family?.id ?? null;
}

/** The name without numbers ("Trường số 2 X" and "Trường số 5 X" are one family): for units of unknown function. */
export const nameFamily = (name: string): string =>
  matchKey(name)
    .replace(/\b(so )?\d+\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
