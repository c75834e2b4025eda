/** What an import would change in a workspace, unit by unit, matched by code. */
import { HEADCOUNT_FIELDS, type Unit } from '../model/unit.ts';

export const COMPARED_FIELDS = ['name', 'parentCode', 'kind', 'level', 'sector', ...HEADCOUNT_FIELDS, 'heads'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  field: ComparedField;
  from: string | number | null;
  to: string | number | null;
}

export interface UnitsDiff {
  added: Unit[];
  changed: Array<{ code: string; name: string; fieldChanges: FieldChange[] }>;
  /** In the workspace but not in the file (kept by an update, removed by a replace). */
  missing: Unit[];
  unchanged: number;
}

export function diffUnits(existing: readonly Unit[], incoming: readonly Unit[]): UnitsDiff {
  const before = new Map(existing.map((u) => [u.code, u]));
  const seen = new Set<string>();
  const diff: UnitsDiff = { added: [], changed: [], missing: [], unchanged: 0 };
  for (const u of incoming) {
    seen.add(u.code);
    const old = before.get(u.code);
    if (!old) {
      diff.added.push(u);
      continue;
    }
    // A figure not entered (the heads) is null whether absent or stored so.
    const fieldChanges = COMPARED_FIELDS.filter((f) => (old[f] ?? null) !== (u[f] ?? null)).map((f) => ({
      field: f,
      from: old[f] ?? null,
      to: u[f] ?? null,
    }));
    if (fieldChanges.length > 0) diff.changed.push({ code: u.code, name: u.name, fieldChanges });
    else diff.unchanged++;
  }
  for (const u of existing) if (!seen.has(u.code)) diff.missing.push(u);
  return diff;
}

/** The units after an update-by-code: incoming units replace or join the existing ones, order kept. */
export function mergeUnits(existing: readonly Unit[], incoming: readonly Unit[]): Unit[] {
  const byCode = new Map(incoming.map((u) => [u.code, u]));
  const merged = existing.map((u) => byCode.get(u.code) ?? u);
  const known = new Set(existing.map((u) => u.code));
  for (const u of incoming) if (!known.has(u.code)) merged.push(u);
  return merged;
}

/**
 * For an update by code: each incoming unit that already exists keeps its stored value for every
 * field the file does not give (a file without a parent column moves nothing, one without counts
 * zeroes nothing). New units keep what the file and the mapping's defaults say.
 */
export function keepUnmappedFields(
  existing: readonly Unit[],
  incoming: readonly Unit[],
  given: readonly ComparedField[],
): Unit[] {
  const before = new Map(existing.map((u) => [u.code, u]));
  const keep = COMPARED_FIELDS.filter((f) => !given.includes(f));
  return incoming.map((u) => {
    const old = before.get(u.code);
    if (!old || keep.length === 0) return u;
    const merged = { ...u } as Record<ComparedField, unknown>;
    for (const f of keep) merged[f] = old[f];
    return merged as unknown as Unit;
  });
}
