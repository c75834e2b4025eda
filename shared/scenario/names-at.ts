/**
 * A unit's name as it stands at an operation: the name it is known by, changed by the renames
 * applied before it (so that the steps after "đổi tên UBND tỉnh Hậu Giang thành UBND thành phố
 * Cần Thơ" name the receiver by the new name), in the order the operations apply. A unit the plan
 * makes (a merge's new unit, a part of a split, a created unit) is named as made where `nameOf` does
 * not know it (the list of a plan's operations knows the baseline's units only).
 */
import { inDateOrder } from './operation-date.ts';
import type { Operation } from './operations.ts';

export interface NamesAt {
  /** Names just before operation `index` applies. */
  before: (index: number) => (code: string) => string;
  /** Names just after it (a rename's unit by its new name). */
  after: (index: number) => (code: string) => string;
}

export function namesAt(operations: readonly Operation[], nameOf: (code: string) => string): NamesAt {
  const renamed = new Map<string, string>();
  const made = new Map<string, string>();
  for (const op of operations) {
    if (op.type === 'merge' && typeof op.into !== 'string') made.set(op.into.code, op.into.name);
    else if (op.type === 'split') op.into.forEach((p) => made.set(p.code, p.name));
    else if (op.type === 'create') made.set(op.unit.code, op.unit.name);
  }
  const known = (code: string) => {
    const name = nameOf(code);
    return name === code ? (made.get(code) ?? name) : name;
  };
  const snapshots = new Map<number, { before: Map<string, string>; after: Map<string, string> }>();
  for (const { op, index } of inDateOrder(operations.map((op, index) => ({ op, index })))) {
    const before = new Map(renamed);
    if (op.type === 'rename') renamed.set(op.unit, op.name);
    snapshots.set(index, { before, after: op.type === 'rename' ? new Map(renamed) : before });
  }
  const lookup = (names: Map<string, string> | undefined) => (code: string) => names?.get(code) ?? known(code);
  return {
    before: (index) => lookup(snapshots.get(index)?.before),
    after: (index) => lookup(snapshots.get(index)?.after),
  };
}
