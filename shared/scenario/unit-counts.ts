/** How many units a year has by level and by kind (`tinhgon scenario --json`, each year). */
import { LEVELS, UNIT_KINDS, type Level, type Unit, type UnitKind } from '../model/unit.ts';
import type { ProvinceIdentity } from './simulation.ts';

export interface UnitCounts {
  byLevel: Record<Level, number>;
  byKind: Record<UnitKind, number>;
}

/** A simulated year as the CLI and the app read it beyond its metrics: its units by level and kind, and the province in force at its end. */
export type YearDetail = UnitCounts & { province: ProvinceIdentity };

export function unitCounts(units: ReadonlyArray<Pick<Unit, 'level' | 'kind'>>): UnitCounts {
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  const byKind = Object.fromEntries(UNIT_KINDS.map((k) => [k, 0])) as Record<UnitKind, number>;
  for (const u of units) {
    byLevel[u.level]++;
    byKind[u.kind]++;
  }
  return { byLevel, byKind };
}
