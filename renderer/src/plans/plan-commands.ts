/**
 * A plan's edits as the back end's commands (shared/scenario/plan-commands.ts): one operation added,
 * changed, removed or moved, sent with the plan's version the view holds (refused if the plan
 * changed since: another person, another window); several at once as the whole new list.
 */
import { call } from '../api.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';
import {
  addOperation,
  changeOperation,
  moveOperation,
  removeOperation,
} from '../../../shared/scenario/plan-commands.ts';

export type PlanCommand =
  | { kind: 'add'; operation: Operation; index?: number }
  | { kind: 'change'; index: number; operation: Operation }
  | { kind: 'remove'; index: number }
  | { kind: 'move'; from: number; to: number }
  /** The whole list (several operations at once, a list made elsewhere). */
  | { kind: 'replace'; operations: Operation[] };

/** The list as the command leaves it (what the back end stores when it accepts it). */
export function applyPlanCommand(operations: readonly Operation[], command: PlanCommand): Operation[] {
  switch (command.kind) {
    case 'add':
      return addOperation(operations, command.operation, command.index);
    case 'change':
      return changeOperation(operations, command.index, command.operation);
    case 'remove':
      return removeOperation(operations, command.index);
    case 'move':
      return moveOperation(operations, command.from, command.to);
    case 'replace':
      return command.operations;
  }
}

/** Sends the command with the version the view read; the answer has the plan's new version. */
export async function sendPlanCommand(
  name: string,
  version: string | undefined,
  command: PlanCommand,
): Promise<{ name: string; version: string }> {
  if (command.kind === 'replace')
    return call('scenario.setOperations', { name, operations: command.operations, version });
  // A view that has not read the plan yet (nothing shown to act on by index) adds to the plan as it is.
  const held = version ?? (await call('scenario.open', { name })).version;
  switch (command.kind) {
    case 'add':
      return call('scenario.addOperation', {
        name,
        version: held,
        operation: command.operation,
        ...(command.index === undefined ? {} : { index: command.index }),
      });
    case 'change':
      return call('scenario.changeOperation', {
        name,
        version: held,
        index: command.index,
        operation: command.operation,
      });
    case 'remove':
      return call('scenario.removeOperation', { name, version: held, index: command.index });
    case 'move':
      return call('scenario.moveOperation', { name, version: held, from: command.from, to: command.to });
  }
}
