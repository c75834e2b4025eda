/**
 * Which kind of unit may sit under which: a sở under a UBND, a chi cục under a sở, a phòng of a
 * PSU under a PSU… A move or a new unit that breaks this is refused with the two kinds named.
 */
import type { Level, Unit, UnitKind } from '../model/unit.ts';

const ALLOWED_PARENTS: Record<UnitKind, ReadonlyArray<UnitKind | null>> = {
  people_committee: [null, 'people_committee'],
  department: ['people_committee'],
  sub_department: ['department'],
  division: ['people_committee', 'department', 'sub_department', 'other'],
  psu: ['people_committee', 'department', 'sub_department', 'other'],
  psu_division: ['psu'],
  other: [null, 'people_committee', 'department', 'sub_department', 'division', 'psu', 'other'],
};

const LEVEL_RANK: Record<Level, number> = { province: 0, district: 1, commune: 2 };

/**
 * Whether a unit of `kind` (at `level`, when known) may sit under `parent`. A UBND sits under a
 * UBND of a higher level only (province → district or commune; district → commune).
 */
export function canBeUnder(kind: UnitKind, parent: Pick<Unit, 'kind' | 'level'> | null, level?: Level): boolean {
  if (!ALLOWED_PARENTS[kind].includes(parent ? parent.kind : null)) return false;
  // A sở belongs to the provincial committee, not to a district or commune one.
  if (kind === 'department' && parent && parent.level !== 'province') return false;
  if (kind === 'people_committee' && parent) {
    if (parent.level === 'commune') return false;
    if (level !== undefined && LEVEL_RANK[level] <= LEVEL_RANK[parent.level]) return false;
  }
  return true;
}

/** The level a new unit takes under a parent: a commune committee under a district one, else the parent's. */
export function levelUnder(parent: Pick<Unit, 'kind' | 'level'> | null, kind: UnitKind): Level {
  if (!parent) return 'province';
  if (kind === 'people_committee') return parent.level === 'province' ? 'district' : 'commune';
  return parent.level;
}
