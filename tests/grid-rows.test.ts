/** The grid follows a unit opened or closed by a transaction: what it then shows is the new row list. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowsChange } from '../renderer/src/tree/grid-rows.ts';
import { buildTree, parentCodes, visibleRows, type VisibleRow } from '../shared/tree.ts';
import { generateUnits } from '../shared/sample/generate.ts';

type Row = VisibleRow & { made: boolean };
const make = (r: VisibleRow): Row => ({ ...r, made: true });
const plain = (rows: readonly VisibleRow[]) =>
  rows.map(({ code, depth, hasChildren, expanded }) => ({ code, depth, hasChildren, expanded }));

/** What a grid holding `shown` shows after the transaction (removals by row, then adds at the index, then updates by code). */
function applied(shown: readonly Row[], change: NonNullable<ReturnType<typeof rowsChange<Row>>>): Row[] {
  const removed = new Set(change.remove);
  const out = shown.filter((r) => !removed.has(r));
  out.splice(change.addIndex, 0, ...change.add);
  const updates = new Map(change.update.map((r) => [r.code, r]));
  return out.map((r) => updates.get(r.code) ?? r);
}

const tree = buildTree(generateUnits(400, 3));
const parents = parentCodes(tree);

describe('rowsChange', () => {
  it('turns opening or closing any unit into one transaction that brings the grid to the new rows', () => {
    fc.assert(
      fc.property(fc.subarray(parents), fc.constantFrom(...parents), (open, toggled) => {
        const expanded = new Set(open);
        const before = visibleRows(tree, expanded);
        if (!before.some((r) => r.code === toggled)) return; // a unit not shown cannot be toggled
        if (expanded.has(toggled)) expanded.delete(toggled);
        else expanded.add(toggled);
        const after = visibleRows(tree, expanded);
        const data = before.map(make);
        const shown = data.slice();
        const change = rowsChange(before, data, after, make)!;
        expect(change).not.toBeNull();
        expect(plain(data)).toEqual(after); // the row list is updated in place
        expect(plain(applied(shown, change))).toEqual(after); // and the grid given the transaction shows it
        expect(change.update.map((r) => r.code)).toEqual([toggled]); // only the toggled unit's row changes
        expect(change.add.length + change.remove.length).toBe(Math.abs(after.length - before.length));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves to the full list what is not one run of rows, or nothing at all', () => {
    // Opening two units far apart adds two runs of rows.
    const [first, last] = [parents[1]!, parents.at(-1)!];
    const before = visibleRows(tree, new Set(parents.filter((c) => c !== first && c !== last)));
    expect(rowsChange(before, before.map(make), visibleRows(tree, new Set(parents)), make)).toBeNull();
    expect(rowsChange(before, before.map(make), before, make)).toBeNull();
    // A row list that does not match the grid's is never patched.
    expect(rowsChange(before, before.slice(1).map(make), before, make)).toBeNull();
  });
});
