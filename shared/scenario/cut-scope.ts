/** The scope of a quota cut as a form edits it: a coded value ticked or unticked. */
import type { CutQuotasOperation } from './operations.ts';

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
