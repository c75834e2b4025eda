/**
 * What a grid needs to follow a unit opened or closed without being handed the whole row list:
 * opening or closing one unit inserts or removes one run of rows and changes the open state of the
 * unit's own row, so the grid can take a transaction (rows added at an index, removed, updated)
 * instead of comparing every row of a 50,000-row list by id.
 */
import type { VisibleRow } from '../../../shared/tree.ts';

/** The rows to add (at `addIndex`), remove and update; `data` is the grid's row list, changed in place. */
export interface RowsChange<R> {
  add: R[];
  addIndex: number;
  remove: R[];
  update: R[];
}

/** Above this many rows added at once the grid is better given the new list (and the spread below stays small). */
const MAX_ADDED = 10_000;

/**
 * The change from `before` (the visible rows that `data` shows, row for row) to `after`, when it is
 * one run of rows inserted or removed (the kept rows may have another open state); null otherwise
 * (nothing changed, several runs, or a very large one). `data` is updated to show `after`: rows
 * added are made by `make`, kept rows whose open state changed are copied with the new state.
 */
export function rowsChange<R extends VisibleRow>(
  before: readonly VisibleRow[],
  data: R[],
  after: readonly VisibleRow[],
  make: (row: VisibleRow) => R,
): RowsChange<R> | null {
  if (before.length !== data.length) return null;
  const min = Math.min(before.length, after.length);
  let head = 0;
  while (head < min && before[head]!.code === after[head]!.code) head++;
  let tail = 0;
  while (tail < min - head && before[before.length - 1 - tail]!.code === after[after.length - 1 - tail]!.code) tail++;
  const removed = before.length - head - tail;
  const added = after.length - head - tail;
  if ((removed > 0 && added > 0) || added > MAX_ADDED) return null;
  const update: R[] = [];
  const keep = (i: number, j: number) => {
    const was = data[i]!;
    const now = after[j]!;
    if (was.depth === now.depth && was.hasChildren === now.hasChildren && was.expanded === now.expanded) return;
    const row = { ...was, depth: now.depth, hasChildren: now.hasChildren, expanded: now.expanded };
    data[i] = row;
    update.push(row);
  };
  for (let i = 0; i < head; i++) keep(i, i);
  for (let k = 1; k <= tail; k++) keep(before.length - k, after.length - k);
  if (removed === 0 && added === 0 && update.length === 0) return null;
  const add = after.slice(head, head + added).map(make);
  const remove = data.splice(head, removed, ...add);
  return { add, addIndex: head, remove, update };
}
