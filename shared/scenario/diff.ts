/** What a plan changes against the baseline in a given year: units added, removed and changed, field by field. */
import { HEADCOUNT_FIELDS, type Unit } from '../model/unit.ts';
import type { Operation } from './operations.ts';
import { moduleOf } from './operations/index.ts';

export const DIFF_FIELDS = ['name', 'parentCode', 'kind', 'level', 'sector', ...HEADCOUNT_FIELDS] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface UnitChange {
  code: string;
  name: string;
  status: 'added' | 'removed' | 'changed';
  fields: Array<{ field: DiffField; before: string | number | null; after: string | number | null }>;
}

/** Baseline units first in their order (removed or changed), then the units the plan adds. */
export function diffUnits(before: readonly Unit[], after: readonly Unit[]): UnitChange[] {
  const now = new Map(after.map((u) => [u.code, u]));
  const was = new Set(before.map((u) => u.code));
  const changes: UnitChange[] = [];
  for (const b of before) changeOf(changes, b, now.get(b.code));
  for (const a of after) if (!was.has(a.code)) changes.push(addedUnit(a));
  return changes;
}

/** A baseline unit's change, if any, pushed: removed (`a` undefined) or its fields that differ. */
export function changeOf(changes: UnitChange[], b: Unit, a: Unit | undefined): void {
  if (!a) {
    changes.push({ code: b.code, name: b.name, status: 'removed', fields: [] });
    return;
  }
  const fields = DIFF_FIELDS.filter((f) => a[f] !== b[f]).map((field) => ({
    field,
    before: b[field],
    after: a[field],
  }));
  if (fields.length > 0) changes.push({ code: b.code, name: a.name, status: 'changed', fields });
}

/** A unit the plan adds, with its figures that are not zero. */
export const addedUnit = (a: Unit): UnitChange => ({
  code: a.code,
  name: a.name,
  status: 'added',
  fields: HEADCOUNT_FIELDS.filter((f) => a[f] !== 0).map((field) => ({ field, before: null, after: a[field] })),
});

/** The units an operation names (the ones whose change a preview shows). */
export const operationUnits = (op: Operation): string[] => moduleOf(op).units(op);
