/**
 * A plan's edits as commands on its list of operations (the back end's scenario.addOperation,
 * changeOperation, removeOperation, moveOperation; the renderer applies the same to what it shows):
 * each names the operation by its index in the list the client read, so it is sent with the plan's
 * version (a list changed since is refused before these run). An index outside the list is refused.
 */
import { AppError } from '../errors.ts';
import type { Operation } from './operations.ts';

function checkIndex(operations: readonly Operation[], index: number, last = operations.length - 1): void {
  if (!Number.isInteger(index) || index < 0 || index > last)
    throw new AppError('bad_request', 'err.operationIndex', {
      number: String(index + 1),
      count: String(operations.length),
    });
}

/** The operation inserted at `index` (0: first; absent: after the last). */
export function addOperation(operations: readonly Operation[], operation: Operation, index?: number): Operation[] {
  const at = index ?? operations.length;
  checkIndex(operations, at, operations.length);
  return [...operations.slice(0, at), operation, ...operations.slice(at)];
}

/** The operation at `index` replaced. */
export function changeOperation(operations: readonly Operation[], index: number, operation: Operation): Operation[] {
  checkIndex(operations, index);
  return operations.map((op, i) => (i === index ? operation : op));
}

export function removeOperation(operations: readonly Operation[], index: number): Operation[] {
  checkIndex(operations, index);
  return operations.filter((_, i) => i !== index);
}

/** The operation at `from` taken out and put back at `to` (operations of one date apply in the list's order). */
export function moveOperation(operations: readonly Operation[], from: number, to: number): Operation[] {
  checkIndex(operations, from);
  checkIndex(operations, to);
  const out = operations.filter((_, i) => i !== from);
  out.splice(to, 0, operations[from]!);
  return out;
}
