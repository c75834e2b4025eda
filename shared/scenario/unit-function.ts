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
}

export const FUNCTION_FAMILIES = [
  // Schools already combining primary and lower secondary ("trường liên cấp tiểu học và THCS", "TH&THCS").
  { id: 'school_primary_lower', patterns: [/\b(tieu hoc|th)\b.*\b(thcs|trung hoc co so)\b/, /\blien cap\b/], sectors: ['education'] },
  // Schools combining lower and upper secondary ("trường THCS và THPT").
  { id: 'school_secondary', patterns: [/\b(thcs|trung hoc co so)\b.*\b(thpt|trung hoc pho thong)\b/], sectors: ['education'] },
  // Kindergartens and nurseries: pre-school education only.
  { id: 'school_preschool', patterns: [/\b(mam non|mau giao|nha tre)\b/], sectors: ['education'] },
  // Primary schools.
  { id: 'school_primary', patterns: [/\btieu hoc\b/], sectors: ['education'] },
  // Lower-secondary schools.
  { id: 'school_lower', patterns: [/\b(thcs|trung hoc co so)\b/], sectors: ['education'] },
  // Upper-secondary schools (a specialised "THPT chuyên" included).
  { id: 'school_upper', patterns: [/\b(thpt|trung hoc pho thong)\b/], sectors: ['education'] },
  // Vocational and continuing education, colleges.
  { id: 'vocational', patterns: [/\bgiao duc nghe nghiep\b/, /\bgiao duc thuong xuyen\b/, /\b(cao dang|trung cap)\b/], sectors: ['education', 'labour_social'] },
  // Commune health stations (affiliated to the district health centre).
  { id: 'health_station', patterns: [/\btram y te\b/], sectors: ['health'] },
  // The district (area) health centre.
  { id: 'health_centre', patterns: [/\btrung tam y te\b/], sectors: ['health'] },
  // Hospitals.
  { id: 'hospital', patterns: [/\bbenh vien\b/], sectors: ['health'] },
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

/** The unit's function family, or null when no family's patterns match its name in its sector. */
export function functionOf(u: Pick<Unit, 'name' | 'sector'>): FunctionFamilyId | null {
  const name = matchKey(u.name);
  const family = FUNCTION_FAMILIES.find((f) => (!('sectors' in f) || (f.sectors as readonly Sector[]).includes(u.sector)) && f.patterns.some((p) => p.test(name)));
  return family?.id ?? null;
}

/** The name without numbers ("Trường số 2 X" and "Trường số 5 X" are one family): for units of unknown function. */
export const nameFamily = (name: string): string =>
  matchKey(name)
    .replace(/\b(so )?\d+\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
