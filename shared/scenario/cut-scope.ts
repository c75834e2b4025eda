/** The scope of a quota cut as a form edits it: a coded value ticked or unticked. */
import type { CutQuotasOperation, Operation } from './operations.ts';
import { operationDate } from './operation-date.ts';
import { LEVELS, SECTORS, UNIT_KINDS, type Level, type Sector, type Unit, type UnitKind } from '../model/unit.ts';

export type CutScope = CutQuotasOperation['scope'];
type ListKey = 'kind' | 'level' | 'sector';

/** The scope with `value` ticked (`on`) or unticked in its list; an emptied list is no condition and is left out. */
export function toggleScope<K extends ListKey>(
  scope: CutScope,
  key: K,
  value: NonNullable<CutScope[K]>[number],
  on: boolean,
): CutScope {
  const list: readonly string[] = scope[key] ?? [];
  const next = on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
  const rest = { ...scope };
  delete rest[key];
  return next.length > 0 ? { ...rest, [key]: next } : rest;
}

/** The scope without its unit (the whole province, with the same kinds, levels and sectors). */
export function withoutUnder(scope: CutScope): CutScope {
  const rest = { ...scope };
  delete rest.under;
  return rest;
}

/** The kinds, levels and sectors a quota cut's form offers to tick. */
export interface ScopeChoices {
  kind: UnitKind[];
  level: Level[];
  sector: Sector[];
}

/**
 * What a quota cut's scope can name: the kinds, levels and sectors some unit of `lists` has (in
 * their usual order), so nobody ticks a level with no units (the district level after the two-tier
 * model) or a sector abolished; a value already ticked stays offered, to be unticked.
 */
export function scopeChoices(lists: ReadonlyArray<readonly Unit[]>, scope: CutScope): ScopeChoices {
  const present = <K extends ListKey>(key: K, all: readonly NonNullable<CutScope[K]>[number][]) => {
    const had = new Set<string>([...((scope[key] ?? []) as string[])]);
    for (const units of lists) for (const u of units) had.add(u[key]);
    return all.filter((v) => had.has(v));
  };
  return { kind: present('kind', UNIT_KINDS), level: present('level', LEVELS), sector: present('sector', SECTORS) };
}

/**
 * The units at the start of a cut's year (`start`: the year before's end) still there on its day
 * `date` as far as levels go: those of a level the plan abolishes from the year's start up to that
 * day are left out (after an `abolishLevel` no unit of the level remains).
 */
export function unitsOnCutDay(start: readonly Unit[], ops: readonly Operation[], date: string): Unit[] {
  const from = `${date.slice(0, 4)}-01-01`;
  const gone = new Set<Level>();
  for (const op of ops)
    if (op.type === 'abolishLevel' && operationDate(op) >= from && operationDate(op) <= date) gone.add(op.level);
  return start.filter((u) => !gone.has(u.level));
}
