/**
 * What a tree edit changed in the unit list, to send instead of the whole list (14 MB of JSON at
 * 50,000 units): the units added or changed, the codes removed, and the order of all codes only
 * when it changed. `applyUnitChanges(before, unitChanges(before, after))` equals `after`.
 */
import type { Unit } from './model/unit.ts';

export interface UnitChanges {
  upsert: Unit[];
  remove: string[];
  /** Every code in the new order; null when the order of the codes that stay is as before and none came or went. */
  order: string[] | null;
  /** How many units there are after: a check on the list the changes are applied to. */
  count: number;
}

function sameUnit(a: Unit, b: Unit): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka)
    if (!Object.is((a as unknown as Record<string, unknown>)[k], (b as unknown as Record<string, unknown>)[k]))
      return false;
  return true;
}

export function unitChanges(before: readonly Unit[], after: readonly Unit[]): UnitChanges {
  const old = new Map(before.map((u) => [u.code, u]));
  const upsert = after.filter((u) => {
    const was = old.get(u.code);
    return !was || !sameUnit(was, u);
  });
  const kept = new Set(after.map((u) => u.code));
  const remove = before.filter((u) => !kept.has(u.code)).map((u) => u.code);
  const sameOrder = before.length === after.length && before.every((u, i) => u.code === after[i]!.code);
  return { upsert, remove, order: sameOrder ? null : after.map((u) => u.code), count: after.length };
}

/** The list after `changes`; null when they do not fit `before` (it was not the list they were made from). */
export function applyUnitChanges(before: readonly Unit[], changes: UnitChanges): Unit[] | null {
  const byCode = new Map(before.map((u) => [u.code, u]));
  for (const code of changes.remove) byCode.delete(code);
  for (const u of changes.upsert) byCode.set(u.code, u);
  const codes = changes.order ?? before.map((u) => u.code);
  if (codes.length !== changes.count || byCode.size !== changes.count) return null;
  const units: Unit[] = [];
  for (const code of codes) {
    const u = byCode.get(code);
    if (!u) return null;
    units.push(u);
  }
  return units;
}
